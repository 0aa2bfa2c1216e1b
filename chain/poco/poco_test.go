package poco

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain/bindings"
)

func b(x int64) *big.Int { return big.NewInt(x) }

func pow(base, exp int64) *big.Int { return new(big.Int).Exp(b(base), b(exp), nil) }

func addr(i int) common.Address { return common.BigToAddress(b(int64(0x1000 + i))) }

func digest(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

func TestWeight(t *testing.T) {
	cases := []struct {
		score *big.Int
		want  *big.Int
	}{
		{b(0), b(2)},
		{b(1), b(2)},
		{b(11), b(2)}, // floor(11/3) = 3 → 2
		{b(12), b(3)},
		{b(14), b(3)},
		{b(15), b(4)},
		{b(300), b(99)},
		{b(301), b(99)},
		{b(303), b(100)},
		{pow(2, 100), new(big.Int).Sub(new(big.Int).Div(pow(2, 100), b(3)), b(1))},
	}
	for _, c := range cases {
		t.Run(c.score.String(), func(t *testing.T) {
			if got := Weight(c.score); got.Cmp(c.want) != 0 {
				t.Errorf("Weight(%s) = %s, want %s", c.score, got, c.want)
			}
		})
	}
	t.Run("does not modify its argument", func(t *testing.T) {
		s := b(300)
		Weight(s)
		if s.Int64() != 300 {
			t.Errorf("score became %s", s)
		}
	})
}

func TestLog2(t *testing.T) {
	max256 := new(big.Int).Sub(pow(2, 256), b(1))
	cases := []struct {
		x    *big.Int
		want int64
	}{
		{b(0), 0}, {b(-5), 0}, {b(1), 0}, {b(2), 1}, {b(3), 1}, {b(4), 2}, {b(99), 6}, {b(255), 7}, {b(256), 8},
		{pow(2, 255), 255}, {max256, 255},
	}
	for _, c := range cases {
		t.Run(c.x.String(), func(t *testing.T) {
			if got := Log2(c.x); got.Int64() != c.want {
				t.Errorf("Log2(%s) = %s, want %d", c.x, got, c.want)
			}
		})
	}
}

// replicasNeeded is how many agreeing contributions of weight w reach consensus under trust,
// contribution by contribution as the hub checks it (0 when 64 do not suffice).
func replicasNeeded(w, trust *big.Int) int {
	group := new(big.Int)
	for k := 1; k <= 64; k++ {
		if group.Sign() == 0 {
			group.Set(w)
		} else {
			group.Mul(group, w)
		}
		if ConsensusReached(group, group, trust) {
			return k
		}
	}
	return 0
}

func TestConsensusReached(t *testing.T) {
	// PROTOCOL.md §7: with fresh, agreeing workers (weight 2), trust 1 and 2 need one
	// contribution, trust 5 three, trust 100 seven; more credible workers need fewer.
	replicas := []struct {
		weight, trust int64
		want          int
	}{
		{2, 0, 1}, // trust 0 is trust 1
		{2, 1, 1},
		{2, 2, 1},
		{2, 3, 2},
		{2, 4, 2},
		{2, 5, 3},
		{2, 8, 3},
		{2, 9, 4},
		{2, 100, 7},
		{2, 1 << 32, 32},
		{3, 5, 2}, // score 12
		{3, 100, 5},
		{4, 100, 4}, // score 15
		{99, 99, 1}, // score 300
		{99, 100, 2},
	}
	for _, c := range replicas {
		t.Run(fmt.Sprintf("weight %d trust %d", c.weight, c.trust), func(t *testing.T) {
			if got := replicasNeeded(b(c.weight), b(c.trust)); got != c.want {
				t.Errorf("%d replicas reach consensus, want %d", got, c.want)
			}
		})
	}
	// The inequality itself, at and around its edge: group × trust > (1 + total) × (trust − 1).
	edges := []struct {
		name                string
		group, total, trust int64
		want                bool
	}{
		{"first contribution, trust 1", 2, 2, 1, true},
		{"equality is not enough", 4, 4, 5, false},       // 20 > 20
		{"just above", 8, 8, 5, true},                    // 40 > 36
		{"a wrong group dilutes", 8, 10, 5, false},       // 40 > 44
		{"outweighing the wrong group", 16, 18, 5, true}, // 80 > 76
		{"two colluders against one", 4, 6, 3, false},    // 12 > 14
		{"zero group never wins", 0, 0, 2, false},
		{"trust 0 is trust 1", 1, 1000, 0, true},
	}
	for _, c := range edges {
		t.Run(c.name, func(t *testing.T) {
			if got := ConsensusReached(b(c.group), b(c.total), b(c.trust)); got != c.want {
				t.Errorf("ConsensusReached(%d, %d, %d) = %v, want %v", c.group, c.total, c.trust, got, c.want)
			}
		})
	}
}

// step is one contribution: worker i commits to digest d with weight w.
type step struct {
	worker int
	digest string
	weight int64
}

func TestContribute(t *testing.T) {
	taskid := digest("task")
	cases := []struct {
		name  string
		trust int64
		steps []step
		// consensusAt is the step that reaches consensus (-1: none); winners are the workers
		// whose contribution is on the consensus then.
		consensusAt int
		winners     []int
		total       int64
	}{
		{"trust 1", 1, []step{{0, "a", 2}}, 0, []int{0}, 2},
		{"trust 5, three agree", 5, []step{{0, "a", 2}, {1, "a", 2}, {2, "a", 2}}, 2, []int{0, 1, 2}, 8},
		{"trust 5, one wrong", 5, []step{{0, "a", 2}, {1, "a", 2}, {2, "b", 2}, {3, "a", 2}, {4, "a", 2}}, 4, []int{0, 1, 3, 4}, 18},
		{"trust 3, two colluders then honest", 3, []step{{0, "bad", 2}, {1, "bad", 2}, {2, "a", 2}, {3, "a", 2}, {4, "a", 2}}, 1, []int{0, 1}, 4},
		{"trust 5, two colluders lose", 5, []step{{0, "a", 2}, {1, "bad", 2}, {2, "bad", 2}, {3, "a", 2}, {4, "a", 2}, {5, "a", 2}, {6, "a", 2}}, 6, []int{0, 3, 4, 5, 6}, 36},
		{"trust 100, heavy workers", 100, []step{{0, "a", 3}, {1, "a", 3}, {2, "a", 3}, {3, "a", 3}, {4, "a", 3}}, 4, []int{0, 1, 2, 3, 4}, 243},
		{"trust 5, no consensus", 5, []step{{0, "a", 2}, {1, "b", 2}, {2, "c", 2}}, -1, nil, 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := EmptyState()
			for i, st := range c.steps {
				if i > c.consensusAt && c.consensusAt >= 0 {
					break
				}
				d := digest(st.digest)
				reached, err := Contribute(&s, addr(st.worker), ResultHash(taskid, d), ResultSeal(addr(st.worker), taskid, d), b(st.weight), b(c.trust), 100, 1000)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if reached != (i == c.consensusAt) {
					t.Fatalf("step %d: consensus %v", i, reached)
				}
			}
			if s.Total.Int64() != c.total {
				t.Errorf("total %s, want %d", s.Total, c.total)
			}
			if c.consensusAt < 0 {
				if s.Consensus != (common.Hash{}) || s.RevealDeadline.Sign() != 0 || StatusOf(s) != StatusActive {
					t.Errorf("consensus %x deadline %s", s.Consensus, s.RevealDeadline)
				}
				return
			}
			if StatusOf(s) != StatusRevealing || s.RevealDeadline.Int64() != 1000+2*100 {
				t.Errorf("status %s, reveal deadline %s", StatusOf(s), s.RevealDeadline)
			}
			winners, revealed := Winners(s)
			if winners != len(c.winners) || revealed != 0 {
				t.Errorf("winners %d revealed %d, want %d 0", winners, revealed, len(c.winners))
			}
			for _, w := range c.winners {
				var found bool
				for _, x := range s.Contributions {
					found = found || (x.Worker == addr(w) && x.ResultHash == s.Consensus)
				}
				if !found {
					t.Errorf("worker %d is not a winner", w)
				}
			}
		})
	}
}

