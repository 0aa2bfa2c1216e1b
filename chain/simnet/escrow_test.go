package simnet

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// checkInvariant checks PROTOCOL.md §2: the hub holds exactly the tokens of its accounts, free
// and locked, plus the kitty. accounts must name every account of the network with funds in the
// hub (tests start a network each, so they know them all).
func checkInvariant(t *testing.T, n *Network, accounts ...common.Address) {
	t.Helper()
	ctx := t.Context()
	sum, err := n.Kitty(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Address]bool{}
	for _, a := range accounts {
		if seen[a] {
			continue
		}
		seen[a] = true
		b, f := account(t, n, a)
		sum.Add(sum, b).Add(sum, f)
	}
	held, err := n.TokenBalance(ctx, n.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	if held.Cmp(sum) != 0 {
		t.Fatalf("invariant broken: the hub holds %s tokens, Σ balance + Σ frozen + kitty = %s", held, sum)
	}
}

func tokens(t *testing.T, n *Network, a common.Address) int64 {
	t.Helper()
	b, err := n.TokenBalance(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	return b.Int64()
}

// TestEscrow moves tokens in and out of the hub, locks them in deals, pays a task and claims
// another, checking the invariant after every step.
func TestEscrow(t *testing.T) {
	ctx, n := newNet(t)
	a, b, c := n.Actor(), n.Actor(), n.Actor()
	hub := func(s *chain.Sender, data []byte) error {
		_, err := n.Hub(ctx, s, data)
		return err
	}
	if _, err := n.Owner.Transact(ctx, n.D.Token, chain.Token.PackMint(a.Address(), big64(1000))); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Transact(ctx, n.D.Token, chain.Token.PackApprove(n.D.Hub, big64(700))); err != nil {
		t.Fatal(err)
	}
	m := newMarket(t, n, false)
	worker := n.Actor()
	if err := n.Deposit(ctx, worker, Funds); err != nil {
		t.Fatal(err)
	}
	all := []common.Address{a.Address(), b.Address(), c.Address(), m.AppOwner.Address(), m.PoolOwner.Address(), m.Requester.Address(), worker.Address()}
	checkInvariant(t, n, all...)

	wantAccount := func(t *testing.T, who common.Address, balance, frozen int64) {
		t.Helper()
		bal, fr := account(t, n, who)
		if bal.Int64() != balance || fr.Int64() != frozen {
			t.Errorf("account of %s: %s free, %s frozen; want %d, %d", who, bal, fr, balance, frozen)
		}
	}
	var deal *Deal
	steps := []struct {
		name string
		do   func() error
		want string
		args map[string]any
		// check runs after a successful step.
		check func(t *testing.T)
	}{
		{
			name: "deposit", do: func() error { return hub(a, chain.Hub.PackDeposit(big64(400))) },
			check: func(t *testing.T) {
				wantAccount(t, a.Address(), 400, 0)
				if got := tokens(t, n, a.Address()); got != 600 {
					t.Errorf("tokens of a %d, want 600", got)
				}
			},
		},
		{
			name: "depositFor", do: func() error { return hub(a, chain.Hub.PackDepositFor(big64(100), b.Address())) },
			check: func(t *testing.T) {
				wantAccount(t, a.Address(), 400, 0)
				wantAccount(t, b.Address(), 100, 0)
			},
		},
		{name: "deposit 0", do: func() error { return hub(a, chain.Hub.PackDeposit(big64(0))) }, want: "ZeroAmount"},
		{name: "depositFor 0", do: func() error { return hub(a, chain.Hub.PackDepositFor(big64(0), b.Address())) }, want: "ZeroAmount"},
		{name: "withdraw 0", do: func() error { return hub(a, chain.Hub.PackWithdraw(big64(0))) }, want: "ZeroAmount"},
		{name: "withdrawTo 0", do: func() error { return hub(a, chain.Hub.PackWithdrawTo(big64(0), c.Address())) }, want: "ZeroAmount"},
		{
			name: "deposit above allowance", do: func() error { return hub(a, chain.Hub.PackDeposit(big64(300))) },
			want: "ERC20InsufficientAllowance", args: map[string]any{"spender": n.D.Hub, "allowance": 200, "needed": 300},
		},
		{
			name: "withdraw", do: func() error { return hub(a, chain.Hub.PackWithdraw(big64(150))) },
			check: func(t *testing.T) {
				wantAccount(t, a.Address(), 250, 0)
				if got := tokens(t, n, a.Address()); got != 650 {
					t.Errorf("tokens of a %d, want 650", got)
				}
			},
		},
		{
			name: "withdrawTo", do: func() error { return hub(a, chain.Hub.PackWithdrawTo(big64(50), c.Address())) },
			check: func(t *testing.T) {
				wantAccount(t, a.Address(), 200, 0)
				wantAccount(t, c.Address(), 0, 0)
				if got := tokens(t, n, c.Address()); got != 50 {
					t.Errorf("tokens of c %d, want 50", got)
				}
			},
		},
		{
			name: "withdraw above balance", do: func() error { return hub(a, chain.Hub.PackWithdraw(big64(201))) },
			want: "InsufficientBalance", args: map[string]any{"account": a.Address(), "needed": 201, "available": 200},
		},
		{
			name: "withdrawTo above balance", do: func() error { return hub(b, chain.Hub.PackWithdrawTo(big64(101), a.Address())) },
			want: "InsufficientBalance", args: map[string]any{"account": b.Address(), "needed": 101, "available": 100},
		},
		{
			name: "match locks",
			do: func() (err error) {
				cat, err := n.CreateCategory(ctx, "ten seconds", 10)
				if err != nil {
					return err
				}
				deal, _, err = n.Match(ctx, m.Requester, signed(n, m, Terms{AppPrice: 5, WorkerpoolPrice: 100, Volume: 2, Trust: 1, Category: cat}, nil))
				return err
			},
			check: func(t *testing.T) {
				wantAccount(t, m.Requester.Address(), Funds.Int64()-210, 210)
				wantAccount(t, m.PoolOwner.Address(), Funds.Int64()-60, 60)
			},
		},
		{
			name: "frozen funds stay",
			do:   func() error { return hub(m.Requester, chain.Hub.PackWithdraw(new(big.Int).Sub(Funds, big64(209)))) },
			want: "InsufficientBalance",
			args: map[string]any{"account": m.Requester.Address(), "needed": new(big.Int).Sub(Funds, big64(209)), "available": new(big.Int).Sub(Funds, big64(210))},
		},
		{
			name: "withdraw all that is free",
			do:   func() error { return hub(m.Requester, chain.Hub.PackWithdraw(new(big.Int).Sub(Funds, big64(210)))) },
			check: func(t *testing.T) {
				wantAccount(t, m.Requester.Address(), 0, 210)
			},
		},
		{
			name: "a task completes",
			do: func() error {
				tid := deal.TaskID(0)
				return hub(worker, chain.Hub.PackContributeAndFinalize(deal.ID, deal.Deal, big64(0), Digest("ok"), "ergon://ok", []byte{},
					[20]byte{}, []byte{}, n.Authorization(m.PoolOwner, worker.Address(), tid)))
			},
			check: func(t *testing.T) {
				wantAccount(t, m.Requester.Address(), 0, 105)
				wantAccount(t, m.AppOwner.Address(), 5, 0)
			},
		},
		{
			name: "a task is claimed into the kitty",
			do: func() error {
				if err := n.AdjustTime(101 * time.Second); err != nil {
					return err
				}
				return hub(c, chain.Hub.PackClaim(deal.ID, deal.Deal, []bindings.ClaimItem{{Index: big64(1), State: poco.EmptyState()}}))
			},
			check: func(t *testing.T) {
				wantAccount(t, m.Requester.Address(), 105, 0)
				if k, _ := n.Kitty(ctx); k.Int64() != 30 {
					t.Errorf("kitty %s, want 30", k)
				}
			},
		},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			err := s.do()
			if s.want != "" {
				wantRevert(t, err, s.want, s.args)
			} else if err != nil {
				t.Fatal(err)
			} else if s.check != nil {
				s.check(t)
			}
			checkInvariant(t, n, all...)
		})
	}
}

