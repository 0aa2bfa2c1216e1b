package market

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
)

// Matchmaking applies the rules of the hub's matchOrders (contracts/src/hub/Market.sol:
// _checkCompatible, then _checkOwnersAndVolume, then the locks) to the open orders of the
// book, in the same order, so that a combination it returns matches on-chain and a rule it
// names is the error matchOrders would revert with.
//
// The best combination is the cheapest in total (app + dataset + workerpool price per
// task); among workerpool orders of the same price the one of the pool with the best
// reputation, then the oldest. It tries the Config.MatchCandidates cheapest app and dataset
// orders that suit the request on their own, cheapest pairs first, and for each kind of
// pair (the tag it needs, the workerpool it is restricted to) the cheapest workerpool
// orders that suit it.

// matchReq is a MatchRequest with its defaults applied.
type matchReq struct {
	app, dataset, pool, requester      common.Address
	appMax, datasetMax, poolMax, trust *big.Int
	// category is valid only when categoryOK (it fits 64 bits).
	category   uint64
	categoryOK bool
	volume     uint64
	tag        common.Hash
}

func newMatchReq(q api.MatchRequest) (*matchReq, error) {
	r := &matchReq{app: q.App, dataset: q.Dataset, pool: q.Workerpool, requester: q.Requester, tag: q.Tag,
		appMax: q.AppMaxPrice.Big(), datasetMax: q.DatasetMaxPrice.Big(), poolMax: q.WorkerpoolMaxPrice.Big(), trust: q.Trust.Big(), volume: 1}
	if c := q.Category.Big(); c.IsUint64() {
		r.category, r.categoryOK = c.Uint64(), true
	}
	if q.Volume != nil {
		v := q.Volume.Big()
		if v.Sign() == 0 || !v.IsUint64() {
			return nil, rejectField(ErrMalformed, "volume", "%s: want 1…2^64-1 tasks", v)
		}
		r.volume = v.Uint64()
	}
	return r, nil
}

// violation is the first rule a combination breaks.
type violation struct {
	// rule is the contract's error name.
	rule string
	// request: the request itself is at fault, whatever the orders.
	request bool
	// kinds has bit 1<<k set for each kind of order the rule is about.
	kinds uint8
	// hint says what would change the outcome; computed only when reported.
	hint func() string
}

// lazy defers a hint's formatting: matching meets many violations and reports few.
func lazy(format string, a ...any) func() string {
	return func() string { return fmt.Sprintf(format, a...) }
}

func bit(k Kind) uint8 { return 1 << k }

// involves reports whether the rule is about an order of kind k.
func (v *violation) involves(k Kind) bool { return v.kinds&bit(k) != 0 }

// funds gives an account's free balance (zero if unknown).
type funds func(common.Address) *big.Int

// noDataset stands for the all-zero dataset order of a request without a dataset.
var noDataset = &Record{Kind: KindDataset, Price: new(big.Int), UnitCost: new(big.Int), Remaining: ^uint64(0)}

