package market_test

import (
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/simnet"
	"ergon/market"
)

// TestPublishAndRead: the four kinds are accepted, read back verbatim and listed.
func TestPublishAndRead(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(10), nil)
	for _, order := range []any{o.App, o.Dataset, o.Workerpool, o.Request} {
		rec := e.mustPublish(order)
		if rec.Hash != hashOf(order) || rec.Status != api.StatusOpen || rec.Remaining != 10 {
			t.Errorf("%T: record %+v", order, rec)
		}
		got, err := e.c.Order(e.ctx, rec.Hash)
		if err != nil {
			t.Fatal(err)
		}
		back, err := got.Order.Bindings()
		if err != nil {
			t.Fatal(err)
		}
		if hashOf(back) != rec.Hash {
			t.Errorf("%T read back with another hash", order)
		}
	}
	if got := e.mustPublish(e.orders(terms(1), nil).App).Owner; got != e.m.AppOwner.Address() {
		t.Errorf("app order owner %s, want %s", got, e.m.AppOwner.Address())
	}
	r := e.orders(terms(1), nil).Request
	if got := e.mustPublish(r).Owner; got != e.m.Requester.Address() {
		t.Errorf("request owner %s", got)
	}
	page, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindApp, Asset: e.m.App})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Orders) != 2 || page.Orders[0].Hash != hashOf(o.App) {
		t.Errorf("app orders listed: %d, first %s", len(page.Orders), page.Orders[0].Hash)
	}
	h, err := e.c.Health(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if h.ChainID != e.n.D.ChainID || h.Hub != e.n.D.Hub || h.Name != "ergon" {
		t.Errorf("health %+v", h)
	}
	cats, err := e.c.Categories(e.ctx)
	if err != nil || len(cats) != 5 || cats[0].Name != "XS" || cats[4].TimeRef != 36000 {
		t.Errorf("categories %+v, %v", cats, err)
	}
}

// TestTypedDataSigner: an order signed as a wallet signs eth_signTypedData_v4 — the typed
// data sent as JSON, hashed by go-ethereum's apitypes — is accepted.
func TestTypedDataSigner(t *testing.T) {
	e := newEnv(t, nil)
	o := e.m.Orders(terms(4))
	for _, tc := range []struct {
		order any
		key   *chain.Sender
		set   func(sig []byte) any
	}{
		{o.App, e.m.AppOwner, func(s []byte) any { x := o.App; x.Sign = s; return x }},
		{o.Workerpool, e.m.PoolOwner, func(s []byte) any { x := o.Workerpool; x.Sign = s; return x }},
		{o.Request, e.m.Requester, func(s []byte) any { x := o.Request; x.Sign = s; return x }},
	} {
		td, err := e.n.Domain().TypedData(tc.order)
		if err != nil {
			t.Fatal(err)
		}
		// What the dapp hands the wallet, and what the wallet parses.
		js, err := json.Marshal(td)
		if err != nil {
			t.Fatal(err)
		}
		var wallet apitypes.TypedData
		if err := json.Unmarshal(js, &wallet); err != nil {
			t.Fatal(err)
		}
		digest, _, err := apitypes.TypedDataAndHash(wallet)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := crypto.Sign(digest, tc.key.Key())
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		rec := e.mustPublish(tc.set(sig))
		if rec.Hash != hashOf(tc.order) {
			t.Errorf("%T: hash %s", tc.order, rec.Hash)
		}
	}
}

// TestPresigned: an order with an empty signature is accepted once its owner presigned it.
func TestPresigned(t *testing.T) {
	e := newEnv(t, nil)
	o := e.m.Orders(terms(2))
	o.App.Sign = []byte{}
	_, err := e.publish(o.App)
	wantCode(t, err, "bad_signature", "presign")
	if err := e.hub(e.m.AppOwner, chain.Hub.PackPresignAppOrder(o.App)); err != nil {
		t.Fatal(err)
	}
	// The first refusal did not record it: it may be published now.
	e.mustPublish(o.App)
}

