//go:build unix

package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"ergon/executor"
	"ergon/testenv"
)

func TestMain(m *testing.M) {
	RunChildIfRequested()
	// Under -race, every sandbox process would otherwise sleep 1 s before
	// exiting (the race runtime's atexit_sleep_ms).
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	dir, err := os.MkdirTemp("", "ergon-wasm-test-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testDir holds what the tests of this binary share: the guest module and a
// compilation cache.
var testDir string

var (
	guestOnce sync.Once
	guestPath string
	guestErr  error
)

// guest returns the test app (testdata/guest) built for wasip1, once per
// test binary. Without a Go toolchain the test is skipped, except in CI.
func guest(t testing.TB) (string, [32]byte) {
	t.Helper()
	goBin := testenv.GoCommand(t, "to build the test guest")
	guestOnce.Do(func() {
		guestPath = filepath.Join(testDir, "guest.wasm")
		start := time.Now()
		cmd := exec.Command(goBin, "build", "-o", guestPath, "./testdata/guest")
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			guestErr = errors.New(err.Error() + ": " + string(out))
		}
		t.Logf("built the guest in %s", time.Since(start).Round(time.Millisecond))
	})
	if guestErr != nil {
		t.Fatalf("build guest: %v", guestErr)
	}
	b, err := os.ReadFile(guestPath)
	if err != nil {
		t.Fatal(err)
	}
	return guestPath, sha256.Sum256(b)
}

// newExecutor returns an executor logging through t; cacheDir "" means the
// cache shared by the whole test binary.
func newExecutor(t testing.TB, cacheDir string) *Executor {
	t.Helper()
	return newExecutorWith(t, cacheDir, nil)
}

// newExecutorWith is newExecutor with the configuration changed by set.
func newExecutorWith(t testing.TB, cacheDir string, set func(*Config)) *Executor {
	t.Helper()
	if cacheDir == "" {
		cacheDir = filepath.Join(testDir, "cache")
	}
	cfg := DefaultConfig()
	cfg.CacheDir = cacheDir
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	if set != nil {
		set(&cfg)
	}
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// guestJob is a job running the guest in the given mode.
func guestJob(t testing.TB, args ...string) executor.Job {
	t.Helper()
	path, sum := guest(t)
	return moduleJob(t, path, sum, args...)
}

func moduleJob(t testing.TB, path string, sum [32]byte, args ...string) executor.Job {
	t.Helper()
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "input.txt"), []byte("hello from /in"), 0o644); err != nil {
		t.Fatal(err)
	}
	return executor.Job{
		TaskID:      "0x7461736b",
		DealID:      "0x6465616c",
		Index:       3,
		BotSize:     10,
		App:         executor.App{Name: "guest", Path: path, Checksum: sum},
		Args:        args,
		InDir:       in,
		OutDir:      t.TempDir(),
		InputFiles:  []string{"input.txt"},
		MemoryLimit: 64 << 20,
		Timeout:     20 * time.Second,
	}
}

func run(t *testing.T, e *Executor, job executor.Job) *executor.Result {
	t.Helper()
	res, err := e.Run(context.Background(), job)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("%s: exit %d, %q, ran %s; stdout %q; stderr %q", res.Failure, res.ExitCode, res.Message,
		res.Duration.Round(time.Millisecond), lastBytes(res.Stdout, 300), lastBytes(res.Stderr, 300))
	return res
}

