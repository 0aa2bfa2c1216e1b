package bench

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"time"

	"ergon/examples/cpubench/speed"
	"ergon/executor"
	"ergon/executor/wasm"
	"ergon/localnet"
	"ergon/requester"
	"ergon/store"
	"ergon/worker"
)

// E2EReport is the output of `ergon bench e2e`. The JSON field names are a contract.
type E2EReport struct {
	// LatencyP50MS and LatencyP95MS: from the request order signed to the result downloaded
	// and verified, for a trivial WASM task at trust 1.
	LatencyP50MS   float64 `json:"latency_p50_ms"`
	LatencyP95MS   float64 `json:"latency_p95_ms"`
	LatencySamples int     `json:"latency_samples"`
	// TasksPerSTrust1: a deal of ThroughputTasks trivial tasks at trust 1, from the match to
	// the last task finalized on-chain.
	TasksPerSTrust1 float64 `json:"tasks_per_s_trust1"`
	// TasksPerS3Replicas: the same at the trust that needs three agreeing fresh workers;
	// Replicas3Avg is the contributions per task actually made (scores grow as workers win,
	// and heavier workers need fewer replicas).
	TasksPerS3Replicas float64 `json:"tasks_per_s_3replicas"`
	Replicas3Avg       float64 `json:"replicas_3replicas_avg"`
	ThroughputTasks    int     `json:"throughput_tasks"`
	Workers            int     `json:"workers"`
	// WASMNativeRatio: the CPU benchmark app's run time in the WASM sandbox over the same
	// kernel compiled natively (compilation excluded; the fastest of five runs each, taken
	// alternately; both results checked equal): see package examples/cpubench/speed.
	WASMNativeRatio float64 `json:"wasm_native_ratio"`
	WASMMS          float64 `json:"wasm_ms"`
	NativeMS        float64 `json:"native_ms"`
}

// E2EConfig sizes the benchmark.
type E2EConfig struct {
	// Apps maps app names to WASM modules; hello and cpubench are needed.
	Apps            map[string]string
	Samples         int
	ThroughputTasks int
	Workers, Slots  int
	// CPUBenchN is the cpubench app's -n.
	CPUBenchN int
	Logger    *slog.Logger
	// Progress receives a line per phase.
	Progress func(string)
}

// DefaultE2EConfig is the benchmark the issue defines: 200 tasks over 8 workers.
func DefaultE2EConfig() E2EConfig {
	return E2EConfig{Samples: 30, ThroughputTasks: 200, Workers: 8, Slots: 2, CPUBenchN: speed.DefaultConfig().N}
}

