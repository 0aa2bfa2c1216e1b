package devchain

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// testConfig is a chain on a free port logging through t.
func testConfig(t *testing.T, dataDir string) Config {
	cfg := DefaultConfig()
	cfg.DataDir = dataDir
	cfg.HTTPPort = 0
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), nil))
	return cfg
}

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if err := c.Start(); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

// rpcCall posts one JSON-RPC request with net/http, as any client would.
func rpcCall(t *testing.T, url, method string, params ...any) json.RawMessage {
	t.Helper()
	if params == nil {
		params = []any{}
	}
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	defer resp.Body.Close()
	var out struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("%s: decode response (HTTP %s): %v", method, resp.Status, err)
	}
	if out.Error != nil {
		t.Fatalf("%s: error %d: %s", method, out.Error.Code, out.Error.Message)
	}
	return out.Result
}

func rpcQuantity(t *testing.T, url, method string) uint64 {
	t.Helper()
	var s string
	if err := json.Unmarshal(rpcCall(t, url, method), &s); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	n, err := hexutil.DecodeUint64(s)
	if err != nil {
		t.Fatalf("%s: %q: %v", method, s, err)
	}
	return n
}

// txSender signs and sends dynamic-fee transactions, tracking the nonce itself.
type txSender struct {
	client *ethclient.Client
	from   Account
	nonce  uint64
}

func newTxSender(t *testing.T, client *ethclient.Client, from Account) *txSender {
	t.Helper()
	nonce, err := client.NonceAt(context.Background(), from.Address, nil)
	if err != nil {
		t.Fatalf("nonce: %v", err)
	}
	return &txSender{client: client, from: from, nonce: nonce}
}

func (s *txSender) send(t *testing.T, tx *types.DynamicFeeTx) *types.Transaction {
	t.Helper()
	tx.ChainID = big.NewInt(ChainID)
	tx.Nonce = s.nonce
	if tx.GasTipCap == nil {
		tx.GasTipCap = big.NewInt(params.GWei)
	}
	if tx.GasFeeCap == nil {
		tx.GasFeeCap = big.NewInt(10 * params.GWei)
	}
	if tx.Gas == 0 {
		tx.Gas = 21_000
	}
	signed := types.MustSignNewTx(s.from.Key, types.LatestSignerForChainID(tx.ChainID), tx)
	if err := s.client.SendTransaction(context.Background(), signed); err != nil {
		t.Fatalf("send: %v", err)
	}
	s.nonce++
	return signed
}

