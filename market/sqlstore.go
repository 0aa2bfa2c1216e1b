package market

// The part of the SQL stores that SQLiteStore and PostgresStore share: the single writer
// (group commit), the statements, and the encoding of records, queries and page cursors.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// sqlWriteOp is one Put (args) or one Apply (update) waiting for the writer.
type sqlWriteOp struct {
	ctx    context.Context
	args   []any   // a Put: the arguments of insertOrderSQL
	update *Update // an Apply

	state atomic.Int32 // sqlOpQueued, then sqlOpTaken by the writer or sqlOpAbandoned by the caller
	seq   int64        // set by the writer before done
	err   error        // set by the writer before done
	done  chan struct{}
}

const (
	sqlOpQueued int32 = iota
	sqlOpTaken
	sqlOpAbandoned
)

// sqlMaxBatch bounds one group commit: its transaction stays short, so an Apply queued behind it
// waits little.
const sqlMaxBatch = 500

// sqlWriter is the single goroutine that writes: it takes the Puts queued at the time into one
// transaction (putBatch), so that concurrent publishers share one commit, and runs each Apply
// alone (apply; nil when the store applies elsewhere).
type sqlWriter struct {
	ops      chan *sqlWriteOp
	quit     chan struct{}
	exited   chan struct{}
	putBatch func([]*sqlWriteOp) error
	apply    func(context.Context, *Update) error
}

func startSQLWriter(putBatch func([]*sqlWriteOp) error, apply func(context.Context, *Update) error) *sqlWriter {
	w := &sqlWriter{
		ops:      make(chan *sqlWriteOp, 4*sqlMaxBatch),
		quit:     make(chan struct{}),
		exited:   make(chan struct{}),
		putBatch: putBatch,
		apply:    apply,
	}
	go w.run()
	return w
}

// submit queues op and waits for its outcome. If ctx ends before the writer took op, op is
// abandoned (never written) and submit returns ctx.Err(); once taken, submit waits for it.
func (w *sqlWriter) submit(ctx context.Context, op *sqlWriteOp) error {
	op.done = make(chan struct{})
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case w.ops <- op:
	case <-w.quit:
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-op.done:
		return op.err
	case <-ctx.Done():
		if op.state.CompareAndSwap(sqlOpQueued, sqlOpAbandoned) {
			return ctx.Err()
		}
	case <-w.exited:
		if op.state.CompareAndSwap(sqlOpQueued, sqlOpAbandoned) {
			return ErrClosed
		}
	}
	<-op.done
	return op.err
}

func (w *sqlWriter) close() {
	close(w.quit)
	<-w.exited
}

func (w *sqlWriter) run() {
	defer close(w.exited)
	var next *sqlWriteOp // an Apply met while gathering Puts
	for {
		op := next
		next = nil
		if op == nil {
			select {
			case op = <-w.ops:
			case <-w.quit:
				// Write what was queued before Close, then stop.
				select {
				case op = <-w.ops:
				default:
					return
				}
			}
		}
		if !w.take(op) {
			continue
		}
		if op.update != nil {
			op.err = w.apply(op.ctx, op.update)
			close(op.done)
			continue
		}
		batch := []*sqlWriteOp{op}
	gather:
		for len(batch) < sqlMaxBatch {
			select {
			case op := <-w.ops:
				if op.update != nil {
					next = op
					break gather
				}
				if w.take(op) {
					batch = append(batch, op)
				}
			default:
				break gather
			}
		}
		w.writePuts(batch)
	}
}

// take claims op for writing. An op abandoned by its caller, or whose context has ended, is
// not written: the caller gets its context's error.
func (w *sqlWriter) take(op *sqlWriteOp) bool {
	if !op.state.CompareAndSwap(sqlOpQueued, sqlOpTaken) {
		return false
	}
	if err := op.ctx.Err(); err != nil {
		op.err = err
		close(op.done)
		return false
	}
	return true
}

// sqlRowError is the failure of one order's insert in a batch.
type sqlRowError struct{ err error }

func (e sqlRowError) Error() string { return e.err.Error() }
func (e sqlRowError) Unwrap() error { return e.err }

