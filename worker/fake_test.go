//go:build unix

package worker

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/executor"
	"ergon/store"
)

// fakeScheduler implements the worker API's endpoints the worker calls, like the real
// scheduler in what matters to a worker (open assignments handed again after a login,
// reveals asked again until they come), checks every signature it receives, and records
// everything.
type fakeScheduler struct {
	t           *testing.T
	pool        common.Address
	domain      chain.Domain
	storeURL    string
	heartbeatMS int64

	mu         sync.Mutex
	down       bool // answer everything 503, as a proxy in front of a stopped scheduler
	ignoreFree bool // hand out every queued assignment, whatever the worker's free slots
	challenges map[string]common.Address
	tokens     map[string]common.Address
	logins     int
	queue      []api.Assignment
	assigned   map[common.Hash]api.Assignment // handed out, not contributed
	resend     map[common.Hash]bool
	toReveal   map[common.Hash]time.Time // asked at (zero: not yet)
	done       map[common.Hash]bool
	contribs   map[common.Hash]api.Contribution
	contribA   map[common.Hash]api.Assignment // the assignment of each contribution
	attempts   map[common.Hash]int            // contribution requests, failed ones included
	reveals    map[common.Hash]api.Reveal
	statuses   map[common.Hash][]api.StatusReport
	failContr  map[common.Hash]bool // answer contributions 500
	cancelOnHB map[common.Hash]bool // cancel in a heartbeat reply when the worker runs it
	cancelled  map[common.Hash]bool
	heartbeats []api.Heartbeat
	workFree   []int
	violations []string
	// onContribute, when set, runs for each accepted contribution (the stake is locked).
	onContribute func(api.Assignment)
}

func newFakeScheduler(t *testing.T, storeURL string) *fakeScheduler {
	return &fakeScheduler{
		t:           t,
		pool:        common.HexToAddress("0x00000000000000000000000000000000000000b0"),
		domain:      chain.Domain{ChainID: big.NewInt(1337), Hub: common.HexToAddress("0x00000000000000000000000000000000000000a0")},
		storeURL:    storeURL,
		heartbeatMS: 100,
		challenges:  map[string]common.Address{},
		tokens:      map[string]common.Address{},
		assigned:    map[common.Hash]api.Assignment{},
		resend:      map[common.Hash]bool{},
		toReveal:    map[common.Hash]time.Time{},
		done:        map[common.Hash]bool{},
		contribs:    map[common.Hash]api.Contribution{},
		contribA:    map[common.Hash]api.Assignment{},
		attempts:    map[common.Hash]int{},
		reveals:     map[common.Hash]api.Reveal{},
		statuses:    map[common.Hash][]api.StatusReport{},
		failContr:   map[common.Hash]bool{},
		cancelOnHB:  map[common.Hash]bool{},
		cancelled:   map[common.Hash]bool{},
	}
}

func (f *fakeScheduler) violation(format string, a ...any) {
	f.violations = append(f.violations, fmt.Sprintf(format, a...))
}

// check fails the test for every protocol violation seen.
func (f *fakeScheduler) check() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, v := range f.violations {
		f.t.Errorf("scheduler saw: %s", v)
	}
}

func (f *fakeScheduler) with(fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn()
}

func (f *fakeScheduler) add(as ...api.Assignment) {
	f.with(func() { f.queue = append(f.queue, as...) })
}

// expireTokens forgets every session, as a restarted scheduler does.
func (f *fakeScheduler) expireTokens() { f.with(func() { f.tokens = map[string]common.Address{} }) }

func (f *fakeScheduler) contribution(id common.Hash) (api.Contribution, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c, ok := f.contribs[id]
	return c, ok
}

func (f *fakeScheduler) reveal(id common.Hash) (api.Reveal, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, ok := f.reveals[id]
	return r, ok
}

func (f *fakeScheduler) states(id common.Hash) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var s []string
	for _, r := range f.statuses[id] {
		s = append(s, r.State)
	}
	return s
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, api.ErrorBody{Error: api.ErrorDetail{Code: code, Message: msg}})
}

