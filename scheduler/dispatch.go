package scheduler

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/poco"
	"ergon/store"
)

// challengeTTL is how long a login challenge may be used.
const challengeTTL = time.Minute

type pendingChallenge struct {
	worker  common.Address
	expires time.Time
}

// Challenge starts a worker's login.
func (s *Scheduler) Challenge(worker common.Address) api.Challenge {
	b := make([]byte, 32)
	rand.Read(b)
	exp := s.now().Add(challengeTTL)
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for k, c := range s.pending {
		if now.After(c.expires) {
			delete(s.pending, k)
		}
	}
	s.pending[string(b)] = pendingChallenge{worker: worker, expires: exp}
	return api.Challenge{Challenge: b, Expires: exp.Unix()}
}

// Login checks a signed challenge and opens a session.
func (s *Scheduler) Login(ctx context.Context, l api.Login) (*api.Session, error) {
	s.mu.Lock()
	c, ok := s.pending[string(l.Challenge)]
	if ok {
		delete(s.pending, string(l.Challenge))
	}
	s.mu.Unlock()
	if !ok || c.worker != l.Worker || s.now().After(c.expires) {
		return nil, fmt.Errorf("%w: unknown or expired challenge: ask for a new one", ErrUnauthorized)
	}
	signer, err := chain.Recover(api.LoginHash(s.cfg.Workerpool, l.Challenge), l.Signature)
	if err != nil || signer != l.Worker {
		return nil, fmt.Errorf("%w: the signature is not %s's over the challenge", ErrUnauthorized, l.Worker.Hex())
	}
	if l.Slots < 1 || l.Slots > 1024 {
		return nil, fmt.Errorf("%w: slots %d: want 1…1024", ErrBadRequest, l.Slots)
	}
	weight, err := s.readWeight(ctx, l.Worker)
	if err != nil {
		return nil, err
	}
	tok := make([]byte, 32)
	rand.Read(tok)
	token := hex.EncodeToString(tok)
	s.mu.Lock()
	defer s.mu.Unlock()
	for t, a := range s.sessions {
		if a == l.Worker {
			delete(s.sessions, t)
		}
	}
	s.sessions[token] = l.Worker
	w := s.workerLocked(l.Worker)
	w.slots, w.lastSeen, w.lost = l.Slots, s.now(), false
	w.weight, w.weighed = weight, s.now()
	// A worker that logs in again may have restarted: hand its open assignments again.
	for id := range w.tasks {
		if t := s.tasks[id]; t != nil {
			if r := t.replica(l.Worker); r != nil && r.Status == ReplicaAssigned {
				w.resend[id] = true
			}
		}
		delete(w.revealAsked, id)
	}
	s.log.Info("worker logged in", "worker", l.Worker, "slots", l.Slots, "weight", weight)
	s.notifyLocked()
	return &api.Session{
		Token:       token,
		Workerpool:  s.cfg.Workerpool,
		Scheduler:   s.addr,
		Hub:         s.client.Deployment.Hub,
		ChainID:     s.domain.ChainID.Uint64(),
		StoreURL:    s.cfg.StoreURL,
		HeartbeatMS: s.cfg.Heartbeat.Milliseconds(),
		LeaseMS:     s.cfg.Lease.Milliseconds(),
	}, nil
}

func (s *Scheduler) readWeight(ctx context.Context, w common.Address) (*big.Int, error) {
	out, err := s.client.Call(ctx, s.client.Deployment.Hub, chain.Hub.PackWorkerScore(w))
	if err != nil {
		return nil, fmt.Errorf("read score of %s: %w", w.Hex(), err)
	}
	score, err := chain.Hub.UnpackWorkerScore(out)
	if err != nil {
		return nil, err
	}
	return poco.Weight(score), nil
}

