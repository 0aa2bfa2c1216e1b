package simnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

var (
	right = Digest("right")
	wrong = Digest("wrong")
)

// revealing matches a trust-3 deal of `volume` tasks and brings its first task to consensus:
// the loser commits to a wrong result, then the three winners to the right one (consensus at
// the third). It returns the deal and the task's state.
func (l *life) revealing(t *testing.T, volume int64, winners []*chain.Sender, loser *chain.Sender) (*Deal, bindings.TaskState) {
	t.Helper()
	d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: volume, Trust: 3}, nil)
	l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{loser}, wrong).ok(t)
	l.relay(t, d, 0, l.state(t, d, 0), winners, right).ok(t)
	s := l.state(t, d, 0)
	if l.status(t, d, 0) != poco.StatusRevealing {
		t.Fatalf("no consensus: %+v", s)
	}
	return d, s
}

// TestRevealReverts: who may reveal, with what, and when.
func TestRevealReverts(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 4)
	a, b, c, loser := ws[0], ws[1], ws[2], ws[3]
	stranger := l.n.Actor()
	cases := []struct {
		name string
		want string
		args map[string]any
		run  func(t *testing.T, d *Deal, s bindings.TaskState) error
	}{
		{
			name: "loser", want: "NotAWinner", args: map[string]any{"worker": loser.Address()},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return l.reveal(t, loser, d, 0, s, wrong).err
			},
		},
		{
			name: "non-contributor", want: "NotAWinner", args: map[string]any{"worker": stranger.Address()},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return l.reveal(t, stranger, d, 0, s, right).err
			},
		},
		{
			name: "already revealed", want: "NotAWinner", args: map[string]any{"worker": a.Address()},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				l.reveal(t, a, d, 0, s, right).ok(t)
				return l.reveal(t, a, d, 0, l.state(t, d, 0), right).err
			},
		},
		{
			name: "wrong digest", want: "BadReveal", args: map[string]any{"worker": b.Address()},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return l.reveal(t, b, d, 0, s, wrong).err
			},
		},
		{
			name: "stale state", want: "StateMismatch",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				l.reveal(t, a, d, 0, s, right).ok(t)
				return l.reveal(t, b, d, 0, s, right).err
			},
		},
		{
			name: "sparse state with a wrong digest", want: "StateMismatch",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return l.reveal(t, b, d, 0, poco.Sparse(s, d.TaskID(0), right), wrong).err
			},
		},
		{
			name: "completed task", want: "WrongStatus", args: map[string]any{"status": 3},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				l.finalize(t, d, 0, s, right, a, b, c).ok(t)
				return l.reveal(t, a, d, 0, s, right).err
			},
		},
		{
			name: "collecting task", want: "WrongStatus", args: map[string]any{"status": 1},
			run: func(t *testing.T, d *Deal, _ bindings.TaskState) error {
				l.relay(t, d, 1, poco.EmptyState(), []*chain.Sender{a}, right).ok(t)
				return l.reveal(t, a, d, 1, l.state(t, d, 1), right).err
			},
		},
		{
			name: "fresh task", want: "WrongStatus", args: map[string]any{"status": 0},
			run: func(t *testing.T, d *Deal, _ bindings.TaskState) error {
				return l.reveal(t, a, d, 1, poco.EmptyState(), right).err
			},
		},
		{
			name: "loser's signature in a revealBatch", want: "NotAWinner",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return l.send(t, stranger, chain.Hub.PackRevealBatch([]bindings.RevealItem{{Taskid: d.TaskID(0), State: s, Digest: right,
					WorkerSigns: []bindings.Signature{l.n.RevealSign(a, d.TaskID(0), right), l.n.RevealSign(loser, d.TaskID(0), right)}}})).err
			},
		},
		{
			name: "invalid signature in a revealBatch", want: "BadWorkerSignature",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return l.send(t, stranger, chain.Hub.PackRevealBatch([]bindings.RevealItem{{Taskid: d.TaskID(0), State: s, Digest: right,
					WorkerSigns: []bindings.Signature{{}}}})).err
			},
		},
		{
			name: "revealBatch on a collecting task", want: "WrongStatus",
			run: func(t *testing.T, d *Deal, _ bindings.TaskState) error {
				l.relay(t, d, 1, poco.EmptyState(), []*chain.Sender{a}, right).ok(t)
				return l.send(t, stranger, chain.Hub.PackRevealBatch([]bindings.RevealItem{{Taskid: d.TaskID(1), State: l.state(t, d, 1), Digest: right,
					WorkerSigns: []bindings.Signature{l.n.RevealSign(a, d.TaskID(1), right)}}})).err
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, s := l.revealing(t, 2, []*chain.Sender{a, b, c}, loser)
			wantRevert(t, tc.run(t, d, s), tc.want, tc.args)
		})
	}

	t.Run("reveal deadline", func(t *testing.T) {
		d, s := l.revealing(t, 1, []*chain.Sender{a, b, c}, loser)
		deadline := s.RevealDeadline.Uint64()
		if now := l.now(t); deadline != now+2*timeRef { // consensus came in the latest block
			t.Fatalf("reveal deadline %d, consensus at %d", deadline, now)
		}
		l.warp(t, deadline-1)
		l.sendExact(t, a, chain.Hub.PackReveal(d.TaskID(0), s, right)).ok(t)
		err := l.sendExact(t, b, chain.Hub.PackReveal(d.TaskID(0), l.state(t, d, 0), right)).err
		wantRevert(t, err, "RevealDeadlinePassed", map[string]any{"taskid": d.TaskID(0), "deadline": int(deadline)})
		err = l.send(t, stranger, chain.Hub.PackRevealBatch([]bindings.RevealItem{{Taskid: d.TaskID(0), State: l.state(t, d, 0), Digest: right,
			WorkerSigns: []bindings.Signature{l.n.RevealSign(c, d.TaskID(0), right)}}})).err
		wantRevert(t, err, "RevealDeadlinePassed", nil)
	})
}

