package devchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	_ "github.com/ethereum/go-ethereum/eth/tracers/native"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Config configures a dev chain. Start from DefaultConfig.
type Config struct {
	// DataDir holds the chain database; the chain survives restarts and crashes.
	// Empty runs the chain in memory and discards it at Close.
	DataDir string

	// HTTPHost is the interface the JSON-RPC server listens on, over HTTP and
	// WebSocket on the same port. Empty serves no network RPC at all; Client and
	// RPC still work in-process.
	HTTPHost string

	// HTTPPort is the JSON-RPC port. 0 picks a free port: read it back from
	// Endpoint after Start.
	HTTPPort int

	// Accounts is how many deterministic dev accounts (DevAccounts) the genesis
	// prefunds. At least 1; account 0 is the deployer/owner by convention.
	// Part of the genesis: changing it on an existing DataDir is refused.
	Accounts int

	// Balance is each dev account's genesis balance in wei; nil means
	// 1,000,000 ether. Part of the genesis.
	Balance *big.Int

	// GasLimit is the block gas limit; 0 means DefaultGasLimit (60M, mainnet's).
	// Part of the genesis.
	GasLimit uint64

	// MaxClockLead bounds how far the chain's clock may run ahead of the wall
	// clock when blocks come faster than one a second; past it, blocks wait for
	// the clock (see sealer). 0 means DefaultMaxClockLead.
	MaxClockLead time.Duration

	// Logger receives the chain's logs, and go-ethereum's own at Warn and
	// above (geth's Info chatter is dropped). nil discards everything.
	Logger *slog.Logger
}

// DefaultMaxClockLead lets a burst of blocks through at full speed (the whole of
// `ergon bench e2e`, about 200 blocks) while a deal's deadlines, counted in chain time, never
// expire more than three minutes early in real time: the local network's category (T = 60 s)
// still leaves a deal 7T − T − 3 min = 3 min of real time to hand out its tasks.
const DefaultMaxClockLead = 3 * time.Minute

// DefaultConfig returns the configuration `ergon chain` starts from: an
// in-memory chain on 127.0.0.1:8545 with ten accounts of 1,000,000 ether each.
func DefaultConfig() Config {
	return Config{
		DataDir:  "",
		HTTPHost: "127.0.0.1",
		HTTPPort: 8545,
		Accounts: 10,
		Balance:  defaultBalance(),
		GasLimit: DefaultGasLimit,
	}
}

func defaultBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
}

// Chain is an embedded go-ethereum dev chain with instant blocks. Create it with
// New, then Start; Close shuts it down cleanly. A Chain cannot be restarted:
// create a new one on the same DataDir.
type Chain struct {
	cfg      Config
	log      *slog.Logger
	accounts []Account
	genesis  *core.Genesis

	mu       sync.Mutex
	state    chainState
	stack    *node.Node
	rpc      *rpc.Client
	client   *ethclient.Client
	gethLog  gethlog.Logger // the geth root logger we installed
	prevLog  gethlog.Logger // the geth root logger before Start
	endpoint string
	wsURL    string
	sealer   *sealer
}

type chainState int

const (
	stateNew chainState = iota
	stateRunning
	stateClosed
)

