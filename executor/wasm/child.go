package wasm

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"ergon/executor"
)

// maxCachedModules bounds the compiled modules a sandbox process keeps in
// memory (a compiled Go module takes tens of MiB of native code).
const maxCachedModules = 4

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

// childMain is the child role: it runs the jobs read from stdin one at a
// time until stdin ends. Everything about a job is reported on report; the
// exit status only says whether reading jobs and reporting worked.
func childMain(stdin io.Reader, report *os.File) int {
	if report == nil {
		fmt.Fprintln(os.Stderr, "ergon wasm sandbox: no report pipe on fd 3: this process must be started by the wasm executor")
		return 3
	}
	rep := &reporter{w: report}
	fail := func(err error) int {
		fmt.Fprintln(os.Stderr, "ergon wasm sandbox:", err)
		return 3
	}
	sb := &sandbox{}
	if os.Getenv(boundsChecksEnv) != "1" {
		sb.modules.guardPages = sb.memory.useGuardPages()
	}
	if err := rep.event(0, childEvent{Event: eventReady, GuardPages: sb.modules.guardPages}); err != nil {
		return fail(err)
	}
	ctx := context.Background()
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64<<10), maxSpecSize)
	for sc.Scan() {
		var spec childSpec
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&spec); err != nil {
			_ = rep.event(0, childEvent{Event: eventError, Message: "decode job: " + err.Error()})
			return fail(fmt.Errorf("decode job: %w", err))
		}
		if err := rep.event(spec.ID, childEvent{Event: eventAccepted}); err != nil {
			return fail(err)
		}
		ev, err := sb.run(ctx, spec, rep)
		if err != nil {
			ev = childEvent{Event: eventError, Message: err.Error()}
		}
		if err := rep.event(spec.ID, ev); err != nil {
			return fail(err)
		}
	}
	if err := sc.Err(); err != nil {
		return fail(fmt.Errorf("read jobs: %w", err))
	}
	return 0
}

// sandbox is what a sandbox process keeps from job to job: compiled
// modules and a guest memory region, never a module instance.
type sandbox struct {
	modules moduleCache
	memory  memoryPool
}

// run runs one job: a fresh instance of the (cached) compiled module with
// its own memory, file system, arguments, environment, clock and random
// source, closed before returning. An error means a problem of the sandbox,
// not of the app.
func (sb *sandbox) run(ctx context.Context, spec childSpec, rep *reporter) (childEvent, error) {
	limit := int64(spec.MemoryPages) * pageSize
	done := func(o outcome) childEvent {
		return childEvent{Event: eventDone, Failure: o.failure, ExitCode: o.exitCode, Message: o.message}
	}

	t0 := time.Now()
	r, compiled, refused, err := sb.modules.get(ctx, spec)
	if err != nil {
		return childEvent{}, err
	}
	if refused != nil {
		return done(*refused), nil
	}

	fsc := wazero.NewFSConfig().WithReadOnlyDirMount(spec.InDir, "/in")
	fsc = fsc.(sysfs.FSConfig).WithSysFSMount(noLinkFS{sysfs.DirFS(spec.OutDir)}, "/out")
	scan := &executor.StderrScan{}
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs(spec.Args...).
		WithFSConfig(fsc).
		WithStdin(bytes.NewReader(nil)).
		WithStdout(outputWriter{rep, frameStdout, spec.ID}).
		WithStderr(io.MultiWriter(outputWriter{rep, frameStderr, spec.ID}, scan)).
		// _start is called below, so that instantiation problems (BadApp)
		// and the app's own end are told apart.
		WithStartFunctions()
	// Clock, sleep and random source are left at wazero's deterministic
	// defaults on purpose: see the package documentation. They are
	// created afresh for each instance.
	for _, kv := range spec.Env {
		k, v, _ := strings.Cut(kv, "=")
		mc = mc.WithEnv(k, v)
	}
	mem := sb.memory.forJob()
	defer mem.release()
	mod, err := instantiate(ctx, r, compiled, mc, mem)
	var broken *sandboxError
	switch {
	case errors.As(err, &broken):
		return childEvent{}, err
	case err != nil && mem.unguarded:
		return childEvent{}, fmt.Errorf("no guard region for the app's memory (%v)", err)
	case err != nil:
		return done(classifyInstantiate(err)), nil
	}
	// Closing releases the instance's memory (zeroed) and open files
	// before "done" is reported: nothing of this job outlives it in the
	// process.
	defer mod.Close(ctx)
	start := mod.ExportedFunction("_start")
	if start == nil {
		return done(outcome{executor.BadApp, -1,
			"the app exports no _start function: it is not a WASI command module"}), nil
	}
	started := childEvent{Event: eventStarted, CompileNanos: int64(time.Since(t0)), GuardPages: mem.guarded()}
	if err := rep.event(spec.ID, started); err != nil {
		return childEvent{}, fmt.Errorf("report started: %w", err)
	}

	t1 := time.Now()
	_, err = start.Call(ctx)
	run := time.Since(t1)
	fatal, oom := scan.Result()
	ev := done(classifyRun(err, fatal, oom, limit))
	ev.RunNanos, ev.Started = int64(run), true
	return ev, nil
}

// sandboxError is a failure of the sandbox, not of the app.
type sandboxError struct{ err error }

func (e *sandboxError) Error() string { return e.err.Error() }

