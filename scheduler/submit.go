package scheduler

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// txKind names what a transaction does, for logs and metrics.
type txKind string

const (
	txContributeAndFinalize txKind = "contributeAndFinalizeBatch"
	txContribute            txKind = "contributeBatch"
	txReveal                txKind = "revealBatch"
	txFinalize              txKind = "finalizeBatch"
	txReopen                txKind = "reopen"
)

// outgoing is one transaction to send and the tasks it touches.
type outgoing struct {
	kind  txKind
	deal  *deal
	tasks []*task
	data  []byte
	// gas, when set, skips estimation: a call valid only from a deadline on cannot be
	// estimated on a block older than the deadline.
	gas uint64
}

// deadlineMargin keeps the scheduler clear of a deadline's edge: the block a transaction lands
// in may be a second later than the latest one.
const deadlineMargin = 2

// submitLoop sends the queued contributions, reveals and finalizations in batches.
func (s *Scheduler) submitLoop(ctx context.Context) error {
	tick := time.NewTicker(s.cfg.BatchInterval)
	defer tick.Stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	var last time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
			// A tick that came while a kicked round waited is not a reason for another
			// round at once.
			if time.Since(last) < s.cfg.BatchInterval {
				continue
			}
		case <-s.kick:
			// Let a few more contributions join the batch. Under load (transactions of
			// earlier rounds still in flight) send at most one round per BatchInterval:
			// fewer, fuller transactions cost less gas per task and fewer blocks. A quiet
			// scheduler answers a lone contribution at once.
			wait := s.cfg.BatchInterval / 4
			if s.inflight.Load() > 0 {
				wait = max(wait, time.Until(last.Add(s.cfg.BatchInterval)))
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(wait):
			}
		}
		last = time.Now()
		if err := s.submitRound(ctx, &wg); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.log.Warn("submit round failed", "err", err)
		}
	}
}

