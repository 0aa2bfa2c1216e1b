package market_test

// Tests of the order book's fixes after review: each failed before its fix.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/chain/simnet"
	"ergon/market"
)

// flakyStore fails the first follower batch that changes a reputation, and records the
// reputations it stored.
type flakyStore struct {
	market.Store
	mu     sync.Mutex
	failed bool
	rep    map[common.Address]int64
}

func (s *flakyStore) Apply(ctx context.Context, u *market.Update) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.Block != 0 && len(u.Reputation) > 0 && !s.failed {
		s.failed = true
		return errors.New("disk full")
	}
	if err := s.Store.Apply(ctx, u); err != nil {
		return err
	}
	for a, r := range u.Reputation {
		s.rep[a] = r
	}
	return nil
}

func (s *flakyStore) reputation(pool common.Address) (int64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.rep[pool]
	return r, ok
}

// TestReputationRetriedBatch: a batch whose Apply fails is read again, and its task
// outcomes count once.
func TestReputationRetriedBatch(t *testing.T) {
	fs := &flakyStore{Store: newStore(t), rep: map[common.Address]int64{}}
	e := newEnvOn(t, fs, nil)
	o := e.orders(terms(2), nil)
	deal, _, err := e.n.Match(e.ctx, e.m.Requester, o)
	if err != nil {
		t.Fatal(err)
	}
	e.finalizeTask0(deal)
	e.synced()
	e.waitFor("the pool's reputation stored", func() bool { _, ok := fs.reputation(e.m.Pool); return ok })
	if r, _ := fs.reputation(e.m.Pool); r != 1 || !fs.failed {
		t.Errorf("reputation %d after a retried batch (failed %v), want 1", r, fs.failed)
	}
}

// deployReturning deploys a contract whose every call returns out.
func deployReturning(t *testing.T, e *env, out []byte) common.Address {
	t.Helper()
	runtime := append([]byte{0x60, byte(len(out)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(out)), 0x60, 0x00, 0xf3}, out...)
	initcode := append([]byte{0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3}, runtime...)
	s := e.n.Actor()
	tx, err := s.Send(e.ctx, nil, initcode, &chain.TxOpts{GasLimit: 200_000})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Wait(e.ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r.ContractAddress
}

// erc1271Word is isValidSignature's selector as a bytes32.
func erc1271Word() []byte { return append([]byte{0x16, 0x26, 0xba, 0x7e}, make([]byte, 28)...) }

// TestERC1271 accepts what the hub's SignatureChecker accepts: at least 32 bytes returned,
// whose first word is the selector and 28 zero bytes.
func TestERC1271(t *testing.T) {
	e := newEnv(t, nil)
	for _, tc := range []struct {
		name string
		out  []byte
		code string
	}{
		// Accepted: the signature passes and the contract (with no deposit) cannot pay.
		{"exact word", erc1271Word(), "insufficient_balance"},
		{"longer answer", append(erc1271Word(), bytes.Repeat([]byte{0xff}, 32)...), "insufficient_balance"},
		{"selector with garbage", append([]byte{0x16, 0x26, 0xba, 0x7e}, bytes.Repeat([]byte{0x01}, 28)...), "bad_signature"},
		{"selector alone", []byte{0x16, 0x26, 0xba, 0x7e}, "bad_signature"},
		{"short answer", erc1271Word()[:31], "bad_signature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			owner := deployReturning(t, e, tc.out)
			req := e.orders(terms(1), nil).Request
			req.Requester, req.Sign = owner, bytes.Repeat([]byte{0x01}, 70)
			_, err := e.publish(req)
			wantCode(t, err, tc.code)
		})
	}
}

// failingCalls fails the calls to one address as a node that cannot be reached would.
type failingCalls struct {
	chain.Backend
	to atomic.Pointer[common.Address]
}

func (b *failingCalls) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if to := b.to.Load(); to != nil && msg.To != nil && *msg.To == *to {
		return nil, errors.New("dial tcp 10.0.0.1:8545: connect: connection refused")
	}
	return b.Backend.CallContract(ctx, msg, block)
}

// TestERC1271Unavailable: a node that cannot answer isValidSignature makes the publication
// fail with "unavailable" (retry), not "bad_signature".
func TestERC1271Unavailable(t *testing.T) {
	var fb *failingCalls
	e := newEnv(t, func(cfg *market.Config) {
		c := *cfg.Chain
		fb = &failingCalls{Backend: c.Backend}
		c.Backend = fb
		cfg.Chain = &c
	})
	owner := deployReturning(t, e, erc1271Word())
	fb.to.Store(&owner)
	req := e.orders(terms(1), nil).Request
	req.Requester, req.Sign = owner, bytes.Repeat([]byte{0x01}, 70)
	_, err := e.publish(req)
	wantCode(t, err, "unavailable")
}

