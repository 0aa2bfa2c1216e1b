package devchain

import (
	"context"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
)

func TestChainConfig(t *testing.T) {
	cfg := ChainConfig()
	if err := cfg.CheckConfigForkOrder(); err != nil {
		t.Fatalf("CheckConfigForkOrder: %v", err)
	}
	if cfg.ChainID.Int64() != ChainID {
		t.Errorf("chain id %v, want %d", cfg.ChainID, ChainID)
	}
	zero := new(big.Int)
	if !cfg.IsOsaka(zero, 0) {
		t.Error("Osaka not active at genesis")
	}
	// Osaka must be the last fork, forever: a later fork here changes gas.
	if got := cfg.LatestFork(math.MaxUint64); got != forks.Osaka {
		t.Errorf("latest fork %v, want Osaka", got)
	}
	if cfg.IsBogota(zero, math.MaxUint64) || cfg.IsAmsterdam(zero, math.MaxUint64) || cfg.IsUBT(zero, math.MaxUint64) {
		t.Error("a post-Osaka fork is scheduled")
	}
	rules := cfg.Rules(zero, true, 0)
	if !rules.IsOsaka || rules.IsAmsterdam || rules.IsBogota || rules.IsUBT {
		t.Errorf("genesis rules %+v, want Osaka and nothing later", rules)
	}
	if got, want := cfg.BlobConfig(forks.Osaka), params.DefaultPragueBlobConfig; *got != *want {
		t.Errorf("Osaka blob config %v, want Prague's %v", got, want)
	}

	// A deep copy: mutating ours touches neither geth's global nor the next copy.
	*cfg.OsakaTime = 99
	cfg.ChainID.SetInt64(1)
	cfg.BlobScheduleConfig.Prague.Max = 1
	if *params.AllDevChainProtocolChanges.OsakaTime != 0 || params.AllDevChainProtocolChanges.BlobScheduleConfig.Prague.Max != 9 {
		t.Error("ChainConfig aliases params.AllDevChainProtocolChanges")
	}
	if params.AllDevChainProtocolChanges.BogotaTime == nil {
		t.Error("ChainConfig cleared BogotaTime in geth's global")
	}
	if again := ChainConfig(); *again.OsakaTime != 0 || again.ChainID.Int64() != ChainID || again.BlobScheduleConfig.Prague.Max != 9 {
		t.Error("ChainConfig copies share state")
	}
}

// Bytecode for the gas checks; hand-assembled, no compiler needed.
var (
	// PUSH1 1 PUSH1 0 SSTORE STOP: sets slot 0 to 1.
	sstoreCode = common.FromHex("0x600160005500")
	// Initcode deploying the one-byte runtime 0x00:
	// PUSH1 0 PUSH1 0 MSTORE8 PUSH1 1 PUSH1 0 RETURN.
	createInitcode = common.FromHex("0x600060005360016000f3")
)

// Gas under Osaka rules, worked out by hand from the EIPs.
const (
	transferGas = 21_000
	// 21000 + PUSH1 x2 (6) + cold SSTORE 0->1 (2100 + 20000).
	sstoreGas = 21_000 + 6 + 22_100
	// 21000 + 32000 (create) + calldata 3 zero x4 + 7 nonzero x16 (124)
	// + initcode 1 word x2 + PUSH1 x4 (12) + MSTORE8 3 + memory 3
	// + code deposit 1 byte x200.
	createGas = 21_000 + 32_000 + 124 + 2 + 12 + 3 + 3 + 200
)

