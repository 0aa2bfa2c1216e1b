package market

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"
)

func openTestSQLite(t testing.TB) (*SQLiteStore, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "market.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestSQLiteStore(t *testing.T) {
	testStore(t, func(t *testing.T) Store {
		s, _ := openTestSQLite(t)
		return s
	})
}

// testReopen checks that what a store holds is what it holds after Close and a new open.
func testReopen(t *testing.T, s Store, reopen func() Store) {
	ctx := context.Background()
	var recs []*Record
	for i := range uint64(20) {
		r := stRecord(i, KindRequest, new(big.Int).Lsh(big.NewInt(int64(i)), 60))
		r.Owner, r.UnitCost = stAddr(i%3), big.NewInt(5)
		recs = append(recs, r)
	}
	stPut(t, s, recs...)
	stApply(t, s, &Update{
		Remaining:  map[common.Hash]uint64{recs[0].Hash: 0, recs[1].Hash: 4},
		Status:     map[common.Hash]Status{recs[2].Hash: StatusCancelled},
		Balances:   map[common.Address]*big.Int{stAddr(0): big.NewInt(5), stAddr(1): big.NewInt(5)},
		Reputation: map[common.Address]int64{stAddr(2): 9},
		Block:      77,
	})
	type state struct {
		Records []*Record
		Open    []common.Hash
		Owners  []common.Address
		Block   uint64
	}
	read := func(s Store) state {
		var st state
		for _, r := range recs {
			st.Records = append(st.Records, stGet(t, s, r.Hash))
		}
		st.Open = stQueryAll(t, s, Query{Kind: KindRequest, Limit: 3})
		var err error
		if st.Owners, err = s.Owners(ctx); err != nil {
			t.Fatal(err)
		}
		if st.Block, _, err = s.Cursor(ctx); err != nil {
			t.Fatal(err)
		}
		return st
	}
	before := read(s)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s2 := reopen()
	if diff := cmp.Diff(before, read(s2), stRecOpts); diff != "" {
		t.Fatalf("after reopening (-before +after):\n%s", diff)
	}
	if len(before.Open) != 13 || before.Block != 77 {
		t.Fatalf("%d open orders, block %d; want 13, 77", len(before.Open), before.Block)
	}
	// Sequence numbers go on growing.
	r := stRecord(100, KindRequest, big.NewInt(1))
	stPut(t, s2, r)
	if r.Seq <= recs[len(recs)-1].Seq {
		t.Errorf("Seq %d after reopening, the last before was %d", r.Seq, recs[len(recs)-1].Seq)
	}
}

func TestSQLiteReopen(t *testing.T) {
	s, path := openTestSQLite(t)
	testReopen(t, s, func() Store {
		s2, err := OpenSQLite(path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		t.Cleanup(func() { s2.Close() })
		return s2
	})
}

func TestSQLiteSchemaVersion(t *testing.T) {
	s, path := openTestSQLite(t)
	s.Close()

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != sqliteSchemaVersion {
		t.Fatalf("schema_version = %d, %v; want %d", v, err, sqliteSchemaVersion)
	}
	if _, err := db.Exec(`UPDATE schema_version SET version = $1`, sqliteSchemaVersion+1); err != nil {
		t.Fatal(err)
	}
	db.Close()

	_, err = OpenSQLite(path)
	if !errors.Is(err, ErrSchemaVersion) {
		t.Fatalf("OpenSQLite of a newer schema = %v, want ErrSchemaVersion", err)
	}
	t.Logf("OpenSQLite: %v", err)
}

func TestSQLiteNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "garbage.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("not sqlite ", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := OpenSQLite(path); err == nil {
		s.Close()
		t.Fatal("OpenSQLite of a non-database succeeded")
	} else {
		t.Logf("OpenSQLite: %v", err)
	}
}

// TestSQLiteDurable checks the settings that make a commit durable on the writing connection
// (a power cut cannot be tested here; kill -9 is, below).
func TestSQLiteDurable(t *testing.T) {
	s, _ := openTestSQLite(t)
	var mode string
	var sync int
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRow(`PRAGMA synchronous`).Scan(&sync); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || sync != 2 {
		t.Errorf("journal_mode %s, synchronous %d; want wal, 2 (FULL)", mode, sync)
	}
	// The reading connections cannot write.
	if _, err := s.read.Exec(`DELETE FROM orders`); err == nil {
		t.Error("a reading connection could write")
	}
}