// waitReceipt polls fast: blocks are instant, so a receipt is due in ms.
func waitReceipt(t *testing.T, client *ethclient.Client, tx *types.Transaction, within time.Duration) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		r, err := client.TransactionReceipt(context.Background(), tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx %v reverted", tx.Hash())
			}
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt: %v", err)
		}
		if time.Now().After(deadline) {
			t.Fatalf("no receipt for %v within %v", tx.Hash(), within)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// logInitcode emits LOG1(topic 0x2a) with no data and deploys empty code:
// PUSH1 0x2a PUSH1 0 PUSH1 0 LOG1 STOP.
var (
	logInitcode = common.FromHex("0x602a60006000a100")
	logTopic    = common.BigToHash(big.NewInt(0x2a))
)

func TestChain(t *testing.T) {
	c := startChain(t, testConfig(t, t.TempDir()))
	url := c.Endpoint()
	if !strings.HasPrefix(url, "http://127.0.0.1:") || strings.HasSuffix(url, ":0") {
		t.Fatalf("Endpoint %q, want http://127.0.0.1:<free port>", url)
	}
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	accs := c.Accounts()
	sender := newTxSender(t, client, accs[1])
	ctx := context.Background()

	t.Run("eth_chainId over plain HTTP", func(t *testing.T) {
		if got := rpcQuantity(t, url, "eth_chainId"); got != ChainID {
			t.Errorf("eth_chainId %d, want %d", got, ChainID)
		}
		if got := c.ChainID().Int64(); got != ChainID {
			t.Errorf("ChainID() %d", got)
		}
	})
	t.Run("eth_blockNumber over plain HTTP", func(t *testing.T) {
		// Start seals an empty block 1 (see leaveGenesis).
		if got := rpcQuantity(t, url, "eth_blockNumber"); got != 1 {
			t.Errorf("fresh chain at block %d, want 1", got)
		}
	})
	t.Run("prefunded accounts", func(t *testing.T) {
		if len(accs) != 10 {
			t.Fatalf("%d accounts, want 10", len(accs))
		}
		bal, err := c.Client().BalanceAt(ctx, accs[9].Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(defaultBalance()) != 0 {
			t.Errorf("account 9 holds %v wei, want %v", bal, defaultBalance())
		}
	})
	t.Run("transfer mined instantly", func(t *testing.T) {
		to := common.Address{0x01, 0x23}
		start := time.Now()
		tx := sender.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(12345)})
		r := waitReceipt(t, client, tx, time.Second)
		t.Logf("send to receipt: %v (block %v)", time.Since(start), r.BlockNumber)
		if r.GasUsed != 21_000 {
			t.Errorf("transfer used %d gas", r.GasUsed)
		}
		bal, err := client.BalanceAt(ctx, to, nil)
		if err != nil || bal.Int64() != 12345 {
			t.Errorf("recipient balance %v, %v; want 12345", bal, err)
		}
	})
	t.Run("zero tip accepted and mined", func(t *testing.T) {
		to := common.Address{0x02}
		tx := sender.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(1), GasTipCap: new(big.Int)})
		waitReceipt(t, client, tx, time.Second)
	})
	t.Run("eth_getLogs", func(t *testing.T) {
		tx := sender.send(t, &types.DynamicFeeTx{Data: logInitcode, Gas: 100_000})
		r := waitReceipt(t, client, tx, time.Second)
		logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: big.NewInt(0),
			Topics:    [][]common.Hash{{logTopic}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) != 1 || logs[0].Address != r.ContractAddress || logs[0].TxHash != tx.Hash() {
			t.Fatalf("eth_getLogs returned %+v, want the one log of contract %v", logs, r.ContractAddress)
		}
	})
	t.Run("Osaka gas", func(t *testing.T) {
		// Deploy sstoreCode: PUSH6 <code> PUSH1 0 MSTORE PUSH1 6 PUSH1 26 RETURN.
		deploy := append(append(common.FromHex("0x65"), sstoreCode...), common.FromHex("0x6000526006601af3")...)
		r := waitReceipt(t, client, sender.send(t, &types.DynamicFeeTx{Data: deploy, Gas: 200_000}), time.Second)
		store := r.ContractAddress
		r = waitReceipt(t, client, sender.send(t, &types.DynamicFeeTx{To: &store, Gas: 200_000}), time.Second)
		if r.GasUsed != sstoreGas {
			t.Errorf("SSTORE of a fresh slot used %d gas, want %d (Osaka)", r.GasUsed, sstoreGas)
		}
	})
	t.Run("websocket subscription", func(t *testing.T) {
		ws := c.WSEndpoint()
		if !strings.HasPrefix(ws, "ws://127.0.0.1:") {
			t.Fatalf("WSEndpoint %q", ws)
		}
		wsClient, err := ethclient.Dial(ws)
		if err != nil {
			t.Fatal(err)
		}
		defer wsClient.Close()
		heads := make(chan *types.Header, 4)
		sub, err := wsClient.SubscribeNewHead(ctx, heads)
		if err != nil {
			t.Fatal(err)
		}
		defer sub.Unsubscribe()
		to := common.Address{0x03}
		sender.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(1)})
		select {
		case h := <-heads:
			t.Logf("new head %v over websocket", h.Number)
		case err := <-sub.Err():
			t.Fatal(err)
		case <-time.After(2 * time.Second):
			t.Fatal("no new head over websocket")
		}
	})
}

