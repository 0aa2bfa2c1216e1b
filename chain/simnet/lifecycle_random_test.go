package simnet

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// rtask is the random test's model of one task: what it expects the chain to hold.
type rtask struct {
	d      *Deal
	index  int64
	status poco.Status
	state  bindings.TaskState
	// digest of each result hash contributed, to reveal the consensus
	digests map[common.Hash]common.Hash
}

func (k *rtask) id() common.Hash { return k.d.TaskID(k.index) }

// TestRandomLifecycle runs a seeded random sequence of protocol operations — deposits,
// withdrawals, matches, relayed contributions that agree or not, reveals, finalizations
// carrying reveals, reopenings, claims, one-step tasks, and time passing. A model built on
// chain/poco predicts each outcome: success or a named custom error (when a deadline falls
// between the block the gas is estimated on and the one the transaction lands in, either
// side's outcome is accepted). After every operation the escrow invariant holds and the touched
// task's status and state are the model's; every finalization and claim pays what
// poco.Finalize and poco.Claim say. At the end, once every final deadline has passed and every
// unfinished task is claimed, nothing is left frozen.
func TestRandomLifecycle(t *testing.T) {
	const ops = 200
	l := newLife(t)
	ctx := t.Context()
	rng := rand.New(rand.NewPCG(2024, 7))
	ws := l.workers(t, 6)
	// Take most of the workers' funds back, so stakes run short now and then.
	for _, w := range ws {
		l.send(t, w, chain.Hub.PackWithdraw(new(big.Int).Sub(Funds, big.NewInt(150)))).ok(t)
	}
	kittyMin := l.kittyMin(t)
	digests := []common.Hash{Digest("good"), Digest("bad 0"), Digest("bad 1")}
	var tasks []*rtask
	outcomes := map[string]int{}

	balance := func(a common.Address) *big.Int {
		b, _ := account(t, l.n, a)
		return b
	}
	everyone := func(d *Deal) []common.Address { return parties(d, ws...) }
	// pickTask mostly picks a task the operation can apply to, sometimes any task.
	pickTask := func(fits func(k *rtask) bool) *rtask {
		var good []*rtask
		for _, k := range tasks {
			if fits(k) {
				good = append(good, k)
			}
		}
		if len(good) > 0 && rng.IntN(8) != 0 {
			return good[rng.IntN(len(good))]
		}
		return tasks[rng.IntN(len(tasks))]
	}
	collecting := func(k *rtask) bool { return k.status <= poco.StatusActive }
	revealing := func(k *rtask) bool { return k.status == poco.StatusRevealing }
	// run sends an operation whose outcome at time ts is predict(ts), and checks it.
	run := func(name string, from *chain.Sender, data []byte, predict func(ts uint64) string) (sent, bool) {
		t.Helper()
		now := l.now(t)
		want0, want1 := predict(now), predict(now+1)
		s := l.send(t, from, data)
		got := ""
		if s.err != nil {
			re, ok := chain.AsRevert(s.err)
			if !ok || re.Name == "" {
				t.Fatalf("%s: %v", name, s.err)
			}
			got = re.Name
		}
		if got != want0 && got != want1 {
			t.Fatalf("%s: got %q, want %q (or %q a second later): %v", name, got, want0, want1, s.err)
		}
		if got == "" {
			outcomes[name+": ok"]++
		} else {
			outcomes[name+": "+got]++
		}
		return s, got == ""
	}
	// checkTask compares the chain with the model.
	checkTask := func(k *rtask) {
		t.Helper()
		if got := l.status(t, k.d, k.index); got != k.status {
			t.Fatalf("task %x: status %s, model %s", k.id(), got, k.status)
		}
		if k.status == poco.StatusActive || k.status == poco.StatusRevealing {
			if diff := stateDiff(l.state(t, k.d, k.index), k.state); diff != "" {
				t.Fatalf("task %x: %s", k.id(), diff)
			}
		}
	}
	match := func() {
		trust := []int64{1, 2, 3, 5}[rng.IntN(4)]
		volume := 1 + rng.Int64N(3)
		appPrice, poolPrice := rng.Int64N(20), 10+rng.Int64N(190)
		o := signed(l.n, l.m, Terms{AppPrice: appPrice, WorkerpoolPrice: poolPrice, Volume: volume, Trust: trust, Category: l.cat}, nil)
		need := big.NewInt((appPrice + poolPrice) * volume)
		stake := big.NewInt(poolPrice * 30 / 100 * volume)
		s, ok := run("match", l.m.Requester, chain.Hub.PackMatchOrders(o.App, o.Dataset, o.Workerpool, o.Request), func(uint64) string {
			if balance(l.m.Requester.Address()).Cmp(need) < 0 || balance(l.m.PoolOwner.Address()).Cmp(stake) < 0 {
				return "InsufficientBalance"
			}
			return ""
		})
		if !ok {
			return
		}
		deals, err := chain.DealFromReceipt(s.r)
		if err != nil || len(deals) != 1 {
			t.Fatal(deals, err)
		}
		d := &Deal{ID: deals[0].Dealid, Deal: deals[0].Deal, Block: s.r.BlockNumber.Uint64()}
		for i := range volume {
			tasks = append(tasks, &rtask{d: d, index: d.Deal.BotFirst.Int64() + i, state: poco.EmptyState(), digests: map[common.Hash]common.Hash{}})
		}
	}
	match()

	for op := range ops {
		switch x := rng.IntN(100); {
		case x < 8:
			match()

		case x < 40: // a relayed contribution
			k, w := pickTask(collecting), ws[rng.IntN(len(ws))]
			digest := digests[0]
			if rng.IntN(10) < 2 {
				digest = digests[1+rng.IntN(2)]
			}
			weight := poco.Weight(l.score(t, w.Address()))
			s, ok := run("contribute", l.m.PoolOwner, chain.Hub.PackContributeBatch(k.d.ID, k.d.Deal, []bindings.ContributeItem{{
				Index: idx(k.index), State: k.state, Contributions: []bindings.SignedContribution{l.n.Contribution(w, k.id(), digest)}}}),
				func(ts uint64) string {
					switch {
					case k.status > poco.StatusActive:
						return "WrongStatus"
					case ts >= contributionDeadline(k.d):
						return "ContributionDeadlinePassed"
					case len(k.state.Contributions) >= poco.MaxContributions:
						return "TooManyContributions"
					}
					for _, c := range k.state.Contributions {
						if c.Worker == w.Address() {
							return "AlreadyContributed"
						}
					}
					if balance(w.Address()).Cmp(k.d.Deal.WorkerStake) < 0 {
						return "InsufficientBalance"
					}
					return ""
				})
			if ok {
				rh := poco.ResultHash(k.id(), digest)
				k.digests[rh] = digest
				if _, err := poco.Contribute(&k.state, w.Address(), rh, poco.ResultSeal(w.Address(), k.id(), digest), weight, k.d.Deal.Trust,
					k.d.Deal.TimeRef.Uint64(), l.blockTime(t, s.r)); err != nil {
					t.Fatal(err)
				}
				k.status = poco.StatusOf(k.state)
			}
			checkTask(k)

		case x < 48: // a worker's own reveal, now and then of a wrong digest
			k, w := pickTask(revealing), ws[rng.IntN(len(ws))]
			digest := k.digests[k.state.Consensus]
			if digest == (common.Hash{}) || rng.IntN(6) == 0 {
				digest = digests[rng.IntN(3)]
			}
			s, ok := run("reveal", w, chain.Hub.PackReveal(k.id(), k.state, digest), func(ts uint64) string {
				if k.status != poco.StatusRevealing {
					return "WrongStatus"
				}
				c := poco.Clone(k.state)
				switch err := poco.Reveal(&c, k.id(), w.Address(), digest, ts); err {
				case nil:
					return ""
				case poco.ErrRevealDeadline:
					return "RevealDeadlinePassed"
				case poco.ErrNotAWinner:
					return "NotAWinner"
				case poco.ErrBadReveal:
					return "BadReveal"
				default:
					return err.Error()
				}
			})
			if ok {
				if err := poco.Reveal(&k.state, k.id(), w.Address(), digest, l.blockTime(t, s.r)); err != nil {
					t.Fatal(err)
				}
			}
			checkTask(k)

		case x < 64: // finalize, with the reveals of some winners
			k := pickTask(revealing)
			digest := k.digests[k.state.Consensus]
			if digest == (common.Hash{}) {
				digest = digests[0]
			}
			var revealers []*chain.Sender
			for _, w := range ws {
				for _, c := range k.state.Contributions {
					if c.Worker == w.Address() && c.Status == poco.Contributed && c.ResultHash == k.state.Consensus && k.state.Consensus != (common.Hash{}) && rng.IntN(3) != 0 {
						revealers = append(revealers, w)
					}
				}
			}
			before := l.snapshot(t, everyone(k.d)...)
			s, ok := run("finalize", l.m.PoolOwner, chain.Hub.PackFinalizeBatch(k.d.ID, k.d.Deal, []bindings.FinalizeItem{
				l.finalizeItem(k.d, k.index, k.state, digest, nil, revealers...)}), func(ts uint64) string {
				if k.status != poco.StatusRevealing {
					return "WrongStatus"
				}
				rd := k.state.RevealDeadline.Uint64()
				if len(revealers) > 0 && ts >= rd {
					return "RevealDeadlinePassed"
				}
				if ts >= finalDeadline(k.d) {
					return "FinalDeadlinePassed"
				}
				winners, revealed := poco.Winners(k.state)
				revealed += len(revealers)
				if revealed < winners && ts < rd {
					return "NotAllRevealed"
				}
				if revealed == 0 {
					return "NoReveal"
				}
				return ""
			})
			if ok {
				final := withReveals(t, k.state, k.id(), digest, l.blockTime(t, s.r), revealers...)
				l.wantSettled(t, before, poco.Finalize(k.d.Deal, final, before.kitty, kittyMin, before.scoresOf()))
				k.state, k.status = final, poco.StatusCompleted
			}
			checkTask(k)

		case x < 70: // reopen
			k := pickTask(revealing)
			_, ok := run("reopen", l.m.PoolOwner, chain.Hub.PackReopen(k.d.ID, k.d.Deal, idx(k.index), k.state), func(ts uint64) string {
				switch {
				case k.status != poco.StatusRevealing:
					return "WrongStatus"
				case ts < k.state.RevealDeadline.Uint64():
					return "RevealDeadlineNotReached"
				case ts >= finalDeadline(k.d):
					return "FinalDeadlinePassed"
				}
				if _, revealed := poco.Winners(k.state); revealed > 0 {
					return "HasReveals"
				}
				return ""
			})
			if ok {
				if err := poco.Reopen(&k.state); err != nil {
					t.Fatal(err)
				}
				k.status = poco.StatusActive
			}
			checkTask(k)

		case x < 78: // claim, by a worker
			k := pickTask(func(k *rtask) bool { return k.status <= poco.StatusRevealing })
			before := l.snapshot(t, everyone(k.d)...)
			_, ok := run("claim", ws[rng.IntN(len(ws))], chain.Hub.PackClaim(k.d.ID, k.d.Deal, []bindings.ClaimItem{{Index: idx(k.index), State: k.state}}),
				func(ts uint64) string {
					switch {
					case k.status > poco.StatusRevealing:
						return "WrongStatus"
					case ts < finalDeadline(k.d):
						return "FinalDeadlineNotReached"
					}
					return ""
				})
			if ok {
				l.wantSettled(t, before, poco.Claim(k.d.Deal, k.state))
				k.status = poco.StatusFailed
			}
			checkTask(k)

		case x < 83: // the one-step path, by the worker
			k, w := pickTask(func(k *rtask) bool { return k.status == poco.StatusUnset && k.d.Deal.Trust.Int64() <= 1 }), ws[rng.IntN(len(ws))]
			digest := digests[0]
			before := l.snapshot(t, everyone(k.d)...)
			_, ok := run("contributeAndFinalize", w, chain.Hub.PackContributeAndFinalize(k.d.ID, k.d.Deal, idx(k.index), digest, resultsOf(digest), []byte{},
				common.Address{}, []byte{}, l.n.Authorization(l.m.PoolOwner, w.Address(), k.id())), func(ts uint64) string {
				switch {
				case k.d.Deal.Trust.Int64() > 1:
					return "TrustTooHighForShortcut"
				case k.status > poco.StatusActive:
					return "WrongStatus"
				case ts >= contributionDeadline(k.d):
					return "ContributionDeadlinePassed"
				case k.status != poco.StatusUnset:
					return "WrongStatus"
				case balance(w.Address()).Cmp(k.d.Deal.WorkerStake) < 0:
					return "InsufficientBalance"
				}
				return ""
			})
			if ok {
				st := poco.EmptyState()
				poco.AddContribution(&st, w.Address(), poco.ResultHash(k.id(), digest), poco.ResultSeal(w.Address(), k.id(), digest), poco.Weight(before.score[w.Address()]))
				st.Consensus = poco.ResultHash(k.id(), digest)
				st.Contributions[0].Status = poco.Revealed
				l.wantSettled(t, before, sum(staked(k.d, w), poco.Finalize(k.d.Deal, st, before.kitty, kittyMin, before.scoresOf())))
				k.state, k.status = st, poco.StatusCompleted
			}
			checkTask(k)

		case x < 88: // a worker deposits
			w := ws[rng.IntN(len(ws))]
			amount := big.NewInt(rng.Int64N(4) * 40)
			if amount.Sign() > 0 {
				if _, err := l.n.Owner.Transact(ctx, l.n.D.Token, chain.Token.PackMint(w.Address(), amount)); err != nil {
					t.Fatal(err)
				}
				if _, err := w.Transact(ctx, l.n.D.Token, chain.Token.PackApprove(l.n.D.Hub, amount)); err != nil {
					t.Fatal(err)
				}
			}
			run("deposit", w, chain.Hub.PackDeposit(amount), func(uint64) string {
				if amount.Sign() == 0 {
					return "ZeroAmount"
				}
				return ""
			})

		case x < 93: // a worker withdraws
			w := ws[rng.IntN(len(ws))]
			bal := balance(w.Address())
			amount := big.NewInt(rng.Int64N(bal.Int64() + 30))
			run("withdraw", w, chain.Hub.PackWithdraw(amount), func(uint64) string {
				switch {
				case amount.Sign() == 0:
					return "ZeroAmount"
				case amount.Cmp(bal) > 0:
					return "InsufficientBalance"
				}
				return ""
			})

		default: // time passes
			if err := l.n.AdjustTime(time.Duration(1+rng.IntN(2*timeRef)) * time.Second); err != nil {
				t.Fatal(err)
			}
			outcomes["time passes"]++
		}
		if t.Failed() {
			t.Fatalf("after operation %d", op)
		}
	}

	// Everything ends: past every final deadline each unfinished task is claimed, and then
	// nothing is frozen anywhere.
	var last uint64
	for _, k := range tasks {
		last = max(last, finalDeadline(k.d))
	}
	if now := l.now(t); last+2 > now {
		l.warp(t, last+2)
	}
	for _, k := range tasks {
		if k.status <= poco.StatusRevealing {
			before := l.snapshot(t, everyone(k.d)...)
			l.claim(t, ws[0], k.d, k.index, k.state).ok(t)
			l.wantSettled(t, before, poco.Claim(k.d.Deal, k.state))
			k.status = poco.StatusFailed
		}
		checkTask(k)
	}
	for _, a := range append([]common.Address{l.m.Requester.Address(), l.m.PoolOwner.Address()}, parties(tasks[0].d, ws...)...) {
		if _, f := account(t, l.n, a); f.Sign() != 0 {
			t.Errorf("%s still has %s frozen", a, f)
		}
	}
	var names []string
	for k := range outcomes {
		names = append(names, k)
	}
	sort.Strings(names)
	var summary string
	for _, k := range names {
		summary += fmt.Sprintf("\n  %-45s %d", k, outcomes[k])
	}
	t.Logf("%d tasks; outcomes:%s", len(tasks), summary)
}
