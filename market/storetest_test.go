package market

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/go-cmp/cmp"
)

// testStore runs every rule of the Store contract against the stores open returns: a new,
// empty store on each call, closed when the test ends. sqlite_test.go and postgres_test.go
// run it; helpers here are prefixed st so they do not collide with the service's tests.
func testStore(t *testing.T, open func(t *testing.T) Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s Store)
	}{
		{"PutGet", stTestPutGet},
		{"PutExists", stTestPutExists},
		{"PutInvalid", stTestPutInvalid},
		{"PutCancelled", stTestPutCancelled},
		{"PutNothingLeft", stTestPutNothingLeft},
		{"QueryFilters", stTestQueryFilters},
		{"PricesAbove64Bits", stTestPrices},
		{"Unfunded", stTestUnfunded},
		{"Reputation", stTestReputation},
		{"Pagination", stTestPagination},
		{"BadCursor", stTestBadCursor},
		{"Apply", stTestApply},
		{"ApplyAtomic", stTestApplyAtomic},
		{"OwnersAndCountOpen", stTestOwners},
		{"Cursor", stTestCursor},
		{"ConcurrentPut", stTestConcurrentPut},
		{"Closed", stTestClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, open(t)) })
	}
}

var (
	stT0      = time.Date(2025, 3, 4, 5, 6, 7, 891011121, time.UTC)
	stTwo64   = new(big.Int).Lsh(big.NewInt(1), 64)
	stRecOpts = cmp.Options{
		cmp.Comparer(func(a, b *big.Int) bool {
			if a == nil || b == nil {
				return a == nil && b == nil
			}
			return a.Cmp(b) == 0
		}),
		cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) }),
	}
)

func stHash(n uint64) common.Hash         { return common.BigToHash(new(big.Int).SetUint64(0xa0000 + n)) }
func stAddr(n uint64) common.Address      { return common.BigToAddress(new(big.Int).SetUint64(0xb0000 + n)) }
func stPtr[T any](v T) *T                 { return &v }
func stPlus(a *big.Int, n int64) *big.Int { return new(big.Int).Add(a, big.NewInt(n)) }

// stTag has the given bits set (0 is the least significant).
func stTag(bits ...int) common.Hash {
	var h common.Hash
	for _, b := range bits {
		h[31-b/8] |= 1 << (b % 8)
	}
	return h
}

// stRecord is an open, funded (zero unit cost) order of kind with price.
func stRecord(n uint64, kind Kind, price *big.Int) *Record {
	return &Record{
		Hash:      stHash(n),
		Kind:      kind,
		Owner:     stAddr(1),
		Asset:     stAddr(2),
		Price:     price,
		Volume:    10,
		Remaining: 10,
		UnitCost:  new(big.Int),
		Order:     fmt.Appendf(nil, `{"n":%d}`, n),
		Published: stT0.Add(time.Duration(n) * time.Second),
	}
}

func stPut(t testing.TB, s Store, recs ...*Record) {
	t.Helper()
	for _, r := range recs {
		if err := s.Put(context.Background(), r); err != nil {
			t.Fatalf("Put %s: %v", r.Hash, err)
		}
	}
}

func stApply(t testing.TB, s Store, u *Update) {
	t.Helper()
	if err := s.Apply(context.Background(), u); err != nil {
		t.Fatalf("Apply: %v", err)
	}
}

func stQuery(t testing.TB, s Store, q Query) *Page {
	t.Helper()
	page, err := s.Query(context.Background(), q)
	if err != nil {
		t.Fatalf("Query(%+v): %v", q, err)
	}
	return page
}

// stQueryAll reads every page of q.
func stQueryAll(t testing.TB, s Store, q Query) []common.Hash {
	t.Helper()
	var out []common.Hash
	for i := 0; ; i++ {
		page := stQuery(t, s, q)
		out = append(out, stHashes(page.Records)...)
		if page.Next == "" {
			return out
		}
		if i > 1000 {
			t.Fatal("more than 1000 pages")
		}
		q.After = page.Next
	}
}

func stHashes(recs []*Record) []common.Hash {
	out := []common.Hash{}
	for _, r := range recs {
		out = append(out, r.Hash)
	}
	return out
}

func stGet(t testing.TB, s Store, h common.Hash) *Record {
	t.Helper()
	r, err := s.Get(context.Background(), h)
	if err != nil {
		t.Fatalf("Get %s: %v", h, err)
	}
	return r
}

func stTestPutGet(t *testing.T, s Store) {
	ctx := context.Background()
	paris := time.FixedZone("CET", 3600)
	full := &Record{
		Hash:               stHash(1),
		Kind:               KindWorkerpool,
		Owner:              stAddr(1),
		Asset:              stAddr(2),
		Price:              new(big.Int).Set(sqlMaxUint256),
		Volume:             math.MaxUint64,
		Remaining:          math.MaxUint64 - 1,
		Tag:                stTag(0, 8, 63, 64, 127, 128, 191, 192, 255),
		Category:           math.MaxUint64,
		Trust:              1 << 63,
		AppRestrict:        stAddr(3),
		DatasetRestrict:    stAddr(4),
		WorkerpoolRestrict: stAddr(5),
		RequesterRestrict:  stAddr(6),
		Dataset:            stAddr(7),
		Workerpool:         stAddr(8),
		UnitCost:           new(big.Int).Lsh(big.NewInt(3), 200),
		Order:              []byte(`{"workerpool":"0x…","sign":"0x01"}`),
		Published:          time.Now().In(paris), // with a monotonic reading and a zone
	}
	want := *full
	stPut(t, s, full)
	if full.Seq <= 0 {
		t.Errorf("Put assigned Seq %d, want > 0", full.Seq)
	}
	want.Seq = full.Seq
	got := stGet(t, s, full.Hash)
	if diff := cmp.Diff(&want, got, stRecOpts); diff != "" {
		t.Errorf("Get (-put +got):\n%s", diff)
	}
	if got.Published.Location() != time.UTC {
		t.Errorf("Published in %s, want UTC", got.Published.Location())
	}

	// The least a record can say: nil UnitCost is 0, nil Order is empty, zero time.
	bare := &Record{Hash: stHash(2), Kind: KindApp, Price: new(big.Int), Volume: 1, Remaining: 1}
	stPut(t, s, bare)
	got = stGet(t, s, bare.Hash)
	wantBare := *bare
	wantBare.UnitCost, wantBare.Order = new(big.Int), []byte{}
	if diff := cmp.Diff(&wantBare, got, stRecOpts); diff != "" {
		t.Errorf("Get of a bare record (-put +got):\n%s", diff)
	}
	if !got.Published.IsZero() {
		t.Errorf("Published = %s, want the zero time", got.Published)
	}

	// Seq follows insertion.
	last := bare.Seq
	for i := range uint64(5) {
		r := stRecord(10+i, KindApp, big.NewInt(1))
		stPut(t, s, r)
		if r.Seq <= last {
			t.Fatalf("Seq %d after %d", r.Seq, last)
		}
		last = r.Seq
	}

	if _, err := s.Get(ctx, stHash(999)); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of an unknown hash = %v, want ErrNotFound", err)
	}
}