// Authenticate returns the worker of a session token and records that it is alive.
func (s *Scheduler) Authenticate(token string) (common.Address, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.sessions[token]
	if !ok {
		return common.Address{}, fmt.Errorf("%w: unknown session: log in", ErrUnauthorized)
	}
	w := s.workerLocked(a)
	if w.lost {
		// Its replicas went to others while it was away; it starts again from here.
		w.lost = false
	}
	w.lastSeen = s.now()
	return a, nil
}

// Heartbeat records a worker's heartbeat and says which tasks it should stop.
func (s *Scheduler) Heartbeat(worker common.Address, hb api.Heartbeat) api.HeartbeatReply {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.workerLocked(worker)
	if hb.Slots > 0 && hb.Slots <= 1024 {
		w.slots = hb.Slots
	}
	var reply api.HeartbeatReply
	for _, id := range hb.Running {
		t := s.tasks[id]
		if t == nil {
			reply.Cancel = append(reply.Cancel, id)
			continue
		}
		if r := t.replica(worker); r == nil || !r.Status.Open() || t.rec.Status.Final() {
			reply.Cancel = append(reply.Cancel, id)
		}
	}
	return reply
}

// Work hands a worker new replicas and the reveals it owes, waiting up to wait for some.
func (s *Scheduler) Work(ctx context.Context, worker common.Address, req api.WorkRequest, wait time.Duration) (*api.Work, error) {
	if req.Free < 0 || req.Free > 1024 {
		return nil, fmt.Errorf("%w: free %d: want 0…1024", ErrBadRequest, req.Free)
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		s.mu.Lock()
		work, err := s.workLocked(ctx, worker, req.Free)
		changed := s.changed
		s.mu.Unlock()
		if err != nil {
			return nil, err
		}
		if len(work.Assignments)+len(work.Reveals)+len(work.Done) > 0 {
			return work, nil
		}
		select {
		case <-ctx.Done():
			return work, nil
		case <-timer.C:
			return work, nil
		case <-changed:
		}
	}
}

func (s *Scheduler) workLocked(ctx context.Context, worker common.Address, free int) (*api.Work, error) {
	w := s.workerLocked(worker)
	w.lastSeen = s.now()
	work := &api.Work{}
	for id := range w.done {
		work.Done = append(work.Done, id)
		delete(w.done, id)
	}
	now := s.now()
	for id := range w.tasks {
		t := s.tasks[id]
		if t == nil || t.rec.Status != TaskRevealing {
			continue
		}
		r := t.replica(worker)
		if r == nil || r.Status != ReplicaContributed || !isWinner(t.state, worker) {
			continue
		}
		if at, ok := w.revealAsked[id]; ok && now.Sub(at) < 5*time.Second {
			continue
		}
		w.revealAsked[id] = now
		work.Reveals = append(work.Reveals, id)
	}
	var b Batch
	for id := range w.resend {
		if free <= 0 {
			break
		}
		delete(w.resend, id)
		t := s.tasks[id]
		if t == nil || t.rec.Status != TaskPending {
			continue
		}
		if r := t.replica(worker); r == nil || r.Status != ReplicaAssigned {
			continue
		}
		work.Assignments = append(work.Assignments, s.assignmentLocked(t, worker))
		free--
	}
	if free > 0 && !w.lost {
		chainNow := s.chainTimeLocked()
		weight := w.weight
		if weight == nil {
			weight = poco.Weight(new(big.Int))
		}
		for _, t := range s.open {
			if free <= 0 {
				break
			}
			if t.rec.Status != TaskPending || t.state == nil {
				continue
			}
			prev := t.replica(worker)
			if prev != nil && (prev.Status != ReplicaLost || t.gaveUp[worker]) {
				continue
			}
			// Leave the worker time to run the app before the contribution deadline.
			if chainNow+t.deal.rec.Deal.TimeRef.Uint64() >= t.deal.contribDL {
				continue
			}
			if s.replicasNeededLocked(t, weight) == 0 {
				continue
			}
			r := prev
			if r == nil {
				r = &ReplicaRecord{TaskID: t.rec.ID, Worker: worker}
				t.replicas = append(t.replicas, r)
			}
			// A replica the worker lost (silent past its lease, or given up) counts for
			// nothing: the worker may run the task again.
			r.Status, r.AssignedAt = ReplicaAssigned, now.UTC().Round(0)
			delete(w.done, t.rec.ID)
			w.tasks[t.rec.ID] = true
			b.Replicas = append(b.Replicas, *r)
			work.Assignments = append(work.Assignments, s.assignmentLocked(t, worker))
			free--
		}
	}
	// Persisted before the worker hears of it: a restart hands the same replicas again.
	if err := s.applyLocked(ctx, &b); err != nil {
		return nil, err
	}
	return work, nil
}

