//go:build unix

package wasm

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"ergon/executor"
)

// TestGuardPages runs loads and stores at the edges of linear memory with
// guard pages and with bounds checks, the two executors sharing one
// compilation cache (the code compiled for one must not be loaded by the
// other): each access must end the same way in both, in the trap's outcome
// when it is out of bounds, including the farthest address a load can name.
func TestGuardPages(t *testing.T) {
	oob := "the app crashed: wasm error: out of bounds memory access"
	tests := []struct {
		name  string
		pages byte // the memory's initial size
		body  []byte
		want  string // "" for a run to completion
	}{
		{"last byte", 1, cat(i32const(65535), []byte{0x2d}, memarg(0, 0), drop), ""},
		{"load across the end", 1, cat(i32const(65532), []byte{0x29}, memarg(3, 0), drop), oob},
		{"store past the end", 1, cat(i32const(65536), i32const(1), []byte{0x3a}, memarg(0, 0)), oob},
		{"offset past the end", 1, cat(i32const(0), []byte{0x2d}, memarg(0, 65536), drop), oob},
		{"farthest address", 1, cat(i32const(-1), []byte{0x29}, memarg(3, 0xffffffff), drop), oob},
		{"no memory at all", 0, cat(i32const(0), []byte{0x2d}, memarg(0, 0), drop), oob},
		{"grown memory", 1, cat(grow(1),
			i32const(131064), []byte{0x42, 7, 0x37}, memarg(3, 0),
			i32const(131064), []byte{0x29}, memarg(3, 0), drop), ""},
		{"past grown memory", 1, cat(grow(1), i32const(131072), []byte{0x2d}, memarg(0, 0), drop), oob},
	}
	cache := filepath.Join(t.TempDir(), "cache")
	var guarded, checked []bool
	withGuard := newExecutor(t, cache)
	withGuard.hooks.guarded = func(on bool) { guarded = append(guarded, on) }
	withChecks := newExecutorWith(t, cache, func(c *Config) { c.BoundsChecks = true })
	withChecks.hooks.guarded = func(on bool) { checked = append(checked, on) }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "edge.wasm")
			mod := wasmModule(tt.pages, tt.body)
			if err := os.WriteFile(path, mod, 0o644); err != nil {
				t.Fatal(err)
			}
			job := moduleJob(t, path, sha256.Sum256(mod))
			var results [2]*executor.Result
			for i, e := range []*Executor{withGuard, withChecks} {
				res := run(t, e, job)
				results[i] = res
				switch {
				case tt.want == "" && res.Failure != executor.None:
					t.Errorf("executor %d: %s (%s), want a run to completion", i, res.Failure, res.Message)
				case tt.want != "" && (res.Failure != executor.Crash || res.Message != tt.want || res.ExitCode != -1):
					t.Errorf("executor %d: %s, exit %d, %q; want crash, exit -1, %q", i, res.Failure, res.ExitCode, res.Message, tt.want)
				}
			}
			if g, c := results[0], results[1]; g.Failure != c.Failure || g.ExitCode != c.ExitCode || g.Message != c.Message {
				t.Errorf("guard pages: %s %d %q; bounds checks: %s %d %q", g.Failure, g.ExitCode, g.Message, c.Failure, c.ExitCode, c.Message)
			}
		})
	}
	if len(guarded) != len(tests) || len(checked) != len(tests) {
		t.Fatalf("%d and %d runs started, want %d each", len(guarded), len(checked), len(tests))
	}
	for i := range tests {
		if checked[i] {
			t.Errorf("%s: ran with guard pages under Config.BoundsChecks", tests[i].name)
		}
		if want := runtime.GOOS == "linux" && runtime.GOARCH == "amd64"; guarded[i] != want {
			t.Errorf("%s: guard pages %v, want %v on %s/%s", tests[i].name, guarded[i], want, runtime.GOOS, runtime.GOARCH)
		}
	}
}

// wasmModule is a module with a memory of pages pages (no maximum) and a
// _start function of body, which takes and returns nothing.
func wasmModule(pages byte, body []byte) []byte {
	section := func(id byte, content ...byte) []byte {
		return cat([]byte{id}, uleb(uint64(len(content))), content)
	}
	code := cat([]byte{0}, body, []byte{0x0b}) // no locals; end
	return cat([]byte("\x00asm\x01\x00\x00\x00"),
		section(1, 1, 0x60, 0, 0), // type 0: [] → []
		section(3, 1, 0),          // function 0 of type 0
		section(5, 1, 0, pages),   // memory: min pages, no max
		section(7, cat([]byte{1, 6}, []byte("_start"), []byte{0, 0})...),
		section(10, cat([]byte{1}, uleb(uint64(len(code))), code)...),
	)
}

var drop = []byte{0x1a}

func i32const(v int32) []byte { return cat([]byte{0x41}, sleb(int64(v))) }

func memarg(align, offset uint32) []byte { return cat(uleb(uint64(align)), uleb(uint64(offset))) }

// grow grows the memory by pages and drops the result.
func grow(pages int32) []byte { return cat(i32const(pages), []byte{0x40, 0}, drop) }

func uleb(v uint64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		if v >>= 7; v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func sleb(v int64) []byte {
	var b []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}
