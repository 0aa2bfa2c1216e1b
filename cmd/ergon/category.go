package main

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/chain"
)

func init() { commandGroups = append(commandGroups, newCategoryCmd) }

func newCategoryCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "category",
		Short: "Categories of work: how long one task may run (deadlines are multiples of it)",
		Long: `A category bounds one execution to its reference time T: a deal's contributions
close 7T after it starts, its tasks can be claimed after 10T. The hub's owner adds
categories; XS, S, M, L and XL exist from the start.`,
	}
	o := addClientFlags(cmd)
	list := &cobra.Command{
		Use:   "list",
		Short: "List the categories",
		Args:  noArgs("ergon category list"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			cats, err := ss.categories(cmd.Context())
			if err != nil {
				return err
			}
			if o.json {
				return a.printJSON(cats)
			}
			tw := a.table()
			fmt.Fprintln(tw, "ID\tNAME\tTIME REF\tDESCRIPTION")
			for _, c := range cats {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", c.ID, c.Name, timeRef(c.WorkClockTimeRef), c.Description)
			}
			return tw.Flush()
		},
	}
	show := &cobra.Command{
		Use:   "show <id>",
		Short: "Show a category and the deadlines it gives",
		Args:  exactArgs(1, "ergon category show <id>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("category %q: want a number (`ergon category list` shows them)", args[0])
			}
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			cats, err := ss.categories(cmd.Context())
			if err != nil {
				return err
			}
			if id >= uint64(len(cats)) {
				return fmt.Errorf("no category %d: there are %d (`ergon category list`)", id, len(cats))
			}
			return a.printCategory(o, cats[id], nil)
		},
	}
	var description string
	create := &cobra.Command{
		Use:   "create <name> <time-ref>",
		Short: "Add a category (hub owner only); time-ref in seconds or as a duration (90s, 5m)",
		Example: `  ergon category create GPU-M 1h --description "GPU tasks up to an hour"
  ergon category create test 2 --key 0x…   # dev: a 2 s category`,
		Args: exactArgs(2, "ergon category create <name> <time-ref> [--description TEXT]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ref, err := parseTimeRef(args[1])
			if err != nil {
				return err
			}
			return a.createCategory(cmd.Context(), o, args[0], description, ref)
		},
	}
	create.Flags().StringVar(&description, "description", "", "what the category is for")
	cmd.AddCommand(list, show, create)
	return cmd
}

// categoryOutput is a category in `ergon category … --json`.
type categoryOutput struct {
	ID          uint64 `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// WorkClockTimeRef is T in seconds.
	WorkClockTimeRef uint64       `json:"work_clock_time_ref"`
	Tx               *common.Hash `json:"tx,omitempty"`
}

func (ss *session) categories(ctx context.Context) ([]categoryOutput, error) {
	c, err := ss.dial(ctx)
	if err != nil {
		return nil, err
	}
	out, err := c.Call(ctx, c.Deployment.Hub, chain.Hub.PackCategoryCount())
	if err != nil {
		return nil, err
	}
	n, err := chain.Hub.UnpackCategoryCount(out)
	if err != nil {
		return nil, err
	}
	cats := make([]categoryOutput, 0, n.Uint64())
	for i := range n.Uint64() {
		out, err := c.Call(ctx, c.Deployment.Hub, chain.Hub.PackCategoryOf(new(big.Int).SetUint64(i)))
		if err != nil {
			return nil, err
		}
		cat, err := chain.Hub.UnpackCategoryOf(out)
		if err != nil {
			return nil, err
		}
		cats = append(cats, categoryOutput{ID: i, Name: cat.Name, Description: cat.Description, WorkClockTimeRef: cat.WorkClockTimeRef.Uint64()})
	}
	return cats, nil
}

func (a *app) printCategory(o *clientOpts, c categoryOutput, headline *string) error {
	if o.json {
		return a.printJSON(c)
	}
	if headline != nil {
		fmt.Fprintln(a.stdout, *headline)
	}
	tw := a.table()
	fmt.Fprintf(tw, "category\t%d\n", c.ID)
	fmt.Fprintf(tw, "name\t%s\n", c.Name)
	fmt.Fprintf(tw, "description\t%s\n", c.Description)
	fmt.Fprintf(tw, "time ref\t%s\tone execution at most\n", timeRef(c.WorkClockTimeRef))
	fmt.Fprintf(tw, "contributions\t%s\tafter a deal starts\n", timeRef(7*c.WorkClockTimeRef))
	fmt.Fprintf(tw, "final deadline\t%s\tafter a deal starts; then unfinished tasks can be claimed\n", timeRef(10*c.WorkClockTimeRef))
	return tw.Flush()
}

func (a *app) createCategory(ctx context.Context, o *clientOpts, name, description string, ref uint64) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	owner, err := c.HubOwner(ctx)
	if err != nil {
		return err
	}
	if owner != s.Address {
		return fmt.Errorf("only the hub's owner %s may create categories, not %s", owner.Hex(), s.Address.Hex())
	}
	key, err := s.Key()
	if err != nil {
		return err
	}
	r, err := a.transact(ctx, c.Sender(key), c.Deployment.Hub, chain.Hub.PackCreateCategory(name, description, new(big.Int).SetUint64(ref)),
		fmt.Sprintf("creating category %q", name))
	if err != nil {
		return fmt.Errorf("create category: %w", err)
	}
	id := uint64(0)
	ev := chain.Hub.GetABI().Events["CategoryCreated"].ID
	for _, l := range r.Logs {
		if len(l.Topics) == 2 && l.Topics[0] == ev {
			id = l.Topics[1].Big().Uint64()
		}
	}
	line := fmt.Sprintf("created category %d", id)
	return a.printCategory(o, categoryOutput{ID: id, Name: name, Description: description, WorkClockTimeRef: ref, Tx: &r.TxHash}, &line)
}

func parseTimeRef(s string) (uint64, error) {
	if n, err := strconv.ParseUint(s, 10, 64); err == nil && n > 0 {
		return n, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < time.Second || d%time.Second != 0 {
		return 0, fmt.Errorf("time ref %q: want whole seconds, e.g. 300 or 5m", s)
	}
	return uint64(d / time.Second), nil
}

func timeRef(sec uint64) string { return (time.Duration(sec) * time.Second).String() }
