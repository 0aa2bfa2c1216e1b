package main

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/api"
)

// `ergon orderbook KIND`: the market's open orders of one kind, in the market's order
// (cheapest first, then oldest; workerpools of equal price: best reputation first).

func init() { commandGroups = append(commandGroups, newOrderbookCmd) }

type orderbookOptions struct {
	asset, owner, category, tag, tagWithin  string
	minTrust, maxTrust, maxPrice, minVolume string
	app, dataset, workerpool, requester     string
	unfunded, descending, all               bool
	limit                                   int
	after                                   string
}

func newOrderbookCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "orderbook",
		Short: "List the market's open orders of a kind: app, dataset, workerpool, request",
		Long: `List the open orders the market (--market-url, or the profile's market_url) holds
of one kind, cheapest first, then oldest (workerpool orders of equal price: best
reputation first). Filters are the market's: see each kind's flags.

The market answers a page at a time (--limit); the text output says how to get
the next page (--after), --all fetches every page.`,
	}
	o := addClientFlags(cmd)
	for _, kind := range []string{api.KindApp, api.KindDataset, api.KindWorkerpool, api.KindRequest} {
		var opt orderbookOptions
		sub := &cobra.Command{
			Use:   kind,
			Short: "Open " + kind + " orders",
			Args:  noArgs("ergon orderbook " + kind + " [filters]"),
			RunE: func(cmd *cobra.Command, _ []string) error {
				return a.orderbook(cmd.Context(), o, kind, &opt)
			},
		}
		f := sub.Flags()
		assetHelp := map[string]string{
			api.KindApp: "orders for this app", api.KindDataset: "orders for this dataset",
			api.KindWorkerpool: "orders of this workerpool", api.KindRequest: "requests to run this app",
		}[kind]
		f.StringVar(&opt.asset, "asset", "", assetHelp)
		f.StringVar(&opt.owner, "owner", "", "orders signed by this owner (a request: this requester)")
		f.StringVar(&opt.tag, "tag", "", "orders whose tag has all these bits (tee,gpu,9 or 0x bytes32)")
		f.StringVar(&opt.tagWithin, "tag-within", "", "orders whose tag has no bit outside these")
		f.StringVar(&opt.maxPrice, "max-price", "", "orders priced at most this, ERG (a request: its total max price)")
		f.StringVar(&opt.minVolume, "min-volume", "", "orders with at least this many tasks left")
		if kind == api.KindWorkerpool || kind == api.KindRequest {
			f.StringVar(&opt.category, "category", "", "orders of this category")
			f.StringVar(&opt.minTrust, "min-trust", "", "orders of at least this trust")
			f.StringVar(&opt.maxTrust, "max-trust", "", "orders of at most this trust")
		}
		// Restriction filters: an order restricted to another account of that kind is left out.
		for _, r := range []struct {
			name string
			p    *string
		}{{api.KindApp, &opt.app}, {api.KindDataset, &opt.dataset}, {api.KindWorkerpool, &opt.workerpool}, {"requester", &opt.requester}} {
			if r.name == kind {
				continue
			}
			help := "only orders a deal with this " + r.name + " may use (unrestricted, or restricted to it)"
			if kind == api.KindRequest {
				help = "only requests naming this " + r.name + " (0x0: naming none)"
				if r.name == "requester" || r.name == api.KindApp {
					continue
				}
			}
			f.StringVar(r.p, r.name, "", help)
		}
		f.BoolVar(&opt.unfunded, "unfunded", false, "also list orders whose owner cannot pay or stake now")
		f.BoolVar(&opt.descending, "desc", false, "most expensive first")
		f.IntVar(&opt.limit, "limit", 0, "orders per page (default: the market's)")
		f.StringVar(&opt.after, "after", "", "the page after this cursor (the next page's, printed with the previous one)")
		f.BoolVar(&opt.all, "all", false, "fetch every page")
		cmd.AddCommand(sub)
	}
	return cmd
}