func (s *Scheduler) submitRound(ctx context.Context, wg *sync.WaitGroup) error {
	head, err := s.client.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if err := s.refreshWeights(ctx); err != nil {
		return err
	}
	if err := s.refreshLost(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	s.chainNow = max(s.chainNow, head.Time)
	outs, err := s.planLocked(ctx)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	for _, o := range outs {
		var opts *chain.TxOpts
		if o.gas != 0 {
			opts = &chain.TxOpts{GasLimit: o.gas}
		}
		hub := s.client.Deployment.Hub
		tx, err := s.sender.Send(ctx, &hub, o.data, opts)
		if err != nil {
			s.failed(ctx, o, err)
			continue
		}
		s.log.Debug("sent", "call", o.kind, "tasks", len(o.tasks), "tx", tx.Hash())
		wg.Add(1)
		s.inflight.Add(1)
		go func() {
			defer wg.Done()
			defer s.inflight.Add(-1)
			r, err := s.sender.Wait(ctx, tx)
			if err != nil {
				if ctx.Err() != nil {
					return // the restart reads the chain again
				}
				s.failed(ctx, o, err)
				return
			}
			s.landed(ctx, o, r)
		}()
	}
	return nil
}

// refreshWeights reads the scores of workers whose weight may have changed (after a
// finalization they took part in).
func (s *Scheduler) refreshWeights(ctx context.Context) error {
	s.mu.Lock()
	var stale []common.Address
	for a, w := range s.workers {
		if w.weight == nil || w.weighed.IsZero() {
			stale = append(stale, a)
		}
	}
	s.mu.Unlock()
	for _, a := range stale {
		weight, err := s.readWeight(ctx, a)
		if err != nil {
			return err
		}
		s.mu.Lock()
		w := s.workers[a]
		w.weight, w.weighed = weight, s.now()
		s.mu.Unlock()
	}
	return nil
}

// dealPlan collects one round's items for one deal.
type dealPlan struct {
	caf      []bindings.ContributeAndFinalizeItem
	cafT     []*task
	contrib  []bindings.ContributeItem
	contribT []*task
	reveal   []bindings.RevealItem
	revealT  []*task
	final    []bindings.FinalizeItem
	finalT   []*task
}

// refreshLost reads again from the chain the tasks whose state was lost track of.
func (s *Scheduler) refreshLost(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range slices.Clone(s.open) {
		if t.state == nil && !t.inflight {
			if err := s.refreshLocked(ctx, t); err != nil {
				return fmt.Errorf("read task %s: %w", t.rec.ID, err)
			}
		}
	}
	return nil
}

// planLocked builds the round's transactions and marks their tasks in flight.
func (s *Scheduler) planLocked(ctx context.Context) ([]*outgoing, error) {
	now := s.chainTimeLocked()
	plans := map[*deal]*dealPlan{}
	var order []*deal
	var outs []*outgoing
	var b Batch
	for _, t := range append([]*task(nil), s.open...) {
		if t.inflight || t.state == nil {
			continue
		}
		d := t.deal
		p := plans[d]
		if p == nil {
			p = &dealPlan{}
			plans[d] = p
			order = append(order, d)
		}
		if t.failures > 0 {
			// A batch with this task failed: it goes alone until it succeeds, so one bad
			// task cannot hold back the others.
			p = &dealPlan{}
		}
		if now >= d.finalDL {
			s.failTaskLocked(t, &b, "final deadline passed")
			continue
		}
		switch t.rec.Status {
		case TaskPending:
			s.planPendingLocked(t, now, p, &b)
		case TaskRevealing:
			if o := s.planRevealingLocked(t, now, p); o != nil {
				outs = append(outs, o)
			}
		}
		if t.failures > 0 {
			outs = append(outs, s.build(d, p)...)
		}
	}
	for _, d := range order {
		outs = append(outs, s.build(d, plans[d])...)
	}
	for _, o := range outs {
		for _, t := range o.tasks {
			t.inflight = true
		}
	}
	if err := s.applyLocked(ctx, &b); err != nil {
		for _, o := range outs {
			for _, t := range o.tasks {
				t.inflight = false
			}
		}
		return nil, err
	}
	return outs, nil
}

// failTaskLocked ends a task without a result.
func (s *Scheduler) failTaskLocked(t *task, b *Batch, why string) {
	t.rec.Status = TaskFailed
	b.Tasks = append(b.Tasks, t.rec)
	for _, r := range t.replicas {
		if r.Status.Open() {
			if r.Status >= ReplicaContributed {
				r.Status = ReplicaFinalized
			} else {
				r.Status = ReplicaLate
			}
			b.Replicas = append(b.Replicas, *r)
			s.replicaEndedLocked(r)
		}
	}
	s.taskEndedLocked(t, b)
	s.log.Warn("task failed", "task", t.rec.ID, "reason", why)
}

// committed returns the replicas whose signed contribution is not on-chain yet.
func (t *task) committed() []*ReplicaRecord {
	var out []*ReplicaRecord
	for _, r := range t.replicas {
		if r.Status == ReplicaCommitted {
			out = append(out, r)
		}
	}
	return out
}

func (s *Scheduler) planPendingLocked(t *task, now uint64, p *dealPlan, b *Batch) {
	committed := t.committed()
	if len(committed) == 0 {
		return
	}
	d := t.deal
	idx := new(big.Int).SetUint64(t.rec.Index)
	if now+deadlineMargin >= d.contribDL {
		for _, r := range committed {
			r.Status = ReplicaLate
			b.Replicas = append(b.Replicas, *r)
			s.replicaEndedLocked(r)
		}
		s.log.Warn("contributions too late for the contribution deadline", "task", t.rec.ID, "replicas", len(committed))
		return
	}
	if d.oneStep {
		if t.state.Status != poco.StatusUnset {
			return // reconciled when the task is read again
		}
		r := committed[0]
		p.caf = append(p.caf, bindings.ContributeAndFinalizeItem{
			Index: idx, Worker: r.Worker, Digest: r.Digest, Results: r.Results, CallbackData: r.CallbackData,
			WorkerSign: compact(r.Sign),
		})
		p.cafT = append(p.cafT, t)
		return
	}
	item := bindings.ContributeItem{Index: idx, State: poco.Clone(t.state.State)}
	sim := poco.Clone(t.state.State)
	for _, r := range committed {
		reached, err := poco.Contribute(&sim, r.Worker, r.ResultHash, r.ResultSeal, s.weightOfLocked(r.Worker), d.trust, 0, now)
		if err != nil {
			continue // already on-chain (reconciled on the receipt) or the task is full
		}
		item.Contributions = append(item.Contributions, bindings.SignedContribution{ResultHash: r.ResultHash, ResultSeal: r.ResultSeal, WorkerSign: compact(r.Sign)})
		if reached {
			break // the hub refuses contributions after consensus
		}
	}
	if len(item.Contributions) == 0 {
		return
	}
	p.contrib = append(p.contrib, item)
	p.contribT = append(p.contribT, t)
}

// planRevealingLocked finalizes a task whose winners revealed, relays early reveals before the
// window closes, or reopens a task nobody revealed; a reopen is returned as its own transaction.
func (s *Scheduler) planRevealingLocked(t *task, now uint64, p *dealPlan) *outgoing {
	st := t.state.State
	deadline := st.RevealDeadline.Uint64()
	var winners, onChain int
	var signs []bindings.Signature
	var result *ReplicaRecord
	for _, c := range st.Contributions {
		if c.ResultHash != st.Consensus || c.Status == poco.Rejected {
			continue
		}
		winners++
		r := t.replica(c.Worker)
		if r != nil && r.Status == ReplicaRevealed && result == nil {
			result = r
		}
		if c.Status == poco.Revealed {
			onChain++
			continue
		}
		if r != nil && r.Status == ReplicaRevealed && len(r.RevealSign) > 0 {
			signs = append(signs, compact(r.RevealSign))
		}
	}
	idx := new(big.Int).SetUint64(t.rec.Index)
	open := now+deadlineMargin < deadline
	closed := now >= deadline+1
	switch {
	case open && onChain+len(signs) == winners && result != nil:
		p.final = append(p.final, bindings.FinalizeItem{
			Index: idx, State: poco.Sparse(st, t.rec.ID, result.Digest), Digest: result.Digest, Results: result.Results,
			CallbackData: result.CallbackData, RevealSigns: signs,
		})
		p.finalT = append(p.finalT, t)
	case open && len(signs) > 0 && now+uint64(t.deal.rec.Deal.TimeRef.Int64()) >= deadline:
		// Not everyone revealed and the window is closing: record the reveals we have.
		p.reveal = append(p.reveal, bindings.RevealItem{Taskid: t.rec.ID, State: poco.Sparse(st, t.rec.ID, result.Digest), Digest: result.Digest, WorkerSigns: signs})
		p.revealT = append(p.revealT, t)
	case closed && onChain > 0 && result != nil:
		p.final = append(p.final, bindings.FinalizeItem{
			Index: idx, State: poco.Sparse(st, t.rec.ID, result.Digest), Digest: result.Digest, Results: result.Results,
			CallbackData: result.CallbackData,
		})
		p.finalT = append(p.finalT, t)
	case closed && onChain == 0:
		return &outgoing{kind: txReopen, deal: t.deal, tasks: []*task{t}, gas: 2_000_000,
			data: chain.Hub.PackReopen(t.deal.rec.ID, t.deal.rec.Deal, idx, st)}
	}
	return nil
}

// build turns a deal's plan into transactions of at most MaxBatch tasks. Finalizations after
// the reveal deadline are sent with a fixed gas limit (see outgoing.gas).
func (s *Scheduler) build(d *deal, p *dealPlan) []*outgoing {
	var outs []*outgoing
	id, dl := d.rec.ID, d.rec.Deal
	n := s.cfg.MaxBatch
	for i := 0; i < len(p.caf); i += n {
		j := min(i+n, len(p.caf))
		outs = append(outs, &outgoing{kind: txContributeAndFinalize, deal: d, tasks: p.cafT[i:j],
			data: chain.Hub.PackContributeAndFinalizeBatch(id, dl, p.caf[i:j])})
	}
	for i := 0; i < len(p.contrib); i += n {
		j := min(i+n, len(p.contrib))
		outs = append(outs, &outgoing{kind: txContribute, deal: d, tasks: p.contribT[i:j],
			data: chain.Hub.PackContributeBatch(id, dl, p.contrib[i:j])})
	}
	for i := 0; i < len(p.reveal); i += n {
		j := min(i+n, len(p.reveal))
		outs = append(outs, &outgoing{kind: txReveal, deal: d, tasks: p.revealT[i:j],
			data: chain.Hub.PackRevealBatch(p.reveal[i:j])})
	}
	for i := 0; i < len(p.final); i += n {
		j := min(i+n, len(p.final))
		o := &outgoing{kind: txFinalize, deal: d, tasks: p.finalT[i:j],
			data: chain.Hub.PackFinalizeBatch(id, dl, p.final[i:j])}
		for _, it := range p.final[i:j] {
			if len(it.RevealSigns) == 0 {
				o.gas = uint64(j-i)*400_000 + 300_000 // after the deadline: not estimable early
				break
			}
		}
		outs = append(outs, o)
	}
	return outs
}

func (s *Scheduler) weightOfLocked(a common.Address) *big.Int {
	if w := s.workers[a]; w != nil && w.weight != nil {
		return w.weight
	}
	return poco.Weight(new(big.Int))
}

func compact(sig []byte) bindings.Signature {
	c, err := chain.Compact(sig)
	if err != nil {
		return bindings.Signature{} // the hub refuses it; checked at receipt already
	}
	return c
}

// landed applies a mined transaction's events to its tasks.
func (s *Scheduler) landed(ctx context.Context, o *outgoing, r *types.Receipt) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b Batch
	logs := make([]types.Log, len(r.Logs))
	for i, l := range r.Logs {
		logs[i] = *l
	}
	for _, t := range o.tasks {
		t.inflight = false
		t.failures = 0
		if t.state == nil {
			continue
		}
		if err := t.state.Apply(logs); err != nil {
			s.log.Error("cannot follow the task's events: reading it again", "task", t.rec.ID, "err", err)
			t.state = nil
			continue
		}
		s.reconcileLocked(t, &b)
		if o.kind == txFinalize || o.kind == txContributeAndFinalize {
			for _, c := range t.state.State.Contributions {
				if w := s.workers[c.Worker]; w != nil {
					w.weighed = time.Time{} // its score changed
				}
			}
		}
	}
	// Recorded even when the scheduler is stopping: the transaction is mined.
	if err := s.applyLocked(context.WithoutCancel(ctx), &b); err != nil {
		s.log.Error("persist state", "err", err)
	}
	s.log.Debug("landed", "call", o.kind, "tasks", len(o.tasks), "gas", r.GasUsed, "block", r.BlockNumber)
	s.notifyLocked()
}

