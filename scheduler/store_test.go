package scheduler

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"

	"ergon/chain/bindings"
	"ergon/pgtest"
)

// snapshotOpts compares *big.Int by value: a value read back from JSON may be represented
// differently (a nil vs an empty word slice for zero).
var snapshotOpts = cmp.Options{
	cmp.Comparer(func(a, b *big.Int) bool {
		if a == nil || b == nil {
			return a == nil && b == nil
		}
		return a.Cmp(b) == 0
	}),
}

func openTestSQLite(t testing.TB) (*SQLiteStore, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "scheduler.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// storeKind is a Store implementation the suite runs on.
type storeKind struct {
	name string
	// open returns a new, empty store, closed when t ends, and a function that opens the
	// same state again once the store is closed.
	open func(t testing.TB) (Store, func(t testing.TB) Store)
}

// storeKinds are SQLite, in a temporary file, and PostgreSQL, in a new database of the test
// server (pgtest: a real server, which CI provides).
var storeKinds = []storeKind{
	{"sqlite", func(t testing.TB) (Store, func(t testing.TB) Store) {
		s, path := openTestSQLite(t)
		return s, func(t testing.TB) Store {
			s, err := OpenSQLite(path)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}},
	{"postgres", func(t testing.TB) (Store, func(t testing.TB) Store) {
		s, dsn := openTestPostgres(t)
		return s, func(t testing.TB) Store {
			s, err := OpenPostgres(context.Background(), dsn, testPool)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}},
}

// forEachStore runs f once per store kind, as a subtest named after it.
func forEachStore(t *testing.T, f func(t *testing.T, k storeKind)) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { f(t, k) })
	}
}

// testPool is the workerpool whose schema the PostgreSQL tests use.
var testPool = testAddress(0x9001)

func openTestPostgres(t testing.TB) (*PostgresStore, string) {
	t.Helper()
	dsn := pgtest.DSN(t)
	s, err := OpenPostgres(context.Background(), dsn, testPool)
	if err != nil {
		t.Fatalf("OpenPostgres: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dsn
}

func testHash(n uint64) common.Hash       { return common.BigToHash(new(big.Int).SetUint64(n)) }
func testAddress(n uint64) common.Address { return common.BigToAddress(new(big.Int).SetUint64(n)) }

// fullDeal sets every field, with prices beyond 64 bits and a zero.
func fullDeal(n uint64, block uint64) DealRecord {
	huge, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007913129639935", 10) // 2^256-1
	var tag [32]byte
	tag[31] = 0x01
	tag[0] = byte(n)
	return DealRecord{
		ID: testHash(0xd000 + n),
		Deal: bindings.Deal{
			App:                  testAddress(1),
			AppOwner:             testAddress(2),
			AppPrice:             big.NewInt(5),
			Dataset:              testAddress(3),
			DatasetOwner:         testAddress(4),
			DatasetPrice:         new(big.Int), // zero
			Workerpool:           testAddress(5),
			WorkerpoolOwner:      testAddress(6),
			WorkerpoolPrice:      huge,
			Scheduler:            testAddress(7),
			Requester:            testAddress(8),
			Sponsor:              testAddress(9),
			Beneficiary:          testAddress(10),
			Callback:             testAddress(11),
			Tag:                  tag,
			Category:             big.NewInt(2),
			Trust:                big.NewInt(3),
			StartTime:            big.NewInt(1_700_000_000),
			TimeRef:              big.NewInt(300),
			BotFirst:             big.NewInt(0),
			BotSize:              big.NewInt(4),
			WorkerStake:          new(big.Int).Lsh(big.NewInt(1), 70),
			SchedulerRewardRatio: big.NewInt(10),
		},
		Params: `{"iexec_args":"--x 1"}`,
		Block:  block,
	}
}

func fullTask(deal DealRecord, index uint64) TaskRecord {
	return TaskRecord{
		ID:      testHash(0x7000 + deal.ID.Big().Uint64()*100 + index),
		DealID:  deal.ID,
		Index:   index,
		Status:  TaskCompleted,
		Digest:  testHash(0xd16e57),
		Results: "ergon://" + strings.Repeat("ab", 32),
	}
}

func fullReplica(task TaskRecord, worker uint64, at time.Time) ReplicaRecord {
	return ReplicaRecord{
		TaskID:       task.ID,
		Worker:       testAddress(0xa000 + worker),
		Status:       ReplicaRevealed,
		AssignedAt:   at,
		ResultHash:   testHash(0x4a54),
		ResultSeal:   testHash(0x5ea1),
		Sign:         []byte{1, 2, 3, 0, 255},
		Digest:       testHash(0xd16e57),
		RevealSign:   []byte{9, 8, 7},
		Results:      "ergon://" + strings.Repeat("cd", 32),
		CallbackData: []byte{0xca, 0x11},
	}
}

func ptr[T any](v T) *T { return &v }

func mustApply(t testing.TB, s Store, b *Batch) {
	t.Helper()
	if err := s.Apply(context.Background(), b); err != nil {
		t.Fatalf("Apply: %v", err)
	}
}

func mustLoad(t testing.TB, s Store) *Snapshot {
	t.Helper()
	snap, err := s.Load(context.Background())
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return snap
}

func TestStoreRoundTrip(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)

		deal := fullDeal(1, 42)
		task := fullTask(deal, 3)
		// A time in another zone with a monotonic reading and nanoseconds, as time.Now gives.
		paris := time.FixedZone("CET", 3600)
		at := time.Now().In(paris)
		replica := fullReplica(task, 1, at)
		mustApply(t, s, &Batch{Deals: []DealRecord{deal}, Tasks: []TaskRecord{task}, Replicas: []ReplicaRecord{replica}, Cursor: ptr[uint64](41)})

		got := mustLoad(t, s)
		wantReplica := replica
		wantReplica.AssignedAt = at.UTC()
		want := &Snapshot{
			Deals:     []DealRecord{deal},
			Tasks:     []TaskRecord{task},
			Replicas:  []ReplicaRecord{wantReplica},
			Cursor:    41,
			HasCursor: true,
		}
		if diff := cmp.Diff(want, got, snapshotOpts); diff != "" {
			t.Fatalf("Load (-want +got):\n%s", diff)
		}
		gotAt := got.Replicas[0].AssignedAt
		if !gotAt.Equal(at) || gotAt.Location() != time.UTC || strings.Contains(gotAt.String(), "m=") {
			t.Errorf("AssignedAt = %s, want %s in UTC without a monotonic reading", gotAt, at)
		}
		// The caller's batch is not modified by the normalisation.
		if replica.AssignedAt.Location() != paris {
			t.Errorf("Apply changed the caller's AssignedAt to %s", replica.AssignedAt)
		}
	})
}

