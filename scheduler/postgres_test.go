package scheduler

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"
)

func TestPostgresSchema(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTestPostgres(t)
	mustApply(t, s, &Batch{Cursor: ptr[uint64](7)})
	s.Close()

	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	schema := PostgresSchema(testPool)
	if want := "scheduler_0000000000000000000000000000000000009001"; schema != want {
		t.Fatalf("PostgresSchema = %q, want %q", schema, want)
	}
	// The tables are in the pool's schema: nothing in public.
	var public, own int
	if err := conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE schemaname = 'public'), count(*) FILTER (WHERE schemaname = $1) FROM pg_tables`,
		schema).Scan(&public, &own); err != nil {
		t.Fatal(err)
	}
	if public != 0 || own != 5 {
		t.Errorf("%d tables in public, %d in %s; want 0 and 5 (deals, tasks, replicas, cursor, schema_version)", public, own, schema)
	}
	var v int
	if err := conn.QueryRow(ctx, `SELECT version FROM `+schema+`.schema_version`).Scan(&v); err != nil || v != schemaVersion {
		t.Fatalf("schema_version = %d, %v; want %d", v, err, schemaVersion)
	}

	// A schema written by a newer ergon is refused, and left as it is.
	if _, err := conn.Exec(ctx, `UPDATE `+schema+`.schema_version SET version = $1`, schemaVersion+1); err != nil {
		t.Fatal(err)
	}
	_, err = OpenPostgres(ctx, dsn, testPool)
	if !errors.Is(err, ErrSchemaVersion) {
		t.Fatalf("OpenPostgres of a newer schema = %v, want ErrSchemaVersion", err)
	}
	t.Logf("OpenPostgres: %v", err)
	if err := conn.QueryRow(ctx, `SELECT version FROM `+schema+`.schema_version`).Scan(&v); err != nil || v != schemaVersion+1 {
		t.Fatalf("schema_version after the refused open = %d, %v; want %d", v, err, schemaVersion+1)
	}
}

func TestPostgresOneSchedulerPerPool(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTestPostgres(t)
	deal := fullDeal(1, 10)
	mustApply(t, s, &Batch{Deals: []DealRecord{deal}, Cursor: ptr[uint64](10)})

	// A second scheduler of the same pool is refused while the first runs.
	if s2, err := OpenPostgres(ctx, dsn, testPool); !errors.Is(err, ErrInUse) {
		if err == nil {
			s2.Close()
		}
		t.Fatalf("second OpenPostgres of the same pool = %v, want ErrInUse", err)
	} else {
		t.Logf("second OpenPostgres: %v", err)
	}

	// Another pool's scheduler shares the database, not the state.
	other, err := OpenPostgres(ctx, dsn, testAddress(0x9002))
	if err != nil {
		t.Fatalf("OpenPostgres of another pool: %v", err)
	}
	defer other.Close()
	if got := mustLoad(t, other); len(got.Deals) != 0 || got.HasCursor {
		t.Fatalf("another pool's store loaded %d deals, cursor %v; want an empty state", len(got.Deals), got.HasCursor)
	}
	mustApply(t, other, &Batch{Cursor: ptr[uint64](99)})

	// Once the first is closed, its pool can be opened again, with its state.
	want := mustLoad(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := s.Apply(ctx, &Batch{Cursor: ptr[uint64](11)}); err == nil {
		t.Error("Apply after Close succeeded")
	}
	s3, err := OpenPostgres(ctx, dsn, testPool)
	if err != nil {
		t.Fatalf("OpenPostgres after Close: %v", err)
	}
	defer s3.Close()
	if diff := cmp.Diff(want, mustLoad(t, s3), snapshotOpts); diff != "" {
		t.Fatalf("Load after reopen (-before +after):\n%s", diff)
	}
}

func TestPostgresBadDSN(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, dsn := range []string{"postgres://%zz", "postgres://nobody@127.0.0.1:1/none?connect_timeout=2"} {
		if s, err := OpenPostgres(ctx, dsn, testPool); err == nil {
			s.Close()
			t.Errorf("OpenPostgres(%q) succeeded", dsn)
		} else {
			t.Logf("OpenPostgres(%q): %v", dsn, err)
		}
	}
}

func TestPostgresLockLost(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTestPostgres(t)
	mustApply(t, s, &Batch{Cursor: ptr[uint64](1)})

	// The lock's session ends (a server restart, a failover, an idle timeout would do it).
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, `SELECT pg_terminate_backend($1)`, int64(s.pid)); err != nil {
		t.Fatal(err)
	}
	// Another scheduler may now take the schema; the first writes nothing more.
	var other *PostgresStore
	deadline := time.Now().Add(10 * time.Second)
	for {
		if other, err = OpenPostgres(ctx, dsn, testPool); err == nil {
			break
		}
		if !errors.Is(err, ErrInUse) || time.Now().After(deadline) {
			t.Fatalf("OpenPostgres after the first lost its lock: %v", err)
		}
		time.Sleep(50 * time.Millisecond) // the backend is still exiting
	}
	defer other.Close()
	err = s.Apply(ctx, &Batch{Cursor: ptr[uint64](2)})
	if !errors.Is(err, ErrLockLost) {
		t.Fatalf("Apply after the lock's session ended = %v, want ErrLockLost", err)
	}
	t.Logf("Apply: %v", err)
	if snap := mustLoad(t, other); snap.Cursor != 1 {
		t.Fatalf("cursor = %d after the refused Apply, want 1", snap.Cursor)
	}
	mustApply(t, other, &Batch{Cursor: ptr[uint64](3)})
}

func TestPostgresSecondSchedulerDoesNotMigrate(t *testing.T) {
	// A newer ergon started while the old one runs must be refused before it touches the
	// schema: the old one would be left writing into a schema it does not know.
	ctx := context.Background()
	s, dsn := openTestPostgres(t)
	defer s.Close()
	saved := migrations
	migrations = append(append([][]string{}, saved...), []string{`ALTER TABLE deals ADD COLUMN extra TEXT`})
	defer func() { migrations = saved }()

	_, err := OpenPostgres(ctx, dsn, testPool)
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("OpenPostgres by a newer ergon while the old runs = %v, want ErrInUse", err)
	}
	if !strings.Contains(err.Error(), "server process") {
		t.Errorf("the refusal does not say who holds the lock: %v", err)
	}
	t.Logf("OpenPostgres: %v", err)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var v int
	if err := conn.QueryRow(ctx, `SELECT version FROM `+s.schema+`.schema_version`).Scan(&v); err != nil || v != len(saved)-1 {
		t.Fatalf("schema_version = %d, %v; want %d, untouched", v, err, len(saved)-1)
	}
}
