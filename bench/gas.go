// Package bench holds Ergon's benchmarks, run by `ergon bench …`: they print figures and never
// assert timings.
package bench

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
	"ergon/chain/simnet"
)

// GasReport is the output of `ergon bench gas`.
type GasReport struct {
	// Rules names the fork whose gas schedule applies.
	Rules     string        `json:"rules"`
	Scenarios []GasScenario `json:"scenarios"`
}

// GasScenario is one measured flow: every transaction from matchOrders to the last finalize.
type GasScenario struct {
	Name       string    `json:"name"`
	Tasks      int       `json:"tasks"`
	Replicas   int       `json:"replicas"`
	GasTotal   uint64    `json:"gas_total"`
	GasPerTask uint64    `json:"gas_per_task"`
	Calls      []GasCall `json:"calls"`
	// Note says how the flow runs.
	Note string `json:"note"`
}

// GasCall is the gas of one transaction.
type GasCall struct {
	Call string `json:"call"`
	Gas  uint64 `json:"gas"`
}

type scenario struct {
	name, note      string
	tasks, replicas int
	run             func(ctx context.Context, n *simnet.Network, f *fixture, tasks int, rec *recorder) error
}

// Scenarios measured, in order. Each runs twice on the same actors and reports the second run:
// the steady state of a running market, where accounts and scores already exist.
var scenarios = []scenario{
	{name: "single-trust1", tasks: 1, replicas: 1, run: runCAF,
		note: "one-task deal; the worker sends contributeAndFinalize itself"},
	{name: "single-3replicas", tasks: 1, replicas: 3, run: runReplicated,
		note: "one-task deal at the trust that needs three agreeing workers relayed by the scheduler: contributeBatch, then finalizeBatch carrying the reveals"},
	{name: "bag100-trust1-batched", tasks: 100, replicas: 1, run: runCAF,
		note: "100-task deal; the scheduler relays the workers' signed contributions in contributeAndFinalizeBatch"},
	{name: "bag100-3replicas-batched", tasks: 100, replicas: 3, run: runReplicated,
		note: "100-task deal at the trust that needs three agreeing workers; contributeBatch then finalizeBatch carrying the reveals, across tasks"},
	{name: "bag100-trust1-3phase", tasks: 100, replicas: 1, run: runReplicated,
		note: "for comparison: trust 1 through contributeBatch and finalizeBatch with reveals instead of the one-step path"},
}

type fixture struct {
	m       *simnet.Market
	workers []*chain.Sender
}

type recorder struct{ calls []GasCall }

func (r *recorder) add(call string, rc *types.Receipt) {
	r.calls = append(r.calls, GasCall{call, rc.GasUsed})
}

// Gas runs every scenario on a fresh simulated chain with the pinned Osaka rules.
func Gas(ctx context.Context) (*GasReport, error) {
	rep := &GasReport{Rules: "osaka"}
	for _, sc := range scenarios {
		s, err := measure(ctx, sc)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", sc.name, err)
		}
		rep.Scenarios = append(rep.Scenarios, *s)
	}
	return rep, nil
}

func measure(ctx context.Context, sc scenario) (*GasScenario, error) {
	n, err := simnet.New(ctx)
	if err != nil {
		return nil, err
	}
	defer n.Close()
	m, err := n.NewMarket(ctx, false)
	if err != nil {
		return nil, err
	}
	ws, err := n.Workers(ctx, sc.replicas)
	if err != nil {
		return nil, err
	}
	f := &fixture{m: m, workers: ws}
	var rec recorder
	for range 2 {
		rec = recorder{}
		if err := sc.run(ctx, n, f, sc.tasks, &rec); err != nil {
			return nil, err
		}
	}
	out := &GasScenario{Name: sc.name, Tasks: sc.tasks, Replicas: sc.replicas, Calls: rec.calls, Note: sc.note}
	for _, c := range rec.calls {
		out.GasTotal += c.Gas
	}
	out.GasPerTask = out.GasTotal / uint64(sc.tasks)
	return out, nil
}

// trustFor is the trust at which exactly `replicas` agreeing workers are needed. Agreeing
// workers of weight w reach consensus under trust T once w^k ≥ T (PROTOCOL.md §7), so the
// lowest weight among them picks T = w^(replicas-1) + 1. Scores grow as the scenario repeats,
// which is why this is computed and not fixed.
func trustFor(ctx context.Context, n *simnet.Network, workers []*chain.Sender) (int64, error) {
	if len(workers) == 1 {
		return 1, nil
	}
	var w *big.Int
	for _, x := range workers {
		s, err := n.Score(ctx, x.Address())
		if err != nil {
			return 0, err
		}
		if ww := poco.Weight(s); w == nil || ww.Cmp(w) < 0 {
			w = ww
		}
	}
	t := new(big.Int).Exp(w, big.NewInt(int64(len(workers)-1)), nil)
	return t.Int64() + 1, nil
}

