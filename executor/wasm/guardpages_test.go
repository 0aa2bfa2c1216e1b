//go:build unix

package wasm

import (
	"crypto/sha256"
	"encoding/binary"
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
	startOOB := "the app cannot be instantiated: the start function failed: wasm error: out of bounds memory access"
	one := []byte{0, 1}     // memory limits: 1 page, no maximum
	none := []byte{1, 0, 0} // 0 pages, at most 0
	tests := []struct {
		name  string
		mem   []byte // the memory's limits, as encoded
		start []byte // the body of a start function, nil for none
		body  []byte // _start's
		want  string // the outcome's message; "" for a run to completion
	}{
		{"last byte", one, nil, cat(i32const(65535), load8u(0), drop), ""},
		{"load across the end", one, nil, cat(i32const(65532), []byte{0x29}, memarg(3, 0), drop), oob},
		{"store past the end", one, nil, cat(i32const(65536), i32const(1), []byte{0x3a}, memarg(0, 0)), oob},
		{"offset past the end", one, nil, cat(i32const(0), load8u(65536), drop), oob},
		{"farthest address", one, nil, cat(i32const(-1), []byte{0x29}, memarg(3, 0xffffffff), drop), oob},
		{"index 2^31", one, nil, cat(i32const(-1<<31), load8u(0), drop), oob},
		{"index 2^32-16 plus 16", one, nil, cat(i32const(-16), load8u(16), drop), oob},
		// An index's register may hold more than its 32 bits.
		{"index from load8_s", one, nil, cat(
			i32const(0), i32const(0x80), []byte{0x3a}, memarg(0, 0), // store8
			i32const(0), []byte{0x2c}, memarg(0, 0), // load8_s: -128
			load8u(0), drop), oob},
		{"index from load16_s", one, nil, cat(
			i32const(0), i32const(0x8000), []byte{0x3b}, memarg(1, 0), // store16
			i32const(0), []byte{0x2e}, memarg(1, 0), // load16_s: -32768
			load8u(0), drop), oob},
		{"index from a wrapped i64", one, nil, cat([]byte{0x42}, sleb(1<<32+16), []byte{0xa7}, load8u(0), drop), ""},
		{"empty memory", []byte{0, 0}, nil, cat(i32const(0), load8u(0), drop), oob},
		{"memory of at most 0 pages", none, nil, nil, ""},
		{"access to a memory of at most 0 pages", none, nil, cat(i32const(0), load8u(0), drop), oob},
		{"grown memory", one, nil, cat(grow(1),
			i32const(131064), []byte{0x42, 7, 0x37}, memarg(3, 0),
			i32const(131064), []byte{0x29}, memarg(3, 0), drop), ""},
		{"past grown memory", one, nil, cat(grow(1), i32const(131072), load8u(0), drop), oob},
		{"start function in bounds", one, cat(i32const(0), load8u(0), drop), nil, ""},
		{"start function past the end", one, cat(i32const(65536), load8u(0), drop), nil, startOOB},
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
			mod := wasmModule(tt.mem, tt.start, tt.body)
			if err := os.WriteFile(path, mod, 0o644); err != nil {
				t.Fatal(err)
			}
			job := moduleJob(t, path, sha256.Sum256(mod))
			wantKind, wantCode := executor.Crash, -1
			switch {
			case tt.want == "":
				wantKind, wantCode = executor.None, 0
			case tt.want == startOOB:
				wantKind = executor.BadApp
			}
			var results [2]*executor.Result
			for i, e := range []*Executor{withGuard, withChecks} {
				res := run(t, e, job)
				results[i] = res
				if res.Failure != wantKind || res.ExitCode != wantCode || tt.want != "" && res.Message != tt.want {
					t.Errorf("executor %d: %s, exit %d, %q; want %s, exit %d, %q",
						i, res.Failure, res.ExitCode, res.Message, wantKind, wantCode, tt.want)
				}
			}
			if g, c := results[0], results[1]; g.Failure != c.Failure || g.ExitCode != c.ExitCode || g.Message != c.Message {
				t.Errorf("guard pages: %s %d %q; bounds checks: %s %d %q", g.Failure, g.ExitCode, g.Message, c.Failure, c.ExitCode, c.Message)
			}
		})
	}
	// Runs refused at instantiation do not start.
	started := 0
	for _, tt := range tests {
		if tt.want != startOOB {
			started++
		}
	}
	if len(guarded) != started || len(checked) != started {
		t.Fatalf("%d and %d runs started, want %d each", len(guarded), len(checked), started)
	}
	for i := range started {
		if checked[i] {
			t.Errorf("run %d: guard pages under Config.BoundsChecks", i)
		}
		if want := runtime.GOOS == "linux" && runtime.GOARCH == "amd64"; guarded[i] != want {
			t.Errorf("run %d: guard pages %v, want %v on %s/%s", i, guarded[i], want, runtime.GOOS, runtime.GOARCH)
		}
	}
}

