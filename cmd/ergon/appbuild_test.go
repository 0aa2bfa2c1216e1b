package main

import (
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/testenv"
)

func TestAppBuild(t *testing.T) {
	testenv.GoCommand(t, "to build apps")
	dir := t.TempDir()
	stdout, stderr, err := run(t, "app", "build", "--json", "--out-dir", dir, "../../examples/hello", "../../examples/mandelbrot")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var built []appBuildOutput
	if err := json.Unmarshal([]byte(stdout), &built); err != nil {
		t.Fatalf("--json output: %v\n%s", err, stdout)
	}
	if len(built) != 2 {
		t.Fatalf("built %d modules, want 2: %s", len(built), stdout)
	}
	for i, name := range []string{"hello", "mandelbrot"} {
		b := built[i]
		mod, err := os.ReadFile(filepath.Join(dir, name+".wasm"))
		if err != nil {
			t.Fatal(err)
		}
		if b.Module != filepath.Join(dir, name+".wasm") || b.Checksum != common.Hash(sha256.Sum256(mod)) || b.Size != len(mod) ||
			b.Loops == 0 || b.Jumps == 0 {
			t.Errorf("%s: printed %+v", name, b)
		}
	}

	// The same sources give the same module; --plain another one.
	one := filepath.Join(dir, "one.wasm")
	if _, stderr, err := run(t, "app", "build", "-o", one, "../../examples/hello"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	plain := filepath.Join(dir, "plain.wasm")
	if _, stderr, err := run(t, "app", "build", "--plain", "-o", plain, "../../examples/hello"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	a, _ := os.ReadFile(one)
	p, _ := os.ReadFile(plain)
	if common.Hash(sha256.Sum256(a)) != built[0].Checksum || len(p) == 0 || string(p) == string(a) {
		t.Error("rebuilding hello gave another module, or --plain the same one")
	}

	// app init notes a Go module built without the rewrite.
	for _, c := range []struct {
		module string
		note   bool
	}{{plain, true}, {one, false}} {
		_, stderr, err := run(t, "app", "init", c.module, "--descriptor", filepath.Join(t.TempDir(), "d.json"))
		if err != nil || strings.Contains(stderr, "ergon app build") != c.note {
			t.Errorf("app init %s: %v, note %v wanted, stderr:\n%s", filepath.Base(c.module), err, c.note, stderr)
		}
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"../../examples/..."}, "name each main package"},
		{[]string{"-o", one, "../../examples/hello", "../../examples/mandelbrot"}, "use --out-dir"},
		{[]string{"-o", one, "../../chain/poco"}, "not a main package"},
		{[]string{"-o", one, "../../no/such/dir"}, "go build ../../no/such/dir for wasip1"},
	} {
		_, _, err := run(t, append([]string{"app", "build"}, c.args...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("app build %q: got %v, want an error saying %q", c.args, err, c.want)
		}
	}
	if b, _ := os.ReadFile(one); string(b) != string(a) {
		t.Error("a failed build changed the module at -o")
	}
}
