package market_test

// Tests of the market service: a real Market (store, HTTP handler, follower) on a simulated
// chain with the protocol deployed, driven through api.MarketClient and raw HTTP, with
// orders signed by the actors' real keys.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/simnet"
	"ergon/market"
	"ergon/pgtest"
)

// patience bounds every wait for the follower.
const patience = 20 * time.Second

// env is one test's world: a fresh simulated chain, trading actors with their assets, and a
// market serving over HTTP that can be stopped and started again on the same store.
type env struct {
	t     *testing.T
	ctx   context.Context
	n     *simnet.Network
	m     *simnet.Market
	store market.Store
	cfg   market.Config

	mk   *market.Market
	srv  *httptest.Server
	c    *api.MarketClient
	stop func()
}

// newEnv starts a chain, a market of actors (with a dataset) and the market service;
// configure changes its Config before it starts.
func newEnv(t *testing.T, configure func(*market.Config)) *env {
	t.Helper()
	return newEnvOn(t, newStore(t), configure)
}

// newEnvOn is newEnv with the market's book in store.
func newEnvOn(t *testing.T, store market.Store, configure func(*market.Config)) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	t.Cleanup(cancel)
	n, err := simnet.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	m, err := n.NewMarket(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, n: n, m: m, store: store}
	e.cfg = market.DefaultConfig()
	e.cfg.Chain, e.cfg.Store = n.Client, e.store
	e.cfg.Poll, e.cfg.Sweep = 5*time.Millisecond, time.Hour
	e.cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	if configure != nil {
		configure(&e.cfg)
	}
	e.start()
	t.Cleanup(func() {
		e.halt()
		e.store.Close()
	})
	return e
}

// serviceStoreEnv chooses the book the service tests run on: "postgres" for a fresh database
// on a real PostgreSQL (pgtest), anything else for the embedded SQLite store. `make test` runs
// the service tests once on each.
const serviceStoreEnv = "ERGON_TEST_MARKET_STORE"

