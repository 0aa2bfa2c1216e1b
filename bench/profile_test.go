package bench

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
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
	run := runReplicated
	tasks := 30
	if os.Getenv("ERGON_GAS_PROFILE") == "caf" {
		run, tasks = runCAF, 1
		f.workers = f.workers[:1]
	}
	for range 2 {
		rec = recorder{}
		if err := run(ctx, n, f, tasks, &rec); err != nil {
			t.Fatal(err)
		}
	}
	head, _ := n.Client.Backend.BlockNumber(ctx)
	for b := head - uint64(len(rec.calls)) + 1; b <= head; b++ {
		blk, _ := n.Client.Backend.BlockByNumber(ctx, bigU(b))
		for _, tx := range blk.Transactions() {
			var res struct {
				Gas        uint64 `json:"gas"`
				StructLogs []struct {
					Pc      uint64 `json:"pc"`
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
			fn := srcFunc(t)
			for _, l := range res.StructLogs {
				if l.Depth == 1 {
					k := l.Op
					_ = fn
					if l.Op == "STATICCALL" {
						k = "STATICCALL"
						l.GasCost = 100
					}
					by[k] += l.GasCost
					cnt[k]++
				}
			}
			incl := map[string]uint64{}
			var stack []string
			jt, name := fnJumps(t)
			for idx, l := range res.StructLogs {
				if l.Depth != 1 {
					continue
				}
				g := l.GasCost
				if l.Op == "STATICCALL" {
					g = 3100
				}
				seen := map[string]bool{}
				for _, f := range stack {
					if !seen[f] {
						incl[f] += g
						seen[f] = true
					}
				}
				if l.Op == "JUMP" && idx+1 < len(res.StructLogs) {
					switch jt(l.Pc) {
					case 'i':
						stack = append(stack, name(res.StructLogs[idx+1].Pc))
					case 'o':
						if len(stack) > 0 {
							stack = stack[:len(stack)-1]
						}
					}
				}
			}
			var fl []string
			for k := range incl {
				fl = append(fl, k)
			}
			sort.Slice(fl, func(i, j int) bool { return incl[fl[i]] > incl[fl[j]] })
			for _, k := range fl[:min(30, len(fl))] {
				t.Logf("  incl %-50s %9d", k, incl[k])
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
			for _, x := range all[:min(40, len(all))] {
				t.Logf("  %-14s %9d gas %7d times", x.op, x.gas, cnt[x.op])
			}
		}
	}
}

func bigU(b uint64) *big.Int { return new(big.Int).SetUint64(b) }

// srcFunc maps a hub pc to "file:function" using /tmp/prof/hub.json (see the profiling notes).
func srcFunc(t *testing.T) func(uint64) string {
	var h struct {
		Code  string
		Map   string
		Files map[string]struct{ Name, Text string }
	}
	b, err := os.ReadFile("/tmp/prof/hub.json")
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(b, &h)
	code := common.FromHex(h.Code)
	pcIdx := map[uint64]int{}
	for pc, i := 0, 0; pc < len(code); i++ {
		pcIdx[uint64(pc)] = i
		op := code[pc]
		pc++
		if op >= 0x60 && op <= 0x7f {
			pc += int(op-0x60) + 1
		}
	}
	type ent struct {
		s, l int
		f    string
	}
	var ents []ent
	var cur ent
	for _, e := range strings.Split(h.Map, ";") {
		parts := strings.Split(e, ":")
		if len(parts) > 0 && parts[0] != "" {
			cur.s, _ = strconv.Atoi(parts[0])
		}
		if len(parts) > 1 && parts[1] != "" {
			cur.l, _ = strconv.Atoi(parts[1])
		}
		if len(parts) > 2 && parts[2] != "" {
			cur.f = parts[2]
		}
		ents = append(ents, cur)
	}
	return func(pc uint64) string {
		i, ok := pcIdx[pc]
		if !ok || i >= len(ents) {
			return "?"
		}
		e := ents[i]
		f, ok := h.Files[e.f]
		if !ok || e.s > len(f.Text) {
			return "<generated>"
		}
		txt := f.Text[:e.s]
		j := strings.LastIndex(txt, "function ")
		if j < 0 {
			return filepath.Base(f.Name)
		}
		name := f.Text[j+9:]
		if k := strings.IndexByte(name, '('); k > 0 {
			name = name[:k]
		}
		return filepath.Base(f.Name) + ":" + name
	}
}

// fnJumps returns the jump type of the instruction at pc ('i' into a function, 'o' out of one)
// and the function a pc's source location lies in.
func fnJumps(t *testing.T) (func(uint64) byte, func(uint64) string) {
	var h struct {
		Code  string
		Map   string
		Files map[string]struct{ Name, Text string }
	}
	b, err := os.ReadFile("/tmp/prof/hub.json")
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(b, &h)
	code := common.FromHex(h.Code)
	pcIdx := map[uint64]int{}
	for pc, i := 0, 0; pc < len(code); i++ {
		pcIdx[uint64(pc)] = i
		op := code[pc]
		pc++
		if op >= 0x60 && op <= 0x7f {
			pc += int(op-0x60) + 1
		}
	}
	type ent struct {
		s, l int
		f    string
		j    byte
	}
	var ents []ent
	var cur ent
	for _, e := range strings.Split(h.Map, ";") {
		parts := strings.Split(e, ":")
		if len(parts) > 0 && parts[0] != "" {
			cur.s, _ = strconv.Atoi(parts[0])
		}
		if len(parts) > 1 && parts[1] != "" {
			cur.l, _ = strconv.Atoi(parts[1])
		}
		if len(parts) > 2 && parts[2] != "" {
			cur.f = parts[2]
		}
		if len(parts) > 3 && parts[3] != "" {
			cur.j = parts[3][0]
		}
		ents = append(ents, cur)
	}
	jt := func(pc uint64) byte {
		i, ok := pcIdx[pc]
		if !ok || i >= len(ents) {
			return 0
		}
		return ents[i].j
	}
	name := func(pc uint64) string {
		i, ok := pcIdx[pc]
		if !ok || i >= len(ents) {
			return "?"
		}
		e := ents[i]
		f, ok := h.Files[e.f]
		if !ok || e.s > len(f.Text) {
			return "<generated>"
		}
		src := f.Text[e.s:min(len(f.Text), e.s+e.l)]
		if strings.HasPrefix(src, "function ") {
			n := src[9:]
			if k := strings.IndexByte(n, '('); k > 0 {
				n = n[:k]
			}
			return filepath.Base(f.Name) + ":" + n
		}
		return filepath.Base(f.Name) + ":@" + strconv.Itoa(e.s)
	}
	return jt, name
}