// writePuts writes batch in one transaction. If an order's insert fails, each op is retried
// alone, so that the order fails only its own Put; any other failure (the database is locked
// or gone) is every op's.
func (w *sqlWriter) writePuts(batch []*sqlWriteOp) {
	err := w.putBatch(batch)
	if errors.As(err, new(sqlRowError)) && len(batch) > 1 {
		for _, op := range batch {
			if err := w.putBatch([]*sqlWriteOp{op}); err != nil {
				op.err = sqlUnwrapRow(err)
			}
			close(op.done)
		}
		return
	}
	for _, op := range batch {
		if err != nil {
			op.err = sqlUnwrapRow(err)
		}
		close(op.done)
	}
}

func sqlUnwrapRow(err error) error {
	if re, ok := err.(sqlRowError); ok {
		return re.err
	}
	return err
}

// What follows is shared by SQLiteStore and PostgresStore: the statements (both databases
// read $n placeholders, ON CONFLICT and partial indexes the same way) and the encoding of
// records, queries and page cursors. Only amounts differ (sqlDialect).

// sqlOrderIndexes serve Query, CountOpen and Owners. They cover open orders only (status 0 is
// StatusOpen), so the history of filled and cancelled orders does not weigh on them, and each
// ends in (price, seq), in both price directions for the matchmaking ones: a query by kind and
// asset, category or owner reads its first page straight from an index, without sorting (an
// owner's orders are few: the descending order sorts them).
var sqlOrderIndexes = []string{
	`CREATE INDEX orders_open_kind ON orders (kind, price, seq) WHERE status = 0`,
	`CREATE INDEX orders_open_kind_desc ON orders (kind, price DESC, seq) WHERE status = 0`,
	`CREATE INDEX orders_open_asset ON orders (kind, asset, price, seq) WHERE status = 0`,
	`CREATE INDEX orders_open_asset_desc ON orders (kind, asset, price DESC, seq) WHERE status = 0`,
	`CREATE INDEX orders_open_category ON orders (kind, category, price, seq) WHERE status = 0`,
	`CREATE INDEX orders_open_category_desc ON orders (kind, category, price DESC, seq) WHERE status = 0`,
	`CREATE INDEX orders_open_owner ON orders (owner, kind, price, seq) WHERE status = 0`,
}

// sqlOrderColumns are the columns of a Record, in the order of sqlRecordArgs and sqlScanRecord
// (which reads seq first).
var sqlOrderColumns = []string{
	"hash", "kind", "status", "owner", "asset", "price", "volume", "remaining",
	"tag0", "tag1", "tag2", "tag3", "category", "trust",
	"app_restrict", "dataset_restrict", "workerpool_restrict", "requester_restrict",
	"dataset", "workerpool", "unit_cost", "published", "data",
}

var (
	insertOrderSQL = func() string {
		ph := make([]string, len(sqlOrderColumns))
		for i := range ph {
			ph[i] = "$" + strconv.Itoa(i+1)
		}
		return "INSERT INTO orders (" + strings.Join(sqlOrderColumns, ", ") + ") VALUES (" +
			strings.Join(ph, ", ") + ") ON CONFLICT (hash) DO NOTHING RETURNING seq"
	}()
	sqlSelectColumns = "o.seq, o." + strings.Join(sqlOrderColumns, ", o.")
	getOrderSQL      = "SELECT " + sqlSelectColumns + " FROM orders o WHERE o.hash = $1"
)

// The statements of Apply (one per changed row), CountOpen and Cursor. 0 is StatusOpen and 1
// StatusFilled; only an open order changes status (a filled or cancelled one is so for good,
// whatever a concurrent unpublish or a replayed event says). applyRemainingSQL takes the remaining volume twice: PostgreSQL infers one type
// per parameter, and `remaining = $1` and `$1 = 0` would give two.
const (
	applyRemainingSQL = `UPDATE orders SET remaining = $1,
		status = CASE WHEN $2 = 0 AND status = 0 THEN 1 ELSE status END WHERE hash = $3`
	applyStatusSQL      = `UPDATE orders SET status = $1 WHERE hash = $2 AND status = 0`
	upsertBalanceSQL    = `INSERT INTO balances (owner, balance) VALUES ($1, $2) ON CONFLICT (owner) DO UPDATE SET balance = excluded.balance`
	upsertReputationSQL = `INSERT INTO reputation (workerpool, reputation) VALUES ($1, $2) ON CONFLICT (workerpool) DO UPDATE SET reputation = excluded.reputation`
	upsertCursorSQL     = `INSERT INTO cursor (id, block) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET block = excluded.block`
	countOpenSQL        = `SELECT count(*) FROM orders WHERE status = 0 AND owner = $1`
	countAllOpenSQL     = `SELECT count(*) FROM orders WHERE status = 0`
	cursorSQL           = `SELECT block FROM cursor WHERE id = 1`
)

