package requester_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/poco"
	"ergon/chain/simnet"
	"ergon/requester"
)

// Wait follows a bag larger than a node takes task ids in one log query (geth: 1000), and
// each task sees its own events only.
func TestWaitLargeBag(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n, err := simnet.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	m, err := n.NewMarket(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	const size = 1200
	o := m.Orders(simnet.Terms{AppPrice: 1, WorkerpoolPrice: 10, Volume: size, Trust: 1})
	n.SignAll(m, &o)
	sd, _, err := n.Match(ctx, m.Requester, o)
	if err != nil {
		t.Fatal(err)
	}
	workers, err := n.Workers(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	w := workers[0]
	// The last task of the bag completes; the others wait.
	last := int64(size - 1)
	digest := crypto.Keccak256Hash([]byte("done"))
	if _, err := n.Hub(ctx, w, chain.Hub.PackContributeAndFinalize(sd.ID, sd.Deal, big.NewInt(last), digest, "ergon://done", []byte{},
		[20]byte{}, []byte{}, n.Authorization(m.PoolOwner, w.Address(), sd.TaskID(last)))); err != nil {
		t.Fatal(err)
	}

	r := requester.New(n.Client, m.Requester.Key(), nil)
	d := &requester.Deal{ID: sd.ID, Deal: sd.Deal, Block: sd.Block}
	// Wait reports once, then returns at its next wait for the chain: the callback cancels.
	var first *requester.Progress
	wctx, wcancel := context.WithCancel(ctx)
	defer wcancel()
	tasks, err := r.Wait(wctx, d, 10*time.Millisecond, func(p requester.Progress) {
		if first == nil {
			first = &p
		}
		wcancel()
	})
	if !errors.Is(err, context.Canceled) || tasks == nil {
		t.Fatalf("Wait = %v, want it to follow the bag until cancelled", err)
	}
	if first == nil || first.Tasks != size || first.Completed != 1 || len(first.Changed) != size {
		t.Fatalf("first progress %+v, want %d tasks, 1 completed, all reported", first, size)
	}
	for i, id := range d.TaskIDs() {
		want := poco.StatusUnset
		if int64(i) == last {
			want = poco.StatusCompleted
		}
		if got := tasks[id].Status; got != want {
			t.Fatalf("task %d is %s, want %s", i, got, want)
		}
	}
	if got := tasks[sd.TaskID(last)].Digest; got != digest {
		t.Errorf("completed task's digest %s, want %s", got, digest)
	}
}
