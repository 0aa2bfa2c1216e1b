package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"ergon/executor"
)

// maxSpecSize bounds the job description read by the child.
const maxSpecSize = 16 << 20

// RunChildIfRequested runs the sandbox process role and exits if this
// process was started as one (see the package documentation); otherwise it
// returns at once. Call it first thing in main, and in TestMain of any test
// that runs this package's Executor, before flags are parsed or anything
// else is started.
func RunChildIfRequested() {
	if os.Getenv(childEnv) != "1" {
		return
	}
	os.Exit(childMain(os.Stdin, os.NewFile(reportFD, "report")))
}

// childMain is the child role. Everything about the app is reported on
// report; the exit status only says whether reporting itself worked.
func childMain(stdin io.Reader, report *os.File) int {
	if report == nil {
		fmt.Fprintln(os.Stderr, "ergon wasm sandbox: no report pipe on fd 3: this process must be started by the wasm executor")
		return 3
	}
	enc := json.NewEncoder(report)
	send := func(ev childEvent) int {
		if err := enc.Encode(ev); err != nil {
			fmt.Fprintln(os.Stderr, "ergon wasm sandbox: report:", err)
			return 3
		}
		return 0
	}
	var spec childSpec
	dec := json.NewDecoder(io.LimitReader(stdin, maxSpecSize))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&spec); err != nil {
		return send(childEvent{Event: eventError, Message: "decode job: " + err.Error()})
	}
	if spec.Probe {
		return send(childEvent{Event: eventReady})
	}
	ev, err := runGuest(context.Background(), spec, func(compile time.Duration) error {
		if send(childEvent{Event: eventStarted, CompileNanos: int64(compile)}) != 0 {
			return fmt.Errorf("report started")
		}
		return nil
	})
	if err != nil {
		return send(childEvent{Event: eventError, Message: err.Error()})
	}
	return send(ev)
}

// runGuest compiles and runs the module. started is called right before the
// guest's _start; an error means a problem of the sandbox, not of the app.
func runGuest(ctx context.Context, spec childSpec, started func(compile time.Duration) error) (childEvent, error) {
	limit := int64(spec.MemoryPages) * pageSize
	done := func(o outcome) childEvent {
		return childEvent{Event: eventDone, Failure: o.failure, ExitCode: o.exitCode, Message: o.message}
	}

	code, err := os.ReadFile(spec.ModulePath)
	if err != nil {
		return childEvent{}, fmt.Errorf("read module: %w", err)
	}
	// The parent checked the file, but it could have changed since: what
	// is compiled is what is checked.
	if sum := sha256.Sum256(code); hex.EncodeToString(sum[:]) != spec.Checksum {
		return done(checksumMismatch(sum, spec.Checksum)), nil
	}

	t0 := time.Now()
	rc := wazero.NewRuntimeConfig().
		WithMemoryLimitPages(spec.MemoryPages).
		WithMemoryCapacityFromMax(true).
		// The parent kills this process on timeout; a context-driven
		// termination check would slow guests down 7–9×.
		WithCloseOnContextDone(false)
	if spec.CacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(spec.CacheDir)
		if err != nil {
			return childEvent{}, fmt.Errorf("open compilation cache: %w", err)
		}
		rc = rc.WithCompilationCache(cache)
	}
	r := wazero.NewRuntimeWithConfig(ctx, rc)
	// No deferred Close: the process exits right after reporting.
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, r); err != nil {
		return childEvent{}, fmt.Errorf("instantiate WASI: %w", err)
	}
	compiled, err := r.CompileModule(ctx, code)
	if err != nil {
		return done(classifyCompile(err, limit)), nil
	}

	fsc := wazero.NewFSConfig().WithReadOnlyDirMount(spec.InDir, "/in")
	fsc = fsc.(sysfs.FSConfig).WithSysFSMount(noLinkFS{sysfs.DirFS(spec.OutDir)}, "/out")
	scan := &stderrScan{}
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs(spec.Args...).
		WithFSConfig(fsc).
		WithStdin(bytes.NewReader(nil)).
		WithStdout(os.Stdout).
		WithStderr(io.MultiWriter(os.Stderr, scan)).
		// _start is called below, so that instantiation problems (BadApp)
		// and the app's own end are told apart.
		WithStartFunctions()
	// Clock, sleep and random source are left at wazero's deterministic
	// defaults on purpose: see the package documentation.
	for _, kv := range spec.Env {
		k, v, _ := strings.Cut(kv, "=")
		mc = mc.WithEnv(k, v)
	}
	mod, err := r.InstantiateModule(ctx, compiled, mc)
	if err != nil {
		return done(outcome{executor.BadApp, -1, "the app cannot be instantiated: " + firstLine(err.Error())}), nil
	}
	start := mod.ExportedFunction("_start")
	if start == nil {
		return done(outcome{executor.BadApp, -1,
			"the app exports no _start function: it is not a WASI command module"}), nil
	}
	if err := started(time.Since(t0)); err != nil {
		return childEvent{}, err
	}

	t1 := time.Now()
	_, err = start.Call(ctx)
	run := time.Since(t1)
	fatal, oom := scan.result()
	ev := done(classifyRun(err, fatal, oom, limit))
	ev.RunNanos, ev.Started = int64(run), true
	return ev, nil
}

func checksumMismatch(got [32]byte, want string) outcome {
	return outcome{executor.BadApp, -1, fmt.Sprintf(
		"the app's module does not match its registered checksum (sha256 %x, expected %s)", got, want)}
}
