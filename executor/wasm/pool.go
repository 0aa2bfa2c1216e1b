package wasm

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"ergon/executor"
)

// diagTailSize is how much of a sandbox process's own stdout and stderr (the
// Go runtime's messages if it crashes, never the guest's output) is kept
// for error messages.
const diagTailSize = 16 << 10

// child is a started sandbox process. Whoever took it from the pool (or
// started it) owns it until it gives it back or kills it.
type child struct {
	cmd   *exec.Cmd
	pid   int
	stdin *os.File // jobs, one JSON line each
	diag  *executor.Tail

	// events receives the child's events; it is closed when the report
	// pipe ends. Events of past jobs may linger in it: readers skip
	// events whose job is not theirs.
	events chan childEvent
	// job is where output frames of the current job go.
	job atomic.Pointer[jobOutput]
	// exited is closed once the process has been waited for; waitErr is
	// cmd.Wait's result.
	exited  chan struct{}
	waitErr error
	// quit is closed by kill: from then on events are dropped.
	quit     chan struct{}
	killOnce sync.Once

	// jobs counts the jobs given to the child (owner only).
	jobs int
	// startedAt is when the process was started; readyIn how long it took
	// from then to ready.
	startedAt time.Time
	readyIn   time.Duration
	// guardPages is whether the process said it runs guests with guard
	// pages (set when it is ready).
	guardPages bool
}

// jobOutput receives the guest's stdout and stderr of one job.
type jobOutput struct {
	id             uint64
	stdout, stderr *executor.Tail
	// scan sees all the guest's stderr, as the sandbox process's own scan
	// does, for classifying an end the process cannot report: a guard
	// page's fault (see Executor.supervise).
	scan executor.StderrScan
}

func (c *child) kill() {
	c.killOnce.Do(func() {
		close(c.quit)
		select {
		case <-c.exited:
			// Reaped: its pid may belong to another process by now.
		default:
			killProcessGroup(c.cmd.Process)
		}
	})
}

func (c *child) dead() bool {
	select {
	case <-c.exited:
		return true
	case <-c.quit:
		return true
	default:
		return false
	}
}

// errBadReport is returned by readReports for a process that broke the
// report protocol (it is killed).
var errBadReport = errors.New("bad report")

// readReports reads frames from the report pipe until it ends: output goes
// to the current job's tails, events to c.events. A child that breaks the
// framing is killed.
func (c *child) readReports(pr io.Reader) error {
	defer close(c.events)
	br := bufio.NewReaderSize(pr, 64<<10)
	// Drain so that the child never blocks on a full pipe.
	defer io.Copy(io.Discard, br)
	var hdr [frameHeaderSize]byte
	buf := make([]byte, 32<<10)
	for {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		kind, job, n := parseFrameHeader(hdr[:])
		switch kind {
		case frameStdout, frameStderr:
			var dst io.Writer = io.Discard
			if j := c.job.Load(); j != nil && j.id == job {
				dst = j.stdout
				if kind == frameStderr {
					dst = io.MultiWriter(j.stderr, &j.scan)
				}
			}
			for n > 0 {
				m := min(int(n), len(buf))
				if _, err := io.ReadFull(br, buf[:m]); err != nil {
					return err
				}
				dst.Write(buf[:m])
				n -= uint32(m)
			}
		case frameEvent:
			if n > maxEventSize {
				c.kill()
				return fmt.Errorf("%w: event frame of %d bytes", errBadReport, n)
			}
			body := make([]byte, n)
			if _, err := io.ReadFull(br, body); err != nil {
				return err
			}
			var ev childEvent
			if err := json.Unmarshal(body, &ev); err != nil {
				c.kill()
				return fmt.Errorf("%w: event: %v", errBadReport, err)
			}
			ev.job = job
			select {
			case c.events <- ev:
			case <-c.quit:
			}
		default:
			c.kill()
			return fmt.Errorf("%w: frame of unknown kind %q", errBadReport, kind)
		}
	}
}

// spawnRequest asks the spawner goroutine for a new sandbox process.
type spawnRequest struct {
	reply chan<- spawnResult
}

type spawnResult struct {
	c   *child
	err error
}