// TestSQLiteKill9 publishes from many goroutines in a child process, kills it with SIGKILL
// mid-flight, and checks that every Put the child saw succeed is in the file.
func TestSQLiteKill9(t *testing.T) {
	const envPath = "ERGON_MARKET_KILL9_DB"
	if path := os.Getenv(envPath); path != "" {
		kill9Child(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "market.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSQLiteKill9$")
	cmd.Env = append(os.Environ(), envPath+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []common.Hash
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if h, ok := strings.CutPrefix(sc.Text(), "acked "); ok {
			acked = append(acked, common.HexToHash(h))
		}
		if len(acked) == 500 {
			cmd.Process.Kill() // SIGKILL: no deferred function, no Close
			break
		}
	}
	// What the child acknowledged while it was being killed counts too.
	for sc.Scan() {
		if h, ok := strings.CutPrefix(sc.Text(), "acked "); ok {
			acked = append(acked, common.HexToHash(h))
		}
	}
	cmd.Wait()
	if len(acked) < 500 {
		t.Fatalf("the child acknowledged only %d orders", len(acked))
	}

	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatalf("reopening after kill -9: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.read.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	for _, h := range acked {
		if _, err := s.Get(context.Background(), h); err != nil {
			t.Errorf("acknowledged order %s: %v", h, err)
		}
	}
	var n int
	s.read.QueryRow(`SELECT count(*) FROM orders`).Scan(&n)
	t.Logf("%d orders acknowledged before and during the kill, %d in the file", len(acked), n)
}

// kill9Child publishes until killed, printing each order whose Put returned nil.
func kill9Child(path string) {
	s, err := OpenSQLite(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := range uint64(16) {
		wg.Go(func() {
			for i := uint64(0); ; i++ {
				r := stRecord(g<<32|i, KindWorkerpool, big.NewInt(int64(i)))
				if err := s.Put(context.Background(), r); err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(1)
				}
				mu.Lock()
				os.Stdout.WriteString("acked " + r.Hash.Hex() + "\n")
				mu.Unlock()
			}
		})
	}
	wg.Wait()
}

// TestSQLiteQueryPlan checks that matchmaking queries read an index in the order asked, with
// no sort and no full scan.
func TestSQLiteQueryPlan(t *testing.T) {
	s, _ := openTestSQLite(t)
	// A few orders, so that a cursor exists.
	for i := range uint64(3) {
		stPut(t, s, stRecord(i, KindWorkerpool, big.NewInt(1)))
	}
	cursor := stQuery(t, s, Query{Kind: KindWorkerpool, Limit: 1}).Next
	cat, tag, maxPrice := uint64(1), stTag(0, 255), big.NewInt(1000)
	app := stAddr(1)
	tests := []struct {
		name  string
		q     Query
		index string
	}{
		{"workerpools of a category", Query{Kind: KindWorkerpool, Category: &cat, TagIncludes: &tag, MinTrust: 3, MaxPrice: maxPrice, App: &app, Limit: 1}, "orders_open_category"},
		{"requests of a category, highest first", Query{Kind: KindRequest, Category: &cat, TagWithin: &tag, MaxTrust: &cat, Descending: true}, "orders_open_category_desc"},
		{"orders of an app", Query{Kind: KindApp, Asset: app, Workerpool: &app, MaxPrice: maxPrice}, "orders_open_asset"},
		{"requests of an app, highest first", Query{Kind: KindRequest, Asset: app, Descending: true}, "orders_open_asset_desc"},
		{"a kind", Query{Kind: KindWorkerpool}, "orders_open_kind"},
		{"a kind, next page", Query{Kind: KindWorkerpool, After: cursor}, "orders_open_kind"},
		{"a kind, highest first", Query{Kind: KindDataset, Descending: true}, "orders_open_kind_desc"},
		{"an owner's orders", Query{Kind: KindRequest, Owner: app, Category: &cat}, "orders_open_owner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := sqlitePlan(t, s, tt.q)
			if !strings.Contains(plan, "USING INDEX "+tt.index+" ") || strings.Contains(plan, "TEMP B-TREE") {
				t.Errorf("plan:\n%s\nwant a search of %s and no sort", plan, tt.index)
			}
		})
	}
}

func sqlitePlan(t testing.TB, s *SQLiteStore, q Query) string {
	t.Helper()
	bq, err := sqlBuildQuery(sqliteDialect, &q)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.read.Query("EXPLAIN QUERY PLAN "+bq.sql, bq.args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "\n")
}

// openBenchSQLite is BenchmarkPut's and BenchmarkQuery's SQLite store.
func openBenchSQLite(b *testing.B) Store {
	s, _ := openTestSQLite(b)
	return s
}

