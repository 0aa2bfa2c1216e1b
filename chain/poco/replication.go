package poco

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

// ReplicasNeeded is how many more workers a task needs for consensus, the scheduler's
// replication decision (PROTOCOL.md §7). It is optimistic, so it never over-provisions: the
// replicas already handed out (pending, by their workers' weights) are counted as if they will
// agree with the most credible result so far, and so are the new ones, each of weight next (the
// weight of the workers the scheduler expects to use). It never starves either: once results
// disagree, the groups change and the next call asks for more. Zero means consensus is reached
// or will be if the pending replicas agree; the answer is capped by MaxContributions.
func ReplicasNeeded(s bindings.TaskState, pending []*big.Int, next, trust *big.Int) int {
	if s.Consensus != (common.Hash{}) {
		return 0
	}
	// The leading group: the heaviest result hash among the non-rejected contributions.
	group := new(big.Int)
	seen := map[common.Hash]bool{}
	for _, c := range s.Contributions {
		if c.Status == Rejected || seen[c.ResultHash] {
			continue
		}
		seen[c.ResultHash] = true
		if g := GroupWeight(s, c.ResultHash); g.Cmp(group) > 0 {
			group = g
		}
	}
	total := new(big.Int).Set(bigOrZero(s.Total))
	join := func(w *big.Int) {
		grown := new(big.Int).Set(w)
		if group.Sign() != 0 {
			grown.Mul(grown, group)
		}
		total.Add(total, grown).Sub(total, group)
		group = grown
	}
	for _, w := range pending {
		join(w)
	}
	room := MaxContributions - len(s.Contributions) - len(pending)
	need := 0
	for !(group.Sign() != 0 && ConsensusReached(group, total, trust)) {
		if need >= room {
			return max(room, 0)
		}
		join(next)
		need++
	}
	return need
}
