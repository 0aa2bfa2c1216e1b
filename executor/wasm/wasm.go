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
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
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
	// restarts). Empty disables the cache: every run then compiles its
	// module, which takes about a second for a Go module. It is created
	// (mode 0700) if missing and must not be writable by other users, since
	// the native code found there is executed.
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
	// Executable is the program re-executed as the sandbox process; empty
	// means os.Executable(). Its main must call RunChildIfRequested first.
	Executable string
	// Logger receives the executor's logs; nil discards them.
	Logger *slog.Logger
}

// DefaultConfig returns a configuration without a compilation cache (set
// CacheDir to a directory of the worker's data dir), a 256 MiB memory limit
// and a 5-minute timeout (the XS category).
func DefaultConfig() Config {
	return Config{
		DefaultMemoryLimit: 256 << 20,
		DefaultTimeout:     5 * time.Minute,
		CompileTimeout:     2 * time.Minute,
	}
}

// Executor runs WebAssembly apps, each in its own sandbox process. It
// implements executor.Executor and is safe for concurrent use.
type Executor struct {
	cfg Config
	exe string
	log *slog.Logger

	// started, when set (tests), is told each sandbox process's pid.
	started func(pid int)
}

var _ executor.Executor = (*Executor)(nil)

// New checks cfg, prepares the cache directory and checks, by starting it
// once, that the executable handles the sandbox role.
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
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e := &Executor{cfg: cfg, exe: cfg.Executable, log: log.With("component", "executor/wasm")}
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
	if err := e.probe(); err != nil {
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

// probe starts the sandbox process once with nothing to do.
func (e *Executor) probe() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ch, err := e.startChild(childSpec{Probe: true})
	if err != nil {
		return err
	}
	var ready bool
	for ev := range ch.events {
		ready = ready || ev.Event == eventReady
	}
	select {
	case err = <-ch.exited:
	case <-ctx.Done():
		ch.kill()
		err = <-ch.exited
	}
	if !ready {
		if err == nil {
			err = errors.New("it exited with status 0")
		}
		return fmt.Errorf("%w: %s did not answer as a sandbox process (%v): does its main call wasm.RunChildIfRequested first? stderr: %q",
			ErrSandbox, e.exe, err, lastBytes(ch.stderr.Bytes(), 512))
	}
	return nil
}

// Run runs job's module in a new sandbox process: see the package
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
	if err := checkDirs(job.InDir, job.OutDir); err != nil {
		return nil, err
	}

	sum, err := fileSHA256(job.App.Path)
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
	return e.supervise(ctx, job.TaskID, spec, timeout)
}

// supervise starts the sandbox process and waits for its report, killing it
// on timeout or cancellation.
func (e *Executor) supervise(ctx context.Context, task string, spec childSpec, timeout time.Duration) (*executor.Result, error) {
	begin := time.Now()
	ch, err := e.startChild(spec)
	if err != nil {
		return nil, err
	}
	log := e.log.With("task", task, "pid", ch.cmd.Process.Pid)
	log.Debug("sandbox started", "memory", executor.FormatSize(int64(spec.MemoryPages)*pageSize), "timeout", timeout)

	timer := time.NewTimer(e.cfg.CompileTimeout)
	defer timer.Stop()
	var (
		events             = ch.events
		exited             = ch.exited
		waitErr            error
		running, killed    bool
		startedAt, killAt  time.Time
		done, sandboxError *childEvent
		cancelled          error
		ctxDone            = ctx.Done()
	)
	for events != nil || exited != nil {
		select {
		case ev, ok := <-events:
			switch {
			case !ok:
				events = nil
			case killed:
			case ev.Event == eventStarted:
				running, startedAt = true, time.Now()
				timer.Reset(timeout)
				log.Debug("app started", "compile", time.Duration(ev.CompileNanos))
			case ev.Event == eventDone:
				done = &ev
			case ev.Event == eventError:
				sandboxError = &ev
			}
		case waitErr = <-exited:
			exited = nil
		case <-timer.C:
			// Also when done: a child that lingers after reporting is
			// not worth waiting for.
			if !killed {
				killed, killAt = true, time.Now()
				ch.kill()
			}
		case <-ctxDone:
			ctxDone = nil
			if done == nil {
				cancelled = context.Cause(ctx)
			}
			if !killed {
				killed, killAt = true, time.Now()
				ch.kill()
			}
		}
	}

	res := &executor.Result{Stdout: ch.stdout.Bytes(), Stderr: ch.stderr.Bytes(), ExitCode: -1}
	switch {
	case done != nil:
		res.Failure, res.ExitCode, res.Message = done.Failure, done.ExitCode, done.Message
		res.Duration = time.Duration(done.RunNanos)
	case cancelled != nil:
		return nil, fmt.Errorf("wasm: run of task %s stopped: %w", task, cancelled)
	case killed && running:
		res.Failure, res.Duration = executor.Timeout, killAt.Sub(startedAt)
		res.Message = fmt.Sprintf("the app did not finish within its %s time limit and was stopped", timeout)
	case killed:
		res.Failure = executor.Timeout
		res.Message = fmt.Sprintf("compiling the app took longer than %s; it was stopped", e.cfg.CompileTimeout)
	case sandboxError != nil:
		return nil, fmt.Errorf("%w: %s", ErrSandbox, sandboxError.Message)
	default:
		log.Warn("sandbox process died without a report", "err", waitErr)
		return nil, fmt.Errorf("%w: the sandbox process ended without reporting (%v); stderr: %q",
			ErrSandbox, waitErr, lastBytes(res.Stderr, 512))
	}
	log.Debug("app ended", "failure", res.Failure, "exit_code", res.ExitCode,
		"run", res.Duration, "total", time.Since(begin))
	return res, nil
}

