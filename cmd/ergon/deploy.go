package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/chain"
)

func init() { commandGroups = append(commandGroups, newDeployCmd) }

// defaultDeploymentFile is where commands look for the deployment unless told otherwise.
const defaultDeploymentFile = ".ergon/deployment.json"

func newDeployCmd(a *app) *cobra.Command {
	var (
		rpcURL, out, token, owner string
		kittyMin                  string
		asJSON                    bool
		keys                      *keyFlags
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the Ergon contracts to an EVM chain",
		Long: `Deploy the whole protocol — registries, hub, and (unless --token names an
existing ERC-20) a mintable test token — from the account of --key, and write the
addresses to --out, the deployment file every other command reads.

The transactions are sent back to back and confirmed together.`,
		Example: `  ergon deploy --rpc http://127.0.0.1:8545 --key 0x… 
  ergon deploy --rpc https://rpc.example.org --key-file deployer.key --token 0xA0b8… --out mainnet.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := keys.load(a)
			if err != nil {
				return err
			}
			cfg := chain.DeployConfig{}
			if token != "" {
				if !common.IsHexAddress(token) {
					return fmt.Errorf("--token %q is not an address", token)
				}
				cfg.Token = common.HexToAddress(token)
			}
			if owner != "" {
				if !common.IsHexAddress(owner) {
					return fmt.Errorf("--owner %q is not an address", owner)
				}
				cfg.Owner = common.HexToAddress(owner)
			}
			if kittyMin != "" {
				v, ok := new(big.Int).SetString(kittyMin, 10)
				if !ok || v.Sign() < 0 {
					return fmt.Errorf("--kitty-min %q is not a non-negative integer", kittyMin)
				}
				cfg.KittyMin = v
			}
			ctx := cmd.Context()
			c, err := chain.Dial(ctx, rpcURL, nil, a.log)
			if err != nil {
				return fmt.Errorf("%w (is the node running? `ergon chain` starts a local one)", err)
			}
			fmt.Fprintf(a.stderr, "deploying the Ergon contracts to chain %s from %s…\n", c.ChainID, chainAddr(k))
			d, err := chain.Deploy(ctx, c.Sender(k), cfg)
			if err != nil {
				return err
			}
			if err := d.Save(out); err != nil {
				return fmt.Errorf("write %s: %w", out, err)
			}
			abs, _ := filepath.Abs(out)
			fmt.Fprintf(a.stderr, "wrote %s\n", abs)
			return printDeployment(a.stdout, d, asJSON)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	keys = addKeyFlags(f, "deployer")
	f.StringVar(&out, "out", defaultDeploymentFile, "deployment file to write")
	f.StringVar(&token, "token", "", "ERC-20 to pay in (default: deploy a mintable test token)")
	f.StringVar(&owner, "owner", "", "hub owner, who may add categories (default: the deployer)")
	f.StringVar(&kittyMin, "kitty-min", "", "least amount a successful scheduler takes from the kitty, in token units (default 1e9)")
	f.BoolVar(&asJSON, "json", false, "print the deployment as JSON")
	return cmd
}

func printDeployment(w io.Writer, d *chain.Deployment, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	token := d.Token.Hex()
	if d.TestToken {
		token += " (test token, mintable by the deployer)"
	}
	fmt.Fprintf(w, "chain id             %d\n", d.ChainID)
	fmt.Fprintf(w, "hub                  %s\n", d.Hub.Hex())
	fmt.Fprintf(w, "token                %s\n", token)
	fmt.Fprintf(w, "app registry         %s\n", d.AppRegistry.Hex())
	fmt.Fprintf(w, "dataset registry     %s\n", d.DatasetRegistry.Hex())
	fmt.Fprintf(w, "workerpool registry  %s\n", d.WorkerpoolRegistry.Hex())
	fmt.Fprintf(w, "order desk           %s\n", d.OrderDesk.Hex())
	fmt.Fprintf(w, "deployed at block    %d\n", d.Block)
	return nil
}
