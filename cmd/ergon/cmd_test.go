package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/devchain"
)

func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := Run(context.Background(), args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func startChain(t *testing.T) *devchain.Chain {
	t.Helper()
	cfg := devchain.DefaultConfig()
	cfg.DataDir, cfg.HTTPPort, cfg.Accounts = "", 0, 2
	c, err := devchain.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// `ergon deploy` deploys to any JSON-RPC endpoint and writes a deployment file the chain layer
// accepts.
func TestDeployCommand(t *testing.T) {
	c := startChain(t)
	key := hexutil.Encode(crypto.FromECDSA(c.Accounts()[0].Key))
	out := filepath.Join(t.TempDir(), "dep.json")
	stdout, stderr, err := run(t, "deploy", "--rpc", c.Endpoint(), "--key", key, "--out", out, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var printed chain.Deployment
	if err := json.Unmarshal([]byte(stdout), &printed); err != nil {
		t.Fatalf("--json output: %v\n%s", err, stdout)
	}
	d, err := chain.LoadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	if *d != printed || !d.TestToken || d.ChainID != devchain.ChainID {
		t.Fatalf("file %+v, printed %+v", d, printed)
	}
	if _, err := chain.Dial(context.Background(), c.Endpoint(), d, nil); err != nil {
		t.Fatalf("deployment not usable: %v", err)
	}
}

func TestDeployCommandErrors(t *testing.T) {
	c := startChain(t)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no key", []string{"deploy", "--rpc", c.Endpoint()}, "no key"},
		{"bad key", []string{"deploy", "--rpc", c.Endpoint(), "--key", "0x1234"}, "invalid private key"},
		{"bad token", []string{"deploy", "--rpc", c.Endpoint(), "--key", "0x" + strings.Repeat("11", 32), "--token", "nope"}, "not an address"},
		{"no node", []string{"deploy", "--rpc", "http://127.0.0.1:1", "--key", "0x" + strings.Repeat("11", 32)}, "is the node running"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("ERGON_KEY", "")
			_, _, err := run(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want error containing %q, got %v", tc.want, err)
			}
		})
	}
}

// `ergon bench gas --json` prints every required scenario with consistent figures.
func TestBenchGasJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every gas scenario")
	}
	stdout, stderr, err := run(t, "bench", "gas", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var rep struct {
		Scenarios []struct {
			Name       string `json:"name"`
			Tasks      int    `json:"tasks"`
			Replicas   int    `json:"replicas"`
			GasTotal   uint64 `json:"gas_total"`
			GasPerTask uint64 `json:"gas_per_task"`
		} `json:"scenarios"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{
		"single-trust1": {1, 1}, "single-3replicas": {1, 3},
		"bag100-trust1-batched": {100, 1}, "bag100-3replicas-batched": {100, 3},
	}
	for _, s := range rep.Scenarios {
		w, ok := want[s.Name]
		if !ok {
			continue
		}
		delete(want, s.Name)
		if s.Tasks != w[0] || s.Replicas != w[1] || s.GasTotal == 0 || s.GasPerTask != s.GasTotal/uint64(s.Tasks) {
			t.Errorf("%s: %+v", s.Name, s)
		}
	}
	if len(want) != 0 {
		t.Errorf("missing scenarios %v", want)
	}
}
