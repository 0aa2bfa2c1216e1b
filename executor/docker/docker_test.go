//go:build unix

package docker

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"

	"ergon/executor"
	"ergon/executor/wasm"
	"ergon/testenv"
)

// The tests run against a real Docker daemon, found like the executor finds
// it ($DOCKER_HOST, else the default socket); .ci/run starts one. Without
// one they skip, loudly, except in CI, where they fail.

func TestMain(m *testing.M) {
	// TestHelloLikeWASM runs the same app under executor/wasm, whose
	// sandbox process is this test binary.
	wasm.RunChildIfRequested()
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	dir, err := os.MkdirTemp("", "ergon-docker-test-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	removeTestImages()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testDir holds what the tests share: the built apps and their image
// tarballs.
var testDir string

var (
	daemonOnce sync.Once
	daemonCli  *client.Client
	daemonArch string
	daemonErr  error
)

// daemon returns a client of the test daemon, or skips the test (fails it
// in CI) when there is none.
func daemon(t *testing.T) *client.Client {
	t.Helper()
	daemonOnce.Do(func() {
		cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
		if err != nil {
			daemonErr = err
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		v, err := cli.ServerVersion(ctx)
		if err != nil {
			cli.Close()
			daemonErr = fmt.Errorf("%s: %w", cli.DaemonHost(), err)
			return
		}
		daemonCli, daemonArch = cli, v.Arch
	})
	if daemonErr != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no Docker daemon (CI=true, so this is a failure; .ci/run starts one): %v", daemonErr)
		}
		t.Skipf("SKIPPED: no Docker daemon: %v (start dockerd and set DOCKER_HOST, see .ci/run)", daemonErr)
	}
	return daemonCli
}

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// binary returns the path of a test app built as a static Linux binary for
// the daemon's architecture: "guest" (testdata/guest) or "hello"
// (examples/hello), both built by one go command, once per test binary.
func binary(t *testing.T, name string) string {
	t.Helper()
	daemon(t)
	goBin := testenv.GoCommand(t, "to build the test apps")
	buildOnce.Do(func() {
		buildDir = filepath.Join(testDir, "bin")
		start := time.Now()
		cmd := exec.Command(goBin, "build", "-trimpath", "-buildvcs=false", "-ldflags=-s",
			"-o", buildDir+"/", "./testdata/guest", "../../examples/hello")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH="+daemonArch)
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = errors.New(err.Error() + ": " + string(out))
		}
		t.Logf("built the test apps in %s", time.Since(start).Round(time.Millisecond))
	})
	if buildErr != nil {
		t.Fatalf("build the test apps: %v", buildErr)
	}
	return filepath.Join(buildDir, name)
}

var (
	imagesMu sync.Mutex
	images   = map[string]executor.App{} // by binary
	loaded   []executor.App              // every image tarball made
)

// testApp returns the app whose image runs the binary name, made once per
// test binary.
func testApp(t *testing.T, name string) executor.App {
	t.Helper()
	bin := binary(t, name)
	imagesMu.Lock()
	defer imagesMu.Unlock()
	if app, ok := images[name]; ok {
		return app
	}
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	app := saveImage(t, name, map[string][]byte{"app": b}, `ENTRYPOINT ["/app"]`)
	images[name] = app
	return app
}

// saveImage makes an image tarball the way an app provider without a
// registry would: a tar of the files imported as an image with the
// Dockerfile instructions changes, saved to a file. The imported image is
// removed again, so the executor has to load the tarball.
func saveImage(t *testing.T, name string, files map[string][]byte, changes ...string) executor.App {
	t.Helper()
	cli := daemon(t)
	ctx := context.Background()
	start := time.Now()
	ref := "ergon-test-" + name + ":" + randomHex(4)
	rc, err := cli.ImageImport(ctx, image.ImportSource{Source: bytes.NewReader(tarOf(t, files)), SourceName: "-"},
		ref, image.ImportOptions{Changes: changes})
	if err != nil {
		t.Fatalf("import %s: %v", ref, err)
	}
	_, err = loadOutput(rc)
	rc.Close()
	if err != nil {
		t.Fatalf("import %s: %v", ref, err)
	}
	imported, err := cli.ImageInspect(ctx, ref)
	if err != nil {
		t.Fatalf("inspect %s: %v", ref, err)
	}
	// Saved by id, so that loading it tags nothing but what the executor
	// tags.
	saved, err := cli.ImageSave(ctx, []string{imported.ID})
	if err != nil {
		t.Fatalf("save %s: %v", ref, err)
	}
	path := filepath.Join(testDir, name+"-"+randomHex(4)+".tar")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(f, h), saved)
	saved.Close()
	if err := errors.Join(err, f.Close()); err != nil {
		t.Fatalf("save %s: %v", ref, err)
	}
	if _, err := cli.ImageRemove(ctx, ref, image.RemoveOptions{Force: true, PruneChildren: true}); err != nil {
		t.Fatalf("remove %s: %v", ref, err)
	}
	app := executor.App{Name: name, Path: path, Checksum: [32]byte(h.Sum(nil))}
	loaded = append(loaded, app)
	t.Logf("made the %s image tarball in %s", name, time.Since(start).Round(time.Millisecond))
	return app
}

