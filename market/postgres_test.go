package market

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"ergon/pgtest"
)

// openTestPostgres opens a store on a new database of the test server (pgtest).
func openTestPostgres(t testing.TB) (*PostgresStore, string) {
	t.Helper()
	dsn := pgtest.DSN(t)
	s, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatalf("OpenPostgres: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dsn
}

func TestPostgresStore(t *testing.T) {
	testStore(t, func(t *testing.T) Store {
		s, _ := openTestPostgres(t)
		return s
	})
}

func TestPostgresReopen(t *testing.T) {
	s, dsn := openTestPostgres(t)
	testReopen(t, s, func() Store {
		s2, err := OpenPostgres(context.Background(), dsn)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		t.Cleanup(func() { s2.Close() })
		return s2
	})
}

func TestPostgresSchemaVersion(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTestPostgres(t)
	s.Close()

	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// The tables are in their own schema: nothing in public.
	var public int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`).Scan(&public); err != nil || public != 0 {
		t.Errorf("%d tables in schema public (%v), want none", public, err)
	}
	var v int
	if err := conn.QueryRow(ctx, `SELECT version FROM market.schema_version`).Scan(&v); err != nil || v != postgresSchemaVersion {
		t.Fatalf("schema_version = %d, %v; want %d", v, err, postgresSchemaVersion)
	}
	// Opening again, several at once, changes nothing.
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			s, err := OpenPostgres(ctx, dsn)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent OpenPostgres: %v", err)
		}
	}
	if _, err := conn.Exec(ctx, `UPDATE market.schema_version SET version = $1`, postgresSchemaVersion+1); err != nil {
		t.Fatal(err)
	}
	_, err = OpenPostgres(ctx, dsn)
	if !errors.Is(err, ErrSchemaVersion) {
		t.Fatalf("OpenPostgres of a newer schema = %v, want ErrSchemaVersion", err)
	}
	t.Logf("OpenPostgres: %v", err)
}

func TestPostgresBadDSN(t *testing.T) {
	for _, dsn := range []string{"postgres://nobody@127.0.0.1:1/none?connect_timeout=2", "this is not a dsn="} {
		if s, err := OpenPostgres(context.Background(), dsn); err == nil {
			s.Close()
			t.Errorf("OpenPostgres(%q) succeeded", dsn)
		} else {
			t.Logf("OpenPostgres: %v", err)
		}
	}
}

// TestPostgresQueryPlan checks that matchmaking queries on an analysed book read an index in
// the order asked, with no sort, despite filters PostgreSQL cannot estimate (the tags).
func TestPostgresQueryPlan(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 5,000 orders")
	}
	s, _ := openTestPostgres(t)
	stBenchLoad(t, s, 5000)
	if _, err := s.pool.Exec(context.Background(), "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	cat, tag := uint64(1), stTag(0, 8, 16)
	tests := []struct {
		name  string
		q     Query
		index string
	}{
		{"workerpools for a request", stBenchQuery(3), "orders_open_category"},
		{"requests for a workerpool", Query{Kind: KindRequest, Category: &cat, TagWithin: &tag, MaxTrust: stPtr[uint64](150), Descending: true}, "orders_open_category_desc"},
		{"orders of an app", Query{Kind: KindApp, Asset: stAddr(0x2001), TagIncludes: &tag}, "orders_open_asset"},
		{"an owner's requests", Query{Kind: KindRequest, Owner: stAddr(0x3001), Category: &cat}, "orders_open_owner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := postgresPlan(t, s, tt.q)
			if !strings.Contains(plan, "Index Scan using "+tt.index+" ") || strings.Contains(plan, "Sort") {
				t.Errorf("plan:\n%s\nwant a scan of %s and no sort", plan, tt.index)
			}
		})
	}
}

// postgresPlan is PostgreSQL's plan of q.
func postgresPlan(t testing.TB, s *PostgresStore, q Query) string {
	t.Helper()
	bq, err := sqlBuildQuery(postgresDialect, &q)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.pool.Query(context.Background(), "EXPLAIN "+bq.sql, bq.args...)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// openBenchPostgres is BenchmarkPut's and BenchmarkQuery's PostgreSQL store.
func openBenchPostgres(b *testing.B) Store {
	s, _ := openTestPostgres(b)
	return s
}

func planPostgres(b *testing.B, s Store, q Query) string {
	plan := postgresPlan(b, s.(*PostgresStore), q)
	return strings.Join(strings.Fields(strings.ReplaceAll(plan, "\n", "; ")), " ")
}
