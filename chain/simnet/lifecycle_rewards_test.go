package simnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// settle finalizes task 0 of d with right, the revealers' reveals carried by the finalization,
// and checks every watched account, the kitty and the scores against poco.Finalize and against
// byHand (when not nil).
func (l *life) settle(t *testing.T, d *Deal, watch []common.Address, byHand *poco.Settlement, revealers ...*chain.Sender) {
	t.Helper()
	s := l.state(t, d, 0)
	before := l.snapshot(t, watch...)
	r := l.finalize(t, d, 0, s, right, revealers...).ok(t)
	final := withReveals(t, s, d.TaskID(0), right, l.blockTime(t, r), revealers...)
	if diff := stateDiff(l.state(t, d, 0), final); diff != "" {
		t.Errorf("state after finalize: %s", diff)
	}
	t.Run("poco", func(t *testing.T) {
		l.wantSettled(t, before, poco.Finalize(d.Deal, final, before.kitty, l.kittyMin(t), before.scoresOf()))
	})
	if byHand != nil {
		t.Run("by hand", func(t *testing.T) { l.wantSettled(t, before, byHand) })
	}
}

// TestRewards: what finalize pays everyone, to the token unit (PROTOCOL.md §8), checked by hand
// and against poco.Finalize.
func TestRewards(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 14)
	a, b, c, x, p, q, p2 := ws[0], ws[1], ws[2], ws[3], ws[4], ws[5], ws[6]
	d1, e1, f1, g1, h1, i1 := ws[7], ws[8], ws[9], ws[10], ws[11], ws[12]
	sponsor := ws[13]
	pool, req, app := l.m.PoolOwner.Address(), l.m.Requester.Address(), l.m.AppOwner.Address()
	// x and p reach score 12 (weight 3), q and p2 score 15 (weight 4).
	var pairs [][2]*chain.Sender
	for range 12 {
		pairs = append(pairs, [2]*chain.Sender{x, p})
	}
	for range 15 {
		pairs = append(pairs, [2]*chain.Sender{q, p2})
	}
	l.train(t, pairs)
	watch := func(d *Deal) []common.Address { return parties(d, ws...) }

	t.Run("three agreeing winners", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{a, b, c}, right).ok(t)
		// pot = workerpool price 100; the workers' part 100 × 99 / 100 = 99, 99 × 1 / 3 = 33
		// each (weight 2: log2 = 1); the scheduler keeps 100 − 99 = 1 and its stake of 30.
		l.settle(t, d, watch(d), settlement(0, map[common.Address]delta{
			a.Address(): {30 + 33, -30}, b.Address(): {30 + 33, -30}, c.Address(): {30 + 33, -30},
			pool: {30 + 1, -30}, req: {0, -107}, app: {7, 0},
		}, map[common.Address]int64{a.Address(): 1, b.Address(): 1, c.Address(): 1}), a, b, c)
	})

	t.Run("a wrong contributor pays the winners", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		// x (weight 3) is wrong: five agreeing workers of weight 2 are needed to outweigh it.
		s := poco.EmptyState()
		for _, st := range []struct {
			w      *chain.Sender
			digest common.Hash
		}{{a, right}, {b, right}, {x, wrong}, {d1, right}, {e1, right}, {f1, right}} {
			l.relay(t, d, 0, s, []*chain.Sender{st.w}, st.digest).ok(t)
			s = l.state(t, d, 0)
		}
		if l.status(t, d, 0) != poco.StatusRevealing {
			t.Fatal("no consensus")
		}
		// pot = 100 + x's seized stake 30 = 130; the workers' part 130 × 99 / 100 = 128,
		// 128 / 5 = 25 each; the scheduler keeps 130 − 125 = 5. x's score: 12 × 2 / 3 = 8.
		l.settle(t, d, watch(d), settlement(0, map[common.Address]delta{
			a.Address(): {30 + 25, -30}, b.Address(): {30 + 25, -30}, d1.Address(): {30 + 25, -30},
			e1.Address(): {30 + 25, -30}, f1.Address(): {30 + 25, -30}, x.Address(): {0, -30},
			pool: {30 + 5, -30}, req: {0, -107}, app: {7, 0},
		}, map[common.Address]int64{
			a.Address(): 2, b.Address(): 2, d1.Address(): 1, e1.Address(): 1, f1.Address(): 1, x.Address(): 8,
		}), a, b, d1, e1, f1)
	})

	t.Run("a winner that does not reveal", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{a, b, c}, right).ok(t)
		s := l.state(t, d, 0)
		l.reveal(t, a, d, 0, s, right).ok(t)
		l.reveal(t, b, d, 0, l.state(t, d, 0), right).ok(t)
		l.warp(t, s.RevealDeadline.Uint64()+1)
		// c's stake joins the pot: 130 → 128 for the two revealed, 64 each; c's score 1 → 0.
		l.settle(t, d, watch(d), settlement(0, map[common.Address]delta{
			a.Address(): {30 + 64, -30}, b.Address(): {30 + 64, -30}, c.Address(): {0, -30},
			pool: {30 + 2, -30}, req: {0, -107}, app: {7, 0},
		}, map[common.Address]int64{a.Address(): 3, b.Address(): 3, c.Address(): 0}))
	})

	t.Run("shares follow log2 of the weight", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{q, g1}, right).ok(t) // 4 × 2 = 8: consensus
		// q's weight 4 counts log2 4 = 2, g1's weight 2 counts 1: 99 × 2 / 3 = 66 and 33.
		l.settle(t, d, watch(d), settlement(0, map[common.Address]delta{
			q.Address(): {30 + 66, -30}, g1.Address(): {30 + 33, -30},
			pool: {30 + 1, -30}, req: {0, -107}, app: {7, 0},
		}, map[common.Address]int64{q.Address(): 16, g1.Address(): 1}), q, g1)
	})

	t.Run("odd prices", func(t *testing.T) {
		// Rounding everywhere: the stakes are 333 × 30 / 100 = 99; h1 is wrong, so the pot is
		// 333 + 99 = 432, the workers' part 432 × 99 / 100 = 427, 427 / 3 = 142 for each of the
		// three winners, and the scheduler keeps 432 − 426 = 6.
		d := l.deal(t, Terms{AppPrice: 1, WorkerpoolPrice: 333, Volume: 1, Trust: 3}, nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{h1}, wrong).ok(t)
		l.relay(t, d, 0, l.state(t, d, 0), []*chain.Sender{i1}, right).ok(t)
		l.relay(t, d, 0, l.state(t, d, 0), []*chain.Sender{d1, e1}, right).ok(t)
		if d.Deal.WorkerStake.Int64() != 99 || l.status(t, d, 0) != poco.StatusRevealing {
			t.Fatalf("stake %s, status %s", d.Deal.WorkerStake, l.status(t, d, 0))
		}
		l.settle(t, d, watch(d), settlement(0, map[common.Address]delta{
			i1.Address(): {99 + 142, -99}, d1.Address(): {99 + 142, -99}, e1.Address(): {99 + 142, -99}, h1.Address(): {0, -99},
			pool: {99 + 6, -99}, req: {0, -334}, app: {1, 0},
		}, map[common.Address]int64{i1.Address(): 1, d1.Address(): 2, e1.Address(): 2, h1.Address(): 0}), i1, d1, e1)
	})

	t.Run("sponsored deal with a dataset", func(t *testing.T) {
		l2 := *l
		l2.m = newMarket(t, l.n, true)
		o := signed(l.n, l2.m, Terms{AppPrice: 7, DatasetPrice: 3, WorkerpoolPrice: 100, Volume: 1, Trust: 5, Category: l.cat}, nil)
		r := l.send(t, sponsor, chain.Hub.PackSponsorMatchOrders(o.App, o.Dataset, o.Workerpool, o.Request)).ok(t)
		deals, err := chain.DealFromReceipt(r)
		if err != nil || len(deals) != 1 {
			t.Fatal(deals, err)
		}
		d := &Deal{ID: deals[0].Dealid, Deal: deals[0].Deal, Block: r.BlockNumber.Uint64()}
		if d.Deal.Sponsor != sponsor.Address() || d.Deal.Requester != l2.m.Requester.Address() {
			t.Fatalf("sponsor %s requester %s", d.Deal.Sponsor, d.Deal.Requester)
		}
		l2.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{g1, h1, i1}, right).ok(t)
		w := append(watch(d), l2.m.DatasetOwner.Address())
		l2.settle(t, d, w, settlement(0, map[common.Address]delta{
			g1.Address(): {30 + 33, -30}, h1.Address(): {30 + 33, -30}, i1.Address(): {30 + 33, -30},
			l2.m.PoolOwner.Address(): {30 + 1, -30}, sponsor.Address(): {0, -110},
			l2.m.AppOwner.Address(): {7, 0}, l2.m.DatasetOwner.Address(): {3, 0},
		}, map[common.Address]int64{g1.Address(): 2, h1.Address(): 1, i1.Address(): 2}), g1, h1, i1)
	})
}