// removeTestImages removes the images the executor loaded from the test
// tarballs: each run of the tests makes new ones.
func removeTestImages() {
	if daemonCli == nil {
		return
	}
	ctx := context.Background()
	for _, app := range loaded {
		if img, err := daemonCli.ImageInspect(ctx, imageTag(app.Checksum)); err == nil {
			daemonCli.ImageRemove(ctx, img.ID, image.RemoveOptions{Force: true, PruneChildren: true})
		}
	}
}

// tarOf is a tar of the files, mode 0755.
func tarOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for name, b := range files {
		hdr := &tar.Header{Name: name, Mode: 0o755, Size: int64(len(b)), Typeflag: tar.TypeReg, ModTime: time.Unix(0, 0)}
		if err := tw.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		tw.Write(b)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// newExecutor returns an executor on the test daemon logging through t.
func newExecutor(t *testing.T) *Executor {
	t.Helper()
	daemon(t)
	cfg := DefaultConfig()
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// newJob is a job of app with one input file, in directories private to
// the worker (0700, as t.TempDir makes them), and a task id of its own.
func newJob(t *testing.T, app executor.App, args ...string) executor.Job {
	t.Helper()
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "input.txt"), []byte("hello from /in"), 0o600); err != nil {
		t.Fatal(err)
	}
	return executor.Job{
		TaskID:      "0x7461736b" + randomHex(4),
		DealID:      "0x6465616c",
		Index:       3,
		BotSize:     10,
		App:         app,
		Args:        args,
		InDir:       in,
		OutDir:      t.TempDir(),
		InputFiles:  []string{"input.txt"},
		MemoryLimit: 64 << 20,
		Timeout:     20 * time.Second,
	}
}

// runJob runs job and checks that it left no container behind.
func runJob(t *testing.T, e *Executor, job executor.Job) *executor.Result {
	t.Helper()
	res, err := e.Run(context.Background(), job)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	t.Logf("%s: exit %d, %q, ran %s; stdout %q; stderr %q", res.Failure, res.ExitCode, res.Message,
		res.Duration.Round(time.Millisecond), lastBytes(res.Stdout, 300), lastBytes(res.Stderr, 300))
	noContainers(t, job.TaskID)
	return res
}

