//go:build unix

package wasm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"ergon/executor"
)

// pids records the pids a hook is told of.
type pids struct {
	mu   sync.Mutex
	list []int
}

func (p *pids) add(pid int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.list = append(p.list, pid)
}

func (p *pids) get() []int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.list)
}

func (p *pids) last(t *testing.T) int {
	t.Helper()
	l := p.get()
	if len(l) == 0 {
		t.Fatal("no pid recorded")
	}
	return l[len(l)-1]
}

// newPoolExecutor is newExecutor with pool settings.
func newPoolExecutor(t *testing.T, maxIdle, maxJobs int) *Executor {
	t.Helper()
	cfg := DefaultConfig()
	cfg.CacheDir = filepath.Join(testDir, "cache")
	cfg.MaxIdle, cfg.MaxJobsPerChild = maxIdle, maxJobs
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func alive(pid int) bool { return syscall.Kill(pid, 0) == nil }

// waitGone waits for a process that is being killed to be reaped.
func waitGone(t *testing.T, pid int) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); alive(pid); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("process %d still exists", pid)
		}
	}
}

func TestReuse(t *testing.T) {
	e := newPoolExecutor(t, 1, 0)
	var assigned pids
	e.hooks.assigned = assigned.add
	for range 3 {
		if res := run(t, e, guestJob(t, "hello")); !res.OK() {
			t.Fatalf("got %s", res.Failure)
		}
	}
	got := assigned.get()
	if len(got) != 3 || got[0] != got[1] || got[1] != got[2] {
		t.Errorf("jobs went to processes %v, want one process for all", got)
	}
}

// TestIsolation: a job sees nothing of the job before it in the same
// process: not its globals, not its files, not its memory (80 MiB, more
// than the part of a region kept mapped between jobs).
func TestIsolation(t *testing.T) {
	e := newPoolExecutor(t, 1, 0)
	var assigned pids
	e.hooks.assigned = assigned.add
	var outs []string
	for range 3 {
		job := guestJob(t, "state", "80")
		job.MemoryLimit = 256 << 20
		res := run(t, e, job)
		if !res.OK() {
			t.Fatalf("got %s", res.Failure)
		}
		outs = append(outs, string(res.Stdout))
	}
	for i, out := range outs {
		if want := "counter=1 out-entries=0 dirty-bytes=0\n"; out != want {
			t.Errorf("job %d found %q, want %q", i, out, want)
		}
	}
	if got := assigned.get(); got[0] != got[1] || got[1] != got[2] {
		t.Errorf("jobs went to processes %v, want one process for all", got)
	}
}

// TestMemoryLimitPerJob: jobs with different limits in one process each
// get their own.
func TestMemoryLimitPerJob(t *testing.T) {
	e := newPoolExecutor(t, 1, 0)
	var assigned pids
	e.hooks.assigned = assigned.add
	for _, tt := range []struct {
		limit int64
		want  executor.FailureKind
	}{
		{32 << 20, executor.OutOfMemory},
		{128 << 20, executor.None},
		{32 << 20, executor.OutOfMemory},
		{128 << 20, executor.None},
	} {
		job := guestJob(t, "alloc", "48")
		job.MemoryLimit = tt.limit
		res := run(t, e, job)
		if res.Failure != tt.want {
			t.Errorf("48 MiB in %s: got %s, want %s", executor.FormatSize(tt.limit), res.Failure, tt.want)
		}
		if tt.want == executor.OutOfMemory && !strings.Contains(res.Message, executor.FormatSize(tt.limit)) {
			t.Errorf("message %q does not name the %s limit", res.Message, executor.FormatSize(tt.limit))
		}
	}
	if got := slices.Compact(assigned.get()); len(got) != 1 {
		t.Errorf("jobs went to processes %v, want one process for all", got)
	}
}

