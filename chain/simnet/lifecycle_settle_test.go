package simnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// ledger is a snapshot of some accounts, their scores and the kitty.
type ledger struct {
	balance, frozen, score map[common.Address]*big.Int
	kitty                  *big.Int
}

// snapshot reads the accounts and scores of addrs, and the kitty.
func (l *life) snapshot(t *testing.T, addrs ...common.Address) ledger {
	t.Helper()
	s := ledger{balance: map[common.Address]*big.Int{}, frozen: map[common.Address]*big.Int{}, score: map[common.Address]*big.Int{}}
	for _, a := range addrs {
		s.balance[a], s.frozen[a] = account(t, l.n, a)
		s.score[a] = l.score(t, a)
	}
	k, err := l.n.Kitty(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	s.kitty = k
	return s
}

// parties are the accounts a deal's settlement may touch, and its contributors.
func parties(d *Deal, ws ...*chain.Sender) []common.Address {
	out := []common.Address{d.Deal.AppOwner, d.Deal.WorkerpoolOwner, d.Deal.Sponsor, d.Deal.Requester}
	if d.Deal.DatasetOwner != (common.Address{}) {
		out = append(out, d.Deal.DatasetOwner)
	}
	for _, w := range ws {
		out = append(out, w.Address())
	}
	return out
}

// scoresOf is the ledger's scores, as poco.Finalize takes them.
func (s ledger) scoresOf() map[common.Address]*big.Int {
	out := map[common.Address]*big.Int{}
	for a, v := range s.score {
		out[a] = new(big.Int).Set(v)
	}
	return out
}

// wantSettled checks that every account of `before` moved by what want says (nothing when want
// does not name it), that the kitty moved by want.Kitty and that the scores are want.Scores
// (unchanged for the others).
func (l *life) wantSettled(t *testing.T, before ledger, want *poco.Settlement) {
	t.Helper()
	after := l.snapshot(t, keys(before.balance)...)
	for a := range want.Accounts {
		if _, ok := before.balance[a]; !ok {
			t.Errorf("settlement touches %s, which the test did not watch", a)
		}
	}
	for a := range before.balance {
		db := new(big.Int).Sub(after.balance[a], before.balance[a])
		df := new(big.Int).Sub(after.frozen[a], before.frozen[a])
		wb, wf := new(big.Int), new(big.Int)
		if d := want.Accounts[a]; d != nil {
			wb, wf = d.Balance, d.Frozen
		}
		if db.Cmp(wb) != 0 || df.Cmp(wf) != 0 {
			t.Errorf("account %s: balance %+d frozen %+d, want %+d %+d", a, db, df, wb, wf)
		}
		ws := before.score[a]
		if s := want.Scores[a]; s != nil {
			ws = s
		}
		if after.score[a].Cmp(ws) != 0 {
			t.Errorf("score of %s: %s, want %s (was %s)", a, after.score[a], ws, before.score[a])
		}
	}
	if dk := new(big.Int).Sub(after.kitty, before.kitty); dk.Cmp(want.Kitty) != 0 {
		t.Errorf("kitty %+d, want %+d", dk, want.Kitty)
	}
}

// delta is an expected change, written as literals in the tests.
type delta struct{ balance, frozen int64 }

// settlement turns literal expectations into a poco.Settlement for wantSettled.
func settlement(kitty int64, deltas map[common.Address]delta, scores map[common.Address]int64) *poco.Settlement {
	s := &poco.Settlement{Accounts: map[common.Address]*poco.Delta{}, Kitty: big.NewInt(kitty), Scores: map[common.Address]*big.Int{}}
	for a, d := range deltas {
		s.Accounts[a] = &poco.Delta{Balance: big.NewInt(d.balance), Frozen: big.NewInt(d.frozen)}
	}
	for a, v := range scores {
		s.Scores[a] = big.NewInt(v)
	}
	return s
}

// sum adds settlements of tasks settled in one transaction (scores: the later one wins).
func sum(ss ...*poco.Settlement) *poco.Settlement {
	out := &poco.Settlement{Accounts: map[common.Address]*poco.Delta{}, Kitty: new(big.Int), Scores: map[common.Address]*big.Int{}}
	for _, s := range ss {
		for a, d := range s.Accounts {
			o := out.Accounts[a]
			if o == nil {
				o = &poco.Delta{Balance: new(big.Int), Frozen: new(big.Int)}
				out.Accounts[a] = o
			}
			o.Balance.Add(o.Balance, d.Balance)
			o.Frozen.Add(o.Frozen, d.Frozen)
		}
		out.Kitty.Add(out.Kitty, s.Kitty)
		for a, v := range s.Scores {
			out.Scores[a] = v
		}
	}
	return out
}

func keys[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	return out
}

// withReveals is s after the workers reveal digest at time now, as poco mirrors it.
func withReveals(t *testing.T, s bindings.TaskState, taskid, digest common.Hash, now uint64, ws ...*chain.Sender) bindings.TaskState {
	t.Helper()
	out := poco.Clone(s)
	for _, w := range ws {
		if err := poco.Reveal(&out, taskid, w.Address(), digest, now); err != nil {
			t.Fatalf("poco.Reveal by %s: %v", w.Address(), err)
		}
	}
	return out
}

// staked is what contributing does to the workers' accounts: the deal's stake locked.
func staked(d *Deal, ws ...*chain.Sender) *poco.Settlement {
	out := &poco.Settlement{Accounts: map[common.Address]*poco.Delta{}, Kitty: new(big.Int), Scores: map[common.Address]*big.Int{}}
	for _, w := range ws {
		out.Accounts[w.Address()] = &poco.Delta{Balance: new(big.Int).Neg(d.Deal.WorkerStake), Frozen: new(big.Int).Set(d.Deal.WorkerStake)}
	}
	return out
}

// kittyMin reads the hub's kittyMin.
func (l *life) kittyMin(t *testing.T) *big.Int {
	t.Helper()
	out, err := l.n.Client.Call(t.Context(), l.n.D.Hub, chain.Hub.PackKittyMin())
	if err != nil {
		t.Fatal(err)
	}
	k, err := chain.Hub.UnpackKittyMin(out)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