// query turns the flags into the market's query.
func (opt *orderbookOptions) query(kind string) (api.OrderQuery, error) {
	q := api.OrderQuery{Kind: kind, Unfunded: opt.unfunded, Descending: opt.descending, Limit: opt.limit, After: opt.after}
	var err error
	fail := func(e error) {
		if err == nil && e != nil {
			err = e
		}
	}
	addr := func(name, s string) *common.Address {
		if s == "" {
			return nil
		}
		a, e := parseAddress("--"+name, s)
		fail(e)
		return &a
	}
	num := func(name, s string) *uint64 {
		if s == "" {
			return nil
		}
		v, e := strconv.ParseUint(s, 10, 64)
		if e != nil {
			fail(fmt.Errorf("--%s %q: want a whole number", name, s))
		}
		return &v
	}
	if a := addr("asset", opt.asset); a != nil {
		q.Asset = *a
	}
	if a := addr("owner", opt.owner); a != nil {
		q.Owner = *a
	}
	q.Category = num("category", opt.category)
	if v := num("min-trust", opt.minTrust); v != nil {
		q.MinTrust = *v
	}
	q.MaxTrust = num("max-trust", opt.maxTrust)
	if v := num("min-volume", opt.minVolume); v != nil {
		q.MinVolume = *v
	}
	if opt.tag != "" {
		t, e := parseTag(opt.tag)
		fail(e)
		q.Tag = &t
	}
	if opt.tagWithin != "" {
		t, e := parseTag(opt.tagWithin)
		fail(e)
		q.TagWithin = &t
	}
	if opt.maxPrice != "" {
		p, e := parseERG(opt.maxPrice)
		if e != nil {
			fail(fmt.Errorf("--max-price: %w", e))
		}
		q.MaxPrice = p
	}
	q.App, q.Dataset, q.Workerpool, q.Requester = addr("app", opt.app), addr("dataset", opt.dataset), addr("workerpool", opt.workerpool), addr("requester", opt.requester)
	if opt.limit < 0 {
		fail(fmt.Errorf("--limit %d: want a positive page size", opt.limit))
	}
	return q, err
}

func (a *app) orderbook(ctx context.Context, o *clientOpts, kind string, opt *orderbookOptions) error {
	q, err := opt.query(kind)
	if err != nil {
		return err
	}
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	mc := ss.market()
	page := api.OrderPage{Orders: []api.OrderRecord{}}
	for {
		p, err := mc.Orders(ctx, q)
		if err != nil {
			return ss.marketError(ctx, err, nil)
		}
		page.Orders = append(page.Orders, p.Orders...)
		page.Next = p.Next
		if !opt.all || p.Next == "" {
			break
		}
		q.After = p.Next
	}
	if o.json {
		return a.printJSON(page)
	}
	if len(page.Orders) == 0 {
		fmt.Fprintf(a.stderr, "no open %s order%s at %s\n", kind, map[bool]string{true: " matches these filters", false: ""}[len(q.Values()) > 1], ss.s.MarketURL)
		return nil
	}
	tw := a.table()
	switch kind {
	case api.KindApp, api.KindDataset:
		fmt.Fprintf(tw, "HASH\tPRICE\tLEFT\tTAG\t%s\tOWNER\tRESTRICTED TO\n", strings.ToUpper(kind))
	case api.KindWorkerpool:
		fmt.Fprintln(tw, "HASH\tPRICE\tLEFT\tCATEGORY\tTRUST\tTAG\tWORKERPOOL\tOWNER\tRESTRICTED TO")
	case api.KindRequest:
		fmt.Fprintln(tw, "HASH\tMAX PRICE\tLEFT\tCATEGORY\tTRUST\tTAG\tAPP\tREQUESTER\tWORKERPOOL")
	}
	for _, r := range page.Orders {
		x := r.Order
		switch kind {
		case api.KindApp:
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", r.Hash.Hex(), erg(x.App.AppPrice.Big()), r.Remaining, formatTag(x.App.Tag),
				x.App.App.Hex(), r.Owner.Hex(), restrictions("dataset", x.App.DatasetRestrict, "workerpool", x.App.WorkerpoolRestrict, "requester", x.App.RequesterRestrict))
		case api.KindDataset:
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", r.Hash.Hex(), erg(x.Dataset.DatasetPrice.Big()), r.Remaining, formatTag(x.Dataset.Tag),
				x.Dataset.Dataset.Hex(), r.Owner.Hex(), restrictions("app", x.Dataset.AppRestrict, "workerpool", x.Dataset.WorkerpoolRestrict, "requester", x.Dataset.RequesterRestrict))
		case api.KindWorkerpool:
			w := x.Workerpool
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Hash.Hex(), erg(w.WorkerpoolPrice.Big()), r.Remaining, w.Category, w.Trust,
				formatTag(w.Tag), w.Workerpool.Hex(), r.Owner.Hex(), restrictions("app", w.AppRestrict, "dataset", w.DatasetRestrict, "requester", w.RequesterRestrict))
		case api.KindRequest:
			q := x.Request
			total := new(big.Int).Add(q.AppMaxPrice.Big(), q.DatasetMaxPrice.Big())
			total.Add(total, q.WorkerpoolMaxPrice.Big())
			pool := "any"
			if q.Workerpool != (common.Address{}) {
				pool = q.Workerpool.Hex()
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Hash.Hex(), erg(total), r.Remaining, q.Category, q.Trust,
				formatTag(q.Tag), q.App.Hex(), q.Requester.Hex(), pool)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if page.Next != "" {
		fmt.Fprintf(a.stderr, "more: add --after %s for the next page, or --all\n", page.Next)
	}
	return nil
}

// restrictions lists an order's restrictions compactly ("-" for none).
func restrictions(pairs ...any) string {
	var parts []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if a := pairs[i+1].(common.Address); a != (common.Address{}) {
			parts = append(parts, fmt.Sprintf("%s=%s", pairs[i], a.Hex()))
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ",")
}