// instantiate instantiates compiled with mem's allocator. wazero panics if
// a memory cannot get its initial size (an mprotect refused for lack of
// memory, say): that is a sandboxError, and the process is not reused.
func instantiate(ctx context.Context, r wazero.Runtime, compiled wazero.CompiledModule, mc wazero.ModuleConfig,
	mem *jobMemory) (mod api.Module, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &sandboxError{fmt.Errorf("instantiate the app: %v", p)}
		}
	}()
	return r.InstantiateModule(experimental.WithMemoryAllocator(ctx, mem.allocator()), compiled, mc)
}

// moduleCache keeps a sandbox process's compiled modules in memory, so that
// a job of an app this process has run before only instantiates it.
//
// wazero's memory limit is a runtime setting, so there is a runtime per
// distinct limit. The runtimes share one CompilationCache, hence one engine:
// the native code of a module is compiled (or loaded from the disk cache)
// once per process and shared by the runtimes, reference-counted by wazero.
type moduleCache struct {
	// guardPages is whether the runtimes compile without bounds checks
	// (see memoryPool).
	guardPages bool
	cacheDir   string
	cache      wazero.CompilationCache // nil until the first job
	runtimes   map[uint32]*limitRuntime
	lru        []*cachedModule // least recently used first
}

// limitRuntime is the runtime of one memory limit.
type limitRuntime struct {
	r       wazero.Runtime
	modules int // cached modules compiled by r
}

type cachedModule struct {
	pages    uint32
	checksum string
	rt       *limitRuntime
	compiled wazero.CompiledModule
}

// get returns the runtime and the compiled module for spec, reading and
// compiling the module if it is not in memory. A non-nil refused is the
// outcome of a module that cannot run (BadApp, or a memory over the limit).
func (m *moduleCache) get(ctx context.Context, spec childSpec) (_ wazero.Runtime, _ wazero.CompiledModule, refused *outcome, _ error) {
	if err := m.init(spec.CacheDir); err != nil {
		return nil, nil, nil, err
	}
	if i := slices.IndexFunc(m.lru, func(c *cachedModule) bool {
		return c.pages == spec.MemoryPages && c.checksum == spec.Checksum
	}); i >= 0 {
		c := m.lru[i]
		m.lru = append(slices.Delete(m.lru, i, i+1), c)
		return c.rt.r, c.compiled, nil, nil
	}

	code, err := os.ReadFile(spec.ModulePath)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read module: %w", err)
	}
	// The parent checked the file, but it could have changed since: what
	// is compiled is what is checked, and a module is only ever found
	// in memory under the checksum of the bytes it was compiled from.
	if sum := sha256.Sum256(code); hex.EncodeToString(sum[:]) != spec.Checksum {
		o := checksumMismatch(sum, spec.Checksum)
		return nil, nil, &o, nil
	}
	rt, err := m.runtime(ctx, spec.MemoryPages)
	if err != nil {
		return nil, nil, nil, err
	}
	compiled, err := rt.r.CompileModule(ctx, code)
	if err != nil {
		if rt.modules == 0 {
			m.closeRuntime(ctx, spec.MemoryPages, rt)
		}
		o := classifyCompile(err, int64(spec.MemoryPages)*pageSize)
		return nil, nil, &o, nil
	}
	rt.modules++
	m.lru = append(m.lru, &cachedModule{spec.MemoryPages, spec.Checksum, rt, compiled})
	for len(m.lru) > maxCachedModules {
		old := m.lru[0]
		m.lru = slices.Delete(m.lru, 0, 1)
		_ = old.compiled.Close(ctx)
		if old.rt.modules--; old.rt.modules == 0 {
			m.closeRuntime(ctx, old.pages, old.rt)
		}
	}
	return rt.r, compiled, nil, nil
}

func (m *moduleCache) init(cacheDir string) error {
	if m.cache != nil {
		if cacheDir != m.cacheDir {
			return fmt.Errorf("job with cache directory %q in a sandbox process using %q", cacheDir, m.cacheDir)
		}
		return nil
	}
	m.cacheDir, m.cache = cacheDir, wazero.NewCompilationCache()
	if cacheDir != "" {
		c, err := wazero.NewCompilationCacheWithDir(cacheDir)
		if err != nil {
			m.cache = nil
			return fmt.Errorf("open compilation cache: %w", err)
		}
		m.cache = c
	}
	m.runtimes = make(map[uint32]*limitRuntime)
	return nil
}

func (m *moduleCache) runtime(ctx context.Context, pages uint32) (*limitRuntime, error) {
	if rt := m.runtimes[pages]; rt != nil {
		return rt, nil
	}
	rc := wazero.NewRuntimeConfig().
		WithMemoryLimitPages(pages).
		WithMemoryCapacityFromMax(true).
		// The parent kills this process on timeout; a context-driven
		// termination check would slow guests down 7–9×.
		WithCloseOnContextDone(false).
		WithCompilationCache(m.cache)
	// The runtimes share an engine: the first one's context decides.
	if m.guardPages {
		ctx = experimental.WithGuardPageMemory(ctx)
	}
	r := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, r); err != nil {
		_ = r.Close(ctx)
		return nil, fmt.Errorf("instantiate WASI: %w", err)
	}
	rt := &limitRuntime{r: r}
	m.runtimes[pages] = rt
	return rt, nil
}

func (m *moduleCache) closeRuntime(ctx context.Context, pages uint32, rt *limitRuntime) {
	delete(m.runtimes, pages)
	_ = rt.r.Close(ctx)
}

func checksumMismatch(got [32]byte, want string) outcome {
	return outcome{executor.BadApp, -1, fmt.Sprintf(
		"the app's module does not match its registered checksum (sha256 %x, expected %s)", got, want)}
}