// TestRejections: every reason to refuse an order, with its code.
func TestRejections(t *testing.T) {
	e := newEnv(t, func(c *market.Config) { c.MaxOpenPerOwner = 3 })
	d := e.n.Domain()
	stranger := e.n.Actor()
	tests := []struct {
		name    string
		order   func() any
		domain  *api.Domain
		code    string
		msgHave []string
	}{{
		name: "forged: altered after signing",
		order: func() any {
			o := e.orders(terms(1), nil).App
			o.Appprice = big64(1) // the owner signed 5
			return o
		},
		code: "bad_signature", msgHave: []string{"recovers to", "not the app's owner", "another chain or hub"},
	}, {
		name: "forged: garbage signature",
		order: func() any {
			o := e.orders(terms(1), nil).App
			o.Sign = append(make([]byte, 64), 27)
			return o
		},
		code: "bad_signature", msgHave: []string{"not a valid signature"},
	}, {
		name: "signer is not the owner",
		order: func() any {
			o := e.m.Orders(terms(1)).App
			must(t, d.SignAppOrder(stranger.Key(), &o))
			return o
		},
		code: "bad_signature", msgHave: []string{stranger.Address().Hex(), e.m.AppOwner.Address().Hex()},
	}, {
		name: "request signed by someone else than its requester",
		order: func() any {
			o := e.m.Orders(terms(1)).Request
			must(t, d.SignRequestOrder(stranger.Key(), &o))
			return o
		},
		code: "bad_signature", msgHave: []string{"not the requester"},
	}, {
		name: "wrong chain, domain given",
		order: func() any {
			o := e.m.Orders(terms(1)).App
			must(t, chain.Domain{ChainID: big64(1), Hub: e.n.D.Hub}.SignAppOrder(e.m.AppOwner.Key(), &o))
			return o
		},
		domain: &api.Domain{ChainID: 1, Hub: e.n.D.Hub},
		code:   "wrong_domain", msgHave: []string{"chain 1", "this market serves chain 1337"},
	}, {
		name: "wrong chain, domain not given",
		order: func() any {
			o := e.m.Orders(terms(1)).App
			must(t, chain.Domain{ChainID: big64(1), Hub: e.n.D.Hub}.SignAppOrder(e.m.AppOwner.Key(), &o))
			return o
		},
		code: "bad_signature", msgHave: []string{"another chain or hub", "chain 1337", "publish with the domain"},
	}, {
		name: "wrong hub",
		order: func() any {
			o := e.m.Orders(terms(1)).App
			must(t, chain.Domain{ChainID: e.n.Client.ChainID, Hub: common.HexToAddress("0x1")}.SignAppOrder(e.m.AppOwner.Key(), &o))
			return o
		},
		domain: &api.Domain{ChainID: e.n.D.ChainID, Hub: common.HexToAddress("0x1")},
		code:   "wrong_domain", msgHave: []string{"hub 0x0000000000000000000000000000000000000001"},
	}, {
		name: "unregistered app",
		order: func() any {
			o := e.m.Orders(terms(1)).App
			o.App = common.HexToAddress("0xdeadbeef")
			must(t, d.SignAppOrder(e.m.AppOwner.Key(), &o))
			return o
		},
		code: "unknown_asset", msgHave: []string{"not registered"},
	}, {
		name: "request for an unregistered workerpool",
		order: func() any {
			o := e.m.Orders(terms(1)).Request
			o.Workerpool = common.HexToAddress("0xdeadbeef")
			must(t, d.SignRequestOrder(e.m.Requester.Key(), &o))
			return o
		},
		code: "unknown_asset", msgHave: []string{"workerpool"},
	}, {
		name: "unknown category",
		order: func() any {
			o := e.m.Orders(terms(1)).Workerpool
			o.Category = big64(99)
			must(t, d.SignWorkerpoolOrder(e.m.PoolOwner.Key(), &o))
			return o
		},
		code: "unknown_category", msgHave: []string{"categories 0…4"},
	}, {
		name: "trust above MAX_TRUST",
		order: func() any {
			o := e.m.Orders(terms(1)).Request
			o.Trust = new(big.Int).Lsh(big64(1), 33)
			must(t, d.SignRequestOrder(e.m.Requester.Key(), &o))
			return o
		},
		code: "bad_request", msgHave: []string{"order.trust", "MAX_TRUST"},
	}, {
		name: "zero volume",
		order: func() any {
			o := e.m.Orders(terms(0)).App
			must(t, d.SignAppOrder(e.m.AppOwner.Key(), &o))
			return o
		},
		code: "bad_request", msgHave: []string{"order.volume"},
	}, {
		name: "request the requester cannot pay",
		order: func() any {
			t := terms(1000)
			t.WorkerpoolPrice = 2_000_000_000 // 1000 tasks × ~2e9 > the requester's 1e12
			return e.orders(t, nil).Request
		},
		code: "insufficient_balance", msgHave: []string{"deposit at least"},
	}, {
		name: "workerpool order whose owner cannot stake one task",
		order: func() any {
			t := terms(1)
			t.WorkerpoolPrice = 4_000_000_000_000 // stake 1.2e12 > the owner's 1e12
			return e.orders(t, nil).Workerpool
		},
		code: "insufficient_balance", msgHave: []string{"stake of one task"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			order := tc.order()
			_, err := e.c.Publish(e.ctx, api.PublishRequest{Order: api.MustOrder(order), Domain: tc.domain})
			wantCode(t, err, tc.code, tc.msgHave...)
			if _, err := e.c.Order(e.ctx, hashOf(order)); err == nil {
				t.Errorf("a refused order is in the book")
			}
		})
	}
}

