package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// The hub keeps only a hash of each task's state; the state itself follows from the task's
// events. These functions rebuild it, so callers never handle that detail.

var taskEventIDs = []common.Hash{
	Hub.GetABI().Events["TaskContribute"].ID,
	Hub.GetABI().Events["TaskConsensus"].ID,
	Hub.GetABI().Events["TaskReveal"].ID,
	Hub.GetABI().Events["TaskReopen"].ID,
	Hub.GetABI().Events["TaskFinalize"].ID,
	Hub.GetABI().Events["TaskClaimed"].ID,
}

// Task is what the chain says about one task.
type Task struct {
	ID     common.Hash
	Status poco.Status
	// State is the state to pass back to the hub (empty for unset, completed and failed tasks
	// it is the last one seen).
	State bindings.TaskState
	// Digest and Results are set once the task completed.
	Digest  common.Hash
	Results string
}

// TaskFromLogs folds a task's logs, in chain order, into its state.
func TaskFromLogs(taskid common.Hash, logs []types.Log) (*Task, error) {
	t := &Task{ID: taskid, State: poco.EmptyState()}
	if err := t.Apply(logs); err != nil {
		return nil, err
	}
	return t, nil
}

// Apply folds the task's logs among logs (others are skipped), in chain order, into t: the
// scheduler uses it on the receipts of its own transactions to follow its tasks without
// reading their events again.
func (t *Task) Apply(logs []types.Log) error {
	taskid := t.ID
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) < 2 || l.Topics[1] != taskid {
			continue
		}
		switch l.Topics[0] {
		case taskEventIDs[0]:
			e, err := Hub.UnpackTaskContributeEvent(l)
			if err != nil {
				return fmt.Errorf("task %s: %w", taskid, err)
			}
			poco.AddContribution(&t.State, e.Worker, e.ResultHash, e.ResultSeal, e.Weight)
			t.Status = poco.StatusActive
		case taskEventIDs[1]:
			e, err := Hub.UnpackTaskConsensusEvent(l)
			if err != nil {
				return fmt.Errorf("task %s: %w", taskid, err)
			}
			// Consensus is on the contribution that was just made.
			if n := len(t.State.Contributions); n > 0 {
				t.State.Consensus = t.State.Contributions[n-1].ResultHash
			}
			t.State.RevealDeadline = e.RevealDeadline
			t.Status = poco.StatusRevealing
		case taskEventIDs[2]:
			e, err := Hub.UnpackTaskRevealEvent(l)
			if err != nil {
				return fmt.Errorf("task %s: %w", taskid, err)
			}
			for j := range t.State.Contributions {
				if t.State.Contributions[j].Worker == e.Worker {
					t.State.Contributions[j].Status = poco.Revealed
				}
			}
		case taskEventIDs[3]:
			if err := poco.Reopen(&t.State); err != nil {
				return fmt.Errorf("task %s: reopen: %w", taskid, err)
			}
			t.Status = poco.StatusActive
		case taskEventIDs[4]:
			e, err := Hub.UnpackTaskFinalizeEvent(l)
			if err != nil {
				return fmt.Errorf("task %s: %w", taskid, err)
			}
			t.Status, t.Digest, t.Results = poco.StatusCompleted, e.Digest, e.Results
		case taskEventIDs[5]:
			t.Status = poco.StatusFailed
		}
	}
	return nil
}

// Task reads a task's events (from block `from`, e.g. the deal's block) and rebuilds it, then
// checks the result against the hash the hub stores.
func (c *Client) Task(ctx context.Context, taskid common.Hash, from uint64) (*Task, error) {
	// Events and slot are read at the same block, or a transaction landing between the two
	// reads would make them disagree.
	head, err := c.Backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("task %s: read head: %w", taskid, err)
	}
	at := new(big.Int).SetUint64(head)
	logs, err := FilterLogs(ctx, c.Backend, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(min(from, head)),
		ToBlock:   at,
		Addresses: []common.Address{c.Deployment.Hub},
		Topics:    [][]common.Hash{taskEventIDs, {taskid}},
	})
	if err != nil {
		return nil, fmt.Errorf("task %s: read events: %w", taskid, err)
	}
	t, err := TaskFromLogs(taskid, logs)
	if err != nil {
		return nil, err
	}
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &c.Deployment.Hub, Data: Hub.PackTaskSlot(taskid)}, at)
	if err != nil {
		return nil, asRevert(err)
	}
	slot, err := Hub.UnpackTaskSlot(out)
	if err != nil {
		return nil, err
	}
	if got := poco.Status(slot.Uint64() & 0xff); got != t.Status {
		return nil, fmt.Errorf("task %s: the hub says %s but its events say %s (read from an earlier block?)", taskid, got, t.Status)
	}
	if t.Status == poco.StatusActive || t.Status == poco.StatusRevealing {
		h := poco.StateHash(t.State)
		if new(big.Int).Rsh(slot, 8).Cmp(new(big.Int).Rsh(h.Big(), 8)) != 0 {
			return nil, fmt.Errorf("task %s: state rebuilt from events does not match the hub's hash", taskid)
		}
	}
	return t, nil
}

// DealFromReceipt returns the deals a matchOrders receipt created.
func DealFromReceipt(r *types.Receipt) ([]*bindings.ErgonHubDealCreated, error) {
	var out []*bindings.ErgonHubDealCreated
	id := Hub.GetABI().Events["DealCreated"].ID
	for _, l := range r.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == id {
			e, err := Hub.UnpackDealCreatedEvent(l)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
	}
	return out, nil
}