func TestStoreRoundTripZeroValues(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		// Zero records (nil big.Ints, zero time, nil slices) come back as they went in.
		s, _ := k.open(t)
		deal := DealRecord{ID: testHash(1)}
		task := TaskRecord{ID: testHash(2), DealID: deal.ID}
		replica := ReplicaRecord{TaskID: task.ID}
		mustApply(t, s, &Batch{Deals: []DealRecord{deal}, Tasks: []TaskRecord{task}, Replicas: []ReplicaRecord{replica}, Cursor: ptr[uint64](0)})
		want := &Snapshot{Deals: []DealRecord{deal}, Tasks: []TaskRecord{task}, Replicas: []ReplicaRecord{replica}, HasCursor: true}
		if diff := cmp.Diff(want, mustLoad(t, s), snapshotOpts); diff != "" {
			t.Fatalf("Load (-want +got):\n%s", diff)
		}
	})
}

func TestStoreUpsertReplaces(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)
		t0 := time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)

		deal := fullDeal(1, 10)
		task := fullTask(deal, 0)
		task.Status, task.Digest, task.Results = TaskPending, common.Hash{}, ""
		replica := ReplicaRecord{TaskID: task.ID, Worker: testAddress(1), Status: ReplicaAssigned, AssignedAt: t0}
		mustApply(t, s, &Batch{Deals: []DealRecord{deal}, Tasks: []TaskRecord{task}, Replicas: []ReplicaRecord{replica}})

		deal.Params, deal.Block = "changed", 11
		task.Status, task.Index = TaskRevealing, 5
		replica = fullReplica(task, 1, t0.Add(time.Hour))
		replica.Worker = testAddress(1) // same key as before
		mustApply(t, s, &Batch{Deals: []DealRecord{deal}, Tasks: []TaskRecord{task}, Replicas: []ReplicaRecord{replica}})

		want := &Snapshot{Deals: []DealRecord{deal}, Tasks: []TaskRecord{task}, Replicas: []ReplicaRecord{replica}}
		if diff := cmp.Diff(want, mustLoad(t, s), snapshotOpts); diff != "" {
			t.Fatalf("Load after upsert (-want +got):\n%s", diff)
		}
	})
}