// TestTimeoutKillsOnlyItsProcess: a job that times out takes its process
// with it, not the one next to it, which goes on serving jobs.
func TestTimeoutKillsOnlyItsProcess(t *testing.T) {
	e := newPoolExecutor(t, 2, 0)
	var assigned, running pids
	e.hooks.assigned, e.hooks.running = assigned.add, running.add

	loop := guestJob(t, "loop")
	loop.Timeout = 2 * time.Second
	loopDone := make(chan *executor.Result)
	go func() {
		res, err := e.Run(context.Background(), loop)
		if err != nil {
			t.Error(err)
		}
		loopDone <- res
	}()
	for len(running.get()) == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	looping := running.last(t)
	if res := run(t, e, guestJob(t, "hello")); !res.OK() {
		t.Fatalf("got %s", res.Failure)
	}
	neighbour := assigned.last(t)
	if neighbour == looping {
		t.Fatalf("both jobs ran in process %d", looping)
	}
	if res := <-loopDone; res == nil || res.Failure != executor.Timeout {
		t.Fatalf("looping job: %+v", res)
	}
	assertGone(t, looping)
	if !alive(neighbour) {
		t.Fatalf("process %d, which ran the other job, is gone", neighbour)
	}
	if res := run(t, e, guestJob(t, "hello")); !res.OK() {
		t.Fatalf("got %s", res.Failure)
	}
	if got := assigned.last(t); got != neighbour {
		t.Errorf("the next job went to process %d, want the idle %d", got, neighbour)
	}
}

// TestKilledWhileIdle: a process that dies while idle costs the next job
// nothing: the job, not yet read, goes to a new process.
func TestKilledWhileIdle(t *testing.T) {
	e := newPoolExecutor(t, 1, 0)
	if res := run(t, e, guestJob(t, "hello")); !res.OK() {
		t.Fatalf("got %s", res.Failure)
	}
	var assigned pids
	e.hooks.assigned = assigned.add
	var victim atomic.Int64
	// Killed between leaving the pool and getting the job, the worst
	// moment: the pool cannot know.
	e.hooks.reused = func(pid int) {
		if victim.CompareAndSwap(0, int64(pid)) {
			if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
				t.Error(err)
			}
			waitGone(t, pid)
		}
	}
	if res := run(t, e, guestJob(t, "hello")); !res.OK() {
		t.Fatalf("got %s", res.Failure)
	}
	got := assigned.get()
	if len(got) != 2 || got[0] != int(victim.Load()) || got[1] == got[0] {
		t.Errorf("job went to processes %v, want the killed %d then a new one", got, victim.Load())
	}
}

// TestKilledWhileRunning: a process killed from outside during a job is
// an executor failure (nothing is known of the app), and the pool goes on.
func TestKilledWhileRunning(t *testing.T) {
	e := newPoolExecutor(t, 1, 0)
	e.hooks.running = func(pid int) {
		go func() {
			time.Sleep(100 * time.Millisecond)
			syscall.Kill(pid, syscall.SIGKILL)
		}()
	}
	res, err := e.Run(context.Background(), guestJob(t, "loop"))
	if !errors.Is(err, ErrSandbox) {
		t.Fatalf("got %+v, %v; want ErrSandbox", res, err)
	}
	t.Log(err)
	e.hooks.running = nil
	if res := run(t, e, guestJob(t, "hello")); !res.OK() {
		t.Fatalf("got %s", res.Failure)
	}
}

func TestRetirement(t *testing.T) {
	e := newPoolExecutor(t, 1, 2)
	var assigned pids
	e.hooks.assigned = assigned.add
	for range 3 {
		if res := run(t, e, guestJob(t, "exit", "0")); !res.OK() {
			t.Fatalf("got %s", res.Failure)
		}
	}
	got := assigned.get()
	if got[0] != got[1] || got[2] == got[1] {
		t.Fatalf("jobs went to processes %v, want 2 jobs in one, the third in another", got)
	}
	waitGone(t, got[0])
}

