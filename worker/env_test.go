//go:build unix

package worker

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/executor"
	"ergon/executor/wasm"
	"ergon/store"
	"ergon/testenv"
	"ergon/wasmloop"
)

func TestMain(m *testing.M) {
	wasm.RunChildIfRequested()
	// Under -race, every sandbox process would otherwise sleep 1 s before exiting (the
	// race runtime's atexit_sleep_ms).
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	dir, err := os.MkdirTemp("", "ergon-worker-test-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testDir holds what the tests share: the hello app and the executor's compilation cache
// (the first run of hello compiles it, about 30 s under the race detector).
var testDir string

var hello struct {
	once sync.Once
	mod  []byte
	err  error
}

// helloModule returns examples/hello built for wasip1, as `make examples` builds it.
func helloModule(t *testing.T) []byte {
	t.Helper()
	goBin := testenv.GoCommand(t, "to build examples/hello")
	hello.once.Do(func() {
		out := filepath.Join(testDir, "hello.wasm")
		if _, err := wasmloop.Build(context.Background(), wasmloop.BuildConfig{Go: goBin, Dir: ".."}, "./examples/hello", out); err != nil {
			hello.err = err
			return
		}
		hello.mod, hello.err = os.ReadFile(out)
	})
	if hello.err != nil {
		t.Fatalf("build examples/hello: %v", hello.err)
	}
	return hello.mod
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// env is a worker's world: a fake scheduler, a real store server, a fake chain and the
// real WASM executor wrapped to count its runs.
type env struct {
	t        *testing.T
	key      *ecdsa.PrivateKey
	addr     common.Address
	workDir  string
	sched    *fakeScheduler
	schedSrv *httptest.Server
	store    *store.Client
	chain    *fakeChain
	exec     *countingExecutor

	mu      sync.Mutex
	corrupt map[string]bool // blob paths the store serves corrupted
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, workDir: t.TempDir(), chain: newFakeChain(), corrupt: map[string]bool{}}
	var err error
	if e.key, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	e.addr = crypto.PubkeyToAddress(e.key.PublicKey)

	local, err := store.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	scfg := store.DefaultConfig()
	scfg.Store, scfg.Authorizer = local, store.AllowAll{}
	ss, err := store.NewServer(scfg)
	if err != nil {
		t.Fatal(err)
	}
	storeSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.mu.Lock()
		bad := e.corrupt[r.URL.Path]
		e.mu.Unlock()
		if bad && r.Method == http.MethodGet {
			rec := httptest.NewRecorder()
			ss.ServeHTTP(rec, r)
			b := rec.Body.Bytes()
			if len(b) > 0 {
				b[len(b)/2] ^= 0xff
			}
			w.WriteHeader(rec.Code)
			w.Write(b)
			return
		}
		ss.ServeHTTP(w, r)
	}))
	t.Cleanup(storeSrv.Close)
	if e.store, err = store.NewClient(storeSrv.URL, storeSrv.Client()); err != nil {
		t.Fatal(err)
	}

	e.sched = newFakeScheduler(t, storeSrv.URL)
	e.schedSrv = httptest.NewServer(e.sched)
	t.Cleanup(e.schedSrv.Close)
	t.Cleanup(e.sched.check)

	cfg := wasm.DefaultConfig()
	cfg.CacheDir = filepath.Join(testDir, "cache")
	cfg.Logger = testLogger(t)
	wx, err := wasm.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.exec = &countingExecutor{inner: wx}
	return e
}

// put uploads content to the store and returns its pointer.
func (e *env) put(content []byte) string {
	e.t.Helper()
	d, _, err := e.store.Put(context.Background(), bytes.NewReader(content), store.KeySigner(e.key))
	if err != nil {
		e.t.Fatal(err)
	}
	return store.Pointer(d)
}

// registerApp uploads a module and registers it under a fresh address.
func (e *env) registerApp(name string, module []byte) common.Address {
	e.t.Helper()
	ptr := e.put(module)
	return e.registerRaw(bindings.AppRegistryApp{Name: name, Kind: KindWASM, Location: ptr, Checksum: sha256.Sum256(module)})
}

var appCounter struct {
	sync.Mutex
	n int64
}

func (e *env) registerRaw(app bindings.AppRegistryApp) common.Address {
	appCounter.Lock()
	appCounter.n++
	addr := common.BigToAddress(big.NewInt(0xa99_0000 + appCounter.n))
	appCounter.Unlock()
	e.chain.mu.Lock()
	e.chain.apps[addr] = app
	e.chain.mu.Unlock()
	return addr
}