// TestKitty: claimed tasks feed the kitty with the pool's stake; the next successful
// finalization pays max(10 % of the kitty, kittyMin), capped by the kitty, to the scheduler.
func TestKitty(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 3)
	a, b, c := ws[0], ws[1], ws[2]
	stranger := l.n.Actor()
	pool, req, app := l.m.PoolOwner.Address(), l.m.Requester.Address(), l.m.AppOwner.Address()
	if km := l.kittyMin(t); km.Int64() != 1_000_000_000 {
		t.Fatalf("kittyMin %s", km)
	}
	claimFresh := func(t *testing.T, poolPrice int64) {
		t.Helper()
		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: poolPrice, Volume: 1, Trust: 5}, nil)
		l.warp(t, finalDeadline(d)+1)
		before := l.snapshot(t, parties(d)...)
		l.claim(t, stranger, d, 0, poco.EmptyState()).ok(t)
		stake := poolPrice * 30 / 100
		l.wantSettled(t, before, settlement(stake, map[common.Address]delta{
			req: {7 + poolPrice, -7 - poolPrice}, pool: {0, -stake},
		}, nil))
	}
	// oneStep finalizes `volume` trust-1 tasks at price 100 in one contributeAndFinalizeBatch
	// by a and checks the settlement against poco and against the kitty shares given by hand.
	oneStep := func(t *testing.T, volume int64, shares ...int64) {
		t.Helper()
		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: volume, Trust: 1}, nil)
		var items []bindings.ContributeAndFinalizeItem
		for i := range volume {
			items = append(items, bindings.ContributeAndFinalizeItem{Index: idx(i), Worker: a.Address(), Digest: right, Results: resultsOf(right),
				CallbackData: []byte{}, WorkerSign: l.n.Contribution(a, d.TaskID(i), right).WorkerSign})
		}
		before := l.snapshot(t, parties(d, a)...)
		l.send(t, l.m.PoolOwner, chain.Hub.PackContributeAndFinalizeBatch(d.ID, d.Deal, items)).ok(t)
		var want []*poco.Settlement
		k := new(big.Int).Set(before.kitty)
		for i := range volume {
			s := poco.EmptyState()
			poco.AddContribution(&s, a.Address(), poco.ResultHash(d.TaskID(i), right), poco.ResultSeal(a.Address(), d.TaskID(i), right), big.NewInt(2))
			s.Consensus = poco.ResultHash(d.TaskID(i), right)
			s.Contributions[0].Status = poco.Revealed
			st := poco.Finalize(d.Deal, s, k, l.kittyMin(t), before.scoresOf())
			k.Add(k, st.Kitty)
			want = append(want, staked(d, a), st)
		}
		t.Run("poco", func(t *testing.T) { l.wantSettled(t, before, sum(want...)) })
		var total int64
		for _, s := range shares {
			total += s
		}
		t.Run("by hand", func(t *testing.T) {
			l.wantSettled(t, before, settlement(-total, map[common.Address]delta{
				a.Address(): {99 * volume, 0}, pool: {31*volume + total, -30 * volume}, req: {0, -107 * volume}, app: {7 * volume, 0},
			}, nil))
		})
	}
	kitty := func(t *testing.T) int64 {
		k, err := l.n.Kitty(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return k.Int64()
	}

	t.Run("claim a collecting task", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{a, b}, right).ok(t)
		s := l.state(t, d, 0)
		l.warp(t, finalDeadline(d)+1)
		before := l.snapshot(t, parties(d, ws...)...)
		l.claim(t, stranger, d, 0, s).ok(t)
		t.Run("poco", func(t *testing.T) { l.wantSettled(t, before, poco.Claim(d.Deal, s)) })
		t.Run("by hand", func(t *testing.T) {
			l.wantSettled(t, before, settlement(30, map[common.Address]delta{
				req: {107, -107}, pool: {0, -30}, a.Address(): {30, -30}, b.Address(): {30, -30},
			}, nil))
		})
	})
	t.Run("a kitty below kittyMin is emptied", func(t *testing.T) {
		oneStep(t, 1, 30)
		if k := kitty(t); k != 0 {
			t.Errorf("kitty %d", k)
		}
	})
	t.Run("an empty kitty pays nothing", func(t *testing.T) {
		oneStep(t, 1)
	})
	t.Run("kittyMin", func(t *testing.T) {
		claimFresh(t, 10_000_000_000) // kitty 3e9: 10 % is 3e8, below the minimum
		oneStep(t, 1, 1_000_000_000)
		if k := kitty(t); k != 2_000_000_000 {
			t.Errorf("kitty %d", k)
		}
	})
	t.Run("ten percent, task by task in a batch", func(t *testing.T) {
		claimFresh(t, 100_000_000_000) // kitty 2e9 + 3e10 = 3.2e10
		oneStep(t, 2, 3_200_000_000, 2_880_000_000)
		if k := kitty(t); k != 25_920_000_000 {
			t.Errorf("kitty %d", k)
		}
	})
	t.Run("finalizeBatch takes its share too", func(t *testing.T) {
		d := l.deal(t, l.terms(5), nil)
		l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{a, b, c}, right).ok(t)
		l.settle(t, d, parties(d, ws...), nil, a, b, c)
		if k := kitty(t); k != 25_920_000_000-2_592_000_000 {
			t.Errorf("kitty %d", k)
		}
	})
}