// TestOrdersPagingStable: GET /v1/orders pages workerpool orders by price then age, so a
// reputation that changes between pages neither skips nor repeats an order.
func TestOrdersPagingStable(t *testing.T) {
	e := newEnv(t, nil)
	other := e.n.Actor()
	pool2, err := e.n.CreateWorkerpool(e.ctx, other, "pool 2")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.n.Deposit(e.ctx, other, simnet.Funds); err != nil {
		t.Fatal(err)
	}
	mine := e.mustPublish(e.orders(terms(2), nil).Workerpool)
	theirs := e.m.Orders(terms(2)).Workerpool
	theirs.Workerpool = pool2
	must(t, e.n.Domain().SignWorkerpoolOrder(other.Key(), &theirs))
	e.mustPublish(theirs)
	setRep := func(r int64) {
		if err := e.store.Apply(e.ctx, &market.Update{Reputation: map[common.Address]int64{pool2: r}}); err != nil {
			t.Fatal(err)
		}
	}
	setRep(5)
	p1, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindWorkerpool, Limit: 1})
	if err != nil || len(p1.Orders) != 1 || p1.Next == "" {
		t.Fatalf("%+v %v", p1, err)
	}
	setRep(-5)
	p2, err := e.c.Orders(e.ctx, api.OrderQuery{Kind: api.KindWorkerpool, Limit: 1, After: p1.Next})
	if err != nil || len(p2.Orders) != 1 {
		t.Fatalf("%+v %v", p2, err)
	}
	if p1.Orders[0].Hash != mine.Hash || p2.Orders[0].Hash != hashOf(theirs) {
		t.Errorf("pages %s then %s, want the older order %s then %s", p1.Orders[0].Hash, p2.Orders[0].Hash, mine.Hash, hashOf(theirs))
	}
}