func TestRunContract(t *testing.T) {
	e := newExecutor(t, "")
	job := guestJob(t, "hello", "a b", "c")
	job.Env = map[string]string{"EXTRA": "yes"}
	res := run(t, e, job)
	if res.Failure != executor.None || res.ExitCode != 0 {
		t.Fatalf("got %s (exit %d), want success", res.Failure, res.ExitCode)
	}
	want := strings.Join([]string{
		`argv=["guest" "hello" "a b" "c"]`,
		`args=["a b" "c"]`,
		`env ERGON_BOT_SIZE=10`,
		`env ERGON_DEAL_ID=0x6465616c`,
		`env ERGON_INPUT_FILES_NUMBER=1`,
		`env ERGON_INPUT_FILE_NAME_1=input.txt`,
		`env ERGON_TASK_ID=0x7461736b`,
		`env ERGON_TASK_INDEX=3`,
		`env EXTRA=yes`,
		`in=hello from /in`,
	}, "\n") + "\n"
	got, err := os.ReadFile(filepath.Join(job.OutDir, "result.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("/out/result.txt:\n%s\nwant:\n%s", got, want)
	}
	if string(res.Stdout) != want {
		t.Errorf("stdout %q, want %q", res.Stdout, want)
	}
	digest, cb, err := executor.Digest(context.Background(), job.OutDir)
	if err != nil {
		t.Fatal(err)
	}
	if digest != sha256.Sum256([]byte(want)) || cb != nil {
		t.Errorf("digest %x (callback %x), want sha256 of result.txt", digest, cb)
	}
}

func TestRunFailures(t *testing.T) {
	e := newExecutor(t, "")
	tests := []struct {
		name       string
		args       []string
		memory     int64
		want       executor.FailureKind
		wantCode   int
		wantMsg    string // substring of Message
		wantStdout string // substring of Stdout
	}{
		{"exit 0", []string{"exit", "0"}, 0, executor.None, 0, "completion", ""},
		{"exit 3", []string{"exit", "3"}, 0, executor.NonZeroExit, 3, "exited with status 3", ""},
		{"unknown mode", []string{"nope"}, 0, executor.NonZeroExit, 64, "status 64", ""},
		{"panic", []string{"panic"}, 0, executor.Crash, 2, "the app panicked: boom", ""},
		{"alloc 1 GiB in 64 MiB", []string{"alloc", "1024"}, 64 << 20, executor.OutOfMemory, 2, "ran out of its 64 MiB of memory", ""},
		{"alloc 16 MiB in 64 MiB", []string{"alloc", "16"}, 64 << 20, executor.None, 0, "", "allocated 16777216"},
		{"write to /in", []string{"write-in"}, 0, executor.None, 0, "", "create /in/new.txt:"},
		{"read outside", []string{"read-outside"}, 0, executor.None, 0, "", "open /etc/passwd:"},
		{"load past memory", []string{"oob", "0x7ff00000"}, 0, executor.Crash, -1, "the app crashed: wasm error: out of bounds memory access", "accessing"},
		{"store past memory", []string{"oob", "0xfffffff0", "store"}, 0, executor.Crash, -1, "the app crashed: wasm error: out of bounds memory access", "accessing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job := guestJob(t, tt.args...)
			if tt.memory != 0 {
				job.MemoryLimit = tt.memory
			}
			res := run(t, e, job)
			if res.Failure != tt.want || res.ExitCode != tt.wantCode {
				t.Errorf("got %s (exit %d), want %s (exit %d)", res.Failure, res.ExitCode, tt.want, tt.wantCode)
			}
			if !strings.Contains(res.Message, tt.wantMsg) {
				t.Errorf("message %q does not contain %q", res.Message, tt.wantMsg)
			}
			if !bytes.Contains(res.Stdout, []byte(tt.wantStdout)) {
				t.Errorf("stdout %q does not contain %q", res.Stdout, tt.wantStdout)
			}
		})
	}
}

func TestOutputIsBounded(t *testing.T) {
	e := newExecutor(t, "")
	res := run(t, e, guestJob(t, "flood", "1000000"))
	if !res.OK() || len(res.Stdout) != executor.OutputTailSize || !bytes.HasSuffix(res.Stdout, []byte("x\nend")) {
		t.Errorf("got %s with %d bytes of stdout ending %q, want the last %d bytes",
			res.Failure, len(res.Stdout), lastBytes(res.Stdout, 10), executor.OutputTailSize)
	}
}