// gasUsed sends the three probe transactions on a backend and returns the gas
// each used: a transfer, an SSTORE of a fresh slot and a contract creation.
func gasUsed(t *testing.T, newBackend func(types.GenesisAlloc, ...func(*node.Config, *ethconfig.Config)) *simulated.Backend, opts ...func(*node.Config, *ethconfig.Config)) (transfer, sstore, create uint64) {
	t.Helper()
	sender := DevAccounts(1)[0]
	store := common.HexToAddress("0x5707e")
	sim := newBackend(types.GenesisAlloc{
		sender.Address: {Balance: big.NewInt(params.Ether)},
		store:          {Code: sstoreCode},
	}, opts...)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	ctx := context.Background()

	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	var out []uint64
	for nonce, tx := range []*types.DynamicFeeTx{
		{To: &common.Address{0xbe, 0xef}, Value: big.NewInt(1), Gas: 21_000},
		{To: &store, Gas: 1_000_000},
		{To: nil, Data: createInitcode, Gas: 1_000_000},
	} {
		tx.ChainID = big.NewInt(ChainID)
		tx.Nonce = uint64(nonce)
		tx.GasTipCap = big.NewInt(params.GWei)
		tx.GasFeeCap = big.NewInt(10 * params.GWei)
		signed := types.MustSignNewTx(sender.Key, signer, tx)
		if err := client.SendTransaction(ctx, signed); err != nil {
			t.Fatalf("send tx %d: %v", nonce, err)
		}
		sim.Commit()
		r, err := client.TransactionReceipt(ctx, signed.Hash())
		if err != nil {
			t.Fatalf("receipt of tx %d: %v", nonce, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("tx %d failed (gas used %d)", nonce, r.GasUsed)
		}
		out = append(out, r.GasUsed)
	}
	return out[0], out[1], out[2]
}

func TestSimulatedBackendOsakaGas(t *testing.T) {
	// The config the backend's genesis (hence its chain) actually runs.
	var running *params.ChainConfig
	capture := func(_ *node.Config, ec *ethconfig.Config) { running = ec.Genesis.Config }
	transfer, sstore, create := gasUsed(t, NewSimulatedBackend, capture)

	if running == nil || running.BogotaTime != nil || running.LatestFork(math.MaxUint64) != forks.Osaka {
		t.Fatalf("backend runs %v, want the pinned Osaka config", running)
	}
	if rules := running.Rules(big.NewInt(3), true, math.MaxUint64); !rules.IsOsaka || rules.IsBogota || rules.IsAmsterdam {
		t.Errorf("backend head rules %+v, want Osaka and nothing later", rules)
	}
	for _, c := range []struct {
		name      string
		got, want uint64
	}{
		{"transfer", transfer, transferGas},
		{"sstore", sstore, sstoreGas},
		{"create", create, createGas},
	} {
		if c.got != c.want {
			t.Errorf("%s used %d gas, want %d (Osaka)", c.name, c.got, c.want)
		}
	}

	// The stock backend (geth's dev config) prices state creation differently:
	// if this ever matches, the pin has become pointless — or broken.
	_, stockSstore, stockCreate := gasUsed(t, simulated.NewBackend)
	t.Logf("gas under Osaka: sstore %d create %d; under geth's dev config: sstore %d create %d",
		sstore, create, stockSstore, stockCreate)
	if stockSstore == sstore && stockCreate == create {
		t.Error("stock simulated backend charges Osaka gas: is the Bogota fork still in geth's dev config?")
	}
}

func TestDevAccounts(t *testing.T) {
	a, b := DevAccounts(3), DevAccounts(5)
	if len(a) != 3 || len(b) != 5 || len(DevAccounts(0)) != 0 {
		t.Fatal("wrong number of accounts")
	}
	seen := map[common.Address]bool{}
	for i := range a {
		if a[i].Address != b[i].Address {
			t.Errorf("account %d not deterministic", i)
		}
		if seen[a[i].Address] {
			t.Errorf("account %d duplicated", i)
		}
		seen[a[i].Address] = true
	}
	// Pinned so that a changed derivation (which would orphan every existing
	// data directory and config file) cannot go unnoticed.
	if got, want := a[0].Address, common.HexToAddress(devAccount0); got != want {
		t.Errorf("account 0 is %v, want %v", got, want)
	}
}

const devAccount0 = "0xf4E4AAD7cC41E612dAD48638f5c048De0F148DA7"
