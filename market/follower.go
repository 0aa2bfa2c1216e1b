package market

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// The follower keeps the book true to the chain. From the hub's and the registries' logs:
//
//   - DealCreated: the consumed volume of the deal's four orders is read again; an order
//     with nothing left becomes StatusFilled. The requester's (sponsor's) and the pool
//     owner's balances are read again (the deal locked funds).
//   - OrderCancelled: the order becomes StatusCancelled.
//   - Deposit, Withdraw: the account's free balance is read again.
//   - TaskFinalize, TaskClaimed: the task's workerpool gains or loses reputation, and the
//     balances of the deal's parties are read again (rewards, refunds, unlocked stakes).
//   - CategoryCreated: the categories are read again.
//   - Transfer of an app, dataset or workerpool token: the previous owner's open orders of
//     that asset can no longer match (the hub checks signatures against the current owner)
//     and become StatusCancelled.
//
// Only balances the market keeps (owners of published orders) are read. What the hub does
// not log — workers' stakes locked and rewarded — is caught by a sweep every Config.Sweep
// that reads every such owner's balance again.
//
// Each batch of blocks is applied with Store.Apply together with the cursor, so a restart
// resumes after the last batch applied; applying a batch twice is harmless (every change
// is a fresh read of the chain).
//
// Workerpool reputation is the number of tasks of the pool's deals that were finalized
// (TaskFinalize) minus ten times the number that failed and were claimed after their final
// deadline (TaskClaimed), counted from Config.ReputationFrom. A failed task costs its
// requester a wait of ten times the category's reference time and the pool its stake: it
// weighs as much as ten successes. At start the follower replays these events up to its
// cursor, since only task ids are logged and their deals must be known.

// reputationPenalty is what a claimed (failed) task costs its workerpool.
const reputationPenalty = 10

// maxTrackedTasks bounds the tasks of one deal whose outcome counts in reputation: a task id
// is keccak256(dealid, index), so each must be computed and remembered until it ends.
const maxTrackedTasks = 100_000

// finalDeadlineRefs is a deal's final deadline in reference times of its category: a task
// not finalized by then can be claimed (the hub's FINAL_DEADLINE_RATIO).
const finalDeadlineRefs = 10

// trackDeal is what the follower remembers of a deal while some of its tasks are open.
type trackDeal struct {
	pool common.Address
	// parties are the accounts whose balances its tasks' endings change.
	parties []common.Address
	id      common.Hash
	first   *big.Int // the index of its first tracked task
	tracked int64    // how many tasks are tracked from first
	open    int64    // how many of them have not ended
	// expires is the chain time (seconds) after which the deal is forgotten: its final
	// deadline plus Config.ClaimWindow.
	expires uint64
}

// repState is the follower's reputation state: what Run's goroutine alone reads and writes.
// A batch changes it as it reads the batch's logs; the changes are kept in undo until the
// batch is stored (commit), and reverted if it is not (rollback), so that the batch read
// again counts each event once.
type repState struct {
	rep    map[common.Address]int64   // workerpool → reputation
	tasks  map[common.Hash]*trackDeal // task id → its deal, while the task is open
	deals  []*trackDeal               // the deals of tasks, oldest first
	ntasks int                        // len(tasks)
	clock  uint64                     // the latest chain time seen in the events (seconds)
	undo   []func()
	full   bool // the last deal was not tracked for Config.MaxTrackedTasks (warned once)
}

func newRepState() repState {
	return repState{rep: map[common.Address]int64{}, tasks: map[common.Hash]*trackDeal{}}
}

// rollback reverts the changes since the last commit.
func (s *repState) rollback() {
	for i := len(s.undo) - 1; i >= 0; i-- {
		s.undo[i]()
	}
	s.undo = nil
}

