//go:build unix

package examples_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"image"
	"image/png"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"ergon/examples/cpubench/kernel"
	"ergon/examples/mandelbrot/tile"
	"ergon/executor"
	"ergon/executor/wasm"
	"ergon/testenv"
	"ergon/wasmloop"
)

func TestMain(m *testing.M) {
	wasm.RunChildIfRequested()
	// Under -race, every sandbox process would otherwise sleep 1 s before
	// exiting (the race runtime's atexit_sleep_ms).
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	dir, err := os.MkdirTemp("", "ergon-examples-test-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// testDir holds what the tests share: the built apps and the executor's
// compilation cache.
var testDir string

// apps are the example apps, by directory.
var apps = []string{"hello", "mandelbrot", "cpubench"}

// build is a `go build` done once per test binary.
type build struct {
	once sync.Once
	dir  string
	err  error
}

var wasmApps, nativeApps build

// do runs the build once with the flags of `make examples`: natively in one
// go command for all the apps (they then share its work), for wasip1 as
// `ergon app build` does.
func (b *build) do(t *testing.T, name string) string {
	t.Helper()
	goBin := testenv.GoCommand(t, "to build the example apps")
	b.once.Do(func() {
		b.dir = filepath.Join(testDir, name)
		start := time.Now()
		if name == "wasm" {
			if b.err = os.MkdirAll(b.dir, 0o755); b.err != nil {
				return
			}
			for _, a := range apps {
				cfg := wasmloop.BuildConfig{Go: goBin}
				if _, b.err = wasmloop.Build(context.Background(), cfg, "./"+a, filepath.Join(b.dir, a)); b.err != nil {
					return
				}
			}
		} else {
			args := []string{"build", "-trimpath", "-ldflags=-s", "-buildvcs=false", "-o", b.dir + "/"}
			for _, a := range apps {
				args = append(args, "./"+a)
			}
			cmd := exec.Command(goBin, args...)
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
			if out, err := cmd.CombinedOutput(); err != nil {
				b.err = errors.New(err.Error() + ": " + string(out))
			}
		}
		t.Logf("built the %s apps in %s", name, time.Since(start).Round(time.Millisecond))
	})
	if b.err != nil {
		t.Fatalf("build the %s apps: %v", name, b.err)
	}
	return b.dir
}

// wasmApp returns the app built for wasip1.
func wasmApp(t *testing.T, name string) executor.App {
	t.Helper()
	path := filepath.Join(wasmApps.do(t, "wasm"), name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return executor.App{Name: name, Path: path, Checksum: sha256.Sum256(b)}
}

// nativeApp returns the path of the app built for this machine.
func nativeApp(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join(nativeApps.do(t, "native"), name)
}

// runNative runs a natively built app with an empty environment.
func runNative(t *testing.T, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(nativeApp(t, name), args...)
	cmd.Env = []string{}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("native %s %q: %v: %s", name, args, err, out)
	}
}

// newExecutor returns a WASM executor logging through t, sharing the test
// binary's compilation cache: each app is compiled once.
func newExecutor(t *testing.T) *wasm.Executor {
	t.Helper()
	cfg := wasm.DefaultConfig()
	cfg.CacheDir = filepath.Join(testDir, "cache")
	cfg.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	e, err := wasm.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// newJob is a job of the execution contract running app as task index of a
// bag of botSize, with one input file.
func newJob(t *testing.T, app executor.App, index, botSize uint64, args ...string) executor.Job {
	t.Helper()
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "input.txt"), []byte("hello from /in"), 0o644); err != nil {
		t.Fatal(err)
	}
	return executor.Job{
		TaskID:     "0x7461736b" + strconv.FormatUint(index, 16),
		DealID:     "0x6465616c",
		Index:      index,
		BotSize:    botSize,
		App:        app,
		Args:       args,
		InDir:      in,
		OutDir:     t.TempDir(),
		InputFiles: []string{"input.txt"},
		Timeout:    time.Minute,
	}
}

// run runs job and fails the test unless the app exited 0.
func run(t *testing.T, e *wasm.Executor, job executor.Job) *executor.Result {
	t.Helper()
	res, err := e.Run(context.Background(), job)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if !res.OK() {
		t.Fatalf("%s %q: %s (exit %d): %s; stdout %q; stderr %q", job.App.Name, job.Args,
			res.Failure, res.ExitCode, res.Message, res.Stdout, res.Stderr)
	}
	return res
}

// digest is the consensus digest of what a job left in /out.
func digest(t *testing.T, outDir string) [32]byte {
	t.Helper()
	d, cb, err := executor.Digest(context.Background(), outDir)
	if err != nil || cb != nil {
		t.Fatalf("Digest of %s: %x, callback %x, %v", outDir, d, cb, err)
	}
	return d
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHello(t *testing.T) {
	e := newExecutor(t)
	job := newJob(t, wasmApp(t, "hello"), 3, 10, "a b", "c")
	res := run(t, e, job)
	got := readFile(t, filepath.Join(job.OutDir, "hello.txt"))
	if !bytes.Equal(res.Stdout, got) {
		t.Errorf("stdout %q differs from hello.txt %q", res.Stdout, got)
	}
	for _, want := range []string{
		"hello from task 3 of 10\n",
		`args: ["a b" "c"]` + "\n",
		"env: ERGON_DEAL_ID=0x6465616c\n",
		"env: ERGON_INPUT_FILE_NAME_1=input.txt\n",
		"in: input.txt (14 bytes)\n",
	} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("hello.txt does not contain %q:\n%s", want, got)
		}
	}
	if d := digest(t, job.OutDir); d != sha256.Sum256(got) {
		t.Errorf("digest %x is not the sha256 of hello.txt", d)
	}
	t.Logf("hello ran in %s", res.Duration)
}

