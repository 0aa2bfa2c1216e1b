// Package localnet brings up a complete Ergon on one machine on top of a chain that holds a
// deployment: the result store, registered sample apps with published app orders, a
// workerpool with its scheduler and workers, and a funded requester. `ergon up` runs it on the
// embedded dev chain; the end-to-end tests and `ergon bench e2e` run it in-process. Every role
// has its own key, derived from the funder's so a restart finds the same accounts, assets and
// orders again.
package localnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/market"
	"ergon/scheduler"
	"ergon/store"
)

// ERG is one token in token units.
var ERG = big.NewInt(1_000_000_000)

func erg(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ERG) }

// Config configures a local network.
type Config struct {
	// Chain is a client of the chain holding the deployment.
	Chain *chain.Client
	// Funder holds ether and, on a test-token deployment, owns the token and the hub: it
	// funds every role and creates the category.
	Funder *ecdsa.PrivateKey
	// DataDir holds the store's blobs, the scheduler's database and the workers' files.
	DataDir string
	// Workers is the number of workers; Slots the tasks each runs at once.
	Workers, Slots int
	// Apps maps an app name to its WASM module; DockerApps to its Docker image tarball
	// (`docker save`, see examples/docker).
	Apps, DockerApps map[string]string
	// TimeRef is the category's reference time in seconds (deadlines are multiples of it).
	TimeRef uint64
	// AppPrice and PoolPrice are the prices of the published orders, per task.
	AppPrice, PoolPrice *big.Int
	// MaxTrust is the highest trust the pool's orders accept.
	MaxTrust uint64
	// Scheduler tunes the scheduler (lease, heartbeat, batching); its pool, key, chain and
	// store are filled in.
	Scheduler scheduler.Config
	// Host is the interface the store, the market and the scheduler listen on; StorePort,
	// MarketPort and SchedulerPort their ports (0: any free port).
	Host                                 string
	StorePort, MarketPort, SchedulerPort int
	// NewWorker starts worker i; set by the caller (the worker package depends on executors
	// the caller chooses).
	NewWorker func(ctx context.Context, i int, key *ecdsa.PrivateKey, schedulerURL, dir string) (Runner, error)
	Logger    *slog.Logger
}

// Runner is a long-running part (a worker).
type Runner interface {
	Run(ctx context.Context) error
}

// DefaultConfig is `ergon up`'s network: 4 workers of 2 slots, a 60 s category, 1 ERG app
// and 1 ERG pool price per task, trust up to 100.
func DefaultConfig() Config {
	sc := scheduler.DefaultConfig()
	return Config{
		Workers: 4, Slots: 2, TimeRef: 60,
		AppPrice: new(big.Int).Set(ERG), PoolPrice: new(big.Int).Set(ERG), MaxTrust: 100,
		Scheduler: sc, Host: "127.0.0.1",
	}
}

// Net is a running local network.
type Net struct {
	cfg Config
	log *slog.Logger

	// Keys of the roles.
	AppOwner, PoolOwner, Requester *ecdsa.PrivateKey
	WorkerKeys                     []*ecdsa.PrivateKey
	// Workerpool is the pool's address; Category the category id.
	Workerpool common.Address
	Category   uint64
	// Apps are the registered apps by name with their published orders.
	Apps map[string]App
	// Store is the local blob store; Market the order book, where the apps' and the pool's
	// orders are published; StoreURL, MarketURL and SchedulerURL the HTTP endpoints.
	Store                             *store.Local
	Market                            *market.Market
	StoreURL, MarketURL, SchedulerURL string

	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	sched  *part
	// schedulerObj is the running scheduler (replaced on restart).
	schedulerObj *scheduler.Scheduler
	schedStore   *scheduler.SQLiteStore
	workers      []*part
	follower     *part
	servers      []*http.Server
	schedLn      net.Listener
	schedSrv     *http.Server
}

