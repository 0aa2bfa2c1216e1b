package scheduler

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"ergon/pgdb"
)

// postgresMigrationLock is the advisory lock that serialises two schedulers migrating one
// database at once ("ergonsch").
const postgresMigrationLock = 0x6572676f6e736368

// PostgresSchema is the PostgreSQL schema (namespace) that holds the state of the scheduler of
// pool: "scheduler_" and the address in lowercase hex, so that the schedulers of several pools,
// and other services, can share one database without reading each other's deals.
func PostgresSchema(pool common.Address) string {
	return "scheduler_" + strings.TrimPrefix(addressKey(pool), "0x")
}

// PostgresStore is the Store of real deployments: the scheduler's state in PostgreSQL, in the
// schema PostgresSchema(pool) of the database the DSN names (created if missing). It has the
// SQLite store's tables, statements and behaviour (the same test suite runs on both), and one
// more guarantee: while it is open it holds a session-level advisory lock on its schema, so a
// second scheduler of the same pool on the same database is refused (ErrInUse) instead of
// double-contributing. The lock goes with the session: should the server drop it, another
// scheduler could take over while this one still runs, so run one per pool all the same.
//
// An Apply that returned nil is committed; it is durable as far as the server's settings make
// it (synchronous_commit on, the default, and fsync on).
type PostgresStore struct {
	pool   *pgxpool.Pool
	lock   *pgx.Conn // holds the advisory lock
	schema string
	once   sync.Once
}

var _ Store = (*PostgresStore)(nil)

// OpenPostgres connects to the database dsn names (a postgres:// URL or key=value pairs, as
// libpq reads them, PG* environment variables included), takes the workerpool's schema
// (ErrInUse if another scheduler has it), creates it and its tables if missing and migrates an
// older schema. It refuses, with ErrSchemaVersion, a schema newer than this ergon's.
func OpenPostgres(ctx context.Context, dsn string, pool common.Address) (*PostgresStore, error) {
	schema := PostgresSchema(pool)
	p, err := pgdb.Open(ctx, dsn, pgdb.Schema{
		Name:          schema,
		MigrationLock: postgresMigrationLock,
		Migrations:    migrations,
		ErrNewer:      ErrSchemaVersion,
	})
	if err != nil {
		// The error may quote the DSN: it is the caller's, with its password if any.
		return nil, fmt.Errorf("scheduler postgres store: %w", err)
	}
	lock, err := takeSchemaLock(ctx, p, schema)
	if err != nil {
		p.Close()
		return nil, fmt.Errorf("scheduler postgres store: schema %s: %w", schema, err)
	}
	return &PostgresStore{pool: p, lock: lock, schema: schema}, nil
}

// takeSchemaLock takes the session-level advisory lock of schema on a connection of its own,
// taken out of the pool, and returns that connection: closing it releases the lock.
func takeSchemaLock(ctx context.Context, p *pgxpool.Pool, schema string) (*pgx.Conn, error) {
	c, err := p.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	conn := c.Hijack()
	h := fnv.New64a()
	h.Write([]byte("ergon scheduler " + schema))
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, int64(h.Sum64())).Scan(&ok); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	if !ok {
		conn.Close(context.Background())
		return nil, ErrInUse
	}
	return conn, nil
}

// Apply writes b in one transaction, sent in one round trip: all of it or, on error, none of
// it. A task must have its deal, and a replica its task, in the store or in the same batch.
func (s *PostgresStore) Apply(ctx context.Context, b *Batch) error {
	if b.Empty() {
		return nil
	}
	if err := s.apply(ctx, b); err != nil {
		return fmt.Errorf("scheduler postgres store: apply: %w", withContextErr(ctx, err))
	}
	return nil
}

func (s *PostgresStore) apply(ctx context.Context, b *Batch) error {
	stmts, err := batchStmts(b)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var pb pgx.Batch
		for _, st := range stmts {
			pb.Queue(st.query, st.args...)
		}
		br := tx.SendBatch(ctx, &pb)
		for _, st := range stmts {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return fmt.Errorf("%s: %w", st.what, err)
			}
		}
		return br.Close()
	})
}

// Load reads, in one read-only transaction on one snapshot, what SQLiteStore.Load reads, in
// the same order.
func (s *PostgresStore) Load(ctx context.Context) (*Snapshot, error) {
	snap := &Snapshot{}
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		var err error
		if snap.Deals, err = pgLoadRecords[DealRecord](ctx, tx, loadDealsSQL); err != nil {
			return fmt.Errorf("deals: %w", err)
		}
		if snap.Tasks, err = pgLoadRecords[TaskRecord](ctx, tx, loadTasksSQL); err != nil {
			return fmt.Errorf("tasks: %w", err)
		}
		if snap.Replicas, err = pgLoadRecords[ReplicaRecord](ctx, tx, loadReplicasSQL); err != nil {
			return fmt.Errorf("replicas: %w", err)
		}
		var cursor int64
		switch err := tx.QueryRow(ctx, loadCursorSQL).Scan(&cursor); {
		case errors.Is(err, pgx.ErrNoRows):
		case err != nil:
			return fmt.Errorf("cursor: %w", err)
		default:
			snap.Cursor, snap.HasCursor = uint64(cursor), true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("scheduler postgres store: load: %w", withContextErr(ctx, err))
	}
	return snap, nil
}

func pgLoadRecords[T any](ctx context.Context, tx pgx.Tx, query string) ([]T, error) {
	rows, err := tx.Query(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return decodeRows[T](rows)
}

// Close releases the schema's lock and closes the pool. It is idempotent.
func (s *PostgresStore) Close() error {
	s.once.Do(func() {
		s.lock.Close(context.Background())
		s.pool.Close()
	})
	return nil
}
