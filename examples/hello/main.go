// Command hello is Ergon's smallest example app, for smoke tests and for
// timing a task that does nothing: it prints its arguments, its environment
// and the files under /in, writes the same text to /out/hello.txt, and
// names that file as the deterministic output in /out/computed.json.
//
// Usage:
//
//	hello [ARG…]
//
// Every argument is only printed.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "hello from task %s of %s\n", env("ERGON_TASK_INDEX"), env("ERGON_BOT_SIZE"))
	fmt.Fprintf(&b, "args: %q\n", args)
	environ := os.Environ()
	slices.Sort(environ) // the executor sorts it already; a host shell does not
	for _, kv := range environ {
		fmt.Fprintf(&b, "env: %s\n", kv)
	}
	entries, err := os.ReadDir("/in")
	if err != nil {
		return fmt.Errorf("list /in: %w", err)
	}
	for _, e := range entries { // sorted by name
		size := "dir"
		if fi, err := e.Info(); err == nil && !e.IsDir() {
			size = fmt.Sprintf("%d bytes", fi.Size())
		}
		fmt.Fprintf(&b, "in: %s (%s)\n", e.Name(), size)
	}

	fmt.Print(b.String())
	if err := os.WriteFile("/out/hello.txt", []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile("/out/computed.json", []byte(`{"deterministic-output-path":"/out/hello.txt"}`+"\n"), 0o644)
}

// env returns the variable's value, or "?" when it is not set.
func env(key string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return "?"
}