// failed handles a transaction that could not be sent or reverted: its tasks are read again
// from the chain and go alone in the next rounds.
func (s *Scheduler) failed(ctx context.Context, o *outgoing, err error) {
	if ctx.Err() != nil {
		// Stopping: the restart reads these tasks from the chain again.
		s.mu.Lock()
		for _, t := range o.tasks {
			t.inflight = false
		}
		s.mu.Unlock()
		return
	}
	hint := ""
	if re, ok := chain.AsRevert(err); ok {
		hint = re.Hint()
	}
	s.log.Warn("transaction failed", "call", o.kind, "tasks", len(o.tasks), "err", err, "hint", hint)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range o.tasks {
		t.inflight = false
		t.failures++
		if rerr := s.refreshLocked(ctx, t); rerr != nil {
			s.log.Warn("read task again", "task", t.rec.ID, "err", rerr)
			t.state = nil
		}
		if t.failures >= 5 && len(o.tasks) == 1 {
			var b Batch
			s.dropPoisonLocked(t, o, err, &b)
			if aerr := s.applyLocked(ctx, &b); aerr != nil {
				s.log.Error("persist state", "err", aerr)
			}
		}
	}
}

// dropPoisonLocked gives up the signed items that keep a task's transaction failing, so the
// task can move on with other workers.
func (s *Scheduler) dropPoisonLocked(t *task, o *outgoing, err error, b *Batch) {
	switch o.kind {
	case txContribute, txContributeAndFinalize:
		// A revert that names the worker at fault (it cannot stake) drops only its
		// contribution: the others' stand.
		committed := t.committed()
		var culprit common.Address
		if re, ok := chain.AsRevert(err); ok && re.Name == "InsufficientBalance" {
			culprit, _ = re.Arg("account").(common.Address)
		}
		if !slices.ContainsFunc(committed, func(r *ReplicaRecord) bool { return r.Worker == culprit }) {
			culprit = common.Address{} // not a worker's fault: drop them all
		}
		for _, r := range committed {
			if culprit != (common.Address{}) && r.Worker != culprit {
				continue
			}
			r.Status = ReplicaLate
			b.Replicas = append(b.Replicas, *r)
			s.replicaEndedLocked(r)
		}
		s.log.Error("contributions refused by the hub again and again: dropped", "task", t.rec.ID, "err", err)
		t.failures = 0
		s.notifyLocked()
	default:
		s.log.Error("the task's transaction keeps failing", "task", t.rec.ID, "call", o.kind, "err", err)
	}
}