// App is a registered app and its published order.
type App struct {
	Name string
	// Kind is the registry's app kind: 0 WASM, 1 Docker.
	Kind     uint8
	Address  common.Address
	Checksum common.Hash
	Location string
	Order    bindings.AppOrder
}

// part is a running goroutine that can be stopped on its own.
type part struct {
	cancel context.CancelFunc
	done   chan struct{}
	err    error
}

func start(ctx context.Context, run func(context.Context) error) *part {
	ctx, cancel := context.WithCancel(ctx)
	p := &part{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.err = run(ctx)
	}()
	return p
}

func (p *part) stop() error {
	if p == nil {
		return nil
	}
	p.cancel()
	<-p.done
	return p.err
}

// roleKey derives a role's key from the funder's.
func roleKey(funder *ecdsa.PrivateKey, role string) *ecdsa.PrivateKey {
	seed := crypto.Keccak256(crypto.FromECDSA(funder), []byte("ergon localnet "+role))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		panic(err) // a keccak output is a valid key but for a 2^-128 chance
	}
	return k
}

// Start brings the network up; Close takes it down.
func Start(ctx context.Context, cfg Config) (*Net, error) {
	if cfg.Chain == nil || cfg.Funder == nil || cfg.DataDir == "" || cfg.NewWorker == nil {
		return nil, errors.New("localnet: Chain, Funder, DataDir and NewWorker are required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	n := &Net{cfg: cfg, log: log.With("component", "localnet"), Apps: map[string]App{}}
	n.AppOwner = roleKey(cfg.Funder, "app owner")
	n.PoolOwner = roleKey(cfg.Funder, "pool owner")
	n.Requester = roleKey(cfg.Funder, "requester")
	for i := range cfg.Workers {
		n.WorkerKeys = append(n.WorkerKeys, roleKey(cfg.Funder, fmt.Sprintf("worker %d", i)))
	}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	ok := false
	defer func() {
		if !ok {
			n.Close()
		}
	}()
	if err := n.fund(ctx); err != nil {
		return nil, fmt.Errorf("fund the accounts: %w", err)
	}
	if err := n.ensureCategory(ctx); err != nil {
		return nil, fmt.Errorf("category: %w", err)
	}
	if err := n.startStore(); err != nil {
		return nil, fmt.Errorf("result store: %w", err)
	}
	if err := n.startMarket(ctx); err != nil {
		return nil, fmt.Errorf("market: %w", err)
	}
	if err := n.registerApps(ctx); err != nil {
		return nil, fmt.Errorf("register the apps: %w", err)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.SchedulerPort)))
	if err != nil {
		return nil, fmt.Errorf("scheduler: listen: %w", err)
	}
	n.schedLn = ln
	n.SchedulerURL = "http://" + ln.Addr().String()
	if err := n.ensurePool(ctx); err != nil {
		return nil, fmt.Errorf("workerpool: %w", err)
	}
	if err := n.StartScheduler(ctx); err != nil {
		return nil, err
	}
	n.workers = make([]*part, cfg.Workers)
	for i := range cfg.Workers {
		if err := n.StartWorker(ctx, i); err != nil {
			return nil, err
		}
	}
	ok = true
	return n, nil
}

