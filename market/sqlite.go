package market

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"ergon/sqlitefile"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver (no cgo)
)

// sqliteMigrations are the schema versions: a database at version v has had the first v
// applied, each in the transaction that records its number in schema_version. Append, never
// edit. postgresMigrations has the same tables, columns and indexes; the statements both
// stores run are at the end of this file.
//
// Amounts (price, unit_cost, balance) are 32-byte big-endian BLOBs: SQLite compares BLOBs with
// memcmp, which for a fixed width is the numeric order of uint256. Hashes and addresses are
// BLOBs of their bytes. The bytes32 tag is four BIGINT words (tag0 the most significant), so
// bit filters are plain `&` in SQL. Unsigned 64-bit values (volume, remaining, category,
// trust) are stored as the int64 of the same bits; the queries compare them as unsigned (see
// sqlAtLeast and sqlAtMost). published is RFC 3339 text in UTC, exact to the nanosecond.
var sqliteMigrations = [][]string{
	1: append([]string{
		`CREATE TABLE orders (
			seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
			hash                BLOB    NOT NULL UNIQUE,
			kind                INTEGER NOT NULL,
			status              INTEGER NOT NULL,
			owner               BLOB    NOT NULL,
			asset               BLOB    NOT NULL,
			price               BLOB    NOT NULL,
			volume              BIGINT  NOT NULL,
			remaining           BIGINT  NOT NULL,
			tag0                BIGINT  NOT NULL,
			tag1                BIGINT  NOT NULL,
			tag2                BIGINT  NOT NULL,
			tag3                BIGINT  NOT NULL,
			category            BIGINT  NOT NULL,
			trust               BIGINT  NOT NULL,
			app_restrict        BLOB    NOT NULL,
			dataset_restrict    BLOB    NOT NULL,
			workerpool_restrict BLOB    NOT NULL,
			requester_restrict  BLOB    NOT NULL,
			dataset             BLOB    NOT NULL,
			workerpool          BLOB    NOT NULL,
			unit_cost           BLOB    NOT NULL,
			published           TEXT    NOT NULL,
			data                BLOB    NOT NULL
		)`,
		`CREATE TABLE balances (
			owner   BLOB NOT NULL PRIMARY KEY,
			balance BLOB NOT NULL
		)`,
		`CREATE TABLE reputation (
			workerpool BLOB   NOT NULL PRIMARY KEY,
			reputation BIGINT NOT NULL
		)`,
		`CREATE TABLE cursor (
			id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
			block BIGINT  NOT NULL
		)`,
	}, sqlOrderIndexes...),
}

// sqliteSchemaVersion is the version this ergon writes.
var sqliteSchemaVersion = len(sqliteMigrations) - 1

// SQLiteStore is the embedded Store: one SQLite file in WAL mode. Reads run on a small pool of
// query-only connections, concurrently with writes. Every write goes through one goroutine
// that owns the only writing connection: concurrent Puts are gathered into one transaction
// (group commit, one fsync for all of them), and each Apply runs in its own transaction.
//
// A Put or Apply that returned nil is on disk (synchronous=FULL): it survives kill -9 and a
// power cut. A Put whose context ends before the writer takes it is not written and returns
// the context's error; once taken, the caller waits for the outcome.
//
// What Get returns equals what Put was given, except that Published comes back in UTC
// without a monotonic clock reading (the same instant: compare with Equal), and an empty
// Order comes back as an empty non-nil slice.
type SQLiteStore struct {
	db     *sql.DB // the writer's connection (one); used by the writer goroutine only
	read   *sql.DB // query-only connections
	w      *sqlWriter
	closed atomic.Bool
	once   sync.Once

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared statements of read, by text
}

// sqliteMaxStmts bounds SQLiteStore.stmts. A Query's text depends only on which filters it
// sets, so a market uses a few dozen.
const sqliteMaxStmts = 256

var _ Store = (*SQLiteStore)(nil)

