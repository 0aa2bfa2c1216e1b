package scheduler

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"ergon/sqlitefile"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver (no cgo)
)

// sqliteMigrations are the schema versions: a database at version v has had the first v
// applied, each in the transaction that records its number in schema_version. Append, never
// edit. The DDL keeps to plain types and constraints PostgreSQL shares (TEXT, BIGINT,
// BOOLEAN, foreign keys) so that its migrations can be the same text.
//
// Only what a query filters, joins or sorts on is a column; the record itself is the data
// column, JSON of the Go record, so adding a field to a record needs no migration. Hashes and
// addresses are lowercase 0x-hex, which sorts like the bytes. assigned_at is Unix nanoseconds,
// only for ordering (see unixNano); the exact time is in data.
var sqliteMigrations = [][]string{
	1: {
		`CREATE TABLE deals (
			id    TEXT    NOT NULL PRIMARY KEY,
			done  BOOLEAN NOT NULL,
			block BIGINT  NOT NULL,
			data  TEXT    NOT NULL
		)`,
		`CREATE INDEX deals_done_block ON deals (done, block, id)`,
		`CREATE TABLE tasks (
			id      TEXT   NOT NULL PRIMARY KEY,
			deal_id TEXT   NOT NULL REFERENCES deals (id),
			idx     BIGINT NOT NULL,
			data    TEXT   NOT NULL
		)`,
		`CREATE INDEX tasks_deal_idx ON tasks (deal_id, idx)`,
		`CREATE TABLE replicas (
			task_id     TEXT   NOT NULL REFERENCES tasks (id),
			worker      TEXT   NOT NULL,
			assigned_at BIGINT NOT NULL,
			data        TEXT   NOT NULL,
			PRIMARY KEY (task_id, worker)
		)`,
		`CREATE TABLE cursor (
			id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
			block BIGINT  NOT NULL
		)`,
	},
}

// sqliteSchemaVersion is the version this ergon writes.
var sqliteSchemaVersion = len(sqliteMigrations) - 1

// The statements of Apply and Load. Upserts use ON CONFLICT … DO UPDATE and $n placeholders,
// which PostgreSQL reads the same way.
const (
	upsertDealSQL = `INSERT INTO deals (id, done, block, data) VALUES ($1, $2, $3, $4)
		ON CONFLICT (id) DO UPDATE SET done = excluded.done, block = excluded.block, data = excluded.data`
	upsertTaskSQL = `INSERT INTO tasks (id, deal_id, idx, data) VALUES ($1, $2, $3, $4)
		ON CONFLICT (id) DO UPDATE SET deal_id = excluded.deal_id, idx = excluded.idx, data = excluded.data`
	upsertReplicaSQL = `INSERT INTO replicas (task_id, worker, assigned_at, data) VALUES ($1, $2, $3, $4)
		ON CONFLICT (task_id, worker) DO UPDATE SET assigned_at = excluded.assigned_at, data = excluded.data`
	upsertCursorSQL = `INSERT INTO cursor (id, block) VALUES (1, $1)
		ON CONFLICT (id) DO UPDATE SET block = excluded.block`

	// Tasks and replicas follow the order of their deals, so a snapshot reads deal by deal.
	loadDealsSQL = `SELECT d.data FROM deals d WHERE d.done = FALSE ORDER BY d.block, d.id`
	loadTasksSQL = `SELECT t.data FROM tasks t JOIN deals d ON d.id = t.deal_id
		WHERE d.done = FALSE ORDER BY d.block, d.id, t.idx, t.id`
	loadReplicasSQL = `SELECT r.data FROM replicas r JOIN tasks t ON t.id = r.task_id JOIN deals d ON d.id = t.deal_id
		WHERE d.done = FALSE ORDER BY d.block, d.id, t.idx, t.id, r.assigned_at, r.worker`
	loadCursorSQL = `SELECT block FROM cursor WHERE id = 1`
)

