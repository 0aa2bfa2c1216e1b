package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/google/go-cmp/cmp"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/devchain"
	"ergon/executor"
	"ergon/localnet"
	"ergon/market"
	"ergon/store"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// golden compares command outputs with testdata/golden, after masking what varies between
// runs: paths, ports, times, transaction hashes, ether spent on gas.
type golden struct {
	t        *testing.T
	dir      string   // absolute testdata/golden
	literals []string // old, new pairs
}

var goldenMasks = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC( \((in [0-9hms]+|[0-9hms]+ ago|now)\))?`), "<TIME>"},
	{regexp.MustCompile(`"(start_time|contribution_deadline|reveal_deadline|final_deadline|now|block)": \d+`), `"$1": <N>`},
	{regexp.MustCompile(`"tx": "0x[0-9a-f]{64}"`), `"tx": "<TX>"`},
	{regexp.MustCompile(`"ether": "\d+"`), `"ether": "<WEI>"`},
	{regexp.MustCompile(`\d+(\.\d+)? ETH`), "<ETH>"},
	{regexp.MustCompile(`UTC--[0-9T.\-]+Z--`), "UTC--<TIME>--"},
	{regexp.MustCompile(`"published": "[^"]+"`), `"published": "<TIME>"`},
	{regexp.MustCompile(`"next": "[^"]+"`), `"next": "<CURSOR>"`},
}

func (g *golden) mask(s string) string {
	for i := 0; i+1 < len(g.literals); i += 2 {
		s = strings.ReplaceAll(s, g.literals[i], g.literals[i+1])
	}
	for _, m := range goldenMasks {
		s = m.re.ReplaceAllString(s, m.repl)
	}
	return s
}

// spaces are tabwriter's padding: masked values have other widths than the real ones, so text
// is compared with its columns separated by two spaces, whatever their alignment was.
var spaces = regexp.MustCompile(`([^ \n]) {2,}`)

func (g *golden) compare(name, got string) {
	g.t.Helper()
	got = g.mask(got)
	if strings.HasSuffix(name, ".txt") {
		got = spaces.ReplaceAllString(got, "$1  ")
		got = regexp.MustCompile(` +\n`).ReplaceAllString(got, "\n")
	}
	path := filepath.Join(g.dir, name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			g.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		g.t.Fatalf("%v (run `go test ./cmd/ergon -run Golden -update` to write it)", err)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		g.t.Errorf("%s differs (-want +got; `-update` rewrites it):\n%s", name, d)
	}
}

// ok runs a command that must succeed and compares its stdout with the golden file name.
func (g *golden) ok(name string, args ...string) string {
	g.t.Helper()
	out, errOut, err := run(g.t, args...)
	if err != nil {
		g.t.Fatalf("ergon %s: %v\n%s", strings.Join(args, " "), err, errOut)
	}
	if name != "" {
		g.compare(name, out)
	}
	return out
}

// fail runs a command that must fail and compares its stdout and error with the golden file.
func (g *golden) fail(name string, args ...string) {
	g.t.Helper()
	out, _, err := run(g.t, args...)
	if err == nil {
		g.t.Fatalf("ergon %s succeeded; want an error\n%s", strings.Join(args, " "), out)
	}
	g.compare(name, out+"error: "+err.Error()+"\n")
}

// jsonOut runs a command with --json and decodes its output into v.
func (g *golden) jsonOut(v any, args ...string) {
	g.t.Helper()
	out := g.ok("", append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		g.t.Fatalf("ergon %s --json: %v\n%s", strings.Join(args, " "), err, out)
	}
}

const goldenDir = "testdata/golden"

func keyHex(a devchain.Account) string { return hexutil.Encode(crypto.FromECDSA(a.Key)) }

