package simnet

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// TestMatchOrdersRules covers every rule of PROTOCOL.md §5: each case changes a valid set of
// orders (then signs it again) and expects the rule's own error, or a match when it should hold.
func TestMatchOrdersRules(t *testing.T) {
	ctx, n := newNet(t)
	m := newMarket(t, n, true)
	other := newMarket(t, n, true) // assets that exist but are not the ones ordered
	stranger := n.Actor()          // signs orders it does not own
	terms := Terms{AppPrice: 5, DatasetPrice: 3, WorkerpoolPrice: 100, Volume: 1, Trust: 1}

	// A pool whose owner has nothing in the hub to stake.
	broke := *m
	broke.PoolOwner = n.Actor()
	var err error
	if broke.Pool, err = n.CreateWorkerpool(ctx, broke.PoolOwner, "broke pool"); err != nil {
		t.Fatal(err)
	}

	// Orders whose volume a first match uses up.
	spent := signed(n, m, terms, nil)
	mustMatch(t, n, m.Requester, spent)
	// An order of the same kind, signed separately: its signature is over another order.
	another := signed(n, m, terms, nil)

	type matchCase struct {
		name   string
		market *Market         // m when nil
		mutate func(o *Orders) // before signing
		after  func(o *Orders) // after signing
		want   string          // "" expects a match
		args   func(o Orders) map[string]any
		check  func(t *testing.T, d *Deal, o Orders)
	}
	cases := []matchCase{
		{name: "valid"},
		{
			name:   "category mismatch",
			mutate: func(o *Orders) { o.Request.Category = big64(1) },
			want:   "CategoryMismatch",
			args:   func(Orders) map[string]any { return map[string]any{"requestCategory": 1, "workerpoolCategory": 0} },
		},
		{
			name:   "unknown category",
			mutate: func(o *Orders) { o.Request.Category, o.Workerpool.Category = big64(99), big64(99) },
			want:   "UnknownCategory",
			args:   func(Orders) map[string]any { return map[string]any{"category": 99} },
		},
		{
			name:   "request trust above pool trust",
			mutate: func(o *Orders) { o.Request.Trust, o.Workerpool.Trust = big64(3), big64(2) },
			want:   "TrustTooHigh",
			args:   func(Orders) map[string]any { return map[string]any{"requestTrust": 3, "workerpoolTrust": 2} },
		},
		{
			name: "request trust above MAX_TRUST",
			mutate: func(o *Orders) {
				o.Request.Trust, o.Workerpool.Trust = big64(1<<32+1), big64(1<<40)
			},
			want: "TrustTooHigh",
			args: func(Orders) map[string]any { return map[string]any{"requestTrust": 1<<32 + 1} },
		},
		{
			name:   "request trust equal to pool trust",
			mutate: func(o *Orders) { o.Request.Trust, o.Workerpool.Trust = big64(1<<32), big64(1<<32) },
			check: func(t *testing.T, d *Deal, _ Orders) {
				if d.Deal.Trust.Int64() != 1<<32 {
					t.Errorf("deal trust %s", d.Deal.Trust)
				}
			},
		},
		{
			name:   "request trust 0 is trust 1",
			mutate: func(o *Orders) { o.Request.Trust = big64(0) },
			check: func(t *testing.T, d *Deal, _ Orders) {
				if d.Deal.Trust.Int64() != 1 {
					t.Errorf("deal trust %s, want 1", d.Deal.Trust)
				}
			},
		},
		{
			name:   "app price too high",
			mutate: func(o *Orders) { o.Request.Appmaxprice = big64(4) },
			want:   "PriceTooHigh",
			args:   func(Orders) map[string]any { return map[string]any{"kind": kindApp, "price": 5, "maxPrice": 4} },
		},
		{
			name:   "dataset price too high",
			mutate: func(o *Orders) { o.Request.Datasetmaxprice = big64(2) },
			want:   "PriceTooHigh",
			args:   func(Orders) map[string]any { return map[string]any{"kind": kindDataset, "price": 3, "maxPrice": 2} },
		},
		{
			name:   "workerpool price too high",
			mutate: func(o *Orders) { o.Request.Workerpoolmaxprice = big64(99) },
			want:   "PriceTooHigh",
			args: func(Orders) map[string]any {
				return map[string]any{"kind": kindWorkerpool, "price": 100, "maxPrice": 99}
			},
		},
		{
			name: "max prices above prices: the orders' prices are paid",
			mutate: func(o *Orders) {
				o.Request.Appmaxprice, o.Request.Datasetmaxprice, o.Request.Workerpoolmaxprice = big64(50), big64(30), big64(1000)
			},
			check: func(t *testing.T, d *Deal, _ Orders) {
				if d.Deal.AppPrice.Int64() != 5 || d.Deal.DatasetPrice.Int64() != 3 || d.Deal.WorkerpoolPrice.Int64() != 100 {
					t.Errorf("deal prices %s %s %s, want 5 3 100", d.Deal.AppPrice, d.Deal.DatasetPrice, d.Deal.WorkerpoolPrice)
				}
			},
		},
		{
			name:   "request tag not in pool tag",
			mutate: func(o *Orders) { o.Request.Tag = tagBits(bitGPU) },
			want:   "TagNotSupported",
			args:   func(Orders) map[string]any { return map[string]any{"missing": common.Hash(tagBits(bitGPU))} },
		},
		{
			name:   "app tag not in pool tag",
			mutate: func(o *Orders) { o.App.Tag, o.Workerpool.Tag = tagBits(bitGPU, 9), tagBits(9) },
			want:   "TagNotSupported",
			args:   func(Orders) map[string]any { return map[string]any{"missing": common.Hash(tagBits(bitGPU))} },
		},
		{
			name:   "dataset tag not in pool tag",
			mutate: func(o *Orders) { o.Dataset.Tag = tagBits(bitGPU) },
			want:   "TagNotSupported",
			args:   func(Orders) map[string]any { return map[string]any{"missing": common.Hash(tagBits(bitGPU))} },
		},
		{
			name:   "TEE requested, pool has no TEE",
			mutate: func(o *Orders) { o.App.Tag, o.Request.Tag = tagBits(bitTEE), tagBits(bitTEE) },
			want:   "TagNotSupported",
			args:   func(Orders) map[string]any { return map[string]any{"missing": common.Hash(tagBits(bitTEE))} },
		},
		{
			name: "tags within pool tag",
			mutate: func(o *Orders) {
				o.App.Tag, o.Dataset.Tag, o.Request.Tag, o.Workerpool.Tag = tagBits(9), tagBits(10), tagBits(bitGPU), tagBits(bitGPU, 9, 10, 11)
			},
			check: func(t *testing.T, d *Deal, _ Orders) {
				if d.Deal.Tag != tagBits(bitGPU, 9, 10) {
					t.Errorf("deal tag %x", d.Deal.Tag)
				}
			},
		},
		{
			name:   "request TEE, app not TEE",
			mutate: func(o *Orders) { o.Request.Tag, o.Workerpool.Tag = tagBits(bitTEE), tagBits(bitTEE) },
			want:   "TeeMismatch",
		},
		{
			name:   "dataset TEE, app not TEE",
			mutate: func(o *Orders) { o.Dataset.Tag, o.Workerpool.Tag = tagBits(bitTEE), tagBits(bitTEE) },
			want:   "TeeMismatch",
		},
		{
			name:   "app TEE, request silent: a TEE deal",
			mutate: func(o *Orders) { o.App.Tag, o.Workerpool.Tag = tagBits(bitTEE), tagBits(bitTEE) },
			check: func(t *testing.T, d *Deal, _ Orders) {
				if d.Deal.Tag != tagBits(bitTEE) {
					t.Errorf("deal tag %x", d.Deal.Tag)
				}
			},
		},
		{
			name:   "request names another app",
			mutate: func(o *Orders) { o.Request.App = other.App },
			want:   "AssetMismatch",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindApp, "requested": other.App, "offered": m.App}
			},
		},
		{
			name:   "request names another dataset",
			mutate: func(o *Orders) { o.Request.Dataset = other.Dataset },
			want:   "AssetMismatch",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindDataset, "requested": other.Dataset, "offered": m.Dataset}
			},
		},
		{
			name:   "request names no dataset, one is offered",
			mutate: func(o *Orders) { o.Request.Dataset = common.Address{} },
			want:   "AssetMismatch",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindDataset, "requested": common.Address{}, "offered": m.Dataset}
			},
		},
		{
			name:   "request names another workerpool",
			mutate: func(o *Orders) { o.Request.Workerpool = other.Pool },
			want:   "AssetMismatch",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindWorkerpool, "requested": other.Pool, "offered": m.Pool}
			},
		},
		{
			name:   "request accepts any workerpool",
			mutate: func(o *Orders) { o.Request.Workerpool = common.Address{} },
			check: func(t *testing.T, d *Deal, _ Orders) {
				if d.Deal.Workerpool != m.Pool {
					t.Errorf("deal workerpool %s, want %s", d.Deal.Workerpool, m.Pool)
				}
			},
		},
		{
			name: "app restricts datasets, no dataset",
			mutate: func(o *Orders) {
				o.App.Datasetrestrict = m.Dataset
				o.Dataset, o.Request.Dataset = bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int)}, common.Address{}
			},
			want: "Restricted",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindApp, "restricted": kindDataset, "allowed": m.Dataset, "actual": common.Address{}}
			},
		},
		{
			name:   "unregistered app",
			mutate: func(o *Orders) { o.App.App, o.Request.App = nowhere, nowhere },
			want:   "UnknownAsset",
			args:   func(Orders) map[string]any { return map[string]any{"kind": kindApp, "asset": nowhere} },
		},
		{
			name:   "unregistered dataset",
			mutate: func(o *Orders) { o.Dataset.Dataset, o.Request.Dataset = nowhere, nowhere },
			want:   "UnknownAsset",
			args:   func(Orders) map[string]any { return map[string]any{"kind": kindDataset, "asset": nowhere} },
		},
		{
			name:   "unregistered workerpool",
			mutate: func(o *Orders) { o.Workerpool.Workerpool, o.Request.Workerpool = nowhere, common.Address{} },
			want:   "UnknownAsset",
			args:   func(Orders) map[string]any { return map[string]any{"kind": kindWorkerpool, "asset": nowhere} },
		},
		{
			name:  "app order signed by a non-owner",
			after: func(o *Orders) { must(n.Domain().SignAppOrder(stranger.Key(), &o.App)) },
			want:  "BadOrderSignature",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindApp, "orderHash": chain.AppOrderHash(o.App), "owner": m.AppOwner.Address()}
			},
		},
		{
			name:  "dataset order signed by a non-owner",
			after: func(o *Orders) { must(n.Domain().SignDatasetOrder(stranger.Key(), &o.Dataset)) },
			want:  "BadOrderSignature",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindDataset, "orderHash": chain.DatasetOrderHash(o.Dataset), "owner": m.DatasetOwner.Address()}
			},
		},
		{
			name:  "workerpool order signed by a non-owner",
			after: func(o *Orders) { must(n.Domain().SignWorkerpoolOrder(stranger.Key(), &o.Workerpool)) },
			want:  "BadOrderSignature",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindWorkerpool, "orderHash": chain.WorkerpoolOrderHash(o.Workerpool), "owner": m.PoolOwner.Address()}
			},
		},
		{
			name:  "request order signed by a non-requester",
			after: func(o *Orders) { must(n.Domain().SignRequestOrder(stranger.Key(), &o.Request)) },
			want:  "BadOrderSignature",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindRequest, "orderHash": chain.RequestOrderHash(o.Request), "owner": m.Requester.Address()}
			},
		},
		{
			name:  "app signature over another order",
			after: func(o *Orders) { o.App.Sign = another.App.Sign },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindApp} },
		},
		{
			name:  "dataset signature over another order",
			after: func(o *Orders) { o.Dataset.Sign = another.Dataset.Sign },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindDataset} },
		},
		{
			name:  "workerpool signature over another order",
			after: func(o *Orders) { o.Workerpool.Sign = another.Workerpool.Sign },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindWorkerpool} },
		},
		{
			name:  "request signature over another order",
			after: func(o *Orders) { o.Request.Sign = another.Request.Sign },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			name:  "request order changed after signing",
			after: func(o *Orders) { o.Request.Params = `{"args":"--seed 2"}` },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			name:  "malleated (high-s) request signature",
			after: func(o *Orders) { o.Request.Sign = highS(o.Request.Sign) },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			name:  "truncated request signature",
			after: func(o *Orders) { o.Request.Sign = o.Request.Sign[:64] },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			name:  "unsigned, not presigned request",
			after: func(o *Orders) { o.Request.Sign = nil },
			want:  "BadOrderSignature",
			args:  func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			// Nobody presigned anything for the zero address: an unsigned request "from nobody"
			// must not pass as presigned.
			name: "unsigned request from the zero address",
			after: func(o *Orders) {
				o.Request.Requester, o.Request.Beneficiary, o.Request.Sign = common.Address{}, common.Address{}, nil
			},
			want: "BadOrderSignature",
			args: func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			name:   "app order used up",
			mutate: func(o *Orders) { o.App = spent.App },
			want:   "OrderConsumed",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindApp, "orderHash": chain.AppOrderHash(spent.App)}
			},
		},
		{
			name:   "dataset order used up",
			mutate: func(o *Orders) { o.Dataset = spent.Dataset },
			want:   "OrderConsumed",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindDataset, "orderHash": chain.DatasetOrderHash(spent.Dataset)}
			},
		},
		{
			name:   "workerpool order used up",
			mutate: func(o *Orders) { o.Workerpool = spent.Workerpool },
			want:   "OrderConsumed",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindWorkerpool, "orderHash": chain.WorkerpoolOrderHash(spent.Workerpool)}
			},
		},
		{
			name:   "request order used up",
			mutate: func(o *Orders) { o.Request = spent.Request },
			want:   "OrderConsumed",
			args: func(o Orders) map[string]any {
				return map[string]any{"kind": kindRequest, "orderHash": chain.RequestOrderHash(spent.Request)}
			},
		},
		{
			name:   "request of volume 0",
			mutate: func(o *Orders) { o.Request.Volume = big64(0) },
			want:   "OrderConsumed",
			args:   func(Orders) map[string]any { return map[string]any{"kind": kindRequest} },
		},
		{
			name: "requester cannot pay",
			mutate: func(o *Orders) {
				b, _, err := n.Account(ctx, m.Requester.Address())
				must(err)
				o.App.Appprice, o.Request.Appmaxprice = b, b
			},
			want: "InsufficientBalance",
			args: func(o Orders) map[string]any {
				b := o.App.Appprice // all the requester has
				return map[string]any{"account": m.Requester.Address(), "needed": new(big.Int).Add(b, big64(103)), "available": b}
			},
		},
		{
			name:   "pool owner cannot stake",
			market: &broke,
			want:   "InsufficientBalance",
			args: func(Orders) map[string]any {
				return map[string]any{"account": broke.PoolOwner.Address(), "needed": 30, "available": 0}
			},
		},
	}

	// Every restriction: a wrong counterpart reverts, the exact one matches.
	type restriction struct {
		field            string
		kind, restricted uint8
		set              func(o *Orders, a common.Address)
		allowed, wrong   common.Address
	}
	restrictions := []restriction{
		{"app.datasetrestrict", kindApp, kindDataset, func(o *Orders, a common.Address) { o.App.Datasetrestrict = a }, m.Dataset, other.Dataset},
		{"app.workerpoolrestrict", kindApp, kindWorkerpool, func(o *Orders, a common.Address) { o.App.Workerpoolrestrict = a }, m.Pool, other.Pool},
		{"app.requesterrestrict", kindApp, kindRequest, func(o *Orders, a common.Address) { o.App.Requesterrestrict = a }, m.Requester.Address(), other.Requester.Address()},
		{"dataset.apprestrict", kindDataset, kindApp, func(o *Orders, a common.Address) { o.Dataset.Apprestrict = a }, m.App, other.App},
		{"dataset.workerpoolrestrict", kindDataset, kindWorkerpool, func(o *Orders, a common.Address) { o.Dataset.Workerpoolrestrict = a }, m.Pool, other.Pool},
		{"dataset.requesterrestrict", kindDataset, kindRequest, func(o *Orders, a common.Address) { o.Dataset.Requesterrestrict = a }, m.Requester.Address(), other.Requester.Address()},
		{"workerpool.apprestrict", kindWorkerpool, kindApp, func(o *Orders, a common.Address) { o.Workerpool.Apprestrict = a }, m.App, other.App},
		{"workerpool.datasetrestrict", kindWorkerpool, kindDataset, func(o *Orders, a common.Address) { o.Workerpool.Datasetrestrict = a }, m.Dataset, other.Dataset},
		{"workerpool.requesterrestrict", kindWorkerpool, kindRequest, func(o *Orders, a common.Address) { o.Workerpool.Requesterrestrict = a }, m.Requester.Address(), other.Requester.Address()},
	}
	for _, r := range restrictions {
		cases = append(cases,
			matchCase{
				name:   r.field + " wrong",
				mutate: func(o *Orders) { r.set(o, r.wrong) },
				want:   "Restricted",
				args: func(Orders) map[string]any {
					return map[string]any{"kind": r.kind, "restricted": r.restricted, "allowed": r.wrong, "actual": r.allowed}
				},
			},
			matchCase{name: r.field + " exact", mutate: func(o *Orders) { r.set(o, r.allowed) }},
		)
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			mk := m
			if c.market != nil {
				mk = c.market
			}
			o := signed(n, mk, terms, c.mutate)
			if c.after != nil {
				c.after(&o)
			}
			d, _, err := n.Match(ctx, mk.Requester, o)
			if c.want == "" {
				if err != nil {
					t.Fatalf("matchOrders: %v", err)
				}
				if c.check != nil {
					c.check(t, d, o)
				}
				return
			}
			var args map[string]any
			if c.args != nil {
				args = c.args(o)
			}
			wantRevert(t, err, c.want, args)
		})
	}
}