// commit keeps the changes since the last commit and forgets the deals that ended or expired.
func (s *repState) commit() {
	s.undo = nil
	kept := s.deals[:0]
	for _, d := range s.deals {
		switch {
		case d.open == 0:
		case d.expires < s.clock:
			idx := new(big.Int).Set(d.first)
			for range d.tracked {
				id := poco.TaskID(d.id, idx)
				if s.tasks[id] == d {
					delete(s.tasks, id)
					s.ntasks--
				}
				idx.Add(idx, big.NewInt(1))
			}
		default:
			kept = append(kept, d)
		}
	}
	clear(s.deals[len(kept):])
	s.deals = kept
}

func (s *repState) addRep(pool common.Address, delta int64) {
	s.rep[pool] += delta
	s.undo = append(s.undo, func() { s.rep[pool] -= delta })
}

func (s *repState) endTask(id common.Hash, d *trackDeal) {
	delete(s.tasks, id)
	s.ntasks--
	d.open--
	s.undo = append(s.undo, func() {
		s.tasks[id] = d
		s.ntasks++
		d.open++
	})
}

func (s *repState) tick(t uint64) {
	if old := s.clock; t > old {
		s.clock = t
		s.undo = append(s.undo, func() { s.clock = old })
	}
}

// Run follows the chain until ctx ends. Chain errors are logged and retried.
func (m *Market) Run(ctx context.Context) error {
	start := m.chain.d.Block
	for {
		err := m.startUp(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		m.log.Warn("market start-up: retrying", "err", err)
		if !sleep(ctx, time.Second) {
			return nil
		}
	}
	w := chain.NewWatcher(m.chain.c.Backend, chain.WatcherConfig{
		Query: ethereum.FilterQuery{
			Addresses: []common.Address{m.chain.d.Hub, m.chain.d.AppRegistry, m.chain.d.DatasetRegistry, m.chain.d.WorkerpoolRegistry},
			Topics: [][]common.Hash{{evDealCreated, evOrderCancelled, evDeposit, evWithdraw, evCategoryCreated,
				evTaskFinalize, evTaskClaimed, evTransfer}},
		},
		Cursor:        followerCursor{m},
		Start:         start,
		Confirmations: m.cfg.Confirmations,
		Poll:          m.cfg.Poll,
		Logger:        m.log,
	})
	lastSweep := time.Now()
	backoff := m.cfg.Poll
	for {
		caughtUp, err := w.Step(ctx, m.handle)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			m.log.Warn("following the chain", "err", err)
			if !sleep(ctx, backoff) {
				return nil
			}
			backoff = min(2*backoff, 5*time.Second)
			continue
		}
		backoff = m.cfg.Poll
		if time.Since(lastSweep) >= m.cfg.Sweep {
			if err := m.sweep(ctx); err != nil && ctx.Err() == nil {
				m.log.Warn("balance sweep", "err", err)
			}
			lastSweep = time.Now()
		}
		m.mu.Lock()
		m.synced = caughtUp
		m.mu.Unlock()
		if caughtUp {
			if !sleep(ctx, m.cfg.Poll) {
				return nil
			}
		}
	}
}

// followerCursor is the watcher's cursor: the store's, written by Apply with each batch
// (Save has nothing left to do). Block 0 is never a cursor: the hub is deployed after it.
type followerCursor struct{ m *Market }

func (c followerCursor) Load() (uint64, bool, error) {
	c.m.mu.Lock()
	defer c.m.mu.Unlock()
	return c.m.cursor, c.m.cursor != 0, nil
}

func (followerCursor) Save(uint64) error { return nil }

