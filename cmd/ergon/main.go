// Command ergon is the single binary of Ergon: the embedded dev chain, contract deployment,
// benchmarks and (later) the services and the user CLI. Commands follow `ergon <noun> <verb>`.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"ergon/executor/wasm"
)

func main() {
	// The WASM executor runs each guest in a child process of this same binary.
	wasm.RunChildIfRequested()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "ergon:", err)
		os.Exit(1)
	}
}
