package simnet

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/poco"
)

// deploy creates a contract from the owner's account.
func (l *life) deploy(t *testing.T, code []byte) common.Address {
	t.Helper()
	tx, err := l.n.Owner.Send(t.Context(), nil, code, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := l.n.Owner.Wait(t.Context(), tx)
	if err != nil {
		t.Fatal(err)
	}
	return r.ContractAddress
}

// testCallback deploys a TestCallback for the hub.
func (l *life) testCallback(t *testing.T) common.Address {
	t.Helper()
	return l.deploy(t, append(common.FromHex(bindings.TestCallbackMetaData.Bin), chain.TestCallbk.PackConstructor(l.n.D.Hub)...))
}

func (l *life) callbackView(t *testing.T, cb common.Address, data []byte) []byte {
	t.Helper()
	out, err := l.n.Client.Call(t.Context(), cb, data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func (l *life) resultOf(t *testing.T, cb common.Address, taskid common.Hash) []byte {
	t.Helper()
	v, err := chain.TestCallbk.UnpackResultOf(l.callbackView(t, cb, chain.TestCallbk.PackResultOf(taskid)))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (l *life) received(t *testing.T, cb common.Address) int64 {
	t.Helper()
	v, err := chain.TestCallbk.UnpackReceived(l.callbackView(t, cb, chain.TestCallbk.PackReceived()))
	if err != nil {
		t.Fatal(err)
	}
	return v.Int64()
}

func (l *life) setMode(t *testing.T, cb common.Address, mode uint8) {
	t.Helper()
	if _, err := l.n.Owner.Transact(t.Context(), cb, chain.TestCallbk.PackSetMode(mode)); err != nil {
		t.Fatal(err)
	}
}

func callbackFailures(r *types.Receipt, hub common.Address) []common.Hash {
	var out []common.Hash
	for _, e := range events(r, hub, chain.Hub.UnpackCallbackFailedEvent) {
		out = append(out, e.Taskid)
	}
	return out
}

// callbackReady matches a trust-1 deal whose callback is cb and brings task 0 to consensus on
// keccak256(data), as PROTOCOL.md §10 makes the digest of callback data; it returns the deal
// and the calldata of its finalization (with the worker's reveal).
func (l *life) callbackReady(t *testing.T, cb common.Address, w *chain.Sender, data []byte) (*Deal, []byte) {
	t.Helper()
	d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 1, Trust: 1, Callback: cb}, nil)
	digest := crypto.Keccak256Hash(data)
	l.relay(t, d, 0, poco.EmptyState(), []*chain.Sender{w}, digest).ok(t)
	return d, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{l.finalizeItem(d, 0, l.state(t, d, 0), digest, data, w)})
}

// minGas is the least gas limit with which `from` sending data to the hub succeeds.
func (l *life) minGas(t *testing.T, from *chain.Sender, data []byte) uint64 {
	t.Helper()
	succeeds := func(gas uint64) bool {
		_, err := l.n.Client.Backend.CallContract(t.Context(), ethereum.CallMsg{From: from.Address(), To: &l.n.D.Hub, Gas: gas, Data: data}, nil)
		return err == nil
	}
	lo, hi := uint64(21_000), uint64(5_000_000)
	if !succeeds(hi) {
		t.Fatal("fails even with 5M gas")
	}
	for lo+1 < hi { // succeeds(hi), !succeeds(lo)
		mid := (lo + hi) / 2
		if succeeds(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// sendGas sends data from `from` to the hub with a fixed gas limit.
func (l *life) sendGas(t *testing.T, from *chain.Sender, data []byte, gas uint64) sent {
	t.Helper()
	tx, err := from.Send(t.Context(), &l.n.D.Hub, data, &chain.TxOpts{GasLimit: gas})
	if err != nil {
		t.Fatal(err)
	}
	r, err := from.Wait(t.Context(), tx)
	l.check(t)
	return sent{r, err}
}

// TestCallback: a deal's callback contract receives (taskid, callbackData) when its tasks
// complete; its failures do not block finalization; too little gas for it does.
func TestCallback(t *testing.T) {
	l := newLife(t)
	ws := l.workers(t, 3)
	a, b := ws[0], ws[1]
	cb := l.testCallback(t)

	t.Run("contributeAndFinalize", func(t *testing.T) {
		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 1, Trust: 1, Callback: cb}, nil)
		data := []byte("the answer is 42")
		digest := crypto.Keccak256Hash(data)
		wantRevert(t, l.caf(t, a, d, 0, digest, []byte("something else")).err, "CallbackDataMismatch", map[string]any{"taskid": d.TaskID(0)})
		r := l.caf(t, a, d, 0, digest, data).ok(t)
		if got := l.resultOf(t, cb, d.TaskID(0)); !bytes.Equal(got, data) {
			t.Errorf("resultOf %q, want %q", got, data)
		}
		rec := events(r, cb, chain.TestCallbk.UnpackReceivedEvent)
		if len(rec) != 1 || rec[0].Taskid != d.TaskID(0) || !bytes.Equal(rec[0].CallbackData, data) {
			t.Errorf("Received events %+v", rec)
		}
		if f := callbackFailures(r, l.n.D.Hub); len(f) != 0 {
			t.Errorf("CallbackFailed %x", f)
		}
	})

	t.Run("finalizeBatch calls back each task", func(t *testing.T) {
		d := l.deal(t, Terms{AppPrice: 7, WorkerpoolPrice: 100, Volume: 2, Trust: 1, Callback: cb}, nil)
		datas := [][]byte{[]byte("first"), bytes.Repeat([]byte{0xab}, 40)}
		var items []bindings.FinalizeItem
		for i, data := range datas {
			l.relay(t, d, int64(i), poco.EmptyState(), []*chain.Sender{a}, crypto.Keccak256Hash(data)).ok(t)
			items = append(items, l.finalizeItem(d, int64(i), l.state(t, d, int64(i)), crypto.Keccak256Hash(data), data, a))
		}
		bad := items[1]
		bad.CallbackData = []byte("second")
		err := l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{items[0], bad})).err
		wantRevert(t, err, "CallbackDataMismatch", map[string]any{"taskid": d.TaskID(1)})
		n := l.received(t, cb)
		l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, items)).ok(t)
		for i, data := range datas {
			if got := l.resultOf(t, cb, d.TaskID(int64(i))); !bytes.Equal(got, data) {
				t.Errorf("task %d: resultOf %x, want %x", i, got, data)
			}
		}
		if got := l.received(t, cb); got != n+2 {
			t.Errorf("received %d, want %d", got, n+2)
		}
	})

	for _, mode := range []struct {
		name string
		mode uint8
	}{{"reverting callback", 1}, {"callback burning its gas", 2}} {
		t.Run(mode.name, func(t *testing.T) {
			l.setMode(t, cb, mode.mode)
			defer l.setMode(t, cb, 0)
			data := []byte(mode.name)
			d, _ := l.callbackReady(t, cb, a, data)
			before := l.snapshot(t, parties(d, a)...)
			s := l.state(t, d, 0)
			r := l.send(t, l.m.PoolOwner, chain.Hub.PackFinalizeBatch(d.ID, d.Deal, []bindings.FinalizeItem{
				l.finalizeItem(d, 0, s, crypto.Keccak256Hash(data), data, a)})).ok(t)
			if f := callbackFailures(r, l.n.D.Hub); len(f) != 1 || f[0] != d.TaskID(0) {
				t.Errorf("CallbackFailed events %x", f)
			}
			if task := l.task(t, d, 0); task.Status != poco.StatusCompleted {
				t.Errorf("status %s", task.Status)
			}
			if got := l.resultOf(t, cb, d.TaskID(0)); len(got) != 0 {
				t.Errorf("resultOf %x", got)
			}
			if mode.mode == 2 && r.GasUsed < poco.CallbackGas {
				t.Errorf("gas used %d: the callback did not get its allowance", r.GasUsed)
			}
			final := withReveals(t, s, d.TaskID(0), crypto.Keccak256Hash(data), l.blockTime(t, r), a)
			l.wantSettled(t, before, poco.Finalize(d.Deal, final, before.kitty, l.kittyMin(t), before.scoresOf()))
		})
	}

	t.Run("not enough gas for the callback", func(t *testing.T) {
		data := []byte("gas")
		d, fin := l.callbackReady(t, cb, b, data)
		g0 := l.minGas(t, l.m.PoolOwner, fin)
		s := l.state(t, d, 0)
		before := l.snapshot(t, parties(d, b)...)
		n := l.received(t, cb)
		err := l.sendGas(t, l.m.PoolOwner, fin, g0-1).err
		wantRevert(t, err, "NotEnoughGasForCallback", map[string]any{"taskid": d.TaskID(0)})
		// Nothing happened.
		if diff := stateDiff(l.state(t, d, 0), s); diff != "" || l.status(t, d, 0) != poco.StatusRevealing {
			t.Errorf("state changed: %s, status %s", diff, l.status(t, d, 0))
		}
		l.wantSettled(t, before, settlement(0, nil, nil))
		if l.received(t, cb) != n {
			t.Error("the callback was called")
		}
		// With just enough gas the callback gets its whole allowance, and works.
		r := l.sendGas(t, l.m.PoolOwner, fin, g0).ok(t)
		if f := callbackFailures(r, l.n.D.Hub); len(f) != 0 {
			t.Errorf("CallbackFailed with the least gas that passes the check")
		}
		if got := l.resultOf(t, cb, d.TaskID(0)); !bytes.Equal(got, data) {
			t.Errorf("resultOf %q", got)
		}
	})
}