// sqlCountOpen is the statement of CountOpen(owner): the zero owner counts every open order.
func sqlCountOpen(owner common.Address) (string, []any) {
	if owner == (common.Address{}) {
		return countAllOpenSQL, nil
	}
	return countOpenSQL, []any{owner.Bytes()}
}

func sqlOwners(d *sqlDialect) string {
	return `SELECT DISTINCT owner FROM orders WHERE status = 0 AND unit_cost > ` + d.zero + ` ORDER BY owner`
}

// sqlDialect is how a database stores amounts (uint256), and how to make it read an owner's
// orders by the owner's index.
type sqlDialect struct {
	zero        string                      // the SQL literal of amount 0
	byOwner     string                      // what follows "FROM orders o" in a Query by owner
	amount      func(*big.Int) any          // an argument from an amount in [0, 2^256)
	amountDest  func() any                  // a Scan destination for an amount column
	amountValue func(any) (*big.Int, error) // the amount scanned into amountDest's result
}

var sqlMaxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func sqlCheckAmount(what string, v *big.Int) error {
	if v == nil {
		return fmt.Errorf("%s is missing", what)
	}
	if v.Sign() < 0 || v.Cmp(sqlMaxUint256) > 0 {
		return fmt.Errorf("%s %s is not a uint256", what, v)
	}
	return nil
}

// sqlPutStatus is the status Put stores: an open order with nothing left is filled.
func sqlPutStatus(r *Record) Status {
	if r.Remaining == 0 && r.Status == StatusOpen {
		return StatusFilled
	}
	return r.Status
}

// sqlRecordArgs are the arguments of insertOrderSQL for r.
func sqlRecordArgs(d *sqlDialect, r *Record) ([]any, error) {
	if r == nil {
		return nil, errors.New("nil record")
	}
	args, err := sqlRecordArgsOf(d, r)
	if err != nil {
		return nil, fmt.Errorf("order %s: %w", r.Hash, err)
	}
	return args, nil
}

func sqlRecordArgsOf(d *sqlDialect, r *Record) ([]any, error) {
	if r.Kind > KindRequest {
		return nil, fmt.Errorf("unknown order kind %d", r.Kind)
	}
	if r.Status > StatusUnpublished {
		return nil, fmt.Errorf("unknown order status %d", r.Status)
	}
	if err := sqlCheckAmount("price", r.Price); err != nil {
		return nil, err
	}
	unitCost := r.UnitCost
	if unitCost == nil {
		unitCost = new(big.Int)
	}
	if err := sqlCheckAmount("unit cost", unitCost); err != nil {
		return nil, err
	}
	published := r.Published.UTC()
	if y := published.Year(); y < 0 || y > 9999 {
		return nil, fmt.Errorf("publication time %s is out of range", r.Published)
	}
	data := r.Order
	if data == nil {
		data = []byte{}
	}
	tag := sqlTagWords(r.Tag)
	return []any{
		r.Hash.Bytes(), int64(r.Kind), int64(sqlPutStatus(r)), r.Owner.Bytes(), r.Asset.Bytes(),
		d.amount(r.Price), int64(r.Volume), int64(r.Remaining),
		tag[0], tag[1], tag[2], tag[3], int64(r.Category), int64(r.Trust),
		r.AppRestrict.Bytes(), r.DatasetRestrict.Bytes(), r.WorkerpoolRestrict.Bytes(), r.RequesterRestrict.Bytes(),
		r.Dataset.Bytes(), r.Workerpool.Bytes(), d.amount(unitCost),
		published.Format(time.RFC3339Nano), data,
	}, nil
}