// OpenSQLite opens the order book at path, creating the file and the schema if missing and
// migrating an older schema. It refuses, with ErrSchemaVersion, a file whose schema is newer
// than this ergon's.
func OpenSQLite(path string) (*SQLiteStore, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("market sqlite store %s: %w", path, err)
	}
	file := sqlitefile.URI(abs)
	db, err := sql.Open("sqlite", file+
		// The driver runs these on every connection it opens.
		"?_txlock=immediate"+ // another process (a backup) may hold the lock: wait for it at BEGIN
		"&_pragma=busy_timeout(10000)"+
		"&_pragma=journal_mode(WAL)"+
		// An order the market accepted is one its publisher and the matchmakers rely on: it
		// must survive kill -9 and a power cut. In WAL mode NORMAL only survives the process
		// crash; FULL syncs the WAL at every commit. Group commit amortises that fsync over
		// every Put waiting at the time.
		"&_pragma=synchronous(FULL)"+
		// The indexes of a large book must stay in memory for inserts to be quick (64 MiB).
		"&_pragma=cache_size(-65536)"+
		// Checkpoint every 10,000 pages (40 MiB of WAL) rather than 1,000: each checkpoint
		// syncs the database file, and the index pages that many Puts rewrite are copied
		// once. Loading 30,000 orders took 3.6-4 s instead of 4.3-9.7 (on a busy machine).
		"&_pragma=wal_autocheckpoint(10000)")
	if err != nil {
		return nil, fmt.Errorf("market sqlite store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := sqlitefile.Migrate(context.Background(), db, sqliteMigrations, ErrSchemaVersion); err != nil {
		db.Close()
		return nil, fmt.Errorf("market sqlite store %s: %w", path, err)
	}

	read, err := sql.Open("sqlite", file+"?_pragma=busy_timeout(10000)&_pragma=query_only(1)")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("market sqlite store %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	read.SetConnMaxLifetime(0)
	read.SetConnMaxIdleTime(0)

	s := &SQLiteStore{db: db, read: read, stmts: map[string]*sql.Stmt{}}
	s.w = startSQLWriter(s.putBatch, s.apply)
	return s, nil
}

// sqliteDialect encodes amounts as 32-byte big-endian BLOBs.
var sqliteDialect = &sqlDialect{
	zero: `x'0000000000000000000000000000000000000000000000000000000000000000'`,
	// An owner has few open orders (the market limits them), but without statistics SQLite
	// cannot tell the owner's index from the category's or the asset's.
	byOwner: `INDEXED BY orders_open_owner`,
	amount:  func(v *big.Int) any { return v.FillBytes(make([]byte, 32)) },
	amountDest: func() any {
		return new([]byte)
	},
	amountValue: func(dest any) (*big.Int, error) {
		b := *dest.(*[]byte)
		if len(b) != 32 {
			return nil, fmt.Errorf("amount of %d bytes, want 32", len(b))
		}
		return new(big.Int).SetBytes(b), nil
	},
}

// Put hands r to the writer and waits for the transaction that holds it to commit.
func (s *SQLiteStore) Put(ctx context.Context, r *Record) error {
	if s.closed.Load() {
		return ErrClosed
	}
	args, err := sqlRecordArgs(sqliteDialect, r)
	if err != nil {
		return fmt.Errorf("market sqlite store: put: %w", err)
	}
	op := &sqlWriteOp{ctx: ctx, args: args}
	if err := s.w.submit(ctx, op); err != nil {
		return fmt.Errorf("market sqlite store: put %s: %w", r.Hash, err)
	}
	r.Seq, r.Status = op.seq, sqlPutStatus(r)
	return nil
}

// putBatch inserts the orders of ops in one transaction; an order whose hash is known gets
// ErrExists without failing the others. An error fails the whole transaction; it is a
// sqlRowError when an order's insert failed.
func (s *SQLiteStore) putBatch(ops []*sqlWriteOp) error {
	ctx := context.Background() // one caller leaving must not fail the others
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, insertOrderSQL)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, op := range ops {
		switch err := stmt.QueryRowContext(ctx, op.args...).Scan(&op.seq); {
		case errors.Is(err, sql.ErrNoRows):
			op.err = ErrExists
		case err != nil:
			return sqlRowError{err}
		default:
			op.err = nil
		}
	}
	return tx.Commit()
}

// Apply hands u to the writer, which writes it in one transaction.
func (s *SQLiteStore) Apply(ctx context.Context, u *Update) error {
	if s.closed.Load() {
		return ErrClosed
	}
	if sqlUpdateEmpty(u) {
		return nil
	}
	if err := s.w.submit(ctx, &sqlWriteOp{ctx: ctx, update: u}); err != nil {
		return fmt.Errorf("market sqlite store: apply: %w", sqlContextErr(ctx, err))
	}
	return nil
}

func (s *SQLiteStore) apply(ctx context.Context, u *Update) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	exec := func(ctx context.Context, query string, args ...any) error {
		_, err := tx.ExecContext(ctx, query, args...)
		return err
	}
	if err := sqlApplyUpdate(ctx, exec, sqliteDialect, u); err != nil {
		return err
	}
	return tx.Commit()
}