// SQLiteStore is the embedded Store: one SQLite file, written through a single connection.
// It is safe for concurrent use; Apply and Load calls are serialised.
//
// What Load gives back equals what Apply was given, with three normalisations that follow
// from storing records as JSON: ReplicaRecord.AssignedAt comes back in UTC with no monotonic
// clock reading (the same instant: compare with Equal, or apply .UTC() before comparing
// structs); empty byte slices come back nil; *big.Int fields come back with the same value
// (Cmp == 0, nil stays nil) but not necessarily the same internal representation, so compare
// them with Cmp rather than reflect.DeepEqual.
//
// Every column that a query uses is plain SQL and the upserts use ON CONFLICT, so a PostgreSQL
// Store can share the schema and the statements.
type SQLiteStore struct {
	db *sql.DB
}

var _ Store = (*SQLiteStore)(nil)

// OpenSQLite opens the store at path, creating the file and the schema if missing and
// migrating an older schema. It refuses, with ErrSchemaVersion, a file whose schema is newer
// than this ergon's.
func OpenSQLite(path string) (*SQLiteStore, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite store %s: %w", path, err)
	}
	dsn := sqlitefile.URI(abs) +
		// The driver runs these on every connection it opens.
		"?_txlock=immediate" + // writers take the write lock at BEGIN and wait busy_timeout for it, instead of failing to upgrade
		"&_pragma=busy_timeout(10000)" + // another process (a backup, the sqlite3 shell) may hold the lock for a while
		"&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)" +
		// A committed Apply must survive kill -9 of the process, and, because the scheduler
		// acknowledges a worker's signature and sends transactions right after Apply
		// returns, a power cut too: a signature we acknowledged and then lost is a
		// contribution the worker counts on and we can no longer relay. In WAL mode NORMAL
		// only survives the process crash (the WAL is synced at checkpoints, so a power cut
		// may roll back the last commits); FULL syncs the WAL at every commit. The cost is
		// one fsync per Apply (BenchmarkApply/replicas=1), which batches amortise.
		"&_pragma=synchronous(FULL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite store %s: %w", path, err)
	}
	// One connection: SQLite has one writer at a time anyway, and Load runs at start-up only.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	s := &SQLiteStore{db: db}
	if err := sqlitefile.Migrate(context.Background(), s.db, sqliteMigrations, ErrSchemaVersion); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite store %s: %w", path, err)
	}
	return s, nil
}

// Apply writes b in one transaction: all of it or, on error, none of it. A task must have its
// deal, and a replica its task, in the store or in the same batch: Apply writes deals, then
// tasks, then replicas, so a foreign-key error names the record that lacks its parent.
func (s *SQLiteStore) Apply(ctx context.Context, b *Batch) error {
	if b.Empty() {
		return nil
	}
	if err := s.apply(ctx, b); err != nil {
		return fmt.Errorf("sqlite store: apply: %w", withContextErr(ctx, err))
	}
	return nil
}

func (s *SQLiteStore) apply(ctx context.Context, b *Batch) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if len(b.Deals) > 0 {
		stmt, err := tx.PrepareContext(ctx, upsertDealSQL)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, d := range b.Deals {
			block, err := toInt64(d.Block)
			if err != nil {
				return fmt.Errorf("deal %s: block: %w", d.ID, err)
			}
			data, err := json.Marshal(d)
			if err != nil {
				return fmt.Errorf("deal %s: %w", d.ID, err)
			}
			if _, err := stmt.ExecContext(ctx, hashKey(d.ID), d.Done, block, string(data)); err != nil {
				return fmt.Errorf("deal %s: %w", d.ID, err)
			}
		}
	}
	if len(b.Tasks) > 0 {
		stmt, err := tx.PrepareContext(ctx, upsertTaskSQL)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, t := range b.Tasks {
			idx, err := toInt64(t.Index)
			if err != nil {
				return fmt.Errorf("task %s: index: %w", t.ID, err)
			}
			data, err := json.Marshal(t)
			if err != nil {
				return fmt.Errorf("task %s: %w", t.ID, err)
			}
			if _, err := stmt.ExecContext(ctx, hashKey(t.ID), hashKey(t.DealID), idx, string(data)); err != nil {
				return fmt.Errorf("task %s: %w", t.ID, err)
			}
		}
	}
	if len(b.Replicas) > 0 {
		stmt, err := tx.PrepareContext(ctx, upsertReplicaSQL)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, r := range b.Replicas {
			// UTC also drops the monotonic reading: what Load returns is what was stored.
			r.AssignedAt = r.AssignedAt.UTC()
			data, err := json.Marshal(r)
			if err != nil {
				return fmt.Errorf("replica %s/%s: %w", r.TaskID, r.Worker, err)
			}
			if _, err := stmt.ExecContext(ctx, hashKey(r.TaskID), addressKey(r.Worker), unixNano(r.AssignedAt), string(data)); err != nil {
				return fmt.Errorf("replica %s/%s: %w", r.TaskID, r.Worker, err)
			}
		}
	}
	if b.Cursor != nil {
		block, err := toInt64(*b.Cursor)
		if err != nil {
			return fmt.Errorf("cursor: %w", err)
		}
		if _, err := tx.ExecContext(ctx, upsertCursorSQL, block); err != nil {
			return fmt.Errorf("cursor: %w", err)
		}
	}
	return tx.Commit()
}