// check applies matchOrders' rules to the request and the orders given; a nil order is not
// known yet and the rules about it are skipped. bal nil skips the balance checks.
func check(r *matchReq, ncat uint64, a, d, w *Record, bal funds) *violation {
	if w != nil && (!r.categoryOK || r.category != w.Category) {
		return &violation{rule: "CategoryMismatch", kinds: bit(KindWorkerpool), hint: lazy("the workerpool order is of category %d, the request of %s", w.Category, reqCategory(r))}
	}
	if !r.categoryOK || r.category >= ncat {
		return &violation{rule: "UnknownCategory", request: true, kinds: bit(KindRequest), hint: lazy("category %s does not exist (GET /v1/categories)", reqCategory(r))}
	}
	if r.trust.Cmp(big.NewInt(maxTrust)) > 0 {
		return &violation{rule: "TrustTooHigh", request: true, kinds: bit(KindRequest), hint: lazy("trust %s is above MAX_TRUST (2^32)", r.trust)}
	}
	if w != nil && r.trust.Cmp(new(big.Int).SetUint64(w.Trust)) > 0 {
		return &violation{rule: "TrustTooHigh", kinds: bit(KindWorkerpool), hint: lazy("the workerpool order accepts trust up to %d, the request asks %s", w.Trust, r.trust)}
	}
	if a != nil && a.Price.Cmp(r.appMax) > 0 {
		return &violation{rule: "PriceTooHigh", kinds: bit(KindApp), hint: lazy("the app order costs %s, the request accepts %s (appmaxprice)", a.Price, r.appMax)}
	}
	if d != nil && d.Price.Cmp(r.datasetMax) > 0 {
		return &violation{rule: "PriceTooHigh", kinds: bit(KindDataset), hint: lazy("the dataset order costs %s, the request accepts %s (datasetmaxprice)", d.Price, r.datasetMax)}
	}
	if w != nil && w.Price.Cmp(r.poolMax) > 0 {
		return &violation{rule: "PriceTooHigh", kinds: bit(KindWorkerpool), hint: lazy("the workerpool order costs %s, the request accepts %s (workerpoolmaxprice)", w.Price, r.poolMax)}
	}
	tag := orTags(r.tag, a, d)
	if w != nil {
		if missing := andNot(tag, w.Tag); missing != (common.Hash{}) {
			return &violation{rule: "TagNotSupported", kinds: bit(KindWorkerpool) | tagSources(missing, r, a, d), hint: lazy("the workerpool order lacks tag bits %s that the app, dataset or request need", missing.Hex())}
		}
	}
	if a != nil && (tag[31]^a.Tag[31])&teeBit[31] != 0 {
		return &violation{rule: "TeeMismatch", kinds: bit(KindApp) | tagSources(teeBit, r, nil, d), hint: lazy("the dataset or the request needs a TEE (tag bit 0) and the app order does not run in one")}
	}
	if a != nil && a.Asset != r.app {
		return &violation{rule: "AssetMismatch", kinds: bit(KindApp), hint: lazy("the request wants app %s, the order offers %s", r.app.Hex(), a.Asset.Hex())}
	}
	if d != nil && d.Asset != r.dataset {
		return &violation{rule: "AssetMismatch", kinds: bit(KindDataset), hint: lazy("the request wants dataset %s, the order offers %s", r.dataset.Hex(), d.Asset.Hex())}
	}
	if w != nil && r.pool != (common.Address{}) && r.pool != w.Asset {
		return &violation{rule: "AssetMismatch", kinds: bit(KindWorkerpool), hint: lazy("the request wants workerpool %s, the order offers %s", r.pool.Hex(), w.Asset.Hex())}
	}
	type restriction struct {
		k, ofk          Kind
		kind, of        string
		allowed, actual common.Address
		known           bool
	}
	var rs []restriction
	if a != nil {
		rs = append(rs,
			restriction{KindApp, KindDataset, "app", "dataset", a.DatasetRestrict, assetOr(d, r.dataset), true},
			restriction{KindApp, KindWorkerpool, "app", "workerpool", a.WorkerpoolRestrict, assetOf(w), w != nil},
			restriction{KindApp, KindRequest, "app", "requester", a.RequesterRestrict, r.requester, true})
	}
	if d != nil && d.Asset != (common.Address{}) {
		rs = append(rs,
			restriction{KindDataset, KindApp, "dataset", "app", d.AppRestrict, assetOr(a, r.app), true},
			restriction{KindDataset, KindWorkerpool, "dataset", "workerpool", d.WorkerpoolRestrict, assetOf(w), w != nil},
			restriction{KindDataset, KindRequest, "dataset", "requester", d.RequesterRestrict, r.requester, true})
	}
	if w != nil {
		rs = append(rs,
			restriction{KindWorkerpool, KindApp, "workerpool", "app", w.AppRestrict, assetOr(a, r.app), true},
			restriction{KindWorkerpool, KindDataset, "workerpool", "dataset", w.DatasetRestrict, assetOr(d, r.dataset), true},
			restriction{KindWorkerpool, KindRequest, "workerpool", "requester", w.RequesterRestrict, r.requester, true})
	}
	for _, x := range rs {
		if x.known && x.allowed != (common.Address{}) && x.allowed != x.actual {
			return &violation{rule: "Restricted", kinds: bit(x.k) | bit(x.ofk), hint: lazy("the %s order only accepts %s %s, not %s", x.kind, x.of, x.allowed.Hex(), x.actual.Hex())}
		}
	}
	for _, o := range []*Record{a, d, w} {
		if o != nil && o.Remaining == 0 {
			return &violation{rule: "OrderConsumed", kinds: bit(o.Kind), hint: lazy("the %s order has no volume left", kindName(o.Kind))}
		}
	}
	if bal == nil || a == nil || d == nil || w == nil {
		return nil
	}
	volume := dealVolume(r, a, d, w)
	cost := new(big.Int).Mul(dealPrice(a, d, w), new(big.Int).SetUint64(volume))
	if r.requester != (common.Address{}) {
		if have := bal(r.requester); have.Cmp(cost) < 0 {
			return &violation{rule: "InsufficientBalance", request: true, kinds: bit(KindRequest), hint: lazy(
				"the requester %s has %s free but the deal locks %s (%d tasks): deposit at least %s more (ergon account deposit), or ask for fewer tasks",
				r.requester.Hex(), have, cost, volume, new(big.Int).Sub(cost, have))}
		}
	}
	stake := new(big.Int).Mul(stakePerTask(w.Price), new(big.Int).SetUint64(volume))
	if r.requester != (common.Address{}) && r.requester == w.Owner {
		// One account pays for the deal and stakes for it: the hub locks both from it.
		need := new(big.Int).Add(cost, stake)
		if have := bal(w.Owner); have.Cmp(need) < 0 {
			return &violation{rule: "InsufficientBalance", request: true, kinds: bit(KindRequest) | bit(KindWorkerpool), hint: lazy(
				"%s, requester and workerpool owner, has %s free but the deal locks %s and stakes %s (%d tasks): deposit at least %s more (ergon account deposit), or ask for fewer tasks",
				r.requester.Hex(), have, cost, stake, volume, new(big.Int).Sub(need, have))}
		}
		return nil
	}
	if have := bal(w.Owner); have.Cmp(stake) < 0 {
		return &violation{rule: "InsufficientBalance", kinds: bit(KindWorkerpool), hint: lazy("the workerpool owner %s has %s free but must stake %s for %d tasks",
			w.Owner.Hex(), have, stake, volume)}
	}
	return nil
}