// spawner starts the sandbox processes. On Linux they get SIGKILL when
// their parent *thread* ends (Pdeathsig), and the Go runtime ends a thread
// when a goroutine locked to it returns without unlocking: a long-lived
// sandbox process started from an arbitrary thread could be killed by
// unrelated code. So they are all started from this goroutine's thread,
// which lives as long as the Executor. It returns locked, ending its thread
// (and with it, through Pdeathsig, anything Close missed).
func (e *Executor) spawner() {
	runtime.LockOSThread()
	defer close(e.spawnerDone)
	for req := range e.spawnReq {
		c, err := e.startProcess()
		req.reply <- spawnResult{c, err}
	}
}

// spawn starts a sandbox process, registered in the pool (as busy).
func (e *Executor) spawn() (*child, error) {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil, ErrClosed
	}
	// Held until the child is registered, so that Close waits for it.
	e.wg.Add(1)
	e.mu.Unlock()
	defer e.wg.Done()

	reply := make(chan spawnResult, 1)
	e.spawnReq <- spawnRequest{reply}
	r := <-reply
	if r.err != nil {
		return nil, r.err
	}
	c := r.c
	if e.isClosed() {
		// Close may have missed it.
		c.kill()
		return nil, ErrClosed
	}
	// Not logged: this may run in the background after the last Run, and
	// tests log through a *testing.T that must not be written to after the
	// test.
	if e.hooks.spawned != nil {
		e.hooks.spawned(c.pid)
	}
	return c, nil
}

// startProcess starts the executable as a sandbox process, with the
// goroutines that read its reports and wait for it.
func (e *Executor) startProcess() (*child, error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("%w: report pipe: %v", ErrSandbox, err)
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		pr.Close()
		pw.Close()
		return nil, fmt.Errorf("%w: job pipe: %v", ErrSandbox, err)
	}
	c := &child{
		cmd:    exec.Command(e.exe),
		stdin:  inW,
		diag:   executor.NewTail(diagTailSize),
		events: make(chan childEvent, 8),
		exited: make(chan struct{}),
		quit:   make(chan struct{}),
	}
	c.cmd.Args = []string{"ergon-wasm-sandbox"}
	c.cmd.Env = append(childEnviron(os.Environ()), childEnv+"=1")
	if e.cfg.BoundsChecks {
		c.cmd.Env = append(c.cmd.Env, boundsChecksEnv+"=1")
	}
	c.cmd.Stdin = inR
	c.cmd.Stdout, c.cmd.Stderr = c.diag, c.diag
	c.cmd.ExtraFiles = []*os.File{pw}
	c.cmd.SysProcAttr = sysProcAttr()
	// The process group is killed as a whole, so the output pipes close;
	// this only guards against a pipe inherited by something unexpected.
	c.cmd.WaitDelay = 5 * time.Second
	c.startedAt = time.Now()
	err = c.cmd.Start()
	pw.Close()
	inR.Close()
	if err != nil {
		pr.Close()
		inW.Close()
		return nil, fmt.Errorf("%w: start %s: %v", ErrSandbox, e.exe, err)
	}
	c.pid = c.cmd.Process.Pid
	// Registered before its waiter can unregister it.
	e.mu.Lock()
	e.live[c] = struct{}{}
	e.mu.Unlock()

	e.wg.Add(2)
	go func() {
		defer e.wg.Done()
		defer pr.Close()
		if err := c.readReports(pr); errors.Is(err, errBadReport) {
			e.log.Warn("sandbox process killed for breaking the report protocol", "pid", c.pid, "err", err)
		}
	}()
	go func() {
		defer e.wg.Done()
		c.waitErr = c.cmd.Wait()
		close(c.exited)
		inW.Close()
		e.mu.Lock()
		delete(e.live, c)
		e.idle = slices.DeleteFunc(e.idle, func(x *child) bool { return x == c })
		e.mu.Unlock()
	}()
	return c, nil
}

// readyTimeout bounds how long a new sandbox process may take to start.
const readyTimeout = 30 * time.Second

// minStartGrace and maxStartGrace bound Executor.startGrace.
const (
	minStartGrace = 20 * time.Millisecond
	maxStartGrace = time.Second
)

