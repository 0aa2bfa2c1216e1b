package worker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/poco"
	"ergon/executor"
	"ergon/store"
)

// state returns a copy of the task's state.
func (t *task) state() taskState {
	t.stMu.Lock()
	defer t.stMu.Unlock()
	return t.st
}

// update changes t.st with f and persists it durably (synced before it returns): for the
// result digest, which must not change once the worker may have committed to it.
func (t *task) update(f func(*taskState)) error { return t.save(f, true) }

// note changes t.st with f and writes it without making the change itself durable: for what
// a restart can redo or learn again (the phase reached, the uploaded archive's pointer). A
// crash or a power cut leaves the old state or the new one, never a torn file.
func (t *task) note(f func(*taskState)) error { return t.save(f, false) }

func (t *task) save(f func(*taskState), durable bool) error {
	t.stMu.Lock()
	defer t.stMu.Unlock()
	next := t.st
	f(&next)
	if err := saveState(t.dir, &next, durable); err != nil {
		return err
	}
	t.st = next
	return nil
}

// advance moves t to phase p unless it is already further.
func (t *task) advance(p phase) error {
	return t.note(func(st *taskState) {
		if !st.Phase.atLeast(p) {
			st.Phase = p
		}
	})
}

func (w *Worker) isDropped(t *task) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return t.dropped
}

// runTask runs (or, with a result kept from before, resumes) an assignment until it is
// contributed, given back or dropped.
func (w *Worker) runTask(t *task) {
	st := t.state()
	a := st.Assignment
	ctx := t.ctx
	if a.ContributionDeadline != 0 {
		dl := time.Unix(int64(a.ContributionDeadline), 0)
		if !time.Now().Before(dl) {
			w.giveUp(t, fmt.Errorf("%w at %s: not started", ErrDeadline, dl.UTC().Format(time.RFC3339)))
			return
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadlineCause(ctx, dl, ErrDeadline)
		defer cancel()
	}
	if st.Phase.atLeast(phaseComputed) {
		t.log.Info("reusing the result kept from before", "digest", st.Digest, "failure", st.Failure)
	} else {
		select {
		case w.slots <- struct{}{}:
		case <-ctx.Done():
			w.fail(t, ctx, context.Cause(ctx))
			return
		}
		err := w.execute(ctx, t)
		<-w.slots
		w.slotFreed()
		if err != nil {
			w.fail(t, ctx, err)
			return
		}
	}
	w.contribute(ctx, t)
}

// execute prepares and runs the app and records the result (phaseComputed).
func (w *Worker) execute(ctx context.Context, t *task) error {
	a := t.state().Assignment
	if err := w.report(ctx, t, "downloading"); err != nil {
		return err
	}
	app, err := w.appInfo(ctx, a.App)
	if err != nil {
		return err
	}
	exe := w.cfg.Executors[app.Kind]
	if exe == nil {
		return fmt.Errorf("%w: app %s is of kind %d, for which this worker has no executor", ErrUnsupportedApp, a.App.Hex(), app.Kind)
	}
	params, err := api.ParseParams(a.Params)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadParams, err)
	}
	in, out := filepath.Join(t.dir, "in"), filepath.Join(t.dir, "out")
	if err := os.MkdirAll(t.dir, 0o700); err != nil {
		return fmt.Errorf("task directory: %w", err)
	}
	for _, d := range []string{in, out, filepath.Join(t.dir, resultFile)} {
		if err := os.RemoveAll(d); err != nil {
			return fmt.Errorf("task directory: %w", err)
		}
	}
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			return fmt.Errorf("task directory: %w", err)
		}
	}
	if err := t.note(func(st *taskState) { *st = taskState{Assignment: a, Phase: phaseStarted} }); err != nil {
		return err
	}

	path, mismatch, err := w.appFile(ctx, t, app)
	if err != nil {
		return err
	}
	var res *executor.Result
	if mismatch {
		t.log.Warn("the app's location does not hold the bytes of its registered checksum: contributing a bad-app failure",
			"app", a.App, "location", app.Location, "checksum", common.Hash(app.Checksum))
		res = &executor.Result{ExitCode: -1, Failure: executor.BadApp, Message: "the app's location does not hold its registered checksum"}
	} else {
		names := make([]string, len(params.InputFiles))
		for i, p := range params.InputFiles {
			names[i] = params.InputName(i)
			d, err := store.ParsePointer(p) // checked by ParseParams
			if err != nil {
				return fmt.Errorf("%w: %v", ErrBadParams, err)
			}
			if err := w.download(ctx, t, d, filepath.Join(in, names[i])); err != nil {
				return fmt.Errorf("input file %d (%s): %w", i+1, p, err)
			}
		}
		if err := w.report(ctx, t, "running"); err != nil {
			return err
		}
		job := executor.Job{
			TaskID:     a.TaskID.Hex(),
			DealID:     a.DealID.Hex(),
			Index:      a.Index,
			BotSize:    a.BotSize,
			App:        executor.App{Name: app.Name, Path: path, Checksum: app.Checksum},
			Args:       params.Args,
			InDir:      in,
			OutDir:     out,
			InputFiles: names,
			Timeout:    time.Duration(a.TimeoutMS) * time.Millisecond,
		}
		t.log.Info("running the app", "app", app.Name, "kind", app.Kind)
		res, err = exe.Run(ctx, job)
		if err != nil {
			return fmt.Errorf("executor: %w", err)
		}
	}
	r, err := finishResult(ctx, out, res, a.Callback != (common.Address{}))
	if err != nil {
		return err
	}
	// The digest becomes durable next and the worker commits to it; a task revealed later
	// uploads out/ then, so out/ must survive a power cut too. (A one-step task uploads
	// out/ to the store, which syncs it, before contributing.)
	if !a.OneStep {
		if err := syncTree(out); err != nil {
			return fmt.Errorf("sync the result: %w", err)
		}
	}
	if err := t.update(func(st *taskState) {
		st.Phase, st.Digest, st.CallbackData, st.Failure = phaseComputed, r.digest, r.callbackData, ""
		if r.failure != executor.None {
			st.Failure = r.failure.String()
		}
	}); err != nil {
		return err
	}
	if r.failure != executor.None {
		t.log.Info("the app failed: contributing the failure", "failure", r.failure, "exit_code", res.ExitCode,
			"message", res.Message, "digest", r.digest)
	} else {
		t.log.Info("the app ran", "duration", res.Duration, "digest", r.digest)
	}
	return nil
}

