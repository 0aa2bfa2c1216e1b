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

// Publisher publishes signed orders to a market: api.MarketClient.
type Publisher interface {
	Publish(ctx context.Context, req api.PublishRequest) (*api.OrderRecord, error)
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
	every := pol.Check
	if every <= 0 {
		every = 2 * time.Second
	}
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
		inMarket := s.inMarket == h
		s.mu.Unlock()
		if pol.Market != nil && !inMarket {
			return s.publishToMarket(ctx, o, h)
		}
		return nil
	}
	return fmt.Errorf("no unconsumed order in the sequence")
}

// publishToMarket puts the live order in the market's book. An order the market already has
// (published before a restart) is there: fine. Any other refusal is retried at the next check.
func (s *Scheduler) publishToMarket(ctx context.Context, o bindings.WorkerpoolOrder, h common.Hash) error {
	d := s.client.Deployment
	_, err := s.cfg.Orders.Market.Publish(ctx, api.PublishRequest{
		Order:  api.MustOrder(o),
		Domain: &api.Domain{ChainID: s.client.ChainID.Uint64(), Hub: d.Hub},
	})
	if err != nil && !errors.Is(err, api.ErrAlreadyPublished) {
		return fmt.Errorf("publish workerpool order %s to the market: %w", h, err)
	}
	s.mu.Lock()
	s.inMarket = h
	s.mu.Unlock()
	s.log.Info("workerpool order in the market", "hash", h)
	return nil
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
