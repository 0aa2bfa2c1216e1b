package scheduler_test

// End-to-end tests of the scheduler: a real Scheduler (SQLite store, HTTP handler, Run) on a
// simulated chain with the protocol deployed, and workers played by the test through
// api.SchedulerClient with real keys and EIP-712 signatures. No executor: a worker "computes"
// the digest the test gives it.

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/poco"
	"ergon/chain/simnet"
	"ergon/market"
	"ergon/pgtest"
	"ergon/scheduler"
)

// Timings of the schedulers under test: short, so that leases expire and batches leave
// within a test's patience.
const (
	testLease     = time.Second
	testHeartbeat = 200 * time.Millisecond
	testBatch     = 10 * time.Millisecond
	testPoll      = 10 * time.Millisecond
	// patience bounds every wait for the scheduler or the chain.
	patience = 20 * time.Second
)

// The terms of the tests' deals (simnet.Terms adds volume and trust).
const (
	appPrice  = 3
	poolPrice = 100
)

// env is one test's world: a fresh simulated chain, a market whose pool owner is the pool's
// scheduler, and the scheduler itself, which can be stopped and started again on the same
// database.
type env struct {
	t    *testing.T
	ctx  context.Context
	n    *simnet.Network
	m    *simnet.Market
	db   string
	logs *logRecords
	// skew moves the schedulers' clock (Config.Clock) ahead of the wall clock.
	skew atomic.Int64

	srv  *httptest.Server
	stop func()
	// ended is closed when the current scheduler's Run returned, with runErr what it returned;
	// stop reports an error other than a cancellation unless it is wantRunErr.
	ended      chan struct{}
	runErr     error
	wantRunErr error
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Second)
	t.Cleanup(cancel)
	n, err := simnet.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	m, err := n.NewMarket(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, n: n, m: m, db: filepath.Join(t.TempDir(), "scheduler.db"), logs: &logRecords{}}
	if os.Getenv(storeEnv) == "postgres" {
		e.db = pgtest.DSN(t)
	}
	return e
}

// storeEnv chooses the store the scheduler tests run on: "postgres" for a fresh database on a
// real PostgreSQL (pgtest), anything else for SQLite in a temporary file. `make test` runs the
// restart tests once on each (the store's own suite always runs on both).
const storeEnv = "ERGON_TEST_SCHEDULER_STORE"

// openStore opens the env's store, as a scheduler starting would.
func (e *env) openStore() (scheduler.Store, error) {
	if os.Getenv(storeEnv) == "postgres" {
		return scheduler.OpenPostgres(e.ctx, e.db, e.m.Pool)
	}
	return scheduler.OpenSQLite(e.db)
}

// start runs a scheduler for the market's pool on the env's database; change, if not nil,
// adjusts its configuration. The previous scheduler must have been stopped.
func (e *env) start(change func(*scheduler.Config)) {
	t := e.t
	t.Helper()
	st, err := e.openStore()
	if err != nil {
		t.Fatal(err)
	}
	cfg := scheduler.DefaultConfig()
	cfg.Workerpool, cfg.Key, cfg.Chain, cfg.Store = e.m.Pool, e.m.PoolOwner.Key(), e.n.Client, st
	cfg.StoreURL = "http://store.test"
	cfg.StartBlock = e.n.D.Block
	cfg.Lease, cfg.Heartbeat, cfg.BatchInterval, cfg.Poll = testLease, testHeartbeat, testBatch, testPoll
	cfg.Logger = slog.New(recordingHandler{slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}), e.logs})
	cfg.Clock = func() time.Time { return time.Now().Add(time.Duration(e.skew.Load())) }
	if change != nil {
		change(&cfg)
	}
	s, err := scheduler.New(cfg)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	ctx, cancel := context.WithCancel(e.ctx)
	ended := make(chan struct{})
	go func() {
		e.runErr = s.Run(ctx)
		close(ended)
	}()
	var once sync.Once
	e.srv, e.ended = srv, ended
	e.stop = func() {
		once.Do(func() {
			cancel()
			<-ended
			if err := e.runErr; err != nil && !errors.Is(err, context.Canceled) && (e.wantRunErr == nil || !errors.Is(err, e.wantRunErr)) {
				t.Errorf("scheduler Run: %v", err)
			}
			srv.CloseClientConnections()
			srv.Close()
			if err := st.Close(); err != nil {
				t.Errorf("close store: %v", err)
			}
		})
	}
	t.Cleanup(e.stop)
	if _, gated := cfg.Store.(gatedStore); !gated {
		e.waitReady()
	}
}

// waitReady waits until the scheduler has loaded its state and follows the chain: its health
// reports a block (it has none before).
func (e *env) waitReady() {
	e.t.Helper()
	c := api.NewSchedulerClient(e.url(), nil)
	e.eventually("the scheduler ready", func() bool {
		h, err := c.Health(e.ctx)
		return err == nil && h.Block >= e.n.D.Block
	})
}

// url is the current scheduler's API.
func (e *env) url() string { return e.srv.URL }

// deal matches the market's orders for a deal of `volume` tasks at `trust`.
func (e *env) deal(volume, trust int64) *simnet.Deal {
	e.t.Helper()
	return e.dealWith(simnet.Terms{AppPrice: appPrice, WorkerpoolPrice: poolPrice, Volume: volume, Trust: trust})
}

// dealWith matches the market's orders for terms.
func (e *env) dealWith(terms simnet.Terms) *simnet.Deal {
	e.t.Helper()
	o := e.m.Orders(terms)
	e.n.SignAll(e.m, &o)
	d, _, err := e.n.Match(e.ctx, e.m.Requester, o)
	if err != nil {
		e.t.Fatalf("matchOrders: %v", err)
	}
	return d
}

