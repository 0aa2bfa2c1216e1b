package devchain

import (
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
)

// sealer seals a block as soon as transactions are pending, like geth's dev mode, but keeps
// the chain's clock at most maxLead ahead of the wall clock.
//
// Block timestamps are whole seconds and must increase, so a chain sealing many blocks a
// second runs ahead of real time: a busy local network (a block per batch of transactions,
// tens a second) was minutes ahead after a few seconds, and every deadline counted in chain
// time (a deal's contribution and final deadlines) expired minutes early in real time — the
// tail of a large bag failed. Up to maxLead the sealer seals at once (the latency of a lone
// request stays a few milliseconds); past it, it waits for the wall clock and puts
// everything pending into the next block: one block a second, however busy.
type sealer struct {
	backend *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	maxLead time.Duration
	now     func() time.Time
	log     *slog.Logger
	waiting bool // the last block waited for the clock (logged once per episode)
	warned  bool // the lead was found far past maxLead (logged once)

	stop chan struct{}
	wg   sync.WaitGroup
}

func newSealer(backend *eth.Ethereum, beacon *catalyst.SimulatedBeacon, maxLead time.Duration, log *slog.Logger) *sealer {
	return &sealer{backend: backend, beacon: beacon, maxLead: maxLead, now: time.Now, log: log, stop: make(chan struct{})}
}

func (s *sealer) start() {
	// The pool's feed blocks the pool until every subscriber took the event: this loop
	// only ever takes it and passes a kick on, never waiting for a block.
	newTxs := make(chan core.NewTxsEvent)
	sub := s.backend.TxPool().SubscribeTransactions(newTxs, true)
	kick := make(chan struct{}, 1)
	s.wg.Go(func() {
		defer sub.Unsubscribe()
		for {
			select {
			case <-s.stop:
				return
			case <-sub.Err():
				return
			case <-newTxs:
				select {
				case kick <- struct{}{}:
				default:
				}
			}
		}
	})
	// Transactions may have arrived before the subscription (the node serves RPC from
	// Start on): look once.
	kick <- struct{}{}
	s.wg.Go(func() {
		for {
			select {
			case <-s.stop:
				return
			case <-kick:
			}
			if !s.sealPending() {
				return
			}
		}
	})
}

// sealPending seals blocks until no executable transaction is left; false when stopped.
func (s *sealer) sealPending() bool {
	pool := s.backend.TxPool()
	for {
		// A kick may be for transactions an earlier block already took.
		if executable, _ := pool.Stats(); executable == 0 {
			return true
		}
		if !s.waitForClock() {
			return false
		}
		s.beacon.Commit()
		pool.Sync()
		select {
		case <-s.stop:
			return false
		default:
		}
	}
}

// waitForClock returns once the next block's timestamp would be at most maxLead ahead of
// the wall clock; false when stopped meanwhile.
func (s *sealer) waitForClock() bool {
	head := s.backend.BlockChain().CurrentBlock().Time
	// The beacon stamps the next block with the clock, or the head's time + 1 when the
	// clock is not past it.
	next := time.Unix(int64(head)+1, 0)
	wait := next.Sub(s.now()) - s.maxLead
	if wait <= 0 {
		if s.waiting {
			s.waiting = false
			s.log.Debug("chain clock back within its lead: sealing at once again")
		}
		return true
	}
	if !s.waiting {
		s.waiting = true
		s.log.Debug("chain clock at its lead over the wall clock: a block a second", "max_lead", s.maxLead, "head_time", head)
	}
	// However far ahead the chain is (a chain left ahead by another sealer, a wall clock
	// stepped back), a block a second still gets through: the lead stops growing, and no
	// transaction waits longer than that.
	if wait > time.Second {
		if !s.warned {
			s.warned = true
			s.log.Warn("the chain's clock is far ahead of the wall clock: sealing a block a second until the wall clock catches up",
				"lead", next.Sub(s.now()).Round(time.Second), "max_lead", s.maxLead)
		}
		wait = time.Second
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-s.stop:
		return false
	case <-t.C:
		return true
	}
}

func (s *sealer) close() {
	close(s.stop)
	s.wg.Wait()
}
