// Command guest is the WASI test app of executor/wasm: its first argument
// picks what it does.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: guest <mode> [args]")
		os.Exit(64)
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "hello":
		hello(args)
	case "write-in":
		writeIn()
	case "read-outside":
		readOutside()
	case "symlink":
		symlink(args[0])
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
		b := make([]byte, mib<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		fmt.Println("allocated", len(b))
	case "flood":
		n, _ := strconv.Atoi(args[0])
		line := []byte(strings.Repeat("x", 99) + "\n")
		for i := 0; i < n; i += len(line) {
			os.Stdout.Write(line)
		}
		fmt.Print("end")
	case "panic":
		panic("boom")
	case "oob":
		// A load or store beyond linear memory, as only unsafe code
		// does: a trap (or a fault of a guard page).
		addr, _ := strconv.ParseUint(args[0], 0, 32)
		fmt.Println("accessing", addr)
		p := (*byte)(unsafe.Pointer(uintptr(addr)))
		if len(args) > 1 && args[1] == "store" {
			*p = 1
		}
		fmt.Println("read", *p)
	case "exit":
		code, _ := strconv.Atoi(args[0])
		fmt.Fprintln(os.Stderr, "exiting with", code)
		os.Exit(code)
	case "state":
		mib, _ := strconv.Atoi(args[0])
		state(mib)
	case "clock":
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			panic(err)
		}
		fmt.Println(time.Now().UnixNano(), hex.EncodeToString(b))
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(64)
	}
}

// hello shows the execution contract: argv, ERGON_* variables, /in → /out.
func hello(args []string) {
	in, err := os.ReadFile("/in/input.txt")
	check(err)
	var b strings.Builder
	fmt.Fprintf(&b, "argv=%q\n", os.Args)
	fmt.Fprintf(&b, "args=%q\n", args)
	for _, kv := range os.Environ() {
		fmt.Fprintf(&b, "env %s\n", kv)
	}
	fmt.Fprintf(&b, "in=%s\n", in)
	check(os.WriteFile("/out/result.txt", []byte(b.String()), 0o644))
	check(os.WriteFile("/out/computed.json", []byte(`{"deterministic-output-path":"/out/result.txt"}`), 0o644))
	fmt.Print(b.String())
}

// counter is 0 in a fresh instance.
var counter int

// state shows what the guest finds of earlier runs: its global, /out, and
// mib MiB of fresh memory, which must all be zero; then it leaves traces of
// its own in all three.
func state(mib int) {
	counter++
	entries, err := os.ReadDir("/out")
	check(err)
	b := make([]byte, mib<<20)
	dirty := 0
	for _, x := range b {
		if x != 0 {
			dirty++
		}
	}
	fmt.Printf("counter=%d out-entries=%d dirty-bytes=%d\n", counter, len(entries), dirty)
	for i := range b {
		b[i] = 0xaa
	}
	check(os.WriteFile("/out/state.txt", []byte("left by an earlier job"), 0o644))
	check(os.WriteFile("/out/computed.json", []byte(`{"deterministic-output-path":"/out/state.txt"}`), 0o644))
}

// writeIn fails (exit 1) if anything under /in can be changed.
func writeIn() {
	bad := false
	if err := os.WriteFile("/in/new.txt", []byte("x"), 0o644); err == nil {
		fmt.Println("created /in/new.txt")
		bad = true
	} else {
		fmt.Println("create /in/new.txt:", err)
	}
	if f, err := os.OpenFile("/in/input.txt", os.O_WRONLY|os.O_APPEND, 0); err == nil {
		f.Close()
		fmt.Println("opened /in/input.txt for writing")
		bad = true
	} else {
		fmt.Println("write /in/input.txt:", err)
	}
	if err := os.Remove("/in/input.txt"); err == nil {
		fmt.Println("removed /in/input.txt")
		bad = true
	} else {
		fmt.Println("remove /in/input.txt:", err)
	}
	if bad {
		os.Exit(1)
	}
}

// readOutside fails (exit 1) if any path outside /in and /out can be read.
func readOutside() {
	bad := false
	for _, p := range []string{"/etc/passwd", "/", "/in/../../etc/passwd", "/out/../etc/passwd", "../../etc/passwd", "/proc/self/environ"} {
		if _, err := os.ReadFile(p); err == nil {
			fmt.Println("read", p)
			bad = true
		} else if _, err := os.ReadDir(p); err == nil {
			fmt.Println("listed", p)
			bad = true
		} else {
			fmt.Println("open", p+":", err)
		}
	}
	if bad {
		os.Exit(1)
	}
}

// symlink tries to reach a host file through a link created in /out.
func symlink(target string) {
	if err := os.Symlink(target, "/out/link"); err != nil {
		fmt.Println("symlink:", err)
	} else {
		fmt.Println("symlink: ok")
	}
	if b, err := os.ReadFile("/out/link"); err != nil {
		fmt.Println("read:", err)
	} else {
		fmt.Printf("read: %s\n", b)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