// fund gives every role ether, test tokens and hub deposits as needed.
func (n *Net) fund(ctx context.Context) error {
	c := n.cfg.Chain
	funder := c.Sender(n.cfg.Funder)
	roles := append([]*ecdsa.PrivateKey{n.AppOwner, n.PoolOwner, n.Requester}, n.WorkerKeys...)
	var txs []*types.Transaction
	minEther := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	for _, k := range roles {
		a := crypto.PubkeyToAddress(k.PublicKey)
		bal, err := c.Backend.BalanceAt(ctx, a, nil)
		if err != nil {
			return err
		}
		if bal.Cmp(minEther) < 0 {
			tx, err := funder.Send(ctx, &a, nil, &chain.TxOpts{GasLimit: 21_000, Value: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))})
			if err != nil {
				return fmt.Errorf("send ether to %s: %w", a.Hex(), err)
			}
			txs = append(txs, tx)
		}
		if c.Deployment.TestToken {
			tb, err := n.tokenBalance(ctx, a)
			if err != nil {
				return err
			}
			if tb.Cmp(erg(100_000)) < 0 {
				tx, err := funder.Send(ctx, &c.Deployment.Token, chain.Token.PackMint(a, erg(1_000_000)), nil)
				if err != nil {
					return fmt.Errorf("mint test tokens for %s: %w", a.Hex(), err)
				}
				txs = append(txs, tx)
			}
		}
	}
	for _, tx := range txs {
		if _, err := funder.Wait(ctx, tx); err != nil {
			return err
		}
	}
	for _, k := range []*ecdsa.PrivateKey{n.PoolOwner, n.Requester} {
		if err := Deposit(ctx, c, k, erg(100_000), erg(10_000)); err != nil {
			return err
		}
	}
	return nil
}

func (n *Net) tokenBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	c := n.cfg.Chain
	out, err := c.Call(ctx, c.Deployment.Token, chain.Token.PackBalanceOf(a))
	if err != nil {
		return nil, err
	}
	return chain.Token.UnpackBalanceOf(out)
}

// Deposit tops the key's hub account up by amount when its free balance is under low.
func Deposit(ctx context.Context, c *chain.Client, key *ecdsa.PrivateKey, amount, low *big.Int) error {
	s := c.Sender(key)
	acc, err := c.AccountOf(ctx, s.Address())
	if err != nil {
		return err
	}
	if acc.Balance.Cmp(low) >= 0 {
		return nil
	}
	if _, err := s.Transact(ctx, c.Deployment.Token, chain.Token.PackApprove(c.Deployment.Hub, amount)); err != nil {
		return fmt.Errorf("approve: %w", err)
	}
	if _, err := s.Transact(ctx, c.Deployment.Hub, chain.Hub.PackDeposit(amount)); err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	return nil
}

const categoryName = "localnet"

// ensureCategory finds the network's category or creates it.
func (n *Net) ensureCategory(ctx context.Context) error {
	c := n.cfg.Chain
	out, err := c.Call(ctx, c.Deployment.Hub, chain.Hub.PackCategoryCount())
	if err != nil {
		return err
	}
	count, err := chain.Hub.UnpackCategoryCount(out)
	if err != nil {
		return err
	}
	for i := range count.Uint64() {
		out, err := c.Call(ctx, c.Deployment.Hub, chain.Hub.PackCategoryOf(new(big.Int).SetUint64(i)))
		if err != nil {
			return err
		}
		cat, err := chain.Hub.UnpackCategoryOf(out)
		if err != nil {
			return err
		}
		if cat.Name == categoryName && cat.WorkClockTimeRef.Uint64() == n.cfg.TimeRef {
			n.Category = i
			return nil
		}
	}
	desc := fmt.Sprintf("tasks of the local network, %d s reference time", n.cfg.TimeRef)
	if _, err := c.Sender(n.cfg.Funder).Transact(ctx, c.Deployment.Hub, chain.Hub.PackCreateCategory(categoryName, desc, new(big.Int).SetUint64(n.cfg.TimeRef))); err != nil {
		return err
	}
	n.Category = count.Uint64()
	return nil
}

// startStore serves the data dir's blob store. Uploads are accepted from a worker holding a
// replica of a running task, from an owner of a registered app or dataset, and from the
// network's requester (input files).
func (n *Net) startStore() error {
	local, err := store.NewLocal(filepath.Join(n.cfg.DataDir, "store"))
	if err != nil {
		return err
	}
	n.Store = local
	cfg := store.DefaultConfig()
	cfg.Store, cfg.Logger = local, n.log
	cfg.Authorizer = store.AnyOf{
		store.NewAllowList(crypto.PubkeyToAddress(n.Requester.PublicKey)),
		store.AuthorizerFunc(func(_ context.Context, a common.Address, _ *store.Digest) error {
			if s := n.Scheduler(); s != nil && s.HoldsReplica(a) {
				return nil
			}
			return store.ErrForbidden
		}),
		AssetOwners(n.cfg.Chain),
	}
	srv, err := store.NewServer(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(n.cfg.Host, fmt.Sprint(n.cfg.StorePort)))
	if err != nil {
		return err
	}
	n.StoreURL = "http://" + ln.Addr().String()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	n.servers = append(n.servers, hs)
	go hs.Serve(ln)
	return nil
}