func TestLifecycle(t *testing.T) {
	cfg := testConfig(t, "") // in memory
	cfg.HTTPHost = ""        // in-process only
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Client() != nil || c.Endpoint() != "" {
		t.Error("client or endpoint before Start")
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); !errors.Is(err, ErrAlreadyStarted) {
		t.Errorf("second Start: %v, want ErrAlreadyStarted", err)
	}
	if c.Endpoint() != "" || c.WSEndpoint() != "" {
		t.Errorf("endpoints %q %q with HTTPHost empty", c.Endpoint(), c.WSEndpoint())
	}
	s := newTxSender(t, c.Client(), c.Accounts()[0])
	to := common.Address{0x04}
	waitReceipt(t, c.Client(), s.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(1)}), time.Second)
	for range 2 {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	}
	if err := c.Start(); !errors.Is(err, ErrClosed) {
		t.Errorf("Start after Close: %v, want ErrClosed", err)
	}

	never, _ := New(cfg)
	if err := never.Close(); err != nil {
		t.Errorf("Close before Start: %v", err)
	}
}

func TestInvalidConfig(t *testing.T) {
	for name, mutate := range map[string]func(*Config){
		"no accounts":  func(c *Config) { c.Accounts = 0 },
		"port too big": func(c *Config) { c.HTTPPort = 70000 },
		"neg balance":  func(c *Config) { c.Balance = big.NewInt(-1) },
		"tiny gas":     func(c *Config) { c.GasLimit = 1 },
		"neg lead":     func(c *Config) { c.MaxClockLead = -time.Second },
	} {
		t.Run(name, func(t *testing.T) {
			cfg := DefaultConfig()
			mutate(&cfg)
			if _, err := New(cfg); !errors.Is(err, ErrInvalidConfig) {
				t.Errorf("New: %v, want ErrInvalidConfig", err)
			}
		})
	}
}

// A chain asked for many blocks a second seals at once until its clock is MaxClockLead ahead
// of the wall clock, then a block a second with everything pending: deadlines counted in
// chain time never expire more than MaxClockLead early.
func TestClockLead(t *testing.T) {
	cfg := testConfig(t, "")
	cfg.MaxClockLead = 2 * time.Second
	c := startChain(t, cfg)
	client := c.Client()
	s := newTxSender(t, client, c.Accounts()[0])
	to := c.Accounts()[1].Address
	head := func() *types.Header {
		h, err := client.HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	first := head().Number.Uint64()
	start := time.Now()
	// One transaction at a time, each waiting for its block: at full speed that would
	// be a block (and a second of chain time) every few milliseconds.
	var last *types.Receipt
	for range 6 {
		last = waitReceipt(t, client, s.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(1)}), 10*time.Second)
	}
	lead := time.Unix(int64(head().Time), 0).Sub(time.Now())
	if lead > cfg.MaxClockLead+time.Second {
		t.Errorf("chain clock %v ahead of the wall clock, want at most %v", lead, cfg.MaxClockLead)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("6 blocks in %v: the sealer never waited for the clock", took)
	}
	// A burst sent at once waits for at most one block.
	var txs []*types.Transaction
	for range 20 {
		txs = append(txs, s.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(1)}))
	}
	blocks := map[uint64]bool{}
	for _, tx := range txs {
		blocks[waitReceipt(t, client, tx, 10*time.Second).BlockNumber.Uint64()] = true
	}
	if len(blocks) > 2 {
		t.Errorf("a burst of 20 transactions spread over %d blocks at the lead bound, want 1 or 2", len(blocks))
	}
	t.Logf("blocks %d…%d, last receipt in %d", first, head().Number, last.BlockNumber)
}

func TestPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cfg := testConfig(t, "")
	cfg.HTTPPort = l.Addr().(*net.TCPAddr).Port
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Start(); !errors.Is(err, ErrListen) {
		t.Errorf("Start on a taken port: %v, want ErrListen", err)
	}
}