// assignment is task index of a deal of app, with an input file and two arguments.
func (e *env) assignment(app common.Address, index uint64, oneStep bool) api.Assignment {
	e.t.Helper()
	deal := common.Hash{0xde, 0xa1}
	params := api.Params{Args: []string{"a b", "c"}, InputFiles: []string{e.put([]byte("hello from /in"))}, Names: []string{"input.txt"}}
	trust := uint64(1)
	if !oneStep {
		trust = 5
	}
	return api.Assignment{
		TaskID:               poco.TaskID(deal, new(big.Int).SetUint64(index)),
		DealID:               deal,
		Index:                index,
		BotSize:              100,
		App:                  app,
		Params:               params.String(),
		Trust:                trust,
		OneStep:              oneStep,
		WorkerStake:          (*hexutil.Big)(big.NewInt(5)),
		ContributionDeadline: uint64(time.Now().Add(time.Hour).Unix()),
		TimeoutMS:            60_000,
	}
}

// startWorker runs a worker until the test ends or stop is called.
func (e *env) startWorker(mutate func(*Config)) (w *Worker, stop func()) {
	e.t.Helper()
	cfg := DefaultConfig()
	cfg.Key = e.key
	cfg.Scheduler = e.schedSrv.URL
	cfg.Executors = map[uint8]executor.Executor{KindWASM: e.exec}
	cfg.Chain = e.chain
	cfg.WorkDir = e.workDir
	cfg.Logger = testLogger(e.t)
	cfg.PollWait = 200 * time.Millisecond
	cfg.RequestTimeout = 5 * time.Second
	cfg.RetryMin, cfg.RetryMax = 10*time.Millisecond, 200*time.Millisecond
	if mutate != nil {
		mutate(&cfg)
	}
	w, err := New(cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					e.t.Errorf("Run: %v", err)
				}
			case <-time.After(30 * time.Second):
				e.t.Error("the worker did not stop within 30 s of its context's end")
			}
		})
	}
	e.t.Cleanup(stop)
	return w, stop
}

// waitFor polls cond until it holds, failing the test after two minutes (the first run
// of hello compiles it).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (e *env) waitContribution(id common.Hash) api.Contribution {
	e.t.Helper()
	var c api.Contribution
	waitFor(e.t, "the contribution to "+id.Hex(), func() bool {
		var ok bool
		c, ok = e.sched.contribution(id)
		return ok
	})
	return c
}

func (e *env) waitReveal(id common.Hash) api.Reveal {
	e.t.Helper()
	var r api.Reveal
	waitFor(e.t, "the reveal of "+id.Hex(), func() bool {
		var ok bool
		r, ok = e.sched.reveal(id)
		return ok
	})
	return r
}

func (e *env) taskDir(id common.Hash) string { return filepath.Join(e.workDir, "tasks", id.Hex()) }

func (e *env) waitGone(id common.Hash) {
	e.t.Helper()
	waitFor(e.t, "the directory of "+id.Hex()+" to be deleted", func() bool {
		_, err := os.Stat(e.taskDir(id))
		return errors.Is(err, os.ErrNotExist)
	})
}

// fetchResult downloads a results pointer, unpacks it and checks it against digest; it
// returns the directory and the callback data.
func (e *env) fetchResult(results string, digest common.Hash) (string, []byte) {
	e.t.Helper()
	d, err := store.ParsePointer(results)
	if err != nil {
		e.t.Fatalf("results %q: %v", results, err)
	}
	var b bytes.Buffer
	if _, err := e.store.Get(context.Background(), d, &b); err != nil {
		e.t.Fatalf("download the result: %v", err)
	}
	dir := filepath.Join(e.t.TempDir(), "result")
	if err := executor.Extract(context.Background(), &b, dir, 1<<20); err != nil {
		e.t.Fatalf("extract the result: %v", err)
	}
	cb, err := executor.VerifyResult(context.Background(), dir, digest)
	if err != nil {
		e.t.Fatalf("verify the result: %v", err)
	}
	return dir, cb
}

// checkContributionSig checks the signature as the hub does.
func (e *env) checkContributionSig(id common.Hash, c api.Contribution) {
	e.t.Helper()
	signer, err := chain.Recover(e.sched.domain.Digest(chain.ContributionHash(id, c.ResultHash, c.ResultSeal, common.Address{})), c.Sign)
	if err != nil || signer != e.addr {
		e.t.Errorf("the contribution recovers to %s (%v), want the worker %s", signer, err, e.addr)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
