//go:build unix

package worker

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"math/big"
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
	"ergon/chain/poco"
	"ergon/executor"
	"ergon/store"
)

func TestOneStep(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("hello", helloModule(t))
	e.startWorker(nil)
	a := e.assignment(app, 1, true)
	e.sched.add(a)

	c := e.waitContribution(a.TaskID)
	e.checkContributionSig(a.TaskID, c)
	if c.Digest == nil || c.Results == "" || len(c.CallbackData) != 0 {
		t.Fatalf("one-step contribution %+v: want a digest and results, no callback data", c)
	}
	if c.ResultHash != poco.ResultHash(a.TaskID, *c.Digest) || c.ResultSeal != poco.ResultSeal(e.addr, a.TaskID, *c.Digest) {
		t.Error("the result hash or seal does not commit to the digest")
	}
	dir, cb := e.fetchResult(c.Results, *c.Digest)
	if cb != nil {
		t.Errorf("callback data %x", cb)
	}
	out := readFile(t, filepath.Join(dir, "hello.txt"))
	if sha256.Sum256(out) != *c.Digest {
		t.Error("the digest is not the sha256 of hello.txt")
	}
	for _, want := range []string{
		"hello from task 1 of 100\n",
		`args: ["a b" "c"]` + "\n",
		"env: ERGON_TASK_ID=" + a.TaskID.Hex() + "\n",
		"env: ERGON_DEAL_ID=" + a.DealID.Hex() + "\n",
		"env: ERGON_INPUT_FILE_NAME_1=input.txt\n",
		"in: input.txt (14 bytes)\n",
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("hello.txt does not contain %q:\n%s", want, out)
		}
	}
	if got := strings.Join(e.sched.states(a.TaskID), ","); got != "downloading,running,uploading" {
		t.Errorf("status reports %q", got)
	}
	if runs, _, _ := e.exec.stats(); runs != 1 {
		t.Errorf("%d executions, want 1", runs)
	}

	e.sched.markDone(a.TaskID)
	e.waitGone(a.TaskID)
}

func TestReplicated(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("hello", helloModule(t))
	e.startWorker(nil)
	a := e.assignment(app, 2, false)
	e.sched.add(a)

	c := e.waitContribution(a.TaskID)
	e.checkContributionSig(a.TaskID, c)
	waitFor(t, "the contribution to be recorded", func() bool {
		st, err := loadState(e.taskDir(a.TaskID))
		return err == nil && st.Phase == phaseContributed
	})

	e.sched.askReveal(a.TaskID)
	rv := e.waitReveal(a.TaskID)
	signer, err := chain.Recover(e.sched.domain.Digest(chain.RevealHash(a.TaskID, rv.Digest)), rv.Sign)
	if err != nil || signer != e.addr {
		t.Errorf("the reveal recovers to %s (%v), want %s", signer, err, e.addr)
	}
	if poco.ResultHash(a.TaskID, rv.Digest) != c.ResultHash || poco.ResultSeal(e.addr, a.TaskID, rv.Digest) != c.ResultSeal {
		t.Error("the revealed digest does not open the commitment")
	}
	dir, _ := e.fetchResult(rv.Results, rv.Digest)
	if sha256.Sum256(readFile(t, filepath.Join(dir, "hello.txt"))) != rv.Digest {
		t.Error("the digest is not the sha256 of hello.txt")
	}
	waitFor(t, "the reveal to be recorded", func() bool {
		st, err := loadState(e.taskDir(a.TaskID))
		return err == nil && st.Phase == phaseRevealed
	})

	e.sched.markDone(a.TaskID)
	e.waitGone(a.TaskID)
}