// noContainers fails the test if a container of the task is left.
func noContainers(t *testing.T, task string) {
	t.Helper()
	list, err := daemon(t).ContainerList(context.Background(), container.ListOptions{
		All:     true,
		Filters: filters.NewArgs(filters.Arg("label", Label+"="+task)),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		t.Errorf("container %s (%s) of task %s left behind", c.Names, c.State, task)
	}
}

func lastBytes(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// TestHelloLikeWASM runs examples/hello in a container and under the WASM
// executor on the same job: the digests of their /out must be equal.
func TestHelloLikeWASM(t *testing.T) {
	e := newExecutor(t)
	job := newJob(t, testApp(t, "hello"), "a b", "c")
	// A container always has HOME (the runtime sets it): the same job
	// under WASM gets it from the job.
	job.Env = map[string]string{"HOME": "/"}
	res := runJob(t, e, job)
	if !res.OK() {
		t.Fatalf("got %s: %s", res.Failure, res.Message)
	}
	got, err := os.ReadFile(filepath.Join(job.OutDir, "hello.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.Stdout, got) {
		t.Errorf("stdout %q differs from hello.txt %q", res.Stdout, got)
	}
	for _, want := range []string{
		"hello from task 3 of 10\n",
		`args: ["a b" "c"]` + "\n",
		"env: ERGON_INPUT_FILE_NAME_1=input.txt\n",
		"in: input.txt (14 bytes)\n",
	} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("hello.txt does not contain %q:\n%s", want, got)
		}
	}
	for _, unwanted := range []string{"env: PATH=", "env: HOSTNAME="} {
		if bytes.Contains(got, []byte(unwanted)) {
			t.Errorf("hello.txt contains %q, a variable of Docker's, not of the job:\n%s", unwanted, got)
		}
	}
	d, _, err := executor.Digest(context.Background(), job.OutDir)
	if err != nil {
		t.Fatal(err)
	}

	// The same app and job under WASM.
	wasmJob := job
	wasmJob.App = wasmHello(t)
	wasmJob.OutDir = t.TempDir()
	wcfg := wasm.DefaultConfig()
	wcfg.CacheDir = filepath.Join(testDir, "wasm-cache")
	we, err := wasm.New(wcfg)
	if err != nil {
		t.Fatal(err)
	}
	wres, err := we.Run(context.Background(), wasmJob)
	if err != nil || !wres.OK() {
		t.Fatalf("WASM run: %v %+v", err, wres)
	}
	wd, _, err := executor.Digest(context.Background(), wasmJob.OutDir)
	if err != nil {
		t.Fatal(err)
	}
	if d != wd {
		wgot, _ := os.ReadFile(filepath.Join(wasmJob.OutDir, "hello.txt"))
		t.Errorf("Docker digest %x, WASM digest %x; hello.txt under Docker:\n%s\nunder WASM:\n%s", d, wd, got, wgot)
	}
	t.Logf("hello: Docker %s, WASM %s (app run time only)", res.Duration.Round(time.Millisecond), wres.Duration.Round(time.Millisecond))
}

// wasmHello builds examples/hello for wasip1.
func wasmHello(t *testing.T) executor.App {
	t.Helper()
	path := filepath.Join(testDir, "hello.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags=-s", "-o", path, "../../examples/hello")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build hello for wasip1: %v: %s", err, out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return executor.App{Name: "hello", Path: path, Checksum: sha256.Sum256(b)}
}

func TestFailures(t *testing.T) {
	e := newExecutor(t)
	guest := testApp(t, "guest")
	tests := []struct {
		name     string
		args     []string
		memory   int64
		timeout  time.Duration
		want     executor.FailureKind
		wantCode int
		wantMsg  string // substring of Message
	}{
		{"exit 0", []string{"exit", "0"}, 0, 0, executor.None, 0, "completion"},
		{"exit 3", []string{"exit", "3"}, 0, 0, executor.NonZeroExit, 3, "exited with status 3"},
		{"panic", []string{"panic"}, 0, 0, executor.Crash, 2, "the app panicked: boom"},
		{"abort", []string{"abort"}, 0, 0, executor.Crash, 134, "killed by signal SIGABRT"},
		{"timeout", []string{"loop"}, 0, 1500 * time.Millisecond, executor.Timeout, -1, "within its 1.5s time limit"},
		{"alloc 1 GiB in 32 MiB", []string{"alloc", "1024"}, 32 << 20, 0, executor.OutOfMemory, 137, "ran out of its 32 MiB of memory"},
		{"alloc 8 MiB in 32 MiB", []string{"alloc", "8"}, 32 << 20, 0, executor.None, 0, "completion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			job := newJob(t, guest, tt.args...)
			if tt.memory != 0 {
				job.MemoryLimit = tt.memory
			}
			if tt.timeout != 0 {
				job.Timeout = tt.timeout
			}
			start := time.Now()
			res := runJob(t, e, job)
			if res.Failure != tt.want || res.ExitCode != tt.wantCode {
				t.Errorf("got %s (exit %d), want %s (exit %d)", res.Failure, res.ExitCode, tt.want, tt.wantCode)
			}
			if !strings.Contains(res.Message, tt.wantMsg) {
				t.Errorf("message %q does not contain %q", res.Message, tt.wantMsg)
			}
			if tt.want == executor.Timeout {
				if res.Duration < tt.timeout {
					t.Errorf("ran %s, less than its time limit", res.Duration)
				}
				if elapsed := time.Since(start); elapsed > tt.timeout+10*time.Second {
					t.Errorf("Run took %s for a %s time limit", elapsed, tt.timeout)
				}
			}
		})
	}
}

