package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"ergon/pgdb"
)

// postgresSchema is the PostgreSQL schema (namespace) that holds the order book, so that the
// market can share a database with other services (pgdb). The store's connections have it as
// their search_path, so its statements are the SQLite ones, unqualified.
const postgresSchema = "market"

// postgresMigrations are the schema versions, as sqliteMigrations (same tables, columns and
// indexes), with PostgreSQL's types: amounts are NUMERIC(78, 0), which holds any uint256,
// hashes and addresses BYTEA (compared bytewise, no collation). Append, never edit.
var postgresMigrations = [][]string{
	1: append([]string{
		`CREATE TABLE orders (
			seq                 BIGINT         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
			hash                BYTEA          NOT NULL UNIQUE,
			kind                SMALLINT       NOT NULL,
			status              SMALLINT       NOT NULL,
			owner               BYTEA          NOT NULL,
			asset               BYTEA          NOT NULL,
			price               NUMERIC(78, 0) NOT NULL,
			volume              BIGINT         NOT NULL,
			remaining           BIGINT         NOT NULL,
			tag0                BIGINT         NOT NULL,
			tag1                BIGINT         NOT NULL,
			tag2                BIGINT         NOT NULL,
			tag3                BIGINT         NOT NULL,
			category            BIGINT         NOT NULL,
			trust               BIGINT         NOT NULL,
			app_restrict        BYTEA          NOT NULL,
			dataset_restrict    BYTEA          NOT NULL,
			workerpool_restrict BYTEA          NOT NULL,
			requester_restrict  BYTEA          NOT NULL,
			dataset             BYTEA          NOT NULL,
			workerpool          BYTEA          NOT NULL,
			unit_cost           NUMERIC(78, 0) NOT NULL,
			published           TEXT           NOT NULL,
			data                BYTEA          NOT NULL
		)`,
		`CREATE TABLE balances (
			owner   BYTEA          NOT NULL PRIMARY KEY,
			balance NUMERIC(78, 0) NOT NULL
		)`,
		`CREATE TABLE reputation (
			workerpool BYTEA  NOT NULL PRIMARY KEY,
			reputation BIGINT NOT NULL
		)`,
		`CREATE TABLE cursor (
			id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
			block BIGINT  NOT NULL
		)`,
	}, sqlOrderIndexes...),
}

// postgresSchemaVersion is the version this ergon writes.
var postgresSchemaVersion = len(postgresMigrations) - 1

// postgresMigrationLock is the advisory lock that serialises two markets migrating one
// database at once ("ergonmkt").
const postgresMigrationLock = 0x6572676f6e6d6b74

// PostgresStore is the Store of real deployments: the order book in PostgreSQL, in the schema
// "market" of the database the DSN names (created if missing). It behaves as SQLiteStore: the
// same statements, the same test suite. Puts are gathered by one writer goroutine into one
// transaction, sent as one pipelined batch (group commit); reads and Applies use the pool.
//
// A Put or Apply that returned nil is committed; it is durable as far as the server's
// settings make it (synchronous_commit on, the default, and fsync on).
type PostgresStore struct {
	pool   *pgxpool.Pool
	w      *sqlWriter
	closed atomic.Bool
	once   sync.Once
}

var _ Store = (*PostgresStore)(nil)

// OpenPostgres connects to the database dsn names (a postgres:// URL or key=value pairs, as
// libpq reads them, PG* environment variables included), creates the schema "market" and its
// tables if missing and migrates an older schema. It refuses, with ErrSchemaVersion, a
// schema newer than this ergon's.
func OpenPostgres(ctx context.Context, dsn string) (*PostgresStore, error) {
	pool, err := pgdb.Open(ctx, dsn, pgdb.Schema{
		Name:          postgresSchema,
		MigrationLock: postgresMigrationLock,
		Migrations:    postgresMigrations,
		ErrNewer:      ErrSchemaVersion,
		// Every Query is meant to read an index in the order it asks for and stop at its
		// LIMIT (each filter that picks a range of orders, asset, category or owner, has
		// such an index). PostgreSQL cannot estimate the tag filters (a bitwise test counts
		// for 0.5 %), so with a few of them it expects to find almost nothing and prefers to
		// fetch the whole category and sort it: 10 ms instead of 0.1 on BenchmarkQuery, and
		// the same with the generic plan of a prepared statement. Reading in index order is
		// never much worse than that plan, which reads the same range; so a full sort is
		// made a last resort.
		Params: map[string]string{"enable_sort": "off"},
	})
	if err != nil {
		// The error may quote the DSN: it is the caller's, with its password if any.
		return nil, fmt.Errorf("market postgres store: %w", err)
	}
	s := &PostgresStore{pool: pool}
	s.w = startSQLWriter(s.putBatch, nil)
	return s, nil
}

// postgresDialect passes amounts as NUMERIC.
var postgresDialect = &sqlDialect{
	zero: "0",
	amount: func(v *big.Int) any {
		return pgtype.Numeric{Int: new(big.Int).Set(v), Valid: true}
	},
	amountDest: func() any { return new(pgtype.Numeric) },
	amountValue: func(dest any) (*big.Int, error) {
		return numericInt(*dest.(*pgtype.Numeric))
	},
}

