package scheduler

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// Config configures a Scheduler.
type Config struct {
	// Workerpool is the pool this scheduler manages; Key must be its scheduler (the pool
	// owner unless the owner set another).
	Workerpool common.Address
	// Key signs transactions, authorizations and, with Orders set, workerpool orders.
	Key *ecdsa.PrivateKey
	// Chain is the client of the chain holding the hub.
	Chain *chain.Client
	// Store persists the scheduler's state.
	Store Store
	// StoreURL is the result store workers upload to, told to them at login.
	StoreURL string
	// StartBlock is the first block searched for deals on a fresh store (the hub's deployment
	// block is enough).
	StartBlock uint64
	// Lease: a worker not heard of for this long is lost and its replicas go to others.
	Lease time.Duration
	// Heartbeat is how often workers are asked to heartbeat (a third of Lease or less).
	Heartbeat time.Duration
	// BatchInterval is the longest a signed contribution or reveal waits before it is sent
	// to the chain with others, and, while earlier transactions are still in flight, the
	// least time between two such sends (a quiet scheduler sends a lone contribution after
	// a quarter of it).
	BatchInterval time.Duration
	// MaxBatch bounds the tasks in one transaction (gas: ≈ 45 k per task at trust 1).
	MaxBatch int
	// Poll is how often the chain is read for new deals once caught up.
	Poll time.Duration
	// Orders, when set, are the workerpool orders the scheduler keeps published.
	Orders *OrderPolicy
	// Logger receives the scheduler's logs.
	Logger *slog.Logger
	// Clock gives the time; nil means time.Now (tests move it).
	Clock func() time.Time
}

// DefaultConfig returns the configuration of `ergon up`'s scheduler, to complete with the pool,
// key, chain and store.
func DefaultConfig() Config {
	return Config{
		Lease:         15 * time.Second,
		Heartbeat:     3 * time.Second,
		BatchInterval: 100 * time.Millisecond,
		MaxBatch:      100,
		Poll:          20 * time.Millisecond,
	}
}

func (c *Config) check() error {
	switch {
	case c.Key == nil:
		return fmt.Errorf("%w: no key", ErrConfig)
	case c.Chain == nil:
		return fmt.Errorf("%w: no chain client", ErrConfig)
	case c.Store == nil:
		return fmt.Errorf("%w: no store", ErrConfig)
	case c.Workerpool == (common.Address{}):
		return fmt.Errorf("%w: no workerpool", ErrConfig)
	case c.Lease <= 0 || c.Heartbeat <= 0 || c.Heartbeat > c.Lease:
		return fmt.Errorf("%w: heartbeat %s and lease %s: want 0 < heartbeat ≤ lease", ErrConfig, c.Heartbeat, c.Lease)
	case c.BatchInterval <= 0 || c.MaxBatch <= 0 || c.Poll <= 0:
		return fmt.Errorf("%w: batch interval, max batch and poll must be positive", ErrConfig)
	}
	return nil
}

// Scheduler manages one workerpool. Create it with New, run it with Run; it serves its worker
// API through ServeHTTP.
type Scheduler struct {
	cfg    Config
	log    *slog.Logger
	client *chain.Client
	sender *chain.Sender
	domain chain.Domain
	addr   common.Address
	store  Store
	now    func() time.Time
	// lost receives the store's ErrLockLost: Run stops on it.
	lost chan error

	mu            sync.Mutex
	deals         map[common.Hash]*deal
	tasks         map[common.Hash]*task
	open          []*task // tasks not ended, in deal then index order
	workers       map[common.Address]*workerState
	sessions      map[string]common.Address
	pending       map[string]pendingChallenge
	ready         chan struct{} // closed once load has restored the state
	readyOnce     sync.Once
	changed       chan struct{} // closed and replaced when there may be new work
	kick          chan struct{} // wakes the submitter
	inflight      atomic.Int64  // transactions sent and not yet landed or failed
	chainNow      uint64        // latest block time seen
	orders        []*publishedOrder
	orderSeq      uint64      // position of the live order in the salt sequence
	inMarket      common.Hash // the live order the market has open (OrderPolicy.Market)
	marketChecked time.Time   // when inMarket was last found open
	cursor        uint64      // the deal watcher's, as in the store
	hasCursor     bool
}

