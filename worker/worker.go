package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/store"
)

// Worker is the worker agent. Create it with New and run it with Run.
type Worker struct {
	cfg   Config
	addr  common.Address
	log   *slog.Logger
	sched *api.SchedulerClient
	// storeHC makes the store's calls: no overall timeout (contexts bound them).
	storeHC *http.Client

	// login lets one goroutine log in at a time (a channel, so waiting has a context).
	login chan struct{}
	// slots bounds the tasks executing at once.
	slots chan struct{}
	// stake serialises stake checks and deposits.
	stake chan struct{}
	// freed wakes the work loop when a slot may have become free.
	freed chan struct{}

	mu       sync.Mutex
	runCtx   context.Context
	started  bool
	session  api.Session
	store    *store.Client
	storeURL string
	tasks    map[common.Hash]*task
	apps     map[common.Address]bindings.AppRegistryApp
	appLocks map[[32]byte]chan struct{}

	wg sync.WaitGroup
}

// task is what the worker holds of one task. Fields are guarded by Worker.mu, except st,
// which stMu guards.
type task struct {
	id     common.Hash
	dir    string
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc

	stMu sync.Mutex
	st   taskState
	// upload serialises uploads of the result.
	upload chan struct{}

	// running: a goroutine executes or contributes it; revealing: one reveals it.
	running, revealing bool
	// active counts the goroutines working on it; dropped marks it for deletion once
	// they are done.
	active  int
	dropped bool
}

// New checks cfg and prepares the work directory.
func New(cfg Config) (*Worker, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	for _, d := range []string{cfg.WorkDir, filepath.Join(cfg.WorkDir, "tasks"), filepath.Join(cfg.WorkDir, "apps")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("%w: WorkDir: %v", ErrConfig, err)
		}
	}
	addr := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	schedHC := *cfg.HTTPClient
	schedHC.Timeout = cfg.RequestTimeout
	storeHC := *cfg.HTTPClient
	storeHC.Timeout = 0
	sched := api.NewSchedulerClient(cfg.Scheduler, &schedHC)
	sched.Workerpool = cfg.Workerpool
	return &Worker{
		cfg:      cfg,
		addr:     addr,
		log:      cfg.Logger.With("component", "worker", "worker", addr),
		sched:    sched,
		storeHC:  &storeHC,
		login:    make(chan struct{}, 1),
		slots:    make(chan struct{}, cfg.Slots),
		stake:    make(chan struct{}, 1),
		freed:    make(chan struct{}, 1),
		tasks:    map[common.Hash]*task{},
		apps:     map[common.Address]bindings.AppRegistryApp{},
		appLocks: map[[32]byte]chan struct{}{},
	}, nil
}

// Address is the worker's address.
func (w *Worker) Address() common.Address { return w.addr }

// Run logs in, then heartbeats and pulls and runs tasks until ctx ends; it returns once
// every goroutine it started has stopped. It returns an error only if the worker could
// not start (a work directory it cannot read); a scheduler that is down is retried.
func (w *Worker) Run(ctx context.Context) error {
	w.mu.Lock()
	if w.started {
		w.mu.Unlock()
		return errors.New("worker: Run called twice")
	}
	w.started = true
	w.mu.Unlock()

	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		w.wg.Wait()
	}()
	w.mu.Lock()
	w.runCtx = ctx
	w.mu.Unlock()
	if err := w.loadTasks(); err != nil {
		return err
	}
	w.log.Info("worker starting", "scheduler", w.cfg.Scheduler, "slots", w.cfg.Slots, "work_dir", w.cfg.WorkDir)
	if err := w.ensureLogin(ctx, ""); err != nil {
		return nil // ctx ended
	}
	w.wg.Go(func() { w.heartbeatLoop(ctx) })
	w.workLoop(ctx)
	w.log.Info("worker stopping")
	return nil
}

// ensureLogin logs in unless someone did since the token stale was used; it retries until
// it succeeds or ctx ends.
func (w *Worker) ensureLogin(ctx context.Context, stale string) error {
	select {
	case w.login <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-w.login }()
	if tok := w.sched.Token(); tok != "" && tok != stale {
		return nil
	}
	delay := w.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		s, err := w.sched.Login(ctx, w.cfg.Key, w.cfg.Slots)
		if err == nil {
			w.setSession(s)
			w.log.Info("logged in", "workerpool", s.Workerpool, "store", s.StoreURL, "heartbeat_ms", s.HeartbeatMS)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		lvl := slog.LevelDebug
		if attempt == 3 || attempt%20 == 0 {
			lvl = slog.LevelWarn // once an outage lasts, then now and then
		}
		w.log.Log(ctx, lvl, "login failed, retrying", "attempt", attempt, "in", delay, "err", err)
		if err := sleep(ctx, delay); err != nil {
			return err
		}
		delay = min(2*delay, w.cfg.RetryMax)
	}
}