// TestPartialFills: volumes app 10, dataset 10, pool 3, request 5 give a deal of the first 3
// tasks, then with another pool order the last 2; the request is then used up.
func TestPartialFills(t *testing.T) {
	ctx, n := newNet(t)
	m := newMarket(t, n, true)
	terms := Terms{AppPrice: 5, DatasetPrice: 3, WorkerpoolPrice: 100, Volume: 3, Trust: 1}
	o := signed(n, m, terms, func(o *Orders) {
		o.App.Volume, o.Dataset.Volume, o.Request.Volume = big64(10), big64(10), big64(5)
	})
	appHash, dsHash := chain.AppOrderHash(o.App), chain.DatasetOrderHash(o.Dataset)
	reqHash := chain.RequestOrderHash(o.Request)

	steps := []struct {
		name                        string
		botFirst, botSize           int64
		app, dataset, pool, request int64 // consumed after the match
	}{
		{"first pool order", 0, 3, 3, 3, 3, 3},
		{"second pool order", 3, 2, 5, 5, 2, 5},
	}
	pools := []bindings.WorkerpoolOrder{o.Workerpool}
	for i, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			if i > 0 { // a fresh pool order of volume 3
				o.Workerpool = signed(n, m, terms, nil).Workerpool
				pools = append(pools, o.Workerpool)
			}
			poolHash := chain.WorkerpoolOrderHash(o.Workerpool)
			d, r, err := n.Match(ctx, m.Requester, o)
			if err != nil {
				t.Fatal(err)
			}
			if d.Deal.BotFirst.Int64() != s.botFirst || d.Deal.BotSize.Int64() != s.botSize {
				t.Errorf("bag [%s, +%s), want [%d, +%d)", d.Deal.BotFirst, d.Deal.BotSize, s.botFirst, s.botSize)
			}
			if want := poco.DealID(reqHash, big64(s.botFirst)); d.ID != want {
				t.Errorf("dealid %s, want DealID(requestHash, %d) = %s", d.ID, s.botFirst, want)
			}
			// The event names the orders by the hashes Go computes.
			ev, _ := chain.DealFromReceipt(r)
			if e := ev[0]; e.AppOrderHash != appHash || e.DatasetOrderHash != dsHash || e.WorkerpoolOrderHash != poolHash || e.RequestOrderHash != reqHash {
				t.Errorf("DealCreated order hashes differ from Go's")
			}
			for _, c := range []struct {
				name string
				hash common.Hash
				want int64
			}{{"app", appHash, s.app}, {"dataset", dsHash, s.dataset}, {"workerpool", poolHash, s.pool}, {"request", reqHash, s.request}} {
				if got := consumed(t, n, c.hash); got != c.want {
					t.Errorf("consumed(%s order) = %d, want %d", c.name, got, c.want)
				}
			}
			if got := consumed(t, n, chain.WorkerpoolOrderHash(pools[0])); got != 3 {
				t.Errorf("consumed(first pool order) = %d, want 3", got)
			}
			// Task ids of the bag are keccak256(dealid, index), as the hub computes them.
			out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackTaskId(d.ID, big64(s.botFirst+s.botSize-1)))
			if err != nil {
				t.Fatal(err)
			}
			if tid, _ := chain.Hub.UnpackTaskId(out); tid != d.TaskID(s.botFirst+s.botSize-1) {
				t.Errorf("taskId %x, want %s", tid, d.TaskID(s.botFirst+s.botSize-1))
			}
		})
	}
	t.Run("request used up", func(t *testing.T) {
		o.Workerpool = signed(n, m, terms, nil).Workerpool
		_, _, err := n.Match(ctx, m.Requester, o)
		wantRevert(t, err, "OrderConsumed", map[string]any{"kind": kindRequest, "orderHash": reqHash})
	})
}