func TestPersistence(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, dir)
	to := common.Address{0x05}

	first := startChain(t, cfg) // closed below; the cleanup covers a failure before
	t.Run("data dir locked", func(t *testing.T) {
		second, _ := New(cfg)
		if err := second.Start(); !errors.Is(err, ErrDataDirInUse) {
			second.Close()
			t.Errorf("second Start on a used data dir: %v, want ErrDataDirInUse", err)
		}
	})
	s := newTxSender(t, first.Client(), first.Accounts()[0])
	r := waitReceipt(t, first.Client(), s.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(777)}), time.Second)
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	again := startChain(t, cfg)
	head, err := again.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if head != r.BlockNumber.Uint64() {
		t.Errorf("reopened at block %d, want %d", head, r.BlockNumber)
	}
	if bal, _ := again.Client().BalanceAt(context.Background(), to, nil); bal == nil || bal.Int64() != 777 {
		t.Errorf("balance after reopen %v, want 777", bal)
	}
	// The chain goes on from where it stopped.
	s = newTxSender(t, again.Client(), again.Accounts()[0])
	r2 := waitReceipt(t, again.Client(), s.send(t, &types.DynamicFeeTx{To: &to, Value: big.NewInt(1)}), time.Second)
	if r2.BlockNumber.Uint64() != head+1 {
		t.Errorf("next block %v, want %d", r2.BlockNumber, head+1)
	}
	if err := again.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("genesis mismatch refused", func(t *testing.T) {
		other := cfg
		other.Accounts = 3
		c, err := New(other)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Start(); !errors.Is(err, ErrGenesisMismatch) {
			c.Close()
			t.Errorf("Start with other accounts: %v, want ErrGenesisMismatch", err)
		}
	})
}

const (
	helperEnv    = "ERGON_DEVCHAIN_HELPER_DATADIR"
	helperTxs    = 5
	helperValue  = 1000
	helperPrefix = "BLOCK "
)

var helperRecipient = common.Address{0x06}

// TestHelperProcess is the child of TestCrashSafety: it starts the chain on
// the data dir, mines a few transactions, reports the head and waits to be
// killed.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv(helperEnv)
	if dir == "" {
		t.Skip("helper process for TestCrashSafety")
	}
	cfg := DefaultConfig()
	cfg.DataDir = dir
	cfg.HTTPPort = 0
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	s := newTxSender(t, c.Client(), c.Accounts()[2])
	var last *types.Receipt
	for range helperTxs {
		last = waitReceipt(t, c.Client(), s.send(t, &types.DynamicFeeTx{To: &helperRecipient, Value: big.NewInt(helperValue)}), 5*time.Second)
	}
	fmt.Printf("%s%d\n", helperPrefix, last.BlockNumber.Uint64())
	select {} // until SIGKILL
}

func TestCrashSafety(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+dir)
	cmd.Stderr = t.Output()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var block uint64
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if n, ok := strings.CutPrefix(sc.Text(), helperPrefix); ok {
			block, err = strconv.ParseUint(n, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			break
		}
		t.Logf("child: %s", sc.Text())
	}
	if block == 0 {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child reported no block (scan: %v)", sc.Err())
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no shutdown of any kind
		t.Fatal(err)
	}
	go io.Copy(io.Discard, out)
	if err := cmd.Wait(); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("child exit: %v, want killed", err)
	}

	c := startChain(t, testConfig(t, dir))
	head, err := c.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if head < block {
		t.Fatalf("after kill -9 the chain is at block %d, the child had reached %d: blocks lost", head, block)
	}
	bal, err := c.Client().BalanceAt(context.Background(), helperRecipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(helperTxs * helperValue); bal.Int64() != want {
		t.Errorf("recipient balance %v after restart, want %d", bal, want)
	}
	// And it still mines on top.
	s := newTxSender(t, c.Client(), c.Accounts()[2])
	r := waitReceipt(t, c.Client(), s.send(t, &types.DynamicFeeTx{To: &helperRecipient, Value: big.NewInt(1)}), time.Second)
	t.Logf("child reached block %d; restarted at %d; next block %v", block, head, r.BlockNumber)
}