// TestRevealBatch: anyone may relay winners' signed reveals, for several tasks at once, with
// the winners left out of the state (poco.Sparse); the scheduler then finalizes.
func TestRevealBatch(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 4)
	a, b, c, loser := ws[0], ws[1], ws[2], ws[3]
	relayer := l.n.Actor() // holds nothing in the hub
	d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 2, Trust: 3}, nil)
	for i := range int64(2) {
		l.relay(t, d, i, poco.EmptyState(), []*chain.Sender{loser}, wrong).ok(t)
		l.relay(t, d, i, l.state(t, d, i), []*chain.Sender{a, b, c}, right).ok(t)
	}
	var items []bindings.RevealItem
	for i := range int64(2) {
		tid := d.TaskID(i)
		items = append(items, bindings.RevealItem{Taskid: tid, State: poco.Sparse(l.state(t, d, i), tid, right), Digest: right,
			WorkerSigns: []bindings.Signature{l.n.RevealSign(a, tid, right), l.n.RevealSign(b, tid, right)}})
	}
	r := l.send(t, relayer, chain.Hub.PackRevealBatch(items)).ok(t)
	reveals := events(r, l.n.D.Hub, chain.Hub.UnpackTaskRevealEvent)
	if len(reveals) != 4 {
		t.Fatalf("%d TaskReveal events, want 4", len(reveals))
	}
	for i := range int64(2) {
		task := l.task(t, d, i)
		if w, rv := poco.Winners(task.State); w != 3 || rv != 2 || task.Status != poco.StatusRevealing {
			t.Errorf("task %d: %d winners, %d revealed, %s", i, w, rv, task.Status)
		}
	}
	// The last winner reveals with the finalization, from the sparse state too.
	var fs []bindings.FinalizeItem
	for i := range int64(2) {
		fs = append(fs, l.finalizeItem(d, i, poco.Sparse(l.state(t, d, i), d.TaskID(i), right), right, nil, c))
	}
	l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, fs)).ok(t)
	for i := range int64(2) {
		task := l.task(t, d, i)
		if task.Status != poco.StatusCompleted || task.Digest != right || task.Results != resultsOf(right) {
			t.Errorf("task %d: %s %x %q", i, task.Status, task.Digest, task.Results)
		}
		out, err := l.n.Client.Call(t.Context(), l.n.D.Hub, chain.Hub.PackResultDigestMatches(d.TaskID(i), right))
		if err != nil {
			t.Fatal(err)
		}
		if m, _ := chain.Hub.UnpackResultDigestMatches(out); !m {
			t.Errorf("task %d: resultDigestMatches false", i)
		}
	}
}