// TestResults: failures and callback deals give the digests of the conventions, and the
// uploaded archive verifies against them with the ordinary rule.
func TestResults(t *testing.T) {
	failure := func(kind string, code int) []byte {
		return []byte(`{"failure":"` + kind + `","exit_code":` + big.NewInt(int64(code)).String() + "}\n")
	}
	sum := func(b []byte) common.Hash { return sha256.Sum256(b) }
	tests := []struct {
		name     string
		module   func(t *testing.T) []byte
		callback bool
		// want returns the expected digest and callback data, given what hello printed.
		want func(out []byte) (common.Hash, []byte)
	}{
		{"non-zero exit", func(*testing.T) []byte { return exit3Module }, false,
			func([]byte) (common.Hash, []byte) { return sum(failure("non-zero-exit", 3)), nil }},
		{"not a module", func(*testing.T) []byte { return []byte("this is not wasm") }, false,
			func([]byte) (common.Hash, []byte) { return sum(failure("bad-app", -1)), nil }},
		{"non-zero exit, callback deal", func(*testing.T) []byte { return exit3Module }, true,
			func([]byte) (common.Hash, []byte) {
				cb := failure("non-zero-exit", 3)
				return crypto.Keccak256Hash(cb), cb
			}},
		{"success, callback deal", helloModule, true,
			func(out []byte) (common.Hash, []byte) {
				d := sum(out)
				return crypto.Keccak256Hash(d[:]), d[:]
			}},
	}
	e := newEnv(t)
	e.startWorker(nil)
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			app := e.registerApp("app", tc.module(t))
			a := e.assignment(app, uint64(100+i), true)
			if tc.callback {
				a.Callback = common.HexToAddress("0x00000000000000000000000000000000000ca11b")
			}
			e.sched.add(a)
			c := e.waitContribution(a.TaskID)
			e.checkContributionSig(a.TaskID, c)
			if c.Digest == nil {
				t.Fatal("no digest")
			}
			dir, cb := e.fetchResult(c.Results, *c.Digest)
			var out []byte
			if b, err := os.ReadFile(filepath.Join(dir, "hello.txt")); err == nil {
				out = b
			}
			wantDigest, wantCB := tc.want(out)
			if *c.Digest != wantDigest {
				t.Errorf("digest %s, want %s", c.Digest, wantDigest)
			}
			if !bytes.Equal(c.CallbackData, wantCB) || !bytes.Equal(cb, wantCB) {
				t.Errorf("callback data %x (archive %x), want %x", []byte(c.CallbackData), cb, wantCB)
			}
		})
	}
}

// TestChecksumMismatch: an app whose location does not hold its checksum is a bad-app
// result without a run; a store that serves corrupt bytes makes the worker give the task
// back.
func TestChecksumMismatch(t *testing.T) {
	e := newEnv(t)
	e.startWorker(nil)

	t.Run("registry", func(t *testing.T) {
		ptr := e.put(exit3Module)
		app := e.registerRaw(bindings.AppRegistryApp{Name: "liar", Location: ptr, Checksum: sha256.Sum256([]byte("other bytes"))})
		a := e.assignment(app, 200, true)
		e.sched.add(a)
		c := e.waitContribution(a.TaskID)
		if want := sha256.Sum256([]byte(`{"failure":"bad-app","exit_code":-1}` + "\n")); c.Digest == nil || *c.Digest != want {
			t.Errorf("digest %v, want the bad-app failure's %x", c.Digest, want)
		}
		e.fetchResult(c.Results, *c.Digest)
		if runs, _, _ := e.exec.stats(); runs != 0 {
			t.Errorf("the executor ran %d times", runs)
		}
	})

	t.Run("store", func(t *testing.T) {
		module := append(bytes.Clone(exit3Module), 0x00, 0x02, 0x01, 'x') // a custom section: other bytes
		app := e.registerApp("corrupted", module)
		d := sha256.Sum256(module)
		e.mu.Lock()
		e.corrupt["/v1/blobs/"+store.Digest(d).String()] = true
		e.mu.Unlock()
		a := e.assignment(app, 201, true)
		e.sched.add(a)
		waitFor(t, "the task to be given back", func() bool {
			s := e.sched.states(a.TaskID)
			return len(s) > 0 && s[len(s)-1] == "failed"
		})
		e.waitGone(a.TaskID)
		if _, ok := e.sched.contribution(a.TaskID); ok {
			t.Error("a task whose app could not be downloaded was contributed")
		}
		if runs, _, _ := e.exec.stats(); runs != 0 {
			t.Errorf("the executor ran %d times", runs)
		}
	})
}

