package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/requester"
)

func init() { commandGroups = append(commandGroups, newTaskCmd) }

func newTaskCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "task",
		Short: "Tasks: follow one through contributions, consensus and finalization; claim a late one",
	}
	o := addClientFlags(cmd)
	var (
		watch    bool
		interval time.Duration
	)
	show := &cobra.Command{
		Use:   "show <taskid>",
		Short: "Show a task: status, contributions, consensus, deadlines, result",
		Long: `Show where a task is: its status (unset: no worker contributed yet; active:
contributions coming; revealing: consensus reached, winners revealing; completed;
failed: claimed after its final deadline), each contribution, the consensus, the
deadlines, and its result once completed. With --watch, follow it and print each
change on stderr until it completes, fails or passes its final deadline.`,
		Example: `  ergon task show 0x6f2c…
  ergon task show 0x6f2c… --watch`,
		Args: exactArgs(1, "ergon task show <taskid> [--watch]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHash("task", args[0])
			if err != nil {
				return err
			}
			return a.showTask(cmd.Context(), o, id, watch, interval)
		},
	}
	show.Flags().BoolVar(&watch, "watch", false, "follow the task until it completes, fails or can be claimed")
	show.Flags().DurationVar(&interval, "interval", time.Second, "how often --watch reads the chain")
	claim := &cobra.Command{
		Use:   "claim <taskid>",
		Short: "End a task unfinished at its final deadline: refund the requester, seize the pool's stake",
		Long: `After a deal's final deadline (10 T after it started), anyone may claim each task
that did not complete: the payer's locked price is unlocked back to them, the
workerpool's stake for the task goes to the kitty, contributors get their stakes
back (PROTOCOL.md §6).`,
		Args: exactArgs(1, "ergon task claim <taskid>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHash("task", args[0])
			if err != nil {
				return err
			}
			return a.claimTask(cmd.Context(), o, id)
		},
	}
	cmd.AddCommand(show, claim)
	return cmd
}

// taskShowOutput is `ergon task show --json`: times in unix seconds of the chain.
type taskShowOutput struct {
	TaskID        common.Hash          `json:"task_id"`
	DealID        common.Hash          `json:"deal_id"`
	Index         uint64               `json:"index"`
	Status        string               `json:"status"`
	App           common.Address       `json:"app"`
	Workerpool    common.Address       `json:"workerpool"`
	Requester     common.Address       `json:"requester"`
	Category      uint64               `json:"category"`
	Trust         uint64               `json:"trust"`
	Contributions []contributionOutput `json:"contributions"`
	// Consensus is the result hash the contributions agreed on, once they did.
	Consensus            *common.Hash `json:"consensus,omitempty"`
	Winners              int          `json:"winners"`
	Revealed             int          `json:"revealed"`
	ContributionDeadline uint64       `json:"contribution_deadline"`
	RevealDeadline       uint64       `json:"reveal_deadline,omitempty"`
	FinalDeadline        uint64       `json:"final_deadline"`
	Digest               *common.Hash `json:"digest,omitempty"`
	Results              string       `json:"results,omitempty"`
	// Claimable is true when the task is unfinished and its final deadline passed.
	Claimable bool `json:"claimable"`
	// Now is the time of the chain's newest block.
	Now uint64 `json:"now"`
}

// contributionOutput is one worker's contribution.
type contributionOutput struct {
	Worker     common.Address `json:"worker"`
	Weight     uint64         `json:"weight"`
	ResultHash common.Hash    `json:"result_hash"`
	// Status: contributed, revealed, rejected.
	Status string `json:"status"`
}

var contributionStatus = map[uint8]string{poco.Contributed: "contributed", poco.Revealed: "revealed", poco.Rejected: "rejected"}

// taskView is a task with its deal, read from the chain.
type taskView struct {
	deal  *chain.DealInfo
	index uint64
	task  *chain.Task
	now   uint64
}

