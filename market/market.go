package market

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
)

// Config configures a Market.
type Config struct {
	// Chain is a client of the chain with the protocol's deployment; required.
	Chain *chain.Client
	// Store keeps the book; required. The Market closes it in Close.
	Store Store
	// Name identifies this market in unpublish messages (api.UnpublishMessage): give
	// markets that serve the same hub different names, so that one's messages are refused
	// by the others.
	Name string
	// MaxOpenPerOwner bounds the open orders of one owner.
	MaxOpenPerOwner int
	// MaxOpen bounds the open orders of the whole book: orders that cost nothing (app,
	// dataset, free requests) need no funds, so owners with many keys could otherwise fill it.
	MaxOpen int
	// MaxBody bounds request bodies, in bytes (a request order's params are up to 64 KiB).
	MaxBody int64
	// Confirmations: the follower reads blocks this deep only (0 on an instant-block chain).
	Confirmations uint64
	// Poll is how often the follower looks for new blocks once caught up.
	Poll time.Duration
	// Sweep is how often the follower re-reads the balance of every owner of open orders
	// that cost them something: the hub logs deposits, withdrawals and deals, but not the
	// stakes workers lock nor the rewards they earn.
	Sweep time.Duration
	// ReputationFrom is the first block whose deals and task outcomes count in workerpool
	// reputations (0: the deployment's block). The follower replays them at start.
	ReputationFrom uint64
	// ExplainLimit bounds how many open orders of each kind a failed match examines to say
	// why nothing matched.
	ExplainLimit int
	// MatchCandidates bounds how many of the cheapest app and dataset orders matching tries
	// to combine, and how many workerpool orders it tries for each combination.
	MatchCandidates int
	// ExplainTimeout bounds the time a failed match spends explaining why (what it examined
	// by then is reported, marked truncated).
	ExplainTimeout time.Duration
	// ChainTimeout bounds each read of the chain.
	ChainTimeout time.Duration
	// MaxTrackedTasks bounds the open tasks whose outcome the follower remembers for
	// reputation (a task id must be known to be counted); deals beyond it do not count.
	MaxTrackedTasks int
	// ClaimWindow is how long after a deal's final deadline its tasks' claims still count
	// against its workerpool; then the follower forgets the deal.
	ClaimWindow time.Duration
	// Logger receives the market's logs (nil: discarded).
	Logger *slog.Logger
	// Now is the clock (nil: time.Now); tests move it.
	Now func() time.Time
}

// DefaultConfig is a market for one machine: the chain is the embedded dev chain.
func DefaultConfig() Config {
	return Config{
		Name:            "ergon",
		MaxOpenPerOwner: 1000,
		MaxOpen:         1_000_000,
		MaxBody:         128 << 10,
		Poll:            100 * time.Millisecond,
		Sweep:           time.Minute,
		ExplainLimit:    1000,
		MatchCandidates: 32,
		ExplainTimeout:  2 * time.Second,
		ChainTimeout:    10 * time.Second,
		MaxTrackedTasks: 1_000_000,
		ClaimWindow:     7 * 24 * time.Hour,
	}
}

// Market is the order book service: it validates and keeps orders (Publish, the HTTP API of
// Handler), follows the chain (Run) and matches requests (Match).
type Market struct {
	cfg    Config
	store  Store
	chain  chainState
	domain chain.Domain
	log    *slog.Logger
	now    func() time.Time

	// applyMu orders publications and the follower: a publication holds it shared from its
	// first chain read to its Put, the follower exclusively while it applies a batch, so an
	// event the follower handles is never about an order about to be stored with older facts.
	applyMu sync.RWMutex
	// ownerLocks serialize the owner-limit checks of one owner's publications (by hash of
	// the owner); inflight counts the orders between that check and their Put.
	ownerLocks [64]sync.Mutex
	seed       maphash.Seed

	mu       sync.Mutex
	owners   map[common.Address]common.Address // asset → owner, as the registries said
	balances map[common.Address]*big.Int       // account → free balance, as the hub said
	stored   map[common.Address]*big.Int       // account → free balance, as the store has it
	inflight map[common.Address]int            // owner → orders being stored
	// open is how many open orders the book holds, as last counted (at start and every
	// sweep) plus those published since: fills and cancellations count only at the next
	// count, so the global limit errs on its side. -1: not counted yet.
	open       int
	categories []api.Category
	cursor     uint64
	synced     bool

	// rs is the follower's reputation state (the follower goroutine only, and Run's start-up).
	rs repState
}

