package chain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/simnet"
)

func newNet(t *testing.T) *simnet.Network {
	t.Helper()
	n, err := simnet.New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

// Many goroutines share one Sender: every transaction gets its own nonce and is mined.
func TestSenderConcurrentNonces(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	const count = 24
	var wg sync.WaitGroup
	txs := make([]*types.Transaction, count)
	errs := make([]error, count)
	for i := range count {
		wg.Add(1)
		go func() {
			defer wg.Done()
			txs[i], errs[i] = n.Owner.Send(ctx, &n.D.Token, chain.Token.PackMint(common.BigToAddress(big.NewInt(int64(i+1))), big.NewInt(1)), nil)
		}()
	}
	wg.Wait()
	seen := map[uint64]bool{}
	for i := range count {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		if seen[txs[i].Nonce()] {
			t.Fatalf("nonce %d used twice", txs[i].Nonce())
		}
		seen[txs[i].Nonce()] = true
		if _, err := n.Owner.Wait(ctx, txs[i]); err != nil {
			t.Fatalf("wait %d: %v", i, err)
		}
	}
}

// A second Sender on the same key makes the first one's nonce stale: it renumbers and goes on.
func TestSenderRecoversStaleNonce(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	other := n.Client.Sender(n.Owner.Key())
	mint := chain.Token.PackMint(common.Address{1}, big.NewInt(1))
	if _, err := n.Owner.Transact(ctx, n.D.Token, mint); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Transact(ctx, n.D.Token, mint); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Owner.Transact(ctx, n.D.Token, mint); err != nil {
		t.Fatalf("stale nonce not recovered: %v", err)
	}
}

// Reverts come back decoded, with the typed value of the bindings and a hint, whether they are
// caught by gas estimation or mined.
func TestRevertDecoding(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	w := n.Actor()
	if err := n.Deposit(ctx, w, big.NewInt(3)); err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T, err error) {
		t.Helper()
		if !errors.Is(err, chain.ErrReverted) || !chain.IsRevert(err, "InsufficientBalance") {
			t.Fatalf("want InsufficientBalance, got %v", err)
		}
		v, ok := chain.RevertValue[bindings.ErgonHubInsufficientBalance](err)
		if !ok || v.Account != w.Address() || v.Needed.Int64() != 5 || v.Available.Int64() != 3 {
			t.Fatalf("typed value %+v %v", v, ok)
		}
		re, _ := chain.AsRevert(err)
		if re.Hint() == "" {
			t.Fatal("no hint")
		}
	}
	t.Run("estimate", func(t *testing.T) {
		_, err := n.Hub(ctx, w, chain.Hub.PackWithdraw(big.NewInt(5)))
		check(t, err)
	})
	t.Run("mined", func(t *testing.T) {
		tx, err := w.Send(ctx, &n.D.Hub, chain.Hub.PackWithdraw(big.NewInt(5)), &chain.TxOpts{GasLimit: 200_000})
		if err != nil {
			t.Fatal(err)
		}
		r, err := w.Wait(ctx, tx)
		if r == nil || r.Status != types.ReceiptStatusFailed {
			t.Fatalf("receipt %+v", r)
		}
		check(t, err)
	})
	t.Run("call", func(t *testing.T) {
		_, err := n.Client.Call(ctx, n.D.AppRegistry, chain.Apps.PackAppInfo(common.Address{9}))
		if !chain.IsRevert(err, "UnknownAsset") {
			t.Fatalf("want UnknownAsset, got %v", err)
		}
	})
}

func TestClientChecksDeployment(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	d := *n.D
	d.ChainID = 1
	if _, err := chain.NewClient(ctx, n.Client.Backend, &d, nil); !errors.Is(err, chain.ErrWrongChain) {
		t.Fatalf("want ErrWrongChain, got %v", err)
	}
	d = *n.D
	d.Hub = common.Address{0x42}
	if _, err := chain.NewClient(ctx, n.Client.Backend, &d, nil); !errors.Is(err, chain.ErrNotDeployed) {
		t.Fatalf("want ErrNotDeployed, got %v", err)
	}
	path := t.TempDir() + "/deployment.json"
	if err := n.D.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := chain.LoadDeployment(path)
	if err != nil || *got != *n.D {
		t.Fatalf("round trip: %+v %v", got, err)
	}
}