// TestMandelbrot renders an image as a bag of 4 tasks (indices 10…13 of a
// deal that does not start at 0) under the WASM executor and checks that
// the tiles assemble into the image rendered natively in one piece.
func TestMandelbrot(t *testing.T) {
	const (
		tiles = 4
		first = 10
	)
	// 66 rows in 4 tiles: bands of 16 and 17 rows.
	size := []string{"--width", "64", "--height", "66", "--iterations", "128"}
	p := tile.DefaultParams()
	p.Width, p.Height, p.Tiles, p.Iterations = 64, 66, tiles, 128

	e := newExecutor(t)
	app := wasmApp(t, "mandelbrot")
	outs := make([]fs.FS, tiles)
	jobs := make([]executor.Job, tiles)
	for i := range tiles {
		jobs[i] = newJob(t, app, first+uint64(i), tiles, append(size, "--first", strconv.Itoa(first))...)
		res := run(t, e, jobs[i])
		t.Logf("tile %d: ran in %s; %s", i, res.Duration, bytes.TrimSpace(res.Stdout))

		img := decodePNG(t, filepath.Join(jobs[i].OutDir, tile.PNGFile(i)))
		if _, rows := p.Band(i); img.Bounds() != image.Rect(0, 0, p.Width, rows) {
			t.Errorf("tile %d is %v, want 64×%d", i, img.Bounds(), rows)
		}
		computed := readFile(t, filepath.Join(jobs[i].OutDir, tile.ComputedFile))
		if want := `{"deterministic-output-path":"/out/tile-` + strconv.Itoa(i) + `.png"}` + "\n"; string(computed) != want {
			t.Errorf("computed.json = %q, want %q", computed, want)
		}
		outs[i] = os.DirFS(jobs[i].OutDir)
	}

	assembled, err := tile.Assemble(outs)
	if err != nil {
		t.Fatal(err)
	}
	whole := t.TempDir()
	runNative(t, "mandelbrot", append(size, "--tiles", "1", "--out", whole)...)
	if want := decodePNG(t, filepath.Join(whole, tile.PNGFile(0))); !sameImage(assembled, want) {
		t.Error("the assembled WASM tiles differ from the image rendered natively in one piece")
	}

	// Bit for bit: the same tile rendered natively, and rendered again
	// under WASM, has the same bytes, hence the same digest.
	native := t.TempDir()
	runNative(t, "mandelbrot", append(size, "--tiles", "4", "--tile", "2", "--out", native)...)
	wasmPNG := readFile(t, filepath.Join(jobs[2].OutDir, tile.PNGFile(2)))
	if !bytes.Equal(readFile(t, filepath.Join(native, tile.PNGFile(2))), wasmPNG) {
		t.Error("tile 2 rendered natively and under WASM differ")
	}
	again := newJob(t, app, first+2, tiles, append(size, "--first", strconv.Itoa(first))...)
	run(t, e, again)
	d1, d2 := digest(t, jobs[2].OutDir), digest(t, again.OutDir)
	if d1 != d2 || d1 != sha256.Sum256(wasmPNG) {
		t.Errorf("two runs of tile 2 have digests %x and %x, want both the sha256 of its PNG", d1, d2)
	}
}

// TestMandelbrotUsage: a task index outside the bag, without --first, is a
// usage error that says what to do.
func TestMandelbrotUsage(t *testing.T) {
	e := newExecutor(t)
	job := newJob(t, wasmApp(t, "mandelbrot"), 7, 4, "--width", "8", "--height", "8")
	res, err := e.Run(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	if res.Failure != executor.NonZeroExit || res.ExitCode != 2 ||
		!bytes.Contains(res.Stderr, []byte("pass the deal's first task index as --first")) {
		t.Errorf("got %s (exit %d), stderr %q; want exit 2 explaining --first", res.Failure, res.ExitCode, res.Stderr)
	}
}

// TestCPUBench checks that the benchmark's checksum under WASM is the one
// the kernel computes in Go and the one of the native build, and logs the
// WASM and native run times (never asserted).
func TestCPUBench(t *testing.T) {
	const n = 20
	e := newExecutor(t)
	job := newJob(t, wasmApp(t, "cpubench"), 0, 1, "--n", strconv.Itoa(n))
	res := run(t, e, job)
	data := readFile(t, filepath.Join(job.OutDir, "result.json"))
	var got kernel.Result
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("result.json %q: %v", data, err)
	}
	if want := kernel.Run(n); got != want {
		t.Errorf("WASM result %+v, kernel.Run %+v", got, want)
	}
	if d := digest(t, job.OutDir); d != sha256.Sum256(data) {
		t.Errorf("digest %x is not the sha256 of result.json", d)
	}

	// The native build, timed like the WASM run: the process, not its
	// preparation (the test binary may be built with -race; this one is not).
	native := t.TempDir()
	start := time.Now()
	runNative(t, "cpubench", "--n", strconv.Itoa(n), "--out", native)
	elapsed := time.Since(start)
	if nat := readFile(t, filepath.Join(native, "result.json")); !bytes.Equal(nat, data) {
		t.Errorf("native result.json %q, WASM %q", nat, data)
	}
	t.Logf("cpubench --n %d: WASM %s, native %s (%.2f×)", n, res.Duration.Round(time.Millisecond),
		elapsed.Round(time.Millisecond), float64(res.Duration)/float64(elapsed))
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(readFile(t, path)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// sameImage compares pixels, whatever the images' types.
func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}