// TestGolden drives the role commands through an asset's life, an account's money, two deals
// (one completed, one claimed after its deadline) and their errors, against the in-process dev
// chain and a result store, and compares what they print, as text and as JSON.
func TestGolden(t *testing.T) {
	ctx := context.Background()
	dir, err := filepath.Abs(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Chdir(tmp)
	t.Setenv("HOME", filepath.Join(tmp, "home"))
	t.Setenv("ERGON_PASSWORD", "golden password")

	cfg := devchain.DefaultConfig()
	cfg.DataDir, cfg.HTTPPort, cfg.Accounts = "", 0, 4
	dc, err := devchain.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := dc.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	dev := dc.Accounts() // #0 deployer and hub owner, #1 the user's wallet, #2 a pool owner, #3 a worker
	if _, errOut, err := run(t, "deploy", "--rpc", dc.Endpoint(), "--key", keyHex(dev[0]), "--out", "deployment.json"); err != nil {
		t.Fatalf("deploy: %v\n%s", err, errOut)
	}
	d, err := chain.LoadDeployment("deployment.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.Dial(ctx, dc.Endpoint(), d, nil)
	if err != nil {
		t.Fatal(err)
	}
	local, err := store.NewLocal(filepath.Join(tmp, "store"))
	if err != nil {
		t.Fatal(err)
	}
	scfg := store.DefaultConfig()
	scfg.Store, scfg.Authorizer = local, store.AnyOf{store.NewAllowList(dev[3].Address), localnet.AssetOwners(c)}
	srv, err := store.NewServer(scfg)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	ms := startMarket(t, c, filepath.Join(tmp, "market.db"))
	conf := "default_profile = \"golden\"\n\n[profiles.golden]\nrpc = \"" + dc.Endpoint() + "\"\ndeployment = \"deployment.json\"\nstore_url = \"" + hs.URL +
		"\"\nmarket_url = \"" + ms.URL + "\"\n"
	if err := os.WriteFile("ergon.toml", []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(tmp)
	g := &golden{t: t, dir: dir, literals: []string{real, "<TMP>", tmp, "<TMP>", dc.Endpoint(), "<RPC>", hs.URL, "<STORE>", ms.URL, "<MARKET>"}}
	as := func(a devchain.Account) []string { return []string{"--key", keyHex(a)} }
	with := func(args []string, more ...string) []string { return append(append([]string{}, args...), more...) }

	// Settings and wallets.
	g.ok("config-show.txt", "config", "show")
	g.ok("config-show.json", "config", "show", "--json")
	g.fail("account-show-no-wallet.txt", "account", "show")
	g.ok("wallet-import.txt", "wallet", "import", keyHex(dev[1]), "--light-kdf")
	g.fail("wallet-import-again.txt", "wallet", "import", keyHex(dev[1]), "--light-kdf")
	g.ok("wallet-list.txt", "wallet", "list")
	g.ok("wallet-show.txt", "wallet", "show")
	g.ok("wallet-show.json", "wallet", "show", "--json")

	// Money: faucet, deposit, withdraw.
	g.ok("account-faucet.txt", "account", "faucet", "1000")
	g.ok("account-show.txt", "account", "show")
	g.ok("account-show.json", "account", "show", "--json")
	g.ok("account-deposit.txt", "account", "deposit", "12.5")
	g.ok("account-deposit.json", "account", "deposit", "0.5", "--json")
	g.ok("account-withdraw.txt", "account", "withdraw", "1")
	g.fail("account-withdraw-too-much.txt", "account", "withdraw", "1000")
	g.fail("account-deposit-too-much.txt", "account", "deposit", "5000")
	g.fail("account-deposit-bad-amount.txt", "account", "deposit", "12.5.3")
	for _, a := range dev[2:] {
		g.ok("", "account", "faucet", "100", "--to", a.Address.Hex())
		g.ok("", with(as(a), "account", "deposit", "10")...)
	}

	// Categories.
	g.ok("category-list.txt", "category", "list")
	g.ok("category-list.json", "category", "list", "--json")
	g.fail("category-create-not-owner.txt", "category", "create", "golden", "1")
	g.ok("category-create.txt", with(as(dev[0]), "category", "create", "golden", "1", "--description", "one-second tasks of the golden test")...)
	g.ok("category-show.txt", "category", "show", "0")

	// Assets.
	if err := os.WriteFile("hello.wasm", []byte("\x00asm golden module"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("data.bin", []byte("golden dataset"), 0o644); err != nil {
		t.Fatal(err)
	}
	g.ok("app-init-template.txt", "app", "init", "--descriptor", "template.json")
	g.fail("app-deploy-template.txt", "app", "deploy", "--descriptor", "template.json")
	g.ok("app-init.txt", "app", "init", "hello.wasm")
	g.fail("app-init-exists.txt", "app", "init", "hello.wasm")
	g.ok("app-deploy.txt", "app", "deploy")
	g.ok("app-deploy-again.txt", "app", "deploy")
	var app deployOutput
	g.jsonOut(&app, "app", "deploy")
	g.ok("app-show.txt", "app", "show", app.Address.Hex())
	g.ok("app-show.json", "app", "show", app.Address.Hex(), "--json")
	g.ok("app-list.txt", "app", "list")
	g.ok("app-list.json", "app", "list", "--json")
	if st, err := store.NewClient(hs.URL, nil); err != nil {
		t.Fatal(err)
	} else if ok, err := st.Has(ctx, store.Sum([]byte("\x00asm golden module"))); err != nil || !ok {
		t.Fatalf("app deploy did not upload the module: %v %v", ok, err)
	}

	g.ok("dataset-init.txt", "dataset", "init", "data.bin", "--name", "golden-data")
	var ds deployOutput
	g.jsonOut(&ds, "dataset", "deploy")
	g.ok("dataset-show.txt", "dataset", "show", ds.Address.Hex())
	g.fail("app-show-dataset.txt", "app", "show", ds.Address.Hex())
	g.ok("dataset-transfer.txt", "dataset", "transfer", ds.Address.Hex(), dev[2].Address.Hex())
	g.fail("dataset-transfer-not-owner.txt", "dataset", "transfer", ds.Address.Hex(), dev[3].Address.Hex())
	g.ok("dataset-list-owner.json", "dataset", "list", "--owner", dev[2].Address.Hex(), "--json")
	if out := g.ok("", "dataset", "list", "--owner", dev[1].Address.Hex(), "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("dataset list --owner with none: %s", out)
	}

	g.ok("workerpool-init.txt", "workerpool", "init", "--description", "golden pool", "--api", "http://pool.example:8551")
	g.ok("workerpool-deploy.txt", with(as(dev[2]), "workerpool", "deploy")...)
	var pool deployOutput
	g.jsonOut(&pool, with(as(dev[2]), "workerpool", "deploy")...)
	g.ok("workerpool-show.txt", "workerpool", "show", pool.Address.Hex())
	g.ok("workerpool-show.json", "workerpool", "show", pool.Address.Hex(), "--json")

	// Deals: the market comes later, so the test signs and matches the orders itself.
	m := &goldenMarket{t: t, c: c, storeURL: hs.URL, app: app.Address, pool: pool.Address, requester: dev[1], poolOwner: dev[2]}
	dealA := m.match(0, 2) // category XS: two tasks, one completed here, one by the watch below
	dealB := m.match(5, 1) // the golden category, T = 1 s: claimed after its final deadline
	a0, a1, b0 := dealA.TaskIDs()[0], dealA.TaskIDs()[1], dealB.TaskIDs()[0]
	m.complete(dealA, 0, dev[3], "golden result\n")

	g.ok("deal-show.txt", "deal", "show", dealA.ID.Hex())
	g.ok("deal-show.json", "deal", "show", dealA.ID.Hex(), "--json")
	g.fail("deal-show-unknown.txt", "deal", "show", a0.Hex())
	g.ok("task-show-completed.txt", "task", "show", a0.Hex())
	g.ok("task-show-completed.json", "task", "show", a0.Hex(), "--json")
	g.ok("task-show-unset.txt", "task", "show", a1.Hex())
	g.fail("task-show-unknown.txt", "task", "show", dealA.ID.Hex())
	g.ok("result-download.txt", "result", "download", a0.Hex())
	g.ok("result-download.json", "result", "download", a0.Hex(), "--out", "again", "--json")
	if b, err := os.ReadFile(filepath.Join("ergon-results", a0.Hex(), "result.txt")); err != nil || string(b) != "golden result\n" {
		t.Fatalf("downloaded result: %q %v", b, err)
	}
	g.fail("result-download-not-empty.txt", "result", "download", a0.Hex(), "--out", "again")
	g.fail("result-download-no-result.txt", "result", "download", a1.Hex())
	g.fail("task-claim-completed.txt", "task", "claim", a0.Hex())
	g.fail("task-claim-too-early.txt", "task", "claim", b0.Hex())

	// --watch follows a task until it completes.
	var wout, werr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"task", "show", a1.Hex(), "--watch", "--interval", "20ms"}, &wout, &werr)
	}()
	time.Sleep(300 * time.Millisecond)
	m.complete(dealA, 1, dev[3], "second result\n")
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("task show --watch: %v\n%s", err, werr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("task show --watch did not end when the task completed")
	}
	if !strings.Contains(wout.String(), "completed") || !strings.Contains(werr.String(), "waiting for a worker") || !strings.Contains(werr.String(), "task 1  completed") {
		t.Errorf("task show --watch:\nstdout:\n%s\nstderr:\n%s", wout.String(), werr.String())
	}

	// Each block moves the dev chain's clock on by a second at least: pass deal B's deadline.
	m.passTime(dev[0], 11)
	g.ok("task-show-claimable.txt", "task", "show", b0.Hex())
	g.ok("task-claim.txt", "task", "claim", b0.Hex())
	g.ok("task-show-failed.json", "task", "show", b0.Hex(), "--json")
	g.ok("deal-show-claimed.txt", "deal", "show", dealB.ID.Hex())
	g.ok("account-show-after-deals.txt", "account", "show")

	goldenOrders(g, ms.URL, app.Address, ds.Address, pool.Address, dev)

	// Config errors.
	if err := os.WriteFile("bad.toml", []byte("[profiles.x]\nrpc = \"http://x\"\nrpcc = \"typo\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g.fail("config-unknown-key.txt", "config", "show", "--config", "bad.toml")
	g.fail("config-unknown-profile.txt", "config", "show", "--profile", "mainnet")
	g.fail("config-no-file.txt", "config", "show", "--config", "none.toml")
	g.fail("account-show-no-chain.txt", "account", "show", "--rpc", "http://127.0.0.1:1")

	// wallet create makes a key of its own; with a second wallet, commands ask which one.
	var w walletCreated
	g.jsonOut(&w, "wallet", "create", "--light-kdf", "--wallet-dir", "other-wallets")
	if _, err := os.Stat(w.File); err != nil || w.Address == (common.Address{}) || !strings.HasPrefix(w.File, "other-wallets/UTC--") {
		t.Fatalf("wallet create: %+v %v", w, err)
	}
	if out := g.ok("", "account", "show", "--wallet-dir", "other-wallets", "--json"); !strings.Contains(out, strings.ToLower(w.Address.Hex())) {
		t.Errorf("account show with the created wallet:\n%s", out)
	}
	g.ok("", "wallet", "import", keyHex(dev[2]), "--light-kdf")
	g.fail("account-show-two-wallets.txt", "account", "show")
	g.ok("", "account", "show", "--wallet", dev[2].Address.Hex())
	t.Setenv("ERGON_PASSWORD", "wrong")
	g.fail("account-deposit-wrong-password.txt", "account", "deposit", "1", "--wallet", dev[1].Address.Hex())
}

// goldenMarket stands in for the market and the workerpool: it signs and matches orders, and
// completes tasks as a worker with its scheduler's authorization.
type goldenMarket struct {
	t               *testing.T
	c               *chain.Client
	storeURL        string
	app, pool       common.Address
	requester       devchain.Account
	poolOwner       devchain.Account
	mu              sync.Mutex
	senders         map[common.Address]*chain.Sender
	requesterSalted uint64
}

var ergOne = big.NewInt(1_000_000_000)

func (m *goldenMarket) sender(a devchain.Account) *chain.Sender {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.senders == nil {
		m.senders = map[common.Address]*chain.Sender{}
	}
	if s, ok := m.senders[a.Address]; ok {
		return s
	}
	s := m.c.Sender(a.Key)
	m.senders[a.Address] = s
	return s
}

// match makes a deal of volume tasks in category, at 1 ERG for the app and 1 ERG for the pool.
func (m *goldenMarket) match(category, volume uint64) *chain.DealInfo {
	t, ctx, dom := m.t, context.Background(), m.c.Domain()
	salt := func(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }
	cat := new(big.Int).SetUint64(category)
	ao := bindings.AppOrder{App: m.app, Appprice: ergOne, Volume: big.NewInt(1000), Salt: salt("golden app order")}
	if err := dom.SignAppOrder(m.requester.Key, &ao); err != nil {
		t.Fatal(err)
	}
	po := bindings.WorkerpoolOrder{Workerpool: m.pool, Workerpoolprice: ergOne, Volume: big.NewInt(1000), Category: cat,
		Trust: big.NewInt(1), Salt: salt("golden pool order")}
	if err := dom.SignWorkerpoolOrder(m.poolOwner.Key, &po); err != nil {
		t.Fatal(err)
	}
	m.requesterSalted++
	ro := bindings.RequestOrder{App: m.app, Appmaxprice: ergOne, Datasetmaxprice: new(big.Int), Workerpool: m.pool,
		Workerpoolmaxprice: ergOne, Requester: m.requester.Address, Volume: new(big.Int).SetUint64(volume), Category: cat,
		Trust: big.NewInt(1), Beneficiary: m.requester.Address, Params: `{"args":["golden"]}`,
		Salt: salt("golden request " + string(rune('0'+m.requesterSalted)))}
	if err := dom.SignRequestOrder(m.requester.Key, &ro); err != nil {
		t.Fatal(err)
	}
	empty := bindings.DatasetOrder{Datasetprice: new(big.Int), Volume: new(big.Int)}
	r, err := m.sender(m.requester).Transact(ctx, m.c.Deployment.Hub, chain.Hub.PackMatchOrders(ao, empty, po, ro))
	if err != nil {
		t.Fatalf("matchOrders: %v", err)
	}
	deals, err := chain.DealFromReceipt(r)
	if err != nil || len(deals) != 1 {
		t.Fatalf("matchOrders receipt: %d deals, %v", len(deals), err)
	}
	d, err := m.c.Deal(ctx, deals[0].Dealid)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// complete runs task index of d as worker would: the result archive goes to the store and the
// worker contributes and finalizes in one transaction (trust 1).
func (m *goldenMarket) complete(d *chain.DealInfo, index uint64, worker devchain.Account, content string) {
	t, ctx := m.t, context.Background()
	out := t.TempDir()
	if err := os.WriteFile(filepath.Join(out, "result.txt"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	digest, _, err := executor.Digest(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	var archive bytes.Buffer
	if err := executor.Archive(ctx, out, &archive); err != nil {
		t.Fatal(err)
	}
	st, err := store.NewClient(m.storeURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	blob, _, err := st.Put(ctx, &archive, store.KeySigner(worker.Key))
	if err != nil {
		t.Fatalf("upload the result: %v", err)
	}
	taskid := d.TaskIDs()[index-d.Deal.BotFirst.Uint64()]
	auth, err := m.c.Domain().Sign(m.poolOwner.Key, chain.AuthorizationHash(worker.Address, taskid, common.Address{}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.sender(worker).Transact(ctx, m.c.Deployment.Hub, chain.Hub.PackContributeAndFinalize(d.ID, d.Deal,
		new(big.Int).SetUint64(index), digest, store.Pointer(blob), []byte{}, common.Address{}, []byte{}, auth)); err != nil {
		t.Fatalf("contributeAndFinalize: %v", err)
	}
}

// passTime mines n blocks, each at least a second after the last.
func (m *goldenMarket) passTime(from devchain.Account, n int) {
	s := m.sender(from)
	for range n {
		to := from.Address
		tx, err := s.Send(context.Background(), &to, nil, &chain.TxOpts{GasLimit: 21_000})
		if err != nil {
			m.t.Fatal(err)
		}
		if _, err := s.Wait(context.Background(), tx); err != nil {
			m.t.Fatal(err)
		}
	}
}

// startMarket serves a market of c's hub on a SQLite book at db, its follower running, for
// the test's lifetime.
func startMarket(t *testing.T, c *chain.Client, db string) *httptest.Server {
	t.Helper()
	st, err := market.OpenSQLite(db)
	if err != nil {
		t.Fatal(err)
	}
	cfg := market.DefaultConfig()
	cfg.Chain, cfg.Store, cfg.Name = c, st, "golden"
	cfg.Poll, cfg.Sweep = 10*time.Millisecond, time.Hour
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	mk, err := market.New(context.Background(), cfg)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- mk.Run(ctx) }()
	srv := httptest.NewServer(mk.Handler())
	t.Cleanup(func() {
		srv.Close()
		cancel()
		if err := <-done; err != nil {
			t.Errorf("market: %v", err)
		}
		mk.Close()
	})
	return srv
}

// goldenOrders drives the order book: orders published from flags and from files, signed
// with the wallet or exported for another, listed, shown, unpublished and cancelled
// on-chain, and the market's refusals with what to do. dev[1] (the wallet) owns app, dev[2]
// the dataset and the pool. Salts are fixed so hashes and signatures are the same at every
// run, but for the one order init draws.
func goldenOrders(g *golden, marketURL string, app, ds, pool common.Address, dev []devchain.Account) {
	t := g.t
	ctx := context.Background()
	as := func(a devchain.Account, args ...string) []string {
		return append([]string{"--key", keyHex(a)}, args...)
	}
	salt := func(n int) string { return fmt.Sprintf("0x%064x", n) }
	hashIn := func(out, what string) string {
		t.Helper()
		m := regexp.MustCompile(what + ` (0x[0-9a-f]{64})`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no %q hash in:\n%s", what, out)
		}
		return m[1]
	}

	// Publishing from flags: init, sign and publish in one step.
	appHash := hashIn(g.ok("app-publish.txt", "app", "publish", app.Hex(), "--price", "0.5", "--volume", "100", "--salt", salt(1)), "published app order")
	g.fail("app-publish-again.txt", "app", "publish", app.Hex(), "--price", "0.5", "--volume", "100", "--salt", salt(1))
	var cheap publishOutput
	if err := json.Unmarshal([]byte(g.ok("app-publish.json", "app", "publish", app.Hex(), "--price", "0.25", "--volume", "10", "--tag", "tee",
		"--workerpool-restrict", pool.Hex(), "--salt", salt(2), "--json")), &cheap); err != nil {
		t.Fatal(err)
	}
	g.ok("order-show.json", "order", "show", cheap.Hash.Hex(), "--json")
	g.fail("app-publish-not-owner.txt", as(dev[2], "app", "publish", app.Hex(), "--salt", salt(3))...)
	g.fail("app-publish-bad-tag.txt", "app", "publish", app.Hex(), "--tag", "tee,fpga")
	poolHash := hashIn(g.ok("workerpool-publish.txt", as(dev[2], "workerpool", "publish", pool.Hex(), "--price", "1", "--volume", "10",
		"--category", "0", "--trust", "5", "--tag", "gpu", "--salt", salt(4), "--out", "pool-order.json")...), "published workerpool order")
	g.fail("workerpool-publish-unfunded.txt", as(dev[2], "workerpool", "publish", pool.Hex(), "--price", "1000", "--salt", salt(5))...)
	g.ok("dataset-publish.json", as(dev[2], "dataset", "publish", ds.Hex(), "--price", "0.1", "--app-restrict", app.Hex(), "--salt", salt(6), "--json")...)

	// Order files: init (random salt), sign, publish.
	out := g.ok("", "order", "init", "request", "--app", app.Hex(), "--app-max-price", "0.5", "--workerpool-max-price", "1", "--arg", "hello", "--volume", "2")
	req, err := readOrderFile("ergon-request-order.json")
	if err != nil {
		t.Fatal(err)
	}
	reqHash, _ := orderHash(req)
	if req.Request.Requester != dev[1].Address || req.Request.Beneficiary != dev[1].Address || req.Request.Salt == (common.Hash{}) {
		t.Fatalf("order init request: %+v", req.Request)
	}
	g.literals = append(g.literals, req.Request.Salt.Hex(), "<SALT>", reqHash.Hex(), "<REQUEST>")
	g.compare("order-init-request.txt", out)
	g.fail("order-init-exists.txt", "order", "init", "request", "--app", app.Hex())
	g.fail("order-init-wrong-flag.txt", "order", "init", "app", "--app", app.Hex(), "--category", "1", "--out", "x.json")
	td := g.ok("order-sign-typed-data.json", "order", "sign", "ergon-request-order.json", "--typed-data")
	var typed apitypes.TypedData
	if err := json.Unmarshal([]byte(td), &typed); err != nil {
		t.Fatal(err)
	}
	d, _ := chain.LoadDeployment("deployment.json")
	if h, _, err := apitypes.TypedDataAndHash(typed); err != nil || common.BytesToHash(h) != domainOf(d).Digest(reqHash) {
		t.Fatalf("typed data hashes to %x (%v), want the order's digest", h, err)
	}
	g.ok("order-sign.txt", "order", "sign", "ergon-request-order.json")
	g.ok("order-publish.txt", "order", "publish", "ergon-request-order.json")

	g.ok("", "order", "init", "request", "--app", app.Hex(), "--workerpool", pool.Hex(), "--app-max-price", "0.5", "--workerpool-max-price", "1",
		"--trust", "5", "--tag", "gpu", "--salt", salt(7), "--out", "req2.json")
	// A wallet's signature, attached: what eth_signTypedData_v4 of the typed data returns.
	req2, _ := readOrderFile("req2.json")
	req2Hash, _ := orderHash(req2)
	sig, err := domainOf(d).Sign(dev[1].Key, req2Hash)
	if err != nil {
		t.Fatal(err)
	}
	wrong := append([]byte{}, sig...)
	wrong[64] ^= 27 ^ 28 // the other v: another signer
	g.fail("order-sign-wrong-signature.txt", "order", "sign", "req2.json", "--signature", hexutil.Encode(wrong))
	g.ok("order-sign.json", "order", "sign", "req2.json", "--signature", hexutil.Encode(sig), "--json")
	// An asset order's attached signature is checked against the asset's owner on-chain.
	g.ok("", "order", "init", "app", "--app", app.Hex(), "--price", "0.5", "--salt", salt(11), "--out", "app-order.json")
	appOrder, _ := readOrderFile("app-order.json")
	appOrderHash, _ := orderHash(appOrder)
	notOwner, err := domainOf(d).Sign(dev[2].Key, appOrderHash)
	if err != nil {
		t.Fatal(err)
	}
	g.fail("order-sign-app-not-owner.txt", "order", "sign", "app-order.json", "--signature", hexutil.Encode(notOwner))
	ownerSig, err := domainOf(d).Sign(dev[1].Key, appOrderHash)
	if err != nil {
		t.Fatal(err)
	}
	g.ok("order-sign-app.txt", "order", "sign", "app-order.json", "--signature", hexutil.Encode(ownerSig))
	g.ok("order-publish.json", "order", "publish", "req2.json", "--json")
	g.fail("order-publish-again.txt", "order", "publish", "req2.json")

	g.ok("", "order", "init", "request", "--app", app.Hex(), "--salt", salt(8), "--out", "unsigned.json")
	g.fail("order-publish-unsigned.txt", "order", "publish", "unsigned.json")
	// Presigned on-chain instead: by the owner's account, or by a contract given the calldata.
	g.ok("order-presign-calldata.txt", "order", "presign", "unsigned.json", "--calldata")
	g.fail("order-presign-not-owner.txt", as(dev[2], "order", "presign", "unsigned.json")...)
	g.ok("order-presign.json", "order", "presign", "unsigned.json", "--json")
	g.ok("order-presign-again.txt", "order", "presign", "unsigned.json")
	g.ok("order-publish-presigned.txt", "order", "publish", "unsigned.json")
	g.ok("", "order", "init", "request", "--app", app.Hex(), "--workerpool-max-price", "1", "--volume", "1000", "--salt", salt(9), "--out", "big.json")
	g.ok("", "order", "sign", "big.json")
	g.fail("order-publish-insufficient.txt", "order", "publish", "big.json")
	other := *d
	other.Hub = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if b, err := json.Marshal(other); err != nil {
		t.Fatal(err)
	} else if err := os.WriteFile("other-deployment.json", b, 0o644); err != nil {
		t.Fatal(err)
	}
	g.ok("", "order", "init", "request", "--app", app.Hex(), "--salt", salt(10), "--out", "other.json")
	g.ok("", "order", "sign", "other.json", "--deployment", "other-deployment.json")
	g.fail("order-publish-wrong-domain.txt", "order", "publish", "other.json", "--deployment", "other-deployment.json")

	// The book.
	g.ok("orderbook-app.txt", "orderbook", "app")
	g.ok("orderbook-app.json", "orderbook", "app", "--json")
	g.ok("orderbook-app-limit.json", "orderbook", "app", "--limit", "1", "--json")
	g.ok("orderbook-app-all.txt", "orderbook", "app", "--limit", "1", "--all")
	g.ok("orderbook-app-tee.txt", "orderbook", "app", "--tag", "tee", "--workerpool", pool.Hex())
	g.ok("orderbook-workerpool.txt", "orderbook", "workerpool", "--category", "0", "--min-trust", "2", "--tag", "gpu")
	g.ok("orderbook-dataset.json", "orderbook", "dataset", "--app", app.Hex(), "--json")
	g.ok("orderbook-request.txt", "orderbook", "request", "--owner", dev[1].Address.Hex())
	if out := g.ok("", "orderbook", "dataset", "--app", pool.Hex()); out != "" {
		t.Errorf("orderbook with nothing to list printed %q", out)
	}
	g.fail("orderbook-no-market.txt", "orderbook", "app", "--market-url", "http://127.0.0.1:1")
	g.fail("orderbook-bad-filter.txt", "orderbook", "workerpool", "--min-trust", "high")

	// Show, unpublish, cancel.
	g.ok("order-show.txt", "order", "show", appHash)
	g.ok("order-show-request.txt", "order", "show", reqHash.Hex())
	g.fail("order-show-unknown.txt", "order", "show", salt(99))
	g.fail("app-unpublish-not-owner.txt", as(dev[2], "app", "unpublish", appHash)...)
	g.fail("workerpool-unpublish-app-order.txt", "workerpool", "unpublish", appHash)
	g.ok("app-unpublish.txt", "app", "unpublish", appHash)
	g.fail("app-unpublish-again.txt", "app", "unpublish", appHash)
	g.ok("order-show-unpublished.txt", "order", "show", appHash)

	g.ok("order-cancel.txt", "order", "cancel", "ergon-request-order.json")
	g.fail("order-cancel-again.txt", "order", "cancel", "ergon-request-order.json")
	g.fail("order-cancel-not-owner.txt", as(dev[2], "order", "cancel", cheap.Hash.Hex())...)
	g.ok("order-cancel.json", as(dev[2], "order", "cancel", poolHash, "--json")...)
	mc := api.NewMarketClient(marketURL, nil)
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := mc.Order(ctx, common.HexToHash(poolHash))
		if err == nil && r.Status == api.StatusCancelled {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the market did not see the cancellation: %+v %v", r, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	g.ok("order-show-cancelled.txt", "order", "show", poolHash)
	g.ok("order-unpublish-request.txt", "order", "unpublish", req2Hash.Hex())
	g.ok("app-unpublish.json", "app", "unpublish", cheap.Hash.Hex(), "--json")
}
