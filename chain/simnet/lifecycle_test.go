package simnet

// Tests of the task life cycle (PROTOCOL.md §6–§9): contribute, consensus, reveal, finalize,
// reopen, claim and the one-step path, on the simulated chain, checked against the Go mirror
// of the arithmetic (chain/poco) and, after every transaction, against the escrow invariant.
// This file holds the fixture; the other lifecycle_*_test.go files hold the tests, by step.

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// timeRef is T of the category the life-cycle tests use, in seconds: contributions close at
// start + 700, the final deadline is start + 1000, reveal windows last 200.
const timeRef = 100

// life is one test's world: a fresh chain, a market whose pool owner is the scheduler, a
// category with T = timeRef, and a watch over the escrow that every transaction goes through.
type life struct {
	n   *Network
	m   *Market
	cat *big.Int
	esc *escrowWatch
}

func newLife(t *testing.T) *life {
	t.Helper()
	ctx, n := newNet(t)
	m := newMarket(t, n, false)
	cat, err := n.CreateCategory(ctx, "test", timeRef)
	if err != nil {
		t.Fatal(err)
	}
	// Put the chain's clock an hour ahead of the wall clock: from here on every block is its
	// parent + 1 s, so a test can land a transaction on a deadline to the second.
	if err := n.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	l := &life{n: n, m: m, cat: cat, esc: &escrowWatch{n: n, accounts: map[common.Address]bool{}, from: n.D.Block}}
	l.check(t)
	return l
}

// escrowWatch checks PROTOCOL.md §2 — the hub holds exactly Σ balance + Σ frozen + kitty — over
// every account that can hold funds: it learns them from the hub's events (deposits, the
// parties of each deal, contributors), so no account can be forgotten.
type escrowWatch struct {
	n        *Network
	from     uint64
	accounts map[common.Address]bool
}

var (
	evDeposit    = chain.Hub.GetABI().Events["Deposit"].ID
	evDeal       = chain.Hub.GetABI().Events["DealCreated"].ID
	evContribute = chain.Hub.GetABI().Events["TaskContribute"].ID
)

func (e *escrowWatch) check(t *testing.T) {
	t.Helper()
	ctx := t.Context()
	head, err := e.n.Client.Backend.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head >= e.from {
		logs, err := e.n.Client.Backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(e.from), ToBlock: new(big.Int).SetUint64(head),
			Addresses: []common.Address{e.n.D.Hub},
		})
		if err != nil {
			t.Fatal(err)
		}
		for i := range logs {
			l := &logs[i]
			switch l.Topics[0] {
			case evDeposit:
				e.accounts[common.BytesToAddress(l.Topics[1][:])] = true
			case evContribute:
				e.accounts[common.BytesToAddress(l.Topics[2][:])] = true
			case evDeal:
				ev, err := chain.Hub.UnpackDealCreatedEvent(l)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range []common.Address{ev.Deal.AppOwner, ev.Deal.DatasetOwner, ev.Deal.WorkerpoolOwner, ev.Deal.Sponsor, ev.Deal.Requester} {
					e.accounts[a] = true
				}
			}
		}
		e.from = head + 1
	}
	sum, err := e.n.Kitty(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for a := range e.accounts {
		b, f := account(t, e.n, a)
		sum.Add(sum, b).Add(sum, f)
	}
	held, err := e.n.TokenBalance(ctx, e.n.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	if held.Cmp(sum) != 0 {
		t.Fatalf("escrow invariant broken: the hub holds %s tokens, Σ balance + Σ frozen + kitty over %d accounts = %s", held, len(e.accounts), sum)
	}
}

func (l *life) check(t *testing.T) {
	t.Helper()
	l.esc.check(t)
}

// terms are the usual terms of the life-cycle tests: app 7, workerpool 100 (so a worker stakes
// 30 and the pool 30), the test category, one task.
func (l *life) terms(trust int64) Terms {
	return Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 1, Trust: trust, Category: l.cat}
}

// deal matches the market's orders for terms (changed by mutate, may be nil) and returns the deal.
func (l *life) deal(t *testing.T, terms Terms, mutate func(o *Orders)) *Deal {
	t.Helper()
	if terms.Category == nil {
		terms.Category = l.cat
	}
	if terms.Volume == 0 {
		terms.Volume = 1
	}
	d := mustMatch(t, l.n, l.m.Requester, signed(l.n, l.m, terms, mutate))
	l.check(t)
	return d
}