// startUp replays the reputation events up to the cursor and reads every owner's balance.
func (m *Market) startUp(ctx context.Context) error {
	block, ok, err := m.store.Cursor(ctx)
	if err != nil {
		return err
	}
	m.rs = newRepState()
	if ok {
		from := max(m.cfg.ReputationFrom, m.chain.d.Block)
		for lo := from; lo <= block; lo += 2000 {
			hi := min(block, lo+1999)
			rctx, cancel := m.chain.bound(ctx)
			logs, err := chain.FilterLogs(rctx, m.chain.c.Backend, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
				Addresses: []common.Address{m.chain.d.Hub},
				Topics:    [][]common.Hash{{evDealCreated, evTaskFinalize, evTaskClaimed}},
			})
			cancel()
			if err != nil {
				return fmt.Errorf("replay reputation, blocks %d-%d: %w", lo, hi, err)
			}
			for i := range logs {
				if _, _, err := m.reputationEvent(&logs[i]); err != nil {
					return err
				}
			}
			m.rs.commit()
		}
		m.mu.Lock()
		m.cursor = block
		m.mu.Unlock()
	}
	// What the replay found replaces what is stored: a pool whose deals are all before
	// ReputationFrom (moved forward since the last start) is back to 0.
	u := &Update{Reputation: map[common.Address]int64{}, ResetReputation: true}
	for pool, r := range m.rs.rep {
		u.Reputation[pool] = r
	}
	if err := m.readBalances(ctx, u); err != nil {
		return err
	}
	m.applyMu.Lock()
	defer m.applyMu.Unlock()
	if err := m.store.Apply(ctx, u); err != nil {
		return err
	}
	m.noteStored(u.Balances)
	return nil
}

// sweep reads the balance of every owner whose orders cost something, and counts the open
// orders again (Config.MaxOpen).
func (m *Market) sweep(ctx context.Context) error {
	if err := m.countOpen(ctx); err != nil {
		return err
	}
	u := &Update{}
	if err := m.readBalances(ctx, u); err != nil {
		return err
	}
	m.applyMu.Lock()
	defer m.applyMu.Unlock()
	if err := m.store.Apply(ctx, u); err != nil {
		return err
	}
	m.noteStored(u.Balances)
	return nil
}

func (m *Market) readBalances(ctx context.Context, u *Update) error {
	owners, err := m.store.Owners(ctx)
	if err != nil {
		return err
	}
	u.Balances = make(map[common.Address]*big.Int, len(owners))
	for _, o := range owners {
		b, err := m.refreshBalance(ctx, o)
		if err != nil {
			return err
		}
		u.Balances[o] = b
	}
	return nil
}

// reputationEvent applies a DealCreated, TaskFinalize or TaskClaimed log to the reputation
// state (m.rs, to be committed or rolled back); it returns the pool whose reputation changed
// (zero if none) and the accounts whose balance the event changed.
func (m *Market) reputationEvent(l *types.Log) (pool common.Address, parties []common.Address, err error) {
	m.rs.tick(l.BlockTimestamp)
	switch l.Topics[0] {
	case evDealCreated:
		e, err := chain.Hub.UnpackDealCreatedEvent(l)
		if err != nil {
			return pool, nil, fmt.Errorf("DealCreated in %s: %w", l.TxHash, err)
		}
		m.trackDeal(e)
		return pool, []common.Address{e.Deal.Sponsor, e.Deal.WorkerpoolOwner}, nil
	case evTaskFinalize, evTaskClaimed:
		if len(l.Topics) < 2 {
			return pool, nil, nil
		}
		d, ok := m.rs.tasks[l.Topics[1]]
		if !ok {
			return pool, nil, nil
		}
		m.rs.endTask(l.Topics[1], d)
		if l.Topics[0] == evTaskFinalize {
			m.rs.addRep(d.pool, 1)
		} else {
			m.rs.addRep(d.pool, -reputationPenalty)
		}
		return d.pool, d.parties, nil
	}
	return pool, nil, nil
}