func stTestPutExists(t *testing.T, s Store) {
	ctx := context.Background()
	r := stRecord(1, KindApp, big.NewInt(5))
	stPut(t, s, r)
	first := stGet(t, s, r.Hash)

	again := stRecord(1, KindRequest, big.NewInt(6)) // same hash, other content
	if err := s.Put(ctx, again); !errors.Is(err, ErrExists) {
		t.Fatalf("second Put = %v, want ErrExists", err)
	}
	// Whatever became of it.
	for i, st := range []Status{StatusCancelled, StatusUnpublished} {
		o := stRecord(uint64(2+i), KindApp, big.NewInt(5))
		stPut(t, s, o)
		stApply(t, s, &Update{Status: map[common.Hash]Status{o.Hash: st}})
		if err := s.Put(ctx, stRecord(uint64(2+i), KindApp, big.NewInt(5))); !errors.Is(err, ErrExists) {
			t.Fatalf("Put of a %d order = %v, want ErrExists", st, err)
		}
	}
	stApply(t, s, &Update{Remaining: map[common.Hash]uint64{r.Hash: 0}})
	if err := s.Put(ctx, stRecord(1, KindApp, big.NewInt(5))); !errors.Is(err, ErrExists) {
		t.Fatalf("Put of a filled order = %v, want ErrExists", err)
	}
	got := stGet(t, s, r.Hash)
	first.Status, first.Remaining = StatusFilled, 0
	if diff := cmp.Diff(first, got, stRecOpts); diff != "" {
		t.Errorf("a refused Put changed the order (-before +after):\n%s", diff)
	}
}

func stTestPutInvalid(t *testing.T, s Store) {
	tests := []struct {
		name   string
		change func(r *Record)
	}{
		{"nil price", func(r *Record) { r.Price = nil }},
		{"negative price", func(r *Record) { r.Price = big.NewInt(-1) }},
		{"price of 2^256", func(r *Record) { r.Price = stPlus(sqlMaxUint256, 1) }},
		{"negative unit cost", func(r *Record) { r.UnitCost = big.NewInt(-5) }},
		{"unknown kind", func(r *Record) { r.Kind = 7 }},
		{"unknown status", func(r *Record) { r.Status = 9 }},
		{"year 10000", func(r *Record) { r.Published = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := stRecord(uint64(i), KindApp, big.NewInt(1))
			tt.change(r)
			err := s.Put(context.Background(), r)
			if err == nil || errors.Is(err, ErrExists) {
				t.Fatalf("Put = %v, want an error", err)
			}
			t.Logf("Put: %v", err)
			if _, err := s.Get(context.Background(), r.Hash); !errors.Is(err, ErrNotFound) {
				t.Fatalf("Get after a refused Put = %v, want ErrNotFound", err)
			}
		})
	}
}

func stTestPutCancelled(t *testing.T, s Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := stRecord(1, KindApp, big.NewInt(1))
	if err := s.Put(ctx, r); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put with a cancelled context = %v, want context.Canceled", err)
	}
	if _, err := s.Get(context.Background(), r.Hash); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get = %v, want ErrNotFound", err)
	}
	stPut(t, s, r) // not taken for a duplicate
}

func stTestPutNothingLeft(t *testing.T, s Store) {
	r := stRecord(1, KindApp, big.NewInt(1))
	r.Remaining = 0
	stPut(t, s, r)
	if r.Status != StatusFilled {
		t.Errorf("Put of an open order with nothing left: Status = %d, want StatusFilled", r.Status)
	}
	if got := stGet(t, s, r.Hash); got.Status != StatusFilled {
		t.Errorf("stored Status = %d, want StatusFilled", got.Status)
	}
	if got := stQuery(t, s, Query{Kind: KindApp}); len(got.Records) != 0 {
		t.Errorf("Query returned %d orders, want none", len(got.Records))
	}
}

// stFixture is a book of every kind, with names for the tests to refer to.
func stFixture(t *testing.T, s Store) map[string]common.Hash {
	var (
		p1, p2, p3 = stAddr(0x11), stAddr(0x12), stAddr(0x13)
		a1, a2     = stAddr(0x21), stAddr(0x22)
		d1, d2     = stAddr(0x31), stAddr(0x32)
		o1, o2     = stAddr(0x41), stAddr(0x42)
		r1         = stAddr(0x51)
	)
	names := map[string]common.Hash{}
	n := uint64(100)
	add := func(name string, kind Kind, price *big.Int, set func(r *Record)) {
		n++
		r := stRecord(n, kind, price)
		set(r)
		stPut(t, s, r)
		names[name] = r.Hash
	}
	add("w1", KindWorkerpool, big.NewInt(5), func(r *Record) {
		r.Asset, r.Owner, r.Category, r.Trust, r.Tag, r.Remaining = p1, o1, 1, 10, stTag(0, 255), 10
	})
	add("w2", KindWorkerpool, stPlus(stTwo64, 1), func(r *Record) {
		r.Asset, r.Owner, r.Category, r.Trust, r.Tag, r.Remaining = p1, o2, 1, 100, stTag(0, 8, 63, 255), 3
	})
	add("w3", KindWorkerpool, big.NewInt(7), func(r *Record) {
		r.Asset, r.Owner, r.Category, r.Trust, r.Tag, r.Remaining = p2, o1, 2, 5, common.Hash{}, 1
		r.AppRestrict = a1
	})
	add("w4", KindWorkerpool, stTwo64, func(r *Record) {
		r.Asset, r.Owner, r.Category, r.Trust, r.Tag, r.Remaining = p2, o2, 1, 1<<63+5, stTag(8), 1<<63+1
		r.RequesterRestrict, r.DatasetRestrict = r1, d1
	})
	add("w5", KindWorkerpool, big.NewInt(5), func(r *Record) {
		r.Asset, r.Owner, r.Category, r.Trust, r.Tag, r.Remaining = p3, o2, 1, 0, stTag(63), 5
		r.AppRestrict = a2
	})
	add("w-cancelled", KindWorkerpool, big.NewInt(1), func(r *Record) { r.Asset, r.Category = p1, 1 })
	add("w-filled", KindWorkerpool, big.NewInt(1), func(r *Record) { r.Asset, r.Category, r.Remaining = p1, 1, 0 })
	add("w-unpublished", KindWorkerpool, big.NewInt(1), func(r *Record) { r.Asset, r.Category = p1, 1 })
	stApply(t, s, &Update{Status: map[common.Hash]Status{
		names["w-cancelled"]: StatusCancelled, names["w-unpublished"]: StatusUnpublished,
	}})

	add("r1", KindRequest, big.NewInt(100), func(r *Record) {
		r.Asset, r.Dataset, r.Category, r.Trust = a1, d1, 1, 3
	})
	add("r2", KindRequest, big.NewInt(50), func(r *Record) {
		r.Asset, r.Workerpool, r.Category = a1, p1, 2
	})
	add("r3", KindRequest, new(big.Int).Lsh(big.NewInt(1), 70), func(r *Record) {
		r.Asset, r.Dataset, r.Workerpool, r.Category = a2, d2, p2, 1
	})
	add("a1", KindApp, big.NewInt(3), func(r *Record) {
		r.Asset, r.DatasetRestrict, r.WorkerpoolRestrict, r.RequesterRestrict = a1, d1, p1, r1
	})
	add("a2", KindApp, big.NewInt(1), func(r *Record) { r.Asset = a1 })
	add("a3", KindApp, big.NewInt(2), func(r *Record) { r.Asset = a2 })
	add("d1", KindDataset, big.NewInt(4), func(r *Record) { r.Asset, r.AppRestrict = d1, a1 })
	return names
}