func (f *fakeScheduler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	down := f.down
	f.mu.Unlock()
	if down {
		http.Error(w, "502 bad gateway", http.StatusBadGateway)
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, api.Health{Workerpool: f.pool})
	})
	mux.HandleFunc("POST /v1/login/challenge", f.handleChallenge)
	mux.HandleFunc("POST /v1/login", f.handleLogin)
	mux.HandleFunc("POST /v1/heartbeat", f.authed(f.handleHeartbeat))
	mux.HandleFunc("POST /v1/work", f.authed(f.handleWork))
	mux.HandleFunc("POST /v1/tasks/{id}/status", f.authed(f.handleStatus))
	mux.HandleFunc("POST /v1/tasks/{id}/contribution", f.authed(f.handleContribution))
	mux.HandleFunc("POST /v1/tasks/{id}/reveal", f.authed(f.handleReveal))
	mux.ServeHTTP(w, r)
}

func (f *fakeScheduler) authed(h func(http.ResponseWriter, *http.Request, common.Address)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		f.mu.Lock()
		worker, ok := f.tokens[tok]
		f.mu.Unlock()
		if !ok {
			writeErr(w, http.StatusUnauthorized, "unauthorized", "unknown session: log in")
			return
		}
		h(w, r, worker)
	}
}

func decodeBody(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeErr(w, 400, "bad_request", err.Error())
		return false
	}
	return true
}

func (f *fakeScheduler) handleChallenge(w http.ResponseWriter, r *http.Request) {
	var req api.ChallengeRequest
	if !decodeBody(w, r, &req) {
		return
	}
	b := make([]byte, 32)
	rand.Read(b)
	f.with(func() { f.challenges[string(b)] = req.Worker })
	writeJSON(w, 200, api.Challenge{Challenge: b, Expires: time.Now().Add(time.Minute).Unix()})
}