// TestReplayedCancelledConsumed: an order is published once; one cancelled or used up
// on-chain is refused with what happened to it.
func TestReplayedCancelledConsumed(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(1), nil)

	e.mustPublish(o.App)
	_, err := e.publish(o.App)
	wantCode(t, err, "already_published", "sign a new one with another salt")

	cancelled := e.orders(terms(1), nil).App
	if err := e.hub(e.m.AppOwner, chain.Hub.PackCancelAppOrder(cancelled)); err != nil {
		t.Fatal(err)
	}
	_, err = e.publish(cancelled)
	wantCode(t, err, "cancelled", "cancelled on-chain")

	// A deal uses the whole volume of these orders before they reach the market.
	used := e.orders(terms(1), nil)
	if _, _, err := e.n.Match(e.ctx, e.m.Requester, used); err != nil {
		t.Fatal(err)
	}
	for _, order := range []any{used.App, used.Dataset, used.Workerpool, used.Request} {
		_, err = e.publish(order)
		wantCode(t, err, "consumed", "whole volume")
	}
}

// TestOwnerLimit: an owner has at most Config.MaxOpenPerOwner open orders; unpublishing
// one makes room.
func TestOwnerLimit(t *testing.T) {
	e := newEnv(t, func(c *market.Config) { c.MaxOpenPerOwner = 2 })
	a := e.mustPublish(e.orders(terms(1), nil).App)
	e.mustPublish(e.orders(terms(1), nil).App)
	third := e.orders(terms(1), nil).App
	_, err := e.publish(third)
	wantCode(t, err, "limit", "2 open orders")
	if _, err := e.c.Unpublish(e.ctx, e.m.AppOwner.Key(), a.Hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	e.mustPublish(third)
}

// TestUnpublish: only the owner, with a fresh message for this market.
func TestUnpublish(t *testing.T) {
	e := newEnv(t, nil)
	rec := e.mustPublish(e.orders(terms(1), nil).Workerpool)
	h, err := e.c.Health(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	sign := func(key *chain.Sender, m api.MarketHealth, expires int64) api.Unpublish {
		d := api.UnpublishHash(m, rec.Hash, expires)
		sig, err := crypto.Sign(d[:], key.Key())
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		return api.Unpublish{Expires: expires, Signature: sig}
	}
	soon := time.Now().Add(time.Minute).Unix()
	other := *h
	other.Name = "another market"
	for _, tc := range []struct {
		name string
		u    api.Unpublish
		code string
	}{
		{"not the owner", sign(e.m.Requester, *h, soon), "forbidden"},
		{"for another market", sign(e.m.PoolOwner, other, soon), "forbidden"},
		{"expired", sign(e.m.PoolOwner, *h, time.Now().Add(-time.Minute).Unix()), "expired"},
		{"expires too far ahead", sign(e.m.PoolOwner, *h, time.Now().Add(time.Hour).Unix()), "expired"},
		{"malformed signature", api.Unpublish{Expires: soon, Signature: []byte{1, 2, 3}}, "bad_signature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.c.UnpublishSigned(e.ctx, rec.Hash, tc.u)
			wantCode(t, err, tc.code)
		})
	}
	got, err := e.c.UnpublishSigned(e.ctx, rec.Hash, sign(e.m.PoolOwner, *h, soon))
	if err != nil || got.Status != api.StatusUnpublished {
		t.Fatalf("unpublish: %+v, %v", got, err)
	}
	page, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindWorkerpool})
	if err != nil || len(page.Orders) != 0 {
		t.Errorf("an unpublished order is listed: %+v, %v", page, err)
	}
	// Published once: it cannot come back.
	_, err = e.c.Publish(e.ctx, api.PublishRequest{Order: got.Order})
	wantCode(t, err, "already_published")
}