func (ss *session) readTask(ctx context.Context, id common.Hash, d *chain.DealInfo, index uint64) (*taskView, error) {
	c, err := ss.dial(ctx)
	if err != nil {
		return nil, err
	}
	if d == nil {
		if d, index, err = c.DealOfTask(ctx, id); err != nil {
			if errors.Is(err, chain.ErrUnknownTask) {
				return nil, fmt.Errorf("%w\n  no deal of this deployment has that task; is it a deal id? try `ergon deal show %s`", err, id.Hex())
			}
			return nil, err
		}
	}
	t, err := c.Task(ctx, id, d.Block)
	if err != nil {
		return nil, err
	}
	now, err := chainNow(ctx, c)
	if err != nil {
		return nil, err
	}
	return &taskView{deal: d, index: index, task: t, now: now}, nil
}

func (v *taskView) output() *taskShowOutput {
	x, t := v.deal.Deal, v.task
	o := &taskShowOutput{
		TaskID: t.ID, DealID: v.deal.ID, Index: v.index, Status: t.Status.String(),
		App: x.App, Workerpool: x.Workerpool, Requester: x.Requester, Category: x.Category.Uint64(), Trust: x.Trust.Uint64(),
		Contributions:        []contributionOutput{},
		ContributionDeadline: poco.ContributionDeadline(x), FinalDeadline: poco.FinalDeadline(x),
		Results: t.Results, Now: v.now,
	}
	for _, c := range t.State.Contributions {
		o.Contributions = append(o.Contributions, contributionOutput{Worker: c.Worker, Weight: c.Weight.Uint64(),
			ResultHash: c.ResultHash, Status: contributionStatus[c.Status]})
	}
	if h := common.Hash(t.State.Consensus); h != (common.Hash{}) {
		o.Consensus = &h
		o.Winners, o.Revealed = poco.Winners(t.State)
		if t.State.RevealDeadline != nil {
			o.RevealDeadline = t.State.RevealDeadline.Uint64()
		}
	}
	if t.Status == poco.StatusCompleted {
		d := t.Digest
		o.Digest = &d
		if o.Consensus == nil {
			// contributeAndFinalize (trust 1) reaches consensus without a TaskConsensus
			// event: the result hash of the digest is the one agreed on.
			h := poco.ResultHash(t.ID, t.Digest)
			o.Consensus = &h
			for _, c := range t.State.Contributions {
				if c.ResultHash == h {
					o.Winners++
				}
			}
		}
	}
	o.Claimable = t.Status <= poco.StatusRevealing && v.now >= o.FinalDeadline
	return o
}

func printTask(w io.Writer, o *taskShowOutput) {
	tw := tabwriterFor(w)
	fmt.Fprintf(tw, "task\t%s\n", o.TaskID.Hex())
	fmt.Fprintf(tw, "deal\t%s\tindex %d\n", o.DealID.Hex(), o.Index)
	fmt.Fprintf(tw, "status\t%s\t%s\n", o.Status, statusMeaning(o))
	fmt.Fprintf(tw, "app\t%s\n", o.App.Hex())
	fmt.Fprintf(tw, "workerpool\t%s\n", o.Workerpool.Hex())
	fmt.Fprintf(tw, "requester\t%s\n", o.Requester.Hex())
	fmt.Fprintf(tw, "trust\t%d\n", o.Trust)
	fmt.Fprintf(tw, "contributions\t%d\n", len(o.Contributions))
	for _, c := range o.Contributions {
		fmt.Fprintf(tw, "\t%s  weight %d, %s, result hash %s\n", c.Worker.Hex(), c.Weight, c.Status, c.ResultHash.Hex())
	}
	if o.Consensus != nil {
		fmt.Fprintf(tw, "consensus\t%s\t%d winner(s), %d revealed\n", o.Consensus.Hex(), o.Winners, o.Revealed)
	}
	fmt.Fprintf(tw, "contributions until\t%s\n", when(o.ContributionDeadline, o.Now))
	if o.RevealDeadline != 0 && o.Status == poco.StatusRevealing.String() {
		fmt.Fprintf(tw, "reveal deadline\t%s\n", when(o.RevealDeadline, o.Now))
	}
	fmt.Fprintf(tw, "final deadline\t%s\n", when(o.FinalDeadline, o.Now))
	if o.Digest != nil {
		fmt.Fprintf(tw, "result\t%s\n", o.Results)
		fmt.Fprintf(tw, "digest\t%s\n", o.Digest.Hex())
	}
	tw.Flush()
	switch {
	case o.Status == poco.StatusCompleted.String():
		fmt.Fprintf(w, "\nnext: `ergon result download %s` fetches the result and checks it against the digest\n", o.TaskID.Hex())
	case o.Claimable:
		fmt.Fprintf(w, "\nthe final deadline passed: `ergon task claim %s` refunds the requester\n", o.TaskID.Hex())
	}
}

