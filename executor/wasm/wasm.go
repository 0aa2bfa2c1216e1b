package wasm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"ergon/executor"
)

// pageSize is the WebAssembly page size; maxMemory the most a 32-bit module
// can address.
const (
	pageSize  = 64 << 10
	maxMemory = 4 << 30
)

// Config configures an Executor.
type Config struct {
	// CacheDir is where compiled modules are kept between runs (and between
	// restarts). Empty disables the cache: every sandbox process then
	// compiles each module it runs, which takes about a second for a Go
	// module. It is created (mode 0700) if missing and must not be writable
	// by other users, since the native code found there is executed.
	CacheDir string
	// DefaultMemoryLimit applies to jobs without a MemoryLimit, in bytes. Job
	// limits above 4 GiB are lowered to 4 GiB, all a 32-bit module can use.
	DefaultMemoryLimit int64
	// DefaultTimeout applies to jobs without a Timeout.
	DefaultTimeout time.Duration
	// CompileTimeout bounds compiling and instantiating a module, which is
	// not counted in the job's Timeout. A module that takes longer is
	// reported as a Timeout.
	CompileTimeout time.Duration
	// MaxIdle is how many sandbox processes are kept waiting for a job
	// between Runs; 0 means 2×GOMAXPROCS, negative none. More are started
	// when more Runs are in progress at once.
	MaxIdle int
	// MaxJobsPerChild is how many jobs a sandbox process runs before it is
	// replaced, which bounds what a process can accumulate (leaks, a cache
	// of compiled modules); 0 means 1000. 1 gives every job a process of
	// its own, as isolated as before processes were reused, and as slow.
	MaxJobsPerChild int
	// BoundsChecks makes the sandbox processes compile a bounds check into
	// every load and store instead of relying on guard pages, which they
	// otherwise use where they can (linux/amd64; see memoryPool). The
	// checks cost a Go guest about a quarter of its run time; outcomes are
	// the same either way.
	BoundsChecks bool
	// Executable is the program re-executed as the sandbox process; empty
	// means os.Executable(). Its main must call RunChildIfRequested first.
	Executable string
	// Logger receives the executor's logs; nil discards them.
	Logger *slog.Logger
}

// DefaultConfig returns a configuration without a compilation cache (set
// CacheDir to a directory of the worker's data dir), a 256 MiB memory limit,
// a 5-minute timeout (the XS category), 2×GOMAXPROCS idle sandbox
// processes and 1000 jobs per process.
func DefaultConfig() Config {
	return Config{
		DefaultMemoryLimit: 256 << 20,
		DefaultTimeout:     5 * time.Minute,
		CompileTimeout:     2 * time.Minute,
		MaxIdle:            2 * runtime.GOMAXPROCS(0),
		MaxJobsPerChild:    1000,
	}
}

// Executor runs WebAssembly apps in a pool of sandbox processes, each
// running one job at a time. It implements executor.Executor and is safe
// for concurrent use. Close it to stop its processes.
type Executor struct {
	cfg     Config
	exe     string
	log     *slog.Logger
	maxIdle int
	maxJobs int
	// maxStarting bounds the processes started at once for waiting Runs.
	maxStarting int
	jobIDs      atomic.Uint64
	// startCost is what a new sandbox process costs before it runs its
	// first job, in nanoseconds (see startGrace).
	startCost atomic.Int64

	spawnReq    chan spawnRequest
	spawnerDone chan struct{}
	shutDown    chan struct{} // closed when Close has finished

	sums moduleSums

	mu       sync.Mutex
	closed   bool
	idle     []*child // most recently used last
	live     map[*child]struct{}
	waiters  []*waiter // Runs waiting for a process, first come first
	needy    int       // waiters past their grace
	starting int       // processes being started for the pool
	// wg counts the goroutines of the pool: each process's report reader
	// and waiter, spare-process starts, job writes.
	wg sync.WaitGroup

	// hooks, set by tests before the first Run, are told of sandbox
	// processes.
	hooks struct {
		spawned  func(pid int) // a process was started
		reused   func(pid int) // an idle process was taken for a job
		assigned func(pid int) // a job was given to a process
		running  func(pid int) // the app started running in a process
		guarded  func(on bool) // ... with guard pages or not
	}
}

var _ executor.Executor = (*Executor)(nil)

