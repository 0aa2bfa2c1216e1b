// Package sqlitefile holds what the services' SQLite databases (the scheduler's state, the
// market's book) do alike: naming the file for the driver, and bringing a file's schema to the
// version the running ergon knows.
package sqlitefile

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// URI is the driver's name of the file at the absolute path abs: a file: URI, so that a '?'
// or '#' in the path is not taken for the query. Append "?" and the connection's pragmas.
func URI(abs string) string {
	return "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(abs)
}

// Migrate checks that db is in WAL mode and brings its schema to version len(migrations)-1,
// running migrations[v] for each version v above the file's (version 0 is an empty file), in
// one transaction. A file whose version is newer than this ergon's is refused with an error
// wrapping errNewer.
func Migrate(ctx context.Context, db *sql.DB, migrations [][]string, errNewer error) error {
	var mode string
	if err := db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
		return err
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal mode is %q, not WAL", mode)
	}
	latest := len(migrations) - 1
	// With _txlock=immediate, two processes opening a new file at once serialise here.
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var version int
	switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&version); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if version > latest {
		return fmt.Errorf("%w: the file has schema version %d, this ergon knows up to %d: upgrade ergon",
			errNewer, version, latest)
	}
	if version == latest {
		return nil
	}
	for v := version + 1; v <= latest; v++ {
		for _, stmt := range migrations[v] {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrating to schema version %d: %w", v, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = $1`, latest); err != nil {
		return err
	}
	return tx.Commit()
}