// TestSandbox checks what the app can see and do.
func TestSandbox(t *testing.T) {
	e := newExecutor(t)
	job := newJob(t, testApp(t, "guest"), "sandbox")
	res := runJob(t, e, job)
	if !res.OK() {
		t.Fatalf("got %s: %s", res.Failure, res.Message)
	}
	report := map[string]string{}
	for _, l := range strings.Split(string(res.Stdout), "\n") {
		if k, v, ok := strings.Cut(l, ": "); ok {
			report[k] = v
		}
	}
	for key, want := range map[string]string{
		"uid":        "65534",
		"gid":        "65534",
		"hostname":   Hostname,
		"cwd":        "/",
		"write /":    "read-only file system",
		"write /in":  "read-only file system",
		"write /tmp": "ok",
		"read /in":   "hello from /in",
		"write /out": "ok",
		"interfaces": "lo",
		"dial":       "error: ",
		"resolve":    "error: ",
		"CapEff":     "0000000000000000",
		"CapPrm":     "0000000000000000",
		"CapBnd":     "0000000000000000",
		"NoNewPrivs": "1",
		"Seccomp":    "2",
	} {
		got, ok := report[key]
		switch {
		case !ok:
			t.Errorf("%s: not reported", key)
		case key == "interfaces" && got != want, !strings.Contains(got, want):
			t.Errorf("%s: %q, want %q", key, got, want)
		}
	}

	// The worker gets everything back: its input directory as it was,
	// the app's output as its own.
	for _, p := range []string{job.InDir, filepath.Join(job.InDir, "input.txt"), job.OutDir,
		filepath.Join(job.OutDir, "private"), filepath.Join(job.OutDir, "private", "secret.txt")} {
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st := fi.Sys().(*syscall.Stat_t); int(st.Uid) != os.Getuid() || int(st.Gid) != os.Getgid() {
			t.Errorf("%s is owned by %d:%d, want the worker's %d:%d", p, st.Uid, st.Gid, os.Getuid(), os.Getgid())
		}
	}
	if b, err := os.ReadFile(filepath.Join(job.OutDir, "private", "secret.txt")); string(b) != "written by the app" {
		t.Errorf("secret.txt: %q, %v", b, err)
	}
}

func TestOutputIsBounded(t *testing.T) {
	e := newExecutor(t)
	res := runJob(t, e, newJob(t, testApp(t, "guest"), "flood", "1000000"))
	if !res.OK() || len(res.Stdout) != executor.OutputTailSize || !bytes.HasSuffix(res.Stdout, []byte("x\nend")) {
		t.Errorf("got %s with %d bytes of stdout ending %q, want the last %d bytes",
			res.Failure, len(res.Stdout), lastBytes(res.Stdout, 10), executor.OutputTailSize)
	}
}

// TestCancel: a cancelled context stops the app at once, Run returns the
// cause, and the container is gone.
func TestCancel(t *testing.T) {
	e := newExecutor(t)
	job := newJob(t, testApp(t, "guest"), "loop")
	ctx, cancel := context.WithCancelCause(context.Background())
	cause := errors.New("worker shutting down")
	time.AfterFunc(time.Second, func() { cancel(cause) })
	start := time.Now()
	res, err := e.Run(ctx, job)
	if !errors.Is(err, cause) || res != nil {
		t.Errorf("Run = %+v, %v; want the cancellation's cause", res, err)
	}
	if elapsed := time.Since(start); elapsed > 15*time.Second {
		t.Errorf("Run returned %s after being started, long after the cancellation", elapsed)
	}
	noContainers(t, job.TaskID)
}

