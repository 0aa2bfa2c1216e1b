package market_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/chain/simnet"
)

// TestFollowDeals: deals consume the orders' volume; used-up orders leave the book.
func TestFollowDeals(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(3), func(o *simnet.Orders) { o.Request.Volume = big64(1) })
	e.publishAll(o)
	if _, _, err := e.n.Match(e.ctx, e.m.Requester, o); err != nil {
		t.Fatal(err)
	}
	e.waitStatus(hashOf(o.Request), api.StatusFilled, 0)
	e.waitStatus(hashOf(o.App), api.StatusOpen, 2)
	e.waitStatus(hashOf(o.Dataset), api.StatusOpen, 2)
	e.waitStatus(hashOf(o.Workerpool), api.StatusOpen, 2)
	page, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindRequest})
	if err != nil || len(page.Orders) != 0 {
		t.Errorf("a filled request is listed: %+v %v", page, err)
	}
	page, err = e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindApp, MinVolume: 3})
	if err != nil || len(page.Orders) != 0 {
		t.Errorf("min_volume 3 lists an order with 2 left: %+v %v", page, err)
	}
}

// TestFollowCancel: an order cancelled on-chain leaves the book.
func TestFollowCancel(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(3), nil)
	e.publishAll(o)
	if err := e.hub(e.m.PoolOwner, chain.Hub.PackCancelWorkerpoolOrder(o.Workerpool)); err != nil {
		t.Fatal(err)
	}
	e.waitStatus(hashOf(o.Workerpool), api.StatusCancelled, -1)
	e.waitStatus(hashOf(o.App), api.StatusOpen, 3)
}

// TestFollowBalance: a requester who withdraws its funds no longer shows its request; a
// deposit brings it back.
func TestFollowBalance(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(3), nil)
	e.mustPublish(o.Request)
	listed := func(unfunded bool) int {
		page, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindRequest, Unfunded: unfunded})
		if err != nil {
			t.Fatal(err)
		}
		return len(page.Orders)
	}
	if listed(false) != 1 {
		t.Fatal("the request is not listed")
	}
	if err := e.hub(e.m.Requester, chain.Hub.PackWithdraw(simnet.Funds)); err != nil {
		t.Fatal(err)
	}
	e.waitFor("the request to be hidden", func() bool { return listed(false) == 0 })
	if listed(true) != 1 {
		t.Error("the unfunded request is not listed with unfunded=true")
	}
	// One task at its max prices is enough to be listed again.
	if err := e.n.Deposit(e.ctx, e.m.Requester, big64(108)); err != nil {
		t.Fatal(err)
	}
	e.waitFor("the request to be listed again", func() bool { return listed(false) == 1 })
}

