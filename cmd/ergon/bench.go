package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"ergon/bench"
)

func init() { commandGroups = append(commandGroups, newBenchCmd) }

func newBenchCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure Ergon: gas per call and per task, end-to-end latency and throughput",
	}
	var asJSON bool
	gas := &cobra.Command{
		Use:   "gas",
		Short: "Gas per call and per task of the protocol's flows, on a simulated chain under Osaka rules",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(a.stderr, "running gas scenarios on a simulated chain (Osaka rules)…")
			rep, err := bench.Gas(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, "scenario\ttasks\treplicas\tgas total\tgas per task\t")
			for _, s := range rep.Scenarios {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t\n", s.Name, s.Tasks, s.Replicas, s.GasTotal, s.GasPerTask)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			for _, s := range rep.Scenarios {
				fmt.Fprintf(a.stdout, "\n%s — %s\n", s.Name, s.Note)
				for _, c := range s.Calls {
					fmt.Fprintf(a.stdout, "  %-40s %10d\n", c.Call, c.Gas)
				}
			}
			return nil
		},
	}
	gas.Flags().BoolVar(&asJSON, "json", false, "print JSON: {\"scenarios\":[{\"name\",\"tasks\",\"replicas\",\"gas_total\",\"gas_per_task\",…}]}")
	cmd.AddCommand(gas, newBenchE2ECmd(a), newBenchMarketCmd(a))
	return cmd
}

func newBenchE2ECmd(a *app) *cobra.Command {
	cfg := bench.DefaultE2EConfig()
	appsDir := "examples/bin"
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "e2e",
		Short: "Latency and throughput of tasks through a whole local network, and WASM vs native speed",
		Long: `Start a local network in-process (embedded dev chain, store, scheduler, workers)
and measure: the latency from a request order signed to its result downloaded
and verified, for a trivial WASM task at trust 1 (p50, p95); the throughput of a
bag of trivial tasks at trust 1 and at 3 replicas; and the CPU benchmark app in
WASM against the same kernel compiled natively. Needs the example apps
(` + "`make examples`" + `).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			apps, err := findApps(appsDir)
			if err != nil {
				return err
			}
			cfg.Apps = apps
			cfg.Progress = func(s string) { fmt.Fprintln(a.stderr, s) }
			rep, err := bench.E2E(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintf(tw, "latency p50\t%.1f ms\t(%d trivial tasks at trust 1, request signed → result verified)\n", rep.LatencyP50MS, rep.LatencySamples)
			fmt.Fprintf(tw, "latency p95\t%.1f ms\t\n", rep.LatencyP95MS)
			fmt.Fprintf(tw, "throughput, trust 1\t%.1f tasks/s\t(%d tasks, %d workers)\n", rep.TasksPerSTrust1, rep.ThroughputTasks, rep.Workers)
			fmt.Fprintf(tw, "throughput, 3 replicas\t%.1f tasks/s\t(%.2f contributions per task)\n", rep.TasksPerS3Replicas, rep.Replicas3Avg)
			fmt.Fprintf(tw, "WASM / native\t%.2f×\t(cpubench -n %d: %.0f ms vs %.0f ms)\n", rep.WASMNativeRatio, cfg.CPUBenchN, rep.WASMMS, rep.NativeMS)
			return tw.Flush()
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print JSON: latency_p50_ms, latency_p95_ms, tasks_per_s_trust1, tasks_per_s_3replicas, wasm_native_ratio, …")
	f.StringVar(&appsDir, "apps-dir", appsDir, "directory of the example apps' WASM modules")
	f.IntVar(&cfg.Samples, "samples", cfg.Samples, "latency samples")
	f.IntVar(&cfg.ThroughputTasks, "tasks", cfg.ThroughputTasks, "tasks per throughput deal")
	f.IntVar(&cfg.Workers, "workers", cfg.Workers, "workers")
	f.IntVar(&cfg.Slots, "slots", cfg.Slots, "tasks each worker runs at once")
	f.IntVar(&cfg.CPUBenchN, "cpubench-n", cfg.CPUBenchN, "rounds of the CPU benchmark")
	return cmd
}

func newBenchMarketCmd(a *app) *cobra.Command {
	cfg := bench.DefaultMarketConfig()
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Publish throughput and match latency of the order book with 100,000 open orders",
		Long: `Start a simulated chain with registered, funded assets and a market on a fresh
SQLite book, then measure: the throughput of publishing --orders signed orders
through the HTTP API with --clients concurrent clients (every order fully
checked: strict decoding, EIP-712 signature recovery, registry, consumed volume
and balance), and the latency of --queries match requests against the full
book (p50, p99).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Progress = func(s string) { fmt.Fprintln(a.stderr, s) }
			rep, err := bench.Market(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintf(tw, "publish\t%.0f orders/s\t(%d orders, %d clients, signatures and chain checks included)\n", rep.PublishPerS, rep.Orders, rep.Clients)
			fmt.Fprintf(tw, "match p50\t%.2f ms\t(%d queries against %d open orders, %d matched)\n", rep.MatchP50MS, rep.MatchQueries, rep.Orders, rep.Matched)
			fmt.Fprintf(tw, "match p99\t%.2f ms\t\n", rep.MatchP99MS)
			return tw.Flush()
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print JSON: orders, publish_per_s, match_p50_ms, match_p99_ms, …")
	f.IntVar(&cfg.Orders, "orders", cfg.Orders, "orders to publish (40 % app, 10 % dataset, 40 % workerpool, 10 % request)")
	f.IntVar(&cfg.Clients, "clients", cfg.Clients, "concurrent publishing clients")
	f.IntVar(&cfg.MatchQueries, "queries", cfg.MatchQueries, "match queries to time")
	return cmd
}