// TestMalformed: what the strict decoder and the size limit refuse, over raw HTTP.
func TestMalformed(t *testing.T) {
	e := newEnv(t, func(c *market.Config) { c.MaxBody = 8 << 10 })
	o := e.orders(terms(1), nil).App
	good, err := json.Marshal(api.PublishRequest{Order: api.MustOrder(o)})
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) []byte {
		if !strings.Contains(string(good), old) {
			t.Fatalf("%q not in %s", old, good)
		}
		return []byte(strings.Replace(string(good), old, new, 1))
	}
	for _, tc := range []struct {
		name   string
		body   []byte
		status int
		code   string
		field  string
	}{
		{"not JSON", []byte(`{"order":`), 400, "bad_request", "invalid JSON"},
		{"empty", nil, 400, "bad_request", "empty body"},
		{"trailing data", append(append([]byte{}, good...), []byte(` {}`)...), 400, "bad_request", "trailing data"},
		{"unknown field", replace(`"kind":"app",`, `"kind":"app","colour":"red",`), 400, "bad_request", "order.colour: unknown field"},
		{"unknown top-level field", replace(`{"order":`, `{"extra":1,"order":`), 400, "bad_request", "extra: unknown field"},
		{"duplicate field", replace(`"kind":"app",`, `"kind":"app","kind":"app",`), 400, "bad_request", "order.kind: given twice"},
		{"missing field", replace(`"tag":"0x0000000000000000000000000000000000000000000000000000000000000000",`, ``), 400, "bad_request", "order.tag: missing"},
		{"bad hex", replace(`"app":"0x`, `"app":"0xzz`), 400, "bad_request", "order.app"},
		{"short address", replace(`"app":"0x`, `"app":"0x12`), 400, "bad_request", "order.app"},
		{"number as JSON number", replace(`"appprice":"5"`, `"appprice":5`), 400, "bad_request", "order.appprice: want a JSON string"},
		{"negative", replace(`"appprice":"5"`, `"appprice":"-5"`), 400, "bad_request", "order.appprice"},
		{"above 2^256-1", replace(`"appprice":"5"`, `"appprice":"`+new(big.Int).Lsh(big64(1), 256).String()+`"`), 400, "bad_request", "order.appprice"},
		{"unknown kind", replace(`"kind":"app"`, `"kind":"apple"`), 400, "bad_request", "order.kind"},
		{"odd signature", replace(`"sign":"0x`, `"sign":"0x1`), 400, "bad_request", "order.sign"},
		{"oversize", append(replace(`{"order":`, `{"pad":"`+strings.Repeat("x", 9<<10)+`","order":`), ' '), 413, "too_large", "larger than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, detail := e.post("/v1/orders", tc.body)
			if status != tc.status || detail.Code != tc.code || !strings.Contains(detail.Message, tc.field) {
				t.Errorf("HTTP %d %q %q, want %d %q with %q", status, detail.Code, detail.Message, tc.status, tc.code, tc.field)
			}
		})
	}
	// Query parameters are strict too.
	for _, q := range []string{"kind=app&colour=red", "kind=apple", "kind=app&kind=app", "kind=app&min_trust=-1", "kind=app&limit=0"} {
		resp, err := http.Get(e.srv.URL + "/v1/orders?" + q)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 400 {
			t.Errorf("GET /v1/orders?%s: HTTP %d, want 400", q, resp.StatusCode)
		}
	}
	if status, _ := e.post("/v1/nowhere", nil); status != http.StatusNotFound {
		t.Errorf("unknown route: HTTP %d", status)
	}
}