// tagSources are the kinds whose tag has some of bits.
func tagSources(bits common.Hash, r *matchReq, a, d *Record) uint8 {
	var out uint8
	hit := func(tag common.Hash) bool { return andNot(bits, andNot(bits, tag)) != (common.Hash{}) }
	if hit(r.tag) {
		out |= bit(KindRequest)
	}
	if a != nil && hit(a.Tag) {
		out |= bit(KindApp)
	}
	if d != nil && hit(d.Tag) {
		out |= bit(KindDataset)
	}
	return out
}

func reqCategory(r *matchReq) string {
	if !r.categoryOK {
		return "≥ 2^64"
	}
	return fmt.Sprint(r.category)
}

func orTags(tag common.Hash, orders ...*Record) common.Hash {
	for _, o := range orders {
		if o != nil {
			for i := range tag {
				tag[i] |= o.Tag[i]
			}
		}
	}
	return tag
}

func andNot(a, b common.Hash) common.Hash {
	for i := range a {
		a[i] &^= b[i]
	}
	return a
}

func assetOf(o *Record) common.Address {
	if o == nil {
		return common.Address{}
	}
	return o.Asset
}

func assetOr(o *Record, def common.Address) common.Address {
	if o == nil {
		return def
	}
	return o.Asset
}

func dealVolume(r *matchReq, a, d, w *Record) uint64 {
	return min(r.volume, a.Remaining, d.Remaining, w.Remaining)
}

func dealPrice(a, d, w *Record) *big.Int {
	return new(big.Int).Add(new(big.Int).Add(a.Price, d.Price), w.Price)
}

// Match finds the best orders for a request, or explains why there are none.
func (m *Market) Match(ctx context.Context, q api.MatchRequest) (*api.MatchResult, error) {
	r, err := newMatchReq(q)
	if err != nil {
		return nil, err
	}
	cats, err := m.categoriesFor(ctx, r.category)
	if err != nil {
		return nil, err
	}
	ncat := uint64(len(cats))
	memo := map[common.Address]*big.Int{}
	bal := m.fundsOf(ctx, memo, true)
	a, d, w, err := m.best(ctx, r, ncat, bal)
	if err != nil {
		return nil, err
	}
	if a == nil {
		// Explaining may examine thousands of orders: within a time budget, and with the
		// balances the market keeps (and the requester's, read once), not a read per owner.
		if r.requester != (common.Address{}) {
			bal(r.requester)
		}
		ectx, cancel := context.WithTimeout(ctx, m.cfg.ExplainTimeout)
		defer cancel()
		why, err := m.explain(ectx, r, ncat, m.fundsOf(ctx, memo, false))
		if err != nil {
			return nil, err
		}
		return &api.MatchResult{WhyNot: why}, nil
	}
	res := &api.MatchResult{Matched: true, Volume: dealVolume(r, a, d, w)}
	price := dealPrice(a, d, w)
	res.Price = api.NewUint256(price)
	res.Cost = api.NewUint256(new(big.Int).Mul(price, new(big.Int).SetUint64(res.Volume)))
	if res.App, err = toAPI(a); err != nil {
		return nil, err
	}
	if d != noDataset {
		if res.Dataset, err = toAPI(d); err != nil {
			return nil, err
		}
	}
	if res.Workerpool, err = toAPI(w); err != nil {
		return nil, err
	}
	return res, nil
}