// trackDeal remembers the tasks of a new deal, so that their outcomes count. A deal that pays
// its workerpool nothing does not count: its pool stakes nothing, and such deals, free to
// make, could earn a pool reputation or fill the follower's memory. Nor do the deals beyond
// Config.MaxTrackedTasks.
func (m *Market) trackDeal(e *bindings.ErgonHubDealCreated) {
	s := &m.rs
	if e.Deal.StartTime != nil && e.Deal.StartTime.IsUint64() {
		s.tick(e.Deal.StartTime.Uint64())
	}
	if e.Deal.WorkerpoolPrice == nil || e.Deal.WorkerpoolPrice.Sign() == 0 {
		return
	}
	first, size := e.Deal.BotFirst, e.Deal.BotSize
	n := int64(maxTrackedTasks)
	if size.IsInt64() && size.Int64() < n {
		n = size.Int64()
	}
	if n <= 0 {
		return
	}
	if s.ntasks+int(n) > m.cfg.MaxTrackedTasks {
		if !s.full {
			m.log.Warn("reputation: too many open tasks to follow; new deals do not count until some end (raise MaxTrackedTasks)",
				"tracked", s.ntasks, "max", m.cfg.MaxTrackedTasks, "deal", common.Hash(e.Dealid))
		}
		s.full = true
		return
	}
	s.full = false
	d := &trackDeal{pool: e.Workerpool, parties: []common.Address{e.Deal.Sponsor, e.Deal.WorkerpoolOwner, e.Deal.AppOwner},
		id: e.Dealid, first: new(big.Int).Set(first), expires: math.MaxUint64}
	if e.Deal.DatasetOwner != (common.Address{}) {
		d.parties = append(d.parties, e.Deal.DatasetOwner)
	}
	deadline := new(big.Int).Mul(e.Deal.TimeRef, big.NewInt(finalDeadlineRefs))
	deadline.Add(deadline, e.Deal.StartTime)
	deadline.Add(deadline, new(big.Int).SetUint64(uint64(m.cfg.ClaimWindow/time.Second)))
	if deadline.IsUint64() {
		d.expires = deadline.Uint64()
	}
	idx := new(big.Int).Set(first)
	var added []common.Hash
	for range n {
		id := poco.TaskID(e.Dealid, idx)
		if _, dup := s.tasks[id]; !dup {
			s.tasks[id] = d
			added = append(added, id)
		}
		idx.Add(idx, big.NewInt(1))
	}
	d.tracked, d.open = n, int64(len(added))
	s.ntasks += len(added)
	s.deals = append(s.deals, d)
	s.undo = append(s.undo, func() {
		for _, id := range added {
			delete(s.tasks, id)
		}
		s.ntasks -= len(added)
		s.deals = s.deals[:len(s.deals)-1]
	})
}

