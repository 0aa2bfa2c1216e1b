package pgdb_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"ergon/pgdb"
	"ergon/pgtest"
)

var errNewer = errors.New("newer schema")

func schema(migrations ...[]string) pgdb.Schema {
	return pgdb.Schema{
		Name:          "svc",
		MigrationLock: 0x7465737470676462,
		Migrations:    append([][]string{nil}, migrations...),
		ErrNewer:      errNewer,
		Params:        map[string]string{"application_name": "pgdb-test"},
	}
}

var (
	v1 = []string{`CREATE TABLE items (id BIGINT PRIMARY KEY)`}
	v2 = []string{`ALTER TABLE items ADD COLUMN name TEXT NOT NULL DEFAULT ''`, `CREATE INDEX items_name ON items (name)`}
)

func TestMigrateInOrder(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)

	pool, err := pgdb.Open(ctx, dsn, schema(v1))
	if err != nil {
		t.Fatalf("Open at version 1: %v", err)
	}
	// Sessions work in the schema: unqualified names are its tables, and Params are set.
	if _, err := pool.Exec(ctx, `INSERT INTO items (id) VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	var app string
	if err := pool.QueryRow(ctx, `SHOW application_name`).Scan(&app); err != nil || app != "pgdb-test" {
		t.Errorf("application_name = %q, %v; want pgdb-test", app, err)
	}
	pool.Close()

	// A newer ergon appends version 2: it runs on the existing data, once.
	for range 2 {
		pool, err = pgdb.Open(ctx, dsn, schema(v1, v2))
		if err != nil {
			t.Fatalf("Open at version 2: %v", err)
		}
		var n int
		var version int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM svc.items WHERE name = ''`).Scan(&n); err != nil || n != 1 {
			t.Fatalf("rows after migration = %d, %v; want the 1 row of version 1", n, err)
		}
		if err := pool.QueryRow(ctx, `SELECT version FROM svc.schema_version`).Scan(&version); err != nil || version != 2 {
			t.Fatalf("schema_version = %d, %v; want 2", version, err)
		}
		pool.Close()
	}

	// The older ergon is refused, and the schema left at version 2.
	if _, err := pgdb.Open(ctx, dsn, schema(v1)); !errors.Is(err, errNewer) {
		t.Fatalf("Open by an older ergon = %v, want errNewer", err)
	} else {
		t.Logf("Open by an older ergon: %v", err)
	}
}

func TestMigrateFailureRollsBack(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	bad := []string{`CREATE TABLE extra (id BIGINT)`, `CREATE TABLE items (id BIGINT)`} // items exists
	if _, err := pgdb.Open(ctx, dsn, schema(v1, bad)); err == nil {
		t.Fatal("Open with a failing migration succeeded")
	} else {
		t.Logf("Open: %v", err)
	}
	// Nothing of the failed transaction remains, not even the schema.
	pool, err := pgdb.Open(ctx, dsn, schema(v1))
	if err != nil {
		t.Fatalf("Open after the failure: %v", err)
	}
	defer pool.Close()
	var extra bool
	if err := pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'svc' AND tablename = 'extra')`).Scan(&extra); err != nil || extra {
		t.Fatalf("table extra exists = %v, %v; want rolled back", extra, err)
	}
}

func TestMigrateConcurrently(t *testing.T) {
	// Services starting together on a new database: the advisory lock lets one create the
	// schema while the others wait, then find it done, even where transactions default to
	// REPEATABLE READ (whose snapshot would predate the winner's commit).
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET default_transaction_isolation = %L', current_database(), 'repeatable read'); END $$`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := range 4 {
		wg.Go(func() {
			pool, err := pgdb.Open(ctx, dsn, schema(v1, v2))
			if err != nil {
				errs <- fmt.Errorf("open %d: %w", i, err)
				return
			}
			pool.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