// eventually polls cond until it holds or patience runs out.
func (e *env) eventually(what string, cond func() bool) {
	e.t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) || e.ctx.Err() != nil {
			e.t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitTask waits until the chain holds task index of d in status want.
func (e *env) waitTask(d *simnet.Deal, index int64, want poco.Status) *chain.Task {
	e.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		// An error may be a block landing between the event read and the slot read: read again.
		ct, err := e.n.Task(e.ctx, d, index)
		if err == nil && ct.Status == want {
			return ct
		}
		if time.Now().After(deadline) || e.ctx.Err() != nil {
			if err != nil {
				e.t.Fatalf("gave up waiting for task %d of deal %s to be %s: %v", index, d.ID.Hex()[:10], want, err)
			}
			e.t.Fatalf("gave up waiting for task %d of deal %s to be %s: it is %s with %d contributions", index, d.ID.Hex()[:10], want, ct.Status, len(ct.State.Contributions))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// account returns addr's free and locked hub balances.
func (e *env) account(addr common.Address) (balance, frozen *big.Int) {
	e.t.Helper()
	b, f, err := e.n.Account(e.ctx, addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return b, f
}

func (e *env) score(addr common.Address) int64 {
	e.t.Helper()
	s, err := e.n.Score(e.ctx, addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return s.Int64()
}

// wantAccount checks a worker's hub account: nothing locked and balance = Funds + delta.
func (e *env) wantAccount(who string, addr common.Address, delta int64) {
	e.t.Helper()
	b, f := e.account(addr)
	want := new(big.Int).Add(simnet.Funds, big.NewInt(delta))
	if f.Sign() != 0 || b.Cmp(want) != 0 {
		e.t.Errorf("%s: balance %s frozen %s, want balance %s (funds %+d) frozen 0", who, b, f, want, delta)
	}
}

// share is what each of `winners` fresh winners earns for a task of d whose `losers`
// contributions were seized (PROTOCOL.md §8: log2(2) = 1 each, the scheduler keeps its ratio).
func share(d *simnet.Deal, winners, losers int64) int64 {
	pot := new(big.Int).Add(d.Deal.WorkerpoolPrice, new(big.Int).Mul(d.Deal.WorkerStake, big.NewInt(losers)))
	pot.Mul(pot, new(big.Int).Sub(big.NewInt(100), d.Deal.SchedulerRewardRatio)).Div(pot, big.NewInt(100))
	return pot.Div(pot, big.NewInt(winners)).Int64()
}

// sentTx is a transaction of the scheduler's account found on-chain.
type sentTx struct {
	method string
	ok     bool
}

// schedulerTxs lists the transactions the pool's scheduler account sent from block `from`.
func (e *env) schedulerTxs(from uint64) []sentTx {
	e.t.Helper()
	ctx := e.ctx
	head, err := e.n.Client.Backend.BlockNumber(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(e.n.Client.ChainID)
	var out []sentTx
	for i := from; i <= head; i++ {
		b, err := e.n.Client.Backend.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			e.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if a, err := types.Sender(signer, tx); err != nil || a != e.m.PoolOwner.Address() {
				continue
			}
			name := "?"
			if len(tx.Data()) >= 4 {
				hub := chain.Hub.GetABI()
				if m, err := hub.MethodById(tx.Data()[:4]); err == nil {
					name = m.Name
				}
			}
			r, err := e.n.Client.Backend.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				e.t.Fatal(err)
			}
			out = append(out, sentTx{method: name, ok: r.Status == types.ReceiptStatusSuccessful})
		}
	}
	return out
}

// methods counts sent transactions by method, failed ones as "<method> (failed)".
func methods(txs []sentTx) map[string]int {
	out := map[string]int{}
	for _, tx := range txs {
		k := tx.method
		if !tx.ok {
			k += " (failed)"
		}
		out[k]++
	}
	return out
}

// logRecords keeps the messages of the schedulers' warnings and errors.
type logRecords struct {
	mu   sync.Mutex
	msgs []string
}

func (l *logRecords) count(msg string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, m := range l.msgs {
		if m == msg {
			n++
		}
	}
	return n
}

func (l *logRecords) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.msgs)
}

// recordingHandler logs through the test and records warnings and errors.
type recordingHandler struct {
	slog.Handler
	rec *logRecords
}

func (h recordingHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level >= slog.LevelWarn {
		h.rec.mu.Lock()
		h.rec.msgs = append(h.rec.msgs, r.Message)
		h.rec.mu.Unlock()
	}
	return h.Handler.Handle(ctx, r)
}

func (h recordingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return recordingHandler{h.Handler.WithAttrs(as), h.rec}
}

func (h recordingHandler) WithGroup(name string) slog.Handler {
	return recordingHandler{h.Handler.WithGroup(name), h.rec}
}

// worker is a scripted worker: a funded account that talks to the scheduler through the
// typed client and heartbeats in the background until silenced.
type worker struct {
	e    *env
	name string
	acct *chain.Sender

	mu    sync.Mutex
	c     *api.SchedulerClient
	hbCtl context.CancelFunc
	hbWG  sync.WaitGroup
	done  map[common.Hash]bool
}

// workers creates k funded workers.
func (e *env) workers(k int) []*worker {
	e.t.Helper()
	accts, err := e.n.Workers(e.ctx, k)
	if err != nil {
		e.t.Fatal(err)
	}
	ws := make([]*worker, k)
	for i, a := range accts {
		ws[i] = &worker{e: e, name: fmt.Sprintf("worker %d", i), acct: a, done: map[common.Hash]bool{}}
		e.t.Cleanup(ws[i].silence)
	}
	return ws
}

// unfunded returns a worker with ether but nothing in the hub: it cannot stake.
func (e *env) unfunded(name string) *worker {
	w := &worker{e: e, name: name, acct: e.n.Actor(), done: map[common.Hash]bool{}}
	e.t.Cleanup(w.silence)
	return w
}

func (w *worker) addr() common.Address { return w.acct.Address() }

func (w *worker) client() *api.SchedulerClient {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.c
}

// login logs in to the current scheduler with a new client (a restarted worker) and starts
// heartbeating.
func (w *worker) login(slots int) *api.Session {
	w.e.t.Helper()
	sess, err := w.tryLogin(slots)
	if err != nil {
		w.e.t.Fatalf("%s: login: %v", w.name, err)
	}
	return sess
}

// tryLogin is login that returns its error.
func (w *worker) tryLogin(slots int) (*api.Session, error) {
	w.silence()
	c := api.NewSchedulerClient(w.e.url(), nil)
	c.Workerpool = w.e.m.Pool
	sess, err := c.Login(w.e.ctx, w.acct.Key(), slots)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(w.e.ctx)
	w.mu.Lock()
	w.c, w.hbCtl = c, cancel
	w.mu.Unlock()
	w.hbWG.Add(1)
	go func() {
		defer w.hbWG.Done()
		tick := time.NewTicker(testHeartbeat)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			c.Heartbeat(ctx, api.Heartbeat{Slots: slots}) // errors: the test's calls report them
		}
	}()
	return sess, nil
}

// silence stops the heartbeats: the worker looks dead unless it calls.
func (w *worker) silence() {
	w.mu.Lock()
	cancel := w.hbCtl
	w.hbCtl = nil
	w.mu.Unlock()
	if cancel != nil {
		cancel()
		w.hbWG.Wait()
	}
}

// work asks for up to free tasks, waiting up to wait; it remembers the Done tasks.
func (w *worker) work(free int, wait time.Duration) *api.Work {
	w.e.t.Helper()
	wk, err := w.client().Work(w.e.ctx, api.WorkRequest{Free: free, WaitMS: wait.Milliseconds()})
	if err != nil {
		w.e.t.Fatalf("%s: work: %v", w.name, err)
	}
	w.mu.Lock()
	for _, id := range wk.Done {
		w.done[id] = true
	}
	w.mu.Unlock()
	return wk
}

// workUntil asks for work until cond holds for an answer, and returns it.
func (w *worker) workUntil(what string, free int, cond func(*api.Work) bool) *api.Work {
	w.e.t.Helper()
	var got *api.Work
	w.e.eventually(w.name+": "+what, func() bool {
		got = w.work(free, 300*time.Millisecond)
		return cond(got)
	})
	return got
}

// assigned waits for an assignment of task.
func (w *worker) assigned(task common.Hash) api.Assignment {
	w.e.t.Helper()
	wk := w.workUntil("an assignment of "+task.Hex()[:10], 1, func(wk *api.Work) bool {
		return slices.ContainsFunc(wk.Assignments, func(a api.Assignment) bool { return a.TaskID == task })
	})
	if len(wk.Assignments) != 1 {
		w.e.t.Fatalf("%s: %d assignments, want 1: %+v", w.name, len(wk.Assignments), wk.Assignments)
	}
	return wk.Assignments[0]
}

// revealAsked waits until the scheduler asks the worker to reveal task.
func (w *worker) revealAsked(task common.Hash) {
	w.e.t.Helper()
	w.workUntil("a reveal request for "+task.Hex()[:10], 0, func(wk *api.Work) bool {
		return slices.Contains(wk.Reveals, task)
	})
}

// sawDone reports whether the scheduler told the worker that task ended.
func (w *worker) sawDone(task common.Hash) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.done[task]
}

// results is the pointer of a made-up result archive.
func results(label string) string {
	return "ergon://" + hex.EncodeToString(crypto.Keccak256([]byte("result "+label)))
}

// contribution is the worker's signed commitment to digest; a one-step one carries the digest
// and the results.
func (w *worker) contribution(task, digest common.Hash, oneStep bool) api.Contribution {
	return signedContribution(w.e, w.acct, w.acct, task, digest, oneStep)
}

// signedContribution is `of`'s commitment to digest signed by `by`.
func signedContribution(e *env, of, by *chain.Sender, task, digest common.Hash, oneStep bool) api.Contribution {
	rh := poco.ResultHash(task, digest)
	seal := poco.ResultSeal(of.Address(), task, digest)
	sig, err := e.n.Domain().Sign(by.Key(), chain.ContributionHash(task, rh, seal, common.Address{}))
	if err != nil {
		e.t.Fatal(err)
	}
	c := api.Contribution{ResultHash: rh, ResultSeal: seal, Sign: sig}
	if oneStep {
		c.Digest = &digest
		c.Results = results(digest.Hex())
	}
	return c
}

func (w *worker) contribute(task, digest common.Hash, oneStep bool) error {
	return w.client().Contribute(w.e.ctx, task, w.contribution(task, digest, oneStep))
}

func (w *worker) mustContribute(task, digest common.Hash, oneStep bool) {
	w.e.t.Helper()
	if err := w.contribute(task, digest, oneStep); err != nil {
		w.e.t.Fatalf("%s: contribute to %s: %v", w.name, task.Hex()[:10], err)
	}
}

func (w *worker) reveal(task, digest common.Hash) error {
	sig, err := w.e.n.Domain().Sign(w.acct.Key(), chain.RevealHash(task, digest))
	if err != nil {
		w.e.t.Fatal(err)
	}
	return w.client().Reveal(w.e.ctx, task, api.Reveal{Digest: digest, Sign: sig, Results: results(digest.Hex())})
}

func (w *worker) mustReveal(task, digest common.Hash) {
	w.e.t.Helper()
	if err := w.reveal(task, digest); err != nil {
		w.e.t.Fatalf("%s: reveal %s: %v", w.name, task.Hex()[:10], err)
	}
}

// wantErr fails unless err wraps want (an api sentinel).
func wantErr(t *testing.T, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s: error %v, want %v", what, err, want)
	}
}

// contributors lists the workers of a task's on-chain contributions, in order.
func contributors(ct *chain.Task) []common.Address {
	var out []common.Address
	for _, c := range ct.State.Contributions {
		out = append(out, c.Worker)
	}
	return out
}

// replicaStatuses is the scheduler's view of a task's replicas, by worker.
// wantReplicas waits until the scheduler reports these replica statuses (it records a
// finalization once it has seen its transaction land, a moment after the chain has it).
func wantReplicas(t *testing.T, e *env, task common.Hash, want map[common.Address]string) {
	t.Helper()
	var st map[common.Address]string
	if !eventuallyOK(e.ctx, func() bool {
		st = replicaStatuses(t, e, task)
		for a, s := range want {
			if st[a] != s {
				return false
			}
		}
		return true
	}) {
		t.Errorf("replicas %v, want %v", st, want)
	}
}