// replicasNeededLocked is poco.ReplicasNeeded with the replicas handed out but not on-chain
// counted as pending.
func (s *Scheduler) replicasNeededLocked(t *task, next *big.Int) int {
	var pending []*big.Int
	onChain := map[common.Address]bool{}
	for _, c := range t.state.State.Contributions {
		onChain[c.Worker] = true
	}
	for _, r := range t.replicas {
		if (r.Status == ReplicaAssigned || r.Status == ReplicaCommitted) && !onChain[r.Worker] {
			pw := next
			if w := s.workers[r.Worker]; w != nil && w.weight != nil {
				pw = w.weight
			}
			pending = append(pending, pw)
		}
	}
	return poco.ReplicasNeeded(t.state.State, pending, next, t.deal.trust)
}

func isWinner(ct *chain.Task, w common.Address) bool {
	if ct == nil || ct.State.Consensus == (common.Hash{}) {
		return false
	}
	for _, c := range ct.State.Contributions {
		if c.Worker == w {
			return c.ResultHash == ct.State.Consensus && c.Status != poco.Rejected
		}
	}
	return false
}

func (s *Scheduler) assignmentLocked(t *task, worker common.Address) api.Assignment {
	d := t.deal.rec.Deal
	auth, err := s.domain.Sign(s.cfg.Key, chain.AuthorizationHash(worker, t.rec.ID, common.Address{}))
	if err != nil {
		s.log.Error("sign authorization", "err", err)
	}
	timeout := time.Duration(d.TimeRef.Int64()) * time.Second
	return api.Assignment{
		TaskID:               t.rec.ID,
		DealID:               t.deal.rec.ID,
		Index:                t.rec.Index,
		BotSize:              d.BotSize.Uint64(),
		App:                  d.App,
		Params:               t.deal.rec.Params,
		Trust:                d.Trust.Uint64(),
		OneStep:              t.deal.oneStep,
		Callback:             d.Callback,
		WorkerStake:          (*hexutil.Big)(new(big.Int).Set(d.WorkerStake)),
		ContributionDeadline: t.deal.contribDL,
		TimeoutMS:            timeout.Milliseconds(),
		Authorization:        auth,
	}
}

// chainTimeLocked is the time of the latest block known, or the clock when it is later (the
// next block is at least that).
func (s *Scheduler) chainTimeLocked() uint64 {
	return max(s.chainNow, uint64(s.now().Unix()))
}

// openReplica returns the worker's replica of a task, or why there is none.
func (s *Scheduler) openReplicaLocked(worker common.Address, taskid common.Hash) (*task, *ReplicaRecord, error) {
	t := s.tasks[taskid]
	if t == nil {
		return nil, nil, fmt.Errorf("%w: task %s is not one of this pool's open tasks", ErrGone, taskid.Hex())
	}
	r := t.replica(worker)
	if r == nil {
		return nil, nil, fmt.Errorf("%w: task %s was not given to %s", ErrGone, taskid.Hex(), worker.Hex())
	}
	if !r.Status.Open() || t.rec.Status.Final() {
		return nil, nil, fmt.Errorf("%w: the replica of task %s is %s, the task %s", ErrGone, taskid.Hex(), r.Status, t.rec.Status)
	}
	return t, r, nil
}