// TestBadApp: tarballs that are not a usable app are BadApp results, and
// never reach a container.
func TestBadApp(t *testing.T) {
	e := newExecutor(t)
	good := testApp(t, "guest")
	dir := t.TempDir()
	file := func(name string, b []byte) executor.App {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return executor.App{Name: name, Path: p, Checksum: sha256.Sum256(b)}
	}
	// mkImage is a tarball of images described by their manifest entries,
	// each with the configuration config.json.
	mkImage := func(name, config string, manifest ...string) executor.App {
		return file(name, tarOf(t, map[string][]byte{
			"manifest.json": []byte("[" + strings.Join(manifest, ",") + "]"),
			"config.json":   []byte(config),
		}))
	}
	linux := fmt.Sprintf(`{"os":"linux","architecture":%q}`, e.arch)
	one := `{"Config":"config.json","Layers":[]}`

	wrongSum := good
	wrongSum.Checksum[0] ^= 1
	tests := []struct {
		name    string
		app     executor.App
		wantMsg string
	}{
		{"checksum mismatch", wrongSum, "does not match its registered checksum"},
		{"not a tar", file("junk", bytes.Repeat([]byte("junk"), 300)), "is not a tar file"},
		{"no manifest", file("plain.tar", tarOf(t, map[string][]byte{"app": []byte("x")})), "has no manifest.json"},
		{"two images", mkImage("two.tar", linux, one, one), "holds 2 images"},
		{"missing config", mkImage("noconfig.tar", linux, `{"Config":"other.json"}`), `lacks the image configuration "other.json"`},
		{"other platform", mkImage("arm.tar", `{"os":"linux","architecture":"riscv32"}`, one), "is for linux/riscv32"},
		{"reserved tag", mkImage("hijack.tar", linux,
			`{"Config":"config.json","RepoTags":["ergon-app:`+hex.EncodeToString(good.Checksum[:])+`"]}`),
			"the repository ergon-app is reserved"},
		{"no command", mkImage("nocmd.tar", linux[:len(linux)-1]+`,"rootfs":{"type":"layers","diff_ids":[]}}`, one), "neither an ENTRYPOINT nor a CMD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runJob(t, e, newJob(t, tt.app))
			if res.Failure != executor.BadApp || res.ExitCode != -1 || !strings.Contains(res.Message, tt.wantMsg) {
				t.Errorf("got %s (exit %d) %q, want bad-app (exit -1) saying %q", res.Failure, res.ExitCode, res.Message, tt.wantMsg)
			}
			if tt.name == "no command" {
				loaded = append(loaded, tt.app) // removed at the end
			}
		})
	}

	// A command that does not exist: docker-init reports it, or without
	// it the daemon refuses to start the container.
	missing := saveImage(t, "missing", map[string][]byte{"app": []byte("x")}, `ENTRYPOINT ["/missing"]`)
	noInit := DefaultConfig()
	noInit.Init = false
	noInit.Logger = e.log
	e2, err := New(noInit)
	if err != nil {
		t.Fatal(err)
	}
	defer e2.Close()
	for _, e := range []*Executor{e, e2} {
		t.Run(fmt.Sprintf("missing command, init %t", e.cfg.Init), func(t *testing.T) {
			res := runJob(t, e, newJob(t, missing))
			if res.Failure != executor.BadApp || res.ExitCode != -1 || !strings.Contains(res.Message, "cannot be started") ||
				!strings.Contains(res.Message, "/missing") {
				t.Errorf("got %s (exit %d) %q, want bad-app saying /missing cannot be started", res.Failure, res.ExitCode, res.Message)
			}
		})
	}
}

// TestImageCache: once loaded, an app's image is found by its checksum, by
// a new executor too (a restarted worker), without its tarball.
func TestImageCache(t *testing.T) {
	app := testApp(t, "guest")
	runJob(t, newExecutor(t), newJob(t, app, "exit", "0")) // loads it if no test did yet
	gone := app
	gone.Path = filepath.Join(t.TempDir(), "deleted.tar")
	if res := runJob(t, newExecutor(t), newJob(t, gone, "exit", "0")); !res.OK() {
		t.Errorf("got %s: %s", res.Failure, res.Message)
	}
}

