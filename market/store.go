package market

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Store keeps the order book: every order published to this market, the chain facts that decide
// whether it can still be matched (remaining volume, status, its owner's free balance), the
// workerpools' reputation and the follower's cursor. The service validates orders before they
// reach the Store and reads the chain; the Store only keeps and indexes what it is told.
// SQLiteStore is the embedded implementation, PostgresStore the one for real deployments; both
// pass the same test suite (storetest_test.go).
type Store interface {
	// Put inserts a newly published open order. The store assigns r.Seq (increasing in
	// insertion order) and keeps r.Published as given. ErrExists when the hash is already
	// known, whatever its status: an order hash is published at most once.
	Put(ctx context.Context, r *Record) error
	// Get returns one order by hash, whatever its status; ErrNotFound when unknown.
	Get(ctx context.Context, hash common.Hash) (*Record, error)
	// Query returns one page of orders matching q in the order q asks for.
	Query(ctx context.Context, q Query) (*Page, error)
	// Apply writes what the follower (or an unpublish) learned, atomically.
	Apply(ctx context.Context, u *Update) error
	// Owners lists the distinct owners of open orders whose UnitCost is positive: the accounts
	// whose free balance the follower must keep fresh.
	Owners(ctx context.Context) ([]common.Address, error)
	// CountOpen is how many open orders owner has (per-owner limits); the zero owner: how
	// many open orders the book holds.
	CountOpen(ctx context.Context, owner common.Address) (int, error)
	// Cursor is the last block the follower applied (ok false before the first Apply with Block).
	Cursor(ctx context.Context) (block uint64, ok bool, err error)
	// Close releases the database.
	Close() error
}

// Kind is the kind of an order, numbered as the contracts number them in their errors.
type Kind uint8

const (
	KindApp Kind = iota
	KindDataset
	KindWorkerpool
	KindRequest
)

// Status is the life of an order in the book.
type Status uint8

const (
	// StatusOpen: matchable while Remaining > 0 and its owner can pay (see UnitCost).
	StatusOpen Status = iota
	// StatusFilled: deals consumed its whole volume.
	StatusFilled
	// StatusCancelled: cancelled on-chain by its owner.
	StatusCancelled
	// StatusUnpublished: withdrawn from this market by its owner (still valid on-chain).
	StatusUnpublished
)

// Record is one published order and the facts the book indexes it by.
type Record struct {
	Hash  common.Hash
	Kind  Kind
	Owner common.Address // the signer: the asset's owner, the requester for request orders
	// Asset is the app, dataset or workerpool the order sells; for a request order, its app.
	Asset common.Address
	// Price per task: the app, dataset or workerpool price; for a request order the most it
	// pays per task in all (appmaxprice + datasetmaxprice + workerpoolmaxprice).
	// At most 2^256-1; stores must sort and compare it numerically.
	Price *big.Int
	// Volume is the signed volume; Remaining is Volume minus what the chain says is consumed.
	Volume, Remaining uint64
	// Tag is the order's tag bitmask (bytes32).
	Tag common.Hash
	// Category and Trust: workerpool and request orders (0 for the others).
	Category, Trust uint64
	// Restrictions (zero = anyone). Request orders name their counterparts in Dataset and
	// Workerpool instead (zero = no dataset / any workerpool).
	AppRestrict, DatasetRestrict, WorkerpoolRestrict, RequesterRestrict common.Address
	Dataset, Workerpool                                                 common.Address
	// UnitCost is the free balance the owner needs for one more task: a request's Price, a
	// workerpool order's stake per task, 0 for app and dataset orders. An open order whose
	// owner's balance (from Update.Balances) is below UnitCost is unfunded: queries leave it
	// out unless they ask for it. An owner with no balance on record has balance 0.
	UnitCost *big.Int
	// Order is the signed order as published (the wire JSON of api.Order), returned verbatim.
	Order []byte
	// Published is when the market accepted the order; Seq breaks price ties (older first).
	Published time.Time
	Seq       int64
	Status    Status
}

// Query selects open orders of one kind. Zero-valued filters select everything.
type Query struct {
	Kind  Kind
	Asset common.Address // orders for this asset only (request orders: this app)
	Owner common.Address
	// Category, when set, keeps orders of that category (workerpool and request orders).
	Category *uint64
	// TagIncludes keeps orders whose tag has every bit of it (a workerpool order able to run
	// what needs these bits); TagWithin keeps orders whose tag has no bit outside it (orders
	// a workerpool with that tag can serve). Nil = no filter.
	TagIncludes, TagWithin *common.Hash
	// MinTrust keeps orders with Trust ≥ it; MaxTrust, when set, Trust ≤ it.
	MinTrust uint64
	MaxTrust *uint64
	// MaxPrice, when set, keeps orders with Price ≤ it.
	MaxPrice *big.Int
	// MinRemaining keeps orders with at least this much volume left (0 and 1 mean any).
	MinRemaining uint64
	// Restriction compatibility: when a field is set, keep orders whose restriction of that
	// kind is zero or equal to it (a set zero address means "there is none": only orders
	// without that restriction). For request orders, Workerpool filters the request's named
	// workerpool the same way (zero: any), and Dataset keeps the requests naming exactly that
	// dataset (zero: those without one), since a request uses no dataset but the one it
	// names; App is not used there (use Asset).
	App, Dataset, Workerpool, Requester *common.Address
	// Unfunded also returns open orders whose owner cannot currently pay UnitCost.
	Unfunded bool
	// ByReputation orders equal prices by workerpool reputation, highest first, before age
	// (workerpool orders only). Reputations change at any time: pages after the first may
	// skip or repeat orders whose pool's reputation changed, so use it for one page only
	// (matchmaking's candidates), never for a listing a client pages through.
	ByReputation bool
	// Descending sorts by price highest first (e.g. request orders seen by a workerpool);
	// ties are still oldest first.
	Descending bool
	// Limit is the page size (the store caps it at MaxPageSize; 0 = DefaultPageSize).
	Limit int
	// MaxBytes, when positive, also ends the page after the order whose signed orders
	// (Record.Order) bring the page to at least this many bytes (a request order's params
	// are up to 64 KiB: a thousand of them would not fit a response).
	MaxBytes int
	// After is the Page.Next of the previous page ("" = first page).
	After string
}

// Page sizes of Query.
const (
	DefaultPageSize = 20
	MaxPageSize     = 1000
)

// Page is one page of a Query. Next is empty on the last page; otherwise it is an opaque
// cursor (keyset, not offset: pages stay consistent while orders come and go).
type Page struct {
	Records []*Record
	Next    string
}

// Update is a set of changes applied atomically.
type Update struct {
	// Remaining sets orders' remaining volume; 0 turns an open order into StatusFilled.
	Remaining map[common.Hash]uint64
	// Status sets the status of open orders (StatusCancelled, StatusUnpublished); it wins
	// over Remaining. An order no longer open keeps its status.
	Status map[common.Hash]Status
	// Balances sets accounts' free balance.
	Balances map[common.Address]*big.Int
	// Reputation sets workerpools' reputation (higher is better).
	Reputation map[common.Address]int64
	// ResetReputation forgets every stored reputation before Reputation is set: the
	// follower's start, which recomputes them all from ReputationFrom.
	ResetReputation bool
	// Block, when not zero, is the new cursor: every event up to it is in this update or before.
	Block uint64
}