// registerApps puts each app's module in the store, registers it and publishes its order.
func (n *Net) registerApps(ctx context.Context) error {
	c := n.cfg.Chain
	owner := c.Sender(n.AppOwner)
	type entry struct {
		name, path string
		kind       uint8
	}
	var entries []entry
	for name, path := range n.cfg.Apps {
		entries = append(entries, entry{name, path, 0})
	}
	for name, path := range n.cfg.DockerApps {
		entries = append(entries, entry{name, path, 1})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
	for _, e := range entries {
		name, kind := e.name, e.kind
		f, err := os.Open(e.path)
		if err != nil {
			return err
		}
		d, _, err := n.Store.Put(ctx, f, 0)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		loc := store.Pointer(d)
		sum := [32]byte(d)
		out, err := c.Call(ctx, c.Deployment.AppRegistry, chain.Apps.PackPredictApp(owner.Address(), name, kind, loc, sum, nil))
		if err != nil {
			return err
		}
		addr, err := chain.Apps.UnpackPredictApp(out)
		if err != nil {
			return err
		}
		out, err = c.Call(ctx, c.Deployment.AppRegistry, chain.Apps.PackIsRegistered(addr))
		if err != nil {
			return err
		}
		if reg, err := chain.Apps.UnpackIsRegistered(out); err != nil {
			return err
		} else if !reg {
			if _, err := owner.Transact(ctx, c.Deployment.AppRegistry, chain.Apps.PackCreateApp(owner.Address(), name, kind, loc, sum, nil)); err != nil {
				return fmt.Errorf("register %s: %w", name, err)
			}
		}
		o, err := n.publishAppOrder(ctx, addr)
		if err != nil {
			return fmt.Errorf("publish the order of %s: %w", name, err)
		}
		n.Apps[name] = App{Name: name, Kind: kind, Address: addr, Checksum: sum, Location: loc, Order: o}
		n.log.Info("app ready", "app", name, "kind", kind, "address", addr, "location", loc)
	}
	return nil
}

// startMarket runs the order book (data dir's market.db) and serves its API.
func (n *Net) startMarket(ctx context.Context) error {
	st, err := market.OpenSQLite(filepath.Join(n.cfg.DataDir, "market.db"))
	if err != nil {
		return err
	}
	cfg := market.DefaultConfig()
	cfg.Chain, cfg.Store, cfg.Logger = n.cfg.Chain, st, n.cfg.Logger
	// An instant-block chain: follow it closely, so a consumed order leaves the book at once.
	cfg.Poll = 20 * time.Millisecond
	m, err := market.New(ctx, cfg)
	if err != nil {
		st.Close()
		return err
	}
	n.Market = m
	n.follower = start(n.ctx, m.Run)
	ln, err := net.Listen("tcp", net.JoinHostPort(n.cfg.Host, fmt.Sprint(n.cfg.MarketPort)))
	if err != nil {
		return err
	}
	n.MarketURL = "http://" + ln.Addr().String()
	hs := &http.Server{Handler: m.Handler(), ReadHeaderTimeout: 10 * time.Second}
	n.servers = append(n.servers, hs)
	go hs.Serve(ln)
	return nil
}

// publishAppOrder signs the app's order and puts it in the market. The salts follow a
// sequence, so a restart finds the same order in the book; one the market holds but no longer
// offers (unpublished, consumed, cancelled) is skipped for the next.
func (n *Net) publishAppOrder(ctx context.Context, app common.Address) (bindings.AppOrder, error) {
	c := n.cfg.Chain
	for i := uint64(0); i < 1<<16; i++ {
		o := bindings.AppOrder{App: app, Appprice: new(big.Int).Set(n.cfg.AppPrice), Volume: big.NewInt(1 << 40),
			Salt: crypto.Keccak256Hash([]byte("ergon localnet app order"), app.Bytes(), n.cfg.AppPrice.Bytes(), new(big.Int).SetUint64(i).Bytes())}
		if err := c.Domain().SignAppOrder(n.AppOwner, &o); err != nil {
			return o, err
		}
		_, err := n.Market.Publish(ctx, api.PublishRequest{Order: api.MustOrder(o)})
		switch {
		case err == nil:
			return o, nil
		case errors.Is(err, api.ErrAlreadyPublished):
			rec, err := n.Market.Get(ctx, chain.AppOrderHash(o))
			if err != nil {
				return o, err
			}
			if rec.Status == api.StatusOpen {
				return o, nil
			}
		case errors.Is(err, api.ErrConsumed), errors.Is(err, api.ErrCancelled):
		default:
			return o, err
		}
	}
	return bindings.AppOrder{}, errors.New("no publishable order in the salt sequence")
}

const poolDescription = "localnet workerpool"

// ensurePool registers the pool (its API at the scheduler's URL) unless it is.
func (n *Net) ensurePool(ctx context.Context) error {
	c := n.cfg.Chain
	owner := c.Sender(n.PoolOwner)
	out, err := c.Call(ctx, c.Deployment.WorkerpoolRegistry, chain.Pools.PackPredictWorkerpool(owner.Address(), poolDescription))
	if err != nil {
		return err
	}
	addr, err := chain.Pools.UnpackPredictWorkerpool(out)
	if err != nil {
		return err
	}
	n.Workerpool = addr
	out, err = c.Call(ctx, c.Deployment.WorkerpoolRegistry, chain.Pools.PackIsRegistered(addr))
	if err != nil {
		return err
	}
	reg, err := chain.Pools.UnpackIsRegistered(out)
	if err != nil {
		return err
	}
	if !reg {
		if _, err := owner.Transact(ctx, c.Deployment.WorkerpoolRegistry, chain.Pools.PackCreateWorkerpool(owner.Address(), poolDescription, n.SchedulerURL)); err != nil {
			return err
		}
	} else if _, err := owner.Transact(ctx, c.Deployment.WorkerpoolRegistry, chain.Pools.PackSetApi(addr, n.SchedulerURL)); err != nil {
		return err
	}
	return nil
}

// StartScheduler starts the pool's scheduler (again, after StopScheduler).
func (n *Net) StartScheduler(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.sched != nil {
		return errors.New("the scheduler is running")
	}
	st, err := scheduler.OpenSQLite(filepath.Join(n.cfg.DataDir, "scheduler.db"))
	if err != nil {
		return err
	}
	cfg := n.cfg.Scheduler
	cfg.Workerpool, cfg.Key, cfg.Chain, cfg.Store = n.Workerpool, n.PoolOwner, n.cfg.Chain, st
	cfg.StoreURL, cfg.StartBlock, cfg.Logger = n.StoreURL, n.cfg.Chain.Deployment.Block, n.cfg.Logger
	cfg.Orders = &scheduler.OrderPolicy{Price: n.cfg.PoolPrice, Volume: 1 << 20, Category: n.Category, Trust: n.cfg.MaxTrust,
		Market: api.NewMarketClient(n.MarketURL, nil)}
	s, err := scheduler.New(cfg)
	if err != nil {
		st.Close()
		return err
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	ln := n.schedLn
	if ln == nil {
		ln, err = net.Listen("tcp", n.SchedulerURL[len("http://"):])
		if err != nil {
			st.Close()
			return err
		}
	}
	n.schedLn = nil
	go srv.Serve(ln)
	n.schedulerObj, n.schedStore, n.schedSrv = s, st, srv
	n.sched = start(n.ctx, s.Run)
	return nil
}

// StopScheduler stops the scheduler abruptly: its HTTP server closes at once, its goroutines
// stop, and its database is closed — what a crash leaves, but for the OS buffers.
func (n *Net) StopScheduler() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.sched == nil {
		return nil
	}
	n.schedSrv.Close()
	err := n.sched.stop()
	n.schedStore.Close()
	n.sched, n.schedulerObj, n.schedStore, n.schedSrv = nil, nil, nil, nil
	return err
}

// Scheduler returns the running scheduler (nil when stopped).
func (n *Net) Scheduler() *scheduler.Scheduler {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.schedulerObj
}

// StartWorker starts worker i (again, after StopWorker).
func (n *Net) StartWorker(ctx context.Context, i int) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.workers[i] != nil {
		return fmt.Errorf("worker %d is running", i)
	}
	dir := filepath.Join(n.cfg.DataDir, "workers", fmt.Sprint(i))
	w, err := n.cfg.NewWorker(ctx, i, n.WorkerKeys[i], n.SchedulerURL, dir)
	if err != nil {
		return fmt.Errorf("worker %d: %w", i, err)
	}
	n.workers[i] = start(n.ctx, w.Run)
	return nil
}