func statusMeaning(o *taskShowOutput) string {
	switch o.Status {
	case "unset":
		return "no contribution yet: waiting for a worker"
	case "active":
		return "contributions coming, no consensus yet"
	case "revealing":
		return "consensus reached: winners revealing"
	case "completed":
		return "finalized: the result is on-chain"
	case "failed":
		return "claimed after its final deadline: the requester was refunded"
	}
	return ""
}

func (a *app) showTask(ctx context.Context, o *clientOpts, id common.Hash, watch bool, interval time.Duration) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	v, err := ss.readTask(ctx, id, nil, 0)
	if err != nil {
		return err
	}
	if watch {
		start := time.Now()
		var last requester.TaskChange
		for {
			ch := requester.TaskChange{ID: id, Index: v.index, Status: v.task.Status, Contributions: len(v.task.State.Contributions)}
			if ch != last {
				a.progress("  %8s  task %d  %s", time.Since(start).Round(time.Millisecond), v.index, taskStep(ch))
				last = ch
			}
			out := v.output()
			if v.task.Status >= poco.StatusCompleted || out.Claimable {
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(interval):
			}
			if v, err = ss.readTask(ctx, id, v.deal, v.index); err != nil {
				return err
			}
		}
	}
	out := v.output()
	if o.json {
		return a.printJSON(out)
	}
	printTask(a.stdout, out)
	return nil
}

// claimOutput is `ergon task claim --json`.
type claimOutput struct {
	TaskID common.Hash `json:"task_id"`
	DealID common.Hash `json:"deal_id"`
	Tx     common.Hash `json:"tx"`
	// Refunded is what the deal's payer (Sponsor) got back, in token units.
	Refunded string         `json:"refunded"`
	Sponsor  common.Address `json:"sponsor"`
	// Seized is the workerpool's stake for the task, now in the kitty.
	Seized string `json:"seized"`
}

func (a *app) claimTask(ctx context.Context, o *clientOpts, id common.Hash) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	v, err := ss.readTask(ctx, id, nil, 0)
	if err != nil {
		return err
	}
	out := v.output()
	switch v.task.Status {
	case poco.StatusCompleted:
		return fmt.Errorf("task %s completed: nothing to claim; `ergon result download %s` fetches its result", id.Hex(), id.Hex())
	case poco.StatusFailed:
		return fmt.Errorf("task %s was claimed already: its requester was refunded", id.Hex())
	}
	if !out.Claimable {
		return fmt.Errorf("too early: task %s can be claimed after its final deadline, %s; until then its workers may still finish it (`ergon task show %s --watch`)",
			id.Hex(), when(out.FinalDeadline, out.Now), id.Hex())
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	key, err := s.Key()
	if err != nil {
		return err
	}
	x := v.deal.Deal
	r, err := a.transact(ctx, ss.c.Sender(key), ss.c.Deployment.Hub, chain.Hub.PackClaim(v.deal.ID, x,
		[]bindings.ClaimItem{{Index: new(big.Int).SetUint64(v.index), State: v.task.State}}), "claiming task "+id.Hex())
	if err != nil {
		return fmt.Errorf("claim: %w", err)
	}
	refund := taskPrice(x.AppPrice, x.DatasetPrice, x.WorkerpoolPrice)
	seized := new(big.Int).Div(new(big.Int).Mul(x.WorkerpoolPrice, big.NewInt(poco.WorkerpoolStakeRatio)), big.NewInt(100))
	res := claimOutput{TaskID: id, DealID: v.deal.ID, Tx: r.TxHash, Refunded: refund.String(), Sponsor: x.Sponsor, Seized: seized.String()}
	if o.json {
		return a.printJSON(res)
	}
	fmt.Fprintf(a.stdout, "claimed task %s\n  %s unlocked back to %s\n  %s of the workerpool's stake went to the kitty\n",
		id.Hex(), erg(refund), x.Sponsor.Hex(), erg(seized))
	return nil
}