// startGrace is how long a Run that found no idle sandbox process waits for
// one to be given back before it has a new one started: as long as a new
// process takes to be of use — from its start to its first job's module
// loaded, as measured on the last ones (startCost) — within
// [minStartGrace, maxStartGrace]. Waiting for a busy process no longer than
// starting one would take costs a Run at most about twice the start (the
// ski-rental argument), and in a burst of short jobs it saves starting
// processes that would only compete for the CPU and then be discarded.
// Warm processes run small jobs in a few milliseconds, while a new one
// initialises the whole binary and decodes, validates and loads the module:
// on a 2-core machine where that took ~200 ms (system calls and page faults
// are slow there), a fixed 20 ms grace had `ergon bench e2e` start 32
// processes and run 30–38 tasks/s at trust 1; with the measured grace (about
// 0.5 s there), 13 processes and 50–90 tasks/s.
func (e *Executor) startGrace() time.Duration {
	return min(max(time.Duration(e.startCost.Load()), minStartGrace), maxStartGrace)
}

// noteStartCost adds a new process's measured cost to startCost, a moving
// average (weight 1/4) that follows the machine and the modules.
func (e *Executor) noteStartCost(d time.Duration) {
	for {
		old := e.startCost.Load()
		next := int64(d)
		if old != 0 {
			next = (3*old + int64(d)) / 4
		}
		if e.startCost.CompareAndSwap(old, next) {
			return
		}
	}
}

// waiter is a Run waiting for a sandbox process.
type waiter struct {
	ch chan handoff
	// needy: the grace has passed; a process is being started for it.
	needy bool
}

// handoff is what a waiting Run gets.
type handoff struct {
	c   *child
	err error
}

// acquire takes an idle sandbox process or, when there is none, waits for
// the first of: a process another Run gives back, or, after startGrace, a
// new one, started for it (see startLocked). A Run thus waits at most for
// the grace and processes to start, never for another job to end.
func (e *Executor) acquire(ctx context.Context) (*child, error) {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil, ErrClosed
	}
	for len(e.idle) > 0 {
		c := e.idle[len(e.idle)-1]
		e.idle = e.idle[:len(e.idle)-1]
		if !c.dead() {
			e.mu.Unlock()
			if e.hooks.reused != nil {
				e.hooks.reused(c.pid)
			}
			return c, nil
		}
	}
	w := &waiter{ch: make(chan handoff, 1)}
	e.waiters = append(e.waiters, w)
	// No grace when no busy process can come back.
	if e.maxJobs == 1 || len(e.live) <= e.starting {
		w.needy = true
		e.needy++
		e.startLocked()
	}
	e.mu.Unlock()
	grace := time.NewTimer(e.startGrace())
	defer grace.Stop()
	for {
		select {
		case h := <-w.ch:
			return h.c, h.err
		case <-grace.C:
			e.mu.Lock()
			if !w.needy && slices.Contains(e.waiters, w) {
				w.needy = true
				e.needy++
				e.startLocked()
			}
			e.mu.Unlock()
		case <-ctx.Done():
			e.mu.Lock()
			served := !slices.Contains(e.waiters, w)
			if !served {
				e.dropWaiterLocked(w)
			}
			e.mu.Unlock()
			if served {
				if h := <-w.ch; h.c != nil {
					e.release(h.c, true)
				}
			}
			return nil, context.Cause(ctx)
		}
	}
}

// serveLocked gives h to the first waiting Run; false if there is none.
func (e *Executor) serveLocked(h handoff) bool {
	if len(e.waiters) == 0 {
		return false
	}
	w := e.waiters[0]
	e.dropWaiterLocked(w)
	w.ch <- h
	return true
}

func (e *Executor) dropWaiterLocked(w *waiter) {
	e.waiters = slices.DeleteFunc(e.waiters, func(x *waiter) bool { return x == w })
	if w.needy {
		e.needy--
	}
}

// startLocked starts new sandbox processes for the Runs that have waited
// their grace, at most maxStarting at a time: starting a process is
// CPU-bound, so more at once would only delay them all, and the processes
// already warm.
func (e *Executor) startLocked() {
	for !e.closed && e.starting < min(e.needy, e.maxStarting) {
		e.starting++
		e.wg.Add(1)
		go e.startForPool()
	}
}