// child is a started sandbox process.
type child struct {
	cmd            *exec.Cmd
	stdout, stderr *executor.Tail
	events         <-chan childEvent // closed when the child closes its report pipe
	exited         <-chan error      // receives cmd.Wait's result
}

func (c *child) kill() { killProcessGroup(c.cmd.Process) }

func (e *Executor) startChild(spec childSpec) (*child, error) {
	in, err := json.Marshal(spec)
	if err != nil {
		return nil, err
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("%w: report pipe: %v", ErrSandbox, err)
	}
	c := &child{
		cmd:    exec.Command(e.exe),
		stdout: executor.NewTail(executor.OutputTailSize),
		stderr: executor.NewTail(executor.OutputTailSize),
	}
	c.cmd.Args = []string{"ergon-wasm-sandbox"}
	c.cmd.Env = append(childEnviron(os.Environ()), childEnv+"=1")
	c.cmd.Stdin = bytes.NewReader(in)
	c.cmd.Stdout, c.cmd.Stderr = c.stdout, c.stderr
	c.cmd.ExtraFiles = []*os.File{pw}
	c.cmd.SysProcAttr = sysProcAttr()
	// The process group is killed as a whole, so the output pipes close;
	// this only guards against a pipe inherited by something unexpected.
	c.cmd.WaitDelay = 5 * time.Second
	err = c.cmd.Start()
	pw.Close()
	if err != nil {
		pr.Close()
		return nil, fmt.Errorf("%w: start %s: %v", ErrSandbox, e.exe, err)
	}
	if e.started != nil {
		e.started(c.cmd.Process.Pid)
	}

	events := make(chan childEvent, 4)
	go func() {
		defer close(events)
		defer pr.Close()
		sc := bufio.NewScanner(pr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var ev childEvent
			if json.Unmarshal(sc.Bytes(), &ev) == nil {
				events <- ev
			}
		}
		// Drain so that the child never blocks on a full pipe.
		_, _ = io.Copy(io.Discard, pr)
	}()
	exited := make(chan error, 1)
	go func() { exited <- c.cmd.Wait() }()
	c.events, c.exited = events, exited
	return c, nil
}

// childEnviron is the part of the worker's environment the sandbox process
// gets: the Go runtime's settings and TMPDIR. The guest sees none of it
// (its environment is the job's), but the worker's secrets have no business
// in the process that runs untrusted code either.
func childEnviron(environ []string) []string {
	return slices.DeleteFunc(slices.Clone(environ), func(kv string) bool {
		return !strings.HasPrefix(kv, "GO") && !strings.HasPrefix(kv, "TMPDIR=") ||
			strings.HasPrefix(kv, childEnv+"=")
	})
}

// checkDirs refuses directories through which the app could reach outside
// them: see the package documentation.
func checkDirs(in, out string) error {
	for _, d := range []string{in, out} {
		fi, err := os.Stat(d)
		if err != nil {
			return fmt.Errorf("%w: %v", executor.ErrInvalidJob, err)
		}
		if !fi.IsDir() {
			return fmt.Errorf("%w: %s is not a directory", executor.ErrInvalidJob, d)
		}
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("wasm: read output directory: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("%w: output directory %s is not empty (it holds %s)", ErrUnsafeDir, out, entries[0].Name())
	}
	return filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("wasm: read input directory: %w", err)
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%w: %s is a symbolic link: inputs must be regular files", ErrUnsafeDir, p)
		}
		return nil
	})
}

func fileSHA256(path string) (sum [32]byte, err error) {
	f, err := os.Open(path)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, err
	}
	h.Sum(sum[:0])
	return sum, nil
}

func lastBytes(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