func TestContributeErrors(t *testing.T) {
	taskid := digest("task")
	contribute := func(s *bindings.TaskState, w int, d string, trust int64) (bool, error) {
		return Contribute(s, addr(w), ResultHash(taskid, digest(d)), ResultSeal(addr(w), taskid, digest(d)), b(2), b(trust), 100, 0)
	}
	t.Run("already contributed", func(t *testing.T) {
		s := EmptyState()
		if _, err := contribute(&s, 0, "a", 5); err != nil {
			t.Fatal(err)
		}
		before := StateHash(s)
		if _, err := contribute(&s, 0, "b", 5); !errors.Is(err, ErrAlreadyContributed) {
			t.Fatalf("err %v", err)
		}
		if StateHash(s) != before {
			t.Error("a refused contribution changed the state")
		}
	})
	t.Run("not active after consensus", func(t *testing.T) {
		s := EmptyState()
		if ok, err := contribute(&s, 0, "a", 1); !ok || err != nil {
			t.Fatal(ok, err)
		}
		if _, err := contribute(&s, 1, "a", 1); !errors.Is(err, ErrNotActive) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("too many", func(t *testing.T) {
		s := EmptyState()
		for i := range MaxContributions {
			if ok, err := contribute(&s, i, fmt.Sprint(i), 100); ok || err != nil {
				t.Fatal(i, ok, err)
			}
		}
		if _, err := contribute(&s, MaxContributions, "x", 100); !errors.Is(err, ErrTooManyContributions) {
			t.Fatalf("err %v", err)
		}
		// The limit comes before the duplicate check, as in the hub.
		if _, err := contribute(&s, 0, "x", 100); !errors.Is(err, ErrTooManyContributions) {
			t.Fatalf("err %v", err)
		}
	})
}

// revealing returns a state where workers 0, 1, 2 agree on "a" (consensus at trust 3, reveal
// deadline 1200) and worker 3 had committed to "b" before.
func revealing(t *testing.T, taskid common.Hash) bindings.TaskState {
	t.Helper()
	s := EmptyState()
	for _, st := range []step{{3, "b", 2}, {0, "a", 2}, {1, "a", 2}, {2, "a", 2}} {
		d := digest(st.digest)
		if _, err := Contribute(&s, addr(st.worker), ResultHash(taskid, d), ResultSeal(addr(st.worker), taskid, d), b(st.weight), b(3), 100, 1000); err != nil {
			t.Fatal(err)
		}
	}
	if StatusOf(s) != StatusRevealing {
		t.Fatal("no consensus")
	}
	return s
}

func TestReveal(t *testing.T) {
	taskid := digest("task")
	good := digest("a")
	cases := []struct {
		name   string
		worker int
		digest common.Hash
		now    uint64
		prep   func(s *bindings.TaskState)
		want   error
	}{
		{name: "winner", worker: 0, digest: good, now: 1199},
		{name: "at the deadline", worker: 0, digest: good, now: 1200, want: ErrRevealDeadline},
		{name: "wrong digest", worker: 1, digest: digest("b"), now: 1100, want: ErrBadReveal},
		{name: "loser", worker: 3, digest: digest("b"), now: 1100, want: ErrNotAWinner},
		{name: "not a contributor", worker: 9, digest: good, now: 1100, want: ErrNotAWinner},
		{name: "twice", worker: 0, digest: good, now: 1100, want: ErrNotAWinner, prep: func(s *bindings.TaskState) {
			if err := Reveal(s, taskid, addr(0), good, 1100); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "not revealing", worker: 0, digest: good, now: 1100, want: ErrNotRevealing, prep: func(s *bindings.TaskState) {
			if err := Reopen(s); err != nil {
				t.Fatal(err)
			}
		}},
		{name: "another worker's digest is useless", worker: 2, digest: good, now: 1100, prep: func(s *bindings.TaskState) {
			// A seal binds the worker: a copied resultHash with the wrong seal does not reveal.
			s.Contributions[3].ResultSeal = ResultSeal(addr(0), taskid, good)
		}, want: ErrBadReveal},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := revealing(t, taskid)
			if c.prep != nil {
				c.prep(&s)
			}
			before := Clone(s)
			err := Reveal(&s, taskid, addr(c.worker), c.digest, c.now)
			if !errors.Is(err, c.want) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
			if c.want != nil {
				if StateHash(s) != StateHash(before) {
					t.Error("a refused reveal changed the state")
				}
				return
			}
			if w, r := Winners(s); w != 3 || r != 1 {
				t.Errorf("winners %d revealed %d", w, r)
			}
		})
	}
}

func TestReopen(t *testing.T) {
	taskid := digest("task")
	t.Run("rejects the winners", func(t *testing.T) {
		s := revealing(t, taskid)
		if err := Reopen(&s); err != nil {
			t.Fatal(err)
		}
		if s.Consensus != (common.Hash{}) || s.RevealDeadline.Sign() != 0 || StatusOf(s) != StatusActive {
			t.Errorf("consensus %x deadline %s", s.Consensus, s.RevealDeadline)
		}
		if s.Total.Int64() != 2 { // only the loser's group is left
			t.Errorf("total %s, want 2", s.Total)
		}
		for i, want := range []uint8{Contributed, Rejected, Rejected, Rejected} {
			if s.Contributions[i].Status != want {
				t.Errorf("contribution %d status %d, want %d", i, s.Contributions[i].Status, want)
			}
		}
		// Rejected contributions no longer count: the same digest starts a new group.
		rh := ResultHash(taskid, digest("a"))
		if g := GroupWeight(s, rh); g.Sign() != 0 {
			t.Errorf("group of the rejected hash %s", g)
		}
		if _, err := Contribute(&s, addr(0), rh, ResultSeal(addr(0), taskid, digest("a")), b(2), b(5), 100, 0); !errors.Is(err, ErrAlreadyContributed) {
			t.Errorf("a rejected worker contributes again: %v", err)
		}
		for i, w := range []int{4, 5, 6} {
			reached, err := Contribute(&s, addr(w), rh, ResultSeal(addr(w), taskid, digest("a")), b(2), b(3), 100, 2000)
			if err != nil || reached != (i == 2) {
				t.Fatalf("contribution %d: %v %v", i, reached, err)
			}
		}
		if w, _ := Winners(s); w != 3 {
			t.Errorf("%d winners after reopening, want 3", w)
		}
	})
	t.Run("not revealing", func(t *testing.T) {
		s := EmptyState()
		if err := Reopen(&s); !errors.Is(err, ErrNotRevealing) {
			t.Errorf("err %v", err)
		}
	})
	t.Run("has reveals", func(t *testing.T) {
		s := revealing(t, taskid)
		if err := Reveal(&s, taskid, addr(2), digest("a"), 1000); err != nil {
			t.Fatal(err)
		}
		if err := Reopen(&s); !errors.Is(err, ErrHasReveals) {
			t.Errorf("err %v", err)
		}
	})
}

// TestReopenRefusedKeepsState: Reopen refuses a task with a reveal, and must then leave the
// caller's state as it was (Contribute and Reveal do; the hub reverts the whole call).
func TestReopenRefusedKeepsState(t *testing.T) {
	taskid := digest("task")
	s := revealing(t, taskid) // contributions: 3 (lost), 0, 1, 2 (winners)
	if err := Reveal(&s, taskid, addr(2), digest("a"), 1000); err != nil {
		t.Fatal(err)
	}
	before := Clone(s)
	if err := Reopen(&s); !errors.Is(err, ErrHasReveals) {
		t.Fatalf("err %v", err)
	}
	for i, c := range s.Contributions {
		if c.Status != before.Contributions[i].Status {
			t.Errorf("contribution %d: status %d, was %d", i, c.Status, before.Contributions[i].Status)
		}
	}
	if StateHash(s) != StateHash(before) {
		t.Error("refused Reopen changed the state")
	}
}

func TestSparse(t *testing.T) {
	taskid := digest("task")
	s := revealing(t, taskid)
	sp := Sparse(s, taskid, digest("a"))
	if sp.Consensus != (common.Hash{}) {
		t.Error("consensus kept")
	}
	for i, c := range sp.Contributions {
		honest := i > 0
		if zero := c.ResultHash == (common.Hash{}) && c.ResultSeal == (common.Hash{}); zero != honest {
			t.Errorf("contribution %d: zeroed %v", i, zero)
		}
	}
	if StateHash(s) == StateHash(sp) {
		t.Error("sparse state hashes as the full one")
	}
	if s.Consensus == (common.Hash{}) || s.Contributions[1].ResultHash == (common.Hash{}) {
		t.Error("Sparse modified its argument")
	}
}

func TestStateHash(t *testing.T) {
	taskid := digest("task")
	s := revealing(t, taskid)
	h := StateHash(s)
	if StateHash(Clone(s)) != h {
		t.Fatal("a clone hashes differently")
	}
	// Every field is committed to.
	mutations := map[string]func(s *bindings.TaskState){
		"consensus":      func(s *bindings.TaskState) { s.Consensus[0] ^= 1 },
		"revealDeadline": func(s *bindings.TaskState) { s.RevealDeadline.Add(s.RevealDeadline, b(1)) },
		"total":          func(s *bindings.TaskState) { s.Total.Add(s.Total, b(1)) },
		"worker":         func(s *bindings.TaskState) { s.Contributions[1].Worker = addr(7) },
		"weight":         func(s *bindings.TaskState) { s.Contributions[1].Weight = b(3) },
		"resultHash":     func(s *bindings.TaskState) { s.Contributions[1].ResultHash[31] ^= 1 },
		"resultSeal":     func(s *bindings.TaskState) { s.Contributions[1].ResultSeal[31] ^= 1 },
		"status":         func(s *bindings.TaskState) { s.Contributions[1].Status = Revealed },
		"order": func(s *bindings.TaskState) {
			s.Contributions[0], s.Contributions[1] = s.Contributions[1], s.Contributions[0]
		},
		"one less": func(s *bindings.TaskState) { s.Contributions = s.Contributions[:3] },
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			c := Clone(s)
			mutate(&c)
			if StateHash(c) == h {
				t.Error("hash unchanged")
			}
		})
	}
	// A nil big.Int is zero, as the empty state's.
	if StateHash(bindings.TaskState{}) != StateHash(EmptyState()) {
		t.Error("nil fields hash differently from zeros")
	}
}