func TestStoreDoneDealNotLoaded(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)
		t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

		open, done, later := fullDeal(1, 10), fullDeal(2, 11), fullDeal(3, 12)
		done.Done = true
		var b Batch
		b.Deals = []DealRecord{open, done, later}
		for _, d := range b.Deals {
			task := fullTask(d, 0)
			b.Tasks = append(b.Tasks, task)
			b.Replicas = append(b.Replicas, fullReplica(task, 1, t0))
		}
		mustApply(t, s, &b)

		snap := mustLoad(t, s)
		want := &Snapshot{
			Deals:    []DealRecord{open, later},
			Tasks:    []TaskRecord{b.Tasks[0], b.Tasks[2]},
			Replicas: []ReplicaRecord{b.Replicas[0], b.Replicas[2]},
		}
		if diff := cmp.Diff(want, snap, snapshotOpts); diff != "" {
			t.Fatalf("Load (-want +got):\n%s", diff)
		}

		// Marking a deal done later drops it and everything under it.
		later.Done = true
		mustApply(t, s, &Batch{Deals: []DealRecord{later}})
		want = &Snapshot{Deals: []DealRecord{open}, Tasks: []TaskRecord{b.Tasks[0]}, Replicas: []ReplicaRecord{b.Replicas[0]}}
		if diff := cmp.Diff(want, mustLoad(t, s), snapshotOpts); diff != "" {
			t.Fatalf("Load after done (-want +got):\n%s", diff)
		}
	})
}

func TestStoreCursor(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)
		steps := []struct {
			name  string
			batch *Batch
			want  uint64
			has   bool
		}{
			{"absent", nil, 0, false},
			{"saved", &Batch{Cursor: ptr[uint64](100)}, 100, true},
			{"updated", &Batch{Cursor: ptr[uint64](250)}, 250, true},
			{"kept by a batch without cursor", &Batch{Deals: []DealRecord{fullDeal(1, 1)}}, 250, true},
			{"largest", &Batch{Cursor: ptr[uint64](math.MaxInt64)}, math.MaxInt64, true},
		}
		for _, st := range steps {
			t.Run(st.name, func(t *testing.T) {
				if st.batch != nil {
					mustApply(t, s, st.batch)
				}
				snap := mustLoad(t, s)
				if snap.Cursor != st.want || snap.HasCursor != st.has {
					t.Errorf("cursor = %d, %v; want %d, %v", snap.Cursor, snap.HasCursor, st.want, st.has)
				}
			})
		}
	})
}

func TestStoreLoadOrder(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)
		t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

		// Deals: by block, then id.
		d1, d2, d3 := fullDeal(3, 5), fullDeal(1, 7), fullDeal(2, 7)
		// Tasks: within a deal by index (11 after 2: numeric, not text).
		t1a, t1b := fullTask(d1, 11), fullTask(d1, 2)
		t3 := fullTask(d3, 0)
		// Replicas: by assigned_at, then worker; the zero time sorts first.
		r1 := fullReplica(t1a, 2, t0.Add(time.Second))
		r2 := fullReplica(t1a, 3, t0)
		r3 := fullReplica(t1a, 1, t0)
		r4 := fullReplica(t1a, 9, time.Time{})
		r5 := fullReplica(t1b, 1, t0.Add(time.Hour))
		r6 := fullReplica(t3, 1, t0)
		// Apply in scrambled order.
		mustApply(t, s, &Batch{
			Replicas: []ReplicaRecord{r6, r1, r5, r2, r4, r3},
			Tasks:    []TaskRecord{t3, t1a, t1b},
			Deals:    []DealRecord{d3, d2, d1},
		})

		want := &Snapshot{
			Deals:    []DealRecord{d1, d2, d3},
			Tasks:    []TaskRecord{t1b, t1a, t3},
			Replicas: []ReplicaRecord{r5, r4, r3, r2, r1, r6},
		}
		if diff := cmp.Diff(want, mustLoad(t, s), snapshotOpts); diff != "" {
			t.Fatalf("Load order (-want +got):\n%s", diff)
		}
	})
}

func TestStoreEmptyBatch(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		for _, b := range []*Batch{nil, {}, {Deals: []DealRecord{}}} {
			if err := s.Apply(ctx, b); err != nil {
				t.Errorf("Apply(%+v) = %v, want nil for an empty batch", b, err)
			}
		}
	})
}

