package wasmloop

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"ergon/testenv"
)

var (
	cacheOnce sync.Once
	cache     wazero.CompilationCache
)

// run instantiates a wasip1 module with args, dir mounted read-only at /
// (when not empty) and a scratch /tmp, and returns its stdout and exit
// code.
func run(t *testing.T, mod []byte, dir string, args ...string) (string, uint32) {
	t.Helper()
	cacheOnce.Do(func() { cache = wazero.NewCompilationCache() })
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCompilationCache(cache))
	defer r.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, r)
	fs := wazero.NewFSConfig().WithDirMount(t.TempDir(), "/tmp")
	if dir != "" {
		fs = fs.WithReadOnlyDirMount(dir, "/")
	}
	var stdout, stderr bytes.Buffer
	cfg := wazero.NewModuleConfig().WithArgs(append([]string{"guest"}, args...)...).
		WithStdout(&stdout).WithStderr(&stderr).WithFSConfig(fs).
		WithEnv("PWD", "/").WithEnv("TMPDIR", "/tmp").WithEnv("HOME", "/tmp").
		WithSysWalltime().WithSysNanotime().WithSysNanosleep()
	_, err := r.InstantiateWithConfig(ctx, mod, cfg)
	var exit *sys.ExitError
	switch {
	case err == nil:
		return stdout.String(), 0
	case errors.As(err, &exit):
		if exit.ExitCode() != 0 {
			t.Logf("exit %d; stderr:\n%s", exit.ExitCode(), tail(stderr.String(), 40))
		}
		return stdout.String(), exit.ExitCode()
	default:
		t.Fatalf("run: %v\nstderr:\n%s", err, tail(stderr.String(), 40))
		return "", 0
	}
}

func tail(s string, lines int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(l[max(0, len(l)-lines):], "\n")
}

// TestLoops runs testdata/loops, which exercises every shape of loop Go
// writes (panics and recovery inside them, stack growth, goroutine
// switches…), built natively, for wasip1 plain and rewritten: the three
// outputs must be the same, and the rewrite must have turned loops into
// wasm loops.
func TestLoops(t *testing.T) {
	goBin := testenv.GoCommand(t, "to build WebAssembly modules")
	dir := t.TempDir()
	ctx := context.Background()
	native := filepath.Join(dir, "loops")
	cmd := exec.Command(goBin, "build", "-o", native, "./testdata/loops")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("native build: %v\n%s", err, out)
	}
	want, err := exec.Command(native).Output()
	if err != nil {
		t.Fatalf("native run: %v", err)
	}
	plainPath, fastPath := filepath.Join(dir, "plain.wasm"), filepath.Join(dir, "fast.wasm")
	if _, err := Build(ctx, BuildConfig{Go: goBin, Plain: true}, "./testdata/loops", plainPath); err != nil {
		t.Fatal(err)
	}
	st, err := Build(ctx, BuildConfig{Go: goBin}, "./testdata/loops", fastPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("rewrite: %+v", st)
	if st.Loops < 100 || st.Jumps < 1000 || st.Functions < 100 {
		t.Errorf("rewrite did little: %+v", st)
	}
	for _, p := range []string{plainPath, fastPath} {
		mod, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, code := run(t, mod, "")
		if code != 0 || got != string(want) {
			t.Errorf("%s: exit %d, output differs from the native build's:\n%s\nwant:\n%s", filepath.Base(p), code, got, want)
		}
	}
}

// TestStdlib runs the tests of standard packages, built for wasip1 and
// rewritten: goroutines, panics, stack growth and the garbage collector
// (runtime), parsing loops (strconv, regexp, encoding/json), sorting.
func TestStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the tests of standard packages")
	}
	if raceEnabled {
		// The race detector slows wazero's compiler tenfold and sees
		// nothing of the guests; `make test` runs this test again without it.
		t.Skip("SKIPPED under -race: run by `make test` without -race")
	}
	goBin := testenv.GoCommand(t, "to build WebAssembly modules")
	goroot, err := exec.Command(goBin, "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(strings.TrimSpace(string(goroot)), "src")
	for _, pkg := range []string{"runtime", "strconv", "sort", "regexp", "encoding/json", "sync"} {
		t.Run(pkg, func(t *testing.T) {
			t.Parallel()
			bin := filepath.Join(t.TempDir(), "test.wasm")
			cmd := exec.Command(goBin, "test", "-c", "-o", bin, pkg)
			cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go test -c: %v\n%s", err, out)
			}
			mod, err := os.ReadFile(bin)
			if err != nil {
				t.Fatal(err)
			}
			fast, st, err := Rewrite(mod, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if st.Loops == 0 {
				t.Errorf("no loop rewritten: %+v", st)
			}
			out, code := run(t, fast, filepath.Join(src, pkg), "-test.short", "-test.count=1")
			if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "PASS") {
				t.Errorf("%s's tests, rewritten (%+v): exit %d\n%s", pkg, st, code, tail(out, 40))
			}
		})
	}
}

