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
		Short: "Measure Ergon: gas per call and per task",
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
	cmd.AddCommand(gas)
	return cmd
}