// New checks cfg, prepares the cache directory and starts a first sandbox
// process, which checks that the executable handles the sandbox role. The
// caller must Close the Executor.
func New(cfg Config) (*Executor, error) {
	if !platformSupported {
		return nil, ErrUnsupportedPlatform
	}
	switch {
	case cfg.DefaultMemoryLimit < pageSize || cfg.DefaultMemoryLimit > maxMemory:
		return nil, fmt.Errorf("wasm: default memory limit %s is not between 64 KiB and 4 GiB",
			executor.FormatSize(cfg.DefaultMemoryLimit))
	case cfg.DefaultTimeout <= 0:
		return nil, fmt.Errorf("wasm: default timeout %s is not positive", cfg.DefaultTimeout)
	case cfg.CompileTimeout <= 0:
		return nil, fmt.Errorf("wasm: compile timeout %s is not positive", cfg.CompileTimeout)
	case cfg.MaxJobsPerChild < 0:
		return nil, fmt.Errorf("wasm: negative jobs per sandbox process %d", cfg.MaxJobsPerChild)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e := &Executor{
		cfg:         cfg,
		exe:         cfg.Executable,
		log:         log.With("component", "executor/wasm"),
		maxIdle:     cfg.MaxIdle,
		maxJobs:     cfg.MaxJobsPerChild,
		maxStarting: max(1, runtime.GOMAXPROCS(0)),
		spawnReq:    make(chan spawnRequest),
		spawnerDone: make(chan struct{}),
		shutDown:    make(chan struct{}),
		live:        make(map[*child]struct{}),
	}
	if e.maxIdle == 0 {
		e.maxIdle = 2 * runtime.GOMAXPROCS(0)
	}
	e.maxIdle = max(e.maxIdle, 0)
	if e.maxJobs == 0 {
		e.maxJobs = 1000
	}
	if e.exe == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("wasm: find own executable: %w", err)
		}
		e.exe = exe
	}
	if cfg.CacheDir != "" {
		if err := prepareCacheDir(cfg.CacheDir); err != nil {
			return nil, err
		}
	}
	go e.spawner()
	if err := e.probe(); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

func prepareCacheDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("wasm: create cache directory: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("wasm: cache directory: %w", err)
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%w: %s has mode %s: run chmod go-w %s",
			ErrUnsafeCacheDir, dir, fi.Mode().Perm(), dir)
	}
	return nil
}

// probe starts a first sandbox process and waits for it to say it is
// ready; it then becomes the first idle process.
func (e *Executor) probe() error {
	c, err := e.spawn()
	if err != nil {
		return err
	}
	if err := e.awaitReady(c); err != nil {
		c.kill()
		return err
	}
	switch {
	case c.guardPages:
		e.log.Info("wasm sandbox ready; guard pages stand in for bounds checks")
	case e.cfg.BoundsChecks:
		e.log.Info("wasm sandbox ready; memory accesses are bounds-checked, as configured")
	default:
		e.log.Info("wasm sandbox ready; memory accesses are bounds-checked: guard pages need linux/amd64 and 8 GiB of address space per sandbox process")
	}
	e.release(c, true)
	return nil
}

// Run runs job's module in a sandbox process: see the package
// documentation for what the app sees and how its end is classified.
func (e *Executor) Run(ctx context.Context, job executor.Job) (*executor.Result, error) {
	if err := job.Validate(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("wasm: run of task %s not started: %w", job.TaskID, context.Cause(ctx))
	}
	if job.App.Path == "" {
		return nil, fmt.Errorf("%w: no module path", executor.ErrInvalidJob)
	}
	limit := job.MemoryLimit
	if limit == 0 {
		limit = e.cfg.DefaultMemoryLimit
	}
	limit = min(limit, maxMemory) / pageSize * pageSize
	if limit == 0 {
		return nil, fmt.Errorf("%w: memory limit %d bytes is less than one 64 KiB page",
			executor.ErrInvalidJob, job.MemoryLimit)
	}
	timeout := job.Timeout
	if timeout == 0 {
		timeout = e.cfg.DefaultTimeout
	}
	if err := executor.CheckDirs(job.InDir, job.OutDir); err != nil {
		return nil, err
	}

	sum, err := e.sums.sum(job.App.Path)
	if err != nil {
		return nil, fmt.Errorf("wasm: read module: %w", err)
	}
	want := hex.EncodeToString(job.App.Checksum[:])
	if sum != job.App.Checksum {
		o := checksumMismatch(sum, want)
		e.log.Debug("module refused", "task", job.TaskID, "reason", o.message)
		return &executor.Result{ExitCode: o.exitCode, Failure: o.failure, Message: o.message}, nil
	}

	spec := childSpec{
		ModulePath:  job.App.Path,
		Checksum:    want,
		CacheDir:    e.cfg.CacheDir,
		MemoryPages: uint32(limit / pageSize),
		Args:        append([]string{job.AppName()}, job.Args...),
		Env:         job.Environ(),
		InDir:       job.InDir,
		OutDir:      job.OutDir,
	}
	for attempt := 0; ; attempt++ {
		c, err := e.acquire(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("wasm: run of task %s not started: %w", job.TaskID, err)
			}
			return nil, err
		}
		spec.ID = e.jobIDs.Add(1)
		res, err := e.supervise(ctx, job.TaskID, c, spec, timeout)
		// A process that sat idle can die without anyone noticing (killed
		// from outside, out of memory); if it did not even read the job,
		// the job is intact and goes to another process, once.
		if errors.Is(err, errNotAccepted) && attempt == 0 {
			e.log.Info("sandbox process was gone before it read the job; trying another",
				"task", job.TaskID, "pid", c.pid)
			continue
		}
		return res, err
	}
}