func (w *Worker) setSession(s *api.Session) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.session = *s
	if s.StoreURL != w.storeURL || w.store == nil {
		w.storeURL = s.StoreURL
		w.store = nil
		if c, err := store.NewClient(s.StoreURL, w.storeHC); err == nil {
			c.MaxBlobSize = w.cfg.MaxDownloadSize
			w.store = c
		} else {
			w.log.Error("the scheduler names a store the worker cannot use", "store", s.StoreURL, "err", err)
		}
	}
}

func (w *Worker) storeClient() (*store.Client, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.store == nil {
		return nil, fmt.Errorf("no usable result store (the scheduler named %q)", w.storeURL)
	}
	return w.store, nil
}

func (w *Worker) domain() chain.Domain {
	w.mu.Lock()
	defer w.mu.Unlock()
	return chain.Domain{ChainID: new(big.Int).SetUint64(w.session.ChainID), Hub: w.session.Hub}
}

// heartbeatLoop heartbeats every Session.HeartbeatMS with the running tasks, cancels the
// tasks the scheduler names, and prunes tasks long over.
func (w *Worker) heartbeatLoop(ctx context.Context) {
	failures := 0
	for {
		w.mu.Lock()
		every := time.Duration(w.session.HeartbeatMS) * time.Millisecond
		w.mu.Unlock()
		if every <= 0 {
			every = 10 * time.Second
		}
		if err := sleep(ctx, every); err != nil {
			return
		}
		tok := w.sched.Token()
		reply, err := w.sched.Heartbeat(ctx, api.Heartbeat{Running: w.runningIDs(), Slots: w.cfg.Slots})
		switch {
		case err == nil:
			failures = 0
			for _, id := range reply.Cancel {
				w.drop(id, "cancelled by the scheduler")
			}
		case ctx.Err() != nil:
			return
		case errors.Is(err, api.ErrUnauthorized):
			w.log.Info("session refused, logging in again", "err", err)
			if w.ensureLogin(ctx, tok) != nil {
				return
			}
		default:
			failures++
			lvl := slog.LevelDebug
			if failures == 3 || failures%20 == 0 {
				lvl = slog.LevelWarn // the scheduler may count the worker as lost
			}
			w.log.Log(ctx, lvl, "heartbeat failed", "attempt", failures, "err", err)
		}
		w.prune(time.Now())
	}
}

// workLoop pulls work until ctx ends. With a free slot it long-polls for tasks. With none
// it still long-polls for reveals and ended tasks, in a goroutine, so that a slot freed
// meanwhile is offered at once by another poll. A poll is never cancelled for that: the
// scheduler forgets the Done and Reveals it put in a reply, so a reply must be read.
func (w *Worker) workLoop(ctx context.Context) {
	var main, side poller
	sideDone := make(chan struct{}, 1)
	sideRunning := false
	for ctx.Err() == nil {
		w.mu.Lock()
		free := w.cfg.Slots - w.busyLocked()
		w.mu.Unlock()
		if free > 0 {
			if w.poll(ctx, &main, free) != nil {
				return
			}
			continue
		}
		if !sideRunning {
			sideRunning = true
			w.wg.Go(func() {
				w.poll(ctx, &side, 0)
				sideDone <- struct{}{}
			})
		}
		select {
		case <-w.freed:
		case <-sideDone:
			sideRunning = false
		case <-ctx.Done():
		}
	}
}

// poller is the backoff state of a sequence of polls.
type poller struct {
	delay    time.Duration
	failures int
}