// Build names its files from the caller's directory, whatever Dir is,
// and refuses the flags it sets itself.
func TestBuildPaths(t *testing.T) {
	goBin := testenv.GoCommand(t, "to build WebAssembly modules")
	src, err := filepath.Abs("testdata/loops")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	ctx := context.Background()
	if _, err := Build(ctx, BuildConfig{Go: goBin, Dir: src}, ".", "rel.wasm"); err != nil {
		t.Fatal(err)
	}
	if mod, err := os.ReadFile("rel.wasm"); err != nil || !bytes.HasPrefix(mod, magic) {
		t.Fatalf("rel.wasm: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(src, ".rel.wasm*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
	for _, c := range []BuildConfig{
		{Go: goBin, Dir: src, Flags: []string{"-o", "x.wasm"}},
		{Go: goBin, Dir: src, Flags: []string{"--o=x.wasm"}},
		{Go: goBin, Dir: src, Flags: []string{"-ldflags=-X main.v=1"}, Plain: true},
	} {
		if _, err := Build(ctx, c, ".", "flags.wasm"); err == nil || !strings.Contains(err.Error(), "Build sets it") {
			t.Errorf("flags %q (plain %v): got %v", c.Flags, c.Plain, err)
		}
	}
}

func TestRewriteIsDeterministic(t *testing.T) {
	mod := builtLoops(t)
	a, _, err := Rewrite(mod, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Rewrite(mod, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two rewrites of one module differ")
	}
}

// TestRewriteOnce: a rewritten module is marked, and comes back unchanged.
func TestRewriteOnce(t *testing.T) {
	once, st, err := Rewrite(builtLoops(t), Options{})
	if err != nil || st.Loops == 0 {
		t.Fatalf("rewrite: %+v, %v", st, err)
	}
	twice, st, err := Rewrite(once, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(once, twice) || st != (Stats{}) {
		t.Fatalf("second rewrite changed the module (%+v)", st)
	}
}

func TestInspect(t *testing.T) {
	mod := builtLoops(t)
	fast, _, err := Rewrite(mod, Options{StripNames: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		mod                []byte
		goBuilt, rewritten bool
	}{{mod, true, false}, {fast, true, true}, {magic, false, false}} {
		g, r, err := Inspect(c.mod)
		if err != nil || g != c.goBuilt || r != c.rewritten {
			t.Errorf("Inspect: %v %v %v, want %v %v", g, r, err, c.goBuilt, c.rewritten)
		}
	}
	if _, _, err := Inspect([]byte("MZ")); !errors.Is(err, ErrFormat) {
		t.Errorf("Inspect of a non-module: %v", err)
	}
}

func TestStripNames(t *testing.T) {
	mod := builtLoops(t)
	kept, _, err := Rewrite(mod, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stripped, _, err := Rewrite(mod, Options{StripNames: true})
	if err != nil {
		t.Fatal(err)
	}
	has := func(m []byte) bool {
		secs, err := parseSections(m)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range secs {
			if s.id == secCustom && s.name == "name" {
				return true
			}
		}
		return false
	}
	if !has(kept) || has(stripped) {
		t.Fatalf("name section: kept %v, stripped %v", has(kept), has(stripped))
	}
	// A module rewritten already still loses its names when asked.
	again, _, err := Rewrite(kept, Options{StripNames: true})
	if err != nil {
		t.Fatal(err)
	}
	if has(again) {
		t.Fatal("names kept by StripNames on a rewritten module")
	}
}

var loopsModule = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "wasmloop-test-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "loops.wasm")
	cmd := exec.Command("go", "build", "-o", out, "./testdata/loops")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, errors.New(err.Error() + ": " + string(b))
	}
	return os.ReadFile(out)
})

// builtLoops is testdata/loops built for wasip1 with its names.
func builtLoops(t *testing.T) []byte {
	t.Helper()
	testenv.GoCommand(t, "to build WebAssembly modules")
	mod, err := loopsModule()
	if err != nil {
		t.Fatal(err)
	}
	return mod
}

// A module that Go did not build comes back the same: here, a function
// with a loop but not Go's dispatch.
func TestNotGo(t *testing.T) {
	mod := []byte{
		0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
		0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type: () → i32
		0x03, 0x02, 0x01, 0x00, // one function of type 0
		0x0a, 0x0d, 0x01, 0x0b, 0x00, // code: one body of 11 bytes, no locals
		0x03, 0x40, // loop
		0x41, 0x00, 0x0d, 0x00, // i32.const 0, br_if 0
		0x0b,       // end
		0x41, 0x07, // i32.const 7
		0x0b, // end
	}
	out, st, err := Rewrite(mod, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Functions != 0 || !bytes.Equal(out, mod) {
		t.Fatalf("a module not built by Go changed: %+v", st)
	}
}

func TestMalformed(t *testing.T) {
	good := []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}
	for name, mod := range map[string][]byte{
		"empty":             nil,
		"not wasm":          []byte("\x7fELF\x02\x01\x01\x00"),
		"version 2":         {0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00},
		"truncated section": append(good, 0x01, 0x10, 0x00),
		"long LEB":          append(good, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
		"truncated code":    append(good, 0x0a, 0x04, 0x01, 0x09, 0x00, 0x0b),
		"code after bodies": append(good, 0x0a, 0x05, 0x01, 0x02, 0x00, 0x0b, 0x00),
		// Counts from the file must not size allocations or loops.
		"4G bodies":       append(good, 0x0a, 0x05, 0xff, 0xff, 0xff, 0xff, 0x0f),
		"4G local groups": append(good, 0x0a, 0x08, 0x01, 0x06, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00),
	} {
		if _, _, err := Rewrite(mod, Options{}); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: got %v, want ErrFormat", name, err)
		}
	}
}