func stTestQueryFilters(t *testing.T, s Store) {
	names := stFixture(t, s)
	var (
		p1, p2   = stAddr(0x11), stAddr(0x12)
		a1, a2   = stAddr(0x21), stAddr(0x22)
		d1, d2   = stAddr(0x31), stAddr(0x32)
		o1       = stAddr(0x41)
		r1, r2   = stAddr(0x51), stAddr(0x52)
		zero     = common.Address{}
		allBits  = common.HexToHash("0x" + "ff" + "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
		pastInt  = uint64(1<<63 + 4)
		allWorks = []string{"w1", "w5", "w3", "w4", "w2"}
	)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"workerpool orders by price, ties oldest first", Query{Kind: KindWorkerpool}, allWorks},
		{"descending, ties still oldest first", Query{Kind: KindWorkerpool, Descending: true}, []string{"w2", "w4", "w3", "w1", "w5"}},
		{"asset", Query{Kind: KindWorkerpool, Asset: p1}, []string{"w1", "w2"}},
		{"owner", Query{Kind: KindWorkerpool, Owner: o1}, []string{"w1", "w3"}},
		{"category", Query{Kind: KindWorkerpool, Category: stPtr[uint64](1)}, []string{"w1", "w5", "w4", "w2"}},
		{"category none has", Query{Kind: KindWorkerpool, Category: stPtr[uint64](0)}, nil},
		{"asset and category", Query{Kind: KindWorkerpool, Asset: p2, Category: stPtr[uint64](1)}, []string{"w4"}},
		{"tag includes bit 0", Query{Kind: KindWorkerpool, TagIncludes: stPtr(stTag(0))}, []string{"w1", "w2"}},
		{"tag includes bit 255", Query{Kind: KindWorkerpool, TagIncludes: stPtr(stTag(255))}, []string{"w1", "w2"}},
		{"tag includes bit 63", Query{Kind: KindWorkerpool, TagIncludes: stPtr(stTag(63))}, []string{"w5", "w2"}},
		{"tag includes bits 8 and 63", Query{Kind: KindWorkerpool, TagIncludes: stPtr(stTag(8, 63))}, []string{"w2"}},
		{"tag includes nothing", Query{Kind: KindWorkerpool, TagIncludes: &common.Hash{}}, allWorks},
		{"tag within bits 0 and 255", Query{Kind: KindWorkerpool, TagWithin: stPtr(stTag(0, 255))}, []string{"w1", "w3"}},
		{"tag within bit 8", Query{Kind: KindWorkerpool, TagWithin: stPtr(stTag(8))}, []string{"w3", "w4"}},
		{"tag within every bit", Query{Kind: KindWorkerpool, TagWithin: &allBits}, allWorks},
		{"tag within none", Query{Kind: KindWorkerpool, TagWithin: &common.Hash{}}, []string{"w3"}},
		{"min trust", Query{Kind: KindWorkerpool, MinTrust: 10}, []string{"w1", "w4", "w2"}},
		{"max trust", Query{Kind: KindWorkerpool, MaxTrust: stPtr[uint64](10)}, []string{"w1", "w5", "w3"}},
		{"min trust above 2^63", Query{Kind: KindWorkerpool, MinTrust: 1<<63 + 1}, []string{"w4"}},
		{"max trust above 2^63", Query{Kind: KindWorkerpool, MaxTrust: &pastInt}, []string{"w1", "w5", "w3", "w2"}},
		{"max trust at most", Query{Kind: KindWorkerpool, MaxTrust: stPtr[uint64](math.MaxUint64)}, allWorks},
		{"trust range", Query{Kind: KindWorkerpool, MinTrust: 5, MaxTrust: stPtr[uint64](10)}, []string{"w1", "w3"}},
		{"max price 2^64", Query{Kind: KindWorkerpool, MaxPrice: stTwo64}, []string{"w1", "w5", "w3", "w4"}},
		{"max price 2^64-1", Query{Kind: KindWorkerpool, MaxPrice: stPlus(stTwo64, -1)}, []string{"w1", "w5", "w3"}},
		{"max price 0", Query{Kind: KindWorkerpool, MaxPrice: new(big.Int)}, nil},
		{"max price negative", Query{Kind: KindWorkerpool, MaxPrice: big.NewInt(-1)}, nil},
		{"max price above uint256", Query{Kind: KindWorkerpool, MaxPrice: stPlus(sqlMaxUint256, 1)}, allWorks},
		{"max price descending", Query{Kind: KindWorkerpool, MaxPrice: stTwo64, Descending: true}, []string{"w4", "w3", "w1", "w5"}},
		{"min remaining 1", Query{Kind: KindWorkerpool, MinRemaining: 1}, allWorks},
		{"min remaining 3", Query{Kind: KindWorkerpool, MinRemaining: 3}, []string{"w1", "w5", "w4", "w2"}},
		{"min remaining 2^63", Query{Kind: KindWorkerpool, MinRemaining: 1 << 63}, []string{"w4"}},
		{"app restriction", Query{Kind: KindWorkerpool, App: &a1}, []string{"w1", "w3", "w4", "w2"}},
		{"app restriction set to zero", Query{Kind: KindWorkerpool, App: &zero}, []string{"w1", "w4", "w2"}},
		{"dataset restriction", Query{Kind: KindWorkerpool, Dataset: &d2}, []string{"w1", "w5", "w3", "w2"}},
		{"requester restriction named", Query{Kind: KindWorkerpool, Requester: &r1}, allWorks},
		{"requester restriction other", Query{Kind: KindWorkerpool, Requester: &r2}, []string{"w1", "w5", "w3", "w2"}},
		{"combined", Query{Kind: KindWorkerpool, Category: stPtr[uint64](1), TagIncludes: stPtr(stTag(0)), MinTrust: 10, MaxPrice: stTwo64, App: &a1}, []string{"w1"}},

		{"request orders", Query{Kind: KindRequest}, []string{"r2", "r1", "r3"}},
		{"request orders of an app", Query{Kind: KindRequest, Asset: a1}, []string{"r2", "r1"}},
		{"request naming a dataset", Query{Kind: KindRequest, Dataset: &d1}, []string{"r1"}},
		{"request with no dataset", Query{Kind: KindRequest, Dataset: &zero}, []string{"r2"}},
		{"request naming a workerpool", Query{Kind: KindRequest, Workerpool: &p1}, []string{"r2", "r1"}},
		{"request for any workerpool", Query{Kind: KindRequest, Workerpool: &zero}, []string{"r1"}},
		{"request: App is not used", Query{Kind: KindRequest, App: &a2}, []string{"r2", "r1", "r3"}},
		{"request category", Query{Kind: KindRequest, Category: stPtr[uint64](2)}, []string{"r2"}},
		{"request descending", Query{Kind: KindRequest, Descending: true}, []string{"r3", "r1", "r2"}},

		{"app orders", Query{Kind: KindApp}, []string{"a2", "a3", "a1"}},
		{"app dataset restriction", Query{Kind: KindApp, Dataset: &d2}, []string{"a2", "a3"}},
		{"app workerpool restriction named", Query{Kind: KindApp, Workerpool: &p1}, []string{"a2", "a3", "a1"}},
		{"app workerpool restriction other", Query{Kind: KindApp, Workerpool: &p2}, []string{"a2", "a3"}},
		{"app asset and requester", Query{Kind: KindApp, Asset: a1, Requester: &r2}, []string{"a2"}},
		{"dataset orders", Query{Kind: KindDataset}, []string{"d1"}},
		{"dataset app restriction", Query{Kind: KindDataset, App: &a2}, nil},
		{"dataset app restriction named", Query{Kind: KindDataset, App: &a1}, []string{"d1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := []common.Hash{}
			for _, n := range tt.want {
				want = append(want, names[n])
			}
			page := stQuery(t, s, tt.q)
			if diff := cmp.Diff(want, stHashes(page.Records)); diff != "" {
				t.Errorf("Query (-want +got):\n%s", diff)
			}
			if page.Next != "" {
				t.Errorf("Next = %q on the only page", page.Next)
			}
			for _, r := range page.Records {
				if r.Status != StatusOpen || r.Kind != tt.q.Kind {
					t.Errorf("order %s has status %d kind %d", r.Hash, r.Status, r.Kind)
				}
			}
		})
	}
	t.Run("records are whole", func(t *testing.T) {
		for _, r := range stQuery(t, s, Query{Kind: KindWorkerpool}).Records {
			if diff := cmp.Diff(stGet(t, s, r.Hash), r, stRecOpts); diff != "" {
				t.Errorf("Query's record differs from Get's (-get +query):\n%s", diff)
			}
		}
	})
}