// TestGivenBack: tasks the worker cannot do are reported failed, never run nor
// contributed.
func TestGivenBack(t *testing.T) {
	e := newEnv(t)
	ptr := e.put(exit3Module)
	wasmApp := e.registerRaw(bindings.AppRegistryApp{Name: "x", Kind: KindWASM, Location: ptr, Checksum: sha256.Sum256(exit3Module)})
	tests := []struct {
		name    string
		mutate  func(*api.Assignment)
		message string
	}{
		{"deadline passed", func(a *api.Assignment) { a.ContributionDeadline = uint64(time.Now().Add(-time.Minute).Unix()) }, "deadline"},
		{"bad params", func(a *api.Assignment) { a.Params = `{"args":["x"],"unknown":1}` }, "params"},
		{"no executor for the kind", func(a *api.Assignment) {
			a.App = e.registerRaw(bindings.AppRegistryApp{Name: "d", Kind: KindDocker, Location: ptr, Checksum: sha256.Sum256(exit3Module)})
		}, "no executor"},
		{"location not ergon://", func(a *api.Assignment) {
			a.App = e.registerRaw(bindings.AppRegistryApp{Name: "i", Location: "ipfs://Qm", Checksum: sha256.Sum256(exit3Module)})
		}, "ergon://"},
		{"unknown app", func(a *api.Assignment) { a.App = common.HexToAddress("0xdead") }, "AppRegistry"},
		{"missing input", func(a *api.Assignment) {
			a.Params = api.Params{InputFiles: []string{store.Pointer(store.Sum([]byte("never uploaded")))}}.String()
		}, "input file"},
	}
	e.startWorker(nil)
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := e.assignment(wasmApp, uint64(300+i), true)
			tc.mutate(&a)
			e.sched.add(a)
			var msg string
			waitFor(t, "the task to be given back", func() bool {
				e.sched.mu.Lock()
				defer e.sched.mu.Unlock()
				reps := e.sched.statuses[a.TaskID]
				if len(reps) > 0 && reps[len(reps)-1].State == "failed" {
					msg = reps[len(reps)-1].Message
					return true
				}
				return false
			})
			if !strings.Contains(msg, tc.message) {
				t.Errorf("failure message %q does not mention %q", msg, tc.message)
			}
			e.waitGone(a.TaskID)
			if _, ok := e.sched.contribution(a.TaskID); ok {
				t.Error("contributed")
			}
		})
	}
	if runs, _, _ := e.exec.stats(); runs != 0 {
		t.Errorf("the executor ran %d times", runs)
	}
}

// TestRelogin: a scheduler that forgets the session (401) gets a new login, and the work
// goes on.
func TestRelogin(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("exit3", exit3Module)
	e.startWorker(nil)
	waitFor(t, "the login", func() bool { e.sched.mu.Lock(); defer e.sched.mu.Unlock(); return e.sched.logins == 1 })
	e.sched.expireTokens()
	waitFor(t, "a second login", func() bool { e.sched.mu.Lock(); defer e.sched.mu.Unlock(); return e.sched.logins == 2 })
	a := e.assignment(app, 400, true)
	e.sched.add(a)
	e.waitContribution(a.TaskID)
}

// TestSchedulerRestart: the worker waits out a scheduler that is down, before its first
// login and after, and carries on when it is back.
func TestSchedulerRestart(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("exit3", exit3Module)
	e.sched.with(func() { e.sched.down = true })
	e.startWorker(nil)
	time.Sleep(300 * time.Millisecond)
	e.sched.with(func() {
		if e.sched.logins != 0 {
			t.Errorf("%d logins to a scheduler that is down", e.sched.logins)
		}
		e.sched.down = false
	})
	a := e.assignment(app, 500, true)
	e.sched.add(a)
	e.waitContribution(a.TaskID)

	// A restart: down for a while, and every session forgotten.
	e.sched.with(func() { e.sched.down = true })
	time.Sleep(300 * time.Millisecond)
	e.sched.expireTokens()
	e.sched.with(func() { e.sched.down = false })
	b := e.assignment(app, 501, true)
	e.sched.add(b)
	e.waitContribution(b.TaskID)
	e.sched.with(func() {
		if e.sched.logins < 2 {
			t.Errorf("%d logins, want a new one after the restart", e.sched.logins)
		}
	})
}

