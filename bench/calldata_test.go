package bench

import (
	"context"
	"os"
	"testing"

	"ergon/chain/simnet"
)

func TestGasSplit(t *testing.T) {
	if os.Getenv("ERGON_GAS_PROFILE") == "" {
		t.Skip("set ERGON_GAS_PROFILE=1 to profile")
	}
	ctx := context.Background()
	n, _ := simnet.New(ctx)
	defer n.Close()
	m, _ := n.NewMarket(ctx, false)
	ws, _ := n.Workers(ctx, 3)
	f := &fixture{m: m, workers: ws}
	var rec recorder
	for range 2 {
		rec = recorder{}
		if err := runReplicated(ctx, n, f, 30, &rec); err != nil {
			t.Fatal(err)
		}
	}
	head, _ := n.Client.Backend.BlockNumber(ctx)
	for b := head - 1; b <= head; b++ {
		blk, _ := n.Client.Backend.BlockByNumber(ctx, bigU(b))
		for _, tx := range blk.Transactions() {
			r, _ := n.Client.Backend.TransactionReceipt(ctx, tx.Hash())
			var z, nz uint64
			for _, c := range tx.Data() {
				if c == 0 {
					z++
				} else {
					nz++
				}
			}
			var lg uint64
			for _, l := range r.Logs {
				lg += 375 + 375*uint64(len(l.Topics)) + 8*uint64(len(l.Data))
			}
			cd := 4*z + 16*nz
			t.Logf("per task: total %d calldata %d logs %d rest %d", r.GasUsed/30, cd/30, lg/30, (r.GasUsed-21000-cd-lg)/30)
		}
	}
}
