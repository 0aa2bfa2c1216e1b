package scheduler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// What the SQLite and PostgreSQL stores share: the schema, the statements, and turning
// records into rows and rows back into records.

// migrations are the schema versions, the same text for SQLite and PostgreSQL: a database at
// version v has had the first v applied, each in the transaction that records its number in
// schema_version. Append, never edit. The DDL keeps to plain types and constraints both share
// (TEXT, BIGINT, BOOLEAN, foreign keys).
//
// Only what a query filters, joins or sorts on is a column; the record itself is the data
// column, JSON of the Go record, so adding a field to a record needs no migration. Hashes and
// addresses are lowercase 0x-hex, which sorts like the bytes. assigned_at is Unix nanoseconds,
// only for ordering (see unixNano); the exact time is in data.
var migrations = [][]string{
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

// schemaVersion is the version this ergon writes.
var schemaVersion = len(migrations) - 1

// The statements of Apply and Load, for both stores: upserts use ON CONFLICT … DO UPDATE and
// $n placeholders, which SQLite and PostgreSQL read the same way.
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

// sqlStmt is one statement of a batch, with its arguments, and the record it writes (for
// errors).
type sqlStmt struct {
	query string
	args  []any
	what  string
}

// batchStmts turns b into its statements, in the order a store must run them: deals, then
// tasks, then replicas (so that a foreign-key error names the record that lacks its parent),
// then the cursor. A record that cannot be stored (an index beyond a signed 64-bit column)
// fails the whole batch before anything is written.
func batchStmts(b *Batch) ([]sqlStmt, error) {
	out := make([]sqlStmt, 0, len(b.Deals)+len(b.Tasks)+len(b.Replicas)+1)
	for _, d := range b.Deals {
		block, err := toInt64(d.Block)
		if err != nil {
			return nil, fmt.Errorf("deal %s: block: %w", d.ID, err)
		}
		data, err := json.Marshal(d)
		if err != nil {
			return nil, fmt.Errorf("deal %s: %w", d.ID, err)
		}
		out = append(out, sqlStmt{upsertDealSQL, []any{hashKey(d.ID), d.Done, block, string(data)}, "deal " + d.ID.Hex()})
	}
	for _, t := range b.Tasks {
		idx, err := toInt64(t.Index)
		if err != nil {
			return nil, fmt.Errorf("task %s: index: %w", t.ID, err)
		}
		data, err := json.Marshal(t)
		if err != nil {
			return nil, fmt.Errorf("task %s: %w", t.ID, err)
		}
		out = append(out, sqlStmt{upsertTaskSQL, []any{hashKey(t.ID), hashKey(t.DealID), idx, string(data)}, "task " + t.ID.Hex()})
	}
	for _, r := range b.Replicas {
		// UTC also drops the monotonic reading: what Load returns is what was stored.
		r.AssignedAt = r.AssignedAt.UTC()
		data, err := json.Marshal(r)
		if err != nil {
			return nil, fmt.Errorf("replica %s/%s: %w", r.TaskID, r.Worker, err)
		}
		out = append(out, sqlStmt{upsertReplicaSQL, []any{hashKey(r.TaskID), addressKey(r.Worker), unixNano(r.AssignedAt), string(data)},
			"replica " + r.TaskID.Hex() + "/" + r.Worker.Hex()})
	}
	if b.Cursor != nil {
		block, err := toInt64(*b.Cursor)
		if err != nil {
			return nil, fmt.Errorf("cursor: %w", err)
		}
		out = append(out, sqlStmt{upsertCursorSQL, []any{block}, "cursor"})
	}
	return out, nil
}

// sqlRows is what decodeRows reads: database/sql's and pgx's rows alike.
type sqlRows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// decodeRows decodes the single data column of every row.
func decodeRows[T any](rows sqlRows) ([]T, error) {
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