// workers returns k fresh actors, each with Funds in the hub (deposited for them by the owner).
func (l *life) workers(t *testing.T, k int) []*chain.Sender {
	t.Helper()
	ctx := t.Context()
	total := new(big.Int).Mul(Funds, big.NewInt(int64(k)))
	if _, err := l.n.Owner.Transact(ctx, l.n.D.Token, chain.Token.PackMint(l.n.Owner.Address(), total)); err != nil {
		t.Fatal(err)
	}
	if _, err := l.n.Owner.Transact(ctx, l.n.D.Token, chain.Token.PackApprove(l.n.D.Hub, total)); err != nil {
		t.Fatal(err)
	}
	ws := make([]*chain.Sender, k)
	for i := range ws {
		ws[i] = l.n.Actor()
		if _, err := l.n.Hub(ctx, l.n.Owner, chain.Hub.PackDepositFor(Funds, ws[i].Address())); err != nil {
			t.Fatal(err)
		}
	}
	l.check(t)
	return ws
}

// send sends a hub call from `from` (gas estimated) and checks the escrow afterwards, whatever
// the outcome.
func (l *life) send(t *testing.T, from *chain.Sender, data []byte) sent {
	t.Helper()
	r, err := l.n.Hub(t.Context(), from, data)
	l.check(t)
	return sent{r, err}
}

// sendExact sends with a fixed gas limit, skipping the estimation (which runs on the latest
// block, one second before the transaction's own): for calls that succeed from a deadline on.
func (l *life) sendExact(t *testing.T, from *chain.Sender, data []byte) sent {
	t.Helper()
	tx, err := from.Send(t.Context(), &l.n.D.Hub, data, &chain.TxOpts{GasLimit: 5_000_000})
	if err != nil {
		return sent{nil, err}
	}
	r, err := from.Wait(t.Context(), tx)
	l.check(t)
	return sent{r, err}
}

// sent is the outcome of a transaction.
type sent struct {
	r   *types.Receipt
	err error
}

// ok fails the test unless the transaction succeeded.
func (s sent) ok(t *testing.T) *types.Receipt {
	t.Helper()
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.r
}

func idx(i int64) *big.Int { return big.NewInt(i) }

// contribute is worker w's own contribute transaction, with the scheduler's authorization.
func (l *life) contribute(t *testing.T, w *chain.Sender, d *Deal, index int64, state bindings.TaskState, digest common.Hash) sent {
	t.Helper()
	return l.contributeAuth(t, w, d, index, state, digest, l.n.Authorization(l.m.PoolOwner, w.Address(), d.TaskID(index)))
}

func (l *life) contributeAuth(t *testing.T, w *chain.Sender, d *Deal, index int64, state bindings.TaskState, digest common.Hash, auth []byte) sent {
	t.Helper()
	c := l.n.Contribution(w, d.TaskID(index), digest)
	return l.send(t, w, chain.Hub.PackContribute(d.ID, d.Deal, idx(index), state, c.ResultHash, c.ResultSeal, common.Address{}, []byte{}, auth))
}

// relay is the scheduler's contributeBatch of the workers' signed contributions to one task,
// worker i committing to digests[i].
func (l *life) relay(t *testing.T, d *Deal, index int64, state bindings.TaskState, ws []*chain.Sender, digests ...common.Hash) sent {
	t.Helper()
	item := bindings.ContributeItem{Index: idx(index), State: state}
	for i, w := range ws {
		item.Contributions = append(item.Contributions, l.n.Contribution(w, d.TaskID(index), digests[min(i, len(digests)-1)]))
	}
	return l.send(t, l.m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, d.Deal, []bindings.ContributeItem{item}))
}

// reveal is worker w's own reveal transaction.
func (l *life) reveal(t *testing.T, w *chain.Sender, d *Deal, index int64, state bindings.TaskState, digest common.Hash) sent {
	t.Helper()
	return l.send(t, w, chain.Hub.PackReveal(d.TaskID(index), state, digest))
}

// finalizeItem finalizes one task with digest, carrying the revealers' signed reveals.
func (l *life) finalizeItem(d *Deal, index int64, state bindings.TaskState, digest common.Hash, callbackData []byte, revealers ...*chain.Sender) bindings.FinalizeItem {
	item := bindings.FinalizeItem{Index: idx(index), State: state, Digest: digest, Results: resultsOf(digest), CallbackData: callbackData,
		RevealSigns: []bindings.Signature{}}
	for _, w := range revealers {
		item.RevealSigns = append(item.RevealSigns, l.n.RevealSign(w, d.TaskID(index), digest))
	}
	if item.CallbackData == nil {
		item.CallbackData = []byte{}
	}
	return item
}