// fundsOf returns a balance reader for one match, memoized in memo: balances the book keeps,
// or, with readChain, read from the chain (a requester without published orders); zero when
// unknown or unreadable.
func (m *Market) fundsOf(ctx context.Context, memo map[common.Address]*big.Int, readChain bool) funds {
	return func(a common.Address) *big.Int {
		if b, ok := memo[a]; ok {
			return b
		}
		if !readChain {
			b, _ := m.cachedBalance(a)
			memo[a] = b
			return b
		}
		b, err := m.balanceOf(ctx, a)
		if err != nil {
			m.log.Debug("read balance", "account", a, "err", err)
			b = new(big.Int)
		}
		memo[a] = b
		return b
	}
}

// candidates returns the cheapest open orders of q (one page).
func (m *Market) candidates(ctx context.Context, q Query) ([]*Record, error) {
	p, err := m.store.Query(ctx, q)
	if err != nil {
		return nil, err
	}
	return p.Records, nil
}

// best returns the cheapest combination, a nil when there is none.
func (m *Market) best(ctx context.Context, r *matchReq, ncat uint64, bal funds) (a, d, w *Record, err error) {
	if !r.categoryOK || r.category >= ncat || r.trust.Cmp(big.NewInt(maxTrust)) > 0 {
		return nil, nil, nil, nil
	}
	k := m.cfg.MatchCandidates
	restrict := func(x common.Address) *common.Address { return &x }
	var poolFilter *common.Address
	if r.pool != (common.Address{}) {
		poolFilter = restrict(r.pool)
	}
	apps, err := m.candidates(ctx, Query{Kind: KindApp, Asset: r.app, MaxPrice: r.appMax, Dataset: restrict(r.dataset),
		Requester: restrict(r.requester), Workerpool: poolFilter, Limit: k})
	if err != nil {
		return nil, nil, nil, err
	}
	if len(apps) == 0 {
		return nil, nil, nil, nil
	}
	datasets := []*Record{noDataset}
	if r.dataset != (common.Address{}) {
		if datasets, err = m.candidates(ctx, Query{Kind: KindDataset, Asset: r.dataset, MaxPrice: r.datasetMax, App: restrict(r.app),
			Requester: restrict(r.requester), Workerpool: poolFilter, Limit: k}); err != nil {
			return nil, nil, nil, err
		}
	}
	type pair struct {
		a, d *Record
		sum  *big.Int
	}
	pairs := make([]pair, 0, len(apps)*len(datasets))
	for _, a := range apps {
		for _, d := range datasets {
			pairs = append(pairs, pair{a, d, new(big.Int).Add(a.Price, d.Price)})
		}
	}
	slices.SortStableFunc(pairs, func(x, y pair) int { return x.sum.Cmp(y.sum) })

	// The workerpool orders that suit a pair depend only on the tag it needs and the
	// workerpool its orders are restricted to.
	type poolKey struct {
		tag  common.Hash
		pool common.Address
	}
	pools := map[poolKey][]*Record{}
	var bestTotal *big.Int
	for _, p := range pairs {
		if bestTotal != nil && p.sum.Cmp(bestTotal) > 0 {
			break // prices are not negative: no later pair can do better
		}
		if check(r, ncat, p.a, p.d, nil, nil) != nil {
			continue
		}
		key := poolKey{tag: orTags(r.tag, p.a, p.d), pool: r.pool}
		conflict := false
		for _, x := range []common.Address{p.a.WorkerpoolRestrict, p.d.WorkerpoolRestrict} {
			if x != (common.Address{}) {
				if key.pool != (common.Address{}) && key.pool != x {
					conflict = true
				}
				key.pool = x
			}
		}
		if conflict {
			continue
		}
		ws, ok := pools[key]
		if !ok {
			tag := key.tag
			cat := r.category
			q := Query{Kind: KindWorkerpool, Asset: key.pool, Category: &cat, TagIncludes: &tag, MaxPrice: r.poolMax,
				App: restrict(r.app), Dataset: restrict(r.dataset), Requester: restrict(r.requester), ByReputation: true, Limit: k}
			if r.trust.IsUint64() {
				q.MinTrust = r.trust.Uint64()
			}
			if ws, err = m.candidates(ctx, q); err != nil {
				return nil, nil, nil, err
			}
			pools[key] = ws
		}
		for _, cand := range ws {
			if check(r, ncat, p.a, p.d, cand, bal) != nil {
				continue
			}
			total := new(big.Int).Add(p.sum, cand.Price)
			if bestTotal == nil || total.Cmp(bestTotal) < 0 {
				a, d, w, bestTotal = p.a, p.d, cand, total
			}
			break // the store sorts by price then reputation: the first that fits is this pair's best
		}
	}
	return a, d, w, nil
}