// TestFinalizeReverts: what finalizeBatch refuses.
func TestFinalizeReverts(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 4)
	a, b, c, loser := ws[0], ws[1], ws[2], ws[3]
	fin := func(t *testing.T, from *chain.Sender, d *Deal, index int64, s bindings.TaskState, digest common.Hash, revealers ...*chain.Sender) error {
		return l.send(t, from, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{l.finalizeItem(d, index, s, digest, nil, revealers...)})).err
	}
	cases := []struct {
		name string
		want string
		args map[string]any
		run  func(t *testing.T, d *Deal, s bindings.TaskState) error
	}{
		{
			name: "not the scheduler", want: "NotScheduler",
			args: map[string]any{"caller": l.m.Requester.Address(), "scheduler": l.m.PoolOwner.Address()},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return fin(t, l.m.Requester, d, 0, s, right, a, b, c)
			},
		},
		{
			name: "collecting task", want: "WrongStatus", args: map[string]any{"status": 1},
			run: func(t *testing.T, d *Deal, _ bindings.TaskState) error {
				l.relay(t, d, 1, poco.EmptyState(), []*chain.Sender{a}, right).ok(t)
				return fin(t, l.m.PoolOwner, d, 1, l.state(t, d, 1), right)
			},
		},
		{
			name: "fresh task", want: "WrongStatus", args: map[string]any{"status": 0},
			run: func(t *testing.T, d *Deal, _ bindings.TaskState) error {
				return fin(t, l.m.PoolOwner, d, 1, poco.EmptyState(), right)
			},
		},
		{
			name: "completed task", want: "WrongStatus", args: map[string]any{"status": 3},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				if err := fin(t, l.m.PoolOwner, d, 0, s, right, a, b, c); err != nil {
					t.Fatal(err)
				}
				return fin(t, l.m.PoolOwner, d, 0, s, right)
			},
		},
		{
			name: "same task twice in a batch", want: "WrongStatus", args: map[string]any{"status": 3},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				item := l.finalizeItem(d, 0, s, right, nil, a, b, c)
				return l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{item, item})).err
			},
		},
		{
			name: "some winners not revealed", want: "NotAllRevealed", args: map[string]any{"revealed": 1, "winners": 3},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return fin(t, l.m.PoolOwner, d, 0, s, right, a)
			},
		},
		{
			name: "nobody revealed, window open", want: "NotAllRevealed", args: map[string]any{"revealed": 0, "winners": 3},
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return fin(t, l.m.PoolOwner, d, 0, s, right)
			},
		},
		{
			name: "nobody revealed, window closed", want: "NoReveal",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				l.warp(t, s.RevealDeadline.Uint64()+1)
				return fin(t, l.m.PoolOwner, d, 0, s, right)
			},
		},
		{
			name: "reveals past the window", want: "RevealDeadlinePassed",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				l.warp(t, s.RevealDeadline.Uint64()+1)
				return fin(t, l.m.PoolOwner, d, 0, s, right, a)
			},
		},
		{
			name: "wrong digest", want: "DigestMismatch",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				for _, w := range []*chain.Sender{a, b, c} {
					l.reveal(t, w, d, 0, l.state(t, d, 0), right).ok(t)
				}
				return fin(t, l.m.PoolOwner, d, 0, l.state(t, d, 0), wrong)
			},
		},
		{
			name: "sparse state, wrong digest", want: "StateMismatch",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return fin(t, l.m.PoolOwner, d, 0, poco.Sparse(s, d.TaskID(0), right), wrong, a, b, c)
			},
		},
		{
			name: "loser's reveal", want: "NotAWinner",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return fin(t, l.m.PoolOwner, d, 0, s, right, a, b, c, loser)
			},
		},
		{
			name: "invalid reveal signature", want: "BadWorkerSignature",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				item := l.finalizeItem(d, 0, s, right, nil, a)
				item.RevealSigns[0] = bindings.Signature{}
				return l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{item})).err
			},
		},
		{
			name: "altered deal", want: "DealMismatch",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				x := d.Deal
				x.WorkerpoolPrice = big.NewInt(1000)
				return l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, x, []bindings.FinalizeItem{l.finalizeItem(d, 0, s, right, nil, a, b, c)})).err
			},
		},
		{
			name: "task out of range", want: "TaskOutOfRange",
			run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
				return fin(t, l.m.PoolOwner, d, 2, s, right, a, b, c)
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, s := l.revealing(t, 2, []*chain.Sender{a, b, c}, loser)
			wantRevert(t, tc.run(t, d, s), tc.want, tc.args)
		})
	}

	t.Run("final deadline", func(t *testing.T) {
		d, _ := l.revealing(t, 2, []*chain.Sender{a, b, c}, loser)
		l.relay(t, d, 1, poco.EmptyState(), []*chain.Sender{loser}, wrong).ok(t)
		l.relay(t, d, 1, l.state(t, d, 1), []*chain.Sender{a, b, c}, right).ok(t)
		for _, w := range []*chain.Sender{a, b, c} {
			l.reveal(t, w, d, 0, l.state(t, d, 0), right).ok(t)
			l.reveal(t, w, d, 1, l.state(t, d, 1), right).ok(t)
		}
		deadline := finalDeadline(d)
		l.warp(t, deadline-1)
		l.sendExact(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{l.finalizeItem(d, 0, l.state(t, d, 0), right, nil)})).ok(t)
		err := l.sendExact(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{l.finalizeItem(d, 1, l.state(t, d, 1), right, nil)})).err
		wantRevert(t, err, "FinalDeadlinePassed", map[string]any{"taskid": d.TaskID(1), "deadline": int(deadline)})
		// Past its final deadline a revealed task can only be claimed.
		l.claim(t, l.m.Requester, d, 1, l.state(t, d, 1)).ok(t)
	})
}

