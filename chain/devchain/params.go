package devchain

import (
	"encoding/json"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainID is the chain id of the dev chain and of NewSimulatedBackend (the
// same as geth's dev mode and hardhat's, so wallets already know it).
const ChainID = 1337

// DefaultGasLimit is the block gas limit of the dev chain and of
// NewSimulatedBackend (mainnet's at the Osaka fork).
const DefaultGasLimit = 60_000_000

// ChainConfig returns a fresh copy of the dev chain's rules: geth's
// params.AllDevChainProtocolChanges with every fork after Osaka disabled, so gas
// follows mainnet (Osaka) rules. The result is the caller's to modify.
//
// In go-ethereum v1.17.10 the dev config activates Bogota at genesis; the
// other post-Osaka forks (BPO1-5, Amsterdam, UBT) are nil there but are cleared
// here too so a geth upgrade that turns them on cannot change our gas figures
// unnoticed (TestChainConfig checks that Osaka is the latest fork).
func ChainConfig() *params.ChainConfig {
	// A JSON round trip deep-copies every pointer (big.Ints, fork times, blob
	// schedule), so nobody can mutate geth's global through our copy.
	raw, err := json.Marshal(params.AllDevChainProtocolChanges)
	if err != nil {
		panic("devchain: marshal dev chain config: " + err.Error())
	}
	cfg := new(params.ChainConfig)
	if err := json.Unmarshal(raw, cfg); err != nil {
		panic("devchain: unmarshal dev chain config: " + err.Error())
	}
	cfg.ChainID = big.NewInt(ChainID)

	// Everything after Osaka, in fork order.
	cfg.BPO1Time = nil
	cfg.BPO2Time = nil
	cfg.BPO3Time = nil
	cfg.BPO4Time = nil
	cfg.BPO5Time = nil
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	cfg.EnableUBTAtGenesis = false

	// Osaka declares no blob parameters of its own: it inherits Prague's
	// (target 6, max 9). Without BPO forks those are the whole schedule.
	cancun, prague := *params.DefaultCancunBlobConfig, *params.DefaultPragueBlobConfig
	cfg.BlobScheduleConfig = &params.BlobScheduleConfig{Cancun: &cancun, Prague: &prague}
	return cfg
}

// NewSimulatedBackend is simulated.NewBackend running the pinned Osaka rules of
// ChainConfig (the stock simulated backend hard-codes geth's dev config, whose
// unreleased fork makes state creation several times dearer than mainnet) with
// a 60M block gas limit. opts are applied after ours, so a caller can still
// override anything. Contract tests use it so their gas figures mean something.
func NewSimulatedBackend(alloc types.GenesisAlloc, opts ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	pin := func(_ *node.Config, ethConf *ethconfig.Config) {
		ethConf.Genesis.Config = ChainConfig()
		ethConf.Genesis.GasLimit = DefaultGasLimit
		ethConf.Miner.GasCeil = DefaultGasLimit
	}
	return simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){pin}, opts...)...)
}