// TestRestartReusesResult: a restarted worker reveals what it contributed before, and
// contributes a result it computed before without running the app again.
func TestRestartReusesResult(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("hello", helloModule(t))
	_, stop := e.startWorker(nil)
	a, b := e.assignment(app, 600, false), e.assignment(app, 601, false)
	e.sched.with(func() { e.sched.failContr[b.TaskID] = true })
	e.sched.add(a, b)
	e.waitContribution(a.TaskID)
	waitFor(t, "a contribution attempt for the second task", func() bool {
		e.sched.mu.Lock()
		defer e.sched.mu.Unlock()
		return e.sched.attempts[b.TaskID] > 0
	})
	stop()
	if runs, _, _ := e.exec.stats(); runs != 2 {
		t.Fatalf("%d executions before the restart, want 2", runs)
	}
	if st, err := loadState(e.taskDir(b.TaskID)); err != nil || st.Phase != phaseComputed {
		t.Fatalf("state of the uncontributed task: %+v, %v", st, err)
	}

	e.sched.with(func() { e.sched.failContr[b.TaskID] = false })
	e.startWorker(nil)
	cb := e.waitContribution(b.TaskID) // the assignment is handed again after the login
	e.sched.askReveal(a.TaskID)
	e.sched.askReveal(b.TaskID)
	ra, rb := e.waitReveal(a.TaskID), e.waitReveal(b.TaskID)
	e.fetchResult(ra.Results, ra.Digest)
	e.fetchResult(rb.Results, rb.Digest)
	if poco.ResultHash(b.TaskID, rb.Digest) != cb.ResultHash {
		t.Error("the reveal does not open the contribution")
	}
	if runs, _, _ := e.exec.stats(); runs != 2 {
		t.Errorf("%d executions, want 2: the restarted worker ran an app again", runs)
	}
}

// TestSlots: the worker never runs more tasks at once than its slots, even when the
// scheduler hands it more.
func TestSlots(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("exit3", exit3Module)
	e.exec.delay = 300 * time.Millisecond
	e.sched.with(func() { e.sched.ignoreFree = true })
	e.startWorker(func(c *Config) { c.Slots = 2 })
	var as []api.Assignment
	for i := range 5 {
		as = append(as, e.assignment(app, uint64(700+i), true))
	}
	e.sched.add(as...)
	for _, a := range as {
		e.waitContribution(a.TaskID)
	}
	runs, _, maxActive := e.exec.stats()
	if runs != 5 || maxActive > 2 {
		t.Errorf("%d runs, at most %d at once; want 5, at most 2", runs, maxActive)
	}
	t.Logf("at most %d executions at once", maxActive)
	e.sched.with(func() {
		for _, f := range e.sched.workFree {
			if f < 0 || f > 2 {
				t.Errorf("a work request with free = %d", f)
			}
		}
	})
}

// TestHeartbeatCancel: a task the scheduler cancels stops running, is neither given back
// nor contributed, and is deleted.
func TestHeartbeatCancel(t *testing.T) {
	e := newEnv(t)
	app := e.registerApp("loop", loopModule)
	e.startWorker(nil)
	a := e.assignment(app, 800, true)
	e.sched.with(func() { e.sched.cancelOnHB[a.TaskID] = true })
	start := time.Now()
	e.sched.add(a)
	waitFor(t, "the cancellation", func() bool { e.sched.mu.Lock(); defer e.sched.mu.Unlock(); return e.sched.cancelled[a.TaskID] })
	e.waitGone(a.TaskID)
	waitFor(t, "the execution to stop", func() bool { _, running, _ := e.exec.stats(); return running == 0 })
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("cancelling took %s", d)
	}
	for _, s := range e.sched.states(a.TaskID) {
		if s == "failed" {
			t.Error("a cancelled task was reported failed")
		}
	}
	if _, ok := e.sched.contribution(a.TaskID); ok {
		t.Error("a cancelled task was contributed")
	}
}