func (l *life) finalize(t *testing.T, d *Deal, index int64, state bindings.TaskState, digest common.Hash, revealers ...*chain.Sender) sent {
	t.Helper()
	return l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{l.finalizeItem(d, index, state, digest, nil, revealers...)}))
}

func (l *life) reopen(t *testing.T, d *Deal, index int64, state bindings.TaskState) sent {
	t.Helper()
	return l.send(t, l.m.PoolOwner, chain.Hub.PackReopen(d.ID, d.Deal, idx(index), state))
}

func (l *life) claim(t *testing.T, from *chain.Sender, d *Deal, index int64, state bindings.TaskState) sent {
	t.Helper()
	return l.send(t, from, chain.Hub.PackClaim(d.ID, d.Deal, []bindings.ClaimItem{{Index: idx(index), State: state}}))
}

// caf is worker w's own contributeAndFinalize.
func (l *life) caf(t *testing.T, w *chain.Sender, d *Deal, index int64, digest common.Hash, callbackData []byte) sent {
	t.Helper()
	if callbackData == nil {
		callbackData = []byte{}
	}
	return l.send(t, w, chain.Hub.PackContributeAndFinalize(d.ID, d.Deal, idx(index), digest, resultsOf(digest), callbackData,
		common.Address{}, []byte{}, l.n.Authorization(l.m.PoolOwner, w.Address(), d.TaskID(index))))
}

func resultsOf(digest common.Hash) string { return "ergon://" + digest.Hex()[2:] }

// task reads a task back from the chain (Client.Task checks it against the hub's hash).
func (l *life) task(t *testing.T, d *Deal, index int64) *chain.Task {
	t.Helper()
	task, err := l.n.Task(t.Context(), d, index)
	if err != nil {
		t.Fatal(err)
	}
	return task
}

func (l *life) state(t *testing.T, d *Deal, index int64) bindings.TaskState {
	t.Helper()
	return l.task(t, d, index).State
}

func (l *life) status(t *testing.T, d *Deal, index int64) poco.Status {
	t.Helper()
	out, err := l.n.Client.Call(t.Context(), l.n.D.Hub, chain.Hub.PackTaskStatus(d.TaskID(index)))
	if err != nil {
		t.Fatal(err)
	}
	s, err := chain.Hub.UnpackTaskStatus(out)
	if err != nil {
		t.Fatal(err)
	}
	return poco.Status(s)
}