type deal struct {
	rec       DealRecord
	trust     *big.Int
	oneStep   bool
	openTasks int
	contribDL uint64
	finalDL   uint64
	// doneAt is when the last task ended; the deal is forgotten from memory a while later.
	doneAt time.Time
}

type task struct {
	rec  TaskRecord
	deal *deal
	// state mirrors the task on-chain; nil until needed after a restart.
	state *chain.Task
	// replicas in assignment order.
	replicas []*ReplicaRecord
	// inflight: a transaction touching the task is on its way; nothing else is sent for it.
	inflight bool
	failures int
	// gaveUp: workers that reported they cannot run the task; it is not offered to them again.
	gaveUp map[common.Address]bool
}

func (t *task) replica(w common.Address) *ReplicaRecord {
	for _, r := range t.replicas {
		if r.Worker == w {
			return r
		}
	}
	return nil
}

type workerState struct {
	addr     common.Address
	slots    int
	lastSeen time.Time
	weight   *big.Int
	weighed  time.Time
	lost     bool
	// resend: open assignments to hand again (after the worker logged in anew).
	resend map[common.Hash]bool
	// done: ended replicas to tell the worker about.
	done map[common.Hash]bool
	// revealAsked: when a reveal was last asked for, per task.
	revealAsked map[common.Hash]time.Time
	// tasks with an open replica of this worker.
	tasks map[common.Hash]bool
}

// New creates a scheduler and loads its state from the store; Run reconciles it with the chain.
func New(cfg Config) (*Scheduler, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	now := cfg.Clock
	if now == nil {
		now = time.Now
	}
	s := &Scheduler{
		lost:     make(chan error, 1),
		cfg:      cfg,
		client:   cfg.Chain,
		sender:   cfg.Chain.Sender(cfg.Key),
		domain:   cfg.Chain.Domain(),
		addr:     crypto.PubkeyToAddress(cfg.Key.PublicKey),
		store:    cfg.Store,
		now:      now,
		deals:    map[common.Hash]*deal{},
		tasks:    map[common.Hash]*task{},
		workers:  map[common.Address]*workerState{},
		sessions: map[string]common.Address{},
		pending:  map[string]pendingChallenge{},
		changed:  make(chan struct{}),
		ready:    make(chan struct{}),
		kick:     make(chan struct{}, 1),
	}
	s.log = log.With("component", "scheduler", "workerpool", cfg.Workerpool.Hex())
	return s, nil
}

// Address is the scheduler's account.
func (s *Scheduler) Address() common.Address { return s.addr }