// New validates cfg, fills in the defaults of zero fields (Balance, GasLimit,
// Logger) and builds the genesis. It opens nothing: Start does.
func New(cfg Config) (*Chain, error) {
	if cfg.Balance == nil {
		cfg.Balance = defaultBalance()
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxClockLead == 0 {
		cfg.MaxClockLead = DefaultMaxClockLead
	}
	switch {
	case cfg.MaxClockLead < 0:
		return nil, fmt.Errorf("%w: negative MaxClockLead", ErrInvalidConfig)
	case cfg.Accounts < 1:
		return nil, fmt.Errorf("%w: Accounts is %d, need at least 1", ErrInvalidConfig, cfg.Accounts)
	case cfg.HTTPPort < 0 || cfg.HTTPPort > 65535:
		return nil, fmt.Errorf("%w: HTTPPort %d out of range 0-65535", ErrInvalidConfig, cfg.HTTPPort)
	case cfg.Balance.Sign() < 0:
		return nil, fmt.Errorf("%w: negative Balance", ErrInvalidConfig)
	case cfg.GasLimit < params.MinGasLimit:
		return nil, fmt.Errorf("%w: GasLimit %d below the protocol minimum %d", ErrInvalidConfig, cfg.GasLimit, params.MinGasLimit)
	}
	c := &Chain{
		cfg:      cfg,
		log:      cfg.Logger.With("component", "devchain"),
		accounts: DevAccounts(cfg.Accounts),
	}
	c.genesis = c.buildGenesis()
	return c, nil
}

// genesisExtra marks the dev chain's genesis block (at most 32 bytes).
const genesisExtra = "ergon devchain"

// buildGenesis returns the genesis, identical for identical Configs: the
// pinned rules, the dev accounts and the system contracts Osaka calls into.
func (c *Chain) buildGenesis() *core.Genesis {
	alloc := types.GenesisAlloc{}
	// Only the system contracts up to Osaka, not all of SystemContractAllocs:
	// a geth upgrade that adds a contract for a later fork must not change our
	// genesis hash and orphan existing data directories.
	sys := core.SystemContractAllocs()
	for _, addr := range []common.Address{
		params.BeaconRootsAddress,        // EIP-4788, Cancun
		params.HistoryStorageAddress,     // EIP-2935, Prague
		params.WithdrawalQueueAddress,    // EIP-7002, Prague
		params.ConsolidationQueueAddress, // EIP-7251, Prague
	} {
		alloc[addr] = sys[addr]
	}
	for _, a := range c.accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(c.cfg.Balance)}
	}
	return &core.Genesis{
		Config:     ChainConfig(),
		Timestamp:  0,
		ExtraData:  []byte(genesisExtra),
		GasLimit:   c.cfg.GasLimit,
		Difficulty: big.NewInt(0), // merged at genesis (TTD 0)
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}
}

// nodeName names the node's instance directory inside DataDir. Fixed so that
// every binary (ergon, test binaries) opens the same database.
const nodeName = "ergon"

// Start opens the database (creating the chain on first use), starts block
// production and the RPC server. It returns ErrDataDirInUse if another process
// holds DataDir and ErrGenesisMismatch if DataDir holds a different chain.
func (c *Chain) Start() (err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch c.state {
	case stateRunning:
		return ErrAlreadyStarted
	case stateClosed:
		return ErrClosed
	}

	// Fail with a clear error before building anything: node.Start leaves the
	// eth service's goroutines behind when its listener cannot bind.
	if c.cfg.HTTPHost != "" && c.cfg.HTTPPort != 0 {
		addr := net.JoinHostPort(c.cfg.HTTPHost, strconv.Itoa(c.cfg.HTTPPort))
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrListen, err)
		}
		l.Close()
	}

	c.installGethLogger()
	defer func() {
		if err != nil {
			c.restoreGethLogger()
		}
	}()

	stack, err := node.New(c.nodeConfig())
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return fmt.Errorf("%w: %s", ErrDataDirInUse, c.cfg.DataDir)
		}
		return fmt.Errorf("devchain: create node: %w", err)
	}
	ethConf := c.ethConfig()
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		if mismatch := new(core.GenesisMismatchError); errors.As(err, &mismatch) {
			return fmt.Errorf("%w: %s", ErrGenesisMismatch, c.cfg.DataDir)
		}
		return fmt.Errorf("devchain: create eth service: %w", err)
	}
	// From here on, failure paths close the node without stopping the eth
	// service: geth cannot stop one that never started (Ethereum.Stop blocks
	// on a loop that Start launches). They are practically unreachable.

	// eth.New refuses a zero miner tip, so lower both thresholds afterwards:
	// zero-tip transactions get in, and the miner never rejects what the pool
	// accepted (which would spin the instant-block loop on an unminable tx).
	backend.TxPool().SetGasTip(new(big.Int))
	if err := backend.Miner().SetGasTip(new(big.Int)); err != nil {
		stack.Close()
		return fmt.Errorf("devchain: set miner tip: %w", err)
	}

	// The filter system backs eth_getLogs, eth_newFilter and log subscriptions;
	// eth.New does not register it (cmd/geth does).
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	// debug_traceTransaction and friends, as developers expect of a dev node.
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend))

	// Period 0: the beacon itself never seals; our sealer does, when
	// transactions arrive (geth's dev API would too, with no bound on how far
	// the chain's clock runs ahead, so it is not registered).
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devchain: create simulated beacon: %w", err)
	}
	if err := c.leaveGenesis(backend, beacon); err != nil {
		stack.Close()
		return err
	}
	stack.RegisterLifecycle(beacon)

	if err := stack.Start(); err != nil {
		// The beacon's Start never ran so Stop is ours.
		beacon.Stop()
		stack.Close()
		return fmt.Errorf("devchain: start node: %w", err)
	}
	c.sealer = newSealer(backend, beacon, c.cfg.MaxClockLead, c.log)
	c.sealer.start()

	c.stack = stack
	c.rpc = stack.Attach()
	c.client = ethclient.NewClient(c.rpc)
	if c.cfg.HTTPHost != "" {
		c.endpoint = stack.HTTPEndpoint()
		c.wsURL = stack.WSEndpoint()
	}
	c.state = stateRunning

	head := backend.BlockChain().CurrentBlock()
	c.log.Info("dev chain started",
		"rpc", c.endpoint, "chain_id", ChainID, "head", head.Number,
		"data_dir", c.dataDirForLog(), "accounts", len(c.accounts))
	return nil
}

