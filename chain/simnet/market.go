package simnet

import (
	"context"
	"fmt"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// Market is a set of actors that trade: an app owner, an optional dataset owner, a workerpool
// owner (also its scheduler) and a requester, each with funds in the hub.
type Market struct {
	AppOwner, DatasetOwner, PoolOwner, Requester *chain.Sender
	App, Dataset, Pool                           common.Address
}

// Funds every trading actor gets in the hub (in nERG).
var Funds = big.NewInt(1_000_000_000_000)

// NewMarket creates the actors and their assets; withDataset adds a dataset.
func (n *Network) NewMarket(ctx context.Context, withDataset bool) (*Market, error) {
	m := &Market{AppOwner: n.Actor(), PoolOwner: n.Actor(), Requester: n.Actor()}
	var err error
	if m.App, err = n.CreateApp(ctx, m.AppOwner, fmt.Sprintf("app-%s", m.AppOwner.Address())); err != nil {
		return nil, fmt.Errorf("create app: %w", err)
	}
	if m.Pool, err = n.CreateWorkerpool(ctx, m.PoolOwner, fmt.Sprintf("pool-%s", m.PoolOwner.Address())); err != nil {
		return nil, fmt.Errorf("create workerpool: %w", err)
	}
	if withDataset {
		m.DatasetOwner = n.Actor()
		if m.Dataset, err = n.CreateDataset(ctx, m.DatasetOwner, fmt.Sprintf("data-%s", m.DatasetOwner.Address())); err != nil {
			return nil, fmt.Errorf("create dataset: %w", err)
		}
	}
	for _, s := range []*chain.Sender{m.PoolOwner, m.Requester} {
		if err := n.Deposit(ctx, s, Funds); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Orders are the four orders of one match.
type Orders struct {
	App        bindings.AppOrder
	Dataset    bindings.DatasetOrder
	Workerpool bindings.WorkerpoolOrder
	Request    bindings.RequestOrder
}

// Terms sets the common fields of a market's orders.
type Terms struct {
	AppPrice, DatasetPrice, WorkerpoolPrice int64
	Volume                                  int64
	Trust                                   int64
	Category                                *big.Int
	Callback                                common.Address
}

// Orders returns compatible orders for terms, unsigned, each with a fresh salt.
func (m *Market) Orders(t Terms) Orders {
	cat := t.Category
	if cat == nil {
		cat = new(big.Int)
	}
	vol := big.NewInt(t.Volume)
	o := Orders{
		App:     bindings.AppOrder{App: m.App, Appprice: big.NewInt(t.AppPrice), Volume: vol, Salt: salt()},
		Dataset: bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int)},
		Workerpool: bindings.WorkerpoolOrder{Workerpool: m.Pool, Workerpoolprice: big.NewInt(t.WorkerpoolPrice),
			Volume: vol, Category: cat, Trust: big.NewInt(max(t.Trust, 1)), Salt: salt()},
		Request: bindings.RequestOrder{App: m.App, Appmaxprice: big.NewInt(t.AppPrice), Datasetmaxprice: big.NewInt(t.DatasetPrice),
			Workerpool: m.Pool, Workerpoolmaxprice: big.NewInt(t.WorkerpoolPrice), Requester: m.Requester.Address(), Volume: vol,
			Category: cat, Trust: big.NewInt(t.Trust), Beneficiary: m.Requester.Address(), Callback: t.Callback,
			Params: `{"args":"--seed 1"}`, Salt: salt()},
	}
	if m.Dataset != (common.Address{}) {
		o.Dataset = bindings.DatasetOrder{Dataset: m.Dataset, Datasetprice: big.NewInt(t.DatasetPrice), Volume: vol, Salt: salt()}
		o.Request.Dataset = m.Dataset
	}
	return o
}

// SignAll signs each order with its owner's key (the dataset order only with a dataset).
func (n *Network) SignAll(m *Market, o *Orders) {
	d := n.Domain()
	must(d.SignAppOrder(m.AppOwner.Key(), &o.App))
	if o.Dataset.Dataset != (common.Address{}) {
		must(d.SignDatasetOrder(m.DatasetOwner.Key(), &o.Dataset))
	}
	must(d.SignWorkerpoolOrder(m.PoolOwner.Key(), &o.Workerpool))
	must(d.SignRequestOrder(m.Requester.Key(), &o.Request))
}

// Deal is a matched deal, with what the task calls need.
type Deal struct {
	ID    common.Hash
	Deal  bindings.Deal
	Block uint64
}

// TaskID is the id of the deal's task at index (absolute, from Deal.BotFirst).
func (d *Deal) TaskID(index int64) common.Hash {
	return poco.TaskID(d.ID, big.NewInt(index))
}

// Match sends matchOrders from `from` and returns the deal.
func (n *Network) Match(ctx context.Context, from *chain.Sender, o Orders) (*Deal, *types.Receipt, error) {
	r, err := n.Hub(ctx, from, chain.Hub.PackMatchOrders(o.App, o.Dataset, o.Workerpool, o.Request))
	if err != nil {
		return nil, r, err
	}
	deals, err := chain.DealFromReceipt(r)
	if err != nil || len(deals) != 1 {
		return nil, r, fmt.Errorf("matchOrders receipt has %d deals: %v", len(deals), err)
	}
	return &Deal{ID: deals[0].Dealid, Deal: deals[0].Deal, Block: r.BlockNumber.Uint64()}, r, nil
}

// Digest is a made-up result digest for tests.
func Digest(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

// Contribution is worker's signed contribution of digest to taskid, for the scheduler to relay.
func (n *Network) Contribution(worker *chain.Sender, taskid, digest common.Hash) bindings.SignedContribution {
	rh := poco.ResultHash(taskid, digest)
	seal := poco.ResultSeal(worker.Address(), taskid, digest)
	return bindings.SignedContribution{
		ResultHash: rh, ResultSeal: seal,
		WorkerSign: n.SignCompact(worker.Key(), chain.ContributionHash(taskid, rh, seal, common.Address{})),
	}
}

// RevealSign is worker's signed reveal of digest for taskid.
func (n *Network) RevealSign(worker *chain.Sender, taskid, digest common.Hash) bindings.Signature {
	return n.SignCompact(worker.Key(), chain.RevealHash(taskid, digest))
}

// Authorization is the scheduler's signature letting worker contribute to taskid.
func (n *Network) Authorization(scheduler *chain.Sender, worker common.Address, taskid common.Hash) []byte {
	return n.Sign(scheduler.Key(), chain.AuthorizationHash(worker, taskid, common.Address{}))
}

// Task rebuilds a task of deal from the chain.
func (n *Network) Task(ctx context.Context, d *Deal, index int64) (*chain.Task, error) {
	return n.Client.Task(ctx, d.TaskID(index), d.Block)
}

// Workers returns count fresh actors with funds in the hub (for stakes).
func (n *Network) Workers(ctx context.Context, count int) ([]*chain.Sender, error) {
	ws := make([]*chain.Sender, count)
	for i := range ws {
		ws[i] = n.Actor()
		if err := n.Deposit(ctx, ws[i], Funds); err != nil {
			return nil, err
		}
	}
	return ws, nil
}

func salt() [32]byte {
	var s [32]byte
	copy(s[:], crypto.Keccak256(big.NewInt(saltCounter.Add(1)).Bytes()))
	return s
}

var saltCounter atomic.Int64

func must(err error) {
	if err != nil {
		panic(err)
	}
}