// TestProcessPerJob: MaxJobsPerChild 1 gives each job its own process.
func TestProcessPerJob(t *testing.T) {
	e := newPoolExecutor(t, 1, 1)
	var assigned pids
	e.hooks.assigned = assigned.add
	for range 2 {
		if res := run(t, e, guestJob(t, "hello")); !res.OK() {
			t.Fatalf("got %s", res.Failure)
		}
	}
	if got := assigned.get(); got[0] == got[1] {
		t.Errorf("jobs went to processes %v, want one each", got)
	}
}

// TestClose: Close stops the running job and leaves no process behind.
func TestClose(t *testing.T) {
	e := newPoolExecutor(t, 4, 0)
	var spawned, running pids
	e.hooks.spawned, e.hooks.running = spawned.add, running.add
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			job := guestJob(t, "hello")
			job.Index = uint64(i)
			if res, err := e.Run(context.Background(), job); err != nil || !res.OK() {
				t.Errorf("run %d: %+v, %v", i, res, err)
			}
		})
	}
	wg.Wait()
	loopErr := make(chan error)
	go func() {
		_, err := e.Run(context.Background(), guestJob(t, "loop"))
		loopErr <- err
	}()
	for len(running.get()) < 4 {
		time.Sleep(5 * time.Millisecond)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-loopErr; !errors.Is(err, ErrClosed) {
		t.Errorf("the running job got %v, want ErrClosed", err)
	}
	for _, pid := range spawned.get() {
		assertGone(t, pid)
	}
	if _, err := e.Run(context.Background(), guestJob(t, "hello")); !errors.Is(err, ErrClosed) {
		t.Errorf("Run after Close: %v, want ErrClosed", err)
	}
	if err := e.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestConcurrentBurst: more Runs at once than processes kept idle.
func TestConcurrentBurst(t *testing.T) {
	e := newPoolExecutor(t, 2, 0)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Go(func() {
			job := guestJob(t, "hello")
			job.Index = uint64(i)
			res, err := e.Run(context.Background(), job)
			if err != nil || !res.OK() {
				t.Errorf("run %d: %+v, %v", i, res, err)
				return
			}
			if want := fmt.Sprintf("env ERGON_TASK_INDEX=%d\n", i); !bytes.Contains(res.Stdout, []byte(want)) {
				t.Errorf("run %d printed %q, want it to contain %q", i, res.Stdout, want)
			}
		})
	}
	wg.Wait()
	e.mu.Lock()
	idle := len(e.idle)
	e.mu.Unlock()
	if idle > 2 {
		t.Errorf("%d idle processes, want at most 2", idle)
	}
}

// FuzzReadReports: the parent's decoding of a sandbox process's reports,
// which a compromised process controls.
func FuzzReadReports(f *testing.F) {
	frame := func(kind byte, job uint64, body string) []byte {
		b := make([]byte, frameHeaderSize, frameHeaderSize+len(body))
		putFrameHeader(b, kind, job, len(body))
		return append(b, body...)
	}
	f.Add(frame(frameEvent, 0, `{"Event":"ready"}`))
	f.Add(slices.Concat(frame(frameStdout, 1, "hello"), frame(frameEvent, 1, `{"Event":"done"}`)))
	f.Add(frame(frameStderr, 7, strings.Repeat("x", 100)))
	f.Add(frame('?', 1, ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := &child{events: make(chan childEvent, 100), exited: make(chan struct{}), quit: make(chan struct{})}
		close(c.exited) // kill must not signal anything
		out := &jobOutput{id: 1, stdout: executor.NewTail(16), stderr: executor.NewTail(16)}
		c.job.Store(out)
		go func() {
			for range c.events {
			}
		}()
		_ = c.readReports(bytes.NewReader(data))
		if n := len(out.stdout.Bytes()); n > 16 {
			t.Fatalf("%d bytes of stdout kept", n)
		}
	})
}