// maxPartners bounds the orders of the other kinds a candidate is tried with when
// explaining a failed match.
const maxPartners = 8

// explain examines the open orders of each kind and counts, for those that cannot take
// part in a deal with the request, the first rule they break. When ctx's deadline comes, it
// reports what it examined by then (Truncated).
func (m *Market) explain(ctx context.Context, r *matchReq, ncat uint64, bal funds) ([]api.WhyNot, error) {
	limit := m.cfg.ExplainLimit
	outOfTime := func(err error) bool {
		return errors.Is(err, context.DeadlineExceeded) && errors.Is(ctx.Err(), context.DeadlineExceeded)
	}
	scan := func(q Query) ([]*Record, bool, error) {
		q.Unfunded = true
		var out []*Record
		for len(out) < limit {
			q.Limit = min(MaxPageSize, limit-len(out))
			if ctx.Err() != nil {
				return out, true, nil
			}
			p, err := m.store.Query(ctx, q)
			if outOfTime(err) {
				return out, true, nil
			}
			if err != nil {
				return nil, false, err
			}
			out = append(out, p.Records...)
			if p.Next == "" {
				return out, false, nil
			}
			q.After = p.Next
		}
		return out, true, nil
	}
	type kindSet struct {
		kind      Kind
		orders    []*Record
		truncated bool
		alone     []*violation // per order: the rule it breaks on its own (nil: none)
		survivors []*Record
	}
	sets := []*kindSet{{kind: KindApp}, {kind: KindDataset}, {kind: KindWorkerpool}}
	var err error
	if sets[0].orders, sets[0].truncated, err = scan(Query{Kind: KindApp, Asset: r.app}); err != nil {
		return nil, err
	}
	if r.dataset != (common.Address{}) {
		if sets[1].orders, sets[1].truncated, err = scan(Query{Kind: KindDataset, Asset: r.dataset}); err != nil {
			return nil, err
		}
	} else {
		sets = []*kindSet{sets[0], sets[2]}
	}
	ws := sets[len(sets)-1]
	// Not ByReputation: scan reads several pages, and the order does not matter here.
	wq := Query{Kind: KindWorkerpool, Asset: r.pool}
	if r.categoryOK {
		cat := r.category
		wq.Category = &cat
	}
	if ws.orders, ws.truncated, err = scan(wq); err != nil {
		return nil, err
	}
	if len(ws.orders) == 0 && wq.Category != nil {
		// Nothing in this category: show what the other categories' orders break.
		wq.Category = nil
		if ws.orders, ws.truncated, err = scan(wq); err != nil {
			return nil, err
		}
	}

	// On their own, against the request.
	requestRules := map[string]*violation{}
	if v := check(r, ncat, nil, nil, nil, nil); v != nil && v.request {
		requestRules[v.rule] = v
	}
	for _, s := range sets {
		for _, o := range s.orders {
			var a, d, w *Record
			switch s.kind {
			case KindApp:
				a = o
			case KindDataset:
				d = o
			default:
				w = o
			}
			if r.dataset == (common.Address{}) {
				d = noDataset
			}
			v := check(r, ncat, a, d, w, nil)
			if v != nil && v.request {
				requestRules[v.rule] = v
				v = nil
			}
			// A workerpool order's owner must stake at least one task.
			if v == nil && w != nil {
				if have := bal(w.Owner); have.Cmp(w.UnitCost) < 0 {
					v = &violation{rule: "InsufficientBalance", hint: lazy("the workerpool owner %s has %s free, less than the stake of one task (%s)",
						w.Owner.Hex(), have, w.UnitCost)}
				}
			}
			s.alone = append(s.alone, v)
			if v == nil {
				s.survivors = append(s.survivors, o)
			}
		}
	}
	partners := func(k Kind) []*Record {
		if k == KindDataset && r.dataset == (common.Address{}) {
			return []*Record{noDataset}
		}
		for _, s := range sets {
			if s.kind == k {
				return s.survivors[:min(len(s.survivors), maxPartners)]
			}
		}
		return nil
	}

	var out []api.WhyNot
	for _, s := range sets {
		wn := api.WhyNot{Kind: kindName(s.kind), Examined: len(s.orders), Truncated: s.truncated}
		counts := map[string]*api.Exclusion{}
		var order []string
		count := func(h common.Hash, v *violation) {
			e, ok := counts[v.rule]
			if !ok {
				e = &api.Exclusion{Rule: v.rule, Example: &h, Hint: v.hint()}
				counts[v.rule] = e
				order = append(order, v.rule)
			}
			e.Count++
		}
		for i, o := range s.orders {
			if ctx.Err() != nil {
				wn.Examined, wn.Truncated = i, true
				break
			}
			if v := s.alone[i]; v != nil {
				count(o.Hash, v)
				continue
			}
			// With the orders of the other kinds that suit the request on their own.
			var first *violation
			ok := false
			as, ds, wsx := partners(KindApp), partners(KindDataset), partners(KindWorkerpool)
			switch s.kind {
			case KindApp:
				as = []*Record{o}
			case KindDataset:
				ds = []*Record{o}
			default:
				wsx = []*Record{o}
			}
			// It is excluded when no combination works and some failure is its own; a
			// failure of its partners alone does not count against it.
		combos:
			for _, a := range as {
				for _, d := range ds {
					for _, w := range wsx {
						v := check(r, ncat, a, d, w, bal)
						if v == nil {
							ok = true
							break combos
						}
						if v.request {
							requestRules[v.rule] = v
						} else if first == nil && v.involves(s.kind) {
							first = v
						}
					}
				}
			}
			if ok || first == nil {
				wn.Compatible++
			} else {
				count(o.Hash, first)
			}
		}
		for _, rule := range order {
			wn.Excluded = append(wn.Excluded, *counts[rule])
		}
		slices.SortStableFunc(wn.Excluded, func(x, y api.Exclusion) int { return cmp.Compare(y.Count, x.Count) })
		if len(s.orders) == 0 && !s.truncated {
			wn.Excluded = []api.Exclusion{{Rule: "NoOrders", Hint: noOrdersHint(r, s.kind)}}
		}
		wn.Summary = summarize(wn)
		out = append(out, wn)
	}
	if len(requestRules) > 0 {
		wn := api.WhyNot{Kind: api.KindRequest, Examined: 1}
		for _, rule := range slices.Sorted(maps.Keys(requestRules)) {
			wn.Excluded = append(wn.Excluded, api.Exclusion{Rule: rule, Count: 1, Hint: requestRules[rule].hint()})
		}
		wn.Summary = "the request itself: " + wn.Excluded[0].Hint
		out = append(out, wn)
	}
	return out, nil
}

