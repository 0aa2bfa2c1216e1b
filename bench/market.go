package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/simnet"
	"ergon/market"
)

// MarketReport is the output of `ergon bench market`. The JSON field names are a contract.
type MarketReport struct {
	// Orders is how many orders were published (and open) when matching was measured.
	Orders int `json:"orders"`
	// PublishPerS: orders published per second through the HTTP API by Clients concurrent
	// clients, every order checked (decoding, EIP-712 hash, signature recovery, registry,
	// consumed volume and balance read from the chain, stored in SQLite).
	PublishPerS float64 `json:"publish_per_s"`
	// MatchP50MS and MatchP99MS: latency of POST /v1/match, one query at a time, seen by
	// the client, over MatchQueries requests for random apps, trusts and datasets.
	MatchP50MS float64 `json:"match_p50_ms"`
	MatchP99MS float64 `json:"match_p99_ms"`
	// MatchQueries were sent; Matched of them found orders.
	MatchQueries int `json:"match_queries"`
	Matched      int `json:"matched"`
	Clients      int `json:"clients"`
}

// MarketConfig sizes the benchmark.
type MarketConfig struct {
	// Orders to publish: 40 % app, 10 % dataset, 40 % workerpool, 10 % request orders.
	Orders int
	// Clients publish concurrently.
	Clients int
	// MatchQueries is how many match requests are timed.
	MatchQueries int
	Logger       *slog.Logger
	// Progress receives a line per phase.
	Progress func(string)
}

// DefaultMarketConfig is the benchmark the issue defines: 100,000 open orders.
func DefaultMarketConfig() MarketConfig {
	return MarketConfig{Orders: 100_000, Clients: 32, MatchQueries: 2000}
}

// Owners of the benchmark's book: each owns one asset (or requests), so that no owner
// passes the market's default limit of open orders with 100,000 orders.
const (
	benchApps       = 100
	benchDatasets   = 20
	benchPools      = 100
	benchRequesters = 20
)

// benchOwner is an account with a key that signs orders, and its asset.
type benchOwner struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	asset common.Address
}

// Market measures the order book on a simulated chain: publication throughput with every
// check, then match latency with the whole book open.
func Market(ctx context.Context, cfg MarketConfig) (*MarketReport, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	say := func(format string, a ...any) {
		if cfg.Progress != nil {
			cfg.Progress(fmt.Sprintf(format, a...))
		}
	}
	if cfg.Orders < 10 || cfg.Clients < 1 || cfg.MatchQueries < 1 {
		return nil, fmt.Errorf("bench market: want at least 10 orders, 1 client and 1 match query")
	}
	dir, err := os.MkdirTemp("", "ergon-bench-market-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)

	say("deploying the protocol on a simulated chain and registering %d apps, %d datasets, %d workerpools…", benchApps, benchDatasets, benchPools)
	n, err := simnet.New(ctx)
	if err != nil {
		return nil, err
	}
	defer n.Close()
	w, err := newBenchWorld(ctx, n)
	if err != nil {
		return nil, err
	}

	say("signing %d orders…", cfg.Orders)
	orders := w.signOrders(n.Domain(), cfg.Orders)

	st, err := market.OpenSQLite(filepath.Join(dir, "market.db"))
	if err != nil {
		return nil, err
	}
	mcfg := market.DefaultConfig()
	mcfg.Chain, mcfg.Store, mcfg.Logger = n.Client, st, log
	mk, err := market.New(ctx, mcfg)
	if err != nil {
		st.Close()
		return nil, err
	}
	defer mk.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: mk.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { mk.Run(runCtx) })
	defer func() { stop(); wg.Wait() }()
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients, MaxConnsPerHost: cfg.Clients}}
	client := api.NewMarketClient("http://"+ln.Addr().String(), hc)

	say("publishing %d orders through the API with %d clients…", cfg.Orders, cfg.Clients)
	rep := &MarketReport{Orders: cfg.Orders, Clients: cfg.Clients, MatchQueries: cfg.MatchQueries}
	var next atomic.Int64
	var firstErr error
	var errOnce sync.Once
	start := time.Now()
	var pub sync.WaitGroup
	for range cfg.Clients {
		pub.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(orders) {
					return
				}
				if _, err := client.Publish(ctx, api.PublishRequest{Order: orders[i]}); err != nil {
					errOnce.Do(func() { firstErr = fmt.Errorf("publish order %d (%s): %w", i, orders[i].Kind, err) })
					next.Store(int64(len(orders)))
					return
				}
				if i > 0 && i%20000 == 0 {
					say("  %d published (%.0f/s)", i, float64(i)/time.Since(start).Seconds())
				}
			}
		})
	}
	pub.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	rep.PublishPerS = float64(len(orders)) / time.Since(start).Seconds()
	// The signed orders are the market's now: let the collector have the client's copies.
	orders = nil
	runtime.GC()

	say("timing %d match queries, one at a time…", cfg.MatchQueries)
	rng := rand.New(rand.NewPCG(2, 3))
	lat := make([]time.Duration, 0, cfg.MatchQueries)
	for i := range cfg.MatchQueries + 20 {
		req := w.matchRequest(rng)
		t0 := time.Now()
		res, err := client.Match(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("match: %w", err)
		}
		if i < 20 {
			continue // warm-up
		}
		lat = append(lat, time.Since(t0))
		if res.Matched {
			rep.Matched++
		}
	}
	slices.Sort(lat)
	rep.MatchP50MS, rep.MatchP99MS = ms(percentile(lat, 50)), ms(percentile(lat, 99))
	return rep, nil
}