// TestReopen: nobody revealed in time, so the scheduler reopens the task: the winners are
// rejected, new workers reach a new consensus, and the rejected workers lose their stake and a
// third of their score when the task completes.
func TestReopen(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 7)
	a, b, c, loser, d1, e1, f1 := ws[0], ws[1], ws[2], ws[3], ws[4], ws[5], ws[6]
	winners := []*chain.Sender{a, b, c}

	t.Run("refused", func(t *testing.T) {
		cases := []struct {
			name string
			want string
			args map[string]any
			run  func(t *testing.T, d *Deal, s bindings.TaskState) error
		}{
			{
				name: "window open", want: "RevealDeadlineNotReached",
				run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
					l.warp(t, s.RevealDeadline.Uint64()-1)
					return l.sendExact(t, l.m.PoolOwner, chain.Hub.PackReopen(d.ID, d.Deal, idx(0), s)).err
				},
			},
			{
				name: "not the scheduler", want: "NotScheduler",
				run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
					l.warp(t, s.RevealDeadline.Uint64()+1)
					return l.send(t, a, chain.Hub.PackReopen(d.ID, d.Deal, idx(0), s)).err
				},
			},
			{
				name: "a winner revealed", want: "HasReveals",
				run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
					l.reveal(t, c, d, 0, s, right).ok(t) // the last winner: the hub must look at every contribution
					l.warp(t, s.RevealDeadline.Uint64()+1)
					return l.reopen(t, d, 0, l.state(t, d, 0)).err
				},
			},
			{
				name: "collecting task", want: "WrongStatus", args: map[string]any{"status": 1},
				run: func(t *testing.T, d *Deal, _ bindings.TaskState) error {
					l.relay(t, d, 1, poco.EmptyState(), []*chain.Sender{a}, right).ok(t)
					return l.reopen(t, d, 1, l.state(t, d, 1)).err
				},
			},
			{
				name: "completed task", want: "WrongStatus", args: map[string]any{"status": 3},
				run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
					l.finalize(t, d, 0, s, right, a, b, c).ok(t)
					return l.reopen(t, d, 0, s).err
				},
			},
			{
				name: "past the final deadline", want: "FinalDeadlinePassed",
				run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
					l.warp(t, finalDeadline(d))
					return l.sendExact(t, l.m.PoolOwner, chain.Hub.PackReopen(d.ID, d.Deal, idx(0), s)).err
				},
			},
			{
				name: "stale state", want: "StateMismatch",
				run: func(t *testing.T, d *Deal, s bindings.TaskState) error {
					l.warp(t, s.RevealDeadline.Uint64()+1)
					s.Total = big.NewInt(1)
					return l.reopen(t, d, 0, s).err
				},
			},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				d, s := l.revealing(t, 2, winners, loser)
				wantRevert(t, tc.run(t, d, s), tc.want, tc.args)
			})
		}
	})

	t.Run("new consensus", func(t *testing.T) {
		// Give the first winners a score, to see it fall: 4 each.
		l.train(t, [][2]*chain.Sender{{a, b}, {b, c}, {c, a}, {a, b}, {b, c}, {c, a}})
		d, s := l.revealing(t, 1, winners, loser)
		tid := d.TaskID(0)
		l.warp(t, s.RevealDeadline.Uint64())
		r := l.sendExact(t, l.m.PoolOwner, chain.Hub.PackReopen(d.ID, d.Deal, idx(0), s)).ok(t)
		if len(events(r, l.n.D.Hub, chain.Hub.UnpackTaskReopenEvent)) != 1 {
			t.Error("no TaskReopen event")
		}
		mirror := poco.Clone(s)
		if err := poco.Reopen(&mirror); err != nil {
			t.Fatal(err)
		}
		s = l.state(t, d, 0)
		if diff := stateDiff(s, mirror); diff != "" || l.status(t, d, 0) != poco.StatusActive {
			t.Fatalf("after reopen: %s, status %s", diff, l.status(t, d, 0))
		}
		wantRevert(t, l.reveal(t, a, d, 0, s, right).err, "WrongStatus", map[string]any{"status": 1})
		wantRevert(t, l.contribute(t, a, d, 0, s, right).err, "AlreadyContributed", map[string]any{"worker": a.Address()})
		wantRevert(t, l.relay(t, d, 0, s, []*chain.Sender{b}, right).err, "AlreadyContributed", nil)
		// After reopening, 2 is left of the total (the loser): three new agreeing workers are needed.
		for i, w := range []*chain.Sender{d1, e1, f1} {
			r := l.relay(t, d, 0, s, []*chain.Sender{w}, right).ok(t)
			reached, err := poco.Contribute(&mirror, w.Address(), poco.ResultHash(tid, right), poco.ResultSeal(w.Address(), tid, right),
				big.NewInt(2), d.Deal.Trust, d.Deal.TimeRef.Uint64(), l.blockTime(t, r))
			if err != nil {
				t.Fatal(err)
			}
			s = l.state(t, d, 0)
			if diff := stateDiff(s, mirror); diff != "" {
				t.Fatalf("contribution %d: %s", i, diff)
			}
			if reached != (i == 2) || l.status(t, d, 0) != poco.StatusOf(mirror) {
				t.Fatalf("contribution %d: consensus %v, status %s", i, reached, l.status(t, d, 0))
			}
		}
		// The rejected winners cannot reveal the new consensus, though it is on their digest.
		wantRevert(t, l.reveal(t, a, d, 0, s, right).err, "NotAWinner", map[string]any{"worker": a.Address()})
		wantRevert(t, l.finalize(t, d, 0, s, right, d1, e1, f1, b).err, "NotAWinner", map[string]any{"worker": b.Address()})

		before := l.snapshot(t, parties(d, ws...)...)
		for _, w := range winners { // 1 from "refused/completed task", 4 from training
			if got := before.score[w.Address()]; got.Int64() != 5 {
				t.Fatalf("score of %s before: %s, want 5", w.Address(), got)
			}
		}
		r = l.finalize(t, d, 0, s, right, d1, e1, f1).ok(t)
		final := withReveals(t, s, tid, right, l.blockTime(t, r), d1, e1, f1)
		if diff := stateDiff(l.state(t, d, 0), final); diff != "" {
			t.Errorf("final state: %s", diff)
		}
		t.Run("poco", func(t *testing.T) {
			l.wantSettled(t, before, poco.Finalize(d.Deal, final, before.kitty, l.kittyMin(t), before.scoresOf()))
		})
		t.Run("by hand", func(t *testing.T) {
			// pot = 100 + 4 × 30 (three rejected winners and the loser) = 220; the workers'
			// part 220 × 99 / 100 = 217, 72 each; the pool owner keeps 220 − 216 = 4.
			l.wantSettled(t, before, settlement(0, map[common.Address]delta{
				d1.Address(): {30 + 72, -30}, e1.Address(): {30 + 72, -30}, f1.Address(): {30 + 72, -30},
				a.Address(): {0, -30}, b.Address(): {0, -30}, c.Address(): {0, -30}, loser.Address(): {0, -30},
				l.m.PoolOwner.Address(): {30 + 4, -30}, l.m.Requester.Address(): {0, -107}, l.m.AppOwner.Address(): {7, 0},
			}, map[common.Address]int64{
				a.Address(): 3, b.Address(): 3, c.Address(): 3, loser.Address(): 0, d1.Address(): 1, e1.Address(): 1, f1.Address(): 1,
			}))
		})
	})
}

