package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/executor"
	"ergon/executor/wasm"
	"ergon/worker"
)

func init() { commandGroups = append(commandGroups, newWorkerCmd) }

func newWorkerCmd(a *app) *cobra.Command {
	cfg := worker.DefaultConfig()
	var (
		rpcURL, depFile, deposit string
		memory                   int64
		boundsChecks             bool
		keys                     *keyFlags
	)
	rpcURL, depFile, deposit, memory = "http://127.0.0.1:8545", defaultDeploymentFile, "1000", 256
	cfg.Scheduler, cfg.WorkDir = "http://127.0.0.1:8551", "ergon-worker"
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run a worker: pull tasks from a workerpool's scheduler, run them, contribute, reveal",
		Long: `Run a worker of the workerpool whose scheduler is at --scheduler. It logs in with
--key, keeps its stake deposited in the hub (--deposit from its token wallet when
short), pulls tasks, downloads each app and checks its checksum against the
AppRegistry, runs it in a WebAssembly sandbox with /in and /out, signs its
contribution, reveals when its result wins, and uploads the result to the
pool's store. --work-dir keeps its progress: a restart resumes.`,
		Example: `  ergon worker --key-file worker.key --scheduler http://pool.example:8551 --slots 4`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			k, err := keys.load(a)
			if err != nil {
				return err
			}
			amount, err := parseERG(deposit)
			if err != nil {
				return fmt.Errorf("--deposit: %w", err)
			}
			d, err := chain.LoadDeployment(depFile)
			if err != nil {
				return err
			}
			c, err := chain.Dial(ctx, rpcURL, d, a.log)
			if err != nil {
				return fmt.Errorf("%w (is the node running?)", err)
			}
			access, err := worker.NewChainAccess(c, k)
			if err != nil {
				return err
			}
			wcfg := wasm.DefaultConfig()
			wcfg.CacheDir, wcfg.Logger, wcfg.DefaultMemoryLimit = filepath.Join(cfg.WorkDir, "wasm-cache"), a.log, memory<<20
			wcfg.BoundsChecks = boundsChecks
			exec, err := wasm.New(wcfg)
			if err != nil {
				return err
			}
			defer exec.Close()
			cfg.Key, cfg.Chain, cfg.DepositAmount, cfg.Logger = k, access, amount, a.log
			cfg.Executors = map[uint8]executor.Executor{worker.KindWASM: exec}
			w, err := worker.New(cfg)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "worker %s: %d slot(s), scheduler %s; press Ctrl-C to stop\n", chainAddr(k), cfg.Slots, cfg.Scheduler)
			return w.Run(ctx)
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", rpcURL, "JSON-RPC endpoint of the chain")
	f.StringVar(&depFile, "deployment", depFile, "deployment file")
	keys = addKeyFlags(f, "worker")
	f.StringVar(&cfg.Scheduler, "scheduler", cfg.Scheduler, "URL of the workerpool's scheduler")
	f.StringVar(&cfg.WorkDir, "work-dir", cfg.WorkDir, "directory of the worker's state, kept across restarts")
	f.IntVar(&cfg.Slots, "slots", cfg.Slots, "tasks run at once")
	f.StringVar(&deposit, "deposit", deposit, "ERG deposited when the hub balance cannot cover a stake (0: never; token units: 1500nERG)")
	f.Int64Var(&memory, "memory", memory, "default memory limit of an app, MiB")
	f.BoolVar(&boundsChecks, "wasm-bounds-checks", false,
		"check every memory access of an app instead of using guard pages (about 25 % slower; same results)")
	f.DurationVar(&cfg.PollWait, "poll-wait", cfg.PollWait, "long-poll wait for work")
	return cmd
}
