package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/api"
	"ergon/chain"
	"ergon/scheduler"
)

func init() { commandGroups = append(commandGroups, newSchedulerCmd) }

func newSchedulerCmd(a *app) *cobra.Command {
	cfg := scheduler.DefaultConfig()
	var (
		rpcURL, depFile, pool, db, listen, price, marketURL string
		volume, category, trust                             uint64
		noOrders                                            bool
		keys                                                *keyFlags
	)
	rpcURL, depFile, db, listen, price, volume, trust = "http://127.0.0.1:8545", defaultDeploymentFile, "scheduler.db", "127.0.0.1:8551", "1", 1000, 100
	cmd := &cobra.Command{
		Use:   "scheduler",
		Short: "Run a workerpool's scheduler: deals → tasks → workers → consensus → finalize",
		Long: `Run the scheduler of --workerpool with the key of its scheduler (the pool owner
unless it set another). It follows the pool's deals on the chain, serves the
worker API on --listen (PROTOCOL.md §10), relays the workers' signed
contributions and reveals in batches, finalizes tasks and keeps a workerpool
order published (--price, --volume, --category, --trust). Its state is in the
SQLite file --db, or in PostgreSQL when --db is a postgres:// URL (schema
scheduler_<workerpool> of that database; one scheduler per pool holds it).
Stop it at any time, even with kill -9; a restart resumes.`,
		Example: `  ergon scheduler --workerpool 0x… --key-file pool.key --store-url http://127.0.0.1:8550
  ergon scheduler --workerpool 0x… --key-file pool.key --db postgres://ergon@db/ergon`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			k, err := keys.load(a)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(pool) {
				return fmt.Errorf("--workerpool %q is not an address", pool)
			}
			p, err := parseERG(price)
			if err != nil {
				return fmt.Errorf("--price: %w", err)
			}
			d, err := chain.LoadDeployment(depFile)
			if err != nil {
				return err
			}
			c, err := chain.Dial(ctx, rpcURL, d, a.log)
			if err != nil {
				return fmt.Errorf("%w (is the node running?)", err)
			}
			st, err := openSchedulerStore(ctx, db, common.HexToAddress(pool))
			if err != nil {
				return err
			}
			defer st.Close()
			cfg.Workerpool, cfg.Key, cfg.Chain, cfg.Store, cfg.StartBlock, cfg.Logger = common.HexToAddress(pool), k, c, st, d.Block, a.log
			if !noOrders {
				cfg.Orders = &scheduler.OrderPolicy{Price: p, Volume: volume, Category: category, Trust: trust}
				if marketURL != "" {
					cfg.Orders.Market = api.NewMarketClient(marketURL, nil)
				}
			}
			s, err := scheduler.New(cfg)
			if err != nil {
				return err
			}
			return serve(ctx, listen, s.Handler(), s.Run, a)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", rpcURL, "JSON-RPC endpoint of the chain")
	f.StringVar(&depFile, "deployment", depFile, "deployment file")
	keys = addKeyFlags(f, "scheduler")
	f.StringVar(&pool, "workerpool", "", "the workerpool's address")
	f.StringVar(&db, "db", db, "SQLite file of the scheduler's state, or a postgres:// URL")
	f.StringVar(&listen, "listen", listen, "address of the worker API")
	f.StringVar(&cfg.StoreURL, "store-url", "", "result store the workers upload to")
	f.StringVar(&price, "price", price, "workerpool price per task, in ERG (or token units: 1500nERG)")
	f.Uint64Var(&volume, "volume", volume, "tasks per published order")
	f.Uint64Var(&category, "category", 0, "category of the published orders")
	f.Uint64Var(&trust, "trust", trust, "highest trust accepted")
	f.BoolVar(&noOrders, "no-orders", false, "do not publish workerpool orders")
	f.StringVar(&marketURL, "market", "", "market to publish the workerpool orders to (they are always served on GET /v1/orders too)")
	f.DurationVar(&cfg.Lease, "lease", cfg.Lease, "a worker silent this long loses its pending tasks")
	f.DurationVar(&cfg.Heartbeat, "heartbeat", cfg.Heartbeat, "how often workers heartbeat")
	f.DurationVar(&cfg.BatchInterval, "batch-interval", cfg.BatchInterval, "longest wait before relaying signed contributions")
	return cmd
}

// serve runs an HTTP handler on addr next to run until ctx ends or either fails.
func serve(ctx context.Context, addr string, h http.Handler, run func(context.Context) error, a *app) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (pass another --listen)", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	servec, runc := make(chan error, 1), make(chan error, 1)
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			servec <- err
		}
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() { runc <- run(ctx) }()
	fmt.Fprintf(a.stderr, "listening on http://%s; press Ctrl-C to stop\n", ln.Addr())
	var res error
	running := true
	select {
	case <-ctx.Done():
	case res = <-runc:
		running = false
	case res = <-servec:
	}
	cancel()
	sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer scancel()
	srv.Shutdown(sctx)
	// The caller closes the service's store next: let Run finish its last writes first.
	if running {
		select {
		case runErr := <-runc:
			if res == nil && !errors.Is(runErr, context.Canceled) && !errors.Is(runErr, context.DeadlineExceeded) {
				res = runErr
			}
		case <-time.After(30 * time.Second):
			fmt.Fprintln(a.stderr, "the service did not stop within 30 s; leaving it")
		}
	}
	return res
}

// openSchedulerStore opens the scheduler's state: PostgreSQL for a postgres:// URL, else
// SQLite.
func openSchedulerStore(ctx context.Context, db string, pool common.Address) (scheduler.Store, error) {
	if isPostgresURL(db) {
		st, err := scheduler.OpenPostgres(ctx, db, pool)
		if err != nil {
			return nil, fmt.Errorf("open the PostgreSQL state: %w", err)
		}
		return st, nil
	}
	st, err := scheduler.OpenSQLite(db)
	if err != nil {
		return nil, fmt.Errorf("open the SQLite state %s: %w", db, err)
	}
	return st, nil
}
