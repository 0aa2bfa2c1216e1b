package market_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/simnet"
	"ergon/market"
)

// TestMatch: the market's answer is the cheapest compatible combination, and it matches
// on-chain.
func TestMatch(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(3), nil)
	e.publishAll(o)
	// A dearer app order and a dearer pool: not chosen.
	dear := terms(3)
	dear.AppPrice, dear.WorkerpoolPrice = 6, 150
	d := e.orders(dear, nil)
	e.mustPublish(d.App)
	e.mustPublish(d.Dataset)
	e.mustPublish(d.Workerpool)

	req := api.MatchRequestFor(api.RequestOrderFrom(o.Request))
	res, err := e.c.Match(e.ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Matched || res.App.Hash != hashOf(o.App) || res.Dataset.Hash != hashOf(o.Dataset) || res.Workerpool.Hash != hashOf(o.Workerpool) {
		t.Fatalf("match %+v", res)
	}
	if res.Volume != 3 || res.Price.Big().Int64() != 108 || res.Cost.Big().Int64() != 324 {
		t.Errorf("volume %d price %s cost %s, want 3, 108, 324", res.Volume, res.Price, res.Cost)
	}
	deal, err := e.matchOnChain(res, o.Request)
	if err != nil {
		t.Fatalf("the market's match fails on-chain: %v", err)
	}
	if deal.Deal.BotSize.Uint64() != res.Volume {
		t.Errorf("deal of %s tasks, the market said %d", deal.Deal.BotSize, res.Volume)
	}
	// The follower sees the deal: next time the dearer orders are the only ones left.
	e.waitStatus(hashOf(o.App), api.StatusFilled, 0)
	req2 := e.orders(dear, nil).Request
	e.mustPublish(req2)
	res, err = e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(req2)))
	if err != nil || !res.Matched || res.App.Hash != hashOf(d.App) || res.Workerpool.Hash != hashOf(d.Workerpool) {
		t.Fatalf("second match %+v %v", res, err)
	}
	if _, err := e.matchOnChain(res, req2); err != nil {
		t.Fatalf("second match fails on-chain: %v", err)
	}
}

// TestMatchWithoutDataset: a request without a dataset matches an app and a pool.
func TestMatchWithoutDataset(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(2), func(o *simnet.Orders) {
		o.Request.Dataset = common.Address{}
		o.Request.Datasetmaxprice = big64(0)
	})
	e.mustPublish(o.App)
	e.mustPublish(o.Workerpool)
	res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if err != nil || !res.Matched || res.Dataset != nil {
		t.Fatalf("%+v %v", res, err)
	}
	if _, err := e.matchOnChain(res, o.Request); err != nil {
		t.Fatal(err)
	}
}

// TestMatchRestrictions: restrictions and tags steer the choice to what will match.
func TestMatchRestrictions(t *testing.T) {
	e := newEnv(t, nil)
	other := e.n.Actor()
	pool2, err := e.n.CreateWorkerpool(e.ctx, other, "gpu pool")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.n.Deposit(e.ctx, other, simnet.Funds); err != nil {
		t.Fatal(err)
	}
	gpu := common.Hash{30: 1}
	o := e.orders(terms(2), func(o *simnet.Orders) { o.Request.Workerpool = common.Address{} })
	// The cheapest pool has no GPU; the app needs one and the GPU pool is dearer.
	cheap := e.orders(terms(2), func(o *simnet.Orders) { o.Workerpool.Workerpoolprice = big64(10) }).Workerpool
	gpuOrder := e.m.Orders(terms(2)).Workerpool
	gpuOrder.Workerpool, gpuOrder.Tag = pool2, gpu
	must(t, e.n.Domain().SignWorkerpoolOrder(other.Key(), &gpuOrder))
	app := e.m.Orders(terms(2)).App
	app.Tag = gpu
	must(t, e.n.Domain().SignAppOrder(e.m.AppOwner.Key(), &app))
	// A cheaper app order restricted to another requester is not for us.
	mine := e.m.Orders(terms(2)).App
	mine.Appprice, mine.Requesterrestrict = big64(1), other.Address()
	must(t, e.n.Domain().SignAppOrder(e.m.AppOwner.Key(), &mine))
	for _, x := range []any{o.Dataset, cheap, gpuOrder, app, mine} {
		e.mustPublish(x)
	}
	res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if err != nil || !res.Matched {
		t.Fatalf("%+v %v", res, err)
	}
	if res.App.Hash != hashOf(app) || res.Workerpool.Hash != hashOf(gpuOrder) {
		t.Errorf("matched app %s pool %s, want the GPU pair", res.App.Hash.Hex()[:10], res.Workerpool.Hash.Hex()[:10])
	}
	if _, err := e.matchOnChain(res, o.Request); err != nil {
		t.Fatal(err)
	}
}