func TestConcurrentRuns(t *testing.T) {
	e := newExecutor(t, "")
	jobs := make([]executor.Job, 4)
	results := make([]*executor.Result, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i := range jobs {
		jobs[i] = guestJob(t, "hello")
		jobs[i].Index = uint64(i)
		wg.Go(func() { results[i], errs[i] = e.Run(context.Background(), jobs[i]) })
	}
	wg.Wait()
	for i, res := range results {
		if errs[i] != nil || !res.OK() {
			t.Fatalf("run %d: %v, %+v", i, errs[i], res)
		}
		want := fmt.Sprintf("env ERGON_TASK_INDEX=%d\n", i)
		if got, _ := os.ReadFile(filepath.Join(jobs[i].OutDir, "result.txt")); !bytes.Contains(got, []byte(want)) {
			t.Errorf("run %d wrote %q, want it to contain %q", i, got, want)
		}
	}
}

func TestChildEnviron(t *testing.T) {
	got := childEnviron([]string{"GOMAXPROCS=1", "ERGON_KEY=secret", "TMPDIR=/t", "HOME=/root",
		"GODEBUG=x=1", childEnv + "=1", "PATH=/bin"})
	if want := []string{"GOMAXPROCS=1", "TMPDIR=/t", "GODEBUG=x=1"}; !slices.Equal(got, want) {
		t.Errorf("childEnviron = %q, want %q", got, want)
	}
}

// TestSymlinkEscape: a link created by the guest in /out must not lead to
// the host's files (see TestWazeroDirMountFollowsGuestLinks for why this
// needs noLinkFS).
func TestSymlinkEscape(t *testing.T) {
	e := newExecutor(t, "")
	job := guestJob(t, "symlink", "../secret.txt")
	// OutDir's parent gets a secret the link would point at.
	secret := filepath.Join(filepath.Dir(job.OutDir), "secret.txt")
	if err := os.WriteFile(secret, []byte("host secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	res := run(t, e, job)
	if !res.OK() {
		t.Fatalf("got %s", res.Failure)
	}
	if bytes.Contains(res.Stdout, []byte("host secret")) || !bytes.Contains(res.Stdout, []byte("symlink: symlink")) {
		t.Errorf("the guest created a link or read through it: %q", res.Stdout)
	}
	if _, err := os.Lstat(filepath.Join(job.OutDir, "link")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("link in /out: %v", err)
	}
}

func TestTimeout(t *testing.T) {
	e := newExecutor(t, "")
	var pid atomic.Int64
	e.hooks.assigned = func(p int) { pid.Store(int64(p)) }
	job := guestJob(t, "loop")
	job.Timeout = time.Second
	begin := time.Now()
	res := run(t, e, job)
	elapsed := time.Since(begin)
	if res.Failure != executor.Timeout || res.ExitCode != -1 {
		t.Fatalf("got %s (exit %d), want timeout", res.Failure, res.ExitCode)
	}
	if !strings.Contains(res.Message, "1s time limit") {
		t.Errorf("message %q", res.Message)
	}
	// The limit counts from the app's start (after compilation); the
	// whole Run also includes loading the module from the cache.
	if res.Duration < job.Timeout || res.Duration > job.Timeout+time.Second {
		t.Errorf("the app ran %s, want %s + less than 1s", res.Duration, job.Timeout)
	}
	t.Logf("Run returned after %s", elapsed)
	if elapsed > job.Timeout+3*time.Second {
		t.Errorf("Run took %s", elapsed)
	}
	assertGone(t, int(pid.Load()))
}

func TestCancel(t *testing.T) {
	e := newExecutor(t, "")
	var pid atomic.Int64
	e.hooks.assigned = func(p int) { pid.Store(int64(p)) }
	job := guestJob(t, "loop")
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	res, err := e.Run(ctx, job)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, %v; want the context's error", res, err)
	}
	assertGone(t, int(pid.Load()))
}

func assertGone(t *testing.T, pid int) {
	t.Helper()
	if pid == 0 {
		t.Fatal("no sandbox process was started")
	}
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("sandbox process %d still exists: kill(0) = %v", pid, err)
	}
}

func TestDeterminism(t *testing.T) {
	e := newExecutor(t, "")
	var outs [][]byte
	for range 2 {
		res := run(t, e, guestJob(t, "clock"))
		if !res.OK() {
			t.Fatalf("got %s", res.Failure)
		}
		outs = append(outs, res.Stdout)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Errorf("two runs differ: %q and %q", outs[0], outs[1])
	}
	// wazero's fixed clock starts at 2022-01-01T00:00:00Z.
	if !bytes.HasPrefix(outs[0], []byte("16409952")) {
		t.Errorf("clock %q is not wazero's fixed one", outs[0])
	}
}

func TestChecksumMismatch(t *testing.T) {
	e := newExecutor(t, "")
	var starts atomic.Int32
	e.hooks.assigned = func(int) { starts.Add(1) }
	job := guestJob(t, "exit", "0")
	job.App.Checksum[0] ^= 1
	res := run(t, e, job)
	if res.Failure != executor.BadApp || !strings.Contains(res.Message, "checksum") {
		t.Errorf("got %s %q, want bad-app about the checksum", res.Failure, res.Message)
	}
	if n := starts.Load(); n != 0 {
		t.Errorf("%d jobs sent to a sandbox process", n)
	}
}

func TestCompilationCache(t *testing.T) {
	if raceEnabled {
		t.Skip("a cold compilation takes about 30 s under the race detector; the shared cache is exercised by every other test")
	}
	cache := t.TempDir()
	e := newExecutor(t, cache)
	var times []time.Duration
	for i := range 2 {
		begin := time.Now()
		if res := run(t, e, guestJob(t, "exit", "0")); !res.OK() {
			t.Fatalf("got %s", res.Failure)
		}
		times = append(times, time.Since(begin))
		if i == 0 {
			var n int
			filepath.WalkDir(cache, func(_ string, d os.DirEntry, _ error) error {
				if d != nil && d.Type().IsRegular() {
					n++
				}
				return nil
			})
			if n == 0 {
				t.Fatal("the compilation cache is empty after a run")
			}
		}
	}
	t.Logf("first run (compiles) %s, second run (cached) %s", times[0], times[1])
}

// Hand-assembled modules, so that these cases need no Go toolchain.
var (
	// (memory 1 2000): a 125 MiB maximum.
	bigMemoryModule = []byte("\x00asm\x01\x00\x00\x00\x05\x05\x01\x01\x01\xd0\x0f")
	// (func (export "_start") unreachable)
	trapModule = []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
		"\x07\x0a\x01\x06_start\x00\x00\x0a\x05\x01\x03\x00\x00\x0b")
	// (func (export "_start"))
	emptyStartModule = []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
		"\x07\x0a\x01\x06_start\x00\x00\x0a\x04\x01\x02\x00\x0b")
	// (module)
	emptyModule = []byte("\x00asm\x01\x00\x00\x00")
	// (import "env" "f" (func))
	importModule = []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x02\x09\x01\x03env\x01f\x00\x00")
)

