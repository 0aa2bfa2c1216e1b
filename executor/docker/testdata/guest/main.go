// Command guest is the test app of executor/docker, built as a static Linux
// binary into an image FROM scratch: its first argument picks what it does.
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: guest <mode> [args]")
		os.Exit(64)
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "exit":
		code, _ := strconv.Atoi(args[0])
		fmt.Fprintln(os.Stderr, "exiting with", code)
		os.Exit(code)
	case "panic":
		panic("boom")
	case "abort":
		// A Go crash that ends in SIGABRT rather than exit status 2.
		debug.SetTraceback("crash")
		panic("boom")
	case "loop":
		n := 0
		for {
			n++
			if n == -1 {
				break
			}
		}
		fmt.Println(n)
	case "alloc":
		mib, _ := strconv.Atoi(args[0])
		var chunks [][]byte
		for range mib {
			b := make([]byte, 1<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			chunks = append(chunks, b)
		}
		fmt.Println("allocated", len(chunks)<<20)
	case "flood":
		n, _ := strconv.Atoi(args[0])
		line := []byte(strings.Repeat("x", 99) + "\n")
		for i := 0; i < n; i += len(line) {
			os.Stdout.Write(line)
		}
		fmt.Print("end")
	case "sandbox":
		sandbox()
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(64)
	}
}

// sandbox reports, one "key: value" line each, what the app can see and do.
func sandbox() {
	report := func(key string, v any) { fmt.Printf("%s: %v\n", key, v) }
	errOr := func(err error, ok string) string {
		if err != nil {
			return "error: " + err.Error()
		}
		return ok
	}
	report("uid", os.Getuid())
	report("gid", os.Getgid())
	report("pid", os.Getpid())
	host, _ := os.Hostname()
	report("hostname", host)
	wd, _ := os.Getwd()
	report("cwd", wd)
	report("write /", errOr(os.WriteFile("/root-file", []byte("x"), 0o644), "ok"))
	report("write /in", errOr(os.WriteFile("/in/new.txt", []byte("x"), 0o644), "ok"))
	report("write /tmp", errOr(os.WriteFile("/tmp/file", []byte("x"), 0o644), "ok"))
	in, err := os.ReadFile("/in/input.txt")
	report("read /in", errOr(err, string(in)))

	// Output the worker must be able to read and delete: private modes.
	err = os.Mkdir("/out/private", 0o700)
	if err == nil {
		err = os.WriteFile("/out/private/secret.txt", []byte("written by the app"), 0o600)
	}
	report("write /out", errOr(err, "ok"))

	ifaces, err := net.Interfaces()
	var names []string
	for _, i := range ifaces {
		names = append(names, i.Name)
	}
	report("interfaces", errOr(err, strings.Join(names, ",")))
	c, err := net.DialTimeout("tcp", "192.0.2.1:80", 2*time.Second)
	if err == nil {
		c.Close()
	}
	report("dial", errOr(err, "connected"))
	_, err = net.LookupHost("example.com")
	report("resolve", errOr(err, "resolved"))

	f, err := os.Open("/proc/self/status")
	if err != nil {
		report("status", err)
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		switch k {
		case "CapEff", "CapPrm", "CapBnd", "NoNewPrivs", "Seccomp":
			report(k, strings.TrimSpace(v))
		}
	}
}
