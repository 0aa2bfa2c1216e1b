package bench

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"sort"
	"testing"

	"ergon/chain/devchain"
	"ergon/chain/simnet"
)

// TestGasProfile prints the gas of a contributeBatch and a finalizeBatch by opcode. Run it by
// hand with ERGON_GAS_PROFILE=1 when working on the contracts' gas.
func TestGasProfile(t *testing.T) {
	if os.Getenv("ERGON_GAS_PROFILE") == "" {
		t.Skip("set ERGON_GAS_PROFILE=1 to profile")
	}
	ctx := context.Background()
	cfg := devchain.DefaultConfig()
	cfg.DataDir, cfg.HTTPHost, cfg.Accounts = "", "", 20
	ch, err := devchain.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Start(); err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	n, err := simnet.Attach(ctx, ch.Client(), ch.Accounts())
	if err != nil {
		t.Fatal(err)
	}
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
			var res struct {
				Gas        uint64 `json:"gas"`
				StructLogs []struct {
					Op      string `json:"op"`
					GasCost uint64 `json:"gasCost"`
					Depth   int    `json:"depth"`
				} `json:"structLogs"`
			}
			var raw json.RawMessage
			if err := ch.RPC().CallContext(ctx, &raw, "debug_traceTransaction", tx.Hash(), map[string]any{"enableMemory": false, "disableStack": true, "disableStorage": true}); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &res); err != nil {
				t.Fatal(err)
			}
			by := map[string]uint64{}
			cnt := map[string]int{}
			for _, l := range res.StructLogs {
				if l.Depth == 1 {
					by[l.Op] += l.GasCost
					cnt[l.Op]++
				}
			}
			type kv struct {
				op  string
				gas uint64
			}
			var all []kv
			for k, v := range by {
				all = append(all, kv{k, v})
			}
			sort.Slice(all, func(i, j int) bool { return all[i].gas > all[j].gas })
			t.Logf("tx gas %d, %d steps", res.Gas, len(res.StructLogs))
			for _, x := range all[:min(18, len(all))] {
				t.Logf("  %-14s %9d gas %7d times", x.op, x.gas, cnt[x.op])
			}
		}
	}
}

func bigU(b uint64) *big.Int { return new(big.Int).SetUint64(b) }