// sqlScanRecord reads a row of sqlSelectColumns, then extra columns into extra.
func sqlScanRecord(d *sqlDialect, scan func(...any) error, extra ...any) (*Record, error) {
	var (
		r                                                     Record
		hash, owner, asset, appR, dsR, wpR, rqR, ds, wp, data []byte
		kind, status, volume, remaining, category, trust      int64
		tag                                                   [4]int64
		published                                             string
		price, unitCost                                       = d.amountDest(), d.amountDest()
	)
	dest := append([]any{&r.Seq, &hash, &kind, &status, &owner, &asset, price, &volume, &remaining,
		&tag[0], &tag[1], &tag[2], &tag[3], &category, &trust, &appR, &dsR, &wpR, &rqR, &ds, &wp,
		unitCost, &published, &data}, extra...)
	if err := scan(dest...); err != nil {
		return nil, err
	}
	var err error
	if r.Price, err = d.amountValue(price); err != nil {
		return nil, fmt.Errorf("order %x: price: %w", hash, err)
	}
	if r.UnitCost, err = d.amountValue(unitCost); err != nil {
		return nil, fmt.Errorf("order %x: unit cost: %w", hash, err)
	}
	if r.Published, err = time.Parse(time.RFC3339Nano, published); err != nil {
		return nil, fmt.Errorf("order %x: published: %w", hash, err)
	}
	r.Hash = common.BytesToHash(hash)
	r.Kind, r.Status = Kind(kind), Status(status)
	r.Owner, r.Asset = common.BytesToAddress(owner), common.BytesToAddress(asset)
	r.Volume, r.Remaining = uint64(volume), uint64(remaining)
	r.Tag = sqlTagFromWords(tag)
	r.Category, r.Trust = uint64(category), uint64(trust)
	r.AppRestrict, r.DatasetRestrict = common.BytesToAddress(appR), common.BytesToAddress(dsR)
	r.WorkerpoolRestrict, r.RequesterRestrict = common.BytesToAddress(wpR), common.BytesToAddress(rqR)
	r.Dataset, r.Workerpool = common.BytesToAddress(ds), common.BytesToAddress(wp)
	if data == nil {
		data = []byte{}
	}
	r.Order = data
	return &r, nil
}

// sqlTagWords splits a tag into the four int64 columns, most significant first.
func sqlTagWords(tag common.Hash) [4]int64 {
	var w [4]int64
	for i := range w {
		w[i] = int64(binary.BigEndian.Uint64(tag[8*i:]))
	}
	return w
}

func sqlTagFromWords(w [4]int64) common.Hash {
	var tag common.Hash
	for i, v := range w {
		binary.BigEndian.PutUint64(tag[8*i:], uint64(v))
	}
	return tag
}

// sqlUpdateEmpty reports whether u changes nothing.
func sqlUpdateEmpty(u *Update) bool {
	return u == nil || len(u.Remaining) == 0 && len(u.Status) == 0 && len(u.Balances) == 0 &&
		len(u.Reputation) == 0 && !u.ResetReputation && u.Block == 0
}

// sqlApplyUpdate writes u with exec, inside the caller's transaction. It checks each value as
// it goes, so a bad one fails the transaction after others were written (the tests rely on
// that to prove atomicity). Rows are written in key order, so that two Applies running at
// once (PostgreSQL) lock them in the same order.
func sqlApplyUpdate(ctx context.Context, exec func(ctx context.Context, query string, args ...any) error, d *sqlDialect, u *Update) error {
	// Statuses first: they win over Remaining (which fills only orders still open).
	for _, h := range sqlSortedKeys(u.Status) {
		st := u.Status[h]
		if st > StatusUnpublished {
			return fmt.Errorf("status of %s: unknown status %d", h, st)
		}
		if err := exec(ctx, applyStatusSQL, int64(st), h.Bytes()); err != nil {
			return fmt.Errorf("status of %s: %w", h, err)
		}
	}
	for _, h := range sqlSortedKeys(u.Remaining) {
		if err := exec(ctx, applyRemainingSQL, int64(u.Remaining[h]), int64(u.Remaining[h]), h.Bytes()); err != nil {
			return fmt.Errorf("remaining of %s: %w", h, err)
		}
	}
	for _, a := range sqlSortedKeys(u.Balances) {
		v := u.Balances[a]
		if err := sqlCheckAmount("balance", v); err != nil {
			return fmt.Errorf("balance of %s: %w", a, err)
		}
		if err := exec(ctx, upsertBalanceSQL, a.Bytes(), d.amount(v)); err != nil {
			return fmt.Errorf("balance of %s: %w", a, err)
		}
	}
	if u.ResetReputation {
		if err := exec(ctx, `DELETE FROM reputation`); err != nil {
			return fmt.Errorf("reputations: %w", err)
		}
	}
	for _, a := range sqlSortedKeys(u.Reputation) {
		if err := exec(ctx, upsertReputationSQL, a.Bytes(), u.Reputation[a]); err != nil {
			return fmt.Errorf("reputation of %s: %w", a, err)
		}
	}
	if u.Block != 0 {
		if u.Block > math.MaxInt64 {
			return fmt.Errorf("block %d does not fit a signed 64-bit column", u.Block)
		}
		if err := exec(ctx, upsertCursorSQL, int64(u.Block)); err != nil {
			return fmt.Errorf("cursor: %w", err)
		}
	}
	return nil
}