// contribute sends the signed contribution (with the uploaded result for a one-step task).
func (w *Worker) contribute(ctx context.Context, t *task) {
	st := t.state()
	a := st.Assignment
	if err := w.ensureStake(ctx, t, a.WorkerStake.ToInt()); err != nil {
		w.fail(t, ctx, err)
		return
	}
	digest := st.Digest
	c := api.Contribution{
		ResultHash: poco.ResultHash(t.id, digest),
		ResultSeal: poco.ResultSeal(w.addr, t.id, digest),
	}
	sig, err := w.domain().Sign(w.cfg.Key, chain.ContributionHash(t.id, c.ResultHash, c.ResultSeal, common.Address{}))
	if err != nil {
		w.fail(t, ctx, err)
		return
	}
	c.Sign = sig
	if a.OneStep {
		results, err := w.uploadResult(ctx, t)
		if err != nil {
			w.fail(t, ctx, err)
			return
		}
		c.Digest, c.Results, c.CallbackData = &digest, results, st.CallbackData
	}
	err = w.retry(ctx, t.log, "contribute", func(ctx context.Context) error { return w.sched.Contribute(ctx, t.id, c) })
	switch {
	case err == nil:
		if err := t.advance(phaseContributed); err != nil {
			t.log.Error("record the contribution", "err", err)
		}
		t.log.Info("contributed", "one_step", a.OneStep, "result_hash", c.ResultHash)
	case errors.Is(err, api.ErrConflict):
		t.log.Error("the scheduler holds another contribution of this worker for the task", "err", err)
	default:
		w.fail(t, ctx, err)
	}
}