// TestQueryFilters: the filters of GET /v1/orders, the price order and pagination.
func TestQueryFilters(t *testing.T) {
	e := newEnv(t, nil)
	gpu := common.Hash{30: 1} // tag bit 8
	var pools []bindings.WorkerpoolOrder
	for i, p := range []struct {
		price, trust, category int64
		tag                    common.Hash
	}{{100, 5, 0, common.Hash{}}, {50, 1, 0, gpu}, {70, 10, 0, gpu}, {20, 10, 1, common.Hash{}}} {
		o := e.m.Orders(simnet.Terms{WorkerpoolPrice: p.price, Trust: p.trust, Volume: int64(i + 1), Category: big64(p.category)}).Workerpool
		o.Tag = p.tag
		must(t, e.n.Domain().SignWorkerpoolOrder(e.m.PoolOwner.Key(), &o))
		e.mustPublish(o)
		pools = append(pools, o)
	}
	cat0, five := uint64(0), uint64(5)
	for _, tc := range []struct {
		name string
		q    api.OrderQuery
		want []int
	}{
		{"all, cheapest first", api.OrderQuery{}, []int{3, 1, 2, 0}},
		{"descending", api.OrderQuery{Descending: true}, []int{0, 2, 1, 3}},
		{"category", api.OrderQuery{Category: &cat0}, []int{1, 2, 0}},
		{"tag", api.OrderQuery{Tag: &gpu}, []int{1, 2}},
		{"tag within nothing", api.OrderQuery{TagWithin: &common.Hash{}}, []int{3, 0}},
		{"min trust", api.OrderQuery{MinTrust: 5}, []int{3, 2, 0}},
		{"max trust", api.OrderQuery{MaxTrust: &five}, []int{1, 0}},
		{"max price", api.OrderQuery{MaxPrice: big64(70)}, []int{3, 1, 2}},
		{"min volume", api.OrderQuery{MinVolume: 3}, []int{3, 2}},
		{"owner", api.OrderQuery{Owner: e.m.Requester.Address()}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Kind = api.KindWorkerpool
			page, err := e.c.Orders(e.ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []common.Hash
			for _, r := range page.Orders {
				got = append(got, r.Hash)
			}
			var want []common.Hash
			for _, i := range tc.want {
				want = append(want, hashOf(pools[i]))
			}
			if len(got) != len(want) {
				t.Fatalf("got %d orders, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("order %d is %s, want %s", i, got[i].Hex()[:10], want[i].Hex()[:10])
				}
			}
		})
	}
	// Two pages of two.
	p1, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindWorkerpool, Limit: 2})
	if err != nil || len(p1.Orders) != 2 || p1.Next == "" {
		t.Fatalf("page 1: %+v, %v", p1, err)
	}
	p2, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindWorkerpool, Limit: 2, After: p1.Next})
	if err != nil || len(p2.Orders) != 2 || p2.Orders[0].Hash != hashOf(pools[2]) {
		t.Fatalf("page 2: %+v, %v", p2, err)
	}
	_, err = e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindWorkerpool, After: "garbage!"})
	wantCode(t, err, "bad_request", "after")
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