func TestIdentifiersAndDeadlines(t *testing.T) {
	dealid := digest("deal")
	want := crypto.Keccak256Hash(append(dealid.Bytes(), common.LeftPadBytes([]byte{7}, 32)...))
	if got := TaskID(dealid, b(7)); got != want {
		t.Errorf("TaskID %x, want %x", got, want)
	}
	w := addr(1)
	if ResultSeal(w, dealid, digest("a")) == ResultSeal(addr(2), dealid, digest("a")) {
		t.Error("the seal does not bind the worker")
	}
	d := bindings.Deal{StartTime: b(1000), TimeRef: b(100)}
	if ContributionDeadline(d) != 1700 || FinalDeadline(d) != 2000 {
		t.Errorf("deadlines %d %d", ContributionDeadline(d), FinalDeadline(d))
	}
}

// deal returns a deal whose parties are distinct made-up addresses.
func deal(appPrice, datasetPrice, poolPrice int64) bindings.Deal {
	return bindings.Deal{
		AppOwner: addr(100), AppPrice: b(appPrice), DatasetOwner: addr(101), DatasetPrice: b(datasetPrice),
		WorkerpoolOwner: addr(102), WorkerpoolPrice: b(poolPrice), Sponsor: addr(103), Requester: addr(103),
		Trust: b(5), StartTime: b(0), TimeRef: b(100), WorkerStake: b(poolPrice * 30 / 100), SchedulerRewardRatio: b(1),
	}
}