// TestCategories: the five default categories, and new ones by the hub's owner only.
func TestCategories(t *testing.T) {
	ctx, n := newNet(t)
	categoryOf := func(t *testing.T, id int64) (bindings.HubBaseCategory, error) {
		out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackCategoryOf(big64(id)))
		if err != nil {
			return bindings.HubBaseCategory{}, err
		}
		return chain.Hub.UnpackCategoryOf(out)
	}
	t.Run("defaults", func(t *testing.T) {
		out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackCategoryCount())
		if err != nil {
			t.Fatal(err)
		}
		if count, _ := chain.Hub.UnpackCategoryCount(out); count.Int64() != 5 {
			t.Errorf("categoryCount %s, want 5", count)
		}
		for i, want := range []struct {
			name string
			t    int64
		}{{"XS", 300}, {"S", 1200}, {"M", 3600}, {"L", 10800}, {"XL", 36000}} {
			c, err := categoryOf(t, int64(i))
			if err != nil {
				t.Fatal(err)
			}
			if c.Name != want.name || c.WorkClockTimeRef.Int64() != want.t {
				t.Errorf("category %d = %s %s, want %s %d", i, c.Name, c.WorkClockTimeRef, want.name, want.t)
			}
		}
	})
	t.Run("unknown", func(t *testing.T) {
		_, err := categoryOf(t, 5)
		wantRevert(t, err, "UnknownCategory", map[string]any{"category": 5})
	})
	t.Run("created by the owner", func(t *testing.T) {
		r, err := n.Hub(ctx, n.Owner, chain.Hub.PackCreateCategory("T60", "one minute", big64(60)))
		if err != nil {
			t.Fatal(err)
		}
		evs := events(r, n.D.Hub, chain.Hub.UnpackCategoryCreatedEvent)
		if len(evs) != 1 || evs[0].Category.Int64() != 5 || evs[0].Name != "T60" || evs[0].Description != "one minute" || evs[0].WorkClockTimeRef.Int64() != 60 {
			t.Fatalf("CategoryCreated %+v", evs)
		}
		c, err := categoryOf(t, 5)
		if err != nil || c.Name != "T60" || c.WorkClockTimeRef.Int64() != 60 {
			t.Errorf("categoryOf(5) = %+v, %v", c, err)
		}
		// Deals of the category count deadlines in its time.
		m := newMarket(t, n, false)
		d := mustMatch(t, n, m.Requester, signed(n, m, Terms{AppPrice: 1, WorkerpoolPrice: 10, Volume: 1, Category: big64(5)}, nil))
		if d.Deal.Category.Int64() != 5 || d.Deal.TimeRef.Int64() != 60 {
			t.Errorf("deal category %s timeRef %s, want 5 60", d.Deal.Category, d.Deal.TimeRef)
		}
	})
	t.Run("by a non-owner", func(t *testing.T) {
		stranger := n.Actor()
		_, err := n.Hub(ctx, stranger, chain.Hub.PackCreateCategory("T1", "", big64(1)))
		wantRevert(t, err, "OwnableUnauthorizedAccount", map[string]any{"account": stranger.Address()})
	})
	t.Run("zero time", func(t *testing.T) {
		_, err := n.Hub(ctx, n.Owner, chain.Hub.PackCreateCategory("T0", "", big64(0)))
		wantRevert(t, err, "ZeroTimeRef", nil)
	})
}
