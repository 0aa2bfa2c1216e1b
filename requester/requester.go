// Package requester is what a requester does, for `ergon run`, the end-to-end tests and
// `ergon bench e2e`: sign a request order, match it with published app and workerpool orders,
// follow the deal's tasks on-chain, and download each result, verified against the digest the
// chain holds.
package requester

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/executor"
	"ergon/store"
)

// Errors a requester gets; each says what to do.
var (
	// ErrInsufficientBalance: the requester's free hub balance does not cover the deal.
	ErrInsufficientBalance = errors.New("insufficient balance")
	// ErrNoMatch: the orders do not match (price, category, trust, volume…).
	ErrNoMatch = errors.New("no matching order")
	// ErrTaskFailed: a task ended without a result (claimed after its final deadline).
	ErrTaskFailed = errors.New("task failed")
	// ErrAppFailed: the app ran but failed; the result holds its error.json.
	ErrAppFailed = errors.New("the app failed")
)

// Requester acts for one account.
type Requester struct {
	Chain *chain.Client
	// Store is the result store results are downloaded from.
	Store  *store.Client
	sender *chain.Sender
}

// New returns a requester acting with key.
func New(c *chain.Client, key *ecdsa.PrivateKey, st *store.Client) *Requester {
	return &Requester{Chain: c, Store: st, sender: c.Sender(key)}
}

// Address is the requester's account.
func (r *Requester) Address() common.Address { return r.sender.Address() }

// Request says what to run.
type Request struct {
	App        bindings.AppOrder
	Workerpool bindings.WorkerpoolOrder
	// Params is the request's params (api.Params.String()).
	Params   string
	Trust    uint64
	Category uint64
	Volume   uint64
	Callback common.Address
	Tag      common.Hash
}

// Deal is a matched deal.
type Deal struct {
	ID    common.Hash
	Deal  bindings.Deal
	Block uint64
	// Order is the signed request order.
	Order bindings.RequestOrder
}

// TaskIDs lists the deal's task ids in index order.
func (d *Deal) TaskIDs() []common.Hash {
	first, size := d.Deal.BotFirst.Uint64(), d.Deal.BotSize.Uint64()
	ids := make([]common.Hash, 0, size)
	for i := first; i < first+size; i++ {
		ids = append(ids, poco.TaskID(d.ID, new(big.Int).SetUint64(i)))
	}
	return ids
}

// Balance returns the requester's free and frozen hub balances.
func (r *Requester) Balance(ctx context.Context) (free, frozen *big.Int, err error) {
	acc, err := r.Chain.AccountOf(ctx, r.Address())
	if err != nil {
		return nil, nil, err
	}
	return acc.Balance, acc.Frozen, nil
}

// Match signs the request order and matches it with the given orders in one transaction.
func (r *Requester) Match(ctx context.Context, req Request) (*Deal, error) {
	if req.Volume == 0 {
		req.Volume = 1
	}
	price := new(big.Int).Add(req.App.Appprice, req.Workerpool.Workerpoolprice)
	cost := new(big.Int).Mul(price, new(big.Int).SetUint64(req.Volume))
	free, _, err := r.Balance(ctx)
	if err != nil {
		return nil, err
	}
	if free.Cmp(cost) < 0 {
		return nil, fmt.Errorf("%w: %s needs %s for %d task(s) at %s each, the hub account of %s holds %s: deposit %s more",
			ErrInsufficientBalance, "the request", FormatERG(cost), req.Volume, FormatERG(price), r.Address().Hex(), FormatERG(free), FormatERG(new(big.Int).Sub(cost, free)))
	}
	var salt [32]byte
	rand.Read(salt[:])
	o := bindings.RequestOrder{
		App: req.App.App, Appmaxprice: req.App.Appprice, Datasetmaxprice: new(big.Int),
		Workerpool: req.Workerpool.Workerpool, Workerpoolmaxprice: req.Workerpool.Workerpoolprice,
		Requester: r.Address(), Volume: new(big.Int).SetUint64(req.Volume), Tag: req.Tag,
		Category: new(big.Int).SetUint64(req.Category), Trust: new(big.Int).SetUint64(req.Trust),
		Beneficiary: r.Address(), Callback: req.Callback, Params: req.Params, Salt: salt,
	}
	if err := r.Chain.Domain().SignRequestOrder(r.sender.Key(), &o); err != nil {
		return nil, err
	}
	empty := bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int)}
	rc, err := r.sender.Transact(ctx, r.Chain.Deployment.Hub, chain.Hub.PackMatchOrders(req.App, empty, req.Workerpool, o))
	if err != nil {
		if re, ok := chain.AsRevert(err); ok {
			return nil, fmt.Errorf("%w: %s (%s)", ErrNoMatch, re.Error(), re.Hint())
		}
		return nil, err
	}
	deals, err := chain.DealFromReceipt(rc)
	if err != nil || len(deals) != 1 {
		return nil, fmt.Errorf("matchOrders receipt has %d deals: %v", len(deals), err)
	}
	return &Deal{ID: deals[0].Dealid, Deal: deals[0].Deal, Block: rc.BlockNumber.Uint64(), Order: o}, nil
}

