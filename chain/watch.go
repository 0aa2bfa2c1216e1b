package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// CursorStore persists the last block a watcher has fully handled. The scheduler and the market
// may keep it in their own database; FileCursor keeps it in a file.
type CursorStore interface {
	// Load returns the last handled block, and false when there is none yet.
	Load() (uint64, bool, error)
	// Save records that every block up to and including block was handled.
	Save(block uint64) error
}

// FileCursor is a CursorStore in a small JSON file, replaced atomically on each save.
type FileCursor string

func (f FileCursor) Load() (uint64, bool, error) {
	b, err := os.ReadFile(string(f))
	if errors.Is(err, os.ErrNotExist) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	var v struct {
		Block uint64 `json:"block"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return 0, false, fmt.Errorf("cursor %s: %w", string(f), err)
	}
	return v.Block, true, nil
}

func (f FileCursor) Save(block uint64) error {
	return writeFileAtomic(string(f), []byte(`{"block":`+strconv.FormatUint(block, 10)+"}\n"))
}

// WatcherConfig configures a Watcher.
type WatcherConfig struct {
	// Query selects the logs (addresses, topics); its block range is ignored.
	Query ethereum.FilterQuery
	// Cursor persists progress; required.
	Cursor CursorStore
	// Start is the first block to read when the cursor is empty (e.g. the deployment block).
	Start uint64
	// Confirmations: only blocks this deep are read (0 on an instant-block dev chain; a few on
	// chains that reorganize).
	Confirmations uint64
	// BatchBlocks bounds the block range of one eth_getLogs (default 2000).
	BatchBlocks uint64
	// Poll is how long to wait once caught up (default 100 ms).
	Poll   time.Duration
	Logger *slog.Logger
}

// Watcher delivers every matching log exactly once per successful handling, in chain order,
// resuming after the last block whose logs were handled: the handler must be idempotent for a
// block it may see again after a crash between handling and saving.
type Watcher struct {
	backend Backend
	cfg     WatcherConfig
	log     *slog.Logger
}

// NewWatcher creates a watcher; Run starts it.
func NewWatcher(backend Backend, cfg WatcherConfig) *Watcher {
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = 2000
	}
	if cfg.Poll == 0 {
		cfg.Poll = 100 * time.Millisecond
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Watcher{backend: backend, cfg: cfg, log: log.With("component", "watcher")}
}

// Run reads logs until ctx ends, calling handle with each block range's logs (possibly none)
// and the last block of the range, then saving the cursor. A handler error stops Run; the
// range is read again on the next Run.
func (w *Watcher) Run(ctx context.Context, handle func(ctx context.Context, logs []types.Log, upTo uint64) error) error {
	for {
		caughtUp, err := w.Step(ctx, handle)
		if err != nil {
			return err
		}
		if caughtUp {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(w.cfg.Poll):
			}
		}
	}
}

// Step reads and handles one batch; it reports whether the watcher has caught up with the chain.
func (w *Watcher) Step(ctx context.Context, handle func(ctx context.Context, logs []types.Log, upTo uint64) error) (bool, error) {
	last, ok, err := w.cfg.Cursor.Load()
	if err != nil {
		return false, fmt.Errorf("load cursor: %w", err)
	}
	from := w.cfg.Start
	if ok {
		from = last + 1
	}
	head, err := w.backend.BlockNumber(ctx)
	if err != nil {
		return false, fmt.Errorf("read head: %w", err)
	}
	if head < w.cfg.Confirmations {
		return true, nil
	}
	safe := head - w.cfg.Confirmations
	if from > safe {
		return true, nil
	}
	to := min(safe, from+w.cfg.BatchBlocks-1)
	q := w.cfg.Query
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
	logs, err := FilterLogs(ctx, w.backend, q)
	if err != nil {
		// Nodes cap results per call: halve the range and try again next step.
		if strings.Contains(err.Error(), "too many") || strings.Contains(err.Error(), "limit") {
			if w.cfg.BatchBlocks > 1 {
				w.cfg.BatchBlocks /= 2
			}
			return false, nil
		}
		return false, fmt.Errorf("get logs %d-%d: %w", from, to, err)
	}
	if err := handle(ctx, logs, to); err != nil {
		return false, err
	}
	if err := w.cfg.Cursor.Save(to); err != nil {
		return false, fmt.Errorf("save cursor: %w", err)
	}
	w.log.Debug("handled logs", "from", from, "to", to, "logs", len(logs))
	return to == safe, nil
}

// FilterLogs is eth_getLogs retried a few times over a short while: a node may fail a query
// that reaches its newest block while that block's logs are being indexed (geth: "failed to
// retrieve log value pointer … not found"), and answer the same query a moment later.
func FilterLogs(ctx context.Context, b ethereum.LogFilterer, q ethereum.FilterQuery) ([]types.Log, error) {
	wait := 10 * time.Millisecond
	for attempt := 0; ; attempt++ {
		logs, err := b.FilterLogs(ctx, q)
		if err == nil || attempt == 5 || ctx.Err() != nil {
			return logs, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}
