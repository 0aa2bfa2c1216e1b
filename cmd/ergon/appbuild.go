package main

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/wasmloop"
)

func newAppBuildCmd(a *app, o *clientOpts) *cobra.Command {
	var out, outDir string
	var plain bool
	cmd := &cobra.Command{
		Use:   "build [package...] [-- go build flags]",
		Short: "Build Go main packages into WASM apps, their loops rewritten to run fast",
		Long: `Build each Go main package for GOOS=wasip1 GOARCH=wasm as an Ergon app: with
-trimpath and -buildvcs=false, so that the module (whose sha256 is the app's
checksum) depends on the sources only, and with its loops rewritten (package
wasmloop): Go's wasm backend sends every jump through a dispatch table, which
costs a loop about twice its native time under the WASM executor; the rewritten
module computes the same results in less time. --plain skips the rewrite.

The go command is $GO, else go from $PATH. Flags after -- go to go build (not -o,
which --out-dir and -o set; not -ldflags with --plain, which sets -s).`,
		Example: `  ergon app build ./cmd/render -o render.wasm
  ergon app build --out-dir examples/bin ./examples/hello ./examples/mandelbrot
  ergon app build . -- -tags fast`,
		RunE: func(cmd *cobra.Command, args []string) error {
			pkgs, flags := args, []string(nil)
			if n := cmd.ArgsLenAtDash(); n >= 0 {
				pkgs, flags = args[:n], args[n:]
			}
			return a.appBuild(cmd.Context(), o, pkgs, flags, out, outDir, plain)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&out, "output", "o", "", "the module to write (one package; default <package name>.wasm in --out-dir)")
	f.StringVar(&outDir, "out-dir", ".", "directory for the modules, named <package name>.wasm")
	f.BoolVar(&plain, "plain", false, "do not rewrite the loops: the module as go build -ldflags=-s writes it")
	return cmd
}

// appBuildOutput is what `app build` prints of each module.
type appBuildOutput struct {
	Package  string      `json:"package"`
	Module   string      `json:"module"`
	Checksum common.Hash `json:"checksum"`
	Size     int         `json:"size"`
	// What the rewrite did: loops made wasm loops, jumps that no longer
	// go through Go's dispatch, and those that still do.
	Loops      int `json:"loops"`
	Jumps      int `json:"jumps"`
	Dispatched int `json:"dispatched"`
}

func (a *app) appBuild(ctx context.Context, o *clientOpts, pkgs, flags []string, out, outDir string, plain bool) error {
	if len(pkgs) == 0 {
		pkgs = []string{"."}
	}
	if out != "" && len(pkgs) > 1 {
		return fmt.Errorf("-o names one module, and there are %d packages: use --out-dir", len(pkgs))
	}
	for _, p := range pkgs {
		if strings.Contains(p, "...") {
			return fmt.Errorf("package %q: name each main package (a pattern would build more than one app into one module)", p)
		}
	}
	goBin := os.Getenv("GO")
	if goBin == "" {
		goBin = "go"
	}
	if _, err := exec.LookPath(goBin); err != nil {
		return fmt.Errorf("the go command is needed to build apps (set $GO or put go on $PATH): %w", err)
	}
	var res []appBuildOutput
	for _, p := range pkgs {
		dst := out
		if dst == "" {
			name, err := packageName(p)
			if err != nil {
				return err
			}
			dst = filepath.Join(outDir, name+".wasm")
		}
		if !o.json {
			a.progress("building %s…", p)
		}
		st, err := wasmloop.Build(ctx, wasmloop.BuildConfig{Go: goBin, Flags: flags, Plain: plain}, p, dst)
		if err != nil {
			return err
		}
		mod, err := os.ReadFile(dst)
		if err != nil {
			return err
		}
		res = append(res, appBuildOutput{Package: p, Module: dst, Checksum: sha256.Sum256(mod), Size: len(mod),
			Loops: st.Loops, Jumps: st.Jumps, Dispatched: st.Dispatched})
	}
	if o.json {
		return a.printJSON(res)
	}
	tw := a.table()
	fmt.Fprintln(tw, "MODULE\tCHECKSUM\tSIZE\tLOOPS\tDIRECT JUMPS")
	for _, r := range res {
		direct := "-"
		if r.Jumps+r.Dispatched > 0 {
			direct = fmt.Sprintf("%d of %d", r.Jumps, r.Jumps+r.Dispatched)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f MiB\t%d\t%s\n", r.Module, r.Checksum.Hex(), float64(r.Size)/(1<<20), r.Loops, direct)
	}
	return tw.Flush()
}

// packageName is the name a module built from package p gets: the last
// element of its path, or of the current directory's for ".".
func packageName(p string) (string, error) {
	p = strings.TrimRight(filepath.ToSlash(p), "/")
	if p == "" || p == "." || p == ".." || strings.HasSuffix(p, "/.") || strings.HasSuffix(p, "/..") {
		abs, err := filepath.Abs(p)
		if err != nil {
			return "", err
		}
		p = filepath.ToSlash(abs)
	}
	name := path.Base(p)
	if name == "" || name == "/" || name == "." {
		return "", errors.New("cannot name the module after package " + p + ": use -o")
	}
	return name, nil
}
