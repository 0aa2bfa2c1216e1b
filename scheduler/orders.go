package scheduler

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
)

// OrderPolicy is the workerpool order the scheduler keeps published: when one is consumed, it
// signs the next.
type OrderPolicy struct {
	// Price per task, in token units (nRLC-like: 1e-9 ERG).
	Price *big.Int
	// Volume is the number of tasks each order offers.
	Volume uint64
	// Category of the orders.
	Category uint64
	// Trust is the highest trust the pool accepts.
	Trust uint64
	// Tag the pool's workers offer (e.g. TEE).
	Tag common.Hash
	// Key signs the orders: the pool owner's. nil means the scheduler's key.
	Key *ecdsa.PrivateKey
	// Check is how often consumption is read (default 2 s).
	Check time.Duration
	// Market, when set, is the order book the orders are published to (api.MarketClient);
	// they are always also served on the scheduler's own GET /v1/orders.
	Market Publisher
}

// Publisher publishes signed orders to a market and reads them back: api.MarketClient.
type Publisher interface {
	Publish(ctx context.Context, req api.PublishRequest) (*api.OrderRecord, error)
	Order(ctx context.Context, hash common.Hash) (*api.OrderRecord, error)
}

// marketRecheck is how many Checks apart the scheduler makes sure its live order is still
// open in the market (its owner may have unpublished it, the market's book may have been
// restored from an older backup): every 30 s by default.
const marketRecheck = 15

func (p *OrderPolicy) checkEvery() time.Duration {
	if p.Check <= 0 {
		return 2 * time.Second
	}
	return p.Check
}

type publishedOrder struct {
	order bindings.WorkerpoolOrder
	hash  common.Hash
}

// Orders returns the workerpool orders currently published, live ones only.
func (s *Scheduler) Orders() []api.SignedWorkerpoolOrder {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]api.SignedWorkerpoolOrder, 0, len(s.orders))
	for _, o := range s.orders {
		out = append(out, api.SignedWorkerpoolOrder{Hash: o.hash, Order: o.order})
	}
	return out
}

// publishLoop keeps one live workerpool order published.
func (s *Scheduler) publishLoop(ctx context.Context) error {
	pol := s.cfg.Orders
	every := pol.checkEvery()
	for {
		if err := s.publish(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			s.log.Warn("publish workerpool order", "err", err)
		}
		s.mu.Lock()
		changed := s.changed
		s.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(every):
		case <-changed: // maybe a new deal consumed it
		}
	}
}

// publish finds the first order of the pool's deterministic sequence that is not consumed:
// salts are keccak256(pool, n), so a restart finds the same orders again instead of signing
// new ones.
func (s *Scheduler) publish(ctx context.Context) error {
	pol := s.cfg.Orders
	key := pol.Key
	if key == nil {
		key = s.cfg.Key
	}
	s.mu.Lock()
	from := s.orderSeq
	s.mu.Unlock()
	for n := from; n < from+1<<20; n++ {
		o := bindings.WorkerpoolOrder{
			Workerpool:      s.cfg.Workerpool,
			Workerpoolprice: new(big.Int).Set(pol.Price),
			Volume:          new(big.Int).SetUint64(pol.Volume),
			Tag:             pol.Tag,
			Category:        new(big.Int).SetUint64(pol.Category),
			Trust:           new(big.Int).SetUint64(pol.Trust),
			Salt:            orderSalt(s.cfg.Workerpool, n, pol),
		}
		h := chain.WorkerpoolOrderHash(o)
		out, err := s.client.Call(ctx, s.client.Deployment.Hub, chain.Hub.PackConsumed(h))
		if err != nil {
			return err
		}
		consumed, err := chain.Hub.UnpackConsumed(out)
		if err != nil {
			return err
		}
		if consumed.Cmp(o.Volume) >= 0 {
			continue
		}
		if err := s.domain.SignWorkerpoolOrder(key, &o); err != nil {
			return err
		}
		s.mu.Lock()
		if len(s.orders) != 1 || s.orders[0].hash != h {
			s.log.Info("workerpool order published", "hash", h, "price", pol.Price, "volume", pol.Volume, "remaining", new(big.Int).Sub(o.Volume, consumed), "category", pol.Category, "trust", pol.Trust)
		}
		s.orders = []*publishedOrder{{order: o, hash: h}}
		s.orderSeq = n // consumed orders stay consumed: start from here next time
		check := s.inMarket != h || s.now().Sub(s.marketChecked) >= marketRecheck*pol.checkEvery()
		s.mu.Unlock()
		if pol.Market != nil && check {
			live, err := s.publishToMarket(ctx, o, h)
			if err != nil {
				return err
			}
			if !live {
				// The market has this order but will not offer it again: the next one.
				s.log.Info("workerpool order no longer open in the market: signing the next", "hash", h)
				continue
			}
		}
		return nil
	}
	return fmt.Errorf("no unconsumed order in the sequence")
}

// publishToMarket puts the live order in the market's book, or checks it is still open
// there. live is false when the market holds the order but not open (unpublished by its
// owner, or voided): it cannot be published again and the next order of the sequence must be.
// Any other refusal is an error, retried at the next check.
func (s *Scheduler) publishToMarket(ctx context.Context, o bindings.WorkerpoolOrder, h common.Hash) (live bool, err error) {
	m := s.cfg.Orders.Market
	s.mu.Lock()
	known := s.inMarket == h
	s.mu.Unlock()
	var rec *api.OrderRecord
	if !known {
		d := s.client.Deployment
		rec, err = m.Publish(ctx, api.PublishRequest{
			Order:  api.MustOrder(o),
			Domain: &api.Domain{ChainID: s.client.ChainID.Uint64(), Hub: d.Hub},
		})
	}
	if known || errors.Is(err, api.ErrAlreadyPublished) {
		rec, err = m.Order(ctx, h)
	}
	if err != nil {
		return false, fmt.Errorf("workerpool order %s in the market: %w", h, err)
	}
	live = rec.Status == api.StatusOpen
	s.mu.Lock()
	if live {
		if s.inMarket != h {
			s.log.Info("workerpool order in the market", "hash", h)
		}
		s.inMarket, s.marketChecked = h, s.now()
	} else if s.inMarket == h {
		s.inMarket = common.Hash{}
	}
	s.mu.Unlock()
	return live, nil
}

// orderSalt derives the n-th order's salt from the pool and the policy, so a changed policy
// starts a new sequence.
func orderSalt(pool common.Address, n uint64, pol *OrderPolicy) [32]byte {
	var buf [8 * 4]byte
	binary.BigEndian.PutUint64(buf[0:], n)
	binary.BigEndian.PutUint64(buf[8:], pol.Volume)
	binary.BigEndian.PutUint64(buf[16:], pol.Category)
	binary.BigEndian.PutUint64(buf[24:], pol.Trust)
	return crypto.Keccak256Hash([]byte("ergon workerpool order"), pool.Bytes(), buf[:], pol.Price.Bytes(), pol.Tag.Bytes())
}