func stTestPrices(t *testing.T, s Store) {
	prices := []*big.Int{
		new(big.Int).Set(sqlMaxUint256), stPlus(stTwo64, 1), big.NewInt(256), new(big.Int).Lsh(big.NewInt(1), 255),
		big.NewInt(255), stTwo64, new(big.Int), stPlus(stTwo64, -1), big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 128),
	}
	for i, p := range prices {
		stPut(t, s, stRecord(uint64(i), KindApp, p))
	}
	sorted := slices.SortedFunc(slices.Values(prices), (*big.Int).Cmp)
	page := stQuery(t, s, Query{Kind: KindApp})
	var got []*big.Int
	for _, r := range page.Records {
		got = append(got, r.Price)
	}
	if diff := cmp.Diff(sorted, got, stRecOpts); diff != "" {
		t.Errorf("prices (-want +got):\n%s", diff)
	}
	for _, max := range sorted {
		page := stQuery(t, s, Query{Kind: KindApp, MaxPrice: max})
		n := slices.IndexFunc(sorted, func(p *big.Int) bool { return p.Cmp(max) > 0 })
		if n < 0 {
			n = len(sorted)
		}
		if len(page.Records) != n {
			t.Errorf("MaxPrice %s: %d orders, want %d", max, len(page.Records), n)
		}
	}
}

func stTestUnfunded(t *testing.T, s Store) {
	o1, o2, o3, o4 := stAddr(0x41), stAddr(0x42), stAddr(0x43), stAddr(0x44)
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	q1 := stRecord(1, KindRequest, big.NewInt(100))
	q1.Owner, q1.UnitCost = o1, big.NewInt(100)
	q2 := stRecord(2, KindRequest, huge)
	q2.Owner, q2.UnitCost = o2, huge
	free := stRecord(3, KindRequest, big.NewInt(7)) // a request that costs nothing
	free.Owner = o3
	wp := stRecord(4, KindWorkerpool, big.NewInt(100))
	wp.Owner, wp.UnitCost = o4, big.NewInt(30)
	stPut(t, s, q1, q2, free, wp)

	steps := []struct {
		name     string
		balances map[common.Address]*big.Int
		want     []common.Hash
	}{
		{"no balance on record is 0", nil, []common.Hash{free.Hash}},
		{"below the unit cost", map[common.Address]*big.Int{o1: big.NewInt(99), o2: stPlus(huge, -1)}, []common.Hash{free.Hash}},
		{"exactly the unit cost", map[common.Address]*big.Int{o1: big.NewInt(100)}, []common.Hash{free.Hash, q1.Hash}},
		{"above 2^64", map[common.Address]*big.Int{o2: huge}, []common.Hash{free.Hash, q1.Hash, q2.Hash}},
		{"back to zero", map[common.Address]*big.Int{o1: new(big.Int)}, []common.Hash{free.Hash, q2.Hash}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.balances != nil {
				stApply(t, s, &Update{Balances: st.balances})
			}
			if diff := cmp.Diff(st.want, stHashes(stQuery(t, s, Query{Kind: KindRequest}).Records)); diff != "" {
				t.Errorf("funded orders (-want +got):\n%s", diff)
			}
			all := stHashes(stQuery(t, s, Query{Kind: KindRequest, Unfunded: true}).Records)
			if diff := cmp.Diff([]common.Hash{free.Hash, q1.Hash, q2.Hash}, all); diff != "" {
				t.Errorf("with Unfunded (-want +got):\n%s", diff)
			}
		})
	}
	if got := stQuery(t, s, Query{Kind: KindWorkerpool}); len(got.Records) != 0 {
		t.Errorf("a workerpool order whose owner cannot stake is listed")
	}
	stApply(t, s, &Update{Balances: map[common.Address]*big.Int{o4: big.NewInt(30)}})
	if got := stQuery(t, s, Query{Kind: KindWorkerpool}); len(got.Records) != 1 {
		t.Errorf("a funded workerpool order is not listed")
	}
}

