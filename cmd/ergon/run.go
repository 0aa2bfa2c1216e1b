package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/examples/mandelbrot/tile"
	"ergon/requester"
	"ergon/store"
)

func init() { commandGroups = append(commandGroups, newRunCmd) }

type runOptions struct {
	dataDir    string
	args       []string
	inputs     []string
	trust      uint64
	category   int64
	volume     uint64
	callback   string
	download   string
	assemble   string
	key        string
	keyFile    string
	jsonOut    bool
	noDownload bool
	timeout    time.Duration
	workerpool string
}

func newRunCmd(a *app) *cobra.Command {
	o := runOptions{dataDir: ".ergon", trust: 1, category: -1, volume: 1, timeout: 10 * time.Minute}
	cmd := &cobra.Command{
		Use:   "run <app>",
		Short: "Run an app on the local network and download its verified results",
		Long: `Run an app through the whole protocol: sign a request order, match it with the
app's and the workerpool's published orders, wait while the pool's workers run
the tasks and reach consensus, then download each task's result and verify it
against the digest on-chain.

<app> is an app name of the local network (see ` + "`ergon up`" + `) or an app address.
A bag of --volume tasks runs the app once per task (ERGON_TASK_INDEX tells each
which part it is). With --assemble, the tiles of a Mandelbrot bag are stitched
into one PNG.`,
		Example: `  ergon run hello
  ergon run hello --args "--greeting hi" --trust 5
  ergon run mandelbrot --volume 16 --args "--width 512 --height 512" --assemble mandelbrot.png`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.run(cmd.Context(), args[0], o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.dataDir, "data-dir", o.dataDir, "data dir of `ergon up` (its network.json says where everything is)")
	f.StringSliceVar(&o.args, "args", nil, "the app's arguments, split on spaces (repeat or comma-separate for several)")
	f.StringArrayVar(&o.inputs, "input-file", nil, "a local file to upload and give the app in /in (repeatable)")
	f.Uint64Var(&o.trust, "trust", o.trust, "trust level: 1 = one worker, higher = replicated until credible")
	f.Int64Var(&o.category, "category", o.category, "category id (default: the local network's)")
	f.Uint64Var(&o.volume, "volume", o.volume, "number of tasks in the bag")
	f.StringVar(&o.callback, "callback", "", "contract to receive each result (receiveResult)")
	f.StringVar(&o.download, "download", "", "directory for the results (default ergon-results/<deal id>)")
	f.BoolVar(&o.noDownload, "no-download", false, "do not download the results")
	f.StringVar(&o.assemble, "assemble", "", "assemble a Mandelbrot bag's tiles into this PNG")
	f.StringVar(&o.key, "key", "", "requester private key (default: the local network's requester)")
	f.StringVar(&o.keyFile, "key-file", "", "file holding the requester private key")
	f.BoolVar(&o.jsonOut, "json", false, "print the outcome as JSON")
	f.StringVar(&o.workerpool, "workerpool", "", `workerpool to run on (default: the local network's; "any": the cheapest the market offers)`)
	f.DurationVar(&o.timeout, "timeout", o.timeout, "give up waiting after this long")
	return cmd
}

// runOutput is `ergon run --json`'s output; fields are only ever added.
type runOutput struct {
	DealID    common.Hash  `json:"deal_id"`
	App       string       `json:"app"`
	Trust     uint64       `json:"trust"`
	Tasks     []taskOutput `json:"tasks"`
	Assembled string       `json:"assembled,omitempty"`
	ElapsedMS int64        `json:"elapsed_ms"`
}

type taskOutput struct {
	Index   uint64      `json:"index"`
	TaskID  common.Hash `json:"task_id"`
	Status  string      `json:"status"`
	Digest  common.Hash `json:"digest"`
	Results string      `json:"results,omitempty"`
	Dir     string      `json:"dir,omitempty"`
	Error   string      `json:"error,omitempty"`
}

func (a *app) run(ctx context.Context, appName string, o runOptions) error {
	start := time.Now()
	nf, err := loadNetwork(filepath.Join(o.dataDir, "network.json"))
	if err != nil {
		return err
	}
	dep, err := chain.LoadDeployment(nf.Deployment)
	if err != nil {
		return err
	}
	keyHex := o.key
	if keyHex == "" && o.keyFile == "" && os.Getenv("ERGON_KEY") == "" {
		keyHex = nf.RequesterKey
	}
	key, err := loadKey(keyHex, o.keyFile)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	client, err := chain.Dial(ctx, nf.RPC, dep, a.log)
	if err != nil {
		return fmt.Errorf("%w\n  is `ergon up` running?", err)
	}
	st, err := store.NewClient(nf.StoreURL, nil)
	if err != nil {
		return err
	}
	appAddr, err := findApp(nf, appName)
	if err != nil {
		return err
	}
	cat := nf.Category
	if o.category >= 0 {
		cat = uint64(o.category)
	}
	req := requester.New(client, key, st)
	appOrder, pool, err := a.matchInMarket(ctx, nf, req, appAddr, cat, o)
	if err != nil {
		return err
	}
	params := api.Params{}
	for _, s := range o.args {
		params.Args = append(params.Args, strings.Fields(s)...)
	}
	for _, in := range o.inputs {
		d, _, err := st.Upload(ctx, in, store.KeySigner(key))
		if err != nil {
			return fmt.Errorf("upload input file %s: %w", in, err)
		}
		params.InputFiles = append(params.InputFiles, store.Pointer(d))
		params.Names = append(params.Names, filepath.Base(in))
	}
	if err := params.Validate(); err != nil {
		return err
	}
	var callback common.Address
	if o.callback != "" {
		if !common.IsHexAddress(o.callback) {
			return fmt.Errorf("--callback %q is not an address", o.callback)
		}
		callback = common.HexToAddress(o.callback)
	}
	deal, err := req.Match(ctx, requester.Request{App: appOrder, Workerpool: pool, Params: params.String(),
		Trust: o.trust, Category: cat, Volume: o.volume, Callback: callback})
	if err != nil {
		if errors.Is(err, requester.ErrInsufficientBalance) {
			return fmt.Errorf("%w\n  the local network's requester is funded by `ergon up`; with --key, deposit first", err)
		}
		return err
	}
	size := deal.Deal.BotSize.Uint64()
	fmt.Fprintf(a.stderr, "deal %s: %d task(s) of %s at trust %d\n", deal.ID.Hex(), size, appName, o.trust)
	tasks, err := req.Wait(ctx, deal, 50*time.Millisecond, func(p requester.Progress) {
		el := time.Since(start).Round(time.Millisecond)
		if p.Tasks <= 16 {
			// A small bag: each task's step, as it happens.
			for _, c := range p.Changed {
				fmt.Fprintf(a.stderr, "  %8s  task %d  %s\n", el, c.Index, taskStep(c))
			}
			return
		}
		fmt.Fprintf(a.stderr, "  %8s  %d/%d completed  %d revealing  %d contributing  %d failed\n",
			el, p.Completed, p.Tasks, p.Revealing, p.Active, p.Failed)
	})
	if err != nil {
		return fmt.Errorf("waiting for deal %s: %w", deal.ID.Hex(), err)
	}
	out := runOutput{DealID: deal.ID, App: appName, Trust: o.trust}
	dir := o.download
	if dir == "" {
		dir = filepath.Join("ergon-results", deal.ID.Hex())
	}
	var failed []string
	var outs []fs.FS
	for i, id := range deal.TaskIDs() {
		t := tasks[id]
		to := taskOutput{Index: deal.Deal.BotFirst.Uint64() + uint64(i), TaskID: id, Status: t.Status.String(), Digest: t.Digest, Results: t.Results}
		if !o.noDownload && t.Results != "" {
			to.Dir = filepath.Join(dir, fmt.Sprint(to.Index))
			if _, err := req.Download(ctx, t, to.Dir); err != nil {
				to.Error = err.Error()
				failed = append(failed, fmt.Sprintf("task %d: %v", to.Index, err))
			} else {
				outs = append(outs, os.DirFS(to.Dir))
			}
		} else if t.Results == "" {
			to.Error = "no result"
			failed = append(failed, fmt.Sprintf("task %d: %s", to.Index, t.Status))
		}
		out.Tasks = append(out.Tasks, to)
	}
	if o.assemble != "" && len(failed) == 0 {
		if err := assembleTiles(outs, o.assemble); err != nil {
			return err
		}
		out.Assembled = o.assemble
	}
	out.ElapsedMS = time.Since(start).Milliseconds()
	if o.jsonOut {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.stdout, "deal %s: %d task(s) in %s\n", deal.ID.Hex(), len(out.Tasks), time.Duration(out.ElapsedMS)*time.Millisecond)
		for _, t := range out.Tasks {
			fmt.Fprintf(a.stdout, "  task %d  %s  %s", t.Index, t.Status, t.Results)
			if t.Dir != "" {
				fmt.Fprintf(a.stdout, "  → %s", t.Dir)
			}
			if t.Error != "" {
				fmt.Fprintf(a.stdout, "  (%s)", t.Error)
			}
			fmt.Fprintln(a.stdout)
		}
		if out.Assembled != "" {
			fmt.Fprintf(a.stdout, "assembled image: %s\n", out.Assembled)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d task(s) without a good result:\n  %s", len(failed), len(out.Tasks), strings.Join(failed, "\n  "))
	}
	return nil
}

// taskStep says where a task is, for people.
func taskStep(c requester.TaskChange) string {
	switch c.Status {
	case poco.StatusUnset:
		return "waiting for a worker"
	case poco.StatusActive:
		return fmt.Sprintf("%d contribution(s), consensus not reached yet", c.Contributions)
	case poco.StatusRevealing:
		return fmt.Sprintf("consensus among %d contribution(s); winners revealing", c.Contributions)
	case poco.StatusCompleted:
		return "completed"
	case poco.StatusFailed:
		return "failed (claimed after its deadline)"
	}
	return c.Status.String()
}

// findAppOrder returns the network's app order for a name or an address.
// findApp is the address of one of the network's apps, by name or address.
func findApp(nf *networkFile, name string) (common.Address, error) {
	if app, ok := nf.Apps[name]; ok {
		return app.Address, nil
	}
	if common.IsHexAddress(name) {
		return common.HexToAddress(name), nil
	}
	return common.Address{}, fmt.Errorf("%w: no app %q on the local network; it has: %s (or give an app address)", requester.ErrNoMatch, name, strings.Join(sortedKeys(nf.Apps), ", "))
}

// anyPrice is the max price of a request that takes the cheapest orders whatever they cost
// (the requester's balance still bounds what it can pay).
var anyPrice = api.NewUint256(new(big.Int).Lsh(big.NewInt(1), 128))

// matchInMarket asks the network's market for the cheapest app and workerpool orders the
// request can use, or says which rule excluded the candidates.
func (a *app) matchInMarket(ctx context.Context, nf *networkFile, req *requester.Requester, app common.Address, cat uint64, o runOptions) (bindings.AppOrder, bindings.WorkerpoolOrder, error) {
	if nf.MarketURL == "" {
		return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("%s names no market: restart `ergon up` to write a fresh one", filepath.Join(o.dataDir, "network.json"))
	}
	pool := nf.Workerpool
	switch {
	case o.workerpool == "any":
		pool = common.Address{}
	case common.IsHexAddress(o.workerpool):
		pool = common.HexToAddress(o.workerpool)
	case o.workerpool != "":
		return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("--workerpool %q: want an address or \"any\"", o.workerpool)
	}
	mc := api.NewMarketClient(nf.MarketURL, nil)
	res, err := mc.Match(ctx, api.MatchRequest{
		App: app, AppMaxPrice: anyPrice, WorkerpoolMaxPrice: anyPrice, Workerpool: pool,
		Requester: req.Address(), Volume: api.Uint64(o.volume),
		Category: api.Uint64(cat), Trust: api.Uint64(o.trust),
	})
	if err != nil {
		var apiErr *api.Error
		if errors.As(err, &apiErr) { // the market answered
			return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("match in the market at %s: %w", nf.MarketURL, err)
		}
		return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("match in the market at %s: %w\n  is `ergon up` running?", nf.MarketURL, err)
	}
	if !res.Matched {
		var b strings.Builder
		why := requester.ErrNoMatch
		for _, w := range res.WhyNot {
			for _, e := range w.Excluded {
				if w.Kind == "request" && e.Rule == "InsufficientBalance" {
					why = requester.ErrInsufficientBalance
				}
			}
			fmt.Fprintf(&b, "\n  %s: %s", w.Kind, w.Summary)
			for _, e := range w.Excluded {
				fmt.Fprintf(&b, "\n    %d × %s: %s", e.Count, e.Rule, e.Hint)
			}
		}
		return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("%w: the market has no orders this request can use%s", why, b.String())
	}
	if res.App == nil || res.App.Order.App == nil || res.Workerpool == nil || res.Workerpool.Order.Workerpool == nil {
		return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("the market at %s answered a match without an app or a workerpool order", nf.MarketURL)
	}
	return res.App.Order.App.Bindings(), res.Workerpool.Order.Workerpool.Bindings(), nil
}

// assembleTiles stitches a Mandelbrot bag's tiles into a PNG.
func assembleTiles(outs []fs.FS, path string) error {
	img, err := tile.Assemble(outs)
	if err != nil {
		return fmt.Errorf("assemble: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
