package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// Finding deals and tasks by id, for people who hold only an id (`ergon deal show`,
// `ergon task show`): the hub stores hashes, the events hold the rest.

var (
	// ErrUnknownDeal: no DealCreated event of the hub names the deal id.
	ErrUnknownDeal = errors.New("unknown deal")
	// ErrUnknownTask: no deal of the hub has a task with that id.
	ErrUnknownTask = errors.New("unknown task")
)

// logRange bounds the block range of one eth_getLogs when scanning the whole history.
const logRange = 50_000

var dealCreatedID = Hub.GetABI().Events["DealCreated"].ID

// DealInfo is a deal as its DealCreated event gave it.
type DealInfo struct {
	ID   common.Hash
	Deal bindings.Deal
	// Block and Tx are where the deal was created.
	Block uint64
	Tx    common.Hash
	// The hashes of the four orders the deal consumed (DatasetOrder zero without a dataset).
	AppOrder, DatasetOrder, WorkerpoolOrder, RequestOrder common.Hash
	// Params is the request's params (JSON, see api.Params).
	Params string
}

// TaskIDs lists the deal's task ids in index order.
func (d *DealInfo) TaskIDs() []common.Hash {
	first, size := d.Deal.BotFirst.Uint64(), d.Deal.BotSize.Uint64()
	ids := make([]common.Hash, 0, size)
	for i := first; i < first+size; i++ {
		ids = append(ids, poco.TaskID(d.ID, new(big.Int).SetUint64(i)))
	}
	return ids
}

// TaskIndex returns the index of taskid in the deal's bag.
func (d *DealInfo) TaskIndex(taskid common.Hash) (uint64, bool) {
	first, size := d.Deal.BotFirst.Uint64(), d.Deal.BotSize.Uint64()
	for i := first; i < first+size; i++ {
		if poco.TaskID(d.ID, new(big.Int).SetUint64(i)) == taskid {
			return i, true
		}
	}
	return 0, false
}

func dealFromLog(l *types.Log) (*DealInfo, error) {
	e, err := Hub.UnpackDealCreatedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("DealCreated event in %s: %w", l.TxHash, err)
	}
	return &DealInfo{
		ID: e.Dealid, Deal: e.Deal, Block: l.BlockNumber, Tx: l.TxHash,
		AppOrder: e.AppOrderHash, DatasetOrder: e.DatasetOrderHash, WorkerpoolOrder: e.WorkerpoolOrderHash,
		RequestOrder: e.RequestOrderHash, Params: e.Params,
	}, nil
}

// Deal finds a deal by id.
func (c *Client) Deal(ctx context.Context, dealid common.Hash) (*DealInfo, error) {
	var found *DealInfo
	err := c.ScanLogs(ctx, c.Deployment.Hub, [][]common.Hash{{dealCreatedID}, {dealid}}, func(l *types.Log) (bool, error) {
		d, err := dealFromLog(l)
		if err != nil {
			return false, err
		}
		found = d
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if found == nil {
		return nil, fmt.Errorf("%w %s", ErrUnknownDeal, dealid.Hex())
	}
	return found, nil
}

// DealOfTask finds the deal a task belongs to and the task's index in it. A task that has seen
// a contribution is found through that transaction, whose first argument is the deal id; one
// that has not, by going through every deal.
func (c *Client) DealOfTask(ctx context.Context, taskid common.Hash) (*DealInfo, uint64, error) {
	var first *types.Log
	err := c.ScanLogs(ctx, c.Deployment.Hub, [][]common.Hash{taskEventIDs, {taskid}}, func(l *types.Log) (bool, error) {
		first = l
		return true, nil
	})
	if err != nil {
		return nil, 0, err
	}
	if first != nil {
		tx, _, err := c.Backend.TransactionByHash(ctx, first.TxHash)
		if err != nil {
			return nil, 0, fmt.Errorf("task %s: read transaction %s: %w", taskid.Hex(), first.TxHash.Hex(), err)
		}
		// contribute, contributeBatch, contributeAndFinalize(Batch): (bytes32 dealid, …).
		if in := tx.Data(); tx.To() != nil && *tx.To() == c.Deployment.Hub && len(in) >= 36 {
			d, err := c.Deal(ctx, common.BytesToHash(in[4:36]))
			if err == nil {
				if i, ok := d.TaskIndex(taskid); ok {
					return d, i, nil
				}
			} else if !errors.Is(err, ErrUnknownDeal) {
				return nil, 0, err
			}
		}
	}
	var (
		found *DealInfo
		index uint64
	)
	err = c.ScanLogs(ctx, c.Deployment.Hub, [][]common.Hash{{dealCreatedID}}, func(l *types.Log) (bool, error) {
		d, err := dealFromLog(l)
		if err != nil {
			return false, err
		}
		if i, ok := d.TaskIndex(taskid); ok {
			found, index = d, i
			return true, nil
		}
		return false, nil
	})
	if err != nil {
		return nil, 0, err
	}
	if found == nil {
		return nil, 0, fmt.Errorf("%w %s", ErrUnknownTask, taskid.Hex())
	}
	return found, index, nil
}

// ScanLogs calls fn on the logs of the contract at addr matching topics, from the deployment
// block on, in chain order, until fn says it is done.
func (c *Client) ScanLogs(ctx context.Context, addr common.Address, topics [][]common.Hash, fn func(*types.Log) (done bool, err error)) error {
	head, err := c.Backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	for from := c.Deployment.Block; from <= head; from += logRange {
		to := min(head, from+logRange-1)
		logs, err := FilterLogs(ctx, c.Backend, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{addr}, Topics: topics,
		})
		if err != nil {
			return fmt.Errorf("read events of blocks %d-%d: %w", from, to, err)
		}
		for i := range logs {
			if logs[i].Removed {
				continue
			}
			done, err := fn(&logs[i])
			if err != nil || done {
				return err
			}
		}
	}
	return nil
}

// DealTasks rebuilds every task of a deal from its events, in index order. Unlike Task it does
// not check each against the hub's hash: it is one query for the whole bag.
func (c *Client) DealTasks(ctx context.Context, d *DealInfo) ([]*Task, error) {
	ids := d.TaskIDs()
	tasks := make([]*Task, len(ids))
	byID := make(map[common.Hash]*Task, len(ids))
	for i, id := range ids {
		tasks[i] = &Task{ID: id, State: poco.EmptyState()}
		byID[id] = tasks[i]
	}
	head, err := c.Backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	// Topic lists stay short enough for any node.
	const perQuery = 256
	for lo := 0; lo < len(ids); lo += perQuery {
		chunk := ids[lo:min(lo+perQuery, len(ids))]
		for from := d.Block; from <= head; from += logRange {
			to := min(head, from+logRange-1)
			logs, err := FilterLogs(ctx, c.Backend, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
				Addresses: []common.Address{c.Deployment.Hub}, Topics: [][]common.Hash{taskEventIDs, chunk},
			})
			if err != nil {
				return nil, fmt.Errorf("read task events of deal %s: %w", d.ID.Hex(), err)
			}
			for i := range logs {
				if t := byID[logs[i].Topics[1]]; t != nil && !logs[i].Removed {
					if err := t.Apply(logs[i : i+1]); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	return tasks, nil
}