// poll asks for work once and handles the reply; after a failure it waits its backoff
// (logging in again on ErrUnauthorized). It returns an error only when ctx ended.
func (w *Worker) poll(ctx context.Context, p *poller, free int) error {
	if p.delay == 0 {
		p.delay = w.cfg.RetryMin
	}
	tok := w.sched.Token()
	start := time.Now()
	work, err := w.sched.Work(ctx, api.WorkRequest{Free: free, WaitMS: w.cfg.PollWait.Milliseconds()})
	switch {
	case err == nil:
		p.delay, p.failures = w.cfg.RetryMin, 0
		w.handleWork(work)
		if len(work.Assignments)+len(work.Reveals)+len(work.Done) == 0 && time.Since(start) < w.cfg.PollWait/10 {
			// A scheduler that does not long-poll: do not spin.
			return sleep(ctx, min(w.cfg.PollWait/10, time.Second))
		}
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, api.ErrUnauthorized):
		w.log.Info("session refused, logging in again", "err", err)
		return w.ensureLogin(ctx, tok)
	}
	p.failures++
	lvl := slog.LevelDebug
	if p.failures == 3 || p.failures%20 == 0 {
		lvl = slog.LevelWarn
	}
	w.log.Log(ctx, lvl, "asking for work failed, retrying", "attempt", p.failures, "in", p.delay, "err", err)
	err = sleep(ctx, p.delay)
	p.delay = min(2*p.delay, w.cfg.RetryMax)
	return err
}

// slotFreed tells the work loop that a task ended or left its slot.
func (w *Worker) slotFreed() {
	select {
	case w.freed <- struct{}{}:
	default:
	}
}

func (w *Worker) handleWork(work *api.Work) {
	for _, id := range work.Done {
		w.drop(id, "done")
	}
	for _, id := range work.Reveals {
		w.startReveal(id)
	}
	for _, a := range work.Assignments {
		w.startTask(a)
	}
}

// busyLocked counts the tasks being run (waiting for a slot, executing or contributing);
// w.mu is held.
func (w *Worker) busyLocked() int {
	n := 0
	for _, t := range w.tasks {
		if t.running {
			n++
		}
	}
	return n
}

func (w *Worker) runningIDs() []common.Hash {
	w.mu.Lock()
	defer w.mu.Unlock()
	var ids []common.Hash
	for id, t := range w.tasks {
		if t.running && !t.dropped {
			ids = append(ids, id)
		}
	}
	return ids
}

// newTaskLocked registers a task for a; w.mu is held.
func (w *Worker) newTaskLocked(a api.Assignment) *task {
	ctx, cancel := context.WithCancel(w.runCtx)
	t := &task{
		id:     a.TaskID,
		dir:    filepath.Join(w.cfg.WorkDir, "tasks", a.TaskID.Hex()),
		log:    w.log.With("task", a.TaskID),
		ctx:    ctx,
		cancel: cancel,
		st:     taskState{Assignment: a},
		upload: make(chan struct{}, 1),
	}
	w.tasks[a.TaskID] = t
	return t
}

// startTask starts running an assignment, unless it is already running. A result kept
// from before (a restart) is reused.
func (w *Worker) startTask(a api.Assignment) {
	w.mu.Lock()
	t := w.tasks[a.TaskID]
	switch {
	case t == nil:
		t = w.newTaskLocked(a)
	case t.dropped:
		w.mu.Unlock()
		t.log.Info("assignment of a task being dropped ignored; ask again later")
		return
	case t.running:
		w.mu.Unlock()
		t.log.Debug("assignment of a task already running ignored")
		return
	}
	t.stMu.Lock()
	if t.st.Phase != "" && !sameTask(t.st.Assignment, a) {
		t.log.Warn("the assignment differs from the one kept: running it again")
		t.st = taskState{}
	}
	t.st.Assignment = a
	t.stMu.Unlock()
	t.running = true
	t.active++
	w.mu.Unlock()
	w.wg.Go(func() {
		defer w.release(t, func() { t.running = false })
		w.runTask(t)
	})
}

// startReveal starts revealing a task, unless it is already being revealed.
func (w *Worker) startReveal(id common.Hash) {
	w.mu.Lock()
	t := w.tasks[id]
	if t == nil {
		w.mu.Unlock()
		w.log.Warn("asked to reveal a task this worker has no result for", "task", id)
		return
	}
	if t.dropped || t.revealing {
		w.mu.Unlock()
		return
	}
	t.revealing = true
	t.active++
	w.mu.Unlock()
	w.wg.Go(func() {
		defer w.release(t, func() { t.revealing = false })
		w.reveal(t)
	})
}

// release ends one goroutine's work on t (clear resets its flag) and deletes the task if
// it was dropped meanwhile.
func (w *Worker) release(t *task, clear func()) {
	w.mu.Lock()
	clear()
	t.active--
	remove := t.dropped && t.active == 0
	w.mu.Unlock()
	w.slotFreed()
	if remove {
		w.remove(t)
	}
}

