// Package poco is the Proof-of-Contribution arithmetic of PROTOCOL.md §3 and §5–§8, without
// I/O: identifiers, deadlines, credibility weights and consensus, task-state transitions and
// reward splits. It mirrors the contracts exactly (contracts/src/hub/Poco.sol): the scheduler uses
// it to decide replication and to build the task states it sends back to the hub, and tests
// check the contracts against it.
package poco

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain/bindings"
)

// Protocol constants; the same values as HubBase.sol.
const (
	WorkerpoolStakeRatio      = 30
	ContributionDeadlineRatio = 7
	FinalDeadlineRatio        = 10
	RevealDeadlineRatio       = 2
	KittyRatio                = 10
	CallbackGas               = 100_000
	MaxContributions          = 32
)

// MaxTrust is the highest trust a request may ask for.
var MaxTrust = new(big.Int).Lsh(big.NewInt(1), 32)

// TagTEE is tag bit 0: the deal runs in a TEE.
var TagTEE = common.BigToHash(big.NewInt(1))

// Status is a task's status, the low byte of its storage slot.
type Status uint8

const (
	StatusUnset Status = iota
	StatusActive
	StatusRevealing
	StatusCompleted
	StatusFailed
)

func (s Status) String() string {
	switch s {
	case StatusUnset:
		return "unset"
	case StatusActive:
		return "active"
	case StatusRevealing:
		return "revealing"
	case StatusCompleted:
		return "completed"
	case StatusFailed:
		return "failed"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Contribution status.
const (
	Contributed uint8 = 1
	Revealed    uint8 = 2
	Rejected    uint8 = 3
)

// Errors of the state transitions; each matches a revert of the hub.
var (
	ErrAlreadyContributed   = errors.New("worker already contributed to this task")
	ErrTooManyContributions = errors.New("task has the maximum number of contributions")
	ErrNotRevealing         = errors.New("task is not waiting for reveals")
	ErrNotActive            = errors.New("task is not collecting contributions")
	ErrNotAWinner           = errors.New("worker is not a winner that can reveal")
	ErrBadReveal            = errors.New("digest does not match the worker's commitment")
	ErrRevealDeadline       = errors.New("reveal deadline passed")
	ErrHasReveals           = errors.New("a winner revealed: the task cannot be reopened")
)

// TaskID is keccak256(dealid, index).
func TaskID(dealid common.Hash, index *big.Int) common.Hash {
	return crypto.Keccak256Hash(dealid[:], common.BigToHash(index).Bytes())
}

// DealID is keccak256(requestHash, volume of the request consumed before the deal).
func DealID(requestHash common.Hash, consumedBefore *big.Int) common.Hash {
	return crypto.Keccak256Hash(requestHash[:], common.BigToHash(consumedBefore).Bytes())
}

// ResultHash is keccak256(taskid, digest): what a contribution commits to and consensus is on.
func ResultHash(taskid, digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(taskid[:], digest[:])
}

// ResultSeal is keccak256(worker, taskid, digest): binds the commitment to the worker.
func ResultSeal(worker common.Address, taskid, digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(worker[:], taskid[:], digest[:])
}

// Weight is a worker's credibility weight: max(floor(score/3), 3) - 1.
func Weight(score *big.Int) *big.Int {
	w := new(big.Int).Div(score, big.NewInt(3))
	if w.Cmp(big.NewInt(3)) < 0 {
		w.SetInt64(3)
	}
	return w.Sub(w, big.NewInt(1))
}

// Log2 is floor(log2(x)) for x > 0, as OpenZeppelin's Math.log2.
func Log2(x *big.Int) *big.Int {
	if x.Sign() <= 0 {
		return new(big.Int)
	}
	return big.NewInt(int64(x.BitLen() - 1))
}

// ConsensusReached reports whether a group of weight `group` wins under `trust` when the task's
// groups sum to `total`: group × trust > (1 + total) × (trust − 1).
func ConsensusReached(group, total, trust *big.Int) bool {
	t := trust
	if t.Sign() == 0 {
		t = big.NewInt(1)
	}
	lhs := new(big.Int).Mul(group, t)
	rhs := new(big.Int).Add(total, big.NewInt(1))
	rhs.Mul(rhs, new(big.Int).Sub(t, big.NewInt(1)))
	return lhs.Cmp(rhs) > 0
}

// EmptyState is the state of a task nobody contributed to yet.
func EmptyState() bindings.TaskState {
	return bindings.TaskState{RevealDeadline: new(big.Int), Total: new(big.Int), Contributions: []bindings.Contribution{}}
}

// Clone returns a deep copy of s, so transitions can be tried without touching the original.
func Clone(s bindings.TaskState) bindings.TaskState {
	c := bindings.TaskState{
		Consensus:      s.Consensus,
		RevealDeadline: bigOrZero(s.RevealDeadline),
		Total:          bigOrZero(s.Total),
		Contributions:  make([]bindings.Contribution, len(s.Contributions)),
	}
	for i, x := range s.Contributions {
		x.Weight = bigOrZero(x.Weight)
		c.Contributions[i] = x
	}
	return c
}

// StatusOf is the status the hub stores with a state (once the task has been contributed to).
func StatusOf(s bindings.TaskState) Status {
	if s.Consensus == (common.Hash{}) {
		return StatusActive
	}
	return StatusRevealing
}

// StateHash is the commitment the hub stores (its high 248 bits):
// keccak256(abi.encode(consensus, revealDeadline, total, keccak256(records))) where the records
// are the contributions' ABI encoding, five words each (worker, weight, resultHash, resultSeal,
// status), concatenated.
func StateHash(s bindings.TaskState) common.Hash {
	records := make([]byte, 0, 160*len(s.Contributions))
	for _, c := range s.Contributions {
		records = append(records, common.LeftPadBytes(c.Worker[:], 32)...)
		records = append(records, math.U256Bytes(bigOrZero(c.Weight))...)
		records = append(records, c.ResultHash[:]...)
		records = append(records, c.ResultSeal[:]...)
		records = append(records, common.LeftPadBytes([]byte{c.Status}, 32)...)
	}
	rh := crypto.Keccak256Hash(records)
	return crypto.Keccak256Hash(s.Consensus[:], math.U256Bytes(bigOrZero(s.RevealDeadline)),
		math.U256Bytes(bigOrZero(s.Total)), rh[:])
}

// GroupWeight is the product of the weights of the non-rejected contributions on resultHash,
// or zero when there is none.
func GroupWeight(s bindings.TaskState, resultHash common.Hash) *big.Int {
	g := new(big.Int)
	for _, c := range s.Contributions {
		if c.ResultHash != resultHash || c.Status == Rejected {
			continue
		}
		if g.Sign() == 0 {
			g.Set(c.Weight)
		} else {
			g.Mul(g, c.Weight)
		}
	}
	return g
}

// Contribute adds a worker's commitment of weight `weight` to s, as the hub does, and reports
// whether it brought consensus (s then holds the consensus and the reveal deadline).
func Contribute(s *bindings.TaskState, worker common.Address, resultHash, resultSeal common.Hash, weight, trust *big.Int, timeRef, now uint64) (bool, error) {
	if s.Consensus != (common.Hash{}) {
		return false, ErrNotActive
	}
	if len(s.Contributions) >= MaxContributions {
		return false, ErrTooManyContributions
	}
	for _, c := range s.Contributions {
		if c.Worker == worker {
			return false, ErrAlreadyContributed
		}
	}
	newGroup := AddContribution(s, worker, resultHash, resultSeal, weight)
	if ConsensusReached(newGroup, s.Total, trust) {
		s.Consensus = resultHash
		s.RevealDeadline = new(big.Int).SetUint64(now + timeRef*RevealDeadlineRatio)
		return true, nil
	}
	return false, nil
}

// AddContribution appends a contribution and updates the total weight, without the checks and
// the consensus test of Contribute (for rebuilding a state from events). It returns the new
// weight of the contribution's group.
func AddContribution(s *bindings.TaskState, worker common.Address, resultHash, resultSeal common.Hash, weight *big.Int) *big.Int {
	group := GroupWeight(*s, resultHash)
	newGroup := new(big.Int).Set(weight)
	if group.Sign() != 0 {
		newGroup.Mul(newGroup, group)
	}
	s.Total = new(big.Int).Add(bigOrZero(s.Total), newGroup)
	s.Total.Sub(s.Total, group)
	s.Contributions = append(s.Contributions, bindings.Contribution{
		Worker: worker, Weight: new(big.Int).Set(weight), ResultHash: resultHash, ResultSeal: resultSeal, Status: Contributed,
	})
	return newGroup
}

// Reveal marks worker's winning contribution revealed after checking digest against it.
func Reveal(s *bindings.TaskState, taskid common.Hash, worker common.Address, digest common.Hash, now uint64) error {
	if s.Consensus == (common.Hash{}) {
		return ErrNotRevealing
	}
	if now >= s.RevealDeadline.Uint64() {
		return ErrRevealDeadline
	}
	for i := range s.Contributions {
		c := &s.Contributions[i]
		if c.Worker != worker {
			continue
		}
		if c.Status != Contributed || c.ResultHash != s.Consensus {
			return ErrNotAWinner
		}
		if ResultHash(taskid, digest) != c.ResultHash || ResultSeal(worker, taskid, digest) != c.ResultSeal {
			return ErrBadReveal
		}
		c.Status = Revealed
		return nil
	}
	return ErrNotAWinner
}

// Reopen rejects the winners of a consensus nobody revealed and reopens contributions. On
// error s is left as it was.
func Reopen(s *bindings.TaskState) error {
	if s.Consensus == (common.Hash{}) {
		return ErrNotRevealing
	}
	for _, c := range s.Contributions {
		if c.Status == Revealed {
			return ErrHasReveals
		}
	}
	group := new(big.Int)
	for i := range s.Contributions {
		c := &s.Contributions[i]
		if c.Status == Contributed && c.ResultHash == s.Consensus {
			c.Status = Rejected
			if group.Sign() == 0 {
				group.Set(c.Weight)
			} else {
				group.Mul(group, c.Weight)
			}
		}
	}
	s.Total = new(big.Int).Sub(s.Total, group)
	s.Consensus = common.Hash{}
	s.RevealDeadline = new(big.Int)
	return nil
}

// Sparse returns s with the consensus, and the resultHash and resultSeal of every contribution,
// that the digest gives (the honest winners) set to zero: calls that carry the digest (reveals,
// finalizations) accept such a state and fill them back, which saves calldata.
func Sparse(s bindings.TaskState, taskid, digest common.Hash) bindings.TaskState {
	out := Clone(s)
	rh := ResultHash(taskid, digest)
	if out.Consensus == rh {
		out.Consensus = common.Hash{}
	}
	for i := range out.Contributions {
		c := &out.Contributions[i]
		if c.ResultHash == rh && c.ResultSeal == ResultSeal(c.Worker, taskid, digest) {
			c.ResultHash, c.ResultSeal = common.Hash{}, common.Hash{}
		}
	}
	return out
}

// Winners counts the contributions on the consensus that were not rejected, and those revealed.
func Winners(s bindings.TaskState) (winners, revealed int) {
	for _, c := range s.Contributions {
		switch {
		case c.Status == Revealed:
			winners++
			revealed++
		case c.Status == Contributed && c.ResultHash == s.Consensus:
			winners++
		}
	}
	return winners, revealed
}

// ContributionDeadline, FinalDeadline: unix times counted from the deal's start.
func ContributionDeadline(d bindings.Deal) uint64 {
	return d.StartTime.Uint64() + d.TimeRef.Uint64()*ContributionDeadlineRatio
}

func FinalDeadline(d bindings.Deal) uint64 {
	return d.StartTime.Uint64() + d.TimeRef.Uint64()*FinalDeadlineRatio
}

func bigOrZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(x)
}