func stTestReputation(t *testing.T, s Store) {
	p1, p2, p3, p4 := stAddr(0x11), stAddr(0x12), stAddr(0x13), stAddr(0x14)
	var recs []*Record
	for i, o := range []struct {
		pool  common.Address
		price int64
	}{{p1, 10}, {p2, 10}, {p3, 10}, {p1, 5}, {p4, 10}, {p2, 10}} {
		r := stRecord(uint64(i), KindWorkerpool, big.NewInt(o.price))
		r.Asset = o.pool
		recs = append(recs, r)
	}
	stPut(t, s, recs...)
	stApply(t, s, &Update{Reputation: map[common.Address]int64{p1: 1, p2: 7, p3: -5}}) // p4: none, 0
	h := func(idx ...int) []common.Hash {
		out := []common.Hash{}
		for _, i := range idx {
			out = append(out, recs[i].Hash)
		}
		return out
	}
	tests := []struct {
		name string
		q    Query
		want []common.Hash
	}{
		{"by age", Query{Kind: KindWorkerpool}, h(3, 0, 1, 2, 4, 5)},
		{"by reputation", Query{Kind: KindWorkerpool, ByReputation: true}, h(3, 1, 5, 0, 4, 2)},
		{"by reputation, descending", Query{Kind: KindWorkerpool, ByReputation: true, Descending: true}, h(1, 5, 0, 4, 2, 3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, stHashes(stQuery(t, s, tt.q).Records)); diff != "" {
				t.Errorf("one page (-want +got):\n%s", diff)
			}
			for _, limit := range []int{1, 2, 4} {
				q := tt.q
				q.Limit = limit
				if diff := cmp.Diff(tt.want, stQueryAll(t, s, q)); diff != "" {
					t.Errorf("pages of %d (-want +got):\n%s", limit, diff)
				}
			}
		})
	}
	// Other kinds have no reputation: the flag is ignored.
	r := stRecord(100, KindRequest, big.NewInt(1))
	stPut(t, s, r)
	if got := stHashes(stQuery(t, s, Query{Kind: KindRequest, ByReputation: true}).Records); !slices.Equal(got, []common.Hash{r.Hash}) {
		t.Errorf("request orders by reputation = %v", got)
	}
}

func stTestPagination(t *testing.T, s Store) {
	prices := []*big.Int{big.NewInt(1), stTwo64, big.NewInt(3)}
	var recs []*Record
	for i := range uint64(30) {
		r := stRecord(i, KindWorkerpool, prices[i%3])
		recs = append(recs, r)
	}
	stPut(t, s, recs...)

	type key struct {
		price *big.Int
		seq   int64
	}
	for _, desc := range []bool{false, true} {
		t.Run(fmt.Sprintf("descending=%v", desc), func(t *testing.T) {
			before := func(a, b key) bool { // a comes before b
				if c := a.price.Cmp(b.price); c != 0 {
					return c < 0 != desc
				}
				return a.seq < b.seq
			}
			q := Query{Kind: KindWorkerpool, Limit: 7, Descending: desc}
			seen := map[common.Hash]bool{}
			var last *key
			var inserted, behind, filled []common.Hash
			n := uint64(1000)
			if desc {
				n = 2000
			}
			for pages := 0; ; pages++ {
				page := stQuery(t, s, q)
				if len(page.Records) > q.Limit {
					t.Fatalf("page of %d orders, limit %d", len(page.Records), q.Limit)
				}
				for _, r := range page.Records {
					k := key{r.Price, r.Seq}
					if last != nil && !before(*last, k) {
						t.Fatalf("order %s (price %s, seq %d) after price %s, seq %d", r.Hash, r.Price, r.Seq, last.price, last.seq)
					}
					if seen[r.Hash] {
						t.Fatalf("order %s twice", r.Hash)
					}
					seen[r.Hash] = true
					last = &k
				}
				if page.Next == "" {
					if len(page.Records) == q.Limit && pages == 0 {
						t.Fatal("a full first page with no next page")
					}
					break
				}
				q.After = page.Next
				// While a client reads: an order at the cursor's price (it comes later,
				// being newer), orders at each end of the price range, and one order
				// not yet read filled.
				n++
				same := stRecord(n, KindWorkerpool, last.price)
				n++
				low := stRecord(n, KindWorkerpool, new(big.Int))
				n++
				high := stRecord(n, KindWorkerpool, stPlus(stTwo64, 1))
				stPut(t, s, same, low, high)
				inserted = append(inserted, same.Hash)
				if desc {
					inserted, behind = append(inserted, low.Hash), append(behind, high.Hash)
				} else {
					inserted, behind = append(inserted, high.Hash), append(behind, low.Hash)
				}
				for _, r := range recs {
					if !seen[r.Hash] && !slices.Contains(filled, r.Hash) {
						stApply(t, s, &Update{Remaining: map[common.Hash]uint64{r.Hash: 0}})
						filled = append(filled, r.Hash)
						break
					}
				}
				if pages > 100 {
					t.Fatal("too many pages")
				}
			}
			for _, r := range recs {
				if want := !slices.Contains(filled, r.Hash); seen[r.Hash] != want {
					t.Errorf("order %s seen %v, want %v", r.Hash, seen[r.Hash], want)
				}
			}
			for _, h := range inserted {
				if !seen[h] {
					t.Errorf("order %s inserted ahead of the cursor was not seen", h)
				}
			}
			for _, h := range behind {
				if seen[h] {
					t.Errorf("order %s inserted behind the cursor was seen", h)
				}
			}
			if len(filled) == 0 {
				t.Error("the test filled nothing")
			}
			// Reset for the other direction: a filled order stays filled, so fresh orders
			// at the same prices replace them.
			u := &Update{Status: map[common.Hash]Status{}}
			for _, h := range append(inserted, behind...) {
				u.Status[h] = StatusUnpublished
			}
			stApply(t, s, u)
			for i, r := range recs {
				if slices.Contains(filled, r.Hash) {
					n++
					fresh := stRecord(n, KindWorkerpool, r.Price)
					stPut(t, s, fresh)
					recs[i] = fresh
				}
			}
		})
	}

	t.Run("last page exactly full", func(t *testing.T) {
		q := Query{Kind: KindWorkerpool, Limit: 10}
		for range 2 {
			page := stQuery(t, s, q)
			if len(page.Records) != 10 || page.Next == "" {
				t.Fatalf("page of %d, next %q; want 10 and a next page", len(page.Records), page.Next)
			}
			q.After = page.Next
		}
		page := stQuery(t, s, q)
		if len(page.Records) != 10 || page.Next != "" {
			t.Fatalf("last page of %d, next %q; want 10 and no next page", len(page.Records), page.Next)
		}
	})
	t.Run("limits", func(t *testing.T) {
		for _, tt := range []struct{ limit, want int }{{0, DefaultPageSize}, {-3, DefaultPageSize}, {1, 1}, {MaxPageSize + 1, 30}} {
			if got := len(stQuery(t, s, Query{Kind: KindWorkerpool, Limit: tt.limit}).Records); got != tt.want {
				t.Errorf("Limit %d: %d orders, want %d", tt.limit, got, tt.want)
			}
		}
		// A cursor does not bind the page size.
		page := stQuery(t, s, Query{Kind: KindWorkerpool, Limit: 5})
		rest := stQuery(t, s, Query{Kind: KindWorkerpool, Limit: 25, After: page.Next})
		if len(rest.Records) != 25 || rest.Next != "" {
			t.Errorf("after 5: %d orders, next %q; want 25 and no next page", len(rest.Records), rest.Next)
		}
	})
}