func sqlSortedKeys[K interface {
	comparable
	Cmp(K) int
}, V any](m map[K]V) []K {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, K.Cmp)
	return keys
}

// sqlQuery is a Query turned into SQL, and what it needs to turn rows into a Page.
type sqlQuery struct {
	d        *sqlDialect
	sql      string
	args     []any
	limit    int
	maxBytes int  // Query.MaxBytes
	byRep    bool // ordered by reputation: the rows end with a rep column
	flags    byte
	fp       [8]byte // binds a cursor to its query
}

// sqlReputation is a workerpool order's reputation (0 when unknown).
const sqlReputation = `COALESCE((SELECT r.reputation FROM reputation r WHERE r.workerpool = o.asset), 0)`

// Cursor flags, also part of the query's fingerprint.
const (
	sqlCursorDescending = 1 << iota
	sqlCursorByReputation
	sqlCursorUnfunded
	sqlCursorVersion = 1
)

// sqlBuildQuery turns q into one SELECT that reads limit+1 rows: the extra row tells whether
// there is a next page. Open orders only; ties of price (and reputation) oldest first.
func sqlBuildQuery(d *sqlDialect, q *Query) (*sqlQuery, error) {
	bq := &sqlQuery{d: d, limit: q.Limit, maxBytes: q.MaxBytes, byRep: q.ByReputation && q.Kind == KindWorkerpool}
	if bq.limit <= 0 {
		bq.limit = DefaultPageSize
	}
	bq.limit = min(bq.limit, MaxPageSize)
	if q.Descending {
		bq.flags |= sqlCursorDescending
	}
	if bq.byRep {
		bq.flags |= sqlCursorByReputation
	}
	if q.Unfunded {
		bq.flags |= sqlCursorUnfunded
	}
	bq.fp = sqlQueryFingerprint(q, bq.flags)

	arg := func(v any) string {
		bq.args = append(bq.args, v)
		return "$" + strconv.Itoa(len(bq.args))
	}
	where := []string{"o.status = 0", "o.kind = " + arg(int64(q.Kind))}
	var zeroAddr common.Address
	if q.Asset != zeroAddr {
		where = append(where, "o.asset = "+arg(q.Asset.Bytes()))
	}
	if q.Owner != zeroAddr {
		where = append(where, "o.owner = "+arg(q.Owner.Bytes()))
	}
	if q.Category != nil {
		where = append(where, "o.category = "+arg(int64(*q.Category)))
	}
	if q.TagIncludes != nil {
		for i, w := range sqlTagWords(*q.TagIncludes) {
			if w != 0 {
				x := arg(w)
				where = append(where, fmt.Sprintf("(o.tag%d & %s) = %s", i, x, x))
			}
		}
	}
	if q.TagWithin != nil {
		for i, w := range sqlTagWords(*q.TagWithin) {
			switch {
			case w == 0:
				// The same, said so that PostgreSQL's statistics apply: it estimates a
				// bitwise test at 0.5 %, and then sorts rather than read an index in order.
				where = append(where, fmt.Sprintf("o.tag%d = 0", i))
			case ^w != 0:
				where = append(where, fmt.Sprintf("(o.tag%d & %s) = 0", i, arg(^w)))
			}
		}
	}
	where = append(where, sqlAtLeast("o.trust", q.MinTrust, arg)...)
	if q.MaxTrust != nil {
		where = append(where, sqlAtMost("o.trust", *q.MaxTrust, arg)...)
	}
	if q.MinRemaining > 1 {
		where = append(where, sqlAtLeast("o.remaining", q.MinRemaining, arg)...)
	}
	if q.MaxPrice != nil {
		switch {
		case q.MaxPrice.Sign() < 0:
			where = append(where, "1 = 0")
		case q.MaxPrice.Cmp(sqlMaxUint256) < 0:
			where = append(where, "o.price <= "+arg(d.amount(q.MaxPrice)))
		}
	}
	restrict := func(col string, a *common.Address) {
		if a != nil {
			where = append(where, fmt.Sprintf("o.%s IN (%s, %s)", col, arg(zeroAddr.Bytes()), arg(a.Bytes())))
		}
	}
	if q.Kind == KindRequest {
		// A request names its dataset exactly: one without a dataset cannot use one
		// (matchOrders' AssetMismatch). Its workerpool 0 means any.
		if q.Dataset != nil {
			where = append(where, "o.dataset = "+arg(q.Dataset.Bytes()))
		}
		restrict("workerpool", q.Workerpool)
	} else {
		restrict("app_restrict", q.App)
		restrict("dataset_restrict", q.Dataset)
		restrict("workerpool_restrict", q.Workerpool)
	}
	restrict("requester_restrict", q.Requester)
	if !q.Unfunded {
		where = append(where, fmt.Sprintf("(o.unit_cost = %s OR o.unit_cost <= COALESCE((SELECT b.balance FROM balances b WHERE b.owner = o.owner), %s))", d.zero, d.zero))
	}

	dir, beyond := "ASC", ">"
	if q.Descending {
		dir, beyond = "DESC", "<"
	}
	if q.After != "" {
		c, err := bq.decodeCursor(q.After)
		if err != nil {
			return nil, err
		}
		// The keyset condition, with a plain bound on price first so that the index scan
		// starts at the cursor.
		p, s := arg(d.amount(c.price)), arg(c.seq)
		tie := "o.seq > " + s
		if bq.byRep {
			r := arg(c.rep)
			tie = fmt.Sprintf("%s < %s OR (%s = %s AND %s)", sqlReputation, r, sqlReputation, r, tie)
		}
		where = append(where, fmt.Sprintf("o.price %s= %s AND (o.price %s %s OR %s)", beyond, p, beyond, p, tie))
	}
	cols, order := sqlSelectColumns, "o.price "+dir
	if bq.byRep {
		cols += ", " + sqlReputation + " AS rep"
		order += ", rep DESC"
	}
	order += ", o.seq ASC"
	from := "orders o"
	if q.Owner != zeroAddr && d.byOwner != "" {
		from += " " + d.byOwner
	}
	bq.sql = fmt.Sprintf("SELECT %s FROM %s WHERE %s ORDER BY %s LIMIT %s",
		cols, from, strings.Join(where, " AND "), order, arg(int64(bq.limit+1)))
	return bq, nil
}

