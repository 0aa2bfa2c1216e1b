package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/localnet"
	"ergon/store"
)

func init() { commandGroups = append(commandGroups, newStoreCmd) }

func newStoreCmd(a *app) *cobra.Command {
	var (
		dir, listen, rpcURL, depFile string
		allow                        []string
	)
	dir, listen = "ergon-store", "127.0.0.1:8550"
	cmd := &cobra.Command{
		Use:   "store",
		Short: "Serve a result store: content-addressed blobs (apps, inputs, results) over HTTP",
		Long: `Serve the blobs under --dir at --listen (GET/PUT/POST /v1/blobs, see
store/openapi.yaml). Downloads are open — a blob is named by its sha256 and every client
verifies it. Uploads must be signed (EIP-191) by an address of --allow (the pool's
workers, requesters) or, with --deployment, by an owner of a registered app or dataset.`,
		Example: `  ergon store --dir /srv/ergon-store --listen :8550 --allow 0xWorker1 --allow 0xWorker2 --deployment mainnet.json --rpc https://…`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var addrs []common.Address
			for _, s := range allow {
				if !common.IsHexAddress(s) {
					return fmt.Errorf("--allow %q is not an address", s)
				}
				addrs = append(addrs, common.HexToAddress(s))
			}
			auth := store.AnyOf{store.NewAllowList(addrs...)}
			if depFile != "" {
				d, err := chain.LoadDeployment(depFile)
				if err != nil {
					return err
				}
				c, err := chain.Dial(ctx, rpcURL, d, a.log)
				if err != nil {
					return fmt.Errorf("%w (is the node running?)", err)
				}
				auth = append(auth, localnet.AssetOwners(c))
			}
			local, err := store.NewLocal(dir)
			if err != nil {
				return err
			}
			cfg := store.DefaultConfig()
			cfg.Store, cfg.Authorizer, cfg.Logger = local, auth, a.log
			srv, err := store.NewServer(cfg)
			if err != nil {
				return err
			}
			return serve(ctx, listen, srv, func(ctx context.Context) error { <-ctx.Done(); return nil }, a)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", dir, "directory of the blobs")
	f.StringVar(&listen, "listen", listen, "address to serve on")
	f.StringArrayVar(&allow, "allow", nil, "address allowed to upload (repeatable)")
	f.StringVar(&depFile, "deployment", "", "deployment file: also allow owners of registered apps and datasets")
	f.StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint (with --deployment)")
	return cmd
}
