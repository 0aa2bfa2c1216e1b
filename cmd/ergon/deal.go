package main

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/chain/poco"
)

func init() { commandGroups = append(commandGroups, newDealCmd) }

// maxTaskRows is how many tasks `deal show` lists in text; --json lists them all.
const maxTaskRows = 32

func newDealCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deal",
		Short: "Deals: the bags of tasks a matched request bought",
	}
	o := addClientFlags(cmd)
	show := &cobra.Command{
		Use:   "show <dealid>",
		Short: "Show a deal: its parties, prices, deadlines, and where each task is",
		Args:  exactArgs(1, "ergon deal show <dealid>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHash("deal", args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			c, err := ss.dial(ctx)
			if err != nil {
				return err
			}
			d, err := c.Deal(ctx, id)
			if err != nil {
				return dealHint(err, id)
			}
			tasks, err := c.DealTasks(ctx, d)
			if err != nil {
				return err
			}
			now, err := chainNow(ctx, c)
			if err != nil {
				return err
			}
			out := newDealOutput(d, tasks)
			if o.json {
				return a.printJSON(out)
			}
			printDeal(a.stdout, out, now)
			return nil
		},
	}
	cmd.AddCommand(show)
	return cmd
}

// dealHint explains an unknown deal.
func dealHint(err error, id common.Hash) error {
	return fmt.Errorf("%w\n  no deal of this deployment has that id; is it a task id? try `ergon task show %s`", err, id.Hex())
}

// chainNow is the time of the chain's newest block: deadlines are judged by it.
func chainNow(ctx context.Context, c *chain.Client) (uint64, error) {
	h, err := c.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the head block: %w", err)
	}
	return h.Time, nil
}

// dealOutput is `ergon deal show --json`: amounts in token units, times in unix seconds.
type dealOutput struct {
	DealID          common.Hash    `json:"deal_id"`
	Block           uint64         `json:"block"`
	Tx              common.Hash    `json:"tx"`
	App             common.Address `json:"app"`
	AppOwner        common.Address `json:"app_owner"`
	AppPrice        string         `json:"app_price"`
	Dataset         common.Address `json:"dataset"`
	DatasetOwner    common.Address `json:"dataset_owner"`
	DatasetPrice    string         `json:"dataset_price"`
	Workerpool      common.Address `json:"workerpool"`
	WorkerpoolOwner common.Address `json:"workerpool_owner"`
	WorkerpoolPrice string         `json:"workerpool_price"`
	Scheduler       common.Address `json:"scheduler"`
	Requester       common.Address `json:"requester"`
	Sponsor         common.Address `json:"sponsor"`
	Beneficiary     common.Address `json:"beneficiary"`
	Callback        common.Address `json:"callback"`
	Tag             common.Hash    `json:"tag"`
	Category        uint64         `json:"category"`
	Trust           uint64         `json:"trust"`
	// TimeRef is the category's reference time T in seconds when the deal was made.
	TimeRef              uint64 `json:"time_ref"`
	StartTime            uint64 `json:"start_time"`
	ContributionDeadline uint64 `json:"contribution_deadline"`
	FinalDeadline        uint64 `json:"final_deadline"`
	BotFirst             uint64 `json:"bot_first"`
	BotSize              uint64 `json:"bot_size"`
	WorkerStake          string `json:"worker_stake"`
	SchedulerRewardRatio uint64 `json:"scheduler_reward_ratio"`
	Params               string `json:"params"`
	// Orders are the hashes of the orders the deal consumed.
	Orders struct {
		App        common.Hash `json:"app"`
		Dataset    common.Hash `json:"dataset"`
		Workerpool common.Hash `json:"workerpool"`
		Request    common.Hash `json:"request"`
	} `json:"orders"`
	Tasks []dealTask `json:"tasks"`

	price *big.Int
}

// dealTask is one task of a deal.
type dealTask struct {
	Index         uint64      `json:"index"`
	TaskID        common.Hash `json:"task_id"`
	Status        string      `json:"status"`
	Contributions int         `json:"contributions"`
	Results       string      `json:"results,omitempty"`
}

func newDealOutput(d *chain.DealInfo, tasks []*chain.Task) *dealOutput {
	x := d.Deal
	o := &dealOutput{
		DealID: d.ID, Block: d.Block, Tx: d.Tx,
		App: x.App, AppOwner: x.AppOwner, AppPrice: str(x.AppPrice),
		Dataset: x.Dataset, DatasetOwner: x.DatasetOwner, DatasetPrice: str(x.DatasetPrice),
		Workerpool: x.Workerpool, WorkerpoolOwner: x.WorkerpoolOwner, WorkerpoolPrice: str(x.WorkerpoolPrice),
		Scheduler: x.Scheduler, Requester: x.Requester, Sponsor: x.Sponsor, Beneficiary: x.Beneficiary, Callback: x.Callback,
		Tag: x.Tag, Category: x.Category.Uint64(), Trust: x.Trust.Uint64(), TimeRef: x.TimeRef.Uint64(),
		StartTime: x.StartTime.Uint64(), ContributionDeadline: poco.ContributionDeadline(x), FinalDeadline: poco.FinalDeadline(x),
		BotFirst: x.BotFirst.Uint64(), BotSize: x.BotSize.Uint64(), WorkerStake: str(x.WorkerStake),
		SchedulerRewardRatio: x.SchedulerRewardRatio.Uint64(), Params: d.Params,
		price: taskPrice(x.AppPrice, x.DatasetPrice, x.WorkerpoolPrice),
	}
	o.Orders.App, o.Orders.Dataset, o.Orders.Workerpool, o.Orders.Request = d.AppOrder, d.DatasetOrder, d.WorkerpoolOrder, d.RequestOrder
	o.Tasks = make([]dealTask, len(tasks))
	for i, t := range tasks {
		o.Tasks[i] = dealTask{Index: o.BotFirst + uint64(i), TaskID: t.ID, Status: t.Status.String(),
			Contributions: len(t.State.Contributions), Results: t.Results}
	}
	return o
}