// wasmModule is a module with a memory of the given limits (as encoded:
// flags, minimum, maximum if any), a _start function of body and, if start
// is not nil, a start function of start; both take and return nothing.
func wasmModule(limits, start, body []byte) []byte {
	section := func(id byte, content ...byte) []byte {
		return cat([]byte{id}, uleb(uint64(len(content))), content)
	}
	code := func(body []byte) []byte {
		c := cat([]byte{0}, body, []byte{0x0b}) // no locals; end
		return cat(uleb(uint64(len(c))), c)
	}
	funcs, codes := []byte{1, 0}, cat([]byte{1}, code(body)) // function 0: _start
	var startSection []byte
	if start != nil {
		funcs, codes = []byte{2, 0, 0}, cat([]byte{2}, code(body), code(start))
		startSection = section(8, 1) // function 1
	}
	return cat([]byte("\x00asm\x01\x00\x00\x00"),
		section(1, 1, 0x60, 0, 0), // type 0: [] → []
		section(3, funcs...),
		section(5, cat([]byte{1}, limits)...),
		section(7, cat([]byte{1, 6}, []byte("_start"), []byte{0, 0})...),
		startSection,
		section(10, codes...),
	)
}

var drop = []byte{0x1a}

func i32const(v int32) []byte { return cat([]byte{0x41}, sleb(int64(v))) }

func memarg(align, offset uint32) []byte { return cat(uleb(uint64(align)), uleb(uint64(offset))) }

// load8u is i32.load8_u at offset.
func load8u(offset uint32) []byte { return cat([]byte{0x2d}, memarg(0, offset)) }

// grow grows the memory by pages and drops the result.
func grow(pages int32) []byte { return cat(i32const(pages), []byte{0x40, 0}, drop) }

// uleb is unsigned LEB128, which is Go's uvarint.
func uleb(v uint64) []byte { return binary.AppendUvarint(nil, v) }

// sleb is signed LEB128 (not Go's zigzag varint).

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

// TestPast2GiB reads memory beyond 2 GiB twice through one index, with a
// call in between (after which the compiler recomputes the address it had
// checked): both reads are in bounds, with guard pages and with bounds
// checks. wazero v1.12.0 sign-extended such an index there, reading 2 GiB
// below the memory.
func TestPast2GiB(t *testing.T) {
	section := func(id byte, content ...byte) []byte {
		return cat([]byte{id}, uleb(uint64(len(content))), content)
	}
	code := func(locals []byte, body ...byte) []byte {
		c := cat(locals, body, []byte{0x0b})
		return cat(uleb(uint64(len(c))), c)
	}
	read := cat([]byte{0x20, 0}, []byte{0x28}, memarg(2, 0), drop) // local.get 0; i32.load; drop
	mod := cat([]byte("\x00asm\x01\x00\x00\x00"),
		section(1, 1, 0x60, 0, 0),
		section(3, 2, 0, 0),
		section(5, cat([]byte{1, 0}, uleb(2<<30/pageSize+1))...), // 2 GiB + 64 KiB
		section(7, cat([]byte{1, 6}, []byte("_start"), []byte{0, 0})...),
		section(10, cat([]byte{2},
			code([]byte{1, 1, 0x7f}, cat(i32const(-0x7ffffff0), []byte{0x21, 0}, // local 0 = 0x80000010
				read, []byte{0x10, 1}, read)...), // call function 1
			code([]byte{0}))...),
	)
	path := filepath.Join(t.TempDir(), "past2gib.wasm")
	if err := os.WriteFile(path, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(t.TempDir(), "cache")
	for _, checks := range []bool{false, true} {
		e := newExecutorWith(t, cache, func(c *Config) { c.BoundsChecks = checks })
		job := moduleJob(t, path, sha256.Sum256(mod))
		job.MemoryLimit = 4 << 30
		if res := run(t, e, job); res.Failure != executor.None {
			t.Errorf("bounds checks %v: %s, %q; want a run to completion", checks, res.Failure, res.Message)
		}
	}
}
