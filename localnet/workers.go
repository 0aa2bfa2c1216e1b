package localnet

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"time"

	"ergon/chain"
	"ergon/executor"
	"ergon/worker"
)

// WorkerOptions tune the workers WasmWorkers starts.
type WorkerOptions struct {
	// Slots is the tasks each worker runs at once (default 1).
	Slots int
	// PollWait is the long-poll wait (default 1 s: a local network answers fast).
	PollWait time.Duration
	// Wrap, when set, wraps worker i's executors (tests use it to make a worker lie or hang).
	Wrap   func(i int, e executor.Executor) executor.Executor
	Logger *slog.Logger
}

// Workers returns a Config.NewWorker that runs workers with the executors execs by app kind
// (worker.KindWASM, worker.KindDocker), shared by all: executors are safe for concurrent use
// and share their caches. Each worker keeps 1,000 ERG deposited for its stakes.
func Workers(c *chain.Client, execs map[uint8]executor.Executor, o WorkerOptions) func(ctx context.Context, i int, key *ecdsa.PrivateKey, schedulerURL, dir string) (Runner, error) {
	return func(ctx context.Context, i int, key *ecdsa.PrivateKey, schedulerURL, dir string) (Runner, error) {
		access, err := worker.NewChainAccess(c, key)
		if err != nil {
			return nil, err
		}
		mine := make(map[uint8]executor.Executor, len(execs))
		for kind, e := range execs {
			if o.Wrap != nil {
				e = o.Wrap(i, e)
			}
			mine[kind] = e
		}
		cfg := worker.DefaultConfig()
		cfg.Key, cfg.Scheduler, cfg.WorkDir, cfg.Chain = key, schedulerURL, dir, access
		cfg.Executors = mine
		cfg.DepositAmount = erg(1000)
		cfg.Slots = max(o.Slots, 1)
		cfg.PollWait = o.PollWait
		if cfg.PollWait == 0 {
			cfg.PollWait = time.Second
		}
		if o.Logger != nil {
			cfg.Logger = o.Logger.With("worker", i)
		}
		return worker.New(cfg)
	}
}
