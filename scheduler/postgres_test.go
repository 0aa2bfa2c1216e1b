package scheduler

import (
	"context"
	"errors"
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