// newStore is the store the service tests run on (see serviceStoreEnv), in a temporary file or
// database.
func newStore(t *testing.T) market.Store {
	t.Helper()
	if os.Getenv(serviceStoreEnv) == "postgres" {
		s, err := market.OpenPostgres(t.Context(), pgtest.DSN(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s, err := market.OpenSQLite(filepath.Join(t.TempDir(), "market.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// start runs a Market on e.store: its API on a test server, its follower in the background.
func (e *env) start() {
	e.t.Helper()
	mk, err := market.New(e.ctx, e.cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mk = mk
	e.srv = httptest.NewServer(mk.Handler())
	e.c = api.NewMarketClient(e.srv.URL, nil)
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- mk.Run(ctx) }()
	e.stop = func() {
		cancel()
		if err := <-done; err != nil {
			e.t.Errorf("Run: %v", err)
		}
		e.srv.Close()
	}
}

// halt stops the market (not the store).
func (e *env) halt() {
	if e.stop != nil {
		e.stop()
		e.stop = nil
	}
}

// orders returns compatible orders of e's actors, changed by mutate, signed by their owners.
func (e *env) orders(terms simnet.Terms, mutate func(o *simnet.Orders)) simnet.Orders {
	o := e.m.Orders(terms)
	if mutate != nil {
		mutate(&o)
	}
	e.n.SignAll(e.m, &o)
	return o
}

// terms are the tests' usual prices.
func terms(volume int64) simnet.Terms {
	return simnet.Terms{AppPrice: 5, DatasetPrice: 3, WorkerpoolPrice: 100, Volume: volume, Trust: 1}
}

func (e *env) publish(order any) (*api.OrderRecord, error) {
	return e.c.Publish(e.ctx, api.PublishRequest{Order: api.MustOrder(order)})
}

func (e *env) mustPublish(order any) *api.OrderRecord {
	e.t.Helper()
	r, err := e.publish(order)
	if err != nil {
		e.t.Fatalf("publish %T: %v", order, err)
	}
	return r
}

// publishAll publishes the four orders.
func (e *env) publishAll(o simnet.Orders) {
	e.t.Helper()
	e.mustPublish(o.App)
	e.mustPublish(o.Dataset)
	e.mustPublish(o.Workerpool)
	e.mustPublish(o.Request)
}

// wantCode checks err is an API error with code.
func wantCode(t *testing.T, err error, code string, msgHas ...string) {
	t.Helper()
	var ae *api.Error
	if !errors.As(err, &ae) {
		t.Fatalf("error %v, want an API error with code %q", err, code)
	}
	if ae.Code != code {
		t.Fatalf("code %q (%s), want %q", ae.Code, ae.Message, code)
	}
	for _, s := range msgHas {
		if !strings.Contains(ae.Message, s) {
			t.Errorf("message %q does not say %q", ae.Message, s)
		}
	}
}

// post sends a raw body and returns the status and the decoded error body (if any).
func (e *env) post(path string, body []byte) (int, api.ErrorDetail) {
	e.t.Helper()
	resp, err := http.Post(e.srv.URL+path, "application/json", bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var eb api.ErrorBody
	json.Unmarshal(b, &eb)
	return resp.StatusCode, eb.Error
}

// waitFor polls cond until it holds.
func (e *env) waitFor(what string, cond func() bool) {
	e.t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) {
			e.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitStatus waits until the market says order h has status (and remaining, if ≥ 0).
func (e *env) waitStatus(h common.Hash, status string, remaining int64) {
	e.t.Helper()
	var last *api.OrderRecord
	e.waitFor("order "+h.Hex()[:10]+" "+status, func() bool {
		r, err := e.c.Order(e.ctx, h)
		if err != nil {
			e.t.Fatal(err)
		}
		last = r
		return r.Status == status && (remaining < 0 || r.Remaining == uint64(remaining))
	})
	_ = last
}

// synced waits until the follower has handled the chain's head.
func (e *env) synced() {
	e.t.Helper()
	head, err := e.n.Client.Backend.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	e.waitFor("the follower at the head", func() bool {
		h, err := e.c.Health(e.ctx)
		return err == nil && h.Block >= head
	})
}

// hub sends a call to the hub from s.
func (e *env) hub(s *chain.Sender, data []byte) error {
	_, err := e.n.Hub(e.ctx, s, data)
	return err
}

// finalizeTask0 has a new worker contribute and finalize the deal's first task (trust 1): a
// success for the deal's pool.
func (e *env) finalizeTask0(deal *simnet.Deal) {
	e.t.Helper()
	workers, err := e.n.Workers(e.ctx, 1)
	if err != nil {
		e.t.Fatal(err)
	}
	w := workers[0]
	tid := deal.TaskID(0)
	if err := e.hub(w, chain.Hub.PackContributeAndFinalize(deal.ID, deal.Deal, big64(0), simnet.Digest("ok"), "ergon://ok", []byte{},
		[20]byte{}, []byte{}, e.n.Authorization(e.m.PoolOwner, w.Address(), tid))); err != nil {
		e.t.Fatal(err)
	}
}

// matchOnChain sends matchOrders with the market's answer and the request.
func (e *env) matchOnChain(res *api.MatchResult, req bindings.RequestOrder) (*simnet.Deal, error) {
	e.t.Helper()
	if !res.Matched {
		e.t.Fatalf("no match: %+v", res.WhyNot)
	}
	o := simnet.Orders{App: res.App.Order.App.Bindings(), Workerpool: res.Workerpool.Order.Workerpool.Bindings(), Request: req,
		Dataset: bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int), Sign: []byte{}}}
	if res.Dataset != nil {
		o.Dataset = res.Dataset.Order.Dataset.Bindings()
	}
	d, _, err := e.n.Match(e.ctx, e.m.Requester, o)
	return d, err
}

func hashOf(order any) common.Hash {
	switch o := order.(type) {
	case bindings.AppOrder:
		return chain.AppOrderHash(o)
	case bindings.DatasetOrder:
		return chain.DatasetOrderHash(o)
	case bindings.WorkerpoolOrder:
		return chain.WorkerpoolOrderHash(o)
	case bindings.RequestOrder:
		return chain.RequestOrderHash(o)
	}
	panic("not an order")
}

func salt(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func big64(x int64) *big.Int { return big.NewInt(x) }
