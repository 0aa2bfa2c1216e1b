package wasmloop

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// BuildConfig says how Build builds.
type BuildConfig struct {
	// Go is the go command (default "go" from $PATH).
	Go string
	// Dir is the directory the go command runs in (default the current
	// one): Package is resolved there.
	Dir string
	// Flags are more go build flags, such as -tags; not -o, nor -ldflags
	// with Plain.
	Flags []string
	// Plain skips Rewrite: the module is what go build wrote, with -s.
	Plain bool
}

// Build builds the Go main package pkg for GOOS=wasip1 as an Ergon app and
// writes the module to out, replacing it whole. The build depends on the
// sources only (-trimpath, -buildvcs=false): the module's sha256 is the
// app's identity. It is built with its names, which Rewrite needs, and
// written without them.
func Build(ctx context.Context, cfg BuildConfig, pkg, out string) (Stats, error) {
	goBin := cfg.Go
	if goBin == "" {
		goBin = "go"
	}
	for _, f := range cfg.Flags {
		name, _, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		if strings.HasPrefix(f, "-") && (name == "o" || name == "ldflags" && cfg.Plain) {
			return Stats{}, fmt.Errorf("go build flag %s: Build sets it", f)
		}
	}
	// go build runs in cfg.Dir: name the files absolutely.
	out, err := filepath.Abs(out)
	if err != nil {
		return Stats{}, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return Stats{}, err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	args := []string{"build", "-trimpath", "-buildvcs=false"}
	if cfg.Plain {
		args = append(args, "-ldflags=-s")
	}
	args = append(append(args, cfg.Flags...), "-o", tmp.Name(), pkg)
	cmd := exec.CommandContext(ctx, goBin, args...)
	cmd.Dir = cfg.Dir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Run(); err != nil {
		return Stats{}, fmt.Errorf("go build %s for wasip1: %v\n%s", pkg, err, bytes.TrimSpace(stderr.Bytes()))
	}
	var st Stats
	mod, err := os.ReadFile(tmp.Name())
	if err != nil {
		return st, err
	}
	if !bytes.HasPrefix(mod, magic) {
		return st, fmt.Errorf("%s is not a main package: go build wrote no WebAssembly module", pkg)
	}
	if !cfg.Plain {
		if mod, st, err = Rewrite(mod, Options{StripNames: true}); err != nil {
			return st, fmt.Errorf("%s: %w", pkg, err)
		}
		if err := os.WriteFile(tmp.Name(), mod, 0o644); err != nil {
			return st, err
		}
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return st, err
	}
	return st, os.Rename(tmp.Name(), out)
}