func stTestBadCursor(t *testing.T, s Store) {
	for i := range uint64(5) {
		r := stRecord(i, KindWorkerpool, big.NewInt(int64(i)))
		stPut(t, s, r)
	}
	q := Query{Kind: KindWorkerpool, Limit: 2}
	next := stQuery(t, s, q).Next
	if next == "" {
		t.Fatal("no next page")
	}
	tests := []struct {
		name string
		q    Query
	}{
		{"garbage", Query{Kind: KindWorkerpool, After: "not a cursor!"}},
		{"base64 of nothing useful", Query{Kind: KindWorkerpool, After: "AAAA"}},
		{"truncated", Query{Kind: KindWorkerpool, Limit: 2, After: next[:len(next)-4]}},
		{"altered", Query{Kind: KindWorkerpool, Limit: 2, After: "B" + next[1:]}},
		{"another kind", Query{Kind: KindRequest, Limit: 2, After: next}},
		{"another direction", Query{Kind: KindWorkerpool, Limit: 2, Descending: true, After: next}},
		{"another filter", Query{Kind: KindWorkerpool, Limit: 2, MinTrust: 1, After: next}},
		{"by reputation", Query{Kind: KindWorkerpool, Limit: 2, ByReputation: true, After: next}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Query(context.Background(), tt.q); !errors.Is(err, ErrBadCursor) {
				t.Errorf("Query = %v, want ErrBadCursor", err)
			}
		})
	}
}

func stTestApply(t *testing.T, s Store) {
	ctx := context.Background()
	a, b, c, d := stRecord(1, KindApp, big.NewInt(1)), stRecord(2, KindApp, big.NewInt(2)), stRecord(3, KindApp, big.NewInt(3)), stRecord(4, KindApp, big.NewInt(4))
	stPut(t, s, a, b, c, d)
	status := func(h common.Hash) (Status, uint64) {
		r := stGet(t, s, h)
		return r.Status, r.Remaining
	}
	steps := []struct {
		name      string
		u         *Update
		hash      common.Hash
		status    Status
		remaining uint64
	}{
		{"remaining", &Update{Remaining: map[common.Hash]uint64{a.Hash: 3}}, a.Hash, StatusOpen, 3},
		{"remaining 0 fills", &Update{Remaining: map[common.Hash]uint64{a.Hash: 0}}, a.Hash, StatusFilled, 0},
		{"status wins over remaining", &Update{Remaining: map[common.Hash]uint64{b.Hash: 0}, Status: map[common.Hash]Status{b.Hash: StatusCancelled}}, b.Hash, StatusCancelled, 0},
		{"a cancelled order stays cancelled", &Update{Remaining: map[common.Hash]uint64{b.Hash: 0}}, b.Hash, StatusCancelled, 0},
		{"unpublished", &Update{Status: map[common.Hash]Status{c.Hash: StatusUnpublished}}, c.Hash, StatusUnpublished, 10},
		{"a filled order stays filled", &Update{Status: map[common.Hash]Status{a.Hash: StatusUnpublished}}, a.Hash, StatusFilled, 0},
		{"a cancelled order is not unpublished", &Update{Status: map[common.Hash]Status{b.Hash: StatusUnpublished}}, b.Hash, StatusCancelled, 0},
		{"an unpublished order is not cancelled", &Update{Status: map[common.Hash]Status{c.Hash: StatusCancelled}}, c.Hash, StatusUnpublished, 10},
		{"unknown orders are ignored", &Update{Remaining: map[common.Hash]uint64{stHash(99): 0}, Status: map[common.Hash]Status{stHash(98): StatusCancelled}}, d.Hash, StatusOpen, 10},
		{"nil update", nil, d.Hash, StatusOpen, 10},
		{"empty update", &Update{}, d.Hash, StatusOpen, 10},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			stApply(t, s, st.u)
			if gs, gr := status(st.hash); gs != st.status || gr != st.remaining {
				t.Errorf("status %d, remaining %d; want %d, %d", gs, gr, st.status, st.remaining)
			}
		})
	}
	if got := stHashes(stQuery(t, s, Query{Kind: KindApp}).Records); !slices.Equal(got, []common.Hash{d.Hash}) {
		t.Errorf("open orders %v, want only %s", got, d.Hash)
	}
	if n, err := s.CountOpen(ctx, stAddr(1)); err != nil || n != 1 {
		t.Errorf("CountOpen = %d, %v; want 1", n, err)
	}
}

func stTestApplyAtomic(t *testing.T, s Store) {
	a, b := stRecord(1, KindRequest, big.NewInt(10)), stRecord(2, KindWorkerpool, big.NewInt(20))
	a.Owner, a.UnitCost = stAddr(0x41), big.NewInt(10)
	b.Asset = stAddr(0x12)
	stPut(t, s, a, b)
	stApply(t, s, &Update{Balances: map[common.Address]*big.Int{a.Owner: big.NewInt(10)}, Reputation: map[common.Address]int64{b.Asset: 3}, Block: 10})

	type snapshot struct {
		A, B      *Record
		Open      []common.Hash
		Block     uint64
		HasBlock  bool
		Owners    []common.Address
		CountOpen int
	}
	snap := func() snapshot {
		ctx := context.Background()
		var sn snapshot
		sn.A, sn.B = stGet(t, s, a.Hash), stGet(t, s, b.Hash)
		sn.Open = append(stQueryAll(t, s, Query{Kind: KindRequest}), stQueryAll(t, s, Query{Kind: KindWorkerpool, ByReputation: true})...)
		var err error
		if sn.Block, sn.HasBlock, err = s.Cursor(ctx); err != nil {
			t.Fatal(err)
		}
		if sn.Owners, err = s.Owners(ctx); err != nil {
			t.Fatal(err)
		}
		if sn.CountOpen, err = s.CountOpen(ctx, a.Owner); err != nil {
			t.Fatal(err)
		}
		return sn
	}
	before := snap()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	valid := func() *Update {
		return &Update{
			Remaining:  map[common.Hash]uint64{a.Hash: 0, b.Hash: 4},
			Status:     map[common.Hash]Status{b.Hash: StatusCancelled},
			Balances:   map[common.Address]*big.Int{a.Owner: big.NewInt(1)},
			Reputation: map[common.Address]int64{b.Asset: -1},
			Block:      20,
		}
	}
	tests := []struct {
		name   string
		ctx    context.Context
		change func(u *Update)
	}{
		{"unknown status after remaining", context.Background(), func(u *Update) { u.Status[stHash(50)] = 9 }},
		{"negative balance", context.Background(), func(u *Update) { u.Balances[stAddr(0x49)] = big.NewInt(-1) }},
		{"balance of 2^256", context.Background(), func(u *Update) { u.Balances[stAddr(0x49)] = stPlus(sqlMaxUint256, 1) }},
		{"nil balance", context.Background(), func(u *Update) { u.Balances[stAddr(0x49)] = nil }},
		{"block too large, last", context.Background(), func(u *Update) { u.Block = math.MaxUint64 }},
		{"cancelled context", cancelled, func(u *Update) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := valid()
			tt.change(u)
			err := s.Apply(tt.ctx, u)
			if err == nil {
				t.Fatal("Apply succeeded, want an error")
			}
			t.Logf("Apply: %v", err)
			if diff := cmp.Diff(before, snap(), stRecOpts); diff != "" {
				t.Fatalf("a failed Apply left a trace (-before +after):\n%s", diff)
			}
		})
	}
	// The valid update goes through, and the store is still usable.
	stApply(t, s, valid())
	after := snap()
	if after.A.Status != StatusFilled || after.B.Status != StatusCancelled || after.B.Remaining != 4 || after.Block != 20 || len(after.Open) != 0 {
		t.Errorf("after the valid update: %+v", after)
	}
}