func noOrdersHint(r *matchReq, k Kind) string {
	switch k {
	case KindApp:
		return fmt.Sprintf("no open app order for app %s: its owner must publish one", r.app.Hex())
	case KindDataset:
		return fmt.Sprintf("no open dataset order for dataset %s: its owner must publish one", r.dataset.Hex())
	}
	if r.pool != (common.Address{}) {
		return fmt.Sprintf("no open workerpool order for workerpool %s", r.pool.Hex())
	}
	return "no open workerpool order"
}

func summarize(w api.WhyNot) string {
	if w.Examined == 0 && w.Truncated {
		return fmt.Sprintf("no %s order examined: out of time (ask again, or name fewer orders: a workerpool, a category)", w.Kind)
	}
	if w.Examined == 0 {
		return w.Excluded[0].Hint
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s order(s) examined", w.Examined, w.Kind)
	if w.Truncated {
		b.WriteString(" (more not examined)")
	}
	fmt.Fprintf(&b, ", %d compatible", w.Compatible)
	for i, e := range w.Excluded {
		if i == 0 {
			b.WriteString("; excluded by ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s ×%d", e.Rule, e.Count)
	}
	if len(w.Excluded) > 0 {
		b.WriteString(" — e.g. " + w.Excluded[0].Hint)
	}
	return b.String()
}