// TestFollowTransfer: when an app changes hands, its previous owner's orders are void.
func TestFollowTransfer(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(3), nil)
	e.mustPublish(o.App)
	buyer := e.n.Actor()
	_, err := e.m.AppOwner.Transact(e.ctx, e.n.D.AppRegistry,
		chain.Apps.PackTransferFrom(e.m.AppOwner.Address(), buyer.Address(), new(big.Int).SetBytes(e.m.App.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	e.waitStatus(hashOf(o.App), api.StatusCancelled, -1)
	// The old owner's signature no longer counts; the new owner's does.
	_, err = e.publish(e.orders(terms(3), nil).App)
	wantCode(t, err, "bad_signature", buyer.Address().Hex())
	fresh := e.m.Orders(terms(3)).App
	must(t, e.n.Domain().SignAppOrder(buyer.Key(), &fresh))
	if rec := e.mustPublish(fresh); rec.Owner != buyer.Address() {
		t.Errorf("owner %s, want the buyer", rec.Owner)
	}
}

// TestFollowRestart: a market stopped while deals happen catches up from its cursor.
func TestFollowRestart(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(2), func(o *simnet.Orders) { o.Request.Volume = big64(1) })
	e.publishAll(o)
	e.synced()
	before, err := e.c.Health(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.halt()
	if _, _, err := e.n.Match(e.ctx, e.m.Requester, o); err != nil {
		t.Fatal(err)
	}
	if err := e.hub(e.m.AppOwner, chain.Hub.PackCancelAppOrder(o.App)); err != nil {
		t.Fatal(err)
	}
	block, ok, err := e.store.Cursor(e.ctx)
	if err != nil || !ok || block < before.Block {
		t.Fatalf("cursor %d %v %v, want ≥ %d", block, ok, err, before.Block)
	}
	e.start()
	h, err := e.c.Health(e.ctx)
	if err != nil || h.Block != block {
		t.Errorf("restarted at block %d (%v), want the stored cursor %d", h.Block, err, block)
	}
	e.waitStatus(hashOf(o.Request), api.StatusFilled, 0)
	e.waitStatus(hashOf(o.Workerpool), api.StatusOpen, 1)
	e.waitStatus(hashOf(o.App), api.StatusCancelled, -1)
}

// reputationWorld is a market where the pool e.m.Pool has one task finalized (+1) of deal, and
// a second pool (pool2) none, both with a workerpool order at the same price, pool2's older;
// first returns the pool matchmaking ranks first.
func reputationWorld(t *testing.T) (e *env, deal *simnet.Deal, pool2 common.Address, first func() string) {
	e = newEnv(t, nil)
	cat, err := e.n.CreateCategory(e.ctx, "tiny", 10)
	if err != nil {
		t.Fatal(err)
	}
	tm := terms(2)
	tm.Category = cat
	o := e.orders(tm, nil)
	deal, _, err = e.n.Match(e.ctx, e.m.Requester, o)
	if err != nil {
		t.Fatal(err)
	}
	e.finalizeTask0(deal)

	// Reputation orders pools of equal price: a second pool, with no history yet.
	other := e.n.Actor()
	pool2, err = e.n.CreateWorkerpool(e.ctx, other, "pool 2")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.n.Deposit(e.ctx, other, simnet.Funds); err != nil {
		t.Fatal(err)
	}
	theirs := e.m.Orders(terms(5)).Workerpool
	theirs.Workerpool = pool2
	must(t, e.n.Domain().SignWorkerpoolOrder(other.Key(), &theirs))
	e.mustPublish(theirs)
	o5 := e.orders(terms(5), func(o *simnet.Orders) { o.Request.Workerpool = common.Address{} })
	e.mustPublish(o5.App)
	e.mustPublish(o5.Dataset)
	e.mustPublish(o5.Workerpool)
	// Matchmaking ranks pools of equal price by reputation.
	first = func() string {
		t.Helper()
		res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o5.Request)))
		if err != nil || !res.Matched {
			t.Fatalf("%+v %v", res, err)
		}
		return res.Workerpool.Order.Workerpool.Workerpool.Hex()
	}
	e.synced()
	if got := first(); got != e.m.Pool.Hex() {
		t.Errorf("first pool %s, want the one with a finalized task %s", got, e.m.Pool.Hex())
	}
	return e, deal, pool2, first
}

// TestReputation: a finalized task counts +1 for its pool, a claimed one −10. The deal's
// tasks are known again after a restart (the market replays the chain), so a claim after
// the restart still counts.
func TestReputation(t *testing.T) {
	e, deal, pool2, first := reputationWorld(t)
	e.halt()
	e.start()
	if err := e.n.AdjustTime(200 * time.Second); err != nil {
		t.Fatal(err)
	}
	if err := e.hub(e.m.Requester, chain.Hub.PackClaim(deal.ID, deal.Deal, []bindings.ClaimItem{{Index: big64(1), State: poco.EmptyState()}})); err != nil {
		t.Fatal(err)
	}
	e.synced()
	if got := first(); got != pool2.Hex() {
		t.Errorf("after a claimed task, first pool %s, want the other one %s", got, pool2.Hex())
	}
}

// TestReputationFrom: restarted with ReputationFrom past the finalized task, the market
// counts nothing before it: the stored +1 is forgotten, the pools tie, and the older order
// (pool2's) comes first.
func TestReputationFrom(t *testing.T) {
	e, _, pool2, first := reputationWorld(t)
	e.halt()
	head, err := e.n.Client.Backend.BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.cfg.ReputationFrom = head + 1
	e.start()
	// The market serves while its follower replays (startUp): wait for the replay's result.
	e.waitFor("the pools to tie (the older order first)", func() bool { return first() == pool2.Hex() })
}

// TestFollowCategories: a category created on-chain appears in GET /v1/categories.
func TestFollowCategories(t *testing.T) {
	e := newEnv(t, nil)
	if _, err := e.n.CreateCategory(e.ctx, "GPU-S", 600); err != nil {
		t.Fatal(err)
	}
	e.waitFor("the new category", func() bool {
		cats, err := e.c.Categories(e.ctx)
		return err == nil && len(cats) == 6 && cats[5].Name == "GPU-S" && cats[5].TimeRef == 600
	})
}