func stTestOwners(t *testing.T, s Store) {
	ctx := context.Background()
	o1, o2, o3, o4 := stAddr(0x43), stAddr(0x41), stAddr(0x42), stAddr(0x44)
	var recs []*Record
	for i, o := range []struct {
		owner common.Address
		cost  int64
		kind  Kind
	}{{o1, 5, KindRequest}, {o1, 5, KindRequest}, {o2, 3, KindWorkerpool}, {o3, 0, KindApp}, {o4, 7, KindRequest}, {o2, 0, KindDataset}} {
		r := stRecord(uint64(i), o.kind, big.NewInt(1))
		r.Owner, r.UnitCost = o.owner, big.NewInt(o.cost)
		recs = append(recs, r)
	}
	stPut(t, s, recs...)
	check := func(wantOwners []common.Address, counts map[common.Address]int) {
		t.Helper()
		got, err := s.Owners(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantOwners, got); diff != "" {
			t.Errorf("Owners (-want +got):\n%s", diff)
		}
		for o, want := range counts {
			if n, err := s.CountOpen(ctx, o); err != nil || n != want {
				t.Errorf("CountOpen(%s) = %d, %v; want %d", o, n, err, want)
			}
		}
	}
	// Sorted by address, each once; o3 pays nothing.
	check([]common.Address{o2, o1, o4}, map[common.Address]int{o1: 2, o2: 2, o3: 1, o4: 1, stAddr(0x99): 0, {}: 6})
	stApply(t, s, &Update{Remaining: map[common.Hash]uint64{recs[4].Hash: 0}, Status: map[common.Hash]Status{recs[0].Hash: StatusCancelled}})
	check([]common.Address{o2, o1}, map[common.Address]int{o1: 1, o4: 0, {}: 4})
	stApply(t, s, &Update{Status: map[common.Hash]Status{recs[1].Hash: StatusUnpublished, recs[2].Hash: StatusUnpublished}})
	got, err := s.Owners(ctx)
	if err != nil || len(got) != 0 {
		t.Errorf("Owners = %v, %v; want none", got, err)
	}
}

func stTestCursor(t *testing.T, s Store) {
	steps := []struct {
		name string
		u    *Update
		want uint64
		ok   bool
	}{
		{"absent", nil, 0, false},
		{"an update without block", &Update{Reputation: map[common.Address]int64{stAddr(1): 1}}, 0, false},
		{"saved", &Update{Block: 100}, 100, true},
		{"updated", &Update{Block: 250}, 250, true},
		{"kept by an update without block", &Update{Balances: map[common.Address]*big.Int{stAddr(1): big.NewInt(1)}}, 250, true},
		{"largest", &Update{Block: math.MaxInt64}, math.MaxInt64, true},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.u != nil {
				stApply(t, s, st.u)
			}
			block, ok, err := s.Cursor(context.Background())
			if err != nil || block != st.want || ok != st.ok {
				t.Errorf("Cursor = %d, %v, %v; want %d, %v", block, ok, err, st.want, st.ok)
			}
		})
	}
}

func stTestConcurrentPut(t *testing.T, s Store) {
	const goroutines, orders = 8, 60
	ctx := context.Background()
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		won     = map[common.Hash]int64{}
		lost    = map[common.Hash]int{}
		errs    []error
		readers = make(chan struct{})
	)
	for g := range goroutines {
		wg.Go(func() {
			// Every goroutine publishes every order, in its own order: each is published
			// once, and refused seven times.
			for i := range orders {
				n := uint64((i*7 + g*13) % orders)
				r := stRecord(n, KindWorkerpool, big.NewInt(int64(n%5)))
				err := s.Put(ctx, r)
				mu.Lock()
				switch {
				case err == nil:
					if _, dup := won[r.Hash]; dup {
						errs = append(errs, fmt.Errorf("order %d published twice", n))
					}
					won[r.Hash] = r.Seq
				case errors.Is(err, ErrExists):
					lost[r.Hash]++
				default:
					errs = append(errs, err)
				}
				mu.Unlock()
			}
		})
	}
	// Reads run alongside.
	var rg sync.WaitGroup
	rg.Go(func() {
		for {
			select {
			case <-readers:
				return
			default:
			}
			if _, err := s.Query(ctx, Query{Kind: KindWorkerpool, Limit: 10}); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
				return
			}
		}
	})
	wg.Wait()
	close(readers)
	rg.Wait()
	for _, err := range errs {
		t.Error(err)
	}
	if len(won) != orders {
		t.Errorf("%d orders published, want %d", len(won), orders)
	}
	seqs := map[int64]bool{}
	for h, seq := range won {
		if lost[h] != goroutines-1 {
			t.Errorf("order %s refused %d times, want %d", h, lost[h], goroutines-1)
		}
		if seqs[seq] {
			t.Errorf("Seq %d twice", seq)
		}
		seqs[seq] = true
		if got := stGet(t, s, h); got.Seq != seq {
			t.Errorf("order %s has Seq %d, Put said %d", h, got.Seq, seq)
		}
	}
	if got := stQueryAll(t, s, Query{Kind: KindWorkerpool, Limit: 7}); len(got) != orders {
		t.Errorf("Query lists %d orders, want %d", len(got), orders)
	}
}

func stTestClosed(t *testing.T, s Store) {
	ctx := context.Background()
	stPut(t, s, stRecord(1, KindApp, big.NewInt(1)))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	_, err1 := s.Get(ctx, stHash(1))
	_, err2 := s.Query(ctx, Query{})
	_, err3 := s.Owners(ctx)
	_, err4 := s.CountOpen(ctx, stAddr(1))
	_, _, err5 := s.Cursor(ctx)
	for i, err := range []error{s.Put(ctx, stRecord(2, KindApp, big.NewInt(1))), s.Apply(ctx, &Update{Block: 1}), err1, err2, err3, err4, err5} {
		if !errors.Is(err, ErrClosed) {
			t.Errorf("call %d after Close = %v, want ErrClosed", i, err)
		}
	}
}