// Progress is reported while waiting.
type Progress struct {
	Tasks     int
	Active    int // contributions coming
	Revealing int
	Completed int
	Failed    int
	// Changed lists the tasks whose status changed since the last report.
	Changed []TaskChange
}

// TaskChange is one task's new status.
type TaskChange struct {
	ID     common.Hash
	Index  uint64
	Status poco.Status
	// Contributions is how many workers contributed so far.
	Contributions int
}

// maxTopicAlternatives is how many task ids one eth_getLogs query asks for.
const maxTopicAlternatives = 500

// Wait follows the deal's tasks until every one completed or failed, calling progress on each
// change. It returns the tasks as the chain has them.
func (r *Requester) Wait(ctx context.Context, d *Deal, poll time.Duration, progress func(Progress)) (map[common.Hash]*chain.Task, error) {
	ids := d.TaskIDs()
	tasks := make(map[common.Hash]*chain.Task, len(ids))
	for _, id := range ids {
		tasks[id] = &chain.Task{ID: id, State: poco.EmptyState()}
	}
	events := []common.Hash{
		chain.Hub.GetABI().Events["TaskContribute"].ID, chain.Hub.GetABI().Events["TaskConsensus"].ID,
		chain.Hub.GetABI().Events["TaskReveal"].ID, chain.Hub.GetABI().Events["TaskReopen"].ID,
		chain.Hub.GetABI().Events["TaskFinalize"].ID, chain.Hub.GetABI().Events["TaskClaimed"].ID,
	}
	from := d.Block
	seen := make(map[common.Hash]TaskChange, len(ids))
	first := d.Deal.BotFirst.Uint64()
	for {
		head, err := r.Chain.Backend.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		if head >= from {
			// A node takes a bounded number of alternatives per topic (geth: 1000), and
			// each task folds only its own events, so a large bag neither fails nor costs
			// tasks × events per poll.
			byTask := make(map[common.Hash][]types.Log)
			for chunk := range slices.Chunk(ids, maxTopicAlternatives) {
				logs, err := chain.FilterLogs(ctx, r.Chain.Backend, ethereum.FilterQuery{
					FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(head),
					Addresses: []common.Address{r.Chain.Deployment.Hub},
					Topics:    [][]common.Hash{events, chunk},
				})
				if err != nil {
					return nil, err
				}
				for _, l := range logs {
					if len(l.Topics) > 1 {
						byTask[l.Topics[1]] = append(byTask[l.Topics[1]], l)
					}
				}
			}
			for id, logs := range byTask {
				if t := tasks[id]; t != nil {
					if err := t.Apply(logs); err != nil {
						return nil, err
					}
				}
			}
			from = head + 1
		}
		p := Progress{Tasks: len(ids)}
		for i, id := range ids {
			t := tasks[id]
			c := TaskChange{ID: id, Index: first + uint64(i), Status: t.Status, Contributions: len(t.State.Contributions)}
			if c != seen[id] {
				seen[id] = c
				p.Changed = append(p.Changed, c)
			}
			switch t.Status {
			case poco.StatusActive:
				p.Active++
			case poco.StatusRevealing:
				p.Revealing++
			case poco.StatusCompleted:
				p.Completed++
			case poco.StatusFailed:
				p.Failed++
			}
		}
		if len(p.Changed) > 0 && progress != nil {
			progress(p)
		}
		if p.Completed+p.Failed == p.Tasks {
			return tasks, nil
		}
		select {
		case <-ctx.Done():
			return tasks, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// Download fetches a completed task's result into dir (which must not exist or be empty) and
// verifies it against the digest on-chain. It returns the result's callback data, and
// ErrAppFailed (with the result still downloaded) when the app failed: dir holds its
// error.json.
func (r *Requester) Download(ctx context.Context, t *chain.Task, dir string) ([]byte, error) {
	if t.Status != poco.StatusCompleted {
		return nil, fmt.Errorf("%w: task %s is %s, it has no result", ErrTaskFailed, t.ID.Hex(), t.Status)
	}
	d, err := store.ParsePointer(t.Results)
	if err != nil {
		return nil, fmt.Errorf("task %s: results %q: %w", t.ID.Hex(), t.Results, err)
	}
	// The digest comes from the TaskFinalize event: check the hub agrees.
	out, err := r.Chain.Call(ctx, r.Chain.Deployment.Hub, chain.Hub.PackResultDigestMatches(t.ID, t.Digest))
	if err != nil {
		return nil, err
	}
	if ok, err := chain.Hub.UnpackResultDigestMatches(out); err != nil || !ok {
		return nil, fmt.Errorf("task %s: the hub does not hold digest %s", t.ID.Hex(), t.Digest.Hex())
	}
	// Unpacked and verified beside dir, then renamed into place: nothing unverified is ever
	// left in dir, and a failed download leaves it as it was.
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("task %s: %s is not empty: choose another directory", t.ID.Hex(), dir)
	}
	tmp, err := os.CreateTemp(parent, ".result-*.tar")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	tmp.Close()
	if _, err := r.Store.Download(ctx, d, tmp.Name()); err != nil {
		return nil, fmt.Errorf("task %s: download %s: %w", t.ID.Hex(), t.Results, err)
	}
	f, err := os.Open(tmp.Name())
	if err != nil {
		return nil, err
	}
	defer f.Close()
	stage, err := os.MkdirTemp(parent, ".result-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage) // nothing left once renamed
	if err := executor.Extract(ctx, f, stage, maxResultSize); err != nil {
		return nil, fmt.Errorf("task %s: unpack the result: %w", t.ID.Hex(), err)
	}
	cb, err := executor.VerifyResult(ctx, stage, t.Digest)
	if err != nil {
		return nil, fmt.Errorf("task %s: %w", t.ID.Hex(), err)
	}
	if err := os.Remove(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("task %s: %w", t.ID.Hex(), err)
	}
	if err := os.Chmod(stage, 0o755); err != nil { // MkdirTemp's 0700 otherwise
		return nil, err
	}
	if err := os.Rename(stage, dir); err != nil {
		return nil, fmt.Errorf("task %s: %w", t.ID.Hex(), err)
	}
	if _, err := os.Stat(filepath.Join(dir, executor.ErrorFile)); err == nil {
		return cb, fmt.Errorf("%w: task %s: see %s", ErrAppFailed, t.ID.Hex(), filepath.Join(dir, executor.ErrorFile))
	}
	return cb, nil
}

// maxResultSize bounds an unpacked result.
const maxResultSize = 4 << 30

// FormatERG writes an amount of token units (1e-9 ERG) in ERG.
func FormatERG(units *big.Int) string {
	q, r := new(big.Int).QuoRem(units, big.NewInt(1e9), new(big.Int))
	if r.Sign() == 0 {
		return q.String() + " ERG"
	}
	f := fmt.Sprintf("%09d", r.Int64())
	for len(f) > 0 && f[len(f)-1] == '0' {
		f = f[:len(f)-1]
	}
	return q.String() + "." + f + " ERG"
}