func (l *life) now(t *testing.T) uint64 {
	t.Helper()
	now, err := l.n.Now(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return now
}

// blockTime is the timestamp of the block r is in.
func (l *life) blockTime(t *testing.T, r *types.Receipt) uint64 {
	t.Helper()
	h, err := l.n.Client.Backend.HeaderByNumber(t.Context(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// warp moves the clock so that the next transaction is mined at exactly ts. Calls whose gas is
// estimated are estimated one second earlier, on the latest block: a call that only succeeds
// from ts on needs sendExact, or a warp to ts + 1.
func (l *life) warp(t *testing.T, ts uint64) {
	t.Helper()
	now := l.now(t)
	if ts == now+1 {
		return
	}
	if ts < now+2 {
		t.Fatalf("warp to %d: the chain is already at %d", ts, now)
	}
	if err := l.n.AdjustTime(time.Duration(ts-1-now) * time.Second); err != nil {
		t.Fatal(err)
	}
	if got := l.now(t); got != ts-1 {
		t.Fatalf("warp to %d: chain at %d", ts, got)
	}
}

func contributionDeadline(d *Deal) uint64 { return poco.ContributionDeadline(d.Deal) }
func finalDeadline(d *Deal) uint64        { return poco.FinalDeadline(d.Deal) }

// stateDiff describes how got differs from want ("" when equal).
func stateDiff(got, want bindings.TaskState) string {
	cmp := func(a, b *big.Int) bool {
		if a == nil {
			a = new(big.Int)
		}
		if b == nil {
			b = new(big.Int)
		}
		return a.Cmp(b) == 0
	}
	switch {
	case got.Consensus != want.Consensus:
		return fmt.Sprintf("consensus %x, want %x", got.Consensus, want.Consensus)
	case !cmp(got.RevealDeadline, want.RevealDeadline):
		return fmt.Sprintf("reveal deadline %v, want %v", got.RevealDeadline, want.RevealDeadline)
	case !cmp(got.Total, want.Total):
		return fmt.Sprintf("total %v, want %v", got.Total, want.Total)
	case len(got.Contributions) != len(want.Contributions):
		return fmt.Sprintf("%d contributions, want %d", len(got.Contributions), len(want.Contributions))
	}
	for i, g := range got.Contributions {
		w := want.Contributions[i]
		if g.Worker != w.Worker || !cmp(g.Weight, w.Weight) || g.ResultHash != w.ResultHash || g.ResultSeal != w.ResultSeal || g.Status != w.Status {
			return fmt.Sprintf("contribution %d: %+v, want %+v", i, g, w)
		}
	}
	return ""
}

// score reads a worker's score.
func (l *life) score(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	s, err := l.n.Score(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// train raises scores: every pair of fresh workers (score < 12, weight 2) agrees on one task
// of a trust-3 deal, all contributed in one batch, then finalized with every reveal, so each
// worker gains 1 per pair it is in.
func (l *life) train(t *testing.T, pairs [][2]*chain.Sender) {
	t.Helper()
	d := l.deal(t, Terms{AppPrice: 0, WorkerpoolPrice: 10, Volume: int64(len(pairs)), Trust: 3}, nil)
	first := d.Deal.BotFirst.Int64()
	var cs []bindings.ContributeItem
	for i, p := range pairs {
		tid := d.TaskID(first + int64(i))
		cs = append(cs, bindings.ContributeItem{Index: idx(first + int64(i)), State: poco.EmptyState(),
			Contributions: []bindings.SignedContribution{l.n.Contribution(p[0], tid, Digest("train")), l.n.Contribution(p[1], tid, Digest("train"))}})
	}
	l.send(t, l.m.PoolOwner, chain.Hub.PackContributeBatch(d.ID, d.Deal, cs)).ok(t)
	var fs []bindings.FinalizeItem
	for i, p := range pairs {
		index := first + int64(i)
		fs = append(fs, l.finalizeItem(d, index, l.state(t, d, index), Digest("train"), nil, p[0], p[1]))
	}
	l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, fs)).ok(t)
}

// TestTaskStateHash: poco.StateHash, which the scheduler uses to build the states it sends, is
// the hub's taskStateHash, for states the chain produced and for made-up ones; and
// poco.TaskID is the hub's taskId.
func TestTaskStateHash(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 4)
	d := l.deal(t, l.terms(3), nil)
	hubHash := func(t *testing.T, s bindings.TaskState) common.Hash {
		out, err := l.n.Client.Call(t.Context(), l.n.D.Hub, chain.Hub.PackTaskStateHash(s))
		if err != nil {
			t.Fatal(err)
		}
		h, err := chain.Hub.UnpackTaskStateHash(out)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	states := map[string]bindings.TaskState{"empty": poco.EmptyState()}
	l.relay(t, d, 0, poco.EmptyState(), ws[:1], Digest("wrong")).ok(t)
	states["one contribution"] = l.state(t, d, 0)
	l.relay(t, d, 0, l.state(t, d, 0), ws[1:4], Digest("right")).ok(t)
	states["revealing"] = l.state(t, d, 0)
	l.reveal(t, ws[1], d, 0, l.state(t, d, 0), Digest("right")).ok(t)
	states["one revealed"] = l.state(t, d, 0)
	states["sparse"] = poco.Sparse(states["revealing"], d.TaskID(0), Digest("right"))
	reopened := poco.Clone(states["revealing"])
	if err := poco.Reopen(&reopened); err != nil {
		t.Fatal(err)
	}
	states["reopened"] = reopened
	huge := poco.Clone(states["revealing"])
	huge.RevealDeadline = new(big.Int).Lsh(big.NewInt(1), 255)
	huge.Total = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	huge.Contributions[0].Weight = new(big.Int).Lsh(big.NewInt(1), 200)
	huge.Contributions[0].Status = 255
	states["extreme values"] = huge
	for name, s := range states {
		t.Run(name, func(t *testing.T) {
			if got, want := hubHash(t, s), poco.StateHash(s); got != want {
				t.Errorf("hub %x, poco %x", got, want)
			}
		})
	}
	t.Run("taskId", func(t *testing.T) {
		for _, i := range []int64{0, 1, 1 << 40} {
			out, err := l.n.Client.Call(t.Context(), l.n.D.Hub, chain.Hub.PackTaskId(d.ID, idx(i)))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := chain.Hub.UnpackTaskId(out)
			if common.Hash(got) != poco.TaskID(d.ID, idx(i)) {
				t.Errorf("taskId(%d) %x, poco %x", i, got, poco.TaskID(d.ID, idx(i)))
			}
		}
	})
}
