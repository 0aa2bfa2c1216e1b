package chain_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
)

// The watcher hands every log over once, resumes from its cursor after a restart, and does not
// advance past a range whose handler failed.
func TestWatcherCursor(t *testing.T) {
	ctx := context.Background()
	n := newNet(t)
	cursor := chain.FileCursor(filepath.Join(t.TempDir(), "cursor.json"))
	deposit := chain.Hub.GetABI().Events["Deposit"].ID
	cfg := chain.WatcherConfig{
		Query:       ethereum.FilterQuery{Addresses: []common.Address{n.D.Hub}, Topics: [][]common.Hash{{deposit}}},
		Cursor:      cursor,
		Start:       n.D.Block,
		BatchBlocks: 3,
	}
	var got []uint64
	collect := func(_ context.Context, logs []types.Log, _ uint64) error {
		for _, l := range logs {
			e, err := chain.Hub.UnpackDepositEvent(&l)
			if err != nil {
				return err
			}
			got = append(got, e.Amount.Uint64())
		}
		return nil
	}
	drain := func(w *chain.Watcher, h func(context.Context, []types.Log, uint64) error) error {
		for {
			done, err := w.Step(ctx, h)
			if err != nil || done {
				return err
			}
		}
	}
	a := n.Actor()
	for i := 1; i <= 3; i++ {
		if err := n.Deposit(ctx, a, big.NewInt(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := drain(chain.NewWatcher(n.Client.Backend, cfg), collect); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %v, want 3 deposits", got)
	}

	if err := n.Deposit(ctx, a, big.NewInt(4)); err != nil {
		t.Fatal(err)
	}
	before, _, _ := cursor.Load()
	boom := errors.New("handler failed")
	err := drain(chain.NewWatcher(n.Client.Backend, cfg), func(context.Context, []types.Log, uint64) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("want handler error, got %v", err)
	}
	if after, _, _ := cursor.Load(); after != before {
		t.Fatalf("cursor moved from %d to %d past a failed range", before, after)
	}
	// A new watcher (a restart) delivers the fourth deposit exactly once.
	if err := drain(chain.NewWatcher(n.Client.Backend, cfg), collect); err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got[3] != 4 {
		t.Fatalf("after restart got %v", got)
	}
}