// gasMeter is the runtime code of a callback that stores the gas it was given in slot 0:
// GAS PUSH0 SSTORE STOP. Its creation code returns it.
var gasMeter = common.FromHex("635a5f55005f526004601cf3")

// TestCallbackAllowance: whatever the callback data, a finalization either gives the callback
// its CALLBACK_GAS or reverts with NotEnoughGasForCallback — the scheduler cannot pick a gas
// limit at which the finalization succeeds but the requester's contract is starved. The gas
// limit tried is the least with which the finalization succeeds (what eth_estimateGas finds).
func TestCallbackAllowance(t *testing.T) {
	testCallbackAllowance(t, 0x5a, []int{0, 32, 1 << 10, 4 << 10, 16 << 10, 64 << 10})
}

// TestCallbackAllowanceZeroData is TestCallbackAllowance with callback data of zero bytes,
// whose calldata is cheap (4 gas a byte, 10 under EIP-7623's floor), so the least gas limit that
// passes is low: the hub must still give the callback its whole allowance (it checks gasleft
// once the payload is built, counting the cold call).
func TestCallbackAllowanceZeroData(t *testing.T) {
	testCallbackAllowance(t, 0, []int{4 << 10, 12 << 10, 20 << 10, 24 << 10})
}

func testCallbackAllowance(t *testing.T, fill byte, sizes []int) {
	l := newLife(t)
	w := l.workers(t, 1)[0]
	for _, size := range sizes {
		t.Run(big.NewInt(int64(size)).String()+" bytes", func(t *testing.T) {
			meter := l.deploy(t, gasMeter) // slot 0 is zero until a call succeeds
			data := bytes.Repeat([]byte{fill}, size)
			_, fin := l.callbackReady(t, meter, w, data)
			g0 := l.minGas(t, l.m.PoolOwner, fin)
			r := l.sendGas(t, l.m.PoolOwner, fin, g0).ok(t)
			if f := callbackFailures(r, l.n.D.Hub); len(f) != 0 {
				t.Errorf("with a gas limit of %d the finalization succeeds and the callback fails", g0)
			}
			v, err := l.n.Client.Backend.StorageAt(t.Context(), meter, common.Hash{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			// GAS costs 2 and pushes what is left.
			if got := new(big.Int).SetBytes(v).Uint64() + 2; got < poco.CallbackGas {
				t.Errorf("with a gas limit of %d the finalization succeeds and the callback gets %d gas, less than CALLBACK_GAS %d",
					g0, got, poco.CallbackGas)
			}
		})
	}
}
