package scheduler

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"ergon/sqlitefile"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver (no cgo)
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
// PostgresStore shares its schema and statements (sqlstore.go).
//
// While it is open the store holds an exclusive lock (flock) on the file path+".lock", so a
// second scheduler on the same state is refused with ErrInUse; the lock goes with the process,
// kill -9 included. (On systems without flock, Windows, there is no such lock.)
type SQLiteStore struct {
	db   *sql.DB
	lock *os.File
}

var _ Store = (*SQLiteStore)(nil)

// OpenSQLite opens the store at path, creating the file and the schema if missing and
// migrating an older schema. It refuses, with ErrInUse, a file another store has open, and,
// with ErrSchemaVersion, a file whose schema is newer than this ergon's.
func OpenSQLite(path string) (*SQLiteStore, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite store %s: %w", path, err)
	}
	lock, err := lockFile(abs + ".lock")
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
		lock.Close()
		return nil, fmt.Errorf("sqlite store %s: %w", path, err)
	}
	// One connection: SQLite has one writer at a time anyway, and Load runs at start-up only.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	s := &SQLiteStore{db: db, lock: lock}
	if err := sqlitefile.Migrate(context.Background(), s.db, migrations, ErrSchemaVersion); err != nil {
		s.Close()
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
	stmts, err := batchStmts(b)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prepared := make(map[string]*sql.Stmt, 4)
	for _, st := range stmts {
		ps := prepared[st.query]
		if ps == nil {
			if ps, err = tx.PrepareContext(ctx, st.query); err != nil {
				return err
			}
			defer ps.Close()
			prepared[st.query] = ps
		}
		if _, err := ps.ExecContext(ctx, st.args...); err != nil {
			return fmt.Errorf("%s: %w", st.what, err)
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
	return decodeRows[T](rows)
}

// Close closes the database; the WAL is checkpointed into the main file.
func (s *SQLiteStore) Close() error {
	err := s.db.Close()
	if s.lock != nil {
		s.lock.Close()
		s.lock = nil
	}
	return err
}