// benchWorld is the chain's side of the benchmark: owners of registered assets, funded.
type benchWorld struct {
	apps, datasets, pools, requesters []benchOwner
}

func newBenchWorld(ctx context.Context, n *simnet.Network) (*benchWorld, error) {
	w := &benchWorld{}
	fresh := func(count int) []benchOwner {
		out := make([]benchOwner, count)
		for i := range out {
			k, _ := crypto.GenerateKey()
			out[i] = benchOwner{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		}
		return out
	}
	w.apps, w.datasets, w.pools, w.requesters = fresh(benchApps), fresh(benchDatasets), fresh(benchPools), fresh(benchRequesters)
	c, funder := n.Client, n.Owner
	call := func(to common.Address, data []byte) ([]byte, error) { return c.Call(ctx, to, data) }
	send := func(to common.Address, data []byte) error {
		_, err := funder.Transact(ctx, to, data)
		return err
	}
	// The funder registers every asset in its owner's name: the owners need no ether.
	for i := range w.apps {
		o := &w.apps[i]
		name := fmt.Sprintf("bench-app-%d", i)
		sum := crypto.Keccak256Hash([]byte(name))
		loc := "ergon://" + sum.Hex()[2:]
		out, err := call(n.D.AppRegistry, chain.Apps.PackPredictApp(o.addr, name, 0, loc, sum, []byte{}))
		if err != nil {
			return nil, err
		}
		if o.asset, err = chain.Apps.UnpackPredictApp(out); err != nil {
			return nil, err
		}
		if err := send(n.D.AppRegistry, chain.Apps.PackCreateApp(o.addr, name, 0, loc, sum, []byte{})); err != nil {
			return nil, fmt.Errorf("register app: %w", err)
		}
	}
	for i := range w.datasets {
		o := &w.datasets[i]
		name := fmt.Sprintf("bench-data-%d", i)
		sum := crypto.Keccak256Hash([]byte(name))
		loc := "ergon://" + sum.Hex()[2:]
		out, err := call(n.D.DatasetRegistry, chain.Datasets.PackPredictDataset(o.addr, name, loc, sum))
		if err != nil {
			return nil, err
		}
		if o.asset, err = chain.Datasets.UnpackPredictDataset(out); err != nil {
			return nil, err
		}
		if err := send(n.D.DatasetRegistry, chain.Datasets.PackCreateDataset(o.addr, name, loc, sum)); err != nil {
			return nil, fmt.Errorf("register dataset: %w", err)
		}
	}
	for i := range w.pools {
		o := &w.pools[i]
		desc := fmt.Sprintf("bench-pool-%d", i)
		out, err := call(n.D.WorkerpoolRegistry, chain.Pools.PackPredictWorkerpool(o.addr, desc))
		if err != nil {
			return nil, err
		}
		if o.asset, err = chain.Pools.UnpackPredictWorkerpool(out); err != nil {
			return nil, err
		}
		if err := send(n.D.WorkerpoolRegistry, chain.Pools.PackCreateWorkerpool(o.addr, desc, "http://127.0.0.1:0")); err != nil {
			return nil, fmt.Errorf("register workerpool: %w", err)
		}
	}
	// Pools stake, requesters pay: fund them in the hub.
	each := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000_000))
	funded := append(slices.Clone(w.pools), w.requesters...)
	total := new(big.Int).Mul(each, big.NewInt(int64(len(funded))))
	if err := send(n.D.Token, chain.Token.PackMint(funder.Address(), total)); err != nil {
		return nil, err
	}
	if err := send(n.D.Token, chain.Token.PackApprove(n.D.Hub, total)); err != nil {
		return nil, err
	}
	for _, o := range funded {
		if err := send(n.D.Hub, chain.Hub.PackDepositFor(each, o.addr)); err != nil {
			return nil, fmt.Errorf("deposit: %w", err)
		}
	}
	return w, nil
}