func wantDelta(t *testing.T, s *Settlement, who string, a common.Address, balance, frozen int64) {
	t.Helper()
	d := s.Accounts[a]
	if d == nil {
		if balance != 0 || frozen != 0 {
			t.Errorf("%s: no change, want %+d %+d", who, balance, frozen)
		}
		return
	}
	if d.Balance.Int64() != balance || d.Frozen.Int64() != frozen {
		t.Errorf("%s: balance %+d frozen %+d, want %+d %+d", who, d.Balance, d.Frozen, balance, frozen)
	}
}

// TestFinalizeSettlement checks poco.Finalize against hand-computed splits (PROTOCOL.md §8).
func TestFinalizeSettlement(t *testing.T) {
	taskid := digest("task")
	kittyMin := b(1_000_000_000)
	t.Run("three winners", func(t *testing.T) {
		s := revealing(t, taskid) // worker 3 lost
		for _, w := range []int{0, 1, 2} {
			if err := Reveal(&s, taskid, addr(w), digest("a"), 1000); err != nil {
				t.Fatal(err)
			}
		}
		scores := map[common.Address]*big.Int{addr(0): b(0), addr(1): b(14), addr(3): b(12)}
		st := Finalize(deal(7, 2, 100), s, b(0), kittyMin, scores)
		// pot = 100 + 30 (the loser's stake) = 130; workers get 130 × 99 / 100 = 128, each
		// winner 128 / 3 = 42; the pool owner keeps 130 − 126 = 4 and its stake of 30.
		for _, w := range []int{0, 1, 2} {
			wantDelta(t, st, fmt.Sprint("winner ", w), addr(w), 30+42, -30)
		}
		wantDelta(t, st, "loser", addr(3), 0, -30)
		wantDelta(t, st, "pool owner", addr(102), 30+4, -30)
		wantDelta(t, st, "sponsor", addr(103), 0, -109)
		wantDelta(t, st, "app owner", addr(100), 7, 0)
		wantDelta(t, st, "dataset owner", addr(101), 2, 0)
		if st.Kitty.Sign() != 0 {
			t.Errorf("kitty %s", st.Kitty)
		}
		for w, want := range map[int]int64{0: 1, 1: 15, 2: 1, 3: 8} {
			if got := st.Scores[addr(w)]; got == nil || got.Int64() != want {
				t.Errorf("score of %d: %v, want %d", w, got, want)
			}
		}
	})
	t.Run("shares follow log2 of the weight", func(t *testing.T) {
		s := EmptyState()
		for _, st := range []step{{0, "a", 4}, {1, "a", 2}} {
			AddContribution(&s, addr(st.worker), ResultHash(taskid, digest("a")), ResultSeal(addr(st.worker), taskid, digest("a")), b(st.weight))
		}
		s.Consensus = ResultHash(taskid, digest("a"))
		s.Contributions[0].Status, s.Contributions[1].Status = Revealed, Revealed
		st := Finalize(deal(0, 0, 1000), s, b(0), kittyMin, nil)
		// 990 to the workers: 990 × 2 / 3 = 660 and 990 × 1 / 3 = 330; 10 to the scheduler.
		wantDelta(t, st, "weight 4", addr(0), 300+660, -300)
		wantDelta(t, st, "weight 2", addr(1), 300+330, -300)
		wantDelta(t, st, "pool owner", addr(102), 300+10, -300)
	})
	t.Run("single contribution keeps its score", func(t *testing.T) {
		s := EmptyState()
		AddContribution(&s, addr(0), ResultHash(taskid, digest("a")), ResultSeal(addr(0), taskid, digest("a")), b(2))
		s.Contributions[0].Status = Revealed
		st := Finalize(deal(0, 0, 100), s, b(0), kittyMin, map[common.Address]*big.Int{addr(0): b(5)})
		if got := st.Scores[addr(0)]; got.Int64() != 5 {
			t.Errorf("score %s, want 5", got)
		}
		wantDelta(t, st, "worker", addr(0), 30+99, -30)
		wantDelta(t, st, "pool owner", addr(102), 30+1, -30)
	})
	kitties := []struct {
		name         string
		kitty, share int64
	}{
		{"kitty below the minimum is emptied", 30, 30},
		{"the minimum", 3_000_000_000, 1_000_000_000},
		{"ten percent", 30_000_000_000, 3_000_000_000},
	}
	for _, k := range kitties {
		t.Run(k.name, func(t *testing.T) {
			s := EmptyState()
			AddContribution(&s, addr(0), ResultHash(taskid, digest("a")), ResultSeal(addr(0), taskid, digest("a")), b(2))
			s.Contributions[0].Status = Revealed
			st := Finalize(deal(0, 0, 100), s, b(k.kitty), kittyMin, nil)
			if st.Kitty.Int64() != -k.share {
				t.Errorf("kitty change %s, want %d", st.Kitty, -k.share)
			}
			wantDelta(t, st, "pool owner", addr(102), 30+1+k.share, -30)
		})
	}
}