// TestClaim: after the final deadline anyone ends an unfinished task — fresh, collecting or
// revealing: the payer is refunded, the pool's stake goes to the kitty, contributors get their
// stakes back.
func TestClaim(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 4)
	a, b, c, loser := ws[0], ws[1], ws[2], ws[3]
	stranger := l.n.Actor()

	// Task 0 revealing (with one reveal), task 1 collecting, task 2 never touched, task 3 done.
	d, s0 := l.revealing(t, 4, []*chain.Sender{a, b, c}, loser)
	l.reveal(t, a, d, 0, s0, right).ok(t)
	l.relay(t, d, 1, poco.EmptyState(), []*chain.Sender{loser}, wrong).ok(t)
	l.relay(t, d, 3, poco.EmptyState(), []*chain.Sender{loser}, wrong).ok(t)
	l.relay(t, d, 3, l.state(t, d, 3), []*chain.Sender{a, b, c}, right).ok(t)
	l.finalize(t, d, 3, l.state(t, d, 3), right, a, b, c).ok(t)
	states := []bindings.TaskState{l.state(t, d, 0), l.state(t, d, 1), poco.EmptyState()}
	items := func(ixs ...int64) []bindings.ClaimItem {
		var out []bindings.ClaimItem
		for _, i := range ixs {
			out = append(out, bindings.ClaimItem{Index: idx(i), State: states[i]})
		}
		return out
	}

	deadline := finalDeadline(d)
	l.warp(t, deadline-1)
	err := l.sendExact(t, stranger, chain.Hub.PackClaim(d.ID, d.Deal, items(2))).err
	wantRevert(t, err, "FinalDeadlineNotReached", map[string]any{"taskid": d.TaskID(2), "deadline": int(deadline)})

	before := l.snapshot(t, parties(d, ws...)...)
	r := l.sendExact(t, stranger, chain.Hub.PackClaim(d.ID, d.Deal, items(0, 1, 2))).ok(t)
	if got := len(events(r, l.n.D.Hub, chain.Hub.UnpackTaskClaimedEvent)); got != 3 {
		t.Errorf("%d TaskClaimed events, want 3", got)
	}
	t.Run("poco", func(t *testing.T) {
		l.wantSettled(t, before, sum(poco.Claim(d.Deal, states[0]), poco.Claim(d.Deal, states[1]), poco.Claim(d.Deal, states[2])))
	})
	t.Run("by hand", func(t *testing.T) {
		l.wantSettled(t, before, settlement(3*30, map[common.Address]delta{
			l.m.Requester.Address(): {3 * 107, -3 * 107}, l.m.PoolOwner.Address(): {0, -3 * 30},
			a.Address(): {30, -30}, b.Address(): {30, -30}, c.Address(): {30, -30}, loser.Address(): {2 * 30, -2 * 30},
		}, nil))
	})
	for i := range int64(3) {
		if task := l.task(t, d, i); task.Status != poco.StatusFailed {
			t.Errorf("task %d: %s", i, task.Status)
		}
	}
	for _, w := range ws {
		if _, f := account(t, l.n, w.Address()); f.Sign() != 0 {
			t.Errorf("worker %s: %s still frozen", w.Address(), f)
		}
	}
	if _, f := account(t, l.n, l.m.Requester.Address()); f.Sign() != 0 {
		t.Errorf("requester: %s still frozen", f)
	}

	t.Run("refused", func(t *testing.T) {
		wantRevert(t, l.claim(t, stranger, d, 0, states[0]).err, "WrongStatus", map[string]any{"status": 4})
		wantRevert(t, l.claim(t, stranger, d, 3, l.state(t, d, 3)).err, "WrongStatus", map[string]any{"status": 3})
		wantRevert(t, l.claim(t, stranger, d, 4, poco.EmptyState()).err, "TaskOutOfRange", nil)
		x := d.Deal
		x.Sponsor = stranger.Address()
		wantRevert(t, l.send(t, stranger, chain.Hub.PackClaim(d.ID, x, items(2))).err, "DealMismatch", nil)
		d2, s := l.revealing(t, 1, []*chain.Sender{a, b, c}, loser)
		l.warp(t, finalDeadline(d2)+1)
		stale := poco.Clone(s)
		stale.Contributions = stale.Contributions[:1]
		wantRevert(t, l.claim(t, stranger, d2, 0, stale).err, "StateMismatch", nil)
		l.claim(t, stranger, d2, 0, s).ok(t)
	})
	t.Run("a reopened task", func(t *testing.T) {
		// The rejected winners' stakes are still locked: a claim returns them.
		d, s := l.revealing(t, 1, []*chain.Sender{a, b, c}, loser)
		l.warp(t, s.RevealDeadline.Uint64()+1)
		l.reopen(t, d, 0, s).ok(t)
		s = l.state(t, d, 0)
		l.warp(t, finalDeadline(d)+1)
		before := l.snapshot(t, parties(d, ws...)...)
		l.claim(t, stranger, d, 0, s).ok(t)
		l.wantSettled(t, before, poco.Claim(d.Deal, s))
		l.wantSettled(t, before, settlement(30, map[common.Address]delta{
			l.m.Requester.Address(): {107, -107}, l.m.PoolOwner.Address(): {0, -30},
			a.Address(): {30, -30}, b.Address(): {30, -30}, c.Address(): {30, -30}, loser.Address(): {30, -30},
		}, nil))
	})
	t.Run("a sponsored task refunds the sponsor", func(t *testing.T) {
		sponsor := l.workers(t, 1)[0]
		o := signed(l.n, l.m, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 1, Trust: 5, Category: l.cat}, nil)
		r := l.send(t, sponsor, chain.Hub.PackSponsorMatchOrders(o.App, o.Dataset, o.Workerpool, o.Request)).ok(t)
		deals, err := chain.DealFromReceipt(r)
		if err != nil || len(deals) != 1 {
			t.Fatal(deals, err)
		}
		d := &Deal{ID: deals[0].Dealid, Deal: deals[0].Deal, Block: r.BlockNumber.Uint64()}
		l.warp(t, finalDeadline(d)+1)
		before := l.snapshot(t, append(parties(d), sponsor.Address())...)
		l.claim(t, stranger, d, 0, poco.EmptyState()).ok(t)
		l.wantSettled(t, before, poco.Claim(d.Deal, poco.EmptyState()))
		l.wantSettled(t, before, settlement(30, map[common.Address]delta{
			sponsor.Address(): {107, -107}, l.m.PoolOwner.Address(): {0, -30},
		}, nil))
	})
	t.Run("a claimed task is over", func(t *testing.T) {
		wantRevert(t, l.relay(t, d, 1, states[1], []*chain.Sender{a}, right).err, "WrongStatus", map[string]any{"status": 4})
		wantRevert(t, l.reveal(t, b, d, 0, states[0], right).err, "WrongStatus", map[string]any{"status": 4})
		wantRevert(t, l.finalize(t, d, 0, states[0], right, b, c).err, "WrongStatus", map[string]any{"status": 4})
	})
}