func TestModules(t *testing.T) {
	e := newExecutor(t, "")
	tests := []struct {
		name    string
		module  []byte
		want    executor.FailureKind
		wantMsg string
	}{
		{"not wasm", []byte("#!/bin/sh\necho hi\n"), executor.BadApp, "not a valid WebAssembly module"},
		{"no _start", emptyModule, executor.BadApp, "no _start"},
		{"missing import", importModule, executor.BadApp, "cannot be instantiated"},
		{"memory over limit", bigMemoryModule, executor.OutOfMemory, "more memory than its 64 MiB limit"},
		{"trap", trapModule, executor.Crash, "the app crashed: wasm error: unreachable"},
		{"returns from _start", emptyStartModule, executor.None, "completion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "app.wasm")
			if err := os.WriteFile(path, tt.module, 0o644); err != nil {
				t.Fatal(err)
			}
			res := run(t, e, moduleJob(t, path, sha256.Sum256(tt.module)))
			if res.Failure != tt.want || !strings.Contains(res.Message, tt.wantMsg) {
				t.Errorf("got %s %q, want %s containing %q", res.Failure, res.Message, tt.want, tt.wantMsg)
			}
		})
	}
}

func TestUnsafeJobs(t *testing.T) {
	e := newExecutor(t, "")
	tests := []struct {
		name    string
		prepare func(t *testing.T, job *executor.Job)
		want    error
	}{
		{"link in /in", func(t *testing.T, job *executor.Job) {
			if err := os.Symlink("/etc/passwd", filepath.Join(job.InDir, "passwd")); err != nil {
				t.Fatal(err)
			}
		}, ErrUnsafeDir},
		{"/out not empty", func(t *testing.T, job *executor.Job) {
			if err := os.WriteFile(filepath.Join(job.OutDir, "old"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}, ErrUnsafeDir},
		{"missing /in", func(t *testing.T, job *executor.Job) {
			job.InDir = filepath.Join(job.InDir, "missing")
		}, executor.ErrInvalidJob},
		{"relative /out", func(t *testing.T, job *executor.Job) { job.OutDir = "out" }, executor.ErrInvalidJob},
		{"reserved env", func(t *testing.T, job *executor.Job) {
			job.Env = map[string]string{executor.EnvTaskID: "0x00"}
		}, executor.ErrInvalidJob},
		{"tiny memory", func(t *testing.T, job *executor.Job) { job.MemoryLimit = 1000 }, executor.ErrInvalidJob},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job := moduleJob(t, "/nonexistent.wasm", [32]byte{})
			tt.prepare(t, &job)
			res, err := e.Run(context.Background(), job)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, %v; want %v", res, err, tt.want)
			}
			t.Log(err)
		})
	}
}