// readStmt returns the statement of the reading connections for query, prepared once:
// parsing and planning is a third of the time of a matchmaking query. release closes it when
// the cache is full.
func (s *SQLiteStore) readStmt(ctx context.Context, query string) (stmt *sql.Stmt, release func(), err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if stmt := s.stmts[query]; stmt != nil {
		return stmt, func() {}, nil
	}
	if stmt, err = s.read.PrepareContext(ctx, query); err != nil {
		return nil, nil, err
	}
	if len(s.stmts) >= sqliteMaxStmts {
		return stmt, func() { stmt.Close() }, nil
	}
	s.stmts[query] = stmt
	return stmt, func() {}, nil
}

// queryRow runs query, which returns at most one row, on the reading connections.
func (s *SQLiteStore) queryRow(ctx context.Context, query string, args ...any) func(...any) error {
	stmt, release, err := s.readStmt(ctx, query)
	if err != nil {
		return func(...any) error { return err }
	}
	return func(dest ...any) error {
		defer release()
		return stmt.QueryRowContext(ctx, args...).Scan(dest...)
	}
}

// Get returns the order with this hash.
func (s *SQLiteStore) Get(ctx context.Context, hash common.Hash) (*Record, error) {
	if s.closed.Load() {
		return nil, ErrClosed
	}
	r, err := sqlScanRecord(sqliteDialect, s.queryRow(ctx, getOrderSQL, hash.Bytes()))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, fmt.Errorf("market sqlite store: get %s: %w", hash, ErrNotFound)
	case err != nil:
		return nil, fmt.Errorf("market sqlite store: get %s: %w", hash, err)
	}
	return r, nil
}

// Query returns one page of q.
func (s *SQLiteStore) Query(ctx context.Context, q Query) (*Page, error) {
	if s.closed.Load() {
		return nil, ErrClosed
	}
	bq, err := sqlBuildQuery(sqliteDialect, &q)
	if err != nil {
		return nil, fmt.Errorf("market sqlite store: query: %w", err)
	}
	stmt, release, err := s.readStmt(ctx, bq.sql)
	if err != nil {
		return nil, fmt.Errorf("market sqlite store: query: %w", err)
	}
	defer release()
	rows, err := stmt.QueryContext(ctx, bq.args...)
	if err != nil {
		return nil, fmt.Errorf("market sqlite store: query: %w", err)
	}
	defer rows.Close()
	page, err := bq.page(rows.Next, rows.Scan)
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("market sqlite store: query: %w", err)
	}
	return page, nil
}

// Owners lists the owners of open orders that cost them something, in byte order.
func (s *SQLiteStore) Owners(ctx context.Context) ([]common.Address, error) {
	if s.closed.Load() {
		return nil, ErrClosed
	}
	stmt, release, err := s.readStmt(ctx, sqlOwners(sqliteDialect))
	if err != nil {
		return nil, fmt.Errorf("market sqlite store: owners: %w", err)
	}
	defer release()
	rows, err := stmt.QueryContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("market sqlite store: owners: %w", err)
	}
	defer rows.Close()
	var out []common.Address
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("market sqlite store: owners: %w", err)
		}
		out = append(out, common.BytesToAddress(b))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("market sqlite store: owners: %w", err)
	}
	return out, nil
}

// CountOpen counts owner's open orders.
func (s *SQLiteStore) CountOpen(ctx context.Context, owner common.Address) (int, error) {
	if s.closed.Load() {
		return 0, ErrClosed
	}
	var n int
	query, args := sqlCountOpen(owner)
	if err := s.queryRow(ctx, query, args...)(&n); err != nil {
		return 0, fmt.Errorf("market sqlite store: count open: %w", err)
	}
	return n, nil
}

// Cursor returns the follower's last applied block.
func (s *SQLiteStore) Cursor(ctx context.Context) (uint64, bool, error) {
	if s.closed.Load() {
		return 0, false, ErrClosed
	}
	var block int64
	switch err := s.queryRow(ctx, cursorSQL)(&block); {
	case errors.Is(err, sql.ErrNoRows):
		return 0, false, nil
	case err != nil:
		return 0, false, fmt.Errorf("market sqlite store: cursor: %w", err)
	}
	return uint64(block), true, nil
}

// Close waits for the writes in progress and queued, then closes the database. Calls after
// Close fail with ErrClosed; Close itself is idempotent.
func (s *SQLiteStore) Close() error {
	var err error
	s.once.Do(func() {
		s.closed.Store(true)
		s.w.close()
		s.mu.Lock()
		for _, stmt := range s.stmts {
			stmt.Close()
		}
		s.mu.Unlock()
		err = errors.Join(s.read.Close(), s.db.Close())
	})
	return err
}

// sqlContextErr makes err match ctx.Err() when ctx ended: database/sql rolls the transaction
// back as soon as the context is done, and the statement that was next then fails with "sql:
// statement is closed" instead of the context's error.
func sqlContextErr(ctx context.Context, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
		return fmt.Errorf("%w: %w", ctxErr, err)
	}
	return err
}
