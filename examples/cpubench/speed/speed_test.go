//go:build unix

package speed

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"ergon/examples/cpubench/kernel"
	"ergon/executor"
	"ergon/executor/wasm"
	"ergon/testenv"
	"ergon/wasmloop"
)

func TestMain(m *testing.M) {
	wasm.RunChildIfRequested()
	code := m.Run()
	if moduleDir != "" {
		os.RemoveAll(moduleDir)
	}
	os.Exit(code)
}

// moduleDir holds the modules built by buildModule and the variants
// benchmark (made by buildTo under moduleDirMu).
var moduleDir string

// module builds the cpubench app for wasip1 with the flags of `make
// examples`, once per test binary, so that what is timed is the current
// source.
var module = sync.OnceValues(func() (string, error) { return buildTo("cpubench.wasm", false) })

// plainModule is module without the loop rewrite (`ergon app build --plain`).
var plainModule = sync.OnceValues(func() (string, error) { return buildTo("cpubench-plain.wasm", true) })

var moduleDirMu sync.Mutex

func buildTo(name string, plain bool) (string, error) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", err
	}
	moduleDirMu.Lock()
	if moduleDir == "" {
		moduleDir, err = os.MkdirTemp("", "ergon-cpubench-speed-")
	}
	dir := moduleDir
	moduleDirMu.Unlock()
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, name)
	_, err = wasmloop.Build(context.Background(), wasmloop.BuildConfig{Go: goBin, Plain: plain}, "ergon/examples/cpubench", path)
	return path, err
}

// buildModule returns the built module. Without a go command the test is
// skipped, loudly, except in CI, where it fails.
func buildModule(tb testing.TB) string {
	tb.Helper()
	testenv.GoCommand(tb, "to build cpubench")
	path, err := module()
	if err != nil {
		tb.Fatalf("build cpubench for wasip1: %v", err)
	}
	return path
}

func newExecutor(tb testing.TB) *wasm.Executor {
	tb.Helper()
	return newExecutorWith(tb, false)
}

func newExecutorWith(tb testing.TB, boundsChecks bool) *wasm.Executor {
	tb.Helper()
	cfg := wasm.DefaultConfig()
	cfg.CacheDir = filepath.Join(tb.TempDir(), "cache")
	cfg.BoundsChecks = boundsChecks
	e, err := wasm.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close() })
	return e
}

func TestCompare(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the WASM module")
	}
	cfg := Config{Module: buildModule(t), N: 3, Runs: 2, Dir: t.TempDir()}
	res, err := Compare(context.Background(), newExecutor(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if want := kernel.Run(3).Checksum; res.Checksum != want {
		t.Errorf("checksum %s, want %s", res.Checksum, want)
	}
	if res.WASM <= 0 || res.Native <= 0 || res.Ratio != res.WASM.Seconds()/res.Native.Seconds() {
		t.Errorf("got %+v", res)
	}
}

// liar is an executor whose app writes a result.json of its own.
type liar struct{ result string }

func (l liar) Run(_ context.Context, job executor.Job) (*executor.Result, error) {
	err := os.WriteFile(filepath.Join(job.OutDir, "result.json"), []byte(l.result), 0o644)
	return &executor.Result{Duration: time.Millisecond}, err
}

func TestCompareMismatch(t *testing.T) {
	module := filepath.Join(t.TempDir(), "cpubench.wasm")
	if err := os.WriteFile(module, []byte("\x00asm"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, result := range []string{
		`{"n":1,"checksum":"00"}`,
		`{"n":2,"checksum":"` + kernel.Run(1).Checksum + `"}`,
	} {
		cfg := Config{Module: module, N: 1, Runs: 1, Dir: t.TempDir()}
		if _, err := Compare(context.Background(), liar{result}, cfg); !errors.Is(err, ErrMismatch) {
			t.Errorf("WASM result %s: got %v, want ErrMismatch", result, err)
		}
	}
}

// BenchmarkWASMNative is the WASM/native figure of `ergon bench e2e` alone,
// with the same configuration (ns/op is that of a whole comparison):
//
//	go test -run '^$' -bench WASMNative ./examples/cpubench/speed/
func BenchmarkWASMNative(b *testing.B) { benchmarkWASMNative(b, buildModule(b), newExecutor(b)) }

// BenchmarkWASMNativeVariants is BenchmarkWASMNative for the module with and
// without the loop rewrite, run with guard pages and with bounds checks:
//
//	go test -run '^$' -bench WASMNativeVariants ./examples/cpubench/speed/
func BenchmarkWASMNativeVariants(b *testing.B) {
	for _, build := range []struct {
		name   string
		module func() (string, error)
	}{{"rewritten", module}, {"plain", plainModule}} {
		for _, checks := range []bool{false, true} {
			name := build.name + "/guard-pages"
			if checks {
				name = build.name + "/bounds-checks"
			}
			b.Run(name, func(b *testing.B) {
				testenv.GoCommand(b, "to build cpubench")
				path, err := build.module()
				if err != nil {
					b.Fatalf("build cpubench for wasip1: %v", err)
				}
				benchmarkWASMNative(b, path, newExecutorWith(b, checks))
			})
		}
	}
}

func benchmarkWASMNative(b *testing.B, module string, e *wasm.Executor) {
	cfg := DefaultConfig()
	cfg.Module = module
	var res *Result
	for b.Loop() {
		cfg.Dir = b.TempDir()
		r, err := Compare(context.Background(), e, cfg)
		if err != nil {
			b.Fatal(err)
		}
		res = r
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(res.WASM), "wasm-ms")
	b.ReportMetric(ms(res.Native), "native-ms")
	b.ReportMetric(res.Ratio, "wasm/native")
}