// TestMatchLocks: the requester locks the price of the bag, the pool owner 30 % of the
// workerpool price per task (rounded down per task); free balances fall by as much.
func TestMatchLocks(t *testing.T) {
	cases := []struct {
		name        string
		withDataset bool
		mutate      func(o *Orders)
		price       int64 // locked from the requester per task
	}{
		{name: "with dataset", withDataset: true, price: 7 + 11 + 103},
		{
			name: "without dataset",
			// The all-zero dataset order's price and tag do not count (else the price would pass
			// the request's datasetmaxprice 0 and the tag the pool's).
			mutate: func(o *Orders) { o.Dataset.Datasetprice, o.Dataset.Tag = big64(1000), tagBits(bitGPU) },
			price:  7 + 103,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, n := newNet(t)
			m := newMarket(t, n, c.withDataset)
			const volume = 3
			o := signed(n, m, Terms{AppPrice: 7, DatasetPrice: 11, WorkerpoolPrice: 103, Volume: volume, Trust: 1}, c.mutate)
			if !c.withDataset {
				o.Request.Datasetmaxprice = big64(0)
				n.SignAll(m, &o)
			}
			rb, rf := account(t, n, m.Requester.Address())
			pb, pf := account(t, n, m.PoolOwner.Address())
			d := mustMatch(t, n, m.Requester, o)
			checkInvariant(t, n, m.Requester.Address(), m.PoolOwner.Address())

			wantLock := c.price * volume
			poolLock := int64(103*30/100) * volume // 90, where 30 % of the bag would be 92
			rb2, rf2 := account(t, n, m.Requester.Address())
			pb2, pf2 := account(t, n, m.PoolOwner.Address())
			diff := func(a, b *big.Int) int64 { return new(big.Int).Sub(a, b).Int64() }
			if got := diff(rf2, rf); got != wantLock {
				t.Errorf("requester frozen +%d, want +%d", got, wantLock)
			}
			if got := diff(rb, rb2); got != wantLock {
				t.Errorf("requester balance −%d, want −%d", got, wantLock)
			}
			if got := diff(pf2, pf); got != poolLock {
				t.Errorf("pool owner frozen +%d, want +%d", got, poolLock)
			}
			if got := diff(pb, pb2); got != poolLock {
				t.Errorf("pool owner balance −%d, want −%d", got, poolLock)
			}
			if d.Deal.WorkerStake.Int64() != 103*30/100 {
				t.Errorf("deal worker stake %s, want 30", d.Deal.WorkerStake)
			}
			if !c.withDataset {
				if d.Deal.Dataset != (common.Address{}) || d.Deal.DatasetOwner != (common.Address{}) ||
					d.Deal.DatasetPrice.Sign() != 0 || d.Deal.Tag != ([32]byte{}) {
					t.Errorf("deal without dataset: dataset %s owner %s price %s tag %x",
						d.Deal.Dataset, d.Deal.DatasetOwner, d.Deal.DatasetPrice, d.Deal.Tag)
				}
			}
		})
	}
}