// stBenchStores are the stores the benchmarks compare.
var stBenchStores = []struct {
	name string
	open func(b *testing.B) Store
	plan func(b *testing.B, s Store, q Query) string // the database's plan of q, on one line
}{
	{"sqlite", openBenchSQLite, planSQLite},
	{"postgres", openBenchPostgres, planPostgres},
}

// BenchmarkPut publishes new orders: one publisher at a time (the latency of one durable
// commit), then many at once (group commit's throughput, in orders/s).
func BenchmarkPut(b *testing.B) {
	for _, st := range stBenchStores {
		for _, publishers := range []int{1, 64} {
			b.Run(fmt.Sprintf("store=%s/publishers=%d", st.name, publishers), func(b *testing.B) {
				s := st.open(b)
				var n atomic.Uint64
				put := func() {
					i := n.Add(1)
					if err := s.Put(context.Background(), stBenchRecord(i)); err != nil {
						b.Error(err)
					}
				}
				b.ReportAllocs()
				if publishers == 1 {
					for b.Loop() {
						put()
					}
				} else {
					b.SetParallelism(publishers / runtime.GOMAXPROCS(0))
					b.RunParallel(func(pb *testing.PB) {
						for pb.Next() {
							put()
						}
					})
				}
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "orders/s")
			})
		}
	}
}

// BenchmarkQuery runs matchmaking queries on a book of 100,000 open orders: the cheapest
// workerpool orders a request can use (category, tag, trust, price, restrictions; pages of 1
// to 20), the best-paying requests a workerpool can serve, and a next page.
func BenchmarkQuery(b *testing.B) {
	const book = 100_000
	for _, st := range stBenchStores {
		b.Run("store="+st.name, func(b *testing.B) {
			s := st.open(b)
			start := time.Now()
			stBenchLoad(b, s, book)
			b.Logf("%s: loaded %d orders in %s", st.name, book, time.Since(start).Round(time.Millisecond))
			if ps, ok := s.(*PostgresStore); ok {
				// What autovacuum does on its own after such a load.
				if _, err := ps.pool.Exec(context.Background(), "ANALYZE"); err != nil {
					b.Fatal(err)
				}
			}
			b.Logf("plan of a request's match: %s", st.plan(b, s, stBenchQuery(0)))
			queries := map[string]func(i int) Query{
				"workerpools-for-a-request": stBenchQuery,
				"requests-for-a-workerpool": func(i int) Query {
					cat, tag := uint64(i%5), stTag(0, 8, 16)
					return Query{Kind: KindRequest, Category: &cat, TagWithin: &tag, MaxTrust: stPtr[uint64](150), Descending: true, Limit: 1 + i%20}
				},
				"workerpools-of-a-pool": func(i int) Query {
					return Query{Kind: KindWorkerpool, Asset: stAddr(0x1000 + uint64(i%200)), Limit: 1 + i%20}
				},
			}
			for _, name := range slices.Sorted(maps.Keys(queries)) {
				b.Run("query="+name, func(b *testing.B) {
					var i, found int
					for b.Loop() {
						page := stQuery(b, s, queries[name](i))
						found += len(page.Records)
						i++
					}
					if found == 0 {
						b.Fatal("the queries found nothing")
					}
				})
			}
			b.Run("query=next-page", func(b *testing.B) {
				next := map[int]string{}
				for i := range 100 {
					q := stBenchQuery(i)
					next[i] = stQuery(b, s, q).Next
				}
				i := 0
				for b.Loop() {
					q := stBenchQuery(i % 100)
					q.After = next[i%100]
					stQuery(b, s, q)
					i++
				}
			})
		})
	}
}

// stBenchQuery is what the market asks to match request i: workerpool orders of its category
// that have its tag bits, enough trust, a price it can pay, and no restriction against it.
func stBenchQuery(i int) Query {
	cat, tag := uint64(i%5), stTag(0)
	app, requester := stAddr(0x2000+uint64(i%500)), stAddr(0x3000+uint64(i%1000))
	return Query{
		Kind: KindWorkerpool, Category: &cat, TagIncludes: &tag, MinTrust: uint64(i % 100),
		MaxPrice: new(big.Int).Lsh(big.NewInt(1), 66), App: &app, Requester: &requester,
		MinRemaining: 1, Limit: 1 + i%20,
	}
}

// stBenchRecord is order i of a realistic book: 40 % workerpool orders (200 pools, 5
// categories), 40 % requests (500 apps), 10 % app and dataset orders each; prices up to 2^70,
// tags from four bits, 1,000 owners.
func stBenchRecord(i uint64) *Record {
	rnd := rand.New(rand.NewPCG(i, 42))
	kinds := []Kind{KindWorkerpool, KindWorkerpool, KindWorkerpool, KindWorkerpool, KindRequest, KindRequest, KindRequest, KindRequest, KindApp, KindDataset}
	r := stRecord(i, kinds[i%10], new(big.Int).Rsh(new(big.Int).SetUint64(rnd.Uint64()), uint(rnd.IntN(64))))
	if rnd.IntN(4) == 0 {
		r.Price.Lsh(r.Price, 6) // above 2^64
	}
	r.Owner = stAddr(0x3000 + rnd.Uint64N(1000))
	bits := []int{}
	for _, bit := range []int{0, 8, 16, 255} {
		if rnd.IntN(2) == 0 {
			bits = append(bits, bit)
		}
	}
	r.Tag = stTag(bits...)
	switch r.Kind {
	case KindWorkerpool:
		r.Asset, r.Category, r.Trust = stAddr(0x1000+rnd.Uint64N(200)), rnd.Uint64N(5), rnd.Uint64N(200)
		r.UnitCost = new(big.Int).Rsh(r.Price, 2)
		if rnd.IntN(10) == 0 {
			r.AppRestrict = stAddr(0x2000 + rnd.Uint64N(500))
		}
	case KindRequest:
		r.Asset, r.Category, r.Trust = stAddr(0x2000+rnd.Uint64N(500)), rnd.Uint64N(5), rnd.Uint64N(200)
		r.UnitCost = r.Price
	case KindApp:
		r.Asset = stAddr(0x2000 + rnd.Uint64N(500))
	case KindDataset:
		r.Asset = stAddr(0x4000 + rnd.Uint64N(100))
	}
	r.Order = make([]byte, 600) // about the size of a signed order's JSON
	return r
}

// stBenchLoad publishes n orders from 64 publishers and funds nine owners out of ten.
func stBenchLoad(b testing.TB, s Store, n int) {
	var next atomic.Uint64
	var wg sync.WaitGroup
	for range 64 {
		wg.Go(func() {
			for {
				i := next.Add(1)
				if i > uint64(n) {
					return
				}
				if err := s.Put(context.Background(), stBenchRecord(i)); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	balances := map[common.Address]*big.Int{}
	for o := range uint64(1000) {
		if o%10 != 0 {
			balances[stAddr(0x3000+o)] = new(big.Int).Lsh(big.NewInt(1), 80)
		}
	}
	stApply(b, s, &Update{Balances: balances})
}