// errNotAccepted (wrapped in ErrSandbox) is returned by supervise when the
// process ended before it read the job.
var errNotAccepted = errors.New("the sandbox process ended before it read the job")

// supervise gives the job to c and waits for its report, killing c on
// timeout or cancellation; it then gives c back to the pool or discards it.
func (e *Executor) supervise(ctx context.Context, task string, c *child, spec childSpec, timeout time.Duration) (*executor.Result, error) {
	begin := time.Now()
	line, err := json.Marshal(spec)
	if err != nil {
		e.release(c, true)
		return nil, err
	}
	if len(line) >= maxSpecSize {
		e.release(c, true)
		return nil, fmt.Errorf("%w: the job description takes %s, more than %s", executor.ErrInvalidJob,
			executor.FormatSize(int64(len(line))), executor.FormatSize(maxSpecSize))
	}
	out := &jobOutput{id: spec.ID,
		stdout: executor.NewTail(executor.OutputTailSize),
		stderr: executor.NewTail(executor.OutputTailSize)}
	c.job.Store(out)
	c.jobs++
	log := e.log.With("task", task, "pid", c.pid, "job", spec.ID)
	log.Debug("job sent", "jobs_of_process", c.jobs,
		"memory", executor.FormatSize(int64(spec.MemoryPages)*pageSize), "timeout", timeout)
	if e.hooks.assigned != nil {
		e.hooks.assigned(c.pid)
	}
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		c.kill()
		return nil, ErrClosed
	}
	e.wg.Add(1)
	e.mu.Unlock()
	go func() {
		// Only blocks if the process does not read; it is then killed
		// (timeout, Close), which ends the write.
		defer e.wg.Done()
		_, _ = c.stdin.Write(append(line, '\n'))
	}()

	timer := time.NewTimer(e.cfg.CompileTimeout)
	defer timer.Stop()
	var (
		events                    = c.events
		exited                    = c.exited
		accepted, running, killed bool
		startedAt, killAt         time.Time
		guarded                   bool
		cancelled                 error
		ctxDone                   = ctx.Done()
	)
	kill := func() {
		if !killed {
			killed, killAt = true, time.Now()
			c.kill()
		}
	}
	for events != nil || exited != nil {
		select {
		case ev, ok := <-events:
			switch {
			case !ok:
				events = nil
			case killed || ev.job != spec.ID:
			case ev.Event == eventAccepted:
				accepted = true
			case ev.Event == eventStarted:
				running, startedAt, guarded = true, time.Now(), ev.GuardPages
				if c.jobs == 1 {
					e.noteStartCost(c.readyIn + time.Duration(ev.CompileNanos))
					log.Debug("new sandbox process", "ready_in", c.readyIn, "grace", e.startGrace())
				}
				timer.Reset(timeout)
				log.Debug("app started", "compile", time.Duration(ev.CompileNanos))
				if e.hooks.running != nil {
					e.hooks.running(c.pid)
				}
				if e.hooks.guarded != nil {
					e.hooks.guarded(guarded)
				}
			case ev.Event == eventDone:
				res := &executor.Result{
					ExitCode: ev.ExitCode, Failure: ev.Failure, Message: ev.Message,
					Duration: time.Duration(ev.RunNanos),
					Stdout:   out.stdout.Bytes(), Stderr: out.stderr.Bytes(),
				}
				e.release(c, true)
				log.Debug("app ended", "failure", res.Failure, "exit_code", res.ExitCode,
					"run", res.Duration, "total", time.Since(begin))
				return res, nil
			case ev.Event == eventError:
				// The process may be in any state: it is not reused.
				c.kill()
				<-c.exited
				e.release(c, false)
				return nil, fmt.Errorf("%w: %s", ErrSandbox, ev.Message)
			}
		case <-exited:
			exited = nil
		case <-timer.C:
			kill()
		case <-ctxDone:
			ctxDone = nil
			cancelled = context.Cause(ctx)
			kill()
		}
	}
	// The process is gone (and waited for), and its report pipe is read
	// to the end.
	e.release(c, false)
	res := &executor.Result{Stdout: out.stdout.Bytes(), Stderr: out.stderr.Bytes(), ExitCode: -1}
	switch {
	case cancelled != nil:
		return nil, fmt.Errorf("wasm: run of task %s stopped: %w", task, cancelled)
	case killed && running:
		res.Failure, res.Duration = executor.Timeout, killAt.Sub(startedAt)
		res.Message = fmt.Sprintf("the app did not finish within its %s time limit and was stopped", timeout)
	case killed:
		res.Failure = executor.Timeout
		res.Message = fmt.Sprintf("compiling the app took longer than %s; it was stopped", e.cfg.CompileTimeout)
	case e.isClosed():
		return nil, fmt.Errorf("wasm: run of task %s: %w", task, ErrClosed)
	case !accepted:
		return nil, fmt.Errorf("%w: %w (%v); stderr: %q", ErrSandbox, errNotAccepted, c.waitErr,
			lastBytes(c.diag.Bytes(), 512))
	case running && guarded && exitStatus(c.waitErr) == guardFaultExit:
		// The guest's out-of-bounds access hit a guard page, which ended
		// the process: the same outcome as the trap of a bounds check.
		fatal, oom := out.scan.Result()
		o := classifyRun(errOutOfBounds, fatal, oom, int64(spec.MemoryPages)*pageSize)
		res.Failure, res.ExitCode, res.Message = o.failure, o.exitCode, o.message
		res.Duration = time.Since(startedAt)
	case !running && c.guardPages && exitStatus(c.waitErr) == guardFaultExit:
		// The same during instantiation: the module's start function.
		o := classifyInstantiate(errStartOutOfBounds)
		res.Failure, res.ExitCode, res.Message = o.failure, o.exitCode, o.message
	default:
		log.Warn("sandbox process died without a report", "err", c.waitErr)
		return nil, fmt.Errorf("%w: the sandbox process ended without reporting (%v); stderr: %q",
			ErrSandbox, c.waitErr, lastBytes(c.diag.Bytes(), 512))
	}
	log.Debug("app ended", "failure", res.Failure, "exit_code", res.ExitCode,
		"run", res.Duration, "total", time.Since(begin))
	return res, nil
}