func TestStoreApplyAtomic(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		base := fullDeal(1, 10)
		baseTask := fullTask(base, 0)
		baseBatch := &Batch{
			Deals:    []DealRecord{base},
			Tasks:    []TaskRecord{baseTask},
			Replicas: []ReplicaRecord{fullReplica(baseTask, 1, t0)},
			Cursor:   ptr[uint64](10),
		}

		// Each failing batch also rewrites the base records, so a partial write would show.
		changed := base
		changed.Params = "partial"
		newDeal := fullDeal(2, 20)
		newTask := fullTask(newDeal, 0)
		tooLarge := fullTask(newDeal, 1)
		tooLarge.Index = math.MaxUint64
		cancelled, cancel := context.WithCancel(context.Background())
		cancel()

		tests := []struct {
			name string
			ctx  context.Context
			b    *Batch
		}{
			{"index overflows after some rows", context.Background(), &Batch{
				Deals: []DealRecord{changed, newDeal},
				Tasks: []TaskRecord{newTask, tooLarge},
			}},
			{"cursor overflows last", context.Background(), &Batch{
				Deals:  []DealRecord{changed, newDeal},
				Tasks:  []TaskRecord{newTask},
				Cursor: ptr[uint64](math.MaxUint64),
			}},
			{"replica of an unknown task", context.Background(), &Batch{
				Deals:    []DealRecord{changed, newDeal},
				Tasks:    []TaskRecord{newTask},
				Replicas: []ReplicaRecord{fullReplica(newTask, 1, t0), fullReplica(TaskRecord{ID: testHash(0xbad)}, 1, t0)},
				Cursor:   ptr[uint64](20),
			}},
			{"task of an unknown deal", context.Background(), &Batch{
				Deals: []DealRecord{changed},
				Tasks: []TaskRecord{fullTask(newDeal, 0)},
			}},
			{"cancelled context", cancelled, &Batch{
				Deals:  []DealRecord{changed, newDeal},
				Cursor: ptr[uint64](20),
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s, _ := k.open(t)
				mustApply(t, s, baseBatch)
				before := mustLoad(t, s)

				if err := s.Apply(tt.ctx, tt.b); err == nil {
					t.Fatal("Apply succeeded, want an error")
				} else {
					t.Logf("Apply: %v", err)
				}
				if diff := cmp.Diff(before, mustLoad(t, s), snapshotOpts); diff != "" {
					t.Fatalf("failed Apply left a trace (-before +after):\n%s", diff)
				}
				// The store is still usable.
				mustApply(t, s, &Batch{Cursor: ptr[uint64](11)})
			})
		}

		t.Run("context cancelled during a batch", func(t *testing.T) {
			// The deadline is half the time the same batch takes on another store, so it
			// lands inside the transaction, most often among the replicas; wherever the
			// driver was, nothing of the batch may remain.
			b := &Batch{Deals: []DealRecord{changed}, Cursor: ptr[uint64](99)}
			for i := range 2000 {
				b.Replicas = append(b.Replicas, fullReplica(baseTask, uint64(100+i), t0))
			}
			timing, _ := k.open(t)
			mustApply(t, timing, baseBatch)
			start := time.Now()
			mustApply(t, timing, b)
			took := time.Since(start)

			s, _ := k.open(t)
			mustApply(t, s, baseBatch)
			before := mustLoad(t, s)
			ctx, cancel := context.WithTimeout(context.Background(), took/2)
			defer cancel()
			err := s.Apply(ctx, b)
			if err == nil {
				t.Skipf("the batch committed within %s (it took %s before); nothing to check", took/2, took)
			}
			t.Logf("Apply with a %s deadline: %v", took/2, err)
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Apply = %v, want context.DeadlineExceeded", err)
			}
			if diff := cmp.Diff(before, mustLoad(t, s), snapshotOpts); diff != "" {
				t.Fatalf("cancelled Apply left a trace (-before +after):\n%s", diff)
			}
		})
	})
}