// handle applies one batch of logs, up to block upTo, with the cursor. It reads what the
// batch changed from the chain first, then, holding applyMu, reads again only what a
// publication stored meanwhile, and applies it all. Reputation changes are committed to
// memory only once the store holds them: a batch that fails is read again from scratch.
func (m *Market) handle(ctx context.Context, logs []types.Log, upTo uint64) (err error) {
	defer func() {
		if err != nil {
			m.rs.rollback()
		}
	}()
	u := &Update{Remaining: map[common.Hash]uint64{}, Status: map[common.Hash]Status{}, Balances: map[common.Address]*big.Int{},
		Reputation: map[common.Address]int64{}, Block: upTo}
	touched := map[common.Hash]bool{}
	accounts := map[common.Address]bool{}
	newCategories := false
	type transfer struct {
		kind     Kind
		asset    common.Address
		from, to common.Address
	}
	var transfers []transfer
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) == 0 || l.Removed {
			continue
		}
		if l.Address != m.chain.d.Hub {
			if l.Topics[0] != evTransfer || len(l.Topics) < 4 {
				continue
			}
			k := KindApp
			switch l.Address {
			case m.chain.d.DatasetRegistry:
				k = KindDataset
			case m.chain.d.WorkerpoolRegistry:
				k = KindWorkerpool
			}
			transfers = append(transfers, transfer{kind: k, asset: common.BytesToAddress(l.Topics[3][12:]),
				from: common.BytesToAddress(l.Topics[1][12:]), to: common.BytesToAddress(l.Topics[2][12:])})
			continue
		}
		switch l.Topics[0] {
		case evDealCreated:
			e, err := chain.Hub.UnpackDealCreatedEvent(l)
			if err != nil {
				return fmt.Errorf("DealCreated in %s: %w", l.TxHash, err)
			}
			for _, h := range [][32]byte{e.AppOrderHash, e.DatasetOrderHash, e.WorkerpoolOrderHash, e.RequestOrderHash} {
				if h != ([32]byte{}) {
					touched[h] = true
				}
			}
			fallthrough
		case evTaskFinalize, evTaskClaimed:
			pool, parties, err := m.reputationEvent(l)
			if err != nil {
				return err
			}
			if pool != (common.Address{}) {
				u.Reputation[pool] = m.rs.rep[pool]
			}
			for _, a := range parties {
				accounts[a] = true
			}
		case evOrderCancelled:
			if len(l.Topics) >= 2 {
				u.Status[l.Topics[1]] = StatusCancelled
			}
		case evDeposit, evWithdraw:
			if len(l.Topics) >= 2 {
				accounts[common.BytesToAddress(l.Topics[1][12:])] = true
			}
		case evCategoryCreated:
			newCategories = true
		}
	}

	// The chain reads, before the lock: the consumed volume of the open orders of this book
	// the deals used, and the balances the book keeps. The logs are confirmed, so what is
	// read now already includes their effects.
	consumed := map[common.Hash]*big.Int{}
	readConsumed := func(h common.Hash) error {
		if _, done := consumed[h]; done {
			return nil
		}
		r, err := m.store.Get(ctx, h)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if r.Status != StatusOpen {
			return nil
		}
		c, err := m.chain.consumed(ctx, h)
		if err != nil {
			return err
		}
		left := new(big.Int).Sub(new(big.Int).SetUint64(r.Volume), c)
		if left.Sign() < 0 {
			left.SetInt64(0)
		}
		consumed[h] = c
		u.Remaining[h] = left.Uint64()
		return nil
	}
	for h := range touched {
		if err := readConsumed(h); err != nil {
			return err
		}
	}
	readBalances := func() error {
		for a := range accounts {
			if _, done := u.Balances[a]; done {
				continue
			}
			m.mu.Lock()
			_, kept := m.balances[a]
			m.mu.Unlock()
			if !kept {
				continue
			}
			b, err := m.refreshBalance(ctx, a)
			if err != nil {
				return err
			}
			u.Balances[a] = b
		}
		return nil
	}
	if err := readBalances(); err != nil {
		return err
	}
	if newCategories {
		cats, err := m.chain.categories(ctx, m.Categories())
		if err != nil {
			return err
		}
		m.mu.Lock()
		if len(cats) > len(m.categories) {
			m.categories = cats
		}
		m.mu.Unlock()
	}

	m.applyMu.Lock()
	defer m.applyMu.Unlock()
	// Orders published, and balances kept, since the reads above: read them now.
	for h := range touched {
		if err := readConsumed(h); err != nil {
			return err
		}
	}
	if err := readBalances(); err != nil {
		return err
	}

	// Cancellations, for the orders of this book.
	for h := range u.Status {
		r, err := m.store.Get(ctx, h)
		if errors.Is(err, ErrNotFound) || (err == nil && r.Status != StatusOpen) {
			delete(u.Status, h)
			continue
		}
		if err != nil {
			return err
		}
	}

	// Assets that changed hands: their previous owner's orders are void.
	for _, t := range transfers {
		m.mu.Lock()
		if t.to == (common.Address{}) {
			delete(m.owners, assetKey(t.kind, t.asset))
		} else {
			m.owners[assetKey(t.kind, t.asset)] = t.to
		}
		m.mu.Unlock()
		if t.from == (common.Address{}) || t.from == t.to {
			continue
		}
		q := Query{Kind: t.kind, Asset: t.asset, Owner: t.from, Unfunded: true, Limit: MaxPageSize}
		for {
			p, err := m.store.Query(ctx, q)
			if err != nil {
				return err
			}
			for _, r := range p.Records {
				u.Status[r.Hash] = StatusCancelled
			}
			if p.Next == "" {
				break
			}
			q.After = p.Next
		}
	}

	if err := m.store.Apply(ctx, u); err != nil {
		return err
	}
	m.rs.commit()
	m.noteStored(u.Balances)
	m.mu.Lock()
	m.cursor = upTo
	m.mu.Unlock()
	if n := len(u.Remaining) + len(u.Status); n > 0 {
		m.log.Debug("book updated", "block", upTo, "orders", n, "balances", len(u.Balances))
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}