func TestConcurrentRuns(t *testing.T) {
	e := newExecutor(t)
	app := testApp(t, "hello")
	jobs := make([]executor.Job, 3)
	results := make([]*executor.Result, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i := range jobs {
		jobs[i] = newJob(t, app)
		jobs[i].Index = uint64(i)
		wg.Go(func() { results[i], errs[i] = e.Run(context.Background(), jobs[i]) })
	}
	wg.Wait()
	for i, res := range results {
		if errs[i] != nil || !res.OK() {
			t.Fatalf("run %d: %v, %+v", i, errs[i], res)
		}
		want := fmt.Sprintf("hello from task %d of 10\n", i)
		if !bytes.HasPrefix(res.Stdout, []byte(want)) {
			t.Errorf("run %d printed %q, want it to start with %q", i, res.Stdout, want)
		}
		noContainers(t, jobs[i].TaskID)
	}
}

func TestUnsafeOutDir(t *testing.T) {
	e := newExecutor(t)
	job := newJob(t, testApp(t, "guest"), "exit", "0")
	if err := os.WriteFile(filepath.Join(job.OutDir, "left.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Run(context.Background(), job); !errors.Is(err, ErrUnsafeDir) {
		t.Errorf("Run with a non-empty /out: %v, want ErrUnsafeDir", err)
	}
}

// TestUnreachable needs no daemon: it is the error a worker without one
// gets.
func TestUnreachable(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Host = "unix://" + filepath.Join(t.TempDir(), "no-docker.sock")
	_, err := New(cfg)
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "is dockerd running? set DOCKER_HOST") ||
		!strings.Contains(err.Error(), cfg.Host) {
		t.Errorf("New with no daemon: %v", err)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, user := range []string{"", "nobody", "0:0", "0:65534", "65534", "-1:5"} {
		cfg := DefaultConfig()
		cfg.User = user
		if _, err := New(cfg); err == nil || !strings.Contains(err.Error(), "user") {
			t.Errorf("User %q: %v, want an error about the user", user, err)
		}
	}
	cfg := DefaultConfig()
	cfg.DefaultMemoryLimit = 1 << 20
	if _, err := New(cfg); err == nil {
		t.Error("a 1 MiB memory limit was accepted")
	}
}

func TestEnviron(t *testing.T) {
	job := []string{"ERGON_TASK_ID=0x1", "LANG=C"}
	for _, tt := range []struct {
		image, want []string
	}{
		{nil, []string{"ERGON_TASK_ID=0x1", "HOME=/", "LANG=C", "HOSTNAME", "PATH"}},
		{[]string{"PATH=/usr/bin", "LANG=fr_FR", "HOME=/app"},
			[]string{"ERGON_TASK_ID=0x1", "HOME=/app", "LANG=C", "PATH=/usr/bin", "HOSTNAME"}},
	} {
		got := (&appImage{env: tt.image}).environ(job)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("image env %q: got %q, want %q", tt.image, got, tt.want)
		}
	}
}

func TestCommand(t *testing.T) {
	for _, tt := range []struct {
		entrypoint, cmd, args, want []string
	}{
		{[]string{"/app"}, []string{"--default"}, []string{"a"}, []string{"/app", "a"}},
		{[]string{"/app"}, nil, nil, []string{"/app"}},
		{nil, []string{"python", "main.py"}, []string{"a"}, []string{"python", "main.py", "a"}},
		{nil, nil, []string{"a"}, nil},
	} {
		got := (&appImage{entrypoint: tt.entrypoint, cmd: tt.cmd}).command(tt.args)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("entrypoint %q cmd %q args %q: %q, want %q", tt.entrypoint, tt.cmd, tt.args, got, tt.want)
		}
	}
}

func TestClassify(t *testing.T) {
	const limit, timeout = 64 << 20, time.Minute
	for _, tt := range []struct {
		end  end
		want executor.FailureKind
		code int
	}{
		{end{exitCode: 0}, executor.None, 0},
		{end{exitCode: 0, oom: true}, executor.None, 0},
		{end{exitCode: 1}, executor.NonZeroExit, 1},
		{end{exitCode: 137, oomKilled: true}, executor.OutOfMemory, 137},
		{end{exitCode: 2, oom: true, fatal: "fatal error: runtime: out of memory"}, executor.OutOfMemory, 2},
		{end{exitCode: 137, timedOut: true}, executor.Timeout, -1},
		{end{exitCode: 139}, executor.Crash, 139},
		{end{exitCode: 137}, executor.Crash, 137},
		{end{exitCode: 2, fatal: "panic: boom"}, executor.Crash, 2},
		{end{exitCode: 2}, executor.NonZeroExit, 2},
		{end{exitCode: 200}, executor.NonZeroExit, 200},
		{end{exitCode: 127, initFail: "exec /app failed: No such file or directory"}, executor.BadApp, -1},
		{end{exitCode: 127}, executor.NonZeroExit, 127},
	} {
		o := classify(tt.end, limit, timeout)
		if o.failure != tt.want || o.exitCode != tt.code || o.message == "" {
			t.Errorf("%+v: %s (exit %d) %q, want %s (exit %d)", tt.end, o.failure, o.exitCode, o.message, tt.want, tt.code)
		}
	}
}