func planSQLite(b *testing.B, s Store, q Query) string {
	return strings.ReplaceAll(sqlitePlan(b, s.(*SQLiteStore), q), "\n", "; ")
}

// fakeBatches is a writer's putBatch that records its batches and holds the first one until
// release is closed, so that the Puts submitted meanwhile queue up. An op named bad* fails its
// insert, disk* its commit, dup* exists already.
type fakeBatches struct {
	mu      sync.Mutex
	batches [][]string
	written map[string]bool
	release chan struct{}
}

var (
	errFakeBad  = errors.New("bad order")
	errFakeDisk = errors.New("disk full")
)

func (f *fakeBatches) putBatch(ops []*sqlWriteOp) error {
	var names []string
	for _, op := range ops {
		names = append(names, op.args[0].(string))
	}
	f.mu.Lock()
	f.batches = append(f.batches, names)
	first := len(f.batches) == 1
	f.mu.Unlock()
	if first {
		<-f.release
	}
	for _, op := range ops {
		switch name := op.args[0].(string); {
		case strings.HasPrefix(name, "bad"):
			return sqlRowError{errFakeBad}
		case strings.HasPrefix(name, "disk"):
			return errFakeDisk
		case strings.HasPrefix(name, "dup"):
			op.err = ErrExists
		default:
			op.err = nil
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, op := range ops {
		if op.err == nil {
			f.written[op.args[0].(string)] = true
		}
	}
	return nil
}

func (f *fakeBatches) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.batches)
}

// TestGroupCommit drives the writer with a fake transaction: the Puts queued while a commit
// is in progress go in the next transaction together; a bad order fails only its own Put, a
// failed commit every Put of it; a Put abandoned by its caller is never written.
func TestGroupCommit(t *testing.T) {
	tests := []struct {
		name    string
		ops     []string
		want    map[string]error // every op not named: nil
		batches int              // transactions after the first
	}{
		{"queued Puts share a commit", []string{"a", "dup", "b", "c"}, map[string]error{"dup": ErrExists}, 1},
		{"a bad order fails alone", []string{"a", "bad", "b", "dup"}, map[string]error{"bad": errFakeBad, "dup": ErrExists}, 1 + 4},
		{"a failed commit fails all", []string{"a", "disk", "b"}, map[string]error{"a": errFakeDisk, "disk": errFakeDisk, "b": errFakeDisk}, 1},
		{"an abandoned Put is not written", []string{"a", "abandoned", "b"}, map[string]error{"abandoned": context.Canceled}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeBatches{written: map[string]bool{}, release: make(chan struct{})}
			w := startSQLWriter(f.putBatch, nil)
			defer w.close()
			put := func(ctx context.Context, name string) error {
				return w.submit(ctx, &sqlWriteOp{ctx: ctx, args: []any{name}})
			}
			wait := func(cond func() bool, what string) {
				for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(time.Millisecond) {
					if time.Now().After(deadline) {
						t.Fatalf("waiting for %s", what)
					}
				}
			}
			first := make(chan error, 1)
			go func() { first <- put(context.Background(), "first") }()
			wait(func() bool { return f.count() == 1 }, "the first commit")

			ctx, cancel := context.WithCancel(context.Background())
			results := map[string]chan error{}
			for i, name := range tt.ops {
				ch := make(chan error, 1)
				results[name] = ch
				c := context.Background()
				if name == "abandoned" {
					c = ctx
				}
				go func() { ch <- put(c, name) }()
				wait(func() bool { return len(w.ops) == i+1 }, "the Puts to queue")
			}
			cancel()
			if ch, ok := results["abandoned"]; ok {
				// It gives up while queued, before the writer is free.
				if err := <-ch; !errors.Is(err, context.Canceled) {
					t.Errorf("abandoned Put = %v, want context.Canceled", err)
				}
				ch <- context.Canceled
			}
			close(f.release)
			if err := <-first; err != nil {
				t.Errorf("first Put = %v", err)
			}
			got := map[string]error{}
			for _, name := range tt.ops {
				got[name] = <-results[name]
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			for _, name := range tt.ops {
				err, want := got[name], tt.want[name]
				if !errors.Is(err, want) || want == nil && err != nil {
					t.Errorf("Put %s = %v, want %v", name, err, want)
				}
				if wrote := f.written[name]; wrote != (want == nil) {
					t.Errorf("%s written: %v", name, wrote)
				}
			}
			if got := len(f.batches) - 1; got != tt.batches {
				t.Errorf("%d transactions after the first (%v), want %d", got, f.batches, tt.batches)
			}
		})
	}
}