func TestNewRejectsUnawareExecutable(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Executable = "/bin/true"
	if _, err := New(cfg); !errors.Is(err, ErrSandbox) {
		t.Fatalf("New with an executable that is not a sandbox: %v", err)
	} else {
		t.Log(err)
	}
}

func TestNewRejectsSharedCacheDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.CacheDir = dir
	if _, err := New(cfg); !errors.Is(err, ErrUnsafeCacheDir) {
		t.Fatalf("New with a world-writable cache: %v", err)
	}
}

// TestWazeroDirMountFollowsGuestLinks documents why /out is mounted through
// noLinkFS: with wazero's plain WithDirMount, a guest can create a link with
// a relative target and read a host file through it. If this test starts
// failing, wazero has closed the hole; noLinkFS then only costs nothing.
func TestWazeroDirMountFollowsGuestLinks(t *testing.T) {
	path, _ := guest(t)
	code, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(testDir, "cache"))
	if err != nil {
		t.Fatal(err)
	}
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().
		WithCompilationCache(cache).WithMemoryLimitPages(1024).WithMemoryCapacityFromMax(true))
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)

	base := t.TempDir()
	out := filepath.Join(base, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(base, "secret.txt"), []byte("host secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	_, err = r.InstantiateWithConfig(ctx, code, wazero.NewModuleConfig().
		WithArgs("guest", "symlink", "../secret.txt").
		WithStdout(&stdout).
		WithFSConfig(wazero.NewFSConfig().WithDirMount(out, "/out")))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("guest with a plain WithDirMount: %q", stdout.String())
	if !strings.Contains(stdout.String(), "read: host secret") {
		t.Errorf("the guest could not read through its link: wazero no longer follows guest-made links")
	}
}
