package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"ergon/chain/devchain"
)

func init() { commandGroups = append(commandGroups, newChainCmd) }

// defaultChainDataDir is where `ergon chain` keeps its database unless told
// otherwise: relative to the current directory, so each project checkout has
// its own chain.
const defaultChainDataDir = ".ergon/chain"

func newChainCmd(a *app) *cobra.Command {
	cfg := devchain.DefaultConfig()
	cfg.DataDir = defaultChainDataDir
	var jsonOut bool
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run the local development chain",
		Long: `Run the embedded Ethereum development chain until interrupted (Ctrl-C).

Blocks are mined the moment a transaction arrives, gas follows mainnet (Osaka)
rules, and the prefunded dev accounts are the same on every machine. The chain
lives in --data-dir (default ` + defaultChainDataDir + `, relative to the current
directory) and survives restarts and crashes; --data-dir "" keeps it in memory.
The number of accounts is fixed when the chain is created.

JSON-RPC (HTTP and WebSocket, one port) offers the eth, net, web3, txpool and
debug namespaces; chain id ` + fmt.Sprint(devchain.ChainID) + `.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Logger = a.log
			return a.runChain(cmd.Context(), cfg, jsonOut)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.DataDir, "data-dir", cfg.DataDir, `chain database directory, relative to the current directory ("" = in memory, lost on exit)`)
	f.StringVar(&cfg.HTTPHost, "host", cfg.HTTPHost, "interface for JSON-RPC over HTTP and WebSocket")
	f.IntVar(&cfg.HTTPPort, "port", cfg.HTTPPort, "JSON-RPC port (0 = any free port)")
	f.IntVar(&cfg.Accounts, "accounts", cfg.Accounts, "number of prefunded dev accounts (fixed when the chain is created)")
	f.BoolVar(&jsonOut, "json", false, "print the chain info as one JSON object")
	return cmd
}

// chainInfo is what `ergon chain` prints; its JSON form is a contract: fields
// are only ever added.
type chainInfo struct {
	RPC      string        `json:"rpc"`
	WS       string        `json:"ws"`
	ChainID  int64         `json:"chain_id"`
	DataDir  string        `json:"data_dir"` // absolute; "" when in memory
	Accounts []accountInfo `json:"accounts"`
}

type accountInfo struct {
	Address    string `json:"address"`
	PrivateKey string `json:"private_key"`
	BalanceWei string `json:"balance_wei"` // genesis balance, decimal
}

func (a *app) runChain(ctx context.Context, cfg devchain.Config, jsonOut bool) error {
	if cfg.DataDir != "" {
		abs, err := filepath.Abs(cfg.DataDir)
		if err != nil {
			return err
		}
		cfg.DataDir = abs
	}
	chain, err := devchain.New(cfg)
	if err != nil {
		return chainUsageError(err, cfg)
	}
	if err := chain.Start(); err != nil {
		return chainUsageError(err, cfg)
	}
	defer chain.Close()

	info := chainInfo{
		RPC:     chain.Endpoint(),
		WS:      chain.WSEndpoint(),
		ChainID: chain.ChainID().Int64(),
		DataDir: cfg.DataDir,
	}
	for _, acc := range chain.Accounts() {
		info.Accounts = append(info.Accounts, accountInfo{
			Address:    acc.Address.Hex(),
			PrivateKey: hexutil.Encode(crypto.FromECDSA(acc.Key)),
			BalanceWei: cfg.Balance.String(),
		})
	}
	if jsonOut {
		enc := json.NewEncoder(a.stdout)
		if err := enc.Encode(info); err != nil {
			return err
		}
	} else {
		printChainInfo(a.stdout, info, cfg.Balance)
	}
	fmt.Fprintln(a.stderr, "ergon chain: running; press Ctrl-C to stop")

	<-ctx.Done()
	a.log.Info("shutting down the dev chain")
	return chain.Close()
}

// printChainInfo prints the chain info for people, in the spirit of
// `hardhat node`.
func printChainInfo(w io.Writer, info chainInfo, balance *big.Int) {
	dataDir := info.DataDir
	if dataDir == "" {
		dataDir = "(in memory: discarded on exit)"
	}
	fmt.Fprintf(w, "Ergon dev chain, chain id %d\n\n", info.ChainID)
	fmt.Fprintf(w, "  JSON-RPC   %s\n", info.RPC)
	fmt.Fprintf(w, "  WebSocket  %s\n", info.WS)
	fmt.Fprintf(w, "  Data       %s\n\n", dataDir)
	fmt.Fprintln(w, "Accounts")
	fmt.Fprintln(w, "========")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "WARNING: these private keys are publicly known (derived from public strings).")
	fmt.Fprintln(w, "Any funds sent to these addresses on a real network WILL BE LOST.")
	fmt.Fprintln(w)
	for i, acc := range info.Accounts {
		role := ""
		if i == 0 {
			role = "  deployer/owner"
		}
		fmt.Fprintf(w, "Account #%d: %s (%s)%s\n", i, acc.Address, formatEther(balance), role)
		fmt.Fprintf(w, "Private Key: %s\n\n", acc.PrivateKey)
	}
}

// formatEther renders whole ether as "N ETH" and anything else in wei.
func formatEther(wei *big.Int) string {
	ether, rest := new(big.Int).QuoRem(wei, big.NewInt(params.Ether), new(big.Int))
	if rest.Sign() != 0 {
		return wei.String() + " wei"
	}
	return ether.String() + " ETH"
}

// chainUsageError turns the dev chain's start errors into what the user can do.
func chainUsageError(err error, cfg devchain.Config) error {
	switch {
	case errors.Is(err, devchain.ErrGenesisMismatch):
		return fmt.Errorf("%w\n  the chain in %s was created with other settings (e.g. --accounts): rerun with those, pass another --data-dir, or delete the directory to start over", err, cfg.DataDir)
	case errors.Is(err, devchain.ErrDataDirInUse):
		return fmt.Errorf("%w\n  another `ergon chain` (or `ergon up`) is using %s: stop it, or pass another --data-dir", err, cfg.DataDir)
	case errors.Is(err, devchain.ErrListen):
		return fmt.Errorf("%w\n  pass another --port, or --port 0 for any free port", err)
	case errors.Is(err, devchain.ErrInvalidConfig):
		return fmt.Errorf("%w\n  see `ergon chain --help`", err)
	}
	return err
}