// TestStake: the worker deposits once for tasks contributing at once, and gives tasks
// back when its wallet cannot pay.
func TestStake(t *testing.T) {
	t.Run("deposit", func(t *testing.T) {
		e := newEnv(t)
		app := e.registerApp("exit3", exit3Module)
		e.chain.balance, e.chain.wallet = big.NewInt(0), big.NewInt(1000)
		e.sched.with(func() { e.sched.onContribute = func(a api.Assignment) { e.chain.lock(a.WorkerStake.ToInt()) } })
		e.startWorker(func(c *Config) { c.Slots = 3; c.DepositAmount = big.NewInt(100) })
		var as []api.Assignment
		for i := range 3 {
			as = append(as, e.assignment(app, uint64(900+i), true))
		}
		e.sched.add(as...)
		for _, a := range as {
			e.waitContribution(a.TaskID)
		}
		e.chain.mu.Lock()
		defer e.chain.mu.Unlock()
		if len(e.chain.deposits) != 1 || e.chain.deposits[0].Int64() != 100 || e.chain.balance.Int64() != 85 {
			t.Errorf("deposits %v, balance %s; want one of 100, 85 left", e.chain.deposits, e.chain.balance)
		}
	})
	t.Run("wallet too low", func(t *testing.T) {
		e := newEnv(t)
		app := e.registerApp("exit3", exit3Module)
		e.chain.balance, e.chain.wallet = big.NewInt(1), big.NewInt(10)
		e.startWorker(func(c *Config) { c.DepositAmount = big.NewInt(100) })
		a := e.assignment(app, 910, true)
		e.sched.add(a)
		waitFor(t, "the task to be given back", func() bool {
			s := e.sched.states(a.TaskID)
			return len(s) > 0 && s[len(s)-1] == "failed"
		})
		e.sched.mu.Lock()
		msg := e.sched.statuses[a.TaskID][len(e.sched.statuses[a.TaskID])-1].Message
		e.sched.mu.Unlock()
		if !strings.Contains(msg, "stake not covered") || !strings.Contains(msg, "wallet") {
			t.Errorf("failure message %q", msg)
		}
		if _, ok := e.sched.contribution(a.TaskID); ok {
			t.Error("contributed without the stake")
		}
	})
}

func TestNewConfig(t *testing.T) {
	key, _ := crypto.GenerateKey()
	good := func() Config {
		c := DefaultConfig()
		c.Key, c.Scheduler, c.Chain, c.WorkDir = key, "http://localhost:1", newFakeChain(), t.TempDir()
		c.Executors[KindWASM] = &countingExecutor{}
		return c
	}
	if _, err := New(good()); err != nil {
		t.Fatalf("New: %v", err)
	}
	tests := map[string]func(*Config){
		"no key":        func(c *Config) { c.Key = nil },
		"bad scheduler": func(c *Config) { c.Scheduler = "localhost:1" },
		"no executor":   func(c *Config) { c.Executors = nil },
		"nil executor":  func(c *Config) { c.Executors = map[uint8]executor.Executor{KindWASM: nil} },
		"no chain":      func(c *Config) { c.Chain = nil },
		"no work dir":   func(c *Config) { c.WorkDir = "" },
		"no slots":      func(c *Config) { c.Slots = 0 },
		"no poll wait":  func(c *Config) { c.PollWait = 0 },
		"retry bounds":  func(c *Config) { c.RetryMax = c.RetryMin / 2 },
		"deposit":       func(c *Config) { c.DepositAmount = big.NewInt(-1) },
	}
	for name, mutate := range tests {
		t.Run(name, func(t *testing.T) {
			c := good()
			mutate(&c)
			if _, err := New(c); !errors.Is(err, ErrConfig) {
				t.Errorf("New: %v, want ErrConfig", err)
			}
		})
	}
	if _, err := NewChainAccess(nil, key); !errors.Is(err, ErrConfig) {
		t.Errorf("NewChainAccess without a client: %v", err)
	}
}
