package simnet

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// TestContributeReverts: every way a contribution is refused, by the worker's own contribute
// and, where it applies, the scheduler's contributeBatch. Each case runs on a deal of its own.
func TestContributeReverts(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 4)
	w0, w1 := ws[0], ws[1]
	stranger := l.n.Actor()
	right := Digest("right")
	cases := []struct {
		name string
		want string
		args func(d *Deal) map[string]any
		// run sets up on its deal (trust 5, volume 2) and returns the refused call's error.
		run func(t *testing.T, d *Deal) error
	}{
		{
			name: "authorization signed by a non-scheduler", want: "BadAuthorization",
			args: func(d *Deal) map[string]any { return map[string]any{"taskid": d.TaskID(0), "worker": w0.Address()} },
			run: func(t *testing.T, d *Deal) error {
				err := l.contributeAuth(t, w0, d, 0, poco.EmptyState(), right, l.n.Authorization(w1, w0.Address(), d.TaskID(0))).err
				return err
			},
		},
		{
			name: "authorization for another worker", want: "BadAuthorization",
			args: func(d *Deal) map[string]any { return map[string]any{"worker": w0.Address()} },
			run: func(t *testing.T, d *Deal) error {
				err := l.contributeAuth(t, w0, d, 0, poco.EmptyState(), right, l.n.Authorization(l.m.PoolOwner, w1.Address(), d.TaskID(0))).err
				return err
			},
		},
		{
			name: "authorization for another task", want: "BadAuthorization",
			run: func(t *testing.T, d *Deal) error {
				err := l.contributeAuth(t, w0, d, 0, poco.EmptyState(), right, l.n.Authorization(l.m.PoolOwner, w0.Address(), d.TaskID(1))).err
				return err
			},
		},
		{
			name: "no authorization", want: "BadAuthorization",
			run: func(t *testing.T, d *Deal) error {
				err := l.contributeAuth(t, w0, d, 0, poco.EmptyState(), right, []byte{}).err
				return err
			},
		},
		{
			name: "task past the bag", want: "TaskOutOfRange",
			args: func(d *Deal) map[string]any { return map[string]any{"index": 2, "botFirst": 0, "botSize": 2} },
			run: func(t *testing.T, d *Deal) error {
				err := l.contribute(t, w0, d, 2, poco.EmptyState(), right).err
				return err
			},
		},
		{
			name: "task past the bag, relayed", want: "TaskOutOfRange",
			run: func(t *testing.T, d *Deal) error {
				err := l.relay(t, d, 2, poco.EmptyState(), ws[:1], right).err
				return err
			},
		},
		{
			name: "stale state", want: "StateMismatch",
			args: func(d *Deal) map[string]any { return map[string]any{"taskid": d.TaskID(0)} },
			run: func(t *testing.T, d *Deal) error {
				stale := l.state(t, d, 0)
				l.contribute(t, w0, d, 0, stale, right).ok(t)
				err := l.contribute(t, w1, d, 0, stale, right).err
				return err
			},
		},
		{
			name: "stale state, relayed", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				l.relay(t, d, 0, poco.EmptyState(), ws[:1], right).ok(t)
				err := l.relay(t, d, 0, poco.EmptyState(), ws[1:2], right).err
				return err
			},
		},
		{
			name: "altered total", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				l.contribute(t, w0, d, 0, poco.EmptyState(), right).ok(t)
				s := l.state(t, d, 0)
				s.Total.Add(s.Total, big.NewInt(1))
				err := l.contribute(t, w1, d, 0, s, right).err
				return err
			},
		},
		{
			name: "altered weight", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				l.contribute(t, w0, d, 0, poco.EmptyState(), Digest("wrong")).ok(t)
				s := l.state(t, d, 0)
				s.Contributions[0].Weight = big.NewInt(1000) // a heavier rival would block consensus
				err := l.relay(t, d, 0, s, ws[1:2], right).err
				return err
			},
		},
		{
			name: "altered contribution status", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				l.contribute(t, w0, d, 0, poco.EmptyState(), right).ok(t)
				s := l.state(t, d, 0)
				s.Contributions[0].Status = poco.Rejected
				err := l.contribute(t, w1, d, 0, s, right).err
				return err
			},
		},
		{
			name: "dropped contribution", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				l.relay(t, d, 0, poco.EmptyState(), ws[:2], Digest("a"), Digest("b")).ok(t)
				s := l.state(t, d, 0)
				s.Contributions = s.Contributions[1:]
				s.Total = big.NewInt(2)
				err := l.contribute(t, ws[2], d, 0, s, right).err
				return err
			},
		},
		{
			name: "non-empty state for a fresh task", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				s := poco.EmptyState()
				s.Total = big.NewInt(2)
				err := l.contribute(t, w0, d, 0, s, right).err
				return err
			},
		},
		{
			name: "state with more than 32 contributions", want: "StateMismatch",
			run: func(t *testing.T, d *Deal) error {
				s := poco.EmptyState()
				for i := range poco.MaxContributions + 1 {
					poco.AddContribution(&s, common.BigToAddress(big.NewInt(int64(i+1))), Digest(fmt.Sprint(i)), Digest("seal"), big.NewInt(2))
				}
				err := l.contribute(t, w0, d, 0, s, right).err
				return err
			},
		},
		{
			name: "revealing task", want: "WrongStatus",
			args: func(d *Deal) map[string]any { return map[string]any{"taskid": d.TaskID(0), "status": 2} },
			run: func(t *testing.T, d *Deal) error {
				l.relay(t, d, 0, poco.EmptyState(), ws[:3], right).ok(t)
				err := l.contribute(t, ws[3], d, 0, l.state(t, d, 0), right).err
				return err
			},
		},
		{
			name: "revealing task, relayed", want: "WrongStatus",
			args: func(d *Deal) map[string]any { return map[string]any{"status": 2} },
			run: func(t *testing.T, d *Deal) error {
				l.relay(t, d, 0, poco.EmptyState(), ws[:3], right).ok(t)
				err := l.relay(t, d, 0, l.state(t, d, 0), ws[3:], right).err
				return err
			},
		},
		{
			name: "past consensus within one batch", want: "WrongStatus",
			args: func(d *Deal) map[string]any { return map[string]any{"status": 2} },
			run: func(t *testing.T, d *Deal) error {
				err := l.relay(t, d, 0, poco.EmptyState(), ws, right).err // consensus at the third
				return err
			},
		},
		{
			name: "completed task", want: "WrongStatus",
			args: func(d *Deal) map[string]any { return map[string]any{"status": 3} },
			run: func(t *testing.T, d *Deal) error {
				l.relay(t, d, 0, poco.EmptyState(), ws[:3], right).ok(t)
				s := l.state(t, d, 0)
				l.finalize(t, d, 0, s, right, ws[:3]...).ok(t)
				if err := l.relay(t, d, 0, s, ws[3:], right).err; !chain.IsRevert(err, "WrongStatus") {
					t.Errorf("relayed: %v", err)
				}
				err := l.contribute(t, ws[3], d, 0, s, right).err
				return err
			},
		},
		{
			name: "same worker twice", want: "AlreadyContributed",
			args: func(d *Deal) map[string]any { return map[string]any{"taskid": d.TaskID(0), "worker": w0.Address()} },
			run: func(t *testing.T, d *Deal) error {
				l.contribute(t, w0, d, 0, poco.EmptyState(), right).ok(t)
				err := l.contribute(t, w0, d, 0, l.state(t, d, 0), Digest("other")).err
				return err
			},
		},
		{
			name: "same worker twice, relayed in one batch", want: "AlreadyContributed",
			run: func(t *testing.T, d *Deal) error {
				err := l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{w0, w0}, right, Digest("other")).err
				return err
			},
		},
		{
			name: "worker without stake", want: "InsufficientBalance",
			args: func(d *Deal) map[string]any {
				return map[string]any{"account": stranger.Address(), "needed": 30, "available": 0}
			},
			run: func(t *testing.T, d *Deal) error {
				err := l.contribute(t, stranger, d, 0, poco.EmptyState(), right).err
				return err
			},
		},
		{
			name: "worker without stake, relayed", want: "InsufficientBalance",
			run: func(t *testing.T, d *Deal) error {
				err := l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{stranger}, right).err
				return err
			},
		},
		{
			name: "zero result hash", want: "ZeroResultHash",
			run: func(t *testing.T, d *Deal) error {
				err := l.send(t, w0, chain.Hub.PackContribute(d.ID, d.Deal, idx(0), poco.EmptyState(), common.Hash{}, common.Hash{},
					common.Address{}, []byte{}, l.n.Authorization(l.m.PoolOwner, w0.Address(), d.TaskID(0)))).err
				return err
			},
		},
		{
			name: "batch from a non-scheduler", want: "NotScheduler",
			args: func(d *Deal) map[string]any {
				return map[string]any{"caller": w0.Address(), "scheduler": l.m.PoolOwner.Address()}
			},
			run: func(t *testing.T, d *Deal) error {
				err := l.send(t, w0, chain.Hub.PackContributeBatch(d.ID, d.Deal, []bindings.ContributeItem{
					{Index: idx(0), State: poco.EmptyState(), Contributions: []bindings.SignedContribution{l.n.Contribution(w0, d.TaskID(0), right)}}})).err
				return err
			},
		},
		{
			name: "invalid worker signature", want: "BadWorkerSignature",
			run: func(t *testing.T, d *Deal) error {
				c := l.n.Contribution(w0, d.TaskID(0), right)
				c.WorkerSign = bindings.Signature{} // recovers no one
				err := l.send(t, l.m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, d.Deal, []bindings.ContributeItem{
					{Index: idx(0), State: poco.EmptyState(), Contributions: []bindings.SignedContribution{c}}})).err
				return err
			},
		},
		{
			// A signature over other values recovers some other key, one without funds: the
			// scheduler cannot commit a worker to what the worker did not sign.
			name: "signature over another result", want: "InsufficientBalance",
			run: func(t *testing.T, d *Deal) error {
				c := l.n.Contribution(w0, d.TaskID(0), right)
				c.ResultHash = poco.ResultHash(d.TaskID(0), Digest("forged"))
				err := l.send(t, l.m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, d.Deal, []bindings.ContributeItem{
					{Index: idx(0), State: poco.EmptyState(), Contributions: []bindings.SignedContribution{c}}})).err
				return err
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 2, Trust: 5}, nil)
			err := c.run(t, d)
			var args map[string]any
			if c.args != nil {
				args = c.args(d)
			}
			wantRevert(t, err, c.want, args)
		})
	}

	t.Run("altered deal", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		alter := map[string]func(x *bindings.Deal){
			"trust":       func(x *bindings.Deal) { x.Trust = big.NewInt(1) },
			"workerStake": func(x *bindings.Deal) { x.WorkerStake = big.NewInt(0) },
			"startTime":   func(x *bindings.Deal) { x.StartTime = new(big.Int).Add(x.StartTime, big.NewInt(1000)) },
			"scheduler":   func(x *bindings.Deal) { x.Scheduler = w0.Address() },
			"botSize":     func(x *bindings.Deal) { x.BotSize = big.NewInt(5) },
			"tag":         func(x *bindings.Deal) { x.Tag[31] = 1 },
		}
		for field, f := range alter {
			t.Run(field, func(t *testing.T) {
				x := d.Deal
				f(&x)
				c := l.n.Contribution(w0, d.TaskID(0), right)
				err := l.send(t, w0, chain.Hub.PackContribute(d.ID, x, idx(0), poco.EmptyState(), c.ResultHash, c.ResultSeal,
					common.Address{}, []byte{}, l.n.Authorization(l.m.PoolOwner, w0.Address(), d.TaskID(0)))).err
				wantRevert(t, err, "DealMismatch", map[string]any{"dealid": d.ID})
				err = l.send(t, l.m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, x, []bindings.ContributeItem{
					{Index: idx(0), State: poco.EmptyState(), Contributions: []bindings.SignedContribution{c}}})).err
				wantRevert(t, err, "DealMismatch", nil)
			})
		}
		t.Run("unknown deal id", func(t *testing.T) {
			err := l.send(t, w0, chain.Hub.PackContribute(Digest("no deal"), d.Deal, idx(0), poco.EmptyState(), right, right,
				common.Address{}, []byte{}, l.n.Authorization(l.m.PoolOwner, w0.Address(), d.TaskID(0)))).err
			wantRevert(t, err, "DealMismatch", nil)
		})
	})

	t.Run("task before the bag", func(t *testing.T) {
		// A request of volume 2 filled by two workerpool orders of volume 1: the second deal's
		// bag is [1, 2) and index 0 belongs to the first.
		o := signed(l.n, l.m, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 2, Trust: 5, Category: l.cat},
			func(o *Orders) { o.Workerpool.Volume = big.NewInt(1) })
		first := mustMatch(t, l.n, l.m.Requester, o)
		o.Workerpool.Salt = [32]byte{1}
		if err := l.n.Domain().SignWorkerpoolOrder(l.m.PoolOwner.Key(), &o.Workerpool); err != nil {
			t.Fatal(err)
		}
		second := mustMatch(t, l.n, l.m.Requester, o)
		l.check(t)
		if second.Deal.BotFirst.Int64() != 1 || second.Deal.BotSize.Int64() != 1 {
			t.Fatalf("second deal bag [%s, +%s)", second.Deal.BotFirst, second.Deal.BotSize)
		}
		err := l.contribute(t, w0, second, 0, poco.EmptyState(), right).err
		wantRevert(t, err, "TaskOutOfRange", map[string]any{"index": 0, "botFirst": 1, "botSize": 1})
		l.contribute(t, w0, second, 1, poco.EmptyState(), right).ok(t)
		l.contribute(t, w0, first, 0, poco.EmptyState(), right).ok(t)
	})

	t.Run("TEE deal without enclave", func(t *testing.T) {
		tee := func(o *Orders) {
			o.App.Tag = tagBits(bitTEE)
			o.Request.Tag = tagBits(bitTEE)
			o.Workerpool.Tag = tagBits(bitTEE)
		}
		d := l.deal(t, l.terms(5), tee)
		if d.Deal.Tag != tagBits(bitTEE) {
			t.Fatalf("deal tag %x", d.Deal.Tag)
		}
		err := l.contribute(t, w0, d, 0, poco.EmptyState(), right).err
		wantRevert(t, err, "EnclaveChallengeRequired", map[string]any{"taskid": d.TaskID(0)})
		err = l.relay(t, d, 0, poco.EmptyState(), ws[:1], right).err
		wantRevert(t, err, "EnclaveChallengeRequired", nil)
		d1 := l.deal(t, l.terms(1), tee)
		err = l.caf(t, w0, d1, 0, right, nil).err
		wantRevert(t, err, "EnclaveChallengeRequired", nil)
	})

	t.Run("contribution deadline", func(t *testing.T) {
		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 2, Trust: 5}, nil)
		d1 := l.deal(t, l.terms(1), nil)
		deadline := contributionDeadline(d)
		l.warp(t, deadline-1)
		l.sendExact(t, w0, contributePacked(l, w0, d, 0, poco.EmptyState(), right)).ok(t)
		err := l.sendExact(t, w1, contributePacked(l, w1, d, 0, l.state(t, d, 0), right)).err
		wantRevert(t, err, "ContributionDeadlinePassed", map[string]any{"taskid": d.TaskID(0), "deadline": int(deadline)})
		err = l.relay(t, d, 1, poco.EmptyState(), ws[:1], right).err
		wantRevert(t, err, "ContributionDeadlinePassed", nil)
		l.warp(t, contributionDeadline(d1))
		err = l.caf(t, w0, d1, 0, right, nil).err
		wantRevert(t, err, "ContributionDeadlinePassed", map[string]any{"deadline": int(contributionDeadline(d1))})
	})

	t.Run("claimed task", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		l.contribute(t, w0, d, 0, poco.EmptyState(), right).ok(t)
		s := l.state(t, d, 0)
		l.warp(t, finalDeadline(d)+1)
		l.claim(t, stranger, d, 0, s).ok(t)
		err := l.relay(t, d, 0, s, ws[1:2], right).err
		wantRevert(t, err, "WrongStatus", map[string]any{"status": 4})
	})
}