// New checks cfg and reads the hub's categories.
func New(ctx context.Context, cfg Config) (*Market, error) {
	if cfg.Chain == nil || cfg.Chain.Deployment == nil {
		return nil, fmt.Errorf("%w: no chain client with a deployment", ErrConfig)
	}
	if cfg.Store == nil {
		return nil, fmt.Errorf("%w: no store", ErrConfig)
	}
	def := DefaultConfig()
	if cfg.Name == "" {
		cfg.Name = def.Name
	}
	if cfg.MaxOpenPerOwner <= 0 {
		cfg.MaxOpenPerOwner = def.MaxOpenPerOwner
	}
	if cfg.MaxOpen <= 0 {
		cfg.MaxOpen = def.MaxOpen
	}
	if cfg.ExplainTimeout <= 0 {
		cfg.ExplainTimeout = def.ExplainTimeout
	}
	if cfg.ChainTimeout <= 0 {
		cfg.ChainTimeout = def.ChainTimeout
	}
	if cfg.MaxTrackedTasks <= 0 {
		cfg.MaxTrackedTasks = def.MaxTrackedTasks
	}
	if cfg.ClaimWindow <= 0 {
		cfg.ClaimWindow = def.ClaimWindow
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = def.MaxBody
	}
	if cfg.Poll <= 0 {
		cfg.Poll = def.Poll
	}
	if cfg.Sweep <= 0 {
		cfg.Sweep = def.Sweep
	}
	if cfg.ExplainLimit <= 0 {
		cfg.ExplainLimit = def.ExplainLimit
	}
	if cfg.MatchCandidates <= 0 {
		cfg.MatchCandidates = def.MatchCandidates
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	m := &Market{
		cfg: cfg, store: cfg.Store, chain: chainState{c: cfg.Chain, d: cfg.Chain.Deployment, timeout: cfg.ChainTimeout}, domain: cfg.Chain.Domain(),
		log: log.With("component", "market"), now: now, seed: maphash.MakeSeed(),
		owners: map[common.Address]common.Address{}, balances: map[common.Address]*big.Int{}, stored: map[common.Address]*big.Int{}, inflight: map[common.Address]int{},
		rs: newRepState(), open: -1,
	}
	cats, err := m.chain.categories(ctx, nil)
	if err != nil {
		return nil, err
	}
	m.categories = cats
	if block, ok, err := m.store.Cursor(ctx); err != nil {
		return nil, err
	} else if ok {
		m.cursor = block
	}
	return m, nil
}

// Close releases the store. Stop Run (cancel its context) first.
func (m *Market) Close() error { return m.store.Close() }

// Domain is the EIP-712 domain orders published here must be signed for.
func (m *Market) Domain() chain.Domain { return m.domain }

// Health is the market's identity and progress.
func (m *Market) Health() api.MarketHealth {
	m.mu.Lock()
	defer m.mu.Unlock()
	return api.MarketHealth{Name: m.cfg.Name, ChainID: m.domain.ChainID.Uint64(), Hub: m.domain.Hub, Block: m.cursor, Synced: m.synced}
}

// Categories lists the hub's categories as the market knows them.
func (m *Market) Categories() []api.Category {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]api.Category(nil), m.categories...)
}

// categoriesFor returns the categories, read again from the chain when id is not among
// them (it may have been created since the follower last looked).
func (m *Market) categoriesFor(ctx context.Context, id uint64) ([]api.Category, error) {
	cats := m.Categories()
	if id < uint64(len(cats)) {
		return cats, nil
	}
	fresh, err := m.chain.categories(ctx, cats)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if len(fresh) > len(m.categories) {
		m.categories = fresh
	}
	m.mu.Unlock()
	return fresh, nil
}

// assetOwner is the owner of asset from the cache, or the chain when fresh or unknown.
func (m *Market) assetOwner(ctx context.Context, k Kind, asset common.Address, fresh bool) (common.Address, error) {
	key := assetKey(k, asset)
	if !fresh {
		m.mu.Lock()
		owner, ok := m.owners[key]
		m.mu.Unlock()
		if ok {
			return owner, nil
		}
	}
	owner, err := m.chain.owner(ctx, k, asset)
	if err != nil {
		return common.Address{}, err
	}
	if owner != (common.Address{}) { // an unregistered asset may be registered any moment
		m.mu.Lock()
		m.owners[key] = owner
		m.mu.Unlock()
	}
	return owner, nil
}