// Status records a worker's progress report; "failed" gives the replica up.
func (s *Scheduler) Status(ctx context.Context, worker common.Address, taskid common.Hash, rep api.StatusReport) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, r, err := s.openReplicaLocked(worker, taskid)
	if err != nil {
		return err
	}
	switch rep.State {
	case "downloading", "running", "uploading":
		s.log.Debug("task progress", "task", taskid, "worker", worker, "state", rep.State)
		return nil
	case "failed":
	default:
		return fmt.Errorf("%w: unknown state %q", ErrBadRequest, rep.State)
	}
	if r.Status != ReplicaAssigned {
		return fmt.Errorf("%w: the replica is %s: it can no longer be given up", ErrConflict, r.Status)
	}
	s.log.Warn("worker gave up a task", "task", taskid, "worker", worker, "reason", rep.Message)
	r.Status = ReplicaLost
	if t.gaveUp == nil {
		t.gaveUp = map[common.Address]bool{}
	}
	t.gaveUp[worker] = true // others get it first; after a restart it may come back
	s.replicaEndedLocked(r)
	s.notifyLocked()
	return s.applyLocked(ctx, &Batch{Replicas: []ReplicaRecord{*r}})
}

// Contribute records a worker's signed contribution, checked, and queues it for the chain.
func (s *Scheduler) Contribute(ctx context.Context, worker common.Address, taskid common.Hash, c api.Contribution) error {
	signer, err := chain.Recover(s.domain.Digest(chain.ContributionHash(taskid, c.ResultHash, c.ResultSeal, common.Address{})), c.Sign)
	if err != nil || signer != worker {
		return fmt.Errorf("%w: the contribution is not signed by %s", ErrBadRequest, worker.Hex())
	}
	if c.ResultHash == (common.Hash{}) {
		return fmt.Errorf("%w: zero result hash", ErrBadRequest)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, r, err := s.openReplicaLocked(worker, taskid)
	if err != nil {
		return err
	}
	if r.Status != ReplicaAssigned {
		if r.ResultHash == c.ResultHash && r.ResultSeal == c.ResultSeal {
			return nil // a retry
		}
		return fmt.Errorf("%w: task %s already has a different contribution from %s", ErrConflict, taskid.Hex(), worker.Hex())
	}
	if t.deal.oneStep {
		if c.Digest == nil {
			return fmt.Errorf("%w: a trust-1 task needs the digest and results with the contribution", ErrBadRequest)
		}
		if err := checkResult(taskid, worker, *c.Digest, c.ResultHash, c.ResultSeal, c.Results, c.CallbackData, t.deal.rec.Deal.Callback); err != nil {
			return err
		}
		r.Digest, r.Results, r.CallbackData = *c.Digest, c.Results, c.CallbackData
	}
	r.Status = ReplicaCommitted
	r.ResultHash, r.ResultSeal, r.Sign = c.ResultHash, c.ResultSeal, bytes.Clone(c.Sign)
	if err := s.applyLocked(ctx, &Batch{Replicas: []ReplicaRecord{*r}}); err != nil {
		return err
	}
	s.kickSubmitter()
	return nil
}

// checkResult checks what a worker reveals against its commitment.
func checkResult(taskid common.Hash, worker common.Address, digest, resultHash, resultSeal common.Hash, results string, callbackData []byte, callback common.Address) error {
	if poco.ResultHash(taskid, digest) != resultHash || poco.ResultSeal(worker, taskid, digest) != resultSeal {
		return fmt.Errorf("%w: the digest does not match the committed result hash and seal", ErrBadRequest)
	}
	if _, err := store.ParsePointer(results); err != nil {
		return fmt.Errorf("%w: results: %v", ErrBadRequest, err)
	}
	if callback != (common.Address{}) && crypto.Keccak256Hash(callbackData) != digest {
		return fmt.Errorf("%w: the deal has a callback: the digest must be keccak256 of the callback data", ErrBadRequest)
	}
	return nil
}

// Reveal records a winner's signed reveal and queues the task's finalization.
func (s *Scheduler) Reveal(ctx context.Context, worker common.Address, taskid common.Hash, rv api.Reveal) error {
	signer, err := chain.Recover(s.domain.Digest(chain.RevealHash(taskid, rv.Digest)), rv.Sign)
	if err != nil || signer != worker {
		return fmt.Errorf("%w: the reveal is not signed by %s", ErrBadRequest, worker.Hex())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t, r, err := s.openReplicaLocked(worker, taskid)
	if err != nil {
		return err
	}
	if r.Status == ReplicaRevealed && len(r.RevealSign) > 0 {
		return nil // a retry
	}
	if t.rec.Status != TaskRevealing || r.Status != ReplicaContributed || !isWinner(t.state, worker) {
		return fmt.Errorf("%w: task %s is %s and %s's replica %s: nothing to reveal", ErrConflict, taskid.Hex(), t.rec.Status, worker.Hex(), r.Status)
	}
	if err := checkResult(taskid, worker, rv.Digest, r.ResultHash, r.ResultSeal, rv.Results, rv.CallbackData, t.deal.rec.Deal.Callback); err != nil {
		return err
	}
	r.Status = ReplicaRevealed
	r.Digest, r.RevealSign, r.Results, r.CallbackData = rv.Digest, bytes.Clone(rv.Sign), rv.Results, rv.CallbackData
	if err := s.applyLocked(ctx, &Batch{Replicas: []ReplicaRecord{*r}}); err != nil {
		return err
	}
	s.kickSubmitter()
	return nil
}

// TaskInfo is the scheduler's view of a task.
func (s *Scheduler) TaskInfo(taskid common.Hash) (*api.TaskInfo, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tasks[taskid]
	if t == nil {
		return nil, fmt.Errorf("%w: task %s", ErrNotFound, taskid.Hex())
	}
	info := &api.TaskInfo{TaskID: taskid, DealID: t.deal.rec.ID, Index: t.rec.Index, Status: t.rec.Status.String(), Results: t.rec.Results}
	if t.rec.Status == TaskPending && len(t.replicas) > 0 {
		info.Status = "running"
	}
	for _, r := range t.replicas {
		info.Replicas = append(info.Replicas, api.ReplicaInfo{Worker: r.Worker, Status: r.Status.String()})
	}
	return info, nil
}

// reapLoop gives the pending replicas of silent workers to others.
func (s *Scheduler) reapLoop(ctx context.Context) error {
	tick := time.NewTicker(max(s.cfg.Lease/4, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		if err := s.reap(ctx); err != nil {
			return err
		}
	}
}

func (s *Scheduler) reap(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.forgetLocked()
	now := s.now()
	var b Batch
	for _, w := range s.workers {
		if w.lost || now.Sub(w.lastSeen) < s.cfg.Lease {
			continue
		}
		w.lost = true
		lost := 0
		for id := range w.tasks {
			t := s.tasks[id]
			if t == nil {
				continue
			}
			if r := t.replica(w.addr); r != nil && r.Status == ReplicaAssigned {
				r.Status = ReplicaLost
				b.Replicas = append(b.Replicas, *r)
				s.replicaEndedLocked(r)
				lost++
			}
		}
		for tok, a := range s.sessions {
			if a == w.addr {
				delete(s.sessions, tok)
			}
		}
		s.log.Warn("worker lost: no heartbeat", "worker", w.addr, "silent_for", now.Sub(w.lastSeen).Round(time.Millisecond), "replicas_reassigned", lost)
	}
	if b.Empty() {
		return nil
	}
	s.notifyLocked()
	return s.applyLocked(ctx, &b)
}

// HoldsReplica reports whether worker holds a replica of a task still running: the result
// store lets such a worker upload (PROTOCOL.md §10).
func (s *Scheduler) HoldsReplica(worker common.Address) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := s.workers[worker]
	return w != nil && len(w.tasks) > 0
}