// moduleSums remembers the sha256 of module files by their identity (device,
// inode, size, modification and change times), so that a module run again
// and again is not hashed each time (3 ms for a 3 MB Go module). A file
// changed behind an unchanged identity would only fool the parent's early
// check: the sandbox process hashes the bytes it compiles, and finds a
// compiled module in memory only under the checksum of those bytes.
type moduleSums struct {
	mu    sync.Mutex
	known map[string]knownSum
}

type knownSum struct {
	id  fileID
	sum [32]byte
}

// maxKnownSums bounds moduleSums (the worker's apps are few).
const maxKnownSums = 1024

func (m *moduleSums) sum(path string) ([32]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return [32]byte{}, err
	}
	id, ok := identity(fi)
	if ok {
		m.mu.Lock()
		k, found := m.known[path]
		m.mu.Unlock()
		if found && k.id == id {
			return k.sum, nil
		}
	}
	sum, before, err := fileSHA256(path)
	if err != nil || !ok || before != id {
		return sum, err
	}
	// Remembered only if the file did not change while it was read.
	if fi, err := os.Stat(path); err != nil {
		return sum, nil
	} else if after, _ := identity(fi); after != id {
		return sum, nil
	}
	m.mu.Lock()
	if m.known == nil || len(m.known) >= maxKnownSums {
		m.known = make(map[string]knownSum)
	}
	m.known[path] = knownSum{id, sum}
	m.mu.Unlock()
	return sum, nil
}

// fileSHA256 hashes the file at path, and returns the identity of the file
// it read.
func fileSHA256(path string) (sum [32]byte, id fileID, err error) {
	f, err := os.Open(path)
	if err != nil {
		return sum, id, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		id, _ = identity(fi)
	}
	h := sha256.New()
	if _, err := io.CopyBuffer(h, f, make([]byte, 1<<20)); err != nil {
		return sum, id, err
	}
	h.Sum(sum[:0])
	return sum, id, nil
}

func lastBytes(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
