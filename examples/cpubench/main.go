// Command cpubench is an Ergon example app: a deterministic CPU benchmark
// (package kernel) whose checksum is the same built for wasip1 or natively,
// so that the WASM sandbox's speed can be compared with native code.
//
// Usage:
//
//	cpubench [--n N] [--out DIR]
//
// It runs N rounds (default 100, about 0.2 s natively), prints the result
// and writes DIR/result.json ({"n": N, "checksum": "<hex>"}) and
// DIR/computed.json naming it as the deterministic output. DIR defaults to
// /out, the execution contract's output directory.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"ergon/examples/cpubench/kernel"
)

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "cpubench:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

// maxRounds keeps a typo from asking for days of work.
const maxRounds = 10_000_000

func run(args []string, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("cpubench", flag.ContinueOnError)
	flags.SetOutput(stderr)
	n := flags.Int("n", 100, "number of rounds")
	out := flags.String("out", "/out", "output directory")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (flags only; see --help)", errUsage, flags.Arg(0))
	}
	if *n < 0 || *n > maxRounds {
		return fmt.Errorf("%w: --n %d is not between 0 and %d", errUsage, *n, maxRounds)
	}

	res := kernel.Run(*n)
	data, err := json.Marshal(res)
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if _, err := stdout.Write(data); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*out, "result.json"), data, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*out, "computed.json"),
		[]byte(`{"deterministic-output-path":"/out/result.json"}`+"\n"), 0o644)
}
