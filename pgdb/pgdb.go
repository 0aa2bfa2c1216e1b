// Package pgdb holds what the services' PostgreSQL stores (the scheduler's state, the market's
// book) do alike: a connection pool whose sessions work in the service's own schema, and
// bringing that schema to the version the running ergon knows. It is sqlitefile's counterpart.
package pgdb

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Schema is one service's namespace in a database and how to build it.
type Schema struct {
	// Name is the PostgreSQL schema (namespace) that holds the service's tables, so that
	// services can share a database. Every session has it as its search_path, so the
	// service's statements name their tables unqualified.
	Name string
	// MigrationLock is the advisory lock that serialises two processes migrating one
	// database at once; each service has its own.
	MigrationLock int64
	// Migrations are the schema versions: a database at version v has had the first v
	// applied, each in the transaction that records its number in the schema's
	// schema_version table. Append, never edit.
	Migrations [][]string
	// ErrNewer is wrapped by the error that refuses a schema newer than Migrations knows.
	ErrNewer error
	// Params are more run-time parameters for every session (SET name = value).
	Params map[string]string
}

// Open returns a pool on the database dsn names whose sessions work in s.Name, after creating
// that schema if missing and migrating it: Connect, then Migrate.
//
// An error may quote dsn, password included: it is the caller's to show or not.
func Open(ctx context.Context, dsn string, s Schema) (*pgxpool.Pool, error) {
	pool, err := Connect(ctx, dsn, s)
	if err != nil {
		return nil, err
	}
	if err := Migrate(ctx, pool, s); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

// Connect returns a pool on the database dsn names (a postgres:// URL or key=value pairs, as
// libpq reads them, PG* environment variables included) whose sessions have s.Name as their
// search_path and s.Params set. It does not connect yet, nor touch the schema.
func Connect(ctx context.Context, dsn string, s Schema) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	for k, v := range s.Params {
		cfg.ConnConfig.RuntimeParams[k] = v
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = pgx.Identifier{s.Name}.Sanitize()
	return pgxpool.NewWithConfig(ctx, cfg)
}

// Migrate creates the schema s.Name if missing and brings it to version len(s.Migrations)-1,
// in one transaction under s.MigrationLock. The pool's sessions must have s.Name as their
// search_path (Connect sees to it). A role that may only use the schema's tables (no CREATE)
// can open a schema that is up to date.
func Migrate(ctx context.Context, pool *pgxpool.Pool, s Schema) error {
	latest := len(s.Migrations) - 1
	// READ COMMITTED whatever the database's default: each statement must see what another
	// process committed while this one waited for the lock (under REPEATABLE READ the snapshot
	// would date from the lock's first statement).
	return pgx.BeginTxFunc(ctx, pool, pgx.TxOptions{IsoLevel: pgx.ReadCommitted}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, s.MigrationLock); err != nil {
			return err
		}
		// CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when the schema
		// exists: a role that was given the schema need not have it.
		var exists bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, s.Name).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			if _, err := tx.Exec(ctx, `CREATE SCHEMA `+pgx.Identifier{s.Name}.Sanitize()); err != nil {
				return fmt.Errorf("creating schema %s: %w", s.Name, err)
			}
		}
		// CREATE TABLE IF NOT EXISTS, too, needs CREATE on the schema.
		var versioned bool
		if err := tx.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&versioned); err != nil {
			return err
		}
		if !versioned {
			if _, err := tx.Exec(ctx, `CREATE TABLE schema_version (version INTEGER NOT NULL)`); err != nil {
				return fmt.Errorf("creating %s.schema_version: %w", s.Name, err)
			}
		}
		var version int
		switch err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&version); {
		case errors.Is(err, pgx.ErrNoRows):
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
				return err
			}
		case err != nil:
			return err
		}
		if version > latest {
			return fmt.Errorf("%w: schema %s has version %d, this ergon knows up to %d: upgrade ergon",
				s.ErrNewer, s.Name, version, latest)
		}
		for v := version + 1; v <= latest; v++ {
			for _, stmt := range s.Migrations[v] {
				if _, err := tx.Exec(ctx, stmt); err != nil {
					return fmt.Errorf("migrating schema %s to version %d: %w", s.Name, v, err)
				}
			}
		}
		if version == latest {
			return nil
		}
		_, err := tx.Exec(ctx, `UPDATE schema_version SET version = $1`, latest)
		return err
	})
}