// TestContributeAndFinalize: the one-step path for trust ≤ 1, by the worker and relayed in
// batches by the scheduler.
func TestContributeAndFinalize(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 3)
	a, b, c := ws[0], ws[1], ws[2]
	poor := l.n.Actor()

	t.Run("by the worker", func(t *testing.T) {
		d := l.deal(t, l.terms(1), nil)
		before := l.snapshot(t, parties(d, a)...)
		r := l.caf(t, a, d, 0, right, nil).ok(t)
		t.Logf("contributeAndFinalize gas %d", r.GasUsed)
		task := l.task(t, d, 0)
		if task.Status != poco.StatusCompleted || task.Digest != right || task.Results != resultsOf(right) {
			t.Fatalf("task %s %x %q", task.Status, task.Digest, task.Results)
		}
		s := poco.EmptyState()
		poco.AddContribution(&s, a.Address(), poco.ResultHash(d.TaskID(0), right), poco.ResultSeal(a.Address(), d.TaskID(0), right), big.NewInt(2))
		s.Consensus = poco.ResultHash(d.TaskID(0), right)
		s.Contributions[0].Status = poco.Revealed
		t.Run("poco", func(t *testing.T) {
			l.wantSettled(t, before, sum(staked(d, a), poco.Finalize(d.Deal, s, before.kitty, l.kittyMin(t), before.scoresOf())))
		})
		t.Run("by hand", func(t *testing.T) {
			// 99 to the only worker (its stake locked and unlocked in the call), 1 to the
			// scheduler; no score for an unreplicated task.
			l.wantSettled(t, before, settlement(0, map[common.Address]delta{
				a.Address(): {99, 0}, l.m.PoolOwner.Address(): {30 + 1, -30},
				l.m.Requester.Address(): {0, -107}, l.m.AppOwner.Address(): {7, 0},
			}, map[common.Address]int64{a.Address(): 0}))
		})
		wantRevert(t, l.caf(t, b, d, 0, right, nil).err, "WrongStatus", map[string]any{"taskid": d.TaskID(0), "status": 3})
	})

	t.Run("refused", func(t *testing.T) {
		d2 := l.deal(t, l.terms(2), nil)
		wantRevert(t, l.caf(t, a, d2, 0, right, nil).err, "TrustTooHighForShortcut", map[string]any{"trust": 2})
		item := bindings.ContributeAndFinalizeItem{Index: idx(0), Worker: a.Address(), Digest: right, Results: resultsOf(right),
			CallbackData: []byte{}, WorkerSign: l.n.Contribution(a, d2.TaskID(0), right).WorkerSign}
		wantRevert(t, l.send(t, l.m.PoolOwner, chain.Hub.PackContributeAndFinalizeBatch(d2.ID, d2.Deal, []bindings.ContributeAndFinalizeItem{item})).err,
			"TrustTooHighForShortcut", nil)

		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 2, Trust: 1}, nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{a}, right).ok(t) // trust 1: consensus at once
		wantRevert(t, l.caf(t, b, d, 0, right, nil).err, "WrongStatus", map[string]any{"status": 2})
		wantRevert(t, l.caf(t, poor, d, 1, right, nil).err, "InsufficientBalance", map[string]any{"account": poor.Address(), "needed": 30})
		err := l.send(t, a, chain.Hub.PackContributeAndFinalize(d.ID, d.Deal, idx(1), right, resultsOf(right), []byte{},
			common.Address{}, []byte{}, l.n.Authorization(l.m.PoolOwner, b.Address(), d.TaskID(1)))).err
		wantRevert(t, err, "BadAuthorization", map[string]any{"worker": a.Address()})
		wantRevert(t, l.caf(t, a, d, 2, right, nil).err, "TaskOutOfRange", nil)
	})

	t.Run("relayed", func(t *testing.T) {
		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 4, Trust: 1}, nil)
		item := func(i int64, w *chain.Sender) bindings.ContributeAndFinalizeItem {
			tid := d.TaskID(i)
			digest := Digest(string(rune('a' + i)))
			return bindings.ContributeAndFinalizeItem{Index: idx(i), Worker: w.Address(), Digest: digest, Results: resultsOf(digest),
				CallbackData: []byte{}, WorkerSign: l.n.Contribution(w, tid, digest).WorkerSign}
		}
		batch := func(from *chain.Sender, items ...bindings.ContributeAndFinalizeItem) sent {
			return l.send(t, from, chain.Hub.PackContributeAndFinalizeBatch(d.ID, d.Deal, items))
		}
		forged := item(0, a)
		forged.Worker = b.Address() // a's signature, b's name
		wantRevert(t, batch(l.m.PoolOwner, forged).err, "BadWorkerSignature", map[string]any{"taskid": d.TaskID(0)})
		wantRevert(t, batch(a, item(0, a)).err, "NotScheduler", nil)
		wantRevert(t, batch(l.m.PoolOwner, item(0, a), item(0, b)).err, "WrongStatus", map[string]any{"status": 3})

		before := l.snapshot(t, parties(d, ws...)...)
		r := batch(l.m.PoolOwner, item(0, a), item(1, b), item(2, c)).ok(t)
		t.Logf("contributeAndFinalizeBatch(3) gas %d", r.GasUsed)
		var want []*poco.Settlement
		k := new(big.Int).Set(before.kitty)
		for i, w := range []*chain.Sender{a, b, c} {
			tid := d.TaskID(int64(i))
			digest := Digest(string(rune('a' + i)))
			task := l.task(t, d, int64(i))
			if task.Status != poco.StatusCompleted || task.Digest != digest {
				t.Errorf("task %d: %s %x", i, task.Status, task.Digest)
			}
			s := poco.EmptyState()
			poco.AddContribution(&s, w.Address(), poco.ResultHash(tid, digest), poco.ResultSeal(w.Address(), tid, digest), big.NewInt(2))
			s.Consensus = poco.ResultHash(tid, digest)
			s.Contributions[0].Status = poco.Revealed
			st := poco.Finalize(d.Deal, s, k, l.kittyMin(t), before.scoresOf())
			k.Add(k, st.Kitty)
			want = append(want, staked(d, w), st)
		}
		l.wantSettled(t, before, sum(want...))
		if l.status(t, d, 3) != poco.StatusUnset {
			t.Error("task 3 touched")
		}
	})
}