// leaveGenesis seals an empty block 1 on a fresh chain and waits for the
// transaction indexer to catch up, before any client can connect.
//
// Until the indexer has indexed a block, geth answers every lookup of a
// not-yet-mined transaction (eth_getTransactionReceipt right after sending)
// with the error "transaction indexing is in progress" instead of null, and
// at genesis it never has: clients that do not retry on errors (ethers'
// tx.wait(), for one) would fail on the first deployment to a fresh chain.
func (c *Chain) leaveGenesis(backend *eth.Ethereum, beacon *catalyst.SimulatedBeacon) error {
	chain := backend.BlockChain()
	if chain.CurrentBlock().Number.Sign() == 0 {
		beacon.Commit()
		if chain.CurrentBlock().Number.Sign() == 0 {
			return errors.New("devchain: could not seal the first block")
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for !chain.TxIndexDone() {
		if time.Now().After(deadline) {
			return errors.New("devchain: transaction indexer did not finish")
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

func (c *Chain) dataDirForLog() string {
	if c.cfg.DataDir == "" {
		return "(in memory)"
	}
	return c.cfg.DataDir
}

// nodeConfig is the node shell: RPC on one port, no p2p at all.
func (c *Chain) nodeConfig() *node.Config {
	conf := node.DefaultConfig
	conf.Name = nodeName
	conf.DataDir = c.cfg.DataDir
	conf.IPCPath = "" // no IPC socket: in-process attach and HTTP/WS suffice
	// LevelDB, not geth's default Pebble: Pebble's asynchronous writes sit in
	// an in-process 32 KiB WAL buffer until it fills, so kill -9 lost the last
	// few blocks (4 runs in 10 of TestCrashSafety). LevelDB hands every batch
	// to the OS before returning, which survives a killed process (not a power
	// cut; a dev chain does not need that).
	conf.DBEngine = "leveldb"
	conf.Logger = c.gethLog

	// HTTP and WebSocket share one listener (same host and port).
	modules := []string{"eth", "net", "web3", "txpool", "debug"}
	conf.HTTPHost = c.cfg.HTTPHost
	conf.HTTPPort = c.cfg.HTTPPort
	conf.HTTPModules = modules
	conf.HTTPCors = []string{"*"}
	conf.HTTPVirtualHosts = []string{"*"}
	conf.WSHost = c.cfg.HTTPHost
	conf.WSPort = c.cfg.HTTPPort
	conf.WSModules = modules
	conf.WSOrigins = []string{"*"}

	// An isolated node: no listener, no discovery, no peers. An ephemeral node
	// key keeps a `nodekey` file out of DataDir.
	key, err := crypto.GenerateKey()
	if err != nil {
		panic("devchain: generate node key: " + err.Error())
	}
	conf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: "", PrivateKey: key}
	return &conf
}

// ethConfig is the Ethereum service: full sync of our own blocks, hash-scheme
// archive state (crash-safe), small caches and a pool that takes any sane price.
func (c *Chain) ethConfig() ethconfig.Config {
	conf := ethconfig.Defaults
	conf.Genesis = c.genesis
	conf.NetworkId = ChainID
	conf.SyncMode = ethconfig.FullSync

	// Hash scheme without pruning writes every block's state through to the
	// database, so an unclean exit loses nothing. (The path scheme keeps recent
	// state in a journal written at clean shutdown and rewinds without it.)
	conf.StateScheme = rawdb.HashScheme
	conf.NoPruning = true

	// geth sizes these for mainnet (2 GiB database cache, ~2 GiB trie and
	// snapshot caches). No snapshot: nothing to regenerate after a crash, and
	// dev-sized state reads fast enough from the trie.
	conf.DatabaseCache = 32
	conf.DatabaseHandles = 256
	conf.TrieCleanCache = 32
	conf.TrieDirtyCache = 0 // archive mode commits every block; nothing to hold
	conf.SnapshotCache = 0
	conf.FilterLogCacheSize = 32
	// No log index: the dev chain seals a block per transaction, and geth's log
	// index re-renders its head map at every block, which took a fifth of the CPU
	// of a whole local network under load (bench e2e: 91 → 118 tasks/s without
	// it). eth_getLogs then checks each block's header bloom instead, which is
	// fast over the short ranges our services ask for (cursor to head, a deal's
	// blocks).
	conf.LogNoHistory = true

	conf.Miner.GasCeil = c.cfg.GasLimit
	conf.Miner.GasPrice = big.NewInt(1) // must be > 0 here; lowered to 0 after eth.New
	conf.RPCGasCap = max(conf.RPCGasCap, c.cfg.GasLimit)

	conf.TxPool.NoLocals = true // everyone is treated alike; no journal
	conf.TxPool.Journal = ""
	conf.TxPool.PriceLimit = 1 // minimum geth accepts; lowered to 0 after eth.New
	return conf
}

// Close shuts the chain down cleanly: the head block and state are flushed, so
// the next Start continues from the same block. Safe to call more than once,
// and before Start.
func (c *Chain) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state != stateRunning {
		c.state = stateClosed
		return nil
	}
	c.state = stateClosed
	c.sealer.close()
	c.client.Close() // also closes c.rpc
	err := c.stack.Close()
	c.restoreGethLogger()
	if err != nil && !errors.Is(err, node.ErrNodeStopped) {
		return fmt.Errorf("devchain: close node: %w", err)
	}
	c.log.Info("dev chain stopped")
	return nil
}

// Endpoint returns the HTTP JSON-RPC URL (with the real port when HTTPPort was
// 0), or "" before Start or when HTTPHost is empty.
func (c *Chain) Endpoint() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.endpoint
}

// WSEndpoint returns the WebSocket JSON-RPC URL (same port as Endpoint), or ""
// before Start or when HTTPHost is empty.
func (c *Chain) WSEndpoint() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.wsURL
}

// Client returns an in-process client (no HTTP) for the running chain, or nil
// before Start. It is closed by Close; do not close it yourself.
func (c *Chain) Client() *ethclient.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.client
}