// TestSponsorMatchOrders: the caller pays for the deal and is its sponsor; the requester's
// account does not move. matchOrders sent by a third party still charges the requester.
func TestSponsorMatchOrders(t *testing.T) {
	ctx, n := newNet(t)
	m := newMarket(t, n, true)
	sponsor, poor := n.Actor(), n.Actor()
	if err := n.Deposit(ctx, sponsor, Funds); err != nil {
		t.Fatal(err)
	}
	terms := Terms{AppPrice: 7, DatasetPrice: 11, WorkerpoolPrice: 103, Volume: 2, Trust: 1}
	sponsorMatch := func(from *chain.Sender, o Orders) (*Deal, error) {
		r, err := n.Hub(ctx, from, chain.Hub.PackSponsorMatchOrders(o.App, o.Dataset, o.Workerpool, o.Request))
		if err != nil {
			return nil, err
		}
		ds, err := chain.DealFromReceipt(r)
		if err != nil || len(ds) != 1 {
			return nil, fmt.Errorf("%d deals: %v", len(ds), err)
		}
		return &Deal{ID: ds[0].Dealid, Deal: ds[0].Deal}, nil
	}

	t.Run("sponsor pays", func(t *testing.T) {
		rb, rf := account(t, n, m.Requester.Address())
		sb, sf := account(t, n, sponsor.Address())
		d, err := sponsorMatch(sponsor, signed(n, m, terms, nil))
		if err != nil {
			t.Fatal(err)
		}
		if d.Deal.Sponsor != sponsor.Address() || d.Deal.Requester != m.Requester.Address() {
			t.Errorf("deal sponsor %s requester %s", d.Deal.Sponsor, d.Deal.Requester)
		}
		rb2, rf2 := account(t, n, m.Requester.Address())
		if rb2.Cmp(rb) != 0 || rf2.Cmp(rf) != 0 {
			t.Errorf("requester account moved: %s/%s → %s/%s", rb, rf, rb2, rf2)
		}
		sb2, sf2 := account(t, n, sponsor.Address())
		if got := new(big.Int).Sub(sf2, sf).Int64(); got != 121*2 {
			t.Errorf("sponsor frozen +%d, want +242", got)
		}
		if got := new(big.Int).Sub(sb, sb2).Int64(); got != 121*2 {
			t.Errorf("sponsor balance −%d, want −242", got)
		}
		checkInvariant(t, n, m.Requester.Address(), m.PoolOwner.Address(), sponsor.Address())
	})
	t.Run("sponsor cannot pay", func(t *testing.T) {
		_, err := sponsorMatch(poor, signed(n, m, terms, nil))
		wantRevert(t, err, "InsufficientBalance", map[string]any{"account": poor.Address(), "needed": 242, "available": 0})
	})
	t.Run("matchOrders by a third party charges the requester", func(t *testing.T) {
		_, rf := account(t, n, m.Requester.Address())
		d := mustMatch(t, n, sponsor, signed(n, m, terms, nil))
		if d.Deal.Sponsor != m.Requester.Address() {
			t.Errorf("deal sponsor %s, want the requester", d.Deal.Sponsor)
		}
		if _, rf2 := account(t, n, m.Requester.Address()); new(big.Int).Sub(rf2, rf).Int64() != 242 {
			t.Errorf("requester frozen +%s, want +242", new(big.Int).Sub(rf2, rf))
		}
	})
}