// assetKey keys the owner cache: asset addresses derive from their registry, so the three
// kinds cannot collide in practice, but a kind check costs nothing.
func assetKey(k Kind, asset common.Address) common.Address {
	a := asset
	a[0] ^= byte(k) << 6
	return a
}

func (m *Market) cachedBalance(account common.Address) (*big.Int, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.balances[account]
	if !ok {
		return new(big.Int), false
	}
	return new(big.Int).Set(b), true
}

// refreshBalance reads account's free balance and remembers it.
func (m *Market) refreshBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	b, err := m.chain.balance(ctx, account)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	m.balances[account] = new(big.Int).Set(b)
	m.mu.Unlock()
	return b, nil
}

// balanceOf is account's free balance from the cache, read from the chain when unknown.
func (m *Market) balanceOf(ctx context.Context, account common.Address) (*big.Int, error) {
	if b, ok := m.cachedBalance(account); ok {
		return b, nil
	}
	return m.chain.balance(ctx, account)
}

// applyBalances writes to the store the balances it does not hold already, and remembers
// them (most publications find their owner's balance unchanged and write nothing more).
func (m *Market) applyBalances(ctx context.Context, b map[common.Address]*big.Int) error {
	m.mu.Lock()
	for a, v := range b {
		if old, ok := m.stored[a]; ok && old.Cmp(v) == 0 {
			delete(b, a)
		}
	}
	m.mu.Unlock()
	if len(b) == 0 {
		return nil
	}
	if err := m.store.Apply(ctx, &Update{Balances: b}); err != nil {
		return err
	}
	m.noteStored(b)
	return nil
}

// noteStored records balances the store now holds.
func (m *Market) noteStored(b map[common.Address]*big.Int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for a, v := range b {
		m.stored[a] = new(big.Int).Set(v)
	}
}

// reserve applies the owner limit to one more order: the owner's open orders in the store,
// plus those being stored right now, must stay below Config.MaxOpenPerOwner. An order
// counts twice for the moment between its Put and its release, so that concurrent
// publications err on the side of the limit.
func (m *Market) reserve(ctx context.Context, owner common.Address) error {
	l := &m.ownerLocks[maphash.Bytes(m.seed, owner[:])%uint64(len(m.ownerLocks))]
	l.Lock()
	defer l.Unlock()
	n, err := m.store.CountOpen(ctx, owner)
	if err != nil {
		return err
	}
	m.mu.Lock()
	known := m.open >= 0
	m.mu.Unlock()
	if !known {
		if err := m.countOpen(ctx); err != nil {
			return err
		}
	}
	m.mu.Lock()
	n += m.inflight[owner]
	total := m.open + m.inflightTotal()
	ok := n < m.cfg.MaxOpenPerOwner && total < m.cfg.MaxOpen
	if ok {
		m.inflight[owner]++
	}
	m.mu.Unlock()
	if n >= m.cfg.MaxOpenPerOwner {
		return reject(ErrOwnerLimit, "%s has %d open orders, the most this market allows: unpublish some (POST /v1/orders/{hash}/unpublish) or wait for deals to consume them",
			owner.Hex(), n)
	}
	if !ok {
		return reject(ErrBookFull, "the book holds %d open orders, the most this market allows: try again later", total)
	}
	return nil
}

// inflightTotal is how many orders are being stored (m.mu held).
func (m *Market) inflightTotal() int {
	t := 0
	for _, n := range m.inflight {
		t += n
	}
	return t
}

// countOpen counts the book's open orders again.
func (m *Market) countOpen(ctx context.Context) error {
	n, err := m.store.CountOpen(ctx, common.Address{})
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.open = n
	m.mu.Unlock()
	return nil
}

func (m *Market) release(owner common.Address) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.inflight[owner]--; m.inflight[owner] <= 0 {
		delete(m.inflight, owner)
	}
}