// drop forgets a task: its goroutines are cancelled and its directory deleted once they
// stopped.
func (w *Worker) drop(id common.Hash, why string) {
	w.mu.Lock()
	t := w.tasks[id]
	if t == nil || t.dropped {
		w.mu.Unlock()
		return
	}
	t.dropped = true
	t.cancel()
	remove := t.active == 0
	w.mu.Unlock()
	t.log.Info("task dropped", "reason", why)
	if remove {
		w.remove(t)
	}
}

func (w *Worker) remove(t *task) {
	if err := os.RemoveAll(t.dir); err != nil {
		t.log.Error("delete task directory", "dir", t.dir, "err", err)
	}
	w.mu.Lock()
	if w.tasks[t.id] == t {
		delete(w.tasks, t.id)
	}
	w.mu.Unlock()
}

// prune drops the tasks that are surely over: past their final deadline (contribution
// deadline + 3 × the category's time, PROTOCOL.md §3) with an hour's margin. Done
// normally says so first; this catches a Done that was lost.
func (w *Worker) prune(now time.Time) {
	w.mu.Lock()
	var over []common.Hash
	for id, t := range w.tasks {
		if t.running || t.revealing || t.dropped {
			continue
		}
		t.stMu.Lock()
		a := t.st.Assignment
		t.stMu.Unlock()
		if a.ContributionDeadline == 0 {
			continue
		}
		final := time.Unix(int64(a.ContributionDeadline), 0).Add(3*time.Duration(a.TimeoutMS)*time.Millisecond + time.Hour)
		if now.After(final) {
			over = append(over, id)
		}
	}
	w.mu.Unlock()
	for _, id := range over {
		w.drop(id, "past its final deadline")
	}
}

// loadTasks reads the tasks kept in WorkDir/tasks: those with a result are registered (to
// reveal them, or to reuse the result when the assignment comes again); the others are
// deleted, their assignment will come again if it is still this worker's.
func (w *Worker) loadTasks() error {
	// Downloads cut short by a crash leave temp files beside the apps.
	if parts, err := filepath.Glob(filepath.Join(w.cfg.WorkDir, "apps", ".*.part")); err == nil {
		for _, p := range parts {
			os.Remove(p)
		}
	}
	root := filepath.Join(w.cfg.WorkDir, "tasks")
	entries, err := os.ReadDir(root)
	if err != nil {
		return fmt.Errorf("worker: read %s: %w", root, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, e := range entries {
		dir := filepath.Join(root, e.Name())
		st, err := loadState(dir)
		if err != nil || !st.Phase.atLeast(phaseComputed) {
			if err != nil && !errors.Is(err, os.ErrNotExist) {
				w.log.Warn("discarding unreadable task state", "dir", dir, "err", err)
			}
			if err := os.RemoveAll(dir); err != nil {
				w.log.Error("delete task directory", "dir", dir, "err", err)
			}
			continue
		}
		t := w.newTaskLocked(st.Assignment)
		t.st = *st
		t.log.Info("task kept from before", "phase", st.Phase, "digest", st.Digest)
	}
	return nil
}

// retry runs op until it succeeds, fails for good, or ctx ends. Transport errors and
// server failures are retried with backoff; ErrUnauthorized makes the worker log in
// again first. Answers that retrying cannot change (ErrGone, ErrBadRequest, ErrConflict,
// ErrNotFound, ErrForbidden, ErrTooLarge) are returned.
func (w *Worker) retry(ctx context.Context, log *slog.Logger, what string, op func(context.Context) error) error {
	delay := w.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		tok := w.sched.Token()
		err := op(ctx)
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, api.ErrUnauthorized):
			if err := w.ensureLogin(ctx, tok); err != nil {
				return err
			}
			if attempt == 1 {
				continue // at once with the new session
			}
		case final(err):
			return err
		}
		lvl := slog.LevelDebug
		if attempt == 3 {
			lvl = slog.LevelWarn
		}
		log.Log(ctx, lvl, what+" failed, retrying", "attempt", attempt, "in", delay, "err", err)
		if err := sleep(ctx, delay); err != nil {
			return err
		}
		delay = min(2*delay, w.cfg.RetryMax)
	}
}

// final reports whether a scheduler's answer will not change by retrying.
func final(err error) bool {
	for _, e := range []error{api.ErrGone, api.ErrBadRequest, api.ErrConflict, api.ErrNotFound, api.ErrForbidden, api.ErrTooLarge} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