// TestWhyNot: when nothing matches, the market names the rule that excluded each kind's
// orders — the very error matchOrders reverts with when given them.
func TestWhyNot(t *testing.T) {
	gpu := common.Hash{30: 1}
	tests := []struct {
		name string
		// mutate changes the orders before they are signed and published.
		mutate func(e *env, o *simnet.Orders)
		kind   string
		rule   string
	}{
		{"app too dear", func(e *env, o *simnet.Orders) { o.App.Appprice = big64(6) }, "app", "PriceTooHigh"},
		{"dataset too dear", func(e *env, o *simnet.Orders) { o.Dataset.Datasetprice = big64(4) }, "dataset", "PriceTooHigh"},
		{"pool too dear", func(e *env, o *simnet.Orders) { o.Workerpool.Workerpoolprice = big64(101) }, "workerpool", "PriceTooHigh"},
		{"pool of another category", func(e *env, o *simnet.Orders) { o.Workerpool.Category = big64(1) }, "workerpool", "CategoryMismatch"},
		{"pool trusts less", func(e *env, o *simnet.Orders) { o.Request.Trust = big64(5) }, "workerpool", "TrustTooHigh"},
		{"app needs a GPU", func(e *env, o *simnet.Orders) { o.App.Tag = gpu }, "app", "TagNotSupported"},
		{"request needs a TEE the app lacks", func(e *env, o *simnet.Orders) {
			o.Request.Tag = common.Hash{31: 1}
			o.Workerpool.Tag = common.Hash{31: 1}
		}, "app", "TeeMismatch"},
		{"pool restricted to another app", func(e *env, o *simnet.Orders) { o.Workerpool.Apprestrict = common.HexToAddress("0x1234") }, "workerpool", "Restricted"},
		{"app restricted to another pool", func(e *env, o *simnet.Orders) { o.App.Workerpoolrestrict = common.HexToAddress("0x1234") }, "app", "Restricted"},
		{"dataset restricted to another requester", func(e *env, o *simnet.Orders) { o.Dataset.Requesterrestrict = e.m.AppOwner.Address() }, "dataset", "Restricted"},
		{"requester cannot pay the deal", func(e *env, o *simnet.Orders) {
			o.Request.Volume = big64(20)
			o.App.Volume, o.Dataset.Volume, o.Workerpool.Volume = big64(20), big64(20), big64(20)
		}, "request", "InsufficientBalance"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			o := e.m.Orders(terms(2))
			tc.mutate(e, &o)
			e.n.SignAll(e.m, &o)
			for _, x := range []any{o.App, o.Dataset, o.Workerpool} {
				e.mustPublish(x)
			}
			if tc.rule == "InsufficientBalance" {
				// Published while it could pay, then most of its funds left.
				e.mustPublish(o.Request)
				if err := e.hub(e.m.Requester, chain.Hub.PackWithdraw(new(big.Int).Sub(simnet.Funds, big64(1000)))); err != nil {
					t.Fatal(err)
				}
				e.synced()
			}
			res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
			if err != nil {
				t.Fatal(err)
			}
			if res.Matched {
				t.Fatalf("matched: %+v", res)
			}
			found := false
			for _, w := range res.WhyNot {
				t.Logf("%s: %s", w.Kind, w.Summary)
				if w.Kind != tc.kind {
					continue
				}
				for _, x := range w.Excluded {
					if x.Rule == tc.rule && x.Count > 0 {
						found = true
					}
				}
			}
			if !found {
				t.Fatalf("why-not does not name %s for the %s orders: %+v", tc.rule, tc.kind, res.WhyNot)
			}
			// matchOrders with these orders reverts with that very error.
			_, _, err = e.n.Match(e.ctx, e.m.Requester, o)
			if !chain.IsRevert(err, tc.rule) {
				t.Errorf("matchOrders: %v, want a revert %s", err, tc.rule)
			}
		})
	}
}

// TestWhyNotNothing: no orders at all, an unknown category.
func TestWhyNotNothing(t *testing.T) {
	e := newEnv(t, nil)
	o := e.m.Orders(terms(1))
	res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if err != nil || res.Matched {
		t.Fatalf("%+v %v", res, err)
	}
	for _, w := range res.WhyNot {
		if w.Examined != 0 || len(w.Excluded) != 1 || w.Excluded[0].Rule != "NoOrders" {
			t.Errorf("%s: %+v", w.Kind, w)
		}
	}
	req := api.MatchRequestFor(api.RequestOrderFrom(o.Request))
	req.Category = api.Uint64(42)
	res, err = e.c.Match(e.ctx, req)
	if err != nil || res.Matched {
		t.Fatalf("%+v %v", res, err)
	}
	last := res.WhyNot[len(res.WhyNot)-1]
	if last.Kind != "request" || last.Excluded[0].Rule != "UnknownCategory" {
		t.Errorf("why-not %+v, want the request's UnknownCategory", res.WhyNot)
	}
	// A match request is decoded strictly.
	status, detail := e.post("/v1/match", []byte(`{"app":"`+e.m.App.Hex()+`","colour":"red"}`))
	if status != 400 || detail.Code != "bad_request" {
		t.Errorf("HTTP %d %+v", status, detail)
	}
}

// TestMatchPrefersReputation: among equally priced pools, the one with the best reputation.
func TestMatchPrefersReputation(t *testing.T) {
	e := newEnv(t, nil)
	other := e.n.Actor()
	pool2, err := e.n.CreateWorkerpool(e.ctx, other, "reputable pool")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.n.Deposit(e.ctx, other, simnet.Funds); err != nil {
		t.Fatal(err)
	}
	o := e.orders(terms(2), func(o *simnet.Orders) { o.Request.Workerpool = common.Address{} })
	e.publishAll(o)
	good := e.m.Orders(terms(2)).Workerpool
	good.Workerpool = pool2
	must(t, e.n.Domain().SignWorkerpoolOrder(other.Key(), &good))
	e.mustPublish(good)
	if err := e.store.Apply(e.ctx, &market.Update{Reputation: map[common.Address]int64{pool2: 5}}); err != nil {
		t.Fatal(err)
	}
	res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if err != nil || !res.Matched || res.Workerpool.Hash != hashOf(good) {
		t.Fatalf("%+v %v", res, err)
	}
	if _, err := e.matchOnChain(res, o.Request); err != nil {
		t.Fatal(err)
	}
}
