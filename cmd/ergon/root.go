package main

import (
	"context"
	"io"
	"log/slog"

	"github.com/spf13/cobra"
)

// app carries what every command needs: where data and diagnostics go.
type app struct {
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

// Run executes the ergon command line given in args. Tests call it directly.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	a := &app{
		stdout: stdout,
		stderr: stderr,
		log:    slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
	root := &cobra.Command{
		Use:           "ergon",
		Short:         "Ergon: a decentralized cloud settled on Ethereum",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(a.commands()...)
	root.SetArgs(args)
	return explain(root.ExecuteContext(ctx))
}

// commands lists the command groups; each group lives in its own file.
func (a *app) commands() []*cobra.Command {
	var cmds []*cobra.Command
	for _, c := range commandGroups {
		cmds = append(cmds, c(a))
	}
	return cmds
}

// commandGroups is filled by each command file's init, so adding a group touches one file.
var commandGroups []func(*app) *cobra.Command
