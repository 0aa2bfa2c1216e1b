package worker

import (
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/executor"
	"ergon/store"
)

// Config configures a Worker. Start from DefaultConfig.
type Config struct {
	// Key is the worker's private key. Its address is the worker's identity with the
	// scheduler and on the chain; it signs the login, contributions, reveals and result
	// uploads, and pays deposits. Required.
	Key *ecdsa.PrivateKey

	// Scheduler is the base URL of the workerpool's scheduler (http(s)://host:port).
	// Required.
	Scheduler string

	// Workerpool, when not zero, is the pool the worker means to join: it signs its login
	// for that pool only. Zero: the pool the scheduler says it serves (GET /v1/health).
	Workerpool common.Address

	// Executors run the apps, by app kind (KindWASM, KindDocker). A task whose app is of
	// a kind without an executor is given back. At least one is required.
	Executors map[uint8]executor.Executor

	// Chain reads apps from the AppRegistry and keeps the worker's stake deposited.
	// Required: NewChainAccess for a deployed protocol.
	Chain Chain

	// DepositAmount is what the worker deposits from its token wallet into its hub
	// account when the free balance does not cover a task's stake (at least the
	// shortfall). nil or zero: never deposit; such a task is given back.
	DepositAmount *big.Int

	// WorkDir holds the worker's state: tasks/<taskid>/ per task (inputs, outputs, the
	// persisted progress) and apps/ (downloaded apps by checksum). It is created (mode
	// 0700) if missing. Required; keep it across restarts.
	WorkDir string

	// Slots is how many tasks the worker runs at once.
	Slots int

	// HTTPClient makes the calls to the scheduler and the store. nil: a client of its own.
	// Its Timeout, if any, is ignored: RequestTimeout and TransferTimeout bound the calls.
	HTTPClient *http.Client

	// Logger receives the worker's logs. nil discards them.
	Logger *slog.Logger

	// PollWait is how long a Work request waits for tasks when there are none (long-poll).
	PollWait time.Duration

	// RequestTimeout bounds each call to the scheduler; a long-poll gets PollWait on top.
	RequestTimeout time.Duration

	// TransferTimeout bounds each download from and upload to the store.
	TransferTimeout time.Duration

	// RetryMin and RetryMax bound the wait between attempts when the scheduler or the
	// store fails: it starts at RetryMin and doubles up to RetryMax.
	RetryMin, RetryMax time.Duration

	// MaxDownloadSize bounds an app file or an input file downloaded from the store.
	MaxDownloadSize int64
}

// DefaultConfig returns a Config with everything but Key, Scheduler, Executors, Chain and
// WorkDir set: one slot, no automatic deposit, a 20 s long-poll.
func DefaultConfig() Config {
	return Config{
		Executors:       map[uint8]executor.Executor{},
		Slots:           1,
		PollWait:        20 * time.Second,
		RequestTimeout:  30 * time.Second,
		TransferTimeout: 30 * time.Minute,
		RetryMin:        500 * time.Millisecond,
		RetryMax:        30 * time.Second,
		MaxDownloadSize: store.DefaultMaxBlobSize,
	}
}

// check validates c and fills what may be derived.
func (c *Config) check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, a...))
	}
	if c.Key == nil {
		return bad("Key is required")
	}
	u, err := url.Parse(c.Scheduler)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return bad("Scheduler %q is not an http(s) URL", c.Scheduler)
	}
	n := 0
	for kind, e := range c.Executors {
		if e == nil {
			return bad("the executor of app kind %d is nil", kind)
		}
		n++
	}
	if n == 0 {
		return bad("no executor (Executors[KindWASM] = a wasm executor)")
	}
	if c.Chain == nil {
		return bad("Chain is required: the worker reads apps from the AppRegistry")
	}
	if c.DepositAmount != nil && c.DepositAmount.Sign() < 0 {
		return bad("DepositAmount %s is negative", c.DepositAmount)
	}
	if c.WorkDir == "" {
		return bad("WorkDir is required")
	}
	abs, err := filepath.Abs(c.WorkDir)
	if err != nil {
		return bad("WorkDir: %v", err)
	}
	c.WorkDir = abs
	switch {
	case c.Slots < 1 || c.Slots > 1024:
		return bad("Slots %d: want 1…1024", c.Slots)
	case c.PollWait <= 0:
		return bad("PollWait %s is not positive", c.PollWait)
	case c.RequestTimeout <= 0:
		return bad("RequestTimeout %s is not positive", c.RequestTimeout)
	case c.TransferTimeout <= 0:
		return bad("TransferTimeout %s is not positive", c.TransferTimeout)
	case c.RetryMin <= 0 || c.RetryMax < c.RetryMin:
		return bad("RetryMin %s and RetryMax %s: want 0 < RetryMin ≤ RetryMax", c.RetryMin, c.RetryMax)
	case c.MaxDownloadSize <= 0:
		return bad("MaxDownloadSize %d is not positive", c.MaxDownloadSize)
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	}
	return nil
}
