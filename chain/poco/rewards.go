package poco

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

// Delta is how one account changes: free balance and locked amount, in token units.
type Delta struct {
	Balance *big.Int
	Frozen  *big.Int
}

// Settlement is what finalizing (or claiming) a task does to every account, the kitty and the
// worker scores, computed as the hub does (PROTOCOL.md §8).
type Settlement struct {
	Accounts map[common.Address]*Delta
	Kitty    *big.Int                    // change of the kitty
	Scores   map[common.Address]*big.Int // new score of each contributor, given their old scores
}

func newSettlement() *Settlement {
	return &Settlement{Accounts: map[common.Address]*Delta{}, Kitty: new(big.Int), Scores: map[common.Address]*big.Int{}}
}

func (s *Settlement) add(a common.Address, balance, frozen *big.Int) {
	d, ok := s.Accounts[a]
	if !ok {
		d = &Delta{Balance: new(big.Int), Frozen: new(big.Int)}
		s.Accounts[a] = d
	}
	d.Balance.Add(d.Balance, balance)
	d.Frozen.Add(d.Frozen, frozen)
}

// TaskPrice is what the payer locked per task: app + dataset + workerpool price.
func TaskPrice(d bindings.Deal) *big.Int {
	p := new(big.Int).Add(d.AppPrice, d.DatasetPrice)
	return p.Add(p, d.WorkerpoolPrice)
}

// PoolStake is what the pool owner locked per task.
func PoolStake(d bindings.Deal) *big.Int {
	s := new(big.Int).Mul(d.WorkerpoolPrice, big.NewInt(WorkerpoolStakeRatio))
	return s.Div(s, big.NewInt(100))
}

// Finalize computes the settlement of a completed task whose state is s (reveals applied),
// given the kitty before and the contributors' scores before.
func Finalize(d bindings.Deal, s bindings.TaskState, kitty, kittyMin *big.Int, scores map[common.Address]*big.Int) *Settlement {
	out := newSettlement()
	n := len(s.Contributions)
	stake := d.WorkerStake
	pot := new(big.Int).Set(d.WorkerpoolPrice)
	totalLog := new(big.Int)
	for _, c := range s.Contributions {
		if c.Status == Revealed {
			totalLog.Add(totalLog, Log2(c.Weight))
		} else {
			pot.Add(pot, stake)
		}
	}
	workersPot := new(big.Int).Mul(pot, new(big.Int).Sub(big.NewInt(100), d.SchedulerRewardRatio))
	workersPot.Div(workersPot, big.NewInt(100))
	neg := new(big.Int).Neg(stake)
	for _, c := range s.Contributions {
		old := scores[c.Worker]
		if old == nil {
			old = new(big.Int)
		}
		if c.Status == Revealed {
			share := new(big.Int).Mul(workersPot, Log2(c.Weight))
			share.Div(share, totalLog)
			pot.Sub(pot, share)
			out.add(c.Worker, new(big.Int).Add(stake, share), neg)
			if n > 1 {
				out.Scores[c.Worker] = new(big.Int).Add(old, big.NewInt(1))
			} else {
				out.Scores[c.Worker] = new(big.Int).Set(old)
			}
		} else {
			out.add(c.Worker, new(big.Int), neg)
			sc := new(big.Int).Mul(old, big.NewInt(2))
			out.Scores[c.Worker] = sc.Div(sc, big.NewInt(3))
		}
	}
	out.add(d.Sponsor, new(big.Int), new(big.Int).Neg(TaskPrice(d)))
	out.add(d.AppOwner, d.AppPrice, new(big.Int))
	if d.DatasetPrice.Sign() != 0 {
		out.add(d.DatasetOwner, d.DatasetPrice, new(big.Int))
	}
	if kitty.Sign() != 0 {
		share := new(big.Int).Mul(kitty, big.NewInt(KittyRatio))
		share.Div(share, big.NewInt(100))
		if share.Cmp(kittyMin) < 0 {
			share.Set(kittyMin)
		}
		if share.Cmp(kitty) > 0 {
			share.Set(kitty)
		}
		out.Kitty.Neg(share)
		pot.Add(pot, share)
	}
	ps := PoolStake(d)
	out.add(d.WorkerpoolOwner, new(big.Int).Add(ps, pot), new(big.Int).Neg(ps))
	return out
}

// Claim computes the settlement of a task claimed after its final deadline.
func Claim(d bindings.Deal, s bindings.TaskState) *Settlement {
	out := newSettlement()
	price := TaskPrice(d)
	out.add(d.Sponsor, price, new(big.Int).Neg(price))
	ps := PoolStake(d)
	out.add(d.WorkerpoolOwner, new(big.Int), new(big.Int).Neg(ps))
	out.Kitty.Set(ps)
	for _, c := range s.Contributions {
		out.add(c.Worker, d.WorkerStake, new(big.Int).Neg(d.WorkerStake))
	}
	return out
}
