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
// SQLite store's tables, statements and behaviour; the same test suite runs on both.
//
// One scheduler per pool: while it is open the store holds a session-level advisory lock on
// its schema, on a connection of its own, so a second scheduler of the same pool on the same
// database is refused (ErrInUse). Should that session end (a server restart, a failover, a
// dropped connection), another scheduler could take the lock; so every Apply checks, in its
// own transaction, that this store's session still holds it, and fails with ErrLockLost,
// writing nothing, if not. Connect directly or through a pooler in session mode: in
// transaction mode sessions are shared and the lock means nothing.
//
// Its sessions set synchronous_commit=on: an Apply that returned nil is committed and flushed
// as the server's fsync setting makes it (leave fsync on).
type PostgresStore struct {
	pool   *pgxpool.Pool
	lock   *pgx.Conn // holds the advisory lock
	key    int64     // the lock's key
	pid    uint32    // the backend process of the lock's session
	schema string
	once   sync.Once
}

var _ Store = (*PostgresStore)(nil)

// OpenPostgres connects to the database dsn names (a postgres:// URL or key=value pairs, as
// libpq reads them, PG* environment variables included), takes the workerpool's schema
// (ErrInUse if another scheduler has it), then creates it and its tables if missing and
// migrates an older schema. It refuses, with ErrSchemaVersion, a schema newer than this
// ergon's.
func OpenPostgres(ctx context.Context, dsn string, pool common.Address) (*PostgresStore, error) {
	schema := PostgresSchema(pool)
	ps := pgdb.Schema{
		Name:          schema,
		MigrationLock: postgresMigrationLock,
		Migrations:    migrations,
		ErrNewer:      ErrSchemaVersion,
		Params:        map[string]string{"synchronous_commit": "on"},
	}
	p, err := pgdb.Connect(ctx, dsn, ps)
	if err != nil {
		// The error may quote the DSN: it is the caller's, with its password if any.
		return nil, fmt.Errorf("scheduler postgres store: %w", err)
	}
	s := &PostgresStore{pool: p, key: schemaLockKey(schema), schema: schema}
	// The lock first: a second scheduler must not migrate the schema under the first.
	if err := s.takeLock(ctx); err != nil {
		p.Close()
		return nil, fmt.Errorf("scheduler postgres store: schema %s: %w", schema, err)
	}
	if err := pgdb.Migrate(ctx, p, ps); err != nil {
		s.Close()
		return nil, fmt.Errorf("scheduler postgres store: %w", err)
	}
	return s, nil
}

// schemaLockKey is the advisory lock key of a scheduler schema.
func schemaLockKey(schema string) int64 {
	h := fnv.New64a()
	h.Write([]byte("ergon scheduler " + schema))
	return int64(h.Sum64())
}

// takeLock takes the schema's session-level advisory lock on a connection taken out of the
// pool, kept in s.lock: closing it releases the lock.
func (s *PostgresStore) takeLock(ctx context.Context) error {
	c, err := s.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	conn := c.Hijack()
	fail := func(err error) error {
		conn.Close(context.Background())
		return err
	}
	// The session must outlive quiet hours: no idle timeout (PostgreSQL 14 on) for it.
	var version int
	if err := conn.QueryRow(ctx, `SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
		return fail(err)
	}
	if version >= 140000 {
		if _, err := conn.Exec(ctx, `SET idle_session_timeout = 0`); err != nil {
			return fail(err)
		}
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, s.key).Scan(&ok); err != nil {
		return fail(err)
	}
	if !ok {
		return fail(fmt.Errorf("%w: %s", ErrInUse, s.holder(ctx, conn)))
	}
	s.lock, s.pid = conn, conn.PgConn().PID()
	return nil
}

// lockHeldSQL tells whether the backend $3 holds the advisory lock ($1 << 32 | $2): a bigint
// key shows in pg_locks as classid (high half), objid (low half) and objsubid 1.
const lockHeldSQL = `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
	AND classid::bigint = $1 AND objid::bigint = $2 AND objsubid = 1 AND pid = $3 AND granted)`

func (s *PostgresStore) lockArgs() (hi, lo int64) {
	return int64(uint64(s.key) >> 32), int64(uint64(s.key) & 0xffffffff)
}

// holder describes the session holding the lock, for the refusal: what an operator needs to
// find it (and, if it is a dead host's, pg_terminate_backend it).
func (s *PostgresStore) holder(ctx context.Context, conn *pgx.Conn) string {
	hi, lo := s.lockArgs()
	var pid int64
	var client, started string
	err := conn.QueryRow(ctx, `SELECT l.pid, coalesce(host(a.client_addr), 'a local socket'), coalesce(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), '?')
		FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1 AND l.granted`,
		hi, lo).Scan(&pid, &client, &started)
	if err != nil {
		return "the session holding its lock is not visible to this role"
	}
	return fmt.Sprintf("its lock is held by server process %d, connected from %s since %s (if that scheduler is gone for good: SELECT pg_terminate_backend(%d))",
		pid, client, started, pid)
}

// Apply writes b in one transaction, its statements pipelined in one batch: all of it or, on
// error, none of it, but for one case any database client shares: when the connection fails
// during COMMIT, the batch may have been committed although Apply returns an error. A task
// must have its deal, and a replica its task, in the store or in the same batch. It fails with
// ErrLockLost if the store's lock session has ended.
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
	hi, lo := s.lockArgs()
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var pb pgx.Batch
		pb.Queue(lockHeldSQL, hi, lo, int64(s.pid))
		for _, st := range stmts {
			pb.Queue(st.query, st.args...)
		}
		br := tx.SendBatch(ctx, &pb)
		defer br.Close()
		var held bool
		if err := br.QueryRow().Scan(&held); err != nil {
			return fmt.Errorf("checking the schema lock: %w", err)
		}
		if !held {
			return fmt.Errorf("%w: its session (server process %d) ended, so another scheduler may have the schema %s: nothing written; restart this scheduler",
				ErrLockLost, s.pid, s.schema)
		}
		for _, st := range stmts {
			if _, err := br.Exec(); err != nil {
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

// Close closes the pool, waiting for the statements in progress, then releases the schema's
// lock. It is idempotent.
func (s *PostgresStore) Close() error {
	s.once.Do(func() {
		s.pool.Close()
		if s.lock != nil {
			s.lock.Close(context.Background())
		}
	})
	return nil
}