// startForPool starts a sandbox process and, once it is ready, gives it to
// a waiting Run or to the idle processes.
func (e *Executor) startForPool() {
	defer e.wg.Done()
	c, err := e.spawn()
	if err == nil {
		if err = e.awaitReady(c); err != nil {
			c.kill()
		}
	}
	e.mu.Lock()
	e.starting--
	kept := false
	switch {
	case err == nil:
		kept = e.giveLocked(c)
	case errors.Is(err, ErrClosed) || e.closed:
	case e.serveLocked(handoff{err: err}):
		// A process that cannot start fails a Run rather than letting
		// them all wait for good.
	default:
		e.log.Warn("cannot start a spare sandbox process", "err", err)
	}
	e.startLocked()
	e.mu.Unlock()
	if c != nil && !kept {
		c.kill()
	}
}

// awaitReady waits for a new process's "ready".
func (e *Executor) awaitReady(c *child) error {
	timer := time.NewTimer(readyTimeout)
	defer timer.Stop()
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				if e.isClosed() {
					return ErrClosed
				}
				<-c.exited
				err := c.waitErr
				if err == nil {
					err = errors.New("it exited with status 0")
				}
				return fmt.Errorf("%w: %s did not answer as a sandbox process (%v): does its main call wasm.RunChildIfRequested first? stderr: %q",
					ErrSandbox, e.exe, err, lastBytes(c.diag.Bytes(), 512))
			}
			if ev.Event == eventReady {
				c.readyIn = time.Since(c.startedAt)
				c.guardPages = ev.GuardPages
				return nil
			}
		case <-timer.C:
			return fmt.Errorf("%w: %s did not answer as a sandbox process within %s", ErrSandbox, e.exe, readyTimeout)
		}
	}
}

// giveLocked gives c to the first waiting Run, or to the idle processes;
// false if neither wants it.
func (e *Executor) giveLocked(c *child) bool {
	switch {
	case e.closed:
		return false
	case e.serveLocked(handoff{c: c}):
		return true
	case len(e.idle) < e.maxIdle:
		e.idle = append(e.idle, c)
		return true
	}
	return false
}

// release gives c back after a job, to a waiting Run or the idle ones, or
// kills it if it cannot serve another (it failed, or ran MaxJobsPerChild
// jobs, or enough processes are idle). When then no process is left idle,
// a spare is started in the background so that the next Run need not wait.
func (e *Executor) release(c *child, healthy bool) {
	c.job.Store(nil)
	e.mu.Lock()
	kept := healthy && !c.dead() && c.jobs < e.maxJobs && e.giveLocked(c)
	if !e.closed && e.maxIdle > 0 && len(e.idle) == 0 && len(e.waiters) == 0 && e.starting == 0 {
		e.starting++
		e.wg.Add(1)
		go e.startForPool()
	}
	e.mu.Unlock()
	if !kept {
		c.kill()
	}
}

// Close kills every sandbox process, idle or running (Runs in progress
// return ErrClosed), and waits for them to be gone. Run fails with
// ErrClosed afterwards. Close is idempotent.
func (e *Executor) Close() error {
	e.mu.Lock()
	first := !e.closed
	e.closed = true
	e.idle = nil
	for e.serveLocked(handoff{err: ErrClosed}) {
	}
	children := make([]*child, 0, len(e.live))
	for c := range e.live {
		children = append(children, c)
	}
	e.mu.Unlock()
	for _, c := range children {
		c.kill()
	}
	if first {
		e.wg.Wait()
		close(e.spawnReq)
		<-e.spawnerDone
		close(e.shutDown)
	} else {
		<-e.shutDown
	}
	return nil
}

func (e *Executor) isClosed() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.closed
}

// childEnviron is the part of the worker's environment the sandbox process
// gets: the Go runtime's settings and TMPDIR. The guest sees none of it
// (its environment is the job's), but the worker's secrets have no business
// in the process that runs untrusted code either.
func childEnviron(environ []string) []string {
	return slices.DeleteFunc(slices.Clone(environ), func(kv string) bool {
		return !strings.HasPrefix(kv, "GO") && !strings.HasPrefix(kv, "TMPDIR=") ||
			strings.HasPrefix(kv, childEnv+"=") || strings.HasPrefix(kv, boundsChecksEnv+"=")
	})
}
