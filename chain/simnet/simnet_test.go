package simnet

import (
	"context"
	"math/big"
	"testing"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

func TestSmoke(t *testing.T) {
	ctx := context.Background()
	n, err := New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	m, err := n.NewMarket(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	// trust 1, contributeAndFinalize by the worker
	o := m.Orders(Terms{AppPrice: 5, WorkerpoolPrice: 100, Volume: 1, Trust: 1})
	n.SignAll(m, &o)
	d, r, err := n.Match(ctx, m.Requester, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("matchOrders gas %d", r.GasUsed)
	ws, err := n.Workers(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	tid := d.TaskID(0)
	digest := Digest("result")
	r, err = n.Hub(ctx, ws[0], chain.Hub.PackContributeAndFinalize(d.ID, d.Deal, big.NewInt(0), digest, "ergon://abc", []byte{},
		[20]byte{}, []byte{}, n.Authorization(m.PoolOwner, ws[0].Address(), tid)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("contributeAndFinalize gas %d", r.GasUsed)
	task, err := n.Task(ctx, d, 0)
	if err != nil {
		t.Fatal(err)
	}
	if task.Status != poco.StatusCompleted || task.Digest != digest {
		t.Fatalf("task %+v", task)
	}

	// trust 5, three relayed contributions then reveals with the finalization
	o = m.Orders(Terms{AppPrice: 5, WorkerpoolPrice: 100, Volume: 1, Trust: 5})
	n.SignAll(m, &o)
	d, _, err = n.Match(ctx, m.Requester, o)
	if err != nil {
		t.Fatal(err)
	}
	tid = d.TaskID(d.Deal.BotFirst.Int64())
	var cs []bindings.SignedContribution
	for _, w := range ws {
		cs = append(cs, n.Contribution(w, tid, digest))
	}
	r, err = n.Hub(ctx, m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, d.Deal, []bindings.ContributeItem{{Index: d.Deal.BotFirst, State: poco.EmptyState(), Contributions: cs}}))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("contributeBatch(3) gas %d", r.GasUsed)
	task, err = n.Task(ctx, d, d.Deal.BotFirst.Int64())
	if err != nil {
		t.Fatal(err)
	}
	if task.Status != poco.StatusRevealing {
		t.Fatalf("status %s", task.Status)
	}
	var sigs []bindings.Signature
	for _, w := range ws {
		sigs = append(sigs, n.RevealSign(w, tid, digest))
	}
	r, err = n.Hub(ctx, m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{{Index: d.Deal.BotFirst, State: task.State, Digest: digest, Results: "ergon://abc", CallbackData: []byte{}, RevealSigns: sigs}}))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("finalizeBatch(3 reveals) gas %d", r.GasUsed)
	for _, w := range ws {
		s, _ := n.Score(ctx, w.Address())
		t.Logf("score %s", s)
	}
}