// E2E runs a local network in-process on a fresh embedded dev chain and measures it.
func E2E(ctx context.Context, cfg E2EConfig) (*E2EReport, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	say := func(format string, a ...any) {
		if cfg.Progress != nil {
			cfg.Progress(fmt.Sprintf(format, a...))
		}
	}
	for _, name := range []string{"hello", "cpubench"} {
		if cfg.Apps[name] == "" {
			return nil, fmt.Errorf("no %s.wasm: build the examples with `make examples`", name)
		}
	}
	dir, err := os.MkdirTemp("", "ergon-bench-e2e-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)

	dc, err := localnet.NewDevChain(ctx, filepath.Join(dir, "chain"), log)
	if err != nil {
		return nil, err
	}
	defer dc.Close()
	client, funder := dc.Client, dc.Funder
	wcfg := wasm.DefaultConfig()
	wcfg.CacheDir, wcfg.Logger = filepath.Join(dir, "wasm-cache"), log
	exec, err := wasm.New(wcfg)
	if err != nil {
		return nil, err
	}
	defer exec.Close()
	ncfg := localnet.DefaultConfig()
	ncfg.Chain, ncfg.Funder, ncfg.DataDir, ncfg.Logger = client, funder, dir, log
	ncfg.Workers, ncfg.Slots, ncfg.Apps = cfg.Workers, cfg.Slots, cfg.Apps
	ncfg.StorePort, ncfg.SchedulerPort = 0, 0
	ncfg.NewWorker = localnet.Workers(client, map[uint8]executor.Executor{worker.KindWASM: exec}, localnet.WorkerOptions{Slots: cfg.Slots, Logger: log})
	say("starting a local network with %d workers…", cfg.Workers)
	n, err := localnet.Start(ctx, ncfg)
	if err != nil {
		return nil, err
	}
	defer n.Close()
	st, err := store.NewClient(n.StoreURL, nil)
	if err != nil {
		return nil, err
	}
	req := requester.New(client, n.Requester, st)
	// The orders come from the network's market once; their volumes outlast the benchmark.
	appOrder, pool, err := n.Orders(ctx, "hello", req.Address(), 5, uint64(cfg.ThroughputTasks))
	if err != nil {
		return nil, err
	}
	rep := &E2EReport{Workers: cfg.Workers, ThroughputTasks: cfg.ThroughputTasks}
	request := func(trust, volume uint64) requester.Request {
		return requester.Request{App: appOrder, Workerpool: pool, Trust: trust, Category: n.Category, Volume: volume}
	}

	// Latency. The first run warms the compile cache and is not counted.
	say("latency: %d trivial tasks at trust 1, one after the other…", cfg.Samples)
	var lat []time.Duration
	for i := range cfg.Samples + 1 {
		start := time.Now()
		deal, err := req.Match(ctx, request(1, 1))
		if err != nil {
			return nil, err
		}
		tasks, err := req.Wait(ctx, deal, 5*time.Millisecond, nil)
		if err != nil {
			return nil, err
		}
		if _, err := req.Download(ctx, tasks[deal.TaskIDs()[0]], filepath.Join(dir, "latency", fmt.Sprint(i))); err != nil {
			return nil, err
		}
		if i > 0 {
			lat = append(lat, time.Since(start))
		}
	}
	slices.Sort(lat)
	rep.LatencySamples = len(lat)
	rep.LatencyP50MS = ms(percentile(lat, 50))
	rep.LatencyP95MS = ms(percentile(lat, 95))

	// Throughput.
	for _, tc := range []struct {
		trust uint64
		out   *float64
		name  string
	}{{1, &rep.TasksPerSTrust1, "trust 1"}, {5, &rep.TasksPerS3Replicas, "3 replicas (trust 5)"}} {
		say("throughput: %d trivial tasks at %s…", cfg.ThroughputTasks, tc.name)
		start := time.Now()
		deal, err := req.Match(ctx, request(tc.trust, uint64(cfg.ThroughputTasks)))
		if err != nil {
			return nil, err
		}
		tasks, err := req.Wait(ctx, deal, 20*time.Millisecond, nil)
		if err != nil {
			return nil, err
		}
		el := time.Since(start)
		contribs := 0
		for _, t := range tasks {
			if t.Status.String() != "completed" {
				return nil, fmt.Errorf("task %s ended %s", t.ID.Hex(), t.Status)
			}
			// Counted from the task as the chain has it at one block.
			ct, err := client.Task(ctx, t.ID, deal.Block)
			if err != nil {
				return nil, err
			}
			contribs += len(ct.State.Contributions)
		}
		*tc.out = float64(len(tasks)) / el.Seconds()
		if tc.trust > 1 {
			rep.Replicas3Avg = float64(contribs) / float64(len(tasks))
		}
	}

	// WASM vs native.
	say("cpubench -n %d in WASM and natively…", cfg.CPUBenchN)
	sc := speed.DefaultConfig()
	sc.Module, sc.N, sc.Dir = cfg.Apps["cpubench"], cfg.CPUBenchN, filepath.Join(dir, "cpubench")
	sp, err := speed.Compare(ctx, exec, sc)
	if err != nil {
		return nil, err
	}
	rep.WASMMS, rep.NativeMS, rep.WASMNativeRatio = ms(sp.WASM), ms(sp.Native), sp.Ratio
	return rep, nil
}

func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