func replicaStatuses(t *testing.T, e *env, task common.Hash) map[common.Address]string {
	t.Helper()
	info, err := api.NewSchedulerClient(e.url(), nil).Task(e.ctx, task)
	if err != nil {
		t.Fatalf("task %s: %v", task.Hex()[:10], err)
	}
	out := map[common.Address]string{}
	for _, r := range info.Replicas {
		out[r.Worker] = r.Status
	}
	return out
}

// TestOneStepBag: a trust-1 bag of 3 tasks run by one worker with 3 slots goes through
// contributeAndFinalize: each task completes with the worker's result and pays it.
func TestOneStepBag(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	w := e.workers(1)[0]
	d := e.deal(3, 1)
	sess := w.login(3)
	if sess.Workerpool != e.m.Pool || sess.Scheduler != e.m.PoolOwner.Address() || sess.Hub != e.n.D.Hub ||
		sess.ChainID != e.n.Client.ChainID.Uint64() || sess.HeartbeatMS != testHeartbeat.Milliseconds() ||
		sess.LeaseMS != testLease.Milliseconds() || sess.StoreURL != "http://store.test" {
		t.Errorf("session %+v", sess)
	}

	var as []api.Assignment
	e.eventually("3 assignments", func() bool {
		as = append(as, w.work(3-len(as), time.Second).Assignments...)
		return len(as) >= 3
	})
	if len(as) != 3 {
		t.Fatalf("%d assignments, want 3", len(as))
	}
	slices.SortFunc(as, func(a, b api.Assignment) int { return int(a.Index) - int(b.Index) })
	timeRef := d.Deal.TimeRef.Uint64()
	for i, a := range as {
		want := api.Assignment{
			TaskID: d.TaskID(int64(i)), DealID: d.ID, Index: uint64(i), BotSize: 3, App: e.m.App,
			Params: `{"args":"--seed 1"}`, Trust: 1, OneStep: true,
			ContributionDeadline: d.Deal.StartTime.Uint64() + 7*timeRef, TimeoutMS: int64(timeRef) * 1000,
		}
		got := a
		got.WorkerStake, got.Authorization = nil, nil
		if !got.OneStep || got.TaskID != want.TaskID || got.DealID != want.DealID || got.Index != want.Index ||
			got.BotSize != want.BotSize || got.App != want.App || got.Params != want.Params || got.Trust != want.Trust ||
			got.Callback != (common.Address{}) || got.ContributionDeadline != want.ContributionDeadline || got.TimeoutMS != want.TimeoutMS {
			t.Errorf("assignment %d:\n got %+v\nwant %+v", i, got, want)
		}
		if a.WorkerStake == nil || a.WorkerStake.ToInt().Cmp(d.Deal.WorkerStake) != 0 {
			t.Errorf("assignment %d: worker stake %v, want %s", i, a.WorkerStake, d.Deal.WorkerStake)
		}
		signer, err := chain.Recover(e.n.Domain().Digest(chain.AuthorizationHash(w.addr(), a.TaskID, common.Address{})), a.Authorization)
		if err != nil || signer != e.m.PoolOwner.Address() {
			t.Errorf("assignment %d: authorization recovers to %s (%v), want the scheduler %s", i, signer, err, e.m.PoolOwner.Address())
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	h, err := w.client().Health(e.ctx)
	if err != nil || h.Workerpool != e.m.Pool || h.Workers != 1 || h.Block < d.Block {
		t.Errorf("health %+v, %v: want the pool, 1 worker, block ≥ %d", h, err, d.Block)
	}
	running := []common.Hash{as[0].TaskID, as[1].TaskID, as[2].TaskID}
	if hb, err := w.client().Heartbeat(e.ctx, api.Heartbeat{Running: running, Slots: 3}); err != nil || len(hb.Cancel) != 0 {
		t.Errorf("heartbeat running its tasks: %+v, %v; want nothing cancelled", hb, err)
	}

	digests := make([]common.Hash, 3)
	for i, a := range as {
		digests[i] = simnet.Digest(fmt.Sprintf("answer %d", i))
		w.mustContribute(a.TaskID, digests[i], true)
	}
	for i := range as {
		ct := e.waitTask(d, int64(i), poco.StatusCompleted)
		if ct.Digest != digests[i] || ct.Results != results(digests[i].Hex()) {
			t.Errorf("task %d completed with digest %s results %q, want %s %q", i, ct.Digest, ct.Results, digests[i], results(digests[i].Hex()))
		}
		if got := contributors(ct); !slices.Equal(got, []common.Address{w.addr()}) {
			t.Errorf("task %d: contributors %v, want the worker once", i, got)
		}
	}
	e.wantAccount("worker", w.addr(), 3*share(d, 1, 0))
	if s := e.score(w.addr()); s != 0 {
		t.Errorf("worker score %d, want 0 (unreplicated tasks do not score)", s)
	}
	e.eventually("the 3 tasks listed as done", func() bool {
		w.work(0, 200*time.Millisecond)
		return w.sawDone(as[0].TaskID) && w.sawDone(as[1].TaskID) && w.sawDone(as[2].TaskID)
	})
	for _, a := range as {
		info, err := w.client().Task(e.ctx, a.TaskID)
		if err != nil || info.Status != "completed" || info.Results != results(digests[a.Index].Hex()) {
			t.Errorf("scheduler's view of task %d: %+v, %v", a.Index, info, err)
		}
	}
	// The contributions arrive one by one: one to three batches, none failed.
	txs := e.schedulerTxs(d.Block)
	if got := methods(txs); len(got) != 1 || got["contributeAndFinalizeBatch"] != len(txs) || len(txs) > 3 {
		t.Errorf("scheduler transactions %v, want 1 to 3 contributeAndFinalizeBatch", got)
	}
}

// TestReplication: at a trust that takes 3 agreeing fresh workers, exactly 3 of 4 get the
// task, whatever happens; they commit, reveal when asked, and each scores +1.
func TestReplication(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	ws := e.workers(4)
	d := e.deal(1, 5) // fresh weight 2: 2^3 × 5 > (2^3 + 1) × 4, but not 2^2
	task := d.TaskID(0)
	for _, w := range ws {
		w.login(1)
	}
	for _, w := range ws[:3] {
		a := w.assigned(task)
		if a.OneStep || a.Trust != 5 {
			t.Errorf("%s: assignment one_step %v trust %d, want false 5", w.name, a.OneStep, a.Trust)
		}
	}
	if wk := ws[3].work(1, 300*time.Millisecond); len(wk.Assignments) != 0 {
		t.Fatalf("the 4th worker got %+v: the 3 pending replicas are enough", wk.Assignments)
	}
	digest := simnet.Digest("the answer")
	for _, w := range ws[:3] {
		w.mustContribute(task, digest, false)
	}
	if wk := ws[3].work(1, 300*time.Millisecond); len(wk.Assignments) != 0 {
		t.Fatalf("the 4th worker got %+v after the 3 committed", wk.Assignments)
	}
	e.waitTask(d, 0, poco.StatusRevealing)
	for i, w := range ws[:3] {
		w.revealAsked(task)
		if i == 0 {
			wantErr(t, "a reveal of another digest", w.reveal(task, simnet.Digest("another")), api.ErrBadRequest)
		}
		w.mustReveal(task, digest)
	}
	ws[0].mustReveal(task, digest) // a retry
	if wk := ws[3].work(1, 100*time.Millisecond); len(wk.Reveals) != 0 {
		t.Errorf("the 4th worker was asked to reveal %v", wk.Reveals)
	}
	ct := e.waitTask(d, 0, poco.StatusCompleted)
	if ct.Digest != digest || ct.Results != results(digest.Hex()) {
		t.Errorf("completed with %s %q, want %s", ct.Digest, ct.Results, digest)
	}
	if got := contributors(ct); len(got) != 3 {
		t.Errorf("contributors %v, want 3", got)
	}
	for _, w := range ws[:3] {
		if s := e.score(w.addr()); s != 1 {
			t.Errorf("%s: score %d, want 1", w.name, s)
		}
		e.wantAccount(w.name, w.addr(), share(d, 3, 0))
	}
	e.wantAccount(ws[3].name, ws[3].addr(), 0)
	if wk := ws[3].work(1, 100*time.Millisecond); len(wk.Assignments)+len(wk.Reveals) != 0 {
		t.Errorf("the 4th worker got %+v", wk)
	}
	e.eventually("the scheduler's view of the replicas", func() bool {
		st := replicaStatuses(t, e, task)
		return len(st) == 3 && st[ws[0].addr()] == "finalized" && st[ws[1].addr()] == "finalized" && st[ws[2].addr()] == "finalized"
	})
}

// TestNeverStarve: at trust 3 (2 agreeing fresh workers), two disagreeing results make the
// scheduler hand the task to more workers until one result wins; the loser is rejected on
// finalize and cannot reveal.
//
// With fresh workers (weight 2) two agreeing out of three is not enough: group 4 × 3 is not
// more than (1 + 4 + 2) × 2, so after one disagreement two more replicas are needed (4
// workers, not the 3 one might expect).
func TestNeverStarve(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	ws := e.workers(4)
	d := e.deal(1, 3)
	task := d.TaskID(0)
	for _, w := range ws {
		w.login(1)
	}
	ws[0].assigned(task)
	ws[1].assigned(task)
	for _, w := range ws[2:] {
		if wk := w.work(1, 300*time.Millisecond); len(wk.Assignments) != 0 {
			t.Fatalf("%s got %+v while 2 replicas are pending", w.name, wk.Assignments)
		}
	}
	good, bad := simnet.Digest("good"), simnet.Digest("bad")
	ws[0].mustContribute(task, good, false)
	ws[1].mustContribute(task, bad, false)
	e.eventually("both contributions on-chain", func() bool {
		ct, err := e.n.Task(e.ctx, d, 0)
		return err == nil && len(ct.State.Contributions) == 2
	})
	// The disagreement needs two more agreeing replicas: both idle workers get one.
	ws[2].assigned(task)
	ws[3].assigned(task)
	ws[2].mustContribute(task, good, false)
	ws[3].mustContribute(task, good, false)
	ct := e.waitTask(d, 0, poco.StatusRevealing)
	if ct.State.Consensus != poco.ResultHash(task, good) {
		t.Fatalf("consensus on %s, want the good result", ct.State.Consensus)
	}
	winners := []*worker{ws[0], ws[2], ws[3]}
	for _, w := range winners {
		w.revealAsked(task)
	}
	wantErr(t, "the loser's reveal", ws[1].reveal(task, bad), api.ErrConflict)
	wantErr(t, "the loser revealing the winning digest", ws[1].reveal(task, good), api.ErrConflict)
	for _, w := range winners {
		w.mustReveal(task, good)
	}
	ct = e.waitTask(d, 0, poco.StatusCompleted)
	if ct.Digest != good {
		t.Errorf("completed with %s, want the good digest", ct.Digest)
	}
	for _, w := range winners {
		if s := e.score(w.addr()); s != 1 {
			t.Errorf("%s: score %d, want 1", w.name, s)
		}
		e.wantAccount(w.name, w.addr(), share(d, 3, 1))
	}
	// The loser's stake is seized and its score (0) goes to 0 × 2/3.
	if s := e.score(ws[1].addr()); s != 0 {
		t.Errorf("loser: score %d, want 0", s)
	}
	e.wantAccount("loser", ws[1].addr(), -d.Deal.WorkerStake.Int64())
	e.eventually("the scheduler's view of the replicas", func() bool {
		st := replicaStatuses(t, e, task)
		return st[ws[1].addr()] == "rejected" && st[ws[0].addr()] == "finalized" && st[ws[2].addr()] == "finalized" && st[ws[3].addr()] == "finalized"
	})
	e.eventually("the loser told the task is done", func() bool {
		ws[1].work(0, 200*time.Millisecond)
		return ws[1].sawDone(task)
	})
}

// TestLostWorker: a worker that goes silent past its lease, or gives its task up, loses its
// replica to another worker; its contribution is then refused.
func TestLostWorker(t *testing.T) {
	for _, tc := range []struct {
		name string
		// leave makes worker a drop the task.
		leave func(t *testing.T, e *env, a *worker, task common.Hash)
		// relogin: a's session is gone and it must log in again.
		relogin bool
	}{
		{
			name: "silent",
			leave: func(t *testing.T, e *env, a *worker, task common.Hash) {
				a.silence()
			},
			relogin: true,
		},
		{
			name: "gives up",
			leave: func(t *testing.T, e *env, a *worker, task common.Hash) {
				if err := a.client().Status(e.ctx, task, api.StatusReport{State: "running"}); err != nil {
					t.Fatal(err)
				}
				if err := a.client().Status(e.ctx, task, api.StatusReport{State: "failed", Message: "out of memory"}); err != nil {
					t.Fatal(err)
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.start(nil)
			ws := e.workers(2)
			a, b := ws[0], ws[1]
			d := e.deal(1, 1)
			task := d.TaskID(0)
			a.login(1)
			b.login(1)
			a.assigned(task)
			if wk := b.work(1, 200*time.Millisecond); len(wk.Assignments) != 0 {
				t.Fatalf("b got %+v while a holds the task", wk.Assignments)
			}
			tc.leave(t, e, a, task)
			left := time.Now()
			b.assigned(task)
			// a was last heard of at most a heartbeat before it left.
			if since := time.Since(left); tc.relogin && since < testLease-testHeartbeat {
				t.Errorf("the task moved %s after a went silent, before its lease %s", since, testLease)
			}

			// a comes back with its result.
			err := a.contribute(task, simnet.Digest("late"), true)
			if tc.relogin {
				wantErr(t, "a's contribution on its dropped session", err, api.ErrUnauthorized)
				a.login(1)
				err = a.contribute(task, simnet.Digest("late"), true)
			}
			wantErr(t, "a's contribution", err, api.ErrGone)
			hb, err := a.client().Heartbeat(e.ctx, api.Heartbeat{Running: []common.Hash{task}, Slots: 1})
			if err != nil || !slices.Contains(hb.Cancel, task) {
				t.Errorf("a's heartbeat running the task: %+v, %v; want it cancelled", hb, err)
			}
			if wk := a.work(1, 100*time.Millisecond); len(wk.Assignments) != 0 {
				t.Errorf("a got the task again: %+v", wk.Assignments)
			}

			digest := simnet.Digest("b's answer")
			b.mustContribute(task, digest, true)
			ct := e.waitTask(d, 0, poco.StatusCompleted)
			if ct.Digest != digest || !slices.Equal(contributors(ct), []common.Address{b.addr()}) {
				t.Errorf("completed with %s by %v, want b's", ct.Digest, contributors(ct))
			}
			e.wantAccount("a", a.addr(), 0)
			e.wantAccount("b", b.addr(), share(d, 1, 0))
			wantReplicas(t, e, task, map[common.Address]string{a.addr(): "lost", b.addr(): "finalized"})
		})
	}
}

// TestLostWorkerReturns: the only worker of a pool loses its replica during a network outage
// longer than its lease; when it comes back, nobody else has the task: it must get it again,
// or the task starves until its final deadline.
func TestLostWorkerReturns(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	a := e.workers(1)[0]
	d := e.deal(1, 1)
	task := d.TaskID(0)
	a.login(1)
	a.assigned(task)
	a.silence()
	e.eventually("a's replica lost", func() bool {
		return replicaStatuses(t, e, task)[a.addr()] == "lost"
	})
	a.login(1)
	var got []api.Assignment
	for range 2 { // the first answer may only say the lost replica is done
		got = append(got, a.work(1, time.Second).Assignments...)
	}
	if len(got) != 1 || got[0].TaskID != task {
		t.Fatalf("a came back and got %+v, want the task nobody else took", got)
	}
	digest := simnet.Digest("a's answer")
	a.mustContribute(task, digest, true)
	if ct := e.waitTask(d, 0, poco.StatusCompleted); ct.Digest != digest {
		t.Errorf("completed with %s, want a's", ct.Digest)
	}
}

// TestReopen: winners that never reveal are rejected once the reveal deadline passed, the
// task is reopened on-chain and other workers complete it.
func TestReopen(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	ws := e.workers(4)
	d := e.deal(1, 3)
	task := d.TaskID(0)
	for _, w := range ws {
		w.login(1)
	}
	digest := simnet.Digest("deterministic")
	for _, w := range ws[:2] {
		w.assigned(task)
		w.mustContribute(task, digest, false)
	}
	ct := e.waitTask(d, 0, poco.StatusRevealing)
	for _, w := range ws[:2] {
		w.revealAsked(task) // and ignored
	}
	for _, w := range ws[2:] {
		if wk := w.work(1, 100*time.Millisecond); len(wk.Assignments) != 0 {
			t.Fatalf("%s got %+v during the reveal window", w.name, wk.Assignments)
		}
	}
	now, err := e.n.Now(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.n.AdjustTime(time.Duration(ct.State.RevealDeadline.Uint64()-now+5) * time.Second); err != nil {
		t.Fatal(err)
	}
	e.eventually("the task reopened", func() bool {
		ct, err := e.n.Task(e.ctx, d, 0)
		return err == nil && ct.Status == poco.StatusActive && ct.State.Consensus == (common.Hash{})
	})
	reopens, err := e.n.Client.Backend.FilterLogs(e.ctx, filterTask(e, d, "TaskReopen"))
	if err != nil || len(reopens) != 1 {
		t.Fatalf("%d TaskReopen events (%v), want 1", len(reopens), err)
	}
	for _, w := range ws[:2] {
		e.eventually(w.name+" told its replica ended", func() bool {
			w.work(0, 200*time.Millisecond)
			return w.sawDone(task)
		})
		wantErr(t, w.name+"'s late reveal", w.reveal(task, digest), api.ErrGone)
	}
	for _, w := range ws[2:] {
		w.assigned(task)
		w.mustContribute(task, digest, false)
	}
	e.waitTask(d, 0, poco.StatusRevealing)
	for _, w := range ws[2:] {
		w.revealAsked(task)
		w.mustReveal(task, digest)
	}
	ct = e.waitTask(d, 0, poco.StatusCompleted)
	if ct.Digest != digest {
		t.Errorf("completed with %s, want %s", ct.Digest, digest)
	}
	for _, w := range ws[:2] {
		e.wantAccount(w.name+" (did not reveal)", w.addr(), -d.Deal.WorkerStake.Int64())
	}
	for _, w := range ws[2:] {
		e.wantAccount(w.name, w.addr(), share(d, 2, 2))
		if s := e.score(w.addr()); s != 1 {
			t.Errorf("%s: score %d, want 1", w.name, s)
		}
	}
	wantReplicas(t, e, task, map[common.Address]string{ws[0].addr(): "rejected", ws[1].addr(): "rejected", ws[2].addr(): "finalized", ws[3].addr(): "finalized"})
	if n := e.logs.count("transaction failed"); n != 0 {
		t.Errorf("%d failed transactions; warnings: %q", n, e.logs.all())
	}
}

// filterTask is the query of a task event of d's task 0.
func filterTask(e *env, d *simnet.Deal, event string) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(d.Block),
		Addresses: []common.Address{e.n.D.Hub},
		Topics:    [][]common.Hash{{chain.Hub.GetABI().Events[event].ID}, {d.TaskID(0)}},
	}
}

// TestRestart: a scheduler stopped at any point and started again on the same database and
// chain relays every contribution and reveal exactly once and completes its tasks.
func TestRestart(t *testing.T) {
	e := newEnv(t)
	// hold makes a scheduler keep what it is given: nothing leaves before it stops.
	hold := func(c *scheduler.Config) { c.BatchInterval = time.Hour }
	e.start(hold)
	ws := e.workers(3)
	one := e.deal(1, 1)
	rep := e.deal(1, 5)
	oneTask, repTask := one.TaskID(0), rep.TaskID(0)
	for _, w := range ws {
		w.login(2)
	}
	answer := simnet.Digest("answer")
	ws[0].assigned(oneTask)
	ws[0].mustContribute(oneTask, answer, true)
	for _, w := range ws {
		w.assigned(repTask)
		w.mustContribute(repTask, answer, false)
	}
	oldToken := ws[0].client().Token()
	time.Sleep(50 * time.Millisecond)
	if txs := e.schedulerTxs(one.Block); len(txs) != 0 {
		t.Fatalf("the holding scheduler sent %v", methods(txs))
	}

	t.Log("restart 1: signed contributions not relayed yet")
	e.stop()
	e.start(nil)
	// Sessions are not kept: the workers log in again. The relayed contributions need none.
	if status, code, body := rawCall(t, e, "POST", "/v1/heartbeat", "Bearer "+oldToken, `{"slots":2}`); status != 401 || code != "unauthorized" {
		t.Errorf("a session of the previous scheduler: %d %s", status, body)
	}
	e.waitTask(one, 0, poco.StatusCompleted)
	ct := e.waitTask(rep, 0, poco.StatusRevealing)
	if got := contributors(ct); len(got) != 3 {
		t.Fatalf("contributors %v, want the 3 workers", got)
	}

	t.Log("restart 2: contributions on-chain (maybe not yet in the store), reveals not asked yet")
	e.stop()
	e.start(hold)
	for _, w := range ws {
		w.login(2)
		w.revealAsked(repTask)
		w.mustReveal(repTask, answer)
	}
	time.Sleep(50 * time.Millisecond)

	t.Log("restart 3: signed reveals not relayed yet")
	e.stop()
	e.start(nil)
	ct = e.waitTask(rep, 0, poco.StatusCompleted)
	if ct.Digest != answer || ct.Results != results(answer.Hex()) {
		t.Errorf("completed with %s %q, want %s", ct.Digest, ct.Results, answer)
	}
	for _, w := range ws {
		if s := e.score(w.addr()); s != 1 {
			t.Errorf("%s: score %d, want 1", w.name, s)
		}
	}
	e.wantAccount(ws[0].name, ws[0].addr(), share(one, 1, 0)+share(rep, 3, 0))
	e.wantAccount(ws[1].name, ws[1].addr(), share(rep, 3, 0))

	t.Log("restart 4: everything done")
	e.stop()
	before := e.schedulerTxs(one.Block)
	e.start(nil)
	for _, w := range ws {
		w.login(2)
		if wk := w.work(2, 300*time.Millisecond); len(wk.Assignments)+len(wk.Reveals) != 0 {
			t.Errorf("%s got %+v from a scheduler with nothing to do", w.name, wk)
		}
	}
	after := e.schedulerTxs(one.Block)
	want := map[string]int{"contributeAndFinalizeBatch": 1, "contributeBatch": 1, "finalizeBatch": 1}
	if got := methods(after); !maps.Equal(got, want) || len(after) != len(before) {
		t.Errorf("scheduler transactions %v (%d before the last restart), want %v", got, len(before), want)
	}
	if n := e.logs.count("transaction failed"); n != 0 {
		t.Errorf("%d failed transactions; warnings: %q", n, e.logs.all())
	}
}

// TestRestartKeepsAssignments: a restarted scheduler gives its workers a lease to come back:
// a replica a worker was running when the scheduler stopped stays that worker's, is handed
// to it again when it logs in, and its contribution is relayed.
func TestRestartKeepsAssignments(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	ws := e.workers(2)
	a, b := ws[0], ws[1]
	d := e.deal(1, 1)
	task := d.TaskID(0)
	a.login(1)
	b.login(1)
	a.assigned(task)
	e.stop()
	e.start(nil)
	// The workers notice at their next heartbeat and log in again, well within a lease.
	time.Sleep(testLease / 2)
	a.login(1)
	b.login(1)
	if wk := b.work(1, 300*time.Millisecond); len(wk.Assignments) != 0 {
		t.Errorf("b got %+v: the task is still a's", wk.Assignments)
	}
	if st := replicaStatuses(t, e, task); st[a.addr()] != "assigned" {
		t.Errorf("a's replica is %q after the restart, want assigned", st[a.addr()])
	}
	// a may have restarted too: it is handed its assignment again.
	if wk := a.work(1, 300*time.Millisecond); len(wk.Assignments) != 1 || wk.Assignments[0].TaskID != task {
		t.Errorf("a logged in again and got %+v, want its assignment again", wk.Assignments)
	}
	digest := simnet.Digest("a's answer")
	if err := a.contribute(task, digest, true); err != nil {
		t.Fatalf("a's contribution after the restart: %v", err)
	}
	ct := e.waitTask(d, 0, poco.StatusCompleted)
	if ct.Digest != digest {
		t.Errorf("completed with %s, want a's", ct.Digest)
	}
}

// losingStore is a Store whose lock can be lost on demand, as PostgresStore's when its session
// ends: from then on Apply fails with ErrLockLost.
type losingStore struct {
	scheduler.Store
	lost *atomic.Bool
}

func (l losingStore) Apply(ctx context.Context, b *scheduler.Batch) error {
	if l.lost.Load() {
		return fmt.Errorf("test store: %w", scheduler.ErrLockLost)
	}
	return l.Store.Apply(ctx, b)
}

// TestLockLost: a scheduler whose store lost its lock (another scheduler may hold the state)
// stops at its next write, with ErrLockLost, instead of acting on a state that may not be its
// own any more.
func TestLockLost(t *testing.T) {
	e := newEnv(t)
	var lost atomic.Bool
	e.start(func(c *scheduler.Config) { c.Store = losingStore{c.Store, &lost} })
	e.wantRunErr = scheduler.ErrLockLost
	lost.Store(true)
	e.deal(1, 1) // the scheduler's next write: the deal and its task
	select {
	case <-e.ended:
	case <-time.After(patience):
		t.Fatal("the scheduler kept running after its store lost the lock")
	}
	if !errors.Is(e.runErr, scheduler.ErrLockLost) {
		t.Fatalf("Run = %v, want ErrLockLost", e.runErr)
	}
	t.Logf("Run: %v", e.runErr)
}

// gatedStore holds the scheduler's Load until the gate opens: the window in which a restarted
// scheduler serves its API but has not read its database yet.
type gatedStore struct {
	scheduler.Store
	gate chan struct{}
}

func (g gatedStore) Load(ctx context.Context) (*scheduler.Snapshot, error) {
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.Store.Load(ctx)
}

// TestRestartNotReady: a restarted scheduler that has not loaded its state yet must not tell
// its workers that their tasks are gone (they would drop their results): it answers
// "unavailable" (retry) or serves them as it will once loaded.
func TestRestartNotReady(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	a := e.workers(1)[0]
	d := e.deal(1, 1)
	task := d.TaskID(0)
	a.login(1)
	a.assigned(task)
	e.stop()
	gate := make(chan struct{})
	e.start(func(c *scheduler.Config) { c.Store = gatedStore{c.Store, gate} })
	released := false
	release := func() {
		if !released {
			released = true
			close(gate)
		}
	}
	t.Cleanup(release)

	digest := simnet.Digest("a's answer")
	c := api.NewSchedulerClient(e.url(), nil)
	c.Workerpool = e.m.Pool
	notGone := func(what string, err error) {
		t.Helper()
		if err != nil && !errors.Is(err, api.ErrUnavailable) {
			t.Errorf("%s before the state is loaded: %v, want success or %v", what, err, api.ErrUnavailable)
		}
	}
	if _, err := c.Login(e.ctx, a.acct.Key(), 1); err != nil {
		notGone("login", err)
	} else {
		hb, err := c.Heartbeat(e.ctx, api.Heartbeat{Running: []common.Hash{task}, Slots: 1})
		notGone("heartbeat", err)
		if err == nil && slices.Contains(hb.Cancel, task) {
			t.Errorf("heartbeat before the state is loaded cancels the worker's task")
		}
		notGone("contribution", c.Contribute(e.ctx, task, a.contribution(task, digest, true)))
	}
	_, err := c.Task(e.ctx, task)
	notGone("task info", err)

	release()
	e.waitReady()
	e.eventually("a logged in again", func() bool {
		_, err := a.tryLogin(1)
		return err == nil
	})
	if err := a.contribute(task, digest, true); err != nil {
		t.Fatalf("a's contribution once the state is loaded: %v", err)
	}
	if ct := e.waitTask(d, 0, poco.StatusCompleted); ct.Digest != digest {
		t.Errorf("completed with %s, want a's", ct.Digest)
	}
}

// TestPartialReveal: when a winner does not reveal, the scheduler relays the reveals it has
// before the reveal window closes, finalizes after the deadline with them, and the silent
// winner loses its stake.
func TestPartialReveal(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	ws := e.workers(3)
	d := e.deal(1, 5)
	task := d.TaskID(0)
	digest := simnet.Digest("answer")
	for _, w := range ws {
		w.login(1)
		w.assigned(task)
		w.mustContribute(task, digest, false)
	}
	ct := e.waitTask(d, 0, poco.StatusRevealing)
	deadline := ct.State.RevealDeadline.Uint64()
	for _, w := range ws[:2] {
		w.revealAsked(task)
		w.mustReveal(task, digest)
	}
	time.Sleep(100 * time.Millisecond)
	if txs := methods(e.schedulerTxs(d.Block)); txs["revealBatch"]+txs["finalizeBatch"] != 0 {
		t.Fatalf("sent %v while a winner may still reveal", txs)
	}
	// Into the last timeRef of the window: the reveals go to the chain.
	advance := func(to uint64) {
		t.Helper()
		now, err := e.n.Now(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.n.AdjustTime(time.Duration(to-now) * time.Second); err != nil {
			t.Fatal(err)
		}
	}
	advance(deadline - d.Deal.TimeRef.Uint64() + 1)
	e.eventually("the 2 reveals on-chain", func() bool {
		ct, err := e.n.Task(e.ctx, d, 0)
		if err != nil {
			return false
		}
		_, revealed := poco.Winners(ct.State)
		return revealed == 2
	})
	if ct, err := e.n.Task(e.ctx, d, 0); err == nil && ct.Status != poco.StatusRevealing {
		t.Fatalf("task %s before the reveal deadline, want revealing", ct.Status)
	}
	advance(deadline + 1)
	ct = e.waitTask(d, 0, poco.StatusCompleted)
	if ct.Digest != digest {
		t.Errorf("completed with %s", ct.Digest)
	}
	for _, w := range ws[:2] {
		e.wantAccount(w.name, w.addr(), share(d, 2, 1))
		if s := e.score(w.addr()); s != 1 {
			t.Errorf("%s: score %d, want 1", w.name, s)
		}
	}
	e.wantAccount("the silent winner", ws[2].addr(), -d.Deal.WorkerStake.Int64())
	e.eventually("the scheduler's view of the replicas", func() bool {
		st := replicaStatuses(t, e, task)
		return st[ws[0].addr()] == "finalized" && st[ws[1].addr()] == "finalized" && st[ws[2].addr()] == "rejected"
	})
	if got := methods(e.schedulerTxs(d.Block)); !maps.Equal(got, map[string]int{"contributeBatch": got["contributeBatch"], "revealBatch": 1, "finalizeBatch": 1}) {
		t.Errorf("scheduler transactions %v", got)
	}
	if n := e.logs.count("transaction failed"); n != 0 {
		t.Errorf("%d failed transactions; warnings: %q", n, e.logs.all())
	}
}

// TestDeadlines: a contribution after the contribution deadline is not relayed, no replica is
// handed out once too little time is left, and the task fails at the final deadline.
func TestDeadlines(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	const timeRef = 10
	cat, err := e.n.CreateCategory(e.ctx, "ten seconds", timeRef)
	if err != nil {
		t.Fatal(err)
	}
	ws := e.workers(2)
	a, b := ws[0], ws[1]
	d := e.dealWith(simnet.Terms{AppPrice: appPrice, WorkerpoolPrice: poolPrice, Volume: 1, Trust: 1, Category: cat})
	task := d.TaskID(0)
	a.login(1)
	b.login(1)
	as := a.assigned(task)
	start := d.Deal.StartTime.Uint64()
	if as.ContributionDeadline != start+7*timeRef || as.TimeoutMS != timeRef*1000 {
		t.Errorf("assignment deadline %d timeout %d ms, want %d and %d", as.ContributionDeadline, as.TimeoutMS, start+7*timeRef, timeRef*1000)
	}
	advance := func(to uint64) {
		t.Helper()
		now, err := e.n.Now(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.n.AdjustTime(time.Duration(to-now) * time.Second); err != nil {
			t.Fatal(err)
		}
	}

	// a's result comes at the contribution deadline: accepted, not relayed.
	advance(as.ContributionDeadline)
	if err := a.contribute(task, simnet.Digest("too late"), true); err != nil && !errors.Is(err, api.ErrGone) {
		t.Errorf("a late contribution: %v, want accepted or gone", err)
	}
	e.eventually("a told its late replica ended", func() bool {
		a.work(0, 200*time.Millisecond)
		return a.sawDone(task)
	})
	if st := replicaStatuses(t, e, task); st[a.addr()] != "late" {
		t.Errorf("a's replica %q, want late", st[a.addr()])
	}
	// The scheduler has seen the time (it judged a late): nobody gets the task any more.
	if wk := b.work(1, 300*time.Millisecond); len(wk.Assignments) != 0 {
		t.Errorf("b got %+v at the contribution deadline", wk.Assignments)
	}

	// The final deadline passes: the scheduler gives the task up.
	advance(start + 10*timeRef + 1)
	e.eventually("the task failed", func() bool {
		info, err := b.client().Task(e.ctx, task)
		return err == nil && info.Status == "failed"
	})
	if txs := e.schedulerTxs(d.Block); len(txs) != 0 {
		t.Errorf("the scheduler sent %v", methods(txs))
	}
	e.wantAccount("a", a.addr(), 0)
	if n := e.logs.count("contributions too late for the contribution deadline"); n != 1 {
		t.Errorf("%d warnings of late contributions, want 1", n)
	}
}

// TestUnfundedWorker: a worker with no stake in the hub cannot have its contributions
// relayed; the scheduler drops them, and only them, and the task completes with others.
// The scheduler first holds every signed contribution (a restart from a holding scheduler),
// so that the unfunded worker's contribution is in the same transaction as the others'.
func TestUnfundedWorker(t *testing.T) {
	hold := func(c *scheduler.Config) { c.BatchInterval = time.Hour }
	t.Run("one step", func(t *testing.T) {
		e := newEnv(t)
		e.start(hold)
		a, z := e.workers(1)[0], e.unfunded("unfunded")
		d := e.deal(2, 1)
		a.login(1)
		z.login(1)
		answer := simnet.Digest("answer")
		a.assigned(d.TaskID(0))
		z.assigned(d.TaskID(1))
		z.mustContribute(d.TaskID(1), answer, true)
		a.mustContribute(d.TaskID(0), answer, true)
		e.stop()
		e.start(nil)
		a.login(1)
		e.waitTask(d, 0, poco.StatusCompleted)
		a.assigned(d.TaskID(1))
		a.mustContribute(d.TaskID(1), answer, true)
		e.waitTask(d, 1, poco.StatusCompleted)
		e.wantAccount("a", a.addr(), 2*share(d, 1, 0))
		if st := replicaStatuses(t, e, d.TaskID(1)); st[z.addr()] != "late" {
			t.Errorf("the unfunded worker's replica is %q, want late", st[z.addr()])
		}
	})
	t.Run("replicated", func(t *testing.T) {
		e := newEnv(t)
		e.start(hold)
		ws := e.workers(3)
		a, b, c := ws[0], ws[1], ws[2]
		z := e.unfunded("unfunded")
		d := e.deal(1, 5)
		task := d.TaskID(0)
		answer := simnet.Digest("answer")
		for _, w := range []*worker{a, z, b} {
			w.login(1)
			w.assigned(task)
			w.mustContribute(task, answer, false)
		}
		e.stop()
		e.start(nil)
		for _, w := range ws {
			w.login(1)
		}
		e.eventually("the unfunded worker's contribution dropped", func() bool {
			return replicaStatuses(t, e, task)[z.addr()] == "late"
		})
		if st := replicaStatuses(t, e, task); st[a.addr()] == "late" || st[b.addr()] == "late" {
			t.Fatalf("replicas %v: the funded workers' contributions were dropped with the unfunded one's", st)
		}
		// a's and b's contributions stand; the third replica goes to c.
		c.assigned(task)
		c.mustContribute(task, answer, false)
		ct := e.waitTask(d, 0, poco.StatusRevealing)
		if got := contributors(ct); len(got) != 3 || slices.Contains(got, z.addr()) {
			t.Errorf("contributors %v, want a, b and c", got)
		}
		for _, w := range ws {
			w.revealAsked(task)
			w.mustReveal(task, answer)
		}
		e.waitTask(d, 0, poco.StatusCompleted)
		// The scheduler records the finalization once it has seen its transaction land,
		// a moment after the chain has it.
		var st map[common.Address]string
		if !eventuallyOK(e.ctx, func() bool {
			st = replicaStatuses(t, e, task)
			return st[a.addr()] == "finalized" && st[b.addr()] == "finalized"
		}) || st[z.addr()] != "late" {
			t.Errorf("replicas %v, want the unfunded worker's late and a's and b's finalized", st)
		}
	})
}

// TestOrderPublication: with an OrderPolicy the scheduler publishes a workerpool order signed
// by the pool owner that matches on-chain, and a new one once it is consumed — on its own API
// and in a real market's order book.
func TestOrderPublication(t *testing.T) {
	e := newEnv(t)
	mc := startMarket(t, e)
	pol := &scheduler.OrderPolicy{Price: big.NewInt(poolPrice), Volume: 2, Category: 0, Trust: 5, Key: e.m.PoolOwner.Key(), Check: 50 * time.Millisecond,
		Market: mc}
	// inBook waits for the order to be in the market with the given status.
	inBook := func(h common.Hash, status string) {
		t.Helper()
		var last *api.OrderRecord
		var lastErr error
		ok := eventuallyOK(e.ctx, func() bool {
			last, lastErr = mc.Order(e.ctx, h)
			return lastErr == nil && last.Status == status
		})
		if !ok {
			t.Fatalf("order %s in the market: %+v, %v; want status %s", h, last, lastErr, status)
		}
	}
	e.start(func(c *scheduler.Config) { c.Orders = pol })
	c := api.NewSchedulerClient(e.url(), nil)
	published := func() api.SignedWorkerpoolOrder {
		t.Helper()
		var os []api.SignedWorkerpoolOrder
		e.eventually("a published order", func() bool {
			var err error
			os, err = c.Orders(e.ctx)
			return err == nil && len(os) > 0
		})
		if len(os) != 1 {
			t.Fatalf("%d orders, want 1", len(os))
		}
		o := os[0]
		if h := chain.WorkerpoolOrderHash(o.Order); h != o.Hash {
			t.Errorf("order hash %s, want %s", o.Hash, h)
		}
		signer, err := chain.Recover(e.n.Domain().Digest(o.Hash), o.Order.Sign)
		if err != nil || signer != e.m.PoolOwner.Address() {
			t.Errorf("order signed by %s (%v), want the pool owner %s", signer, err, e.m.PoolOwner.Address())
		}
		wo := o.Order
		if wo.Workerpool != e.m.Pool || wo.Workerpoolprice.Cmp(pol.Price) != 0 || wo.Volume.Uint64() != pol.Volume ||
			wo.Category.Sign() != 0 || wo.Trust.Uint64() != pol.Trust || wo.Tag != [32]byte{} {
			t.Errorf("order %+v does not follow the policy %+v", wo, pol)
		}
		return o
	}
	consumed := func(h common.Hash) uint64 {
		t.Helper()
		out, err := e.n.Client.Call(e.ctx, e.n.D.Hub, chain.Hub.PackConsumed(h))
		if err != nil {
			t.Fatal(err)
		}
		v, err := chain.Hub.UnpackConsumed(out)
		if err != nil {
			t.Fatal(err)
		}
		return v.Uint64()
	}
	buy := func(o api.SignedWorkerpoolOrder, volume int64) *simnet.Deal {
		t.Helper()
		orders := e.m.Orders(simnet.Terms{AppPrice: appPrice, WorkerpoolPrice: poolPrice, Volume: volume, Trust: 5})
		orders.Workerpool = o.Order
		d := e.n.Domain()
		if err := d.SignAppOrder(e.m.AppOwner.Key(), &orders.App); err != nil {
			t.Fatal(err)
		}
		if err := d.SignRequestOrder(e.m.Requester.Key(), &orders.Request); err != nil {
			t.Fatal(err)
		}
		deal, _, err := e.n.Match(e.ctx, e.m.Requester, orders)
		if err != nil {
			t.Fatalf("matchOrders with the published order: %v", err)
		}
		return deal
	}

	first := published()
	if n := consumed(first.Hash); n != 0 {
		t.Fatalf("the published order is %d consumed", n)
	}
	inBook(first.Hash, api.StatusOpen)
	d := buy(first, 1)
	if d.Deal.Workerpool != e.m.Pool || d.Deal.BotSize.Uint64() != 1 || d.Deal.WorkerpoolPrice.Cmp(pol.Price) != 0 {
		t.Errorf("deal %+v", d.Deal)
	}
	// The scheduler saw the deal (its task is known) and still publishes the half-used order.
	e.eventually("the scheduler to know the deal", func() bool {
		_, err := c.Task(e.ctx, d.TaskID(0))
		return err == nil
	})
	time.Sleep(3 * pol.Check)
	if o := published(); o.Hash != first.Hash {
		t.Fatalf("a new order %s while %s has volume left", o.Hash, first.Hash)
	}
	buy(first, 1)
	if n := consumed(first.Hash); n != 2 {
		t.Fatalf("consumed %d, want 2", n)
	}
	var next api.SignedWorkerpoolOrder
	e.eventually("a new order once the first is consumed", func() bool {
		next = published()
		return next.Hash != first.Hash
	})
	if n := consumed(next.Hash); n != 0 {
		t.Errorf("the new order is %d consumed", n)
	}
	inBook(next.Hash, api.StatusOpen)
	inBook(first.Hash, api.StatusFilled)
	// A restarted scheduler publishes the same order again rather than signing a new one.
	e.stop()
	e.start(func(c *scheduler.Config) { c.Orders = pol })
	c = api.NewSchedulerClient(e.url(), nil)
	if o := published(); o.Hash != next.Hash {
		t.Errorf("after a restart the scheduler publishes %s, want %s", o.Hash, next.Hash)
	}
	buy(next, 2)
	var third api.SignedWorkerpoolOrder
	e.eventually("a third order", func() bool {
		third = published()
		return third.Hash != next.Hash
	})
	inBook(third.Hash, api.StatusOpen)

	// Its owner unpublishes the live order from the market: the scheduler notices at its next
	// check of the book, and publishes the next order of its sequence there.
	if _, err := mc.Unpublish(e.ctx, e.m.PoolOwner.Key(), third.Hash, time.Minute); err != nil {
		t.Fatal(err)
	}
	var fourth api.SignedWorkerpoolOrder
	e.eventually("a new order once the live one is unpublished", func() bool {
		fourth = published()
		return fourth.Hash != third.Hash
	})
	inBook(fourth.Hash, api.StatusOpen)
}

// startMarket runs a real order book on the env's chain (its API on a test server, its
// follower in the background) and returns its client.
func startMarket(t *testing.T, e *env) *api.MarketClient {
	t.Helper()
	st, err := market.OpenSQLite(filepath.Join(t.TempDir(), "market.db"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := market.DefaultConfig()
	cfg.Chain, cfg.Store, cfg.Poll = e.n.Client, st, 20*time.Millisecond
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	mk, err := market.New(e.ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(mk.Handler())
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- mk.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("market: %v", err)
		}
		srv.Close()
		mk.Close()
	})
	return api.NewMarketClient(srv.URL, nil)
}

// eventuallyOK polls cond until it holds (true), for patience at most (false).
func eventuallyOK(ctx context.Context, cond func() bool) bool {
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			return false
		}
		time.Sleep(20 * time.Millisecond)
	}
	return true
}

// rawCall sends a request to the scheduler's API with the Authorization header auth (none if
// empty) and returns the status and the error code of the answer.
func rawCall(t *testing.T, e *env, method, path, auth, body string) (status int, code string, resp []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(e.ctx, method, e.url()+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer r.Body.Close()
	resp, _ = io.ReadAll(r.Body)
	var eb api.ErrorBody
	json.Unmarshal(resp, &eb)
	if eb.Error.Code != "" && r.Header.Get("Content-Type") != "application/json" {
		t.Errorf("%s %s: error with content type %q", method, path, r.Header.Get("Content-Type"))
	}
	return r.StatusCode, eb.Error.Code, bytes.TrimSpace(resp)
}

// TestBadInput: what the API refuses, and how.
func TestBadInput(t *testing.T) {
	e := newEnv(t)
	e.start(nil)
	ws := e.workers(2)
	a, b := ws[0], ws[1]
	one := e.deal(1, 1) // first in the scheduler's list
	rep := e.deal(2, 5) // 3 replicas each
	q, p0, p1 := one.TaskID(0), rep.TaskID(0), rep.TaskID(1)
	a.login(1)
	b.login(1)
	a.assigned(q)
	a.assigned(p0)
	b.assigned(p0)
	b.assigned(p1)

	// raw sends a request and checks the status and the error code.
	type raw struct {
		name   string
		method string
		path   string
		token  string // "" none; "a" a's token
		body   string
		status int
		code   string
	}
	tokenOf := map[string]string{"a": a.client().Token(), "b": b.client().Token()}
	do := func(t *testing.T, r raw) {
		t.Helper()
		auth := r.token
		if tok, ok := tokenOf[r.token]; ok {
			auth = "Bearer " + tok
		}
		status, code, body := rawCall(t, e, r.method, r.path, auth, r.body)
		if status != r.status || code != r.code {
			t.Errorf("%s: %s %s: %d %s, want %d %q", r.name, r.method, r.path, status, body, r.status, r.code)
		}
	}
	jsonOf := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	hash := strings.Repeat("ab", 32)
	okContribution := a.contribution(p0, simnet.Digest("x"), false)
	oversized := `{"worker":"` + a.addr().Hex() + `","pad":"` + strings.Repeat("a", 2<<20) + `"}`
	hugeCallback := okContribution
	hugeCallback.CallbackData = make([]byte, 1<<20)
	for _, r := range []raw{
		{"malformed JSON", "POST", "/v1/login/challenge", "", `{"worker":`, 400, "bad_request"},
		{"empty body", "POST", "/v1/login/challenge", "", ``, 400, "bad_request"},
		{"unknown field", "POST", "/v1/login/challenge", "", `{"worker":"` + a.addr().Hex() + `","slots":1}`, 400, "bad_request"},
		{"trailing data", "POST", "/v1/login/challenge", "", `{"worker":"` + a.addr().Hex() + `"} {}`, 400, "bad_request"},
		{"no worker", "POST", "/v1/login/challenge", "", `{}`, 400, "bad_request"},
		{"oversized body", "POST", "/v1/login/challenge", "", oversized, 400, "bad_request"},
		{"oversized contribution", "POST", "/v1/tasks/" + p0.Hex() + "/contribution", "a", jsonOf(hugeCallback), 400, "bad_request"},
		{"work: unknown field", "POST", "/v1/work", "a", `{"free":1,"wait":5}`, 400, "bad_request"},
		{"work: negative free", "POST", "/v1/work", "a", `{"free":-1}`, 400, "bad_request"},
		{"status: unknown state", "POST", "/v1/tasks/" + p0.Hex() + "/status", "a", `{"state":"sleeping"}`, 400, "bad_request"},
		{"no token", "POST", "/v1/heartbeat", "", `{"slots":1}`, 401, "unauthorized"},
		{"unknown token", "POST", "/v1/heartbeat", "Bearer " + hash, `{"slots":1}`, 401, "unauthorized"},
		{"not a bearer token", "POST", "/v1/work", "Basic " + hash, `{"free":1}`, 401, "unauthorized"},
		{"no token for a contribution", "POST", "/v1/tasks/" + p0.Hex() + "/contribution", "", jsonOf(okContribution), 401, "unauthorized"},
		{"short task id", "POST", "/v1/tasks/0x1234/contribution", "a", jsonOf(okContribution), 400, "bad_request"},
		{"task id without 0x", "POST", "/v1/tasks/" + hash + "/contribution", "a", jsonOf(okContribution), 400, "bad_request"},
		{"task id not hex", "POST", "/v1/tasks/0x" + strings.Repeat("zz", 32) + "/reveal", "a", `{}`, 400, "bad_request"},
		{"task id too long", "GET", "/v1/tasks/0x" + hash + "00", "", ``, 400, "bad_request"},
		{"unknown task", "GET", "/v1/tasks/0x" + hash, "", ``, 404, "not_found"},
		{"unknown route", "GET", "/v1/nothing", "", ``, 404, "not_found"},
	} {
		t.Run(r.name, func(t *testing.T) { do(t, r) })
	}

	{ // contributions and reveals
		x, y := simnet.Digest("x"), simnet.Digest("y")
		forged := signedContribution(e, a.acct, b.acct, p0, x, false)
		wantErr(t, "a contribution signed by another key", a.client().Contribute(e.ctx, p0, forged), api.ErrBadRequest)
		wrongTask := a.contribution(p1, x, false)
		wantErr(t, "a contribution signed for another task", a.client().Contribute(e.ctx, p0, wrongTask), api.ErrBadRequest)
		zero := a.contribution(p0, x, false)
		zero.ResultHash = common.Hash{}
		zero.Sign, _ = e.n.Domain().Sign(a.acct.Key(), chain.ContributionHash(p0, zero.ResultHash, zero.ResultSeal, common.Address{}))
		wantErr(t, "a zero result hash", a.client().Contribute(e.ctx, p0, zero), api.ErrBadRequest)
		wantErr(t, "a contribution to b's task", a.contribute(p1, x, false), api.ErrGone)
		wantErr(t, "a contribution to an unknown task", a.contribute(common.HexToHash(hash), x, false), api.ErrGone)
		wantErr(t, "a reveal of a task not given", a.reveal(p1, x), api.ErrGone)
		wantErr(t, "a reveal before contributing", a.reveal(p0, x), api.ErrConflict)
		a.mustContribute(p0, x, false)
		a.mustContribute(p0, x, false) // a retry
		wantErr(t, "a second, different contribution", a.contribute(p0, y, false), api.ErrConflict)
		wantErr(t, "a reveal before consensus", a.reveal(p0, x), api.ErrConflict)
		wantErr(t, "a reveal by a worker that did not contribute", b.reveal(p0, x), api.ErrConflict)
		wantErr(t, "giving up a committed replica", a.client().Status(e.ctx, p0, api.StatusReport{State: "failed"}), api.ErrConflict)

		// One step: the contribution carries a matching digest and a valid results pointer.
		noDigest := a.contribution(q, x, false)
		wantErr(t, "a one-step contribution without digest", a.client().Contribute(e.ctx, q, noDigest), api.ErrBadRequest)
		mismatch := a.contribution(q, x, true)
		mismatch.Digest = &y
		wantErr(t, "a one-step contribution whose digest is not committed", a.client().Contribute(e.ctx, q, mismatch), api.ErrBadRequest)
		badResults := a.contribution(q, x, true)
		badResults.Results = "ipfs://nothing"
		wantErr(t, "a one-step contribution with a bad results pointer", a.client().Contribute(e.ctx, q, badResults), api.ErrBadRequest)
		a.mustContribute(q, x, true)
		e.waitTask(one, 0, poco.StatusCompleted)
		e.eventually("the scheduler to see the task completed", func() bool {
			return errors.Is(a.contribute(q, y, true), api.ErrGone)
		})
	}

	{ // login
		challenge := func(w *worker) hexutil.Bytes {
			t.Helper()
			req, _ := http.NewRequestWithContext(e.ctx, "POST", e.url()+"/v1/login/challenge", strings.NewReader(jsonOf(api.ChallengeRequest{Worker: w.addr()})))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var ch api.Challenge
			if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil || resp.StatusCode != 200 || len(ch.Challenge) == 0 {
				t.Fatalf("challenge: %d %v", resp.StatusCode, err)
			}
			return ch.Challenge
		}
		sign := func(by *worker, ch []byte) hexutil.Bytes {
			h := api.LoginHash(e.m.Pool, ch)
			sig, err := crypto.Sign(h[:], by.acct.Key())
			if err != nil {
				t.Fatal(err)
			}
			sig[64] += 27
			return sig
		}
		login := func(name string, l api.Login, status int, code string) {
			t.Helper()
			do(t, raw{name, "POST", "/v1/login", "", jsonOf(l), status, code})
		}
		ch := challenge(a)
		login("signed by another key", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(b, ch), Slots: 1}, 401, "unauthorized")
		login("the challenge again after a refusal", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(a, ch), Slots: 1}, 401, "unauthorized")
		ch = challenge(b)
		login("another worker's challenge", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(a, ch), Slots: 1}, 401, "unauthorized")
		unknown := crypto.Keccak256([]byte("never issued"))
		login("unknown challenge", api.Login{Worker: a.addr(), Challenge: unknown, Signature: sign(a, unknown), Slots: 1}, 401, "unauthorized")
		ch = challenge(a)
		login("no slots", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(a, ch), Slots: 0}, 400, "bad_request")
		ch = challenge(a)
		login("good", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(a, ch), Slots: 1}, 200, "")
		login("replayed", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(a, ch), Slots: 1}, 401, "unauthorized")
		// a logged in anew: its old token is dropped.
		do(t, raw{"the token of the previous session", "POST", "/v1/heartbeat", "a", `{"slots":1}`, 401, "unauthorized"})

		// Last, as it makes every session expire too: a challenge past its time.
		ch = challenge(a)
		e.skew.Store(int64(2 * time.Minute))
		login("expired challenge", api.Login{Worker: a.addr(), Challenge: ch, Signature: sign(a, ch), Slots: 1}, 401, "unauthorized")
	}
}