var gpuTag = common.Hash{30: 1}

// signOrders makes count orders of the four kinds with varied terms, signed by their owners
// on all cores.
func (w *benchWorld) signOrders(d chain.Domain, count int) []api.Order {
	out := make([]api.Order, count)
	var next atomic.Int64
	var wg sync.WaitGroup
	for worker := range runtime.NumCPU() {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(worker), 1))
			for {
				i := int(next.Add(1)) - 1
				if i >= count {
					return
				}
				out[i] = w.order(d, rng, i)
			}
		})
	}
	wg.Wait()
	return out
}

func (w *benchWorld) order(d chain.Domain, rng *rand.Rand, i int) api.Order {
	var salt [32]byte
	copy(salt[:], crypto.Keccak256([]byte(fmt.Sprintf("bench order %d", i))))
	u := func(lo, hi int64) *big.Int { return big.NewInt(lo + rng.Int64N(hi-lo+1)) }
	tag := func(share float64) [32]byte {
		if rng.Float64() < share {
			return gpuTag
		}
		return [32]byte{}
	}
	switch slot := i % 10; {
	case slot < 4:
		o := w.apps[(i/10)%len(w.apps)]
		a := bindings.AppOrder{App: o.asset, Appprice: u(1, 100), Volume: u(1, 1000), Tag: tag(0.1), Salt: salt}
		mustSign(d.SignAppOrder(o.key, &a))
		return api.MustOrder(a)
	case slot < 5:
		o := w.datasets[(i/10)%len(w.datasets)]
		x := bindings.DatasetOrder{Dataset: o.asset, Datasetprice: u(1, 50), Volume: u(1, 1000), Salt: salt}
		mustSign(d.SignDatasetOrder(o.key, &x))
		return api.MustOrder(x)
	case slot < 9:
		o := w.pools[(i/10)%len(w.pools)]
		trusts := []int64{1, 3, 5, 10, 100}
		x := bindings.WorkerpoolOrder{Workerpool: o.asset, Workerpoolprice: u(10, 1000), Volume: u(1, 1000), Tag: tag(0.3),
			Category: big.NewInt(int64(rng.IntN(3))), Trust: big.NewInt(trusts[rng.IntN(len(trusts))]), Salt: salt}
		mustSign(d.SignWorkerpoolOrder(o.key, &x))
		return api.MustOrder(x)
	default:
		o := w.requesters[(i/10)%len(w.requesters)]
		r := bindings.RequestOrder{App: w.apps[rng.IntN(len(w.apps))].asset, Appmaxprice: u(50, 100), Datasetmaxprice: new(big.Int),
			Workerpoolmaxprice: u(100, 1000), Requester: o.addr, Volume: u(1, 10), Category: new(big.Int), Trust: u(1, 5),
			Beneficiary: o.addr, Params: `{"args":["bench"]}`, Salt: salt}
		mustSign(d.SignRequestOrder(o.key, &r))
		return api.MustOrder(r)
	}
}

// matchRequest is a plausible request: a random app, sometimes a dataset or a GPU, a trust,
// prices around the book's.
func (w *benchWorld) matchRequest(rng *rand.Rand) api.MatchRequest {
	req := api.MatchRequest{
		App: w.apps[rng.IntN(len(w.apps))].asset, AppMaxPrice: api.Uint64(uint64(20 + rng.IntN(81))),
		WorkerpoolMaxPrice: api.Uint64(uint64(100 + rng.IntN(901))), Requester: w.requesters[rng.IntN(len(w.requesters))].addr,
		Volume: api.Uint64(uint64(1 + rng.IntN(10))), Category: api.Uint64(uint64(rng.IntN(3))), Trust: api.Uint64([]uint64{1, 3, 5}[rng.IntN(3)]),
	}
	if rng.IntN(5) == 0 {
		req.Dataset, req.DatasetMaxPrice = w.datasets[rng.IntN(len(w.datasets))].asset, api.Uint64(uint64(10+rng.IntN(41)))
	}
	if rng.IntN(10) == 0 {
		req.Tag = gpuTag
	}
	return req
}

func mustSign(err error) {
	if err != nil {
		panic(errors.Join(errors.New("bench: sign"), err)) // only an invalid key fails, and keys here are generated
	}
}