func TestStoreReopen(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, reopen := k.open(t)
		t0 := time.Date(2025, 6, 1, 12, 0, 0, 123456789, time.UTC)
		var b Batch
		for i := range uint64(3) {
			d := fullDeal(i, 100+i)
			task := fullTask(d, i)
			b.Deals = append(b.Deals, d)
			b.Tasks = append(b.Tasks, task)
			b.Replicas = append(b.Replicas, fullReplica(task, i, t0.Add(time.Duration(i))))
		}
		b.Cursor = ptr[uint64](102)
		mustApply(t, s, &b)
		want := mustLoad(t, s)
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}

		s2 := reopen(t)
		if diff := cmp.Diff(want, mustLoad(t, s2), snapshotOpts); diff != "" {
			t.Fatalf("Load after reopen (-before +after):\n%s", diff)
		}
		if len(want.Deals) != 3 || len(want.Replicas) != 3 {
			t.Fatalf("snapshot has %d deals, %d replicas; want 3, 3", len(want.Deals), len(want.Replicas))
		}
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
	if err := db.QueryRow(`SELECT version FROM schema_version`).Scan(&v); err != nil || v != schemaVersion {
		t.Fatalf("schema_version = %d, %v; want %d", v, err, schemaVersion)
	}
	if _, err := db.Exec(`UPDATE schema_version SET version = $1`, schemaVersion+1); err != nil {
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

func TestSQLiteOneScheduler(t *testing.T) {
	s, path := openTestSQLite(t)
	mustApply(t, s, &Batch{Cursor: ptr[uint64](5)})

	// A second store on the same file, from this process or another, is refused while the
	// first is open.
	if s2, err := OpenSQLite(path); !errors.Is(err, ErrInUse) {
		if err == nil {
			s2.Close()
		}
		t.Fatalf("second OpenSQLite = %v, want ErrInUse", err)
	} else {
		t.Logf("second OpenSQLite: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s3, err := OpenSQLite(path)
	if err != nil {
		t.Fatalf("OpenSQLite after Close: %v", err)
	}
	defer s3.Close()
	if snap := mustLoad(t, s3); snap.Cursor != 5 {
		t.Fatalf("cursor after reopen = %d, want 5", snap.Cursor)
	}
}

func TestSQLitePathWithQuery(t *testing.T) {
	// '?' and '#' belong to the file name, not to a URI query.
	path := filepath.Join(t.TempDir(), "a?b#c%20.db")
	s, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, s, &Batch{Cursor: ptr[uint64](1)})
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("%s was not created: %v", path, err)
	}
}

func TestStoreConcurrentApply(t *testing.T) {
	forEachStore(t, func(t *testing.T, k storeKind) {
		s, _ := k.open(t)
		t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		const goroutines, batches = 8, 25

		var wg sync.WaitGroup
		errs := make(chan error, goroutines)
		for g := range uint64(goroutines) {
			wg.Go(func() {
				for i := range uint64(batches) {
					d := fullDeal(g*1000+i, g*1000+i)
					task := fullTask(d, 0)
					b := &Batch{
						Deals:    []DealRecord{d},
						Tasks:    []TaskRecord{task},
						Replicas: []ReplicaRecord{fullReplica(task, g, t0), fullReplica(task, g+100, t0)},
						Cursor:   ptr(g*1000 + i),
					}
					if err := s.Apply(context.Background(), b); err != nil {
						errs <- fmt.Errorf("goroutine %d batch %d: %w", g, i, err)
						return
					}
				}
			})
		}
		// Loads run alongside the writers.
		wg.Go(func() {
			for range 10 {
				if _, err := s.Load(context.Background()); err != nil {
					errs <- fmt.Errorf("load: %w", err)
					return
				}
			}
		})
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}

		snap := mustLoad(t, s)
		if len(snap.Deals) != goroutines*batches || len(snap.Tasks) != goroutines*batches || len(snap.Replicas) != 2*goroutines*batches {
			t.Fatalf("loaded %d deals, %d tasks, %d replicas; want %d, %d, %d",
				len(snap.Deals), len(snap.Tasks), len(snap.Replicas), goroutines*batches, goroutines*batches, 2*goroutines*batches)
		}
		for i := 1; i < len(snap.Deals); i++ {
			if snap.Deals[i-1].Block > snap.Deals[i].Block {
				t.Fatalf("deals out of order at %d: block %d before %d", i, snap.Deals[i-1].Block, snap.Deals[i].Block)
			}
		}
		if !snap.HasCursor {
			t.Fatal("no cursor")
		}
	})
}

// BenchmarkApply measures one Apply of new replicas on each store: a batch of 100 (what a busy
// scheduler writes at once) and a batch of 1 (the cost of a lone write: for SQLite mostly the
// WAL sync of synchronous=FULL, for PostgreSQL a round trip and the server's commit flush).
func BenchmarkApply(b *testing.B) {
	for _, k := range storeKinds {
		for _, size := range []int{100, 1} {
			b.Run(fmt.Sprintf("%s/replicas=%d", k.name, size), func(b *testing.B) {
				s, _ := k.open(b)
				t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
				deal := fullDeal(1, 1)
				setup := &Batch{Deals: []DealRecord{deal}}
				for i := range uint64(size) {
					setup.Tasks = append(setup.Tasks, fullTask(deal, i))
				}
				mustApply(b, s, setup)

				ctx := context.Background()
				batch := &Batch{Replicas: make([]ReplicaRecord, size)}
				var n uint64
				b.ReportAllocs()
				for b.Loop() {
					for j := range batch.Replicas {
						batch.Replicas[j] = fullReplica(setup.Tasks[j], n, t0)
					}
					n++
					if err := s.Apply(ctx, batch); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