func TestClaimSettlement(t *testing.T) {
	s := revealing(t, digest("task"))
	st := Claim(deal(7, 2, 100), s)
	wantDelta(t, st, "sponsor", addr(103), 109, -109)
	wantDelta(t, st, "pool owner", addr(102), 0, -30)
	for w := range 4 {
		wantDelta(t, st, fmt.Sprint("worker ", w), addr(w), 30, -30)
	}
	if st.Kitty.Int64() != 30 {
		t.Errorf("kitty %s, want +30", st.Kitty)
	}
	if len(st.Scores) != 0 {
		t.Errorf("scores changed: %v", st.Scores)
	}
}

// FuzzContribute drives a task through random contributions, reveals and reopenings and checks
// the invariants the hub relies on: total is the sum of the live groups' weights, consensus is
// declared exactly when the contribution's group passes the bar, refused transitions leave the
// state untouched, and a clone hashes as its original.
func FuzzContribute(f *testing.F) {
	f.Add([]byte{5, 0, 0, 1, 0, 2, 0}, uint8(5))
	f.Add([]byte{0, 1, 1, 1, 2, 2, 3, 1, 4, 1, 200, 0, 5, 1}, uint8(3))
	f.Add([]byte{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8}, uint8(100))
	f.Fuzz(func(t *testing.T, ops []byte, trust8 uint8) {
		taskid := digest("task")
		trust := b(int64(trust8))
		s := EmptyState()
		var now uint64 = 1000
		for i := 0; i+1 < len(ops); i += 2 {
			op, arg := ops[i], ops[i+1]
			before := Clone(s)
			var err error
			switch {
			case op < 200: // contribute: worker op%40, digest arg%3, weight from the worker
				w := int(op % 40)
				d := digest(fmt.Sprint(arg % 3))
				rh := ResultHash(taskid, d)
				weight := b(2 + int64(w%3))
				var reached bool
				reached, err = Contribute(&s, addr(w), rh, ResultSeal(addr(w), taskid, d), weight, trust, 100, now)
				if err == nil {
					g := GroupWeight(s, rh)
					if want := ConsensusReached(g, s.Total, trust); reached != want {
						t.Fatalf("consensus %v, want %v (group %s total %s)", reached, want, g, s.Total)
					}
				}
			case op < 230: // reveal by worker arg%40 of digest 0
				err = Reveal(&s, taskid, addr(int(arg%40)), digest("0"), now)
			default:
				err = Reopen(&s)
			}
			now++
			// A refused Reopen may leave the state half-done: TestReopenRefusedKeepsState.
			if err != nil && !errors.Is(err, ErrHasReveals) && StateHash(s) != StateHash(before) {
				t.Fatalf("op %d failed (%v) but changed the state", i/2, err)
			}
			// total = Σ over distinct live hashes of their group weight.
			sum := new(big.Int)
			seen := map[common.Hash]bool{}
			for _, c := range s.Contributions {
				if c.Status == Rejected || seen[c.ResultHash] {
					continue
				}
				seen[c.ResultHash] = true
				sum.Add(sum, GroupWeight(s, c.ResultHash))
			}
			if sum.Cmp(s.Total) != 0 {
				t.Fatalf("total %s, groups sum to %s", s.Total, sum)
			}
			if len(s.Contributions) > MaxContributions {
				t.Fatalf("%d contributions", len(s.Contributions))
			}
			if StateHash(Clone(s)) != StateHash(s) {
				t.Fatal("clone hashes differently")
			}
		}
	})
}