func taskPrice(ps ...*big.Int) *big.Int {
	sum := new(big.Int)
	for _, p := range ps {
		if p != nil {
			sum.Add(sum, p)
		}
	}
	return sum
}

func addrOrNone(a common.Address) string {
	if a == (common.Address{}) {
		return "none"
	}
	return a.Hex()
}

func printDeal(w io.Writer, d *dealOutput, now uint64) {
	tw := tabwriterFor(w)
	fmt.Fprintf(tw, "deal\t%s\n", d.DealID.Hex())
	fmt.Fprintf(tw, "app\t%s\t%s, owner %s\n", d.App.Hex(), erg(bigOf(d.AppPrice)), d.AppOwner.Hex())
	if d.Dataset == (common.Address{}) {
		fmt.Fprintf(tw, "dataset\tnone\n")
	} else {
		fmt.Fprintf(tw, "dataset\t%s\t%s, owner %s\n", d.Dataset.Hex(), erg(bigOf(d.DatasetPrice)), d.DatasetOwner.Hex())
	}
	fmt.Fprintf(tw, "workerpool\t%s\t%s, owner %s\n", d.Workerpool.Hex(), erg(bigOf(d.WorkerpoolPrice)), d.WorkerpoolOwner.Hex())
	fmt.Fprintf(tw, "scheduler\t%s\n", d.Scheduler.Hex())
	fmt.Fprintf(tw, "requester\t%s\n", d.Requester.Hex())
	if d.Sponsor != d.Requester {
		fmt.Fprintf(tw, "sponsor\t%s\tpays for the deal\n", d.Sponsor.Hex())
	}
	fmt.Fprintf(tw, "beneficiary\t%s\n", d.Beneficiary.Hex())
	fmt.Fprintf(tw, "callback\t%s\n", addrOrNone(d.Callback))
	fmt.Fprintf(tw, "category\t%d\tT = %s\n", d.Category, timeRef(d.TimeRef))
	fmt.Fprintf(tw, "trust\t%d\n", d.Trust)
	if d.Tag != (common.Hash{}) {
		fmt.Fprintf(tw, "tag\t%s\n", d.Tag.Hex())
	}
	fmt.Fprintf(tw, "price\t%s per task\tworker stake %s\n", erg(d.price), erg(bigOf(d.WorkerStake)))
	params := d.Params
	if params == "" {
		params = "-"
	}
	fmt.Fprintf(tw, "params\t%s\n", params)
	fmt.Fprintf(tw, "started\t%s\n", when(d.StartTime, now))
	fmt.Fprintf(tw, "contributions until\t%s\n", when(d.ContributionDeadline, now))
	fmt.Fprintf(tw, "final deadline\t%s\n", when(d.FinalDeadline, now))
	counts := map[string]int{}
	for _, t := range d.Tasks {
		counts[t.Status]++
	}
	summary := ""
	for _, s := range []poco.Status{poco.StatusCompleted, poco.StatusRevealing, poco.StatusActive, poco.StatusUnset, poco.StatusFailed} {
		if n := counts[s.String()]; n > 0 {
			if summary != "" {
				summary += ", "
			}
			summary += fmt.Sprintf("%d %s", n, s)
		}
	}
	fmt.Fprintf(tw, "tasks\t%d\t%s\n", d.BotSize, summary)
	tw.Flush()
	if len(d.Tasks) > maxTaskRows {
		fmt.Fprintf(w, "\n(%d tasks: --json lists every one)\n", len(d.Tasks))
		return
	}
	fmt.Fprintln(w)
	tw = tabwriterFor(w)
	fmt.Fprintln(tw, "INDEX\tTASK\tSTATUS\tCONTRIBUTIONS\tRESULT")
	for _, t := range d.Tasks {
		res := t.Results
		if res == "" {
			res = "-"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\n", t.Index, t.TaskID.Hex(), t.Status, t.Contributions, res)
	}
	tw.Flush()
	if now >= d.FinalDeadline && (counts["unset"]+counts["active"]+counts["revealing"]) > 0 {
		fmt.Fprintln(w, "\nthe final deadline passed: `ergon task claim TASK` refunds the requester for each unfinished task")
	}
}

func bigOf(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}