func (f *fakeScheduler) handleLogin(w http.ResponseWriter, r *http.Request) {
	var l api.Login
	if !decodeBody(w, r, &l) {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	worker, ok := f.challenges[string(l.Challenge)]
	delete(f.challenges, string(l.Challenge))
	signer, err := chain.Recover(api.LoginHash(f.pool, l.Challenge), l.Signature)
	if !ok || worker != l.Worker || err != nil || signer != l.Worker {
		f.violation("login of %s with a bad challenge or signature (%v)", l.Worker, err)
		writeErr(w, 401, "unauthorized", "bad login")
		return
	}
	tok := make([]byte, 16)
	rand.Read(tok)
	token := hex.EncodeToString(tok)
	f.tokens[token] = l.Worker
	f.logins++
	for id := range f.assigned {
		f.resend[id] = true
	}
	for id := range f.toReveal {
		f.toReveal[id] = time.Time{}
	}
	writeJSON(w, 200, api.Session{Token: token, Workerpool: f.pool, Hub: f.domain.Hub, ChainID: f.domain.ChainID.Uint64(),
		StoreURL: f.storeURL, HeartbeatMS: f.heartbeatMS, LeaseMS: 10 * f.heartbeatMS})
}

func (f *fakeScheduler) handleHeartbeat(w http.ResponseWriter, r *http.Request, _ common.Address) {
	var hb api.Heartbeat
	if !decodeBody(w, r, &hb) {
		return
	}
	var reply api.HeartbeatReply
	f.with(func() {
		f.heartbeats = append(f.heartbeats, hb)
		for _, id := range hb.Running {
			if f.cancelOnHB[id] {
				reply.Cancel = append(reply.Cancel, id)
				f.cancelled[id] = true
			}
		}
	})
	writeJSON(w, 200, reply)
}

func (f *fakeScheduler) handleWork(w http.ResponseWriter, r *http.Request, _ common.Address) {
	var req api.WorkRequest
	if !decodeBody(w, r, &req) {
		return
	}
	f.with(func() { f.workFree = append(f.workFree, req.Free) })
	deadline := time.Now().Add(min(time.Duration(req.WaitMS)*time.Millisecond, 2*time.Second))
	for {
		work := f.work(req.Free)
		if len(work.Assignments)+len(work.Reveals)+len(work.Done) > 0 || !time.Now().Before(deadline) {
			writeJSON(w, 200, work)
			return
		}
		select {
		case <-r.Context().Done():
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func (f *fakeScheduler) work(free int) api.Work {
	f.mu.Lock()
	defer f.mu.Unlock()
	var work api.Work
	for id := range f.done {
		work.Done = append(work.Done, id)
		delete(f.done, id)
	}
	for id, at := range f.toReveal {
		if time.Since(at) > time.Second {
			work.Reveals = append(work.Reveals, id)
			f.toReveal[id] = time.Now()
		}
	}
	if f.ignoreFree {
		free = 1 << 20
	}
	for id := range f.resend {
		if free <= 0 {
			break
		}
		delete(f.resend, id)
		if a, ok := f.assigned[id]; ok {
			work.Assignments = append(work.Assignments, a)
			free--
		}
	}
	for free > 0 && len(f.queue) > 0 {
		a := f.queue[0]
		f.queue = f.queue[1:]
		f.assigned[a.TaskID] = a
		work.Assignments = append(work.Assignments, a)
		free--
	}
	return work
}

func taskIDOf(w http.ResponseWriter, r *http.Request) (common.Hash, bool) {
	var id common.Hash
	if err := id.UnmarshalText([]byte(r.PathValue("id"))); err != nil {
		writeErr(w, 400, "bad_request", "bad task id")
		return id, false
	}
	return id, true
}

func (f *fakeScheduler) handleStatus(w http.ResponseWriter, r *http.Request, _ common.Address) {
	id, ok := taskIDOf(w, r)
	var rep api.StatusReport
	if !ok || !decodeBody(w, r, &rep) {
		return
	}
	f.with(func() {
		f.statuses[id] = append(f.statuses[id], rep)
		if rep.State == "failed" {
			delete(f.assigned, id)
		}
	})
	writeJSON(w, 200, struct{}{})
}

// checkResult checks a digest against the commitment and the callback rule of the hub.
func (f *fakeScheduler) checkResult(worker common.Address, a api.Assignment, digest common.Hash, rh, rs common.Hash, results string, cb []byte) {
	if poco.ResultHash(a.TaskID, digest) != rh || poco.ResultSeal(worker, a.TaskID, digest) != rs {
		f.violation("task %s: the digest does not match the result hash and seal", a.TaskID)
	}
	if _, err := store.ParsePointer(results); err != nil {
		f.violation("task %s: results %q: %v", a.TaskID, results, err)
	}
	if a.Callback != (common.Address{}) && crypto.Keccak256Hash(cb) != digest {
		f.violation("task %s: a callback deal's digest is not keccak256 of its callback data", a.TaskID)
	}
}

func (f *fakeScheduler) handleContribution(w http.ResponseWriter, r *http.Request, worker common.Address) {
	id, ok := taskIDOf(w, r)
	var c api.Contribution
	if !ok || !decodeBody(w, r, &c) {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.attempts[id]++
	if f.failContr[id] {
		writeErr(w, 500, "internal", "database is down")
		return
	}
	a, ok := f.assigned[id]
	if !ok {
		if prev, ok := f.contribs[id]; ok && prev.ResultHash == c.ResultHash {
			writeJSON(w, 200, struct{}{}) // a retry
			return
		}
		writeErr(w, 410, "gone", "not this worker's task")
		return
	}
	signer, err := chain.Recover(f.domain.Digest(chain.ContributionHash(id, c.ResultHash, c.ResultSeal, common.Address{})), c.Sign)
	if err != nil || signer != worker {
		f.violation("task %s: contribution signed by %s, not %s (%v)", id, signer, worker, err)
		writeErr(w, 400, "bad_request", "bad signature")
		return
	}
	if a.OneStep {
		if c.Digest == nil {
			f.violation("task %s: a one-step contribution without its digest", id)
		} else {
			f.checkResult(worker, a, *c.Digest, c.ResultHash, c.ResultSeal, c.Results, c.CallbackData)
		}
	} else if c.Digest != nil || c.Results != "" || len(c.CallbackData) > 0 {
		f.violation("task %s: a replicated contribution gives its result away before the reveal", id)
	}
	f.contribs[id] = c
	f.contribA[id] = a
	delete(f.assigned, id)
	if f.onContribute != nil {
		f.onContribute(a)
	}
	writeJSON(w, 200, struct{}{})
}

func (f *fakeScheduler) handleReveal(w http.ResponseWriter, r *http.Request, worker common.Address) {
	id, ok := taskIDOf(w, r)
	var rv api.Reveal
	if !ok || !decodeBody(w, r, &rv) {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c, ok := f.contribs[id]
	if _, asked := f.toReveal[id]; !ok || !asked {
		if _, revealed := f.reveals[id]; revealed {
			writeJSON(w, 200, struct{}{})
			return
		}
		f.violation("task %s: a reveal that was not asked for", id)
		writeErr(w, 409, "conflict", "nothing to reveal")
		return
	}
	signer, err := chain.Recover(f.domain.Digest(chain.RevealHash(id, rv.Digest)), rv.Sign)
	if err != nil || signer != worker {
		f.violation("task %s: reveal signed by %s, not %s (%v)", id, signer, worker, err)
		writeErr(w, 400, "bad_request", "bad signature")
		return
	}
	a := f.contribA[id]
	f.checkResult(worker, a, rv.Digest, c.ResultHash, c.ResultSeal, rv.Results, rv.CallbackData)
	f.reveals[id] = rv
	delete(f.toReveal, id)
	writeJSON(w, 200, struct{}{})
}

func (f *fakeScheduler) askReveal(id common.Hash) { f.with(func() { f.toReveal[id] = time.Time{} }) }

func (f *fakeScheduler) markDone(id common.Hash) { f.with(func() { f.done[id] = true }) }

// fakeChain is the worker's chain: an app registry and a hub account.
type fakeChain struct {
	mu       sync.Mutex
	apps     map[common.Address]bindings.AppRegistryApp
	balance  *big.Int
	wallet   *big.Int
	deposits []*big.Int
	appReads int
}

func newFakeChain() *fakeChain {
	return &fakeChain{apps: map[common.Address]bindings.AppRegistryApp{}, balance: big.NewInt(1_000_000), wallet: new(big.Int)}
}

func (c *fakeChain) App(ctx context.Context, app common.Address) (bindings.AppRegistryApp, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.appReads++
	a, ok := c.apps[app]
	if !ok {
		return a, fmt.Errorf("UnknownAsset(%s)", app)
	}
	return a, nil
}

func (c *fakeChain) Balance(ctx context.Context) (*big.Int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return new(big.Int).Set(c.balance), nil
}

func (c *fakeChain) Deposit(ctx context.Context, amount *big.Int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.wallet.Cmp(amount) < 0 {
		return fmt.Errorf("%w: wallet holds %s, the deposit needs %s", ErrWalletTooLow, c.wallet, amount)
	}
	c.wallet.Sub(c.wallet, amount)
	c.balance.Add(c.balance, amount)
	c.deposits = append(c.deposits, new(big.Int).Set(amount))
	return nil
}

// lock takes a stake from the free balance, as a contribution on-chain does.
func (c *fakeChain) lock(stake *big.Int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.balance.Sub(c.balance, stake)
}

// countingExecutor counts the executions of the executor it wraps.
type countingExecutor struct {
	inner executor.Executor
	delay time.Duration

	mu                       sync.Mutex
	runs, running, maxActive int
}

func (c *countingExecutor) Run(ctx context.Context, job executor.Job) (*executor.Result, error) {
	c.mu.Lock()
	c.runs++
	c.running++
	c.maxActive = max(c.maxActive, c.running)
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.running--
		c.mu.Unlock()
	}()
	if c.delay > 0 {
		select {
		case <-time.After(c.delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return c.inner.Run(ctx, job)
}

func (c *countingExecutor) stats() (runs, running, maxActive int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.runs, c.running, c.maxActive
}

// Hand-assembled WASI modules.
var (
	// exit3Module calls proc_exit(3).
	exit3Module = concat(
		[]byte("\x00asm\x01\x00\x00\x00"),
		[]byte{0x01, 0x08, 0x02, 0x60, 0x01, 0x7f, 0x00, 0x60, 0x00, 0x00}, // types (i32)->(), ()->()
		[]byte{0x02, 0x24, 0x01, 0x16}, []byte("wasi_snapshot_preview1"), []byte{0x09}, []byte("proc_exit"), []byte{0x00, 0x00},
		[]byte{0x03, 0x02, 0x01, 0x01},       // one function of type 1
		[]byte{0x05, 0x03, 0x01, 0x00, 0x01}, // one page of memory
		[]byte{0x07, 0x13, 0x02, 0x06}, []byte("_start"), []byte{0x00, 0x01, 0x06}, []byte("memory"), []byte{0x02, 0x00},
		[]byte{0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x03, 0x10, 0x00, 0x0b}, // i32.const 3; call 0
	)
	// loopModule loops for ever.
	loopModule = concat(
		[]byte("\x00asm\x01\x00\x00\x00"),
		[]byte{0x01, 0x04, 0x01, 0x60, 0x00, 0x00},
		[]byte{0x03, 0x02, 0x01, 0x00},
		[]byte{0x05, 0x03, 0x01, 0x00, 0x01},
		[]byte{0x07, 0x13, 0x02, 0x06}, []byte("_start"), []byte{0x00, 0x00, 0x06}, []byte("memory"), []byte{0x02, 0x00},
		[]byte{0x0a, 0x09, 0x01, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b}, // loop br 0 end
	)
)

func concat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}