// Publish validates a signed order and adds it to the book.
func (m *Market) Publish(ctx context.Context, req api.PublishRequest) (*api.OrderRecord, error) {
	m.applyMu.RLock()
	defer m.applyMu.RUnlock()
	d, err := m.validate(ctx, req)
	if err != nil {
		return nil, err
	}
	r := d.rec
	r.Published = m.now().UTC()
	if err := m.reserve(ctx, r.Owner); err != nil {
		return nil, err
	}
	err = m.store.Put(ctx, r)
	if err == nil {
		m.mu.Lock()
		m.open++
		m.mu.Unlock()
	}
	m.release(r.Owner)
	if errors.Is(err, ErrExists) {
		return nil, reject(ErrAlreadyPublished, "order %s was already published: an order is published once; to offer it again, sign a new one with another salt", r.Hash.Hex())
	}
	if err != nil {
		return nil, err
	}
	if d.balance != nil {
		// The book hides orders whose owner cannot pay: it must know this owner's balance.
		// The order is stored already: a failure here is not the publisher's (the next
		// sweep writes the balance; until then the order may be listed as unfunded).
		if err := m.applyBalances(context.WithoutCancel(ctx), map[common.Address]*big.Int{r.Owner: d.balance}); err != nil {
			m.log.Warn("order published, its owner's balance not stored: the next sweep stores it",
				"hash", r.Hash, "owner", r.Owner, "err", err)
		}
	}
	m.log.Debug("order published", "hash", r.Hash, "kind", kindName(r.Kind), "owner", r.Owner, "remaining", r.Remaining)
	return &api.OrderRecord{Hash: r.Hash, Kind: kindName(r.Kind), Owner: r.Owner, Status: statusName(r.Status),
		Remaining: r.Remaining, Published: r.Published, Order: d.order}, nil
}

// Get returns one order by hash.
func (m *Market) Get(ctx context.Context, hash common.Hash) (*api.OrderRecord, error) {
	r, err := m.store.Get(ctx, hash)
	if errors.Is(err, ErrNotFound) {
		return nil, reject(fmt.Errorf("%w", api.ErrNotFound), "no order %s in this market", hash.Hex())
	}
	if err != nil {
		return nil, err
	}
	return toAPI(r)
}

// Unpublish takes an open order off the book, on its owner's signed request.
func (m *Market) Unpublish(ctx context.Context, hash common.Hash, u api.Unpublish) (*api.OrderRecord, error) {
	r, err := m.store.Get(ctx, hash)
	if errors.Is(err, ErrNotFound) {
		return nil, reject(fmt.Errorf("%w", api.ErrNotFound), "no order %s in this market", hash.Hex())
	}
	if err != nil {
		return nil, err
	}
	now := m.now()
	if u.Expires < now.Unix() {
		return nil, rejectField(ErrExpired, "expires", "the message expired at %d (now %d): sign it again", u.Expires, now.Unix())
	}
	if u.Expires > now.Add(api.MaxUnpublishAhead).Unix() {
		return nil, rejectField(ErrExpired, "expires", "%d is more than %s ahead of the market's clock (%d): sign one that expires sooner",
			u.Expires, api.MaxUnpublishAhead, now.Unix())
	}
	signer, err := chain.Recover(api.UnpublishHash(m.Health(), hash, u.Expires), u.Signature)
	if err != nil {
		return nil, rejectField(ErrBadSignature, "signature", "%v: want the owner's 65-byte personal_sign signature of api.UnpublishMessage", err)
	}
	if signer != r.Owner {
		return nil, rejectField(ErrForbidden, "signature", "the message is signed by %s, not by the order's owner %s (or it names another market, order or expiry: this market is %q, chain %d, hub %s)",
			signer.Hex(), r.Owner.Hex(), m.cfg.Name, m.domain.ChainID, m.domain.Hub.Hex())
	}
	if r.Status == StatusOpen {
		if err := m.store.Apply(ctx, &Update{Status: map[common.Hash]Status{hash: StatusUnpublished}}); err != nil {
			return nil, err
		}
		// A deal or a cancellation may have closed it meanwhile: say what the book holds.
		if r, err = m.store.Get(ctx, hash); err != nil {
			return nil, err
		}
		m.log.Debug("order unpublished", "hash", hash, "owner", r.Owner, "status", statusName(r.Status))
	}
	return toAPI(r)
}

// toAPI is the wire form of a record.
func toAPI(r *Record) (*api.OrderRecord, error) {
	var o api.Order
	if err := o.UnmarshalJSON(r.Order); err != nil {
		return nil, fmt.Errorf("order %s in the store: %w", r.Hash, err)
	}
	return &api.OrderRecord{Hash: r.Hash, Kind: kindName(r.Kind), Owner: r.Owner, Status: statusName(r.Status),
		Remaining: r.Remaining, Published: r.Published, Order: o}, nil
}
