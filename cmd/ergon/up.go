package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/chain/devchain"
	"ergon/executor"
	"ergon/executor/docker"
	"ergon/executor/wasm"
	"ergon/localnet"
	"ergon/worker"
)

func init() { commandGroups = append(commandGroups, newUpCmd) }

// devTokens is what each dev account receives from the test token at first start (1e6 ERG).
var devTokens = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000_000))

func newUpCmd(a *app) *cobra.Command {
	cfg := devchain.DefaultConfig()
	net := localnet.DefaultConfig()
	net.StorePort, net.SchedulerPort, net.MarketPort = 8550, 8551, 8552
	dataDir := ".ergon"
	appsDir := "examples/bin"
	configPath := configFileName
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Bring up a complete local Ergon: chain, contracts, store, workerpool, workers",
		Long: `Bring up a local Ergon in --data-dir and run it until interrupted (Ctrl-C):
the embedded dev chain, the protocol deployed on it by dev account #0
(deployment.json), test tokens for every dev account, the result store, the
sample apps of --apps-dir (*.wasm, built by ` + "`make examples`" + `) registered with
published app orders, one workerpool with its scheduler publishing workerpool
orders, and --workers workers. A second start reuses all of it.

Then run work through it with ` + "`ergon run hello`" + ` (network.json in the data dir
tells other commands where everything is). --config (./ergon.toml) gets a "local"
profile pointing at this network for the other commands; an existing file is never
rewritten: the profile is added, or what to add is printed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Logger = a.log
			net.Logger = a.log
			return a.up(cmd.Context(), dataDir, appsDir, configPath, cfg, net)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data-dir", dataDir, "where the chain and the deployment file live")
	f.StringVar(&cfg.HTTPHost, "host", cfg.HTTPHost, "interface for JSON-RPC")
	f.IntVar(&cfg.HTTPPort, "port", cfg.HTTPPort, "JSON-RPC port (0 = any free port)")
	f.IntVar(&cfg.Accounts, "accounts", cfg.Accounts, "number of prefunded dev accounts (fixed when the chain is created)")
	f.IntVar(&net.Workers, "workers", net.Workers, "number of workers")
	f.IntVar(&net.Slots, "slots", net.Slots, "tasks each worker runs at once")
	f.IntVar(&net.StorePort, "store-port", net.StorePort, "result store port (0 = any free port)")
	f.IntVar(&net.SchedulerPort, "scheduler-port", net.SchedulerPort, "scheduler (worker API) port (0 = any free port)")
	f.IntVar(&net.MarketPort, "market-port", net.MarketPort, "market (order book API) port (0 = any free port)")
	f.StringVar(&appsDir, "apps-dir", appsDir, "directory of the sample apps' WASM modules to register")
	f.StringVar(&configPath, "config", configPath, `config file to give a "local" profile of this network ("" = none)`)
	return cmd
}

func (a *app) up(ctx context.Context, dataDir, appsDir, configPath string, cfg devchain.Config, netCfg localnet.Config) error {
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
	client, err := chain.NewClient(ctx, dc.Client(), d, a.log)
	if err != nil {
		return err
	}
	netCfg.Chain, netCfg.Funder, netCfg.DataDir = client, dc.Accounts()[0].Key, abs
	netCfg.Apps, err = findApps(appsDir)
	if err != nil {
		return err
	}
	wcfg := wasm.DefaultConfig()
	wcfg.CacheDir, wcfg.Logger = filepath.Join(abs, "wasm-cache"), a.log
	exec, err := wasm.New(wcfg)
	if err != nil {
		return err
	}
	defer exec.Close()
	execs := map[uint8]executor.Executor{worker.KindWASM: exec}
	// Docker apps run when a Docker daemon answers ($DOCKER_HOST); without one the network
	// runs WASM apps only.
	if dockerApps, _ := filepath.Glob(filepath.Join(appsDir, "*-docker.tar")); len(dockerApps) > 0 {
		dcfg := docker.DefaultConfig()
		dcfg.Logger = a.log
		if dx, err := docker.New(dcfg); err != nil {
			a.log.Warn("Docker apps disabled", "err", err)
		} else {
			defer dx.Close()
			execs[worker.KindDocker] = dx
			netCfg.DockerApps = map[string]string{}
			for _, p := range dockerApps {
				netCfg.DockerApps[strings.TrimSuffix(filepath.Base(p), ".tar")] = p
			}
		}
	}
	netCfg.NewWorker = localnet.Workers(client, execs, localnet.WorkerOptions{Slots: netCfg.Slots, Logger: a.log})
	fmt.Fprintf(a.stderr, "starting the result store, the workerpool and %d workers…\n", netCfg.Workers)
	n, err := localnet.Start(ctx, netCfg)
	if err != nil {
		return err
	}
	defer n.Close()
	nf := networkFile{
		RPC: dc.Endpoint(), ChainID: dc.ChainID().Uint64(), Deployment: depFile, StoreURL: n.StoreURL, MarketURL: n.MarketURL,
		SchedulerURL: n.SchedulerURL, Workerpool: n.Workerpool, Category: n.Category,
		RequesterKey: hexutil.Encode(crypto.FromECDSA(n.Requester)), Requester: crypto.PubkeyToAddress(n.Requester.PublicKey),
		Apps: map[string]networkApp{},
	}
	for name, app := range n.Apps {
		nf.Apps[name] = networkApp{Address: app.Address, Location: app.Location, Checksum: app.Checksum, Order: app.Order}
	}
	netPath := filepath.Join(abs, "network.json")
	if err := writeJSONFile(netPath, nf); err != nil {
		return err
	}
	if configPath != "" {
		msg, err := writeLocalProfile(configPath, localProfileConfig(configPath, dc.Endpoint(), depFile, n.StoreURL, n.MarketURL))
		if err != nil {
			a.log.Warn("could not write the config file", "file", configPath, "err", err)
		} else {
			fmt.Fprintln(a.stderr, msg)
		}
	}

	fmt.Fprintf(a.stdout, "Ergon is up (data in %s)\n\n", abs)
	fmt.Fprintf(a.stdout, "  JSON-RPC    %s\n", dc.Endpoint())
	fmt.Fprintf(a.stdout, "  store       %s\n", n.StoreURL)
	fmt.Fprintf(a.stdout, "  market      %s\n", n.MarketURL)
	fmt.Fprintf(a.stdout, "  scheduler   %s  (workerpool %s, %d workers)\n", n.SchedulerURL, n.Workerpool.Hex(), netCfg.Workers)
	fmt.Fprintf(a.stdout, "  deployment  %s\n", depFile)
	fmt.Fprintf(a.stdout, "  network     %s\n", netPath)
	if configPath != "" {
		fmt.Fprintf(a.stdout, "  config      %s (profile %q)\n", configPath, localProfile)
	}
	fmt.Fprintln(a.stdout)
	fmt.Fprintln(a.stdout, "Apps")
	for _, name := range sortedKeys(n.Apps) {
		kind := "wasm"
		if n.Apps[name].Kind == worker.KindDocker {
			kind = "docker"
		}
		fmt.Fprintf(a.stdout, "  %-14s %-6s %s  %s\n", name, kind, n.Apps[name].Address.Hex(), n.Apps[name].Location)
	}
	if len(n.Apps) == 0 {
		fmt.Fprintf(a.stdout, "  (none: no *.wasm in %s; run `make examples`)\n", appsDir)
	}
	fmt.Fprintf(a.stdout, "\nRequester   %s (deposited; key in network.json)\n\n", nf.Requester.Hex())
	if err := printDeployment(a.stdout, d, false); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout)
	info := chainInfo{RPC: dc.Endpoint(), WS: dc.WSEndpoint(), ChainID: dc.ChainID().Int64(), DataDir: cfg.DataDir}
	for _, acc := range dc.Accounts() {
		info.Accounts = append(info.Accounts, accountInfo{Address: acc.Address.Hex(), PrivateKey: fmt.Sprintf("%#x", acc.Key.D.FillBytes(make([]byte, 32)))})
	}
	printChainInfo(a.stdout, info, cfg.Balance)
	fmt.Fprintln(a.stderr, "ergon up: running; try `ergon run hello` in another terminal; press Ctrl-C to stop")
	<-ctx.Done()
	a.log.Info("shutting down")
	if err := n.Close(); err != nil {
		a.log.Warn("stopping the network", "err", err)
	}
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

// findApps lists dir's *.wasm modules by name (file name without .wasm).
func findApps(dir string) (map[string]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if err != nil {
		return nil, err
	}
	apps := map[string]string{}
	for _, p := range paths {
		apps[strings.TrimSuffix(filepath.Base(p), ".wasm")] = p
	}
	return apps, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// writeJSONFile writes v indented to path, replacing it atomically.
func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
