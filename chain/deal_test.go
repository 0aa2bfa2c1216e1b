package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/simnet"
)

// Deals and tasks are found from the chain's events alone, and accounts read as the hub
// keeps them.
func TestDealLookupsAndAccounts(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	m, err := n.NewMarket(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	before, err := n.Client.AccountOf(ctx, m.Requester.Address())
	if err != nil {
		t.Fatal(err)
	}
	terms := simnet.Terms{AppPrice: 5, WorkerpoolPrice: 100, Volume: 3, Trust: 1}
	o := m.Orders(terms)
	n.SignAll(m, &o)
	deal, _, err := n.Match(ctx, m.Requester, o)
	if err != nil {
		t.Fatal(err)
	}

	d, err := n.Client.Deal(ctx, deal.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != deal.ID || d.Block != deal.Block || d.Deal.BotSize.Uint64() != 3 || d.RequestOrder != chain.RequestOrderHash(o.Request) {
		t.Errorf("Deal = %+v, want deal %s of 3 tasks in block %d for request %s", d, deal.ID, deal.Block, chain.RequestOrderHash(o.Request))
	}
	ids := d.TaskIDs()
	if len(ids) != 3 || ids[2] != deal.TaskID(2) {
		t.Fatalf("TaskIDs = %v", ids)
	}
	// A task nobody contributed to is found by going through the deals.
	got, index, err := n.Client.DealOfTask(ctx, ids[2])
	if err != nil || got.ID != deal.ID || index != 2 {
		t.Errorf("DealOfTask(task 2) = %v, %d, %v; want deal %s, 2", got, index, err, deal.ID)
	}
	if _, err := n.Client.Deal(ctx, common.HexToHash("0x01")); !errors.Is(err, chain.ErrUnknownDeal) {
		t.Errorf("Deal(unknown) = %v, want ErrUnknownDeal", err)
	}
	if _, _, err := n.Client.DealOfTask(ctx, common.HexToHash("0x02")); !errors.Is(err, chain.ErrUnknownTask) {
		t.Errorf("DealOfTask(unknown) = %v, want ErrUnknownTask", err)
	}

	// The deal froze what the requester pays for its three tasks.
	after, err := n.Client.AccountOf(ctx, m.Requester.Address())
	if err != nil {
		t.Fatal(err)
	}
	cost := big.NewInt(3 * (5 + 100))
	if frozen := new(big.Int).Sub(after.Frozen, before.Frozen); frozen.Cmp(cost) != 0 {
		t.Errorf("requester froze %s, want %s", frozen, cost)
	}
	if spent := new(big.Int).Sub(before.Balance, after.Balance); spent.Cmp(cost) != 0 {
		t.Errorf("requester's free balance fell by %s, want %s", spent, cost)
	}
	if owner, err := n.Client.HubOwner(ctx); err != nil || owner != n.Owner.Address() {
		t.Errorf("HubOwner = %s, %v; want the deployer %s", owner, err, n.Owner.Address())
	}
	if owner, err := n.Client.TokenOwner(ctx); err != nil || owner != n.Owner.Address() {
		t.Errorf("TokenOwner = %s, %v; want the deployer %s", owner, err, n.Owner.Address())
	}
}
