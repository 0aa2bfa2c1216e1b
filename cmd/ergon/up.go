package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/chain/devchain"
)

func init() { commandGroups = append(commandGroups, newUpCmd) }

// devTokens is what each dev account receives from the test token at first start (1e6 ERG).
var devTokens = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000_000))

func newUpCmd(a *app) *cobra.Command {
	cfg := devchain.DefaultConfig()
	dataDir := ".ergon"
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Bring up a local Ergon: dev chain and deployed protocol",
		Long: `Bring up a local Ergon in --data-dir and run it until interrupted (Ctrl-C):
the embedded dev chain (chain/), the protocol deployed on it by dev account #0
(deployment.json), and test tokens for every dev account. A second start reuses
all of it. Point other commands at it with --deployment <data-dir>/deployment.json.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Logger = a.log
			return a.up(cmd.Context(), dataDir, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data-dir", dataDir, "where the chain and the deployment file live")
	f.StringVar(&cfg.HTTPHost, "host", cfg.HTTPHost, "interface for JSON-RPC")
	f.IntVar(&cfg.HTTPPort, "port", cfg.HTTPPort, "JSON-RPC port (0 = any free port)")
	f.IntVar(&cfg.Accounts, "accounts", cfg.Accounts, "number of prefunded dev accounts (fixed when the chain is created)")
	return cmd
}

func (a *app) up(ctx context.Context, dataDir string, cfg devchain.Config) error {
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return err
	}
	cfg.DataDir = filepath.Join(abs, "chain")
	dc, err := devchain.New(cfg)
	if err != nil {
		return chainUsageError(err, cfg)
	}
	if err := dc.Start(); err != nil {
		return chainUsageError(err, cfg)
	}
	defer dc.Close()

	depFile := filepath.Join(abs, "deployment.json")
	d, err := a.ensureDeployed(ctx, dc, depFile)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "Ergon is up (data in %s)\n\n", abs)
	fmt.Fprintf(a.stdout, "  JSON-RPC    %s\n", dc.Endpoint())
	fmt.Fprintf(a.stdout, "  deployment  %s\n\n", depFile)
	if err := printDeployment(a.stdout, d, false); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout)
	info := chainInfo{RPC: dc.Endpoint(), WS: dc.WSEndpoint(), ChainID: dc.ChainID().Int64(), DataDir: cfg.DataDir}
	for _, acc := range dc.Accounts() {
		info.Accounts = append(info.Accounts, accountInfo{Address: acc.Address.Hex(), PrivateKey: fmt.Sprintf("%#x", acc.Key.D.FillBytes(make([]byte, 32)))})
	}
	printChainInfo(a.stdout, info, cfg.Balance)
	fmt.Fprintln(a.stderr, "ergon up: running; press Ctrl-C to stop")
	<-ctx.Done()
	a.log.Info("shutting down")
	return dc.Close()
}

// ensureDeployed reuses the deployment in depFile when the chain has it, else deploys from
// dev account #0 and gives every dev account test tokens.
func (a *app) ensureDeployed(ctx context.Context, dc *devchain.Chain, depFile string) (*chain.Deployment, error) {
	if d, err := chain.LoadDeployment(depFile); err == nil {
		if _, err := chain.NewClient(ctx, dc.Client(), d, a.log); err == nil {
			return d, nil
		} else if !errors.Is(err, chain.ErrNotDeployed) && !errors.Is(err, chain.ErrWrongChain) {
			return nil, err
		}
		a.log.Warn("the deployment file does not match this chain: deploying again", "file", depFile)
	}
	c, err := chain.NewClient(ctx, dc.Client(), nil, a.log)
	if err != nil {
		return nil, err
	}
	owner := c.Sender(dc.Accounts()[0].Key)
	fmt.Fprintln(a.stderr, "deploying the Ergon contracts…")
	d, err := chain.Deploy(ctx, owner, chain.DeployConfig{})
	if err != nil {
		return nil, err
	}
	var mints []*types.Transaction
	for _, acc := range dc.Accounts() {
		tx, err := owner.Send(ctx, &d.Token, chain.Token.PackMint(acc.Address, devTokens), nil)
		if err != nil {
			return nil, fmt.Errorf("mint test tokens: %w", err)
		}
		mints = append(mints, tx)
	}
	for _, tx := range mints {
		if _, err := owner.Wait(ctx, tx); err != nil {
			return nil, fmt.Errorf("mint test tokens: %w", err)
		}
	}
	// Written last: a restart after a crash above deploys again rather than trusting a
	// half-funded deployment.
	if err := d.Save(depFile); err != nil {
		return nil, err
	}
	return d, nil
}