// contributePacked is the calldata of worker w's contribute.
func contributePacked(l *life, w *chain.Sender, d *Deal, index int64, state bindings.TaskState, digest common.Hash) []byte {
	c := l.n.Contribution(w, d.TaskID(index), digest)
	return chain.Hub.PackContribute(d.ID, d.Deal, idx(index), state, c.ResultHash, c.ResultSeal, common.Address{}, []byte{},
		l.n.Authorization(l.m.PoolOwner, w.Address(), d.TaskID(index)))
}

// TestTooManyContributions: a task takes at most 32 contributions. Trust 100 with every worker
// on a different result never reaches consensus.
func TestTooManyContributions(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, poco.MaxContributions+1)
	d := l.deal(t, l.terms(100), nil)
	digests := make([]common.Hash, len(ws))
	for i := range digests {
		digests[i] = Digest(fmt.Sprint("result ", i))
	}
	t.Run("in one batch", func(t *testing.T) {
		err := l.relay(t, d, 0, poco.EmptyState(), ws, digests...).err
		wantRevert(t, err, "TooManyContributions", map[string]any{"taskid": d.TaskID(0)})
	})
	l.relay(t, d, 0, poco.EmptyState(), ws[:poco.MaxContributions-1], digests...).ok(t)
	l.contribute(t, ws[poco.MaxContributions-1], d, 0, l.state(t, d, 0), digests[poco.MaxContributions-1]).ok(t)
	s := l.state(t, d, 0)
	if len(s.Contributions) != poco.MaxContributions || l.status(t, d, 0) != poco.StatusActive {
		t.Fatalf("%d contributions, status %s", len(s.Contributions), l.status(t, d, 0))
	}
	last := ws[poco.MaxContributions]
	err := l.contribute(t, last, d, 0, s, digests[0]).err
	wantRevert(t, err, "TooManyContributions", nil)
	err = l.relay(t, d, 0, s, []*chain.Sender{last}, digests[0]).err
	wantRevert(t, err, "TooManyContributions", nil)
	// Such a task ends by a claim: every stake comes back.
	l.warp(t, finalDeadline(d)+1)
	l.claim(t, last, d, 0, s).ok(t)
	for _, w := range ws {
		if _, f := account(t, l.n, w.Address()); f.Sign() != 0 {
			t.Errorf("worker %s still has %s frozen", w.Address(), f)
		}
	}
}