// TestMatchRequesterIsPoolOwner: a requester who owns the workerpool pays the deal and stakes
// for it from one balance; the market matches only when it covers both, as the hub does.
func TestMatchRequesterIsPoolOwner(t *testing.T) {
	e := newEnv(t, nil)
	o := e.orders(terms(1), func(o *simnet.Orders) { o.Request.Requester = e.m.PoolOwner.Address() })
	must(t, e.n.Domain().SignRequestOrder(e.m.PoolOwner.Key(), &o.Request))
	e.mustPublish(o.App)
	e.mustPublish(o.Dataset)
	e.mustPublish(o.Workerpool)
	// 108 for the task and a stake of 30: 120 covers each, not both.
	bal, _, err := e.n.Account(e.ctx, e.m.PoolOwner.Address())
	if err != nil {
		t.Fatal(err)
	}
	if err := e.hub(e.m.PoolOwner, chain.Hub.PackWithdraw(new(big.Int).Sub(bal, big64(120)))); err != nil {
		t.Fatal(err)
	}
	e.synced()
	req := api.MatchRequestFor(api.RequestOrderFrom(o.Request))
	res, err := e.c.Match(e.ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Matched {
		t.Fatalf("matched with 120 for 108 + 30: %+v", res)
	}
	if !strings.Contains(fmtWhyNot(res), "InsufficientBalance") {
		t.Errorf("why not: %s", fmtWhyNot(res))
	}
	if _, _, err := e.n.Match(e.ctx, e.m.PoolOwner, o); err == nil {
		t.Fatal("the hub matched what the market refused")
	}
	if err := e.n.Deposit(e.ctx, e.m.PoolOwner, big64(18)); err != nil {
		t.Fatal(err)
	}
	e.synced()
	if res, err = e.c.Match(e.ctx, req); err != nil || !res.Matched {
		t.Fatalf("%+v %v", res, err)
	}
	if _, _, err := e.n.Match(e.ctx, e.m.PoolOwner, o); err != nil {
		t.Fatalf("the market's match fails on-chain: %v", err)
	}
}

func fmtWhyNot(res *api.MatchResult) string {
	var b strings.Builder
	for _, w := range res.WhyNot {
		b.WriteString(w.Summary + "\n")
		for _, x := range w.Excluded {
			b.WriteString(w.Kind + ": " + x.Rule + "\n")
		}
	}
	return b.String()
}

// hookStore lets a test fail the stores' balance writes and block its queries.
type hookStore struct {
	market.Store
	failBalances atomic.Bool
	blockQueries atomic.Bool
	queried      chan struct{}
}

func (s *hookStore) Apply(ctx context.Context, u *market.Update) error {
	if s.failBalances.Load() && u.Block == 0 && len(u.Balances) > 0 {
		return errors.New("database is locked")
	}
	return s.Store.Apply(ctx, u)
}

func (s *hookStore) Query(ctx context.Context, q market.Query) (*market.Page, error) {
	if s.blockQueries.Load() {
		select {
		case s.queried <- struct{}{}:
		default:
		}
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.Store.Query(ctx, q)
}

// TestPublishBalanceNotStored: an order stored is published (201), even when its owner's
// balance cannot be written just then.
func TestPublishBalanceNotStored(t *testing.T) {
	hs := &hookStore{Store: newStore(t)}
	e := newEnvOn(t, hs, nil)
	hs.failBalances.Store(true)
	o := e.orders(terms(1), nil)
	rec, err := e.publish(o.Request)
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	if got, err := e.c.Order(e.ctx, rec.Hash); err != nil || got.Status != api.StatusOpen {
		t.Errorf("%+v %v", got, err)
	}
}

// syncBuffer is a log destination tests read while the market writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// TestClientGone: a client that disconnects mid-request is not an error of the market.
func TestClientGone(t *testing.T) {
	hs := &hookStore{Store: newStore(t), queried: make(chan struct{}, 1)}
	var logs syncBuffer
	e := newEnvOn(t, hs, func(cfg *market.Config) {
		cfg.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	o := e.orders(terms(1), nil)
	hs.blockQueries.Store(true)
	ctx, cancel := context.WithCancel(e.ctx)
	go func() {
		<-hs.queried
		cancel()
	}()
	_, err := e.c.Match(ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("match: %v", err)
	}
	e.waitFor("the request's end logged", func() bool { return strings.Contains(logs.String(), "path=/v1/match") })
	if s := logs.String(); strings.Contains(s, "level=ERROR") {
		t.Errorf("logged as an error:\n%s", s)
	}
}

// TestBookFull: the book holds at most Config.MaxOpen open orders, whoever owns them.
func TestBookFull(t *testing.T) {
	e := newEnv(t, func(c *market.Config) { c.MaxOpen = 2 })
	e.mustPublish(e.orders(terms(1), nil).App)
	e.mustPublish(e.orders(terms(1), nil).Workerpool)
	_, err := e.publish(e.orders(terms(1), nil).Dataset)
	wantCode(t, err, "limit", "2 open orders")
}

// TestWhyNotOutOfTime: explaining a failed match stops at Config.ExplainTimeout and says
// what it did not examine, instead of failing or taking as long as the book is large.
func TestWhyNotOutOfTime(t *testing.T) {
	e := newEnv(t, func(c *market.Config) { c.ExplainTimeout = time.Nanosecond })
	o := e.orders(terms(1), func(o *simnet.Orders) { o.Request.Appmaxprice = big64(1) })
	e.publishAll(o)
	res, err := e.c.Match(e.ctx, api.MatchRequestFor(api.RequestOrderFrom(o.Request)))
	if err != nil {
		t.Fatal(err)
	}
	if res.Matched || len(res.WhyNot) == 0 {
		t.Fatalf("%+v", res)
	}
	for _, w := range res.WhyNot {
		if w.Kind != api.KindRequest && (!w.Truncated || !strings.Contains(w.Summary, "out of time")) {
			t.Errorf("%+v: want truncated, out of time", w)
		}
	}
}

// TestOrdersPageBytes: a page of orders ends at about api.OrderPageBytes whatever its
// limit, so that a client can read it; params are stored and served unescaped.
func TestOrdersPageBytes(t *testing.T) {
	e := newEnv(t, nil)
	const n = 140 // × 60 KiB: more than a client reads at once
	params := strings.Repeat("x", 60<<10)
	for range n {
		o := e.orders(terms(1), func(o *simnet.Orders) { o.Request.Params = params })
		e.mustPublish(o.Request)
	}
	html := e.orders(terms(1), func(o *simnet.Orders) { o.Request.Params = strings.Repeat("<&>", 20<<10) })
	rec := e.mustPublish(html.Request)
	resp, err := http.Get(e.srv.URL + "/v1/orders/" + rec.Hash.Hex())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(raw, []byte("<&><&>")) || len(raw) > 80<<10 {
		t.Errorf("order of %d bytes, its params escaped", len(raw))
	}

	q := api.OrderQuery{Kind: api.KindRequest, Limit: 1000}
	seen, pages := 0, 0
	for {
		p, err := e.c.Orders(e.ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		pages++
		seen += len(p.Orders)
		if p.Next == "" {
			break
		}
		q.After = p.Next
	}
	if seen != n+1 || pages < 2 {
		t.Errorf("%d orders in %d pages, want %d in more than one", seen, pages, n+1)
	}
}

// TestMarketClientReadsAPage: api.MarketClient's response limit is above a page of orders.
func TestMarketClientReadsAPage(t *testing.T) {
	// A page ends after the order that reaches OrderPageBytes: one more request order, its
	// params (MaxParamsSize, at most six bytes a character once escaped) and its fields.
	page := int64(api.OrderPageBytes + 6*api.MaxParamsSize + 64<<10)
	if got := api.NewMarketClient("http://market", nil).MaxResponseSize; got < page {
		t.Errorf("MaxResponseSize %d, below a page of orders (%d)", got, page)
	}
}

// finalize contributes and finalizes task index of deal with a fresh worker.
func finalize(t *testing.T, e *env, deal *simnet.Deal, index int64) {
	t.Helper()
	workers, err := e.n.Workers(e.ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	w := workers[0]
	tid := deal.TaskID(index)
	if err := e.hub(w, chain.Hub.PackContributeAndFinalize(deal.ID, deal.Deal, big64(index), simnet.Digest("ok"), "ergon://ok", []byte{},
		[20]byte{}, []byte{}, e.n.Authorization(e.m.PoolOwner, w.Address(), tid))); err != nil {
		t.Fatal(err)
	}
}

// TestReputationTrackedTasks: the follower follows at most Config.MaxTrackedTasks open
// tasks; a deal beyond them does not count.
func TestReputationTrackedTasks(t *testing.T) {
	rs := &flakyStore{Store: newStore(t), rep: map[common.Address]int64{}, failed: true}
	e := newEnvOn(t, rs, func(c *market.Config) { c.MaxTrackedTasks = 1 })
	two := e.orders(terms(2), nil) // two tasks: not followed
	deal, _, err := e.n.Match(e.ctx, e.m.Requester, two)
	if err != nil {
		t.Fatal(err)
	}
	finalize(t, e, deal, 0)
	small := e.orders(terms(1), nil) // one task: followed
	deal2, _, err := e.n.Match(e.ctx, e.m.Requester, small)
	if err != nil {
		t.Fatal(err)
	}
	finalize(t, e, deal2, deal2.Deal.BotFirst.Int64())
	e.synced()
	e.waitFor("the pool's reputation stored", func() bool { _, ok := rs.reputation(e.m.Pool); return ok })
	if r, _ := rs.reputation(e.m.Pool); r != 1 {
		t.Errorf("reputation %d, want 1 (the deal of two tasks not followed)", r)
	}
}

// TestReputationClaimWindow: a deal is forgotten Config.ClaimWindow after its final
// deadline; a claim after that does not count.
func TestReputationClaimWindow(t *testing.T) {
	rs := &flakyStore{Store: newStore(t), rep: map[common.Address]int64{}, failed: true}
	e := newEnvOn(t, rs, func(c *market.Config) { c.ClaimWindow = time.Second })
	cat, err := e.n.CreateCategory(e.ctx, "tiny", 10)
	if err != nil {
		t.Fatal(err)
	}
	tm := terms(2)
	tm.Category = cat
	deal, _, err := e.n.Match(e.ctx, e.m.Requester, e.orders(tm, nil))
	if err != nil {
		t.Fatal(err)
	}
	finalize(t, e, deal, 0)
	e.synced()
	e.waitFor("the pool's reputation stored", func() bool { r, _ := rs.reputation(e.m.Pool); return r == 1 })
	// Past the final deadline (100 s) and the window: a later deal moves the follower's clock.
	if err := e.n.AdjustTime(200 * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.n.Match(e.ctx, e.m.Requester, e.orders(terms(1), nil)); err != nil {
		t.Fatal(err)
	}
	e.synced()
	if err := e.hub(e.m.Requester, chain.Hub.PackClaim(deal.ID, deal.Deal, []bindings.ClaimItem{{Index: big64(1), State: poco.EmptyState()}})); err != nil {
		t.Fatal(err)
	}
	e.synced()
	if r, _ := rs.reputation(e.m.Pool); r != 1 {
		t.Errorf("reputation %d, want 1: the claim came after the window", r)
	}
}
