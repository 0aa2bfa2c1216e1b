package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/market"
)

func init() { commandGroups = append(commandGroups, newMarketCmd) }

func newMarketCmd(a *app) *cobra.Command {
	cfg := market.DefaultConfig()
	var (
		rpcURL, depFile, dataDir, db, host string
		port                               int
	)
	rpcURL, depFile, dataDir, host, port = "http://127.0.0.1:8545", defaultDeploymentFile, ".ergon", "127.0.0.1", 8552
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Serve the order book: signed orders checked against the chain, and matchmaking",
		Long: `Serve the market of the deployment's hub on --host:--port (HTTP API under /v1/,
described at /v1/openapi.yaml): publish signed app, dataset, workerpool and
request orders — each checked against the chain (signature of the asset's
owner, registered assets, volume left, the owner's balance) — query them, and
match a request with the cheapest compatible orders, or learn which rule kept
it from matching. The market follows the chain: consumed, cancelled and
unfunded orders leave the book.

The book is in SQLite at --db (default <data-dir>/market.db), or in PostgreSQL
when --db is a postgres:// URL. Stop it at any time; a restart resumes from
the last block it applied.`,
		Example: `  ergon market
  ergon market --rpc https://rpc.example --deployment mainnet.json --db postgres://ergon@db/market --host 0.0.0.0`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if port < 0 || port > 65535 {
				return fmt.Errorf("--port %d: want 0…65535", port)
			}
			d, err := chain.LoadDeployment(depFile)
			if err != nil {
				return err
			}
			c, err := chain.Dial(ctx, rpcURL, d, a.log)
			if err != nil {
				return fmt.Errorf("%w (is the node running?)", err)
			}
			st, where, err := openMarketStore(ctx, db, dataDir)
			if err != nil {
				return err
			}
			cfg.Chain, cfg.Store, cfg.Logger = c, st, a.log
			m, err := market.New(ctx, cfg)
			if err != nil {
				st.Close()
				return err
			}
			defer m.Close()
			fmt.Fprintf(a.stderr, "market %q of hub %s on chain %d, book in %s\n", cfg.Name, d.Hub.Hex(), d.ChainID, where)
			return serve(ctx, net.JoinHostPort(host, strconv.Itoa(port)), m.Handler(), m.Run, a)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", rpcURL, "JSON-RPC endpoint of the chain")
	f.StringVar(&depFile, "deployment", depFile, "deployment file")
	f.StringVar(&dataDir, "data-dir", dataDir, "directory of the default SQLite book (market.db)")
	f.StringVar(&db, "db", "", "SQLite file, or a postgres:// URL (default <data-dir>/market.db)")
	f.StringVar(&host, "host", host, "interface to serve on")
	f.IntVar(&port, "port", port, "port to serve on (0 = any free port)")
	f.StringVar(&cfg.Name, "name", cfg.Name, "this market's name, bound into unpublish messages")
	f.IntVar(&cfg.MaxOpenPerOwner, "max-open-per-owner", cfg.MaxOpenPerOwner, "most open orders per owner")
	f.IntVar(&cfg.MaxOpen, "max-open", cfg.MaxOpen, "most open orders in the whole book")
	f.DurationVar(&cfg.ChainTimeout, "chain-timeout", cfg.ChainTimeout, "limit of each chain read")
	f.DurationVar(&cfg.ExplainTimeout, "explain-timeout", cfg.ExplainTimeout, "time a failed match may spend saying why")
	f.IntVar(&cfg.MaxTrackedTasks, "max-tracked-tasks", cfg.MaxTrackedTasks, "most open tasks followed for workerpool reputations")
	f.DurationVar(&cfg.ClaimWindow, "claim-window", cfg.ClaimWindow, "how long past its final deadline a deal's tasks are still followed")
	f.Uint64Var(&cfg.Confirmations, "confirmations", 0, "follow blocks this deep only (for chains that reorganize)")
	f.Uint64Var(&cfg.ReputationFrom, "reputation-from", 0, "first block whose deals count in workerpool reputations (default the deployment's); replayed at every start")
	f.DurationVar(&cfg.Sweep, "sweep", cfg.Sweep, "how often every owner's balance is read again")
	return cmd
}

// isPostgresURL reports whether a --db value names a PostgreSQL database rather than a file.
func isPostgresURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openMarketStore opens the book: PostgreSQL for a postgres:// URL, else SQLite.
func openMarketStore(ctx context.Context, db, dataDir string) (market.Store, string, error) {
	if isPostgresURL(db) {
		st, err := market.OpenPostgres(ctx, db)
		if err != nil {
			return nil, "", fmt.Errorf("open the PostgreSQL book: %w", err)
		}
		return st, "PostgreSQL", nil
	}
	if db == "" {
		if err := os.MkdirAll(dataDir, 0o755); err != nil {
			return nil, "", err
		}
		db = filepath.Join(dataDir, "market.db")
	}
	st, err := market.OpenSQLite(db)
	if err != nil {
		return nil, "", fmt.Errorf("open the SQLite book %s: %w", db, err)
	}
	return st, db, nil
}