// StopWorker stops worker i, as if its machine went away: it neither heartbeats nor finishes
// its tasks.
func (n *Net) StopWorker(i int) error {
	n.mu.Lock()
	p := n.workers[i]
	n.workers[i] = nil
	n.mu.Unlock()
	return p.stop()
}

// WorkerAddress is worker i's account.
func (n *Net) WorkerAddress(i int) common.Address {
	return crypto.PubkeyToAddress(n.WorkerKeys[i].PublicKey)
}

// Orders asks the network's market, over its HTTP API as any client would, for the app and
// workerpool orders a request for app (trust, volume tasks, the network's category) can
// use, waiting until the scheduler's workerpool order is in the book. requester pays.
func (n *Net) Orders(ctx context.Context, app string, requester common.Address, trust, volume uint64) (bindings.AppOrder, bindings.WorkerpoolOrder, error) {
	a, ok := n.Apps[app]
	if !ok {
		return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("no app %q on the local network", app)
	}
	mc := api.NewMarketClient(n.MarketURL, nil)
	max := api.NewUint256(new(big.Int).Lsh(big.NewInt(1), 128))
	q := api.MatchRequest{App: a.Address, AppMaxPrice: max, WorkerpoolMaxPrice: max, Requester: requester,
		Volume: api.Uint64(volume), Category: api.Uint64(n.Category), Trust: api.Uint64(trust)}
	for {
		res, err := mc.Match(ctx, q)
		if err != nil {
			return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, err
		}
		if res.Matched && res.App != nil && res.Workerpool != nil {
			return res.App.Order.App.Bindings(), res.Workerpool.Order.Workerpool.Bindings(), nil
		}
		select {
		case <-ctx.Done():
			return bindings.AppOrder{}, bindings.WorkerpoolOrder{}, fmt.Errorf("the market matched nothing for %s (%+v): %w", app, res.WhyNot, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Close stops everything.
func (n *Net) Close() error {
	n.mu.Lock()
	workers := n.workers
	n.mu.Unlock()
	for i := range workers {
		n.StopWorker(i)
	}
	err := n.StopScheduler()
	// Shutdown lets requests in flight finish (a match reading the market's store) before
	// the store closes below; a request still running after a few seconds is cut.
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	for _, s := range n.servers {
		if s.Shutdown(sctx) != nil {
			s.Close()
		}
	}
	cancel()
	if n.schedLn != nil {
		n.schedLn.Close()
	}
	n.cancel()
	if n.follower != nil {
		if ferr := n.follower.stop(); ferr != nil && err == nil {
			err = fmt.Errorf("market: %w", ferr)
		}
	}
	if n.Market != nil {
		if merr := n.Market.Close(); merr != nil && err == nil {
			err = merr
		}
	}
	return err
}