// RPC returns the in-process RPC client behind Client (for debug_ and other
// calls ethclient lacks), or nil before Start. Closed by Close.
func (c *Chain) RPC() *rpc.Client {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.rpc
}

// Accounts returns the prefunded dev accounts; account 0 is the deployer.
func (c *Chain) Accounts() []Account {
	return append([]Account(nil), c.accounts...)
}

// ChainID returns the chain id (ChainID, 1337).
func (c *Chain) ChainID() *big.Int {
	return big.NewInt(ChainID)
}

// DataDir returns the data directory, "" for an in-memory chain.
func (c *Chain) DataDir() string {
	return c.cfg.DataDir
}

// installGethLogger routes go-ethereum's process-wide logger to ours at Warn
// and above. The previous logger comes back at Close.
func (c *Chain) installGethLogger() {
	h := c.cfg.Logger.With("component", "geth").Handler()
	c.prevLog = gethlog.Root()
	// Wrapped so that log.SetDefault does not also call slog.SetDefault, which
	// would hijack the whole program's default slog logger.
	c.gethLog = rootLogger{gethlog.NewLogger(warnHandler{h})}
	gethlog.SetDefault(c.gethLog)
}

// restoreGethLogger puts the previous geth logger back, unless another Chain
// has replaced ours since.
func (c *Chain) restoreGethLogger() {
	if c.gethLog == nil || gethlog.Root() != c.gethLog {
		return
	}
	gethlog.SetDefault(rootLogger{c.prevLog})
}

// rootLogger hides the concrete logger type from log.SetDefault.
type rootLogger struct{ gethlog.Logger }

// warnHandler passes on records at Warn and above only.
type warnHandler struct{ h slog.Handler }

func (w warnHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn && w.h.Enabled(ctx, l)
}

func (w warnHandler) Handle(ctx context.Context, r slog.Record) error {
	if benignGethWarnings[r.Message] {
		return nil
	}
	return w.h.Handle(ctx, r)
}

// benignGethWarnings are warnings geth emits in normal dev-chain operation;
// nobody must act on them, so they are dropped.
var benignGethWarnings = map[string]bool{
	// The freezer looks for a head block before a fresh database has one.
	"Head block is not reachable": true,
}

func (w warnHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return warnHandler{w.h.WithAttrs(as)}
}

func (w warnHandler) WithGroup(name string) slog.Handler { return warnHandler{w.h.WithGroup(name)} }