// reveal uploads the result and sends the signed reveal.
func (w *Worker) reveal(t *task) {
	ctx, cancel := context.WithTimeout(t.ctx, w.cfg.TransferTimeout)
	defer cancel()
	st := t.state()
	if !st.Phase.atLeast(phaseComputed) {
		t.log.Warn("asked to reveal a task still running")
		return
	}
	results, err := w.uploadResult(ctx, t)
	if err != nil {
		w.revealFailed(t, err)
		return
	}
	sig, err := w.domain().Sign(w.cfg.Key, chain.RevealHash(t.id, st.Digest))
	if err != nil {
		w.revealFailed(t, err)
		return
	}
	rv := api.Reveal{Digest: st.Digest, Sign: sig, Results: results, CallbackData: st.CallbackData}
	if err := w.retry(ctx, t.log, "reveal", func(ctx context.Context) error { return w.sched.Reveal(ctx, t.id, rv) }); err != nil {
		w.revealFailed(t, err)
		return
	}
	if err := t.advance(phaseRevealed); err != nil {
		t.log.Error("record the reveal", "err", err)
	}
	t.log.Info("revealed", "digest", st.Digest, "results", results)
}

func (w *Worker) revealFailed(t *task, err error) {
	switch {
	case errors.Is(err, api.ErrGone):
		w.drop(t.id, "the scheduler says the task is no longer this worker's")
	case w.isDropped(t) || w.runCtx.Err() != nil:
	default:
		// The scheduler asks again while the reveal is owed.
		t.log.Warn("reveal failed", "err", err)
	}
}

// fail handles an error of a task: drop it if the scheduler says it is gone, nothing if
// it was cancelled (dropped, or the worker stops: the assignment comes again after a
// restart), else give it back.
func (w *Worker) fail(t *task, ctx context.Context, err error) {
	switch {
	case errors.Is(err, api.ErrGone):
		w.drop(t.id, "the scheduler says the task is no longer this worker's")
		return
	case w.isDropped(t) || w.runCtx.Err() != nil:
		return
	case errors.Is(context.Cause(ctx), ErrDeadline) && !errors.Is(err, ErrDeadline):
		err = fmt.Errorf("%w: %v", ErrDeadline, err)
	}
	w.giveUp(t, err)
}

// giveUp reports the task failed, so the scheduler hands it to another worker, and drops
// it.
func (w *Worker) giveUp(t *task, err error) {
	t.log.Warn("giving the task back", "err", err)
	ctx, cancel := context.WithTimeout(w.runCtx, w.cfg.RequestTimeout)
	defer cancel()
	msg := err.Error()
	if len(msg) > 1000 {
		msg = msg[:1000] + "…"
	}
	rep := api.StatusReport{State: "failed", Message: msg}
	if err := w.retry(ctx, t.log, "report failure", func(ctx context.Context) error { return w.sched.Status(ctx, t.id, rep) }); err != nil &&
		!errors.Is(err, api.ErrGone) && w.runCtx.Err() == nil {
		t.log.Warn("could not tell the scheduler the task failed", "err", err)
	}
	w.drop(t.id, "given back")
}

// report tells the scheduler how the task is going. Progress is advisory: only ErrGone
// (drop the task) is returned; other failures are logged.
func (w *Worker) report(ctx context.Context, t *task, state string) error {
	err := w.sched.Status(ctx, t.id, api.StatusReport{State: state})
	switch {
	case err == nil:
	case errors.Is(err, api.ErrGone):
		return err
	case ctx.Err() != nil:
		return context.Cause(ctx)
	default:
		t.log.Debug("progress report failed", "state", state, "err", err)
	}
	return nil
}