func match(ctx context.Context, n *simnet.Network, f *fixture, tasks, replicas int, rec *recorder) (*simnet.Deal, error) {
	trust, err := trustFor(ctx, n, f.workers[:replicas])
	if err != nil {
		return nil, err
	}
	o := f.m.Orders(simnet.Terms{AppPrice: 3, WorkerpoolPrice: 100, Volume: int64(tasks), Trust: trust})
	n.SignAll(f.m, &o)
	d, r, err := n.Match(ctx, f.m.Requester, o)
	if err != nil {
		return nil, err
	}
	rec.add("matchOrders", r)
	return d, nil
}

// batchSize keeps each relayed transaction well under the 2^24 gas cap of one transaction.
func batchSize(replicas int) int { return 120 / (replicas + 1) }

// runCAF: a one-task deal goes through the worker's own contributeAndFinalize; a bag through
// the scheduler's contributeAndFinalizeBatch.
func runCAF(ctx context.Context, n *simnet.Network, f *fixture, tasks int, rec *recorder) error {
	batched := tasks > 1
	d, err := match(ctx, n, f, tasks, 1, rec)
	if err != nil {
		return err
	}
	w := f.workers[0]
	first := d.Deal.BotFirst.Int64()
	if !batched {
		tid := d.TaskID(first)
		r, err := n.Hub(ctx, w, chain.Hub.PackContributeAndFinalize(d.ID, d.Deal, big.NewInt(first), result(tid),
			resultPointer(tid), []byte{}, [20]byte{}, []byte{}, n.Authorization(f.m.PoolOwner, w.Address(), tid)))
		if err != nil {
			return err
		}
		rec.add("contributeAndFinalize", r)
		return nil
	}
	for lo := 0; lo < tasks; lo += batchSize(1) {
		var items []bindings.ContributeAndFinalizeItem
		for i := lo; i < min(tasks, lo+batchSize(1)); i++ {
			idx := first + int64(i)
			tid := d.TaskID(idx)
			digest := result(tid)
			items = append(items, bindings.ContributeAndFinalizeItem{
				Index: big.NewInt(idx), Worker: w.Address(), Digest: digest, Results: resultPointer(tid),
				CallbackData: []byte{},
				WorkerSign:   n.SignCompact(w.Key(), chain.ContributionHash(tid, poco.ResultHash(tid, digest), poco.ResultSeal(w.Address(), tid, digest), [20]byte{})),
			})
		}
		r, err := n.Hub(ctx, f.m.PoolOwner, chain.Hub.PackContributeAndFinalizeBatch(d.ID, d.Deal, items))
		if err != nil {
			return err
		}
		rec.add(fmt.Sprintf("contributeAndFinalizeBatch(%d)", len(items)), r)
	}
	return nil
}

// runReplicated: contributions relayed in contributeBatch, reveals with finalizeBatch.
func runReplicated(ctx context.Context, n *simnet.Network, f *fixture, tasks int, rec *recorder) error {
	replicas := len(f.workers)
	d, err := match(ctx, n, f, tasks, replicas, rec)
	if err != nil {
		return err
	}
	first := d.Deal.BotFirst.Int64()
	size := batchSize(replicas)
	for lo := 0; lo < tasks; lo += size {
		var items []bindings.ContributeItem
		for i := lo; i < min(tasks, lo+size); i++ {
			idx := first + int64(i)
			tid := d.TaskID(idx)
			item := bindings.ContributeItem{Index: big.NewInt(idx), State: poco.EmptyState()}
			for _, w := range f.workers {
				item.Contributions = append(item.Contributions, n.Contribution(w, tid, result(tid)))
			}
			items = append(items, item)
		}
		r, err := n.Hub(ctx, f.m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, d.Deal, items))
		if err != nil {
			return err
		}
		rec.add(fmt.Sprintf("contributeBatch(%d×%d)", len(items), replicas), r)
	}
	for lo := 0; lo < tasks; lo += size {
		var items []bindings.FinalizeItem
		for i := lo; i < min(tasks, lo+size); i++ {
			idx := first + int64(i)
			tid := d.TaskID(idx)
			t, err := n.Task(ctx, d, idx)
			if err != nil {
				return err
			}
			item := bindings.FinalizeItem{Index: big.NewInt(idx), State: poco.Sparse(t.State, tid, result(tid)),
				Digest: result(tid), Results: resultPointer(tid), CallbackData: []byte{}}
			for _, w := range f.workers {
				item.RevealSigns = append(item.RevealSigns, n.RevealSign(w, tid, result(tid)))
			}
			items = append(items, item)
		}
		r, err := n.Hub(ctx, f.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, items))
		if err != nil {
			return err
		}
		rec.add(fmt.Sprintf("finalizeBatch(%d×%d reveals)", len(items), replicas), r)
	}
	return nil
}

func result(taskid [32]byte) [32]byte { return simnet.Digest(fmt.Sprintf("result of %x", taskid)) }

func resultPointer(taskid [32]byte) string {
	return "ergon://" + fmt.Sprintf("%x", [32]byte(simnet.Digest(fmt.Sprintf("archive of %x", taskid))))
}