// sqlAtLeast and sqlAtMost compare an unsigned 64-bit column stored as the int64 of its bits: the
// values from 2^63 up read as negative.
func sqlAtLeast(col string, v uint64, arg func(any) string) []string {
	switch {
	case v == 0:
		return nil
	case v <= math.MaxInt64:
		return []string{fmt.Sprintf("(%s >= %s OR %s < 0)", col, arg(int64(v)), col)}
	default:
		return []string{fmt.Sprintf("%s < 0", col), fmt.Sprintf("%s >= %s", col, arg(int64(v)))}
	}
}

func sqlAtMost(col string, v uint64, arg func(any) string) []string {
	switch {
	case v == math.MaxUint64:
		return nil
	case v <= math.MaxInt64:
		return []string{fmt.Sprintf("%s >= 0", col), fmt.Sprintf("%s <= %s", col, arg(int64(v)))}
	default:
		return []string{fmt.Sprintf("(%s >= 0 OR %s <= %s)", col, col, arg(int64(v)))}
	}
}

// page reads the rows of bq into a Page.
func (bq *sqlQuery) page(next func() bool, scan func(...any) error) (*Page, error) {
	page := &Page{Records: []*Record{}}
	var last sqlPageCursor
	size := 0
	for next() {
		if len(page.Records) == bq.limit || (bq.maxBytes > 0 && size >= bq.maxBytes) {
			page.Next = bq.encodeCursor(last)
			break
		}
		var extra []any
		if bq.byRep {
			extra = []any{&last.rep}
		}
		r, err := sqlScanRecord(bq.d, scan, extra...)
		if err != nil {
			return nil, err
		}
		page.Records = append(page.Records, r)
		size += len(r.Order)
		last.price, last.seq = r.Price, r.Seq
	}
	return page, nil
}