// numericInt is the integer value of n (Int × 10^Exp), which must be a whole number.
func numericInt(n pgtype.Numeric) (*big.Int, error) {
	if !n.Valid || n.NaN || n.InfinityModifier != pgtype.Finite {
		return nil, fmt.Errorf("not a number: %+v", n)
	}
	v := new(big.Int)
	if n.Int != nil {
		v.Set(n.Int)
	}
	if n.Exp == 0 {
		return v, nil
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(n.Exp, -n.Exp))), nil)
	if n.Exp > 0 {
		return v.Mul(v, pow), nil
	}
	if _, rem := v.QuoRem(v, pow, new(big.Int)); rem.Sign() != 0 {
		return nil, fmt.Errorf("%s×10^%d is not a whole number", n.Int, n.Exp)
	}
	return v, nil
}

// Put hands r to the writer and waits for the transaction that holds it to commit.
func (s *PostgresStore) Put(ctx context.Context, r *Record) error {
	if s.closed.Load() {
		return ErrClosed
	}
	args, err := sqlRecordArgs(postgresDialect, r)
	if err != nil {
		return fmt.Errorf("market postgres store: put: %w", err)
	}
	op := &sqlWriteOp{ctx: ctx, args: args}
	if err := s.w.submit(ctx, op); err != nil {
		return fmt.Errorf("market postgres store: put %s: %w", r.Hash, err)
	}
	r.Seq, r.Status = op.seq, sqlPutStatus(r)
	return nil
}

// putBatch inserts the orders of ops in one transaction, sent in one round trip; an order
// whose hash is known gets ErrExists without failing the others. An error fails the whole
// transaction; it is a sqlRowError when an order's insert failed.
func (s *PostgresStore) putBatch(ops []*sqlWriteOp) error {
	ctx := context.Background() // one caller leaving must not fail the others
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	var b pgx.Batch
	for _, op := range ops {
		b.Queue(insertOrderSQL, op.args...)
	}
	br := tx.SendBatch(ctx, &b)
	for _, op := range ops {
		switch err := br.QueryRow().Scan(&op.seq); {
		case errors.Is(err, pgx.ErrNoRows):
			op.err = ErrExists
		case err != nil:
			br.Close()
			return sqlRowError{err}
		default:
			op.err = nil
		}
	}
	if err := br.Close(); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Apply writes u in one transaction.
func (s *PostgresStore) Apply(ctx context.Context, u *Update) error {
	if s.closed.Load() {
		return ErrClosed
	}
	if sqlUpdateEmpty(u) {
		return nil
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		exec := func(ctx context.Context, query string, args ...any) error {
			_, err := tx.Exec(ctx, query, args...)
			return err
		}
		return sqlApplyUpdate(ctx, exec, postgresDialect, u)
	})
	if err != nil {
		return fmt.Errorf("market postgres store: apply: %w", err)
	}
	return nil
}

// Get returns the order with this hash.
func (s *PostgresStore) Get(ctx context.Context, hash common.Hash) (*Record, error) {
	if s.closed.Load() {
		return nil, ErrClosed
	}
	r, err := sqlScanRecord(postgresDialect, s.pool.QueryRow(ctx, getOrderSQL, hash.Bytes()).Scan)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil, fmt.Errorf("market postgres store: get %s: %w", hash, ErrNotFound)
	case err != nil:
		return nil, fmt.Errorf("market postgres store: get %s: %w", hash, err)
	}
	return r, nil
}

// Query returns one page of q.
func (s *PostgresStore) Query(ctx context.Context, q Query) (*Page, error) {
	if s.closed.Load() {
		return nil, ErrClosed
	}
	bq, err := sqlBuildQuery(postgresDialect, &q)
	if err != nil {
		return nil, fmt.Errorf("market postgres store: query: %w", err)
	}
	rows, err := s.pool.Query(ctx, bq.sql, bq.args...)
	if err != nil {
		return nil, fmt.Errorf("market postgres store: query: %w", err)
	}
	defer rows.Close()
	page, err := bq.page(rows.Next, rows.Scan)
	if err == nil {
		rows.Close()
		err = rows.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("market postgres store: query: %w", err)
	}
	return page, nil
}

// Owners lists the owners of open orders that cost them something, in byte order.
func (s *PostgresStore) Owners(ctx context.Context) ([]common.Address, error) {
	if s.closed.Load() {
		return nil, ErrClosed
	}
	rows, err := s.pool.Query(ctx, sqlOwners(postgresDialect))
	if err != nil {
		return nil, fmt.Errorf("market postgres store: owners: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (common.Address, error) {
		var b []byte
		err := row.Scan(&b)
		return common.BytesToAddress(b), err
	})
	if err != nil {
		return nil, fmt.Errorf("market postgres store: owners: %w", err)
	}
	return out, nil
}

// CountOpen counts owner's open orders.
func (s *PostgresStore) CountOpen(ctx context.Context, owner common.Address) (int, error) {
	if s.closed.Load() {
		return 0, ErrClosed
	}
	var n int
	query, args := sqlCountOpen(owner)
	if err := s.pool.QueryRow(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("market postgres store: count open: %w", err)
	}
	return n, nil
}

// Cursor returns the follower's last applied block.
func (s *PostgresStore) Cursor(ctx context.Context) (uint64, bool, error) {
	if s.closed.Load() {
		return 0, false, ErrClosed
	}
	var block int64
	switch err := s.pool.QueryRow(ctx, cursorSQL).Scan(&block); {
	case errors.Is(err, pgx.ErrNoRows):
		return 0, false, nil
	case err != nil:
		return 0, false, fmt.Errorf("market postgres store: cursor: %w", err)
	}
	return uint64(block), true, nil
}

// Close waits for the Puts in progress and queued, then closes the pool. Calls after Close
// fail with ErrClosed; Close itself is idempotent.
func (s *PostgresStore) Close() error {
	s.once.Do(func() {
		s.closed.Store(true)
		s.w.close()
		s.pool.Close()
	})
	return nil
}