// Run follows the chain and relays work until ctx ends.
func (s *Scheduler) Run(ctx context.Context) error {
	if err := s.checkPool(ctx); err != nil {
		return err
	}
	if err := s.load(ctx); err != nil {
		return err
	}
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	run := func(name string, f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx); err != nil && ctx.Err() == nil {
				errc <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	run("deal watcher", s.watchDeals)
	run("submitter", s.submitLoop)
	run("reaper", s.reapLoop)
	if s.cfg.Orders != nil {
		run("order publisher", s.publishLoop)
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
		s.log.Error("scheduler stopped", "err", err)
	case err = <-s.lost:
		s.log.Error("scheduler stopped: its state may be another scheduler's now", "err", err)
	}
	cancel()
	wg.Wait()
	return err
}

// checkPool refuses to run for a pool whose scheduler is another account.
func (s *Scheduler) checkPool(ctx context.Context) error {
	out, err := s.client.Call(ctx, s.client.Deployment.WorkerpoolRegistry, chain.Pools.PackPolicyOf(s.cfg.Workerpool))
	if err != nil {
		return fmt.Errorf("read workerpool %s: %w", s.cfg.Workerpool.Hex(), err)
	}
	wp, err := chain.Pools.UnpackPolicyOf(out)
	if err != nil {
		return fmt.Errorf("read workerpool %s: %w", s.cfg.Workerpool.Hex(), err)
	}
	if wp.Owner == (common.Address{}) {
		return fmt.Errorf("%w: workerpool %s is not registered", ErrConfig, s.cfg.Workerpool.Hex())
	}
	if wp.Scheduler != s.addr {
		return fmt.Errorf("%w: workerpool %s has scheduler %s, not this key's %s", ErrConfig, s.cfg.Workerpool.Hex(), wp.Scheduler.Hex(), s.addr.Hex())
	}
	return nil
}

// load restores the state from the store and the chain. Transactions sent before a crash are
// first waited for, so that the chain state read afterwards includes them.
func (s *Scheduler) load(ctx context.Context) error {
	if err := s.waitOwnTransactions(ctx); err != nil {
		return err
	}
	snap, err := s.store.Load(ctx)
	if err != nil {
		return fmt.Errorf("load state: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range snap.Deals {
		s.addDealLocked(snap.Deals[i])
	}
	for i := range snap.Tasks {
		rec := snap.Tasks[i]
		d := s.deals[rec.DealID]
		if d == nil {
			continue
		}
		s.addTaskLocked(d, rec)
	}
	for i := range snap.Replicas {
		r := snap.Replicas[i]
		t := s.tasks[r.TaskID]
		if t == nil {
			continue
		}
		t.replicas = append(t.replicas, &r)
		if r.Status.Open() {
			w := s.workerLocked(r.Worker)
			w.tasks[r.TaskID] = true
			// The worker has a lease from the restart to log in again before its
			// replicas go to others.
			w.lastSeen = s.now()
		}
	}
	// Tasks with a contribution sent (or maybe sent) are read back from the chain.
	for _, t := range slices.Clone(s.open) {
		needsChain := t.rec.Status != TaskPending
		for _, r := range t.replicas {
			if r.Status >= ReplicaCommitted && r.Status != ReplicaLost {
				needsChain = true
			}
		}
		if !needsChain {
			st := &chain.Task{ID: t.rec.ID, State: poco.EmptyState()}
			t.state = st
			continue
		}
		if err := s.refreshLocked(ctx, t); err != nil {
			return err
		}
	}
	s.cursor, s.hasCursor = snap.Cursor, snap.HasCursor
	s.readyOnce.Do(func() { close(s.ready) })
	s.log.Info("state loaded", "deals", len(s.deals), "open_tasks", len(s.open), "cursor", snap.Cursor)
	return nil
}

// waitOwnTransactions waits until every transaction this key sent is mined.
func (s *Scheduler) waitOwnTransactions(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		pending, err := s.client.Backend.PendingNonceAt(ctx, s.addr)
		if err != nil {
			return err
		}
		mined, err := s.client.Backend.NonceAt(ctx, s.addr, nil)
		if err != nil {
			return err
		}
		if pending == mined {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %d transactions sent before the restart: %w", pending-mined, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// refreshLocked reads a task back from the chain and reconciles its replicas with it.
func (s *Scheduler) refreshLocked(ctx context.Context, t *task) error {
	ct, err := s.client.Task(ctx, t.rec.ID, t.deal.rec.Block)
	if err != nil {
		return err
	}
	t.state = ct
	var b Batch
	s.reconcileLocked(t, &b)
	return s.applyLocked(ctx, &b)
}

// reconcileLocked brings the task's record and replicas in line with its on-chain state,
// adding the changes to b.
func (s *Scheduler) reconcileLocked(t *task, b *Batch) {
	ct := t.state
	onChain := map[common.Address]bindings.Contribution{}
	for _, c := range ct.State.Contributions {
		onChain[c.Worker] = c
	}
	status := t.rec.Status
	switch ct.Status {
	case poco.StatusUnset, poco.StatusActive:
		status = TaskPending
	case poco.StatusRevealing:
		status = TaskRevealing
	case poco.StatusCompleted:
		status = TaskCompleted
	case poco.StatusFailed:
		status = TaskFailed
	}
	if status != t.rec.Status || (status == TaskCompleted && t.rec.Results != ct.Results) {
		t.rec.Status = status
		if status == TaskCompleted {
			t.rec.Digest, t.rec.Results = ct.Digest, ct.Results
		}
		b.Tasks = append(b.Tasks, t.rec)
	}
	for _, r := range t.replicas {
		want := r.Status
		c, contributed := onChain[r.Worker]
		switch {
		case status.Final():
			if contributed || r.Status == ReplicaContributed || r.Status == ReplicaRevealed {
				want = ReplicaFinalized
				if status == TaskCompleted && !wonTask(ct, r.Worker, t.deal.oneStep) {
					want = ReplicaRejected
				}
			} else if r.Status.Open() {
				want = ReplicaLate
			}
		case contributed && c.Status == poco.Rejected:
			want = ReplicaRejected
		case contributed && c.Status == poco.Revealed:
			want = ReplicaRevealed
		case contributed && r.Status < ReplicaContributed:
			want = ReplicaContributed
		case !contributed && (r.Status == ReplicaContributed || r.Status == ReplicaRevealed):
			// The store says the chain has it but the chain does not: a reorganisation or a
			// lost transaction. Relay it again if the signature is there.
			want = ReplicaCommitted
		case !contributed && r.Status == ReplicaCommitted && status == TaskRevealing:
			want = ReplicaLate
		}
		if want != r.Status {
			r.Status = want
			b.Replicas = append(b.Replicas, *r)
			if !want.Open() {
				s.replicaEndedLocked(r)
			}
		}
	}
	if status.Final() {
		s.taskEndedLocked(t, b)
	}
}

// wonTask reports whether w's contribution was among the winners paid at finalization: a
// revealed one, or the single contribution of a one-step task (contributeAndFinalize emits no
// reveal event).
func wonTask(ct *chain.Task, w common.Address, oneStep bool) bool {
	for _, c := range ct.State.Contributions {
		if c.Worker == w {
			return c.Status == poco.Revealed || oneStep && c.ResultHash == poco.ResultHash(ct.ID, ct.Digest)
		}
	}
	return false
}

// applyLocked persists b.
func (s *Scheduler) applyLocked(ctx context.Context, b *Batch) error {
	if b.Empty() {
		return nil
	}
	return s.apply(ctx, b)
}

// apply writes b to the store; a lost store lock also stops Run: the state may be another
// scheduler's, and this one must not act on it any more.
func (s *Scheduler) apply(ctx context.Context, b *Batch) error {
	err := s.store.Apply(ctx, b)
	if errors.Is(err, ErrLockLost) {
		select {
		case s.lost <- err:
		default:
		}
	}
	return err
}

func (s *Scheduler) workerLocked(a common.Address) *workerState {
	w := s.workers[a]
	if w == nil {
		w = &workerState{addr: a, resend: map[common.Hash]bool{}, done: map[common.Hash]bool{}, revealAsked: map[common.Hash]time.Time{}, tasks: map[common.Hash]bool{}}
		s.workers[a] = w
	}
	return w
}

func (s *Scheduler) addDealLocked(rec DealRecord) *deal {
	if d := s.deals[rec.ID]; d != nil {
		return d
	}
	d := &deal{rec: rec, trust: rec.Deal.Trust}
	if d.trust == nil {
		d.trust = big.NewInt(1)
	}
	d.oneStep = d.trust.Cmp(big.NewInt(1)) <= 0
	d.contribDL = poco.ContributionDeadline(rec.Deal)
	d.finalDL = poco.FinalDeadline(rec.Deal)
	s.deals[rec.ID] = d
	return d
}

func (s *Scheduler) addTaskLocked(d *deal, rec TaskRecord) *task {
	if t := s.tasks[rec.ID]; t != nil {
		return t
	}
	t := &task{rec: rec, deal: d}
	s.tasks[rec.ID] = t
	if !rec.Status.Final() {
		s.open = append(s.open, t)
		d.openTasks++
	}
	return t
}

// taskEndedLocked drops an ended task from the open list and closes its deal when it was the
// last; the deal's Done flag goes into b.
func (s *Scheduler) taskEndedLocked(t *task, b *Batch) {
	i := slices.Index(s.open, t)
	if i < 0 {
		return
	}
	s.open = slices.Delete(s.open, i, i+1)
	for _, r := range t.replicas {
		if w := s.workers[r.Worker]; w != nil && w.tasks[t.rec.ID] {
			delete(w.tasks, t.rec.ID)
			delete(w.revealAsked, t.rec.ID)
			w.done[t.rec.ID] = true
		}
	}
	t.deal.openTasks--
	if t.deal.openTasks == 0 {
		t.deal.rec.Done = true
		t.deal.doneAt = s.now()
		b.Deals = append(b.Deals, t.deal.rec)
	}
	s.notifyLocked()
}

// keepDone is how long an ended deal's tasks stay in memory (for TaskInfo) before they are
// forgotten; the store keeps them, the chain is the record.
const keepDone = 10 * time.Minute

// forgetLocked drops from memory the deals that ended more than keepDone ago.
func (s *Scheduler) forgetLocked() {
	now := s.now()
	for id, d := range s.deals {
		if d.doneAt.IsZero() || now.Sub(d.doneAt) < keepDone {
			continue
		}
		first, size := d.rec.Deal.BotFirst.Uint64(), d.rec.Deal.BotSize.Uint64()
		for idx := first; idx < first+size; idx++ {
			delete(s.tasks, poco.TaskID(id, new(big.Int).SetUint64(idx)))
		}
		delete(s.deals, id)
	}
}

// replicaEndedLocked tells the replica's worker it may forget the task.
func (s *Scheduler) replicaEndedLocked(r *ReplicaRecord) {
	if w := s.workers[r.Worker]; w != nil && w.tasks[r.TaskID] {
		delete(w.tasks, r.TaskID)
		delete(w.revealAsked, r.TaskID)
		w.done[r.TaskID] = true
	}
}

// notifyLocked wakes the long-polling workers: there may be work or reveals for them.
func (s *Scheduler) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Scheduler) kickSubmitter() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// ---- deals ----

// watchDeals turns the pool's DealCreated events into tasks.
func (s *Scheduler) watchDeals(ctx context.Context) error {
	ev := chain.Hub.GetABI().Events["DealCreated"].ID
	w := chain.NewWatcher(s.client.Backend, chain.WatcherConfig{
		Query: ethereum.FilterQuery{
			Addresses: []common.Address{s.client.Deployment.Hub},
			Topics:    [][]common.Hash{{ev}, nil, {common.BytesToHash(s.cfg.Workerpool.Bytes())}},
		},
		Cursor: storeCursor{s},
		Start:  s.cfg.StartBlock,
		Poll:   s.cfg.Poll,
		Logger: s.log,
	})
	// A failed read or write is retried: the scheduler must not stop because its node or its
	// database hiccuped. The cursor makes the retry pick up where it failed.
	wait := s.cfg.Poll
	for {
		err := w.Run(ctx, s.handleDeals)
		if ctx.Err() != nil {
			return nil
		}
		s.log.Warn("following deals failed; retrying", "err", err, "in", wait)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		wait = min(wait*2, 5*time.Second)
	}
}

func (s *Scheduler) handleDeals(ctx context.Context, logs []types.Log, upTo uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b Batch
	var added int
	for i := range logs {
		e, err := chain.Hub.UnpackDealCreatedEvent(&logs[i])
		if err != nil {
			s.log.Warn("undecodable DealCreated event", "tx", logs[i].TxHash, "err", err)
			continue
		}
		if s.deals[e.Dealid] != nil {
			continue
		}
		if e.Deal.Scheduler != s.addr {
			s.log.Warn("deal of the pool with another scheduler: not ours to run", "deal", common.Hash(e.Dealid), "scheduler", e.Deal.Scheduler)
			continue
		}
		rec := DealRecord{ID: e.Dealid, Deal: e.Deal, Params: e.Params, Block: logs[i].BlockNumber}
		d := s.addDealLocked(rec)
		b.Deals = append(b.Deals, rec)
		first, size := e.Deal.BotFirst.Uint64(), e.Deal.BotSize.Uint64()
		for idx := first; idx < first+size; idx++ {
			tr := TaskRecord{ID: poco.TaskID(e.Dealid, new(big.Int).SetUint64(idx)), DealID: e.Dealid, Index: idx}
			t := s.addTaskLocked(d, tr)
			t.state = &chain.Task{ID: tr.ID, State: poco.EmptyState()}
			b.Tasks = append(b.Tasks, tr)
		}
		added++
		s.log.Info("new deal", "deal", common.Hash(e.Dealid), "tasks", size, "trust", e.Deal.Trust, "requester", e.Deal.Requester)
	}
	b.Cursor = &upTo
	if err := s.apply(ctx, &b); err != nil {
		return err
	}
	s.cursor, s.hasCursor = upTo, true
	if added > 0 {
		s.notifyLocked()
	}
	return nil
}

// storeCursor is the watcher's cursor in the store. Save is a no-op: handleDeals writes the
// cursor in the same transaction as the deals.
type storeCursor struct{ s *Scheduler }

func (c storeCursor) Load() (uint64, bool, error) {
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	return c.s.cursor, c.s.hasCursor, nil
}

func (c storeCursor) Save(uint64) error { return nil }