// Load reads, in one read transaction, the deals that are not done (by block, then id), their
// tasks (in their deals' order, then by index) and the replicas of those tasks (in their
// tasks' order, then by assignment time, then worker), and the cursor.
func (s *SQLiteStore) Load(ctx context.Context) (*Snapshot, error) {
	snap, err := s.load(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite store: load: %w", withContextErr(ctx, err))
	}
	return snap, nil
}

func (s *SQLiteStore) load(ctx context.Context) (*Snapshot, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	snap := &Snapshot{}
	if snap.Deals, err = loadRecords[DealRecord](ctx, tx, loadDealsSQL); err != nil {
		return nil, fmt.Errorf("deals: %w", err)
	}
	if snap.Tasks, err = loadRecords[TaskRecord](ctx, tx, loadTasksSQL); err != nil {
		return nil, fmt.Errorf("tasks: %w", err)
	}
	if snap.Replicas, err = loadRecords[ReplicaRecord](ctx, tx, loadReplicasSQL); err != nil {
		return nil, fmt.Errorf("replicas: %w", err)
	}
	var cursor int64
	switch err := tx.QueryRowContext(ctx, loadCursorSQL).Scan(&cursor); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return nil, fmt.Errorf("cursor: %w", err)
	default:
		snap.Cursor, snap.HasCursor = uint64(cursor), true
	}
	return snap, tx.Commit()
}

// loadRecords decodes the single data column of every row of query.
func loadRecords[T any](ctx context.Context, tx *sql.Tx, query string) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var rec T
		if err := json.Unmarshal([]byte(data), &rec); err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, rows.Err()
}

// Close closes the database; the WAL is checkpointed into the main file.
func (s *SQLiteStore) Close() error {
	return s.db.Close()
}

// withContextErr makes err match ctx.Err() when ctx ended: database/sql rolls the transaction
// back as soon as the context is done, and the statement that was next then fails with "sql:
// statement is closed" or "sql: transaction has already been committed or rolled back"
// instead of the context's error.
func withContextErr(ctx context.Context, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
		return fmt.Errorf("%w: %w", ctxErr, err)
	}
	return err
}

// hashKey and addressKey are the text keys: lowercase hex sorts like the bytes (Address.Hex
// would be the mixed-case checksum).
func hashKey(h common.Hash) string       { return hexutil.Encode(h[:]) }
func addressKey(a common.Address) string { return hexutil.Encode(a[:]) }

// toInt64 converts a block number or an index to a BIGINT column, which is signed.
func toInt64(v uint64) (int64, error) {
	if v > math.MaxInt64 {
		return 0, fmt.Errorf("%d does not fit a signed 64-bit column", v)
	}
	return int64(v), nil
}

// unixNano is the sort key of a time: Unix nanoseconds, which cover 1678 to 2262; a time
// outside that range (the zero Time, year 1) sorts first or last.
func unixNano(t time.Time) int64 {
	switch {
	case t.Before(minUnixNano):
		return math.MinInt64
	case t.After(maxUnixNano):
		return math.MaxInt64
	}
	return t.UnixNano()
}

var (
	minUnixNano = time.Unix(0, math.MinInt64)
	maxUnixNano = time.Unix(0, math.MaxInt64)
)