// sqlPageCursor is the sort key of the last order of a page. Encoded: version, flags, price (32
// bytes), seq (8), reputation (8, when ordered by it), then the query's fingerprint (8), in
// unpadded URL-safe base64.
type sqlPageCursor struct {
	price *big.Int
	seq   int64
	rep   int64
}

func (bq *sqlQuery) encodeCursor(c sqlPageCursor) string {
	b := make([]byte, 0, 2+32+8+8+8)
	b = append(b, sqlCursorVersion, bq.flags)
	b = append(b, c.price.FillBytes(make([]byte, 32))...)
	b = binary.BigEndian.AppendUint64(b, uint64(c.seq))
	if bq.byRep {
		b = binary.BigEndian.AppendUint64(b, uint64(c.rep))
	}
	b = append(b, bq.fp[:]...)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (bq *sqlQuery) decodeCursor(s string) (sqlPageCursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	n := 2 + 32 + 8 + 8
	if bq.byRep {
		n += 8
	}
	switch {
	case err != nil || len(b) != n || b[0] != sqlCursorVersion:
		return sqlPageCursor{}, ErrBadCursor
	case b[1] != bq.flags || !bytes.Equal(b[n-8:], bq.fp[:]):
		return sqlPageCursor{}, fmt.Errorf("%w: it belongs to another query", ErrBadCursor)
	}
	c := sqlPageCursor{
		price: new(big.Int).SetBytes(b[2:34]),
		seq:   int64(binary.BigEndian.Uint64(b[34:42])),
	}
	if bq.byRep {
		c.rep = int64(binary.BigEndian.Uint64(b[42:50]))
	}
	return c, nil
}

// sqlQueryFingerprint digests what q selects and how it sorts (not Limit nor After): a cursor is
// only valid for the query that issued it.
func sqlQueryFingerprint(q *Query, flags byte) [8]byte {
	b := []byte{flags, byte(q.Kind)}
	b = append(b, q.Asset[:]...)
	b = append(b, q.Owner[:]...)
	optUint := func(v *uint64) {
		if v == nil {
			b = append(b, 0)
			return
		}
		b = binary.BigEndian.AppendUint64(append(b, 1), *v)
	}
	optBytes := func(v []byte, present bool) {
		if !present {
			b = append(b, 0)
			return
		}
		b = append(append(b, 1, byte(len(v))), v...)
	}
	optUint(q.Category)
	optBytes(sqlHashBytes(q.TagIncludes), q.TagIncludes != nil)
	optBytes(sqlHashBytes(q.TagWithin), q.TagWithin != nil)
	b = binary.BigEndian.AppendUint64(b, q.MinTrust)
	optUint(q.MaxTrust)
	if q.MaxPrice != nil {
		optBytes([]byte(q.MaxPrice.String()), true)
	} else {
		optBytes(nil, false)
	}
	b = binary.BigEndian.AppendUint64(b, q.MinRemaining)
	for _, a := range []*common.Address{q.App, q.Dataset, q.Workerpool, q.Requester} {
		optBytes(sqlAddressBytes(a), a != nil)
	}
	sum := sha256.Sum256(b)
	return [8]byte(sum[:8])
}

func sqlHashBytes(h *common.Hash) []byte {
	if h == nil {
		return nil
	}
	return h.Bytes()
}

func sqlAddressBytes(a *common.Address) []byte {
	if a == nil {
		return nil
	}
	return a.Bytes()
}
