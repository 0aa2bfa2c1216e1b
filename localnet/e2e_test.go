//go:build unix

package localnet_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/poco"
	"ergon/examples/mandelbrot/tile"
	"ergon/executor"
	"ergon/executor/docker"
	"ergon/executor/wasm"
	"ergon/localnet"
	"ergon/requester"
	"ergon/store"
	"ergon/testenv"
	"ergon/wasmloop"
	"ergon/worker"
)

func TestMain(m *testing.M) {
	wasm.RunChildIfRequested()
	// Under -race, every sandbox process would otherwise sleep 1 s before exiting.
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	dir, err := os.MkdirTemp("", "ergon-e2e-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var testDir string

// appSources are the apps the tests register: the examples and the executor's test guest
// (its first argument picks a behaviour: loop, alloc N, exit N…).
var appSources = map[string]string{
	"hello":      "./examples/hello",
	"mandelbrot": "./examples/mandelbrot",
	"cpubench":   "./examples/cpubench",
	"guest":      "./executor/wasm/testdata/guest",
}

var (
	buildOnce sync.Once
	builtApps map[string]string
	buildErr  error
)

// apps builds the apps to wasip1 once per test binary, as `make examples` does.
func apps(t *testing.T) map[string]string {
	t.Helper()
	goBin := testenv.GoCommand(t, "to build the apps")
	buildOnce.Do(func() {
		out := filepath.Join(testDir, "apps")
		builtApps = map[string]string{}
		for name, src := range appSources {
			path := filepath.Join(out, name+".wasm")
			if err := os.MkdirAll(out, 0o755); err != nil {
				buildErr = err
				return
			}
			if _, err := wasmloop.Build(context.Background(), wasmloop.BuildConfig{Go: goBin, Dir: ".."}, src, path); err != nil {
				buildErr = err
				return
			}
			builtApps[name] = path
		}
		buildErr = warmCache(builtApps)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtApps
}

// warmCache compiles every app once into the executors' shared cache, so that the workers'
// sandboxes (race-instrumented in `make test`) load them instead of all compiling them at once.
func warmCache(apps map[string]string) error {
	cfg := wasm.DefaultConfig()
	cfg.CacheDir = filepath.Join(testDir, "wasm-cache")
	e, err := wasm.New(cfg)
	if err != nil {
		return err
	}
	defer e.Close()
	for name, path := range apps {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dir := filepath.Join(testDir, "warm", name)
		in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
		for _, d := range []string{in, out} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
		}
		// Any run compiles the module; "--help"-like arguments keep it short.
		if _, err := e.Run(context.Background(), executor.Job{TaskID: "0x00", App: executor.App{Name: name, Path: path, Checksum: sha256.Sum256(b)},
			Args: []string{"exit", "0"}, InDir: in, OutDir: out, Timeout: time.Minute}); err != nil {
			return fmt.Errorf("warm %s: %w", name, err)
		}
	}
	return nil
}

// harness is a whole local Ergon in the test process: the embedded dev chain, the deployed
// protocol, the result store, a scheduler and workers.
type harness struct {
	t      *testing.T
	ctx    context.Context
	client *chain.Client
	net    *localnet.Net
	req    *requester.Requester
	// behave lets a test change what worker i's executor does.
	behave []*atomic.Pointer[behaviour]
}

// behaviour is a test's hold on a worker's executor.
type behaviour struct {
	// lie rewrites the app's outputs after it ran: the worker contributes a wrong result.
	lie bool
	// hang blocks every run until the worker stops: a worker that dies mid-task.
	hang bool
}

type harnessOptions struct {
	workers, slots int
	timeRef        uint64
	memory         int64
	// docker runs the Docker apps dockerApps (name → image tarball).
	docker     executor.Executor
	dockerApps map[string]string
}

func newHarness(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	appPaths := apps(t)
	if o.slots == 0 {
		o.slots = 2
	}
	if o.timeRef == 0 {
		o.timeRef = 60
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	t.Cleanup(cancel)
	log := slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))

	dc, err := localnet.NewDevChain(ctx, filepath.Join(t.TempDir(), "chain"), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	client, funder := dc.Client, dc.Funder

	wcfg := wasm.DefaultConfig()
	wcfg.CacheDir = filepath.Join(testDir, "wasm-cache")
	wcfg.Logger = log
	if o.memory != 0 {
		wcfg.DefaultMemoryLimit = o.memory
	}
	wx, err := wasm.New(wcfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wx.Close() })
	h := &harness{t: t, ctx: ctx, client: client}
	for range o.workers {
		h.behave = append(h.behave, &atomic.Pointer[behaviour]{})
	}
	cfg := localnet.DefaultConfig()
	cfg.Chain, cfg.Funder, cfg.DataDir, cfg.Logger = client, funder, t.TempDir(), log
	cfg.Workers, cfg.Slots, cfg.Apps, cfg.TimeRef = o.workers, o.slots, appPaths, o.timeRef
	cfg.StorePort, cfg.SchedulerPort = 0, 0
	cfg.Scheduler.Lease, cfg.Scheduler.Heartbeat = 1500*time.Millisecond, 300*time.Millisecond
	execs := map[uint8]executor.Executor{worker.KindWASM: wx}
	if o.docker != nil {
		execs[worker.KindDocker] = o.docker
		cfg.DockerApps = o.dockerApps
	}
	cfg.NewWorker = localnet.Workers(client, execs, localnet.WorkerOptions{
		Slots: o.slots, Logger: log,
		Wrap: func(i int, e executor.Executor) executor.Executor { return &testExecutor{inner: e, b: h.behave[i]} },
	})
	n, err := localnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	h.net = n
	st, err := store.NewClient(n.StoreURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	h.req = requester.New(client, n.Requester, st)
	return h
}

// testExecutor wraps the real WASM executor with the test's behaviour.
type testExecutor struct {
	inner executor.Executor
	b     *atomic.Pointer[behaviour]
	runs  atomic.Int64
}

func (e *testExecutor) Run(ctx context.Context, job executor.Job) (*executor.Result, error) {
	e.runs.Add(1)
	b := e.b.Load()
	if b != nil && b.hang {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	res, err := e.inner.Run(ctx, job)
	if err == nil && b != nil && b.lie {
		// Overwrite every output file: another digest, as a cheating worker would give.
		filepath.WalkDir(job.OutDir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && filepath.Base(p) != executor.ComputedFile {
				os.WriteFile(p, []byte("made up\n"), 0o644)
			}
			return nil
		})
	}
	return res, err
}

// run requests app with params and waits for the deal's tasks.
func (h *harness) run(app string, params api.Params, trust, volume uint64) (*requester.Deal, map[common.Hash]*chain.Task) {
	h.t.Helper()
	d := h.match(app, params, trust, volume)
	return d, h.wait(d)
}

func (h *harness) match(app string, params api.Params, trust, volume uint64) *requester.Deal {
	h.t.Helper()
	appOrder, pool, err := h.net.Orders(h.ctx, app, h.req.Address(), trust, volume)
	if err != nil {
		h.t.Fatal(err)
	}
	d, err := h.req.Match(h.ctx, requester.Request{App: appOrder, Workerpool: pool, Params: params.String(),
		Trust: trust, Category: h.net.Category, Volume: volume})
	if err != nil {
		h.t.Fatal(err)
	}
	return d
}

func (h *harness) wait(d *requester.Deal) map[common.Hash]*chain.Task {
	h.t.Helper()
	tasks, err := h.req.Wait(h.ctx, d, 20*time.Millisecond, func(p requester.Progress) {
		h.t.Logf("deal %s: %+v", d.ID.TerminalString(), p)
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return tasks
}

// download fetches and verifies task i's result.
func (h *harness) download(t *chain.Task) string {
	h.t.Helper()
	dir := filepath.Join(h.t.TempDir(), "result")
	if _, err := h.req.Download(h.ctx, t, dir); err != nil {
		h.t.Fatalf("download task %s: %v", t.ID.TerminalString(), err)
	}
	return dir
}

func (h *harness) score(w common.Address) *big.Int {
	h.t.Helper()
	out, err := h.client.Call(h.ctx, h.client.Deployment.Hub, chain.Hub.PackWorkerScore(w))
	if err != nil {
		h.t.Fatal(err)
	}
	s, err := chain.Hub.UnpackWorkerScore(out)
	if err != nil {
		h.t.Fatal(err)
	}
	return s
}

func (h *harness) account(w common.Address) (free, frozen *big.Int) {
	h.t.Helper()
	out, err := h.client.Call(h.ctx, h.client.Deployment.Hub, chain.Hub.PackAccountOf(w))
	if err != nil {
		h.t.Fatal(err)
	}
	acc, err := chain.Hub.UnpackAccountOf(out)
	if err != nil {
		h.t.Fatal(err)
	}
	return acc.Balance, acc.Frozen
}

func completed(t *testing.T, tasks map[common.Hash]*chain.Task) {
	t.Helper()
	for id, task := range tasks {
		if task.Status != poco.StatusCompleted {
			t.Fatalf("task %s is %s, want completed", id.TerminalString(), task.Status)
		}
	}
}

// TestTrustOne runs one task on one worker and checks the downloaded result.
func TestTrustOne(t *testing.T) {
	h := newHarness(t, harnessOptions{workers: 1})
	d, tasks := h.run("hello", api.Params{Args: []string{"hi", "there"}}, 1, 1)
	completed(t, tasks)
	dir := h.download(tasks[d.TaskIDs()[0]])
	b, err := os.ReadFile(filepath.Join(dir, "hello.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "hello from task 0 of 1") || !strings.Contains(string(b), `"hi" "there"`) {
		t.Fatalf("hello.txt:\n%s", b)
	}
	// The worker was paid: its stake is free again and it earned the pool's price less the
	// scheduler's share.
	if _, frozen := h.account(h.net.WorkerAddress(0)); frozen.Sign() != 0 {
		t.Fatalf("worker stake still frozen: %s", frozen)
	}
}

// TestMandelbrotBag renders 16 tiles at trust 5 over 4 workers and assembles them.
func TestMandelbrotBag(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	h := newHarness(t, harnessOptions{workers: 4, slots: 2})
	p := tile.Params{Width: 256, Height: 256, Tiles: 16, Iterations: 128, X0: -2.25, Y0: -1.5, X1: 0.75, Y1: 1.5}
	args := []string{"--width", "256", "--height", "256", "--iterations", "128"}
	d, tasks := h.run("mandelbrot", api.Params{Args: args}, 5, 16)
	completed(t, tasks)
	var outs []fs.FS
	for _, id := range d.TaskIDs() {
		task := tasks[id]
		if n := len(task.State.Contributions); n < 3 {
			t.Errorf("task %s has %d contributions: trust 5 needs 3 agreeing fresh workers", id.TerminalString(), n)
		}
		outs = append(outs, os.DirFS(h.download(task)))
	}
	img, err := tile.Assemble(outs)
	if err != nil {
		t.Fatal(err)
	}
	whole := p
	whole.Tiles = 1
	want, err := tile.Render(whole, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !sameImage(img, want) {
		t.Fatal("the assembled image differs from the whole image rendered here")
	}
}

func sameImage(a, b *image.RGBA) bool {
	return a.Bounds() == b.Bounds() && string(a.Pix) == string(b.Pix)
}

// TestLyingWorker: a worker that contributes a wrong result loses its stake and score while
// the right result wins.
func TestLyingWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	h := newHarness(t, harnessOptions{workers: 4, slots: 1})
	liar := h.net.WorkerAddress(0)
	// Workers 2 and 3 join later, so that the liar and worker 1 are the first two replicas.
	h.net.StopWorker(2)
	h.net.StopWorker(3)
	// First earn the liar a score: an honest replicated task with worker 1.
	_, tasks := h.run("hello", api.Params{}, 3, 1)
	completed(t, tasks)
	scoreBefore := h.score(liar)
	if scoreBefore.Sign() <= 0 {
		t.Fatalf("liar score %s after an honest replicated task, want > 0", scoreBefore)
	}
	freeBefore, _ := h.account(liar)

	h.behave[0].Store(&behaviour{lie: true})
	d := h.match("hello", api.Params{Args: []string{"x"}}, 3, 1)
	// The two replicas disagree; more honest workers are needed.
	time.Sleep(500 * time.Millisecond)
	h.net.StartWorker(h.ctx, 2)
	h.net.StartWorker(h.ctx, 3)
	tasks = h.wait(d)
	completed(t, tasks)
	task := tasks[d.TaskIDs()[0]]
	h.download(task) // the honest result, verified against the digest
	var sawLiar bool
	for _, c := range task.State.Contributions {
		if c.Worker == liar {
			sawLiar = true
			if c.ResultHash == task.State.Consensus {
				t.Fatal("the liar's result won")
			}
		}
	}
	if !sawLiar {
		t.Fatal("the liar did not contribute")
	}
	if s := h.score(liar); s.Cmp(scoreBefore) >= 0 {
		t.Fatalf("liar score %s, want less than %s", s, scoreBefore)
	}
	free, frozen := h.account(liar)
	if frozen.Sign() != 0 || free.Cmp(freeBefore) >= 0 {
		t.Fatalf("liar balance %s (frozen %s), want less than %s: its stake is seized", free, frozen, freeBefore)
	}
}

// TestWorkerKilled: a worker that dies mid-task loses it to another.
func TestWorkerKilled(t *testing.T) {
	h := newHarness(t, harnessOptions{workers: 2, slots: 1})
	h.net.StopWorker(1)
	h.behave[0].Store(&behaviour{hang: true})
	d := h.match("hello", api.Params{}, 1, 1)
	id := d.TaskIDs()[0]
	// Wait until worker 0 holds the task, then kill it and start worker 1.
	deadline := time.Now().Add(time.Minute)
	for {
		info, err := h.net.Scheduler().TaskInfo(id)
		if err == nil && len(info.Replicas) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the task was never assigned")
		}
		time.Sleep(20 * time.Millisecond)
	}
	h.net.StopWorker(0)
	h.net.StartWorker(h.ctx, 1)
	tasks := h.wait(d)
	completed(t, tasks)
	task := tasks[id]
	if w := task.State.Contributions[0].Worker; w != h.net.WorkerAddress(1) {
		t.Fatalf("completed by %s, want worker 1 %s", w, h.net.WorkerAddress(1))
	}
	info, _ := h.net.Scheduler().TaskInfo(id)
	t.Logf("replicas: %+v", info.Replicas)
}

// TestSchedulerRestart: the scheduler stops in the middle of a replicated bag and starts
// again; every task completes and nobody contributes twice.
func TestSchedulerRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	h := newHarness(t, harnessOptions{workers: 4, slots: 2})
	d := h.match("hello", api.Params{}, 3, 8)
	// Stop once some contributions are on-chain.
	for i := 0; ; i++ {
		n := contributions(h, d)
		if n > 0 {
			break
		}
		if i > 3000 {
			t.Fatal("no contribution")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := h.net.StopScheduler(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second) // workers find it gone and retry
	if err := h.net.StartScheduler(h.ctx); err != nil {
		t.Fatal(err)
	}
	tasks := h.wait(d)
	completed(t, tasks)
	for id, task := range tasks {
		seen := map[common.Address]bool{}
		for _, c := range task.State.Contributions {
			if seen[c.Worker] {
				t.Fatalf("task %s: %s contributed twice", id.TerminalString(), c.Worker)
			}
			seen[c.Worker] = true
		}
	}
}

func contributions(h *harness, d *requester.Deal) int {
	n := 0
	for _, id := range d.TaskIDs() {
		ct, err := h.client.Task(h.ctx, id, d.Block)
		if err != nil {
			h.t.Fatal(err)
		}
		n += len(ct.State.Contributions)
	}
	return n
}

// TestAppFailures: an app that loops forever or eats memory ends as a clean, agreed failure.
func TestAppFailures(t *testing.T) {
	// The category's reference time is the apps' time limit.
	h := newHarness(t, harnessOptions{workers: 2, slots: 2, timeRef: 4, memory: 64 << 20})
	for _, tc := range []struct {
		name string
		args []string
		want executor.FailureKind
	}{
		{"loop", []string{"loop"}, executor.Timeout},
		{"memory", []string{"alloc", "512"}, executor.OutOfMemory},
		{"exit", []string{"exit", "3"}, executor.NonZeroExit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, tasks := h.run("guest", api.Params{Args: tc.args}, 1, 1)
			completed(t, tasks)
			dir := filepath.Join(t.TempDir(), "result")
			_, err := h.req.Download(h.ctx, tasks[d.TaskIDs()[0]], dir)
			if !errors.Is(err, requester.ErrAppFailed) {
				t.Fatalf("download: %v, want ErrAppFailed", err)
			}
			b, err := os.ReadFile(filepath.Join(dir, executor.ErrorFile))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), `"failure":"`+tc.want.String()+`"`) {
				t.Fatalf("error.json %s, want failure %s", b, tc.want)
			}
		})
	}
}

// TestDockerApp runs the hello example as a Docker image (built FROM scratch from a tarball by
// examples/docker/build.sh) through the Docker executor.
func TestDockerApp(t *testing.T) {
	dcfg := docker.DefaultConfig()
	dx, err := docker.New(dcfg)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no Docker daemon in CI: %v", err)
		}
		t.Skipf("SKIPPED: no Docker daemon: %v", err)
	}
	defer dx.Close()
	tarball := filepath.Join(t.TempDir(), "hello-docker.tar")
	cmd := exec.Command("bash", "examples/docker/build.sh", tarball)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build the image: %v\n%s", err, out)
	}
	h := newHarness(t, harnessOptions{workers: 1, docker: dx, dockerApps: map[string]string{"hello-docker": tarball}})
	d, tasks := h.run("hello-docker", api.Params{Args: []string{"from", "docker"}}, 1, 1)
	completed(t, tasks)
	dir := h.download(tasks[d.TaskIDs()[0]])
	b, err := os.ReadFile(filepath.Join(dir, "hello.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "hello from task 0 of 1") || !strings.Contains(string(b), `"from" "docker"`) {
		t.Fatalf("hello.txt:\n%s", b)
	}
}
