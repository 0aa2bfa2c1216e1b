// Package speed times the cpubench app under a WASM executor against its
// kernel run natively in this process, on the same work, and checks that
// both computed the same checksum. `ergon bench e2e` reports its figure;
// its benchmark measures that figure alone, on a module it builds from the
// current source with the flags of `make examples`:
//
//	go test -run '^$' -bench WASMNative ./examples/cpubench/speed/
package speed

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"ergon/examples/cpubench/kernel"
	"ergon/executor"
)

// Config says what to compare.
type Config struct {
	// Module is the cpubench app built for wasip1 (`make examples`).
	Module string
	// N is the number of rounds (cpubench -n), the same on both sides.
	N int
	// Runs is how many timed runs each side gets; the fastest counts.
	Runs int
	// Dir receives the WASM runs' input and output directories.
	Dir string
}

// DefaultConfig compares 200 rounds (about 0.25 s natively on a 2020s x86
// core: long enough that the guest's start, about 2 ms, is noise) over five
// runs each.
func DefaultConfig() Config { return Config{N: 200, Runs: 5} }

// Result is the outcome of Compare.
type Result struct {
	// WASM is the fastest WASM run: the app's run time as the executor
	// measures it, compilation and instantiation excluded.
	WASM time.Duration
	// Native is the fastest run of kernel.Run(N) in this process.
	Native time.Duration
	// Ratio is WASM / Native.
	Ratio float64
	// Checksum is the result both sides computed.
	Checksum string
}

// Compare runs each side once untimed (the executor compiles the module),
// then cfg.Runs times each, alternately, so that a burst of load on the
// machine falls on both sides rather than on one. Every run's result must be
// the same (ErrMismatch).
func Compare(ctx context.Context, exec executor.Executor, cfg Config) (*Result, error) {
	if cfg.N < 0 || cfg.Runs < 1 {
		return nil, fmt.Errorf("cpubench: compare %d rounds over %d runs: need N ≥ 0 and at least one run", cfg.N, cfg.Runs)
	}
	code, err := os.ReadFile(cfg.Module)
	if err != nil {
		return nil, err
	}
	app := executor.App{Name: "cpubench", Path: cfg.Module, Checksum: sha256.Sum256(code)}

	want := kernel.Run(cfg.N)
	res := &Result{Checksum: want.Checksum}
	for i := range cfg.Runs + 1 {
		if i > 0 {
			start := time.Now()
			got := kernel.Run(cfg.N)
			if d := time.Since(start); i == 1 || d < res.Native {
				res.Native = d
			}
			if got != want {
				return nil, fmt.Errorf("%w: native runs gave %s and %s", ErrMismatch, want.Checksum, got.Checksum)
			}
		}
		d, got, err := runWASM(ctx, exec, app, cfg.N, filepath.Join(cfg.Dir, strconv.Itoa(i)))
		if err != nil {
			return nil, err
		}
		if got != want {
			return nil, fmt.Errorf("%w: WASM %s (n %d), native %s (n %d)", ErrMismatch, got.Checksum, got.N, want.Checksum, want.N)
		}
		if i == 1 || i > 1 && d < res.WASM {
			res.WASM = d
		}
	}
	res.Ratio = res.WASM.Seconds() / res.Native.Seconds()
	return res, nil
}

// runWASM runs the module once and returns its run time and its
// result.json.
func runWASM(ctx context.Context, exec executor.Executor, app executor.App, n int, dir string) (time.Duration, kernel.Result, error) {
	var got kernel.Result
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	for _, d := range []string{in, out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return 0, got, err
		}
	}
	res, err := exec.Run(ctx, executor.Job{TaskID: "0x01", DealID: "0x02", BotSize: 1,
		App: app, Args: []string{"-n", strconv.Itoa(n)}, InDir: in, OutDir: out})
	if err != nil {
		return 0, got, err
	}
	if !res.OK() {
		return 0, got, fmt.Errorf("cpubench failed in WASM: %s", res.Message)
	}
	data, err := os.ReadFile(filepath.Join(out, "result.json"))
	if err != nil {
		return 0, got, fmt.Errorf("cpubench in WASM: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		return 0, got, fmt.Errorf("cpubench in WASM: result.json %q: %w", data, err)
	}
	return res.Duration, got, nil
}
