package wasmloop

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tetratelabs/wazero"
)

// TestRandomFunctions rewrites random functions shaped as Go writes them
// (a dispatch, segments jumping forward and back through it, calls that
// may unwind, panics, returns, if/else) and runs each, original and
// rewritten, from its start and from every resume point, on several
// inputs: the results, traps included, must be the same. The generator
// must produce rotated and nested loops, or the test proves little.
func TestRandomFunctions(t *testing.T) {
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	defer r.Close(ctx)
	iterations := 3000
	if testing.Short() {
		iterations = 300
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var total Stats
	rotated, nested := 0, 0
	for it := range iterations {
		m := 2 + rng.IntN(14)
		g := &gen{rng: rng, m: m}
		mod := g.module()
		fast, st, err := Rewrite(mod, Options{})
		if err != nil {
			t.Fatalf("function %d: %v\n%x", it, err, mod)
		}
		total.Functions += st.Functions
		total.Loops += st.Loops
		total.Jumps += st.Jumps
		total.Dispatched += st.Dispatched
		if ins, err := decode(g.body); err == nil {
			if f := parse(ins, func(int64) bool { return false }); f != nil {
				regions := f.candidates()
				for _, c := range regions {
					if c.head != c.first {
						rotated++
					}
				}
				l := newLayout(f, regions)
				for _, c := range l.regions {
					if c.parent != top {
						nested++
					}
				}
			}
		}
		if st.Functions == 0 {
			continue
		}
		a, err := r.Instantiate(ctx, mod)
		if err != nil {
			t.Fatalf("function %d: original: %v", it, err)
		}
		b, err := r.Instantiate(ctx, fast)
		if err != nil {
			t.Fatalf("function %d: rewritten module invalid: %v\noriginal %x", it, err, mod)
		}
		for _, pcb := range append([]int{0}, g.resumes...) {
			for s := range 4 {
				args := []uint64{uint64(pcb), 300, uint64(s*7919 + it)}
				ra, ea := a.ExportedFunction("f").Call(ctx, args...)
				rb, eb := b.ExportedFunction("f").Call(ctx, args...)
				if fmt.Sprint(ra, ea != nil) != fmt.Sprint(rb, eb != nil) {
					t.Fatalf("function %d from PC_B %d, seed %d: original %v %v, rewritten %v %v\noriginal %x",
						it, pcb, s, ra, ea, rb, eb, mod)
				}
			}
		}
		a.Close(ctx)
		b.Close(ctx)
	}
	t.Logf("%d functions: %+v; rotated loop candidates %d, nested loops %d", iterations, total, rotated, nested)
	if total.Loops == 0 || rotated == 0 || nested == 0 {
		t.Errorf("the generator missed a shape: %+v, rotated %d, nested %d", total, rotated, nested)
	}
}

// gen writes a module of three functions: runtime.gopanic (traps), helper
// (returns 0) and f(PC_B, fuel, seed) with m segments, exported.
type gen struct {
	rng     *rand.Rand
	m       int
	code    []byte
	labels  []string
	resumes []int // segments a call returns to
	body    []byte
}

const (
	lPCB, lFuel, lSeed, lAcc = 0, 1, 2, 3
	fPanic, fHelper          = 0, 1
)

func (g *gen) op(b ...byte)           { g.code = append(g.code, b...) }
func (g *gen) u(v uint64)             { g.code = binary.AppendUvarint(g.code, v) }
func (g *gen) open(op byte, l string) { g.op(op, blockEmpty); g.labels = append(g.labels, l) }
func (g *gen) end()                   { g.op(opEnd); g.labels = g.labels[:len(g.labels)-1] }
func (g *gen) depth(l string) uint64 {
	return uint64(len(g.labels) - 1 - slices.Index(g.labels, l))
}
func (g *gen) br(op byte, l string) { g.op(op); g.u(g.depth(l)) }
func (g *gen) i32(v int32)          { g.op(opI32Const); g.code = appendSLEB(g.code, int64(v)) }
func (g *gen) local(op byte, i int) { g.op(op); g.u(uint64(i)) }

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// random pushes "the next pseudo-random number & mask is 0".
func (g *gen) random(mask int32) {
	g.local(opLocalGet, lSeed)
	g.i32(1103515245)
	g.op(0x6c) // i32.mul
	g.i32(12345)
	g.op(0x6a) // i32.add
	g.local(opLocalTee, lSeed)
	g.i32(16)
	g.op(0x76) // i32.shr_u
	g.i32(mask)
	g.op(0x71, 0x45) // i32.and, i32.eqz
}

// jump writes Go's jump to segment (or PC_B) k.
func (g *gen) jump(k int) {
	g.i32(int32(k))
	g.local(opLocalSet, lPCB)
	g.br(opBr, "entry")
}

// target picks a jump target from segment t: back a little, forward a
// little, or anywhere (past the end: the br_table's default).
func (g *gen) target(t int) int {
	switch g.rng.IntN(5) {
	case 0:
		return g.rng.IntN(g.m + 1)
	case 1, 2:
		return max(0, t-g.rng.IntN(4))
	default:
		return min(g.m-1, t+1+g.rng.IntN(3))
	}
}

func (g *gen) function() []byte {
	g.open(opBlock, "unwind")
	g.open(opLoop, "entry")
	for t := g.m - 1; t >= 0; t-- {
		g.open(opBlock, fmt.Sprint("b", t))
	}
	g.local(opLocalGet, lPCB)
	g.op(opBrTable)
	g.u(uint64(g.m))
	for t := range g.m {
		g.u(g.depth(fmt.Sprint("b", t)))
	}
	g.u(g.depth(fmt.Sprint("b", g.m-1)))
	for t := range g.m {
		g.end() // of $b(t)
		// acc = acc*31 + t+1; out of fuel: return acc.
		g.local(opLocalGet, lAcc)
		g.i32(31)
		g.op(0x6c)
		g.i32(int32(t + 1))
		g.op(0x6a)
		g.local(opLocalSet, lAcc)
		g.local(opLocalGet, lFuel)
		g.i32(1)
		g.op(0x6b) // i32.sub
		g.local(opLocalTee, lFuel)
		g.op(0x45)
		g.open(opIf, "")
		g.local(opLocalGet, lAcc)
		g.op(0x0f) // return
		g.end()
		for range g.rng.IntN(3) {
			g.random(1 + 2*g.rng.Int32N(2))
			g.open(opIf, "")
			g.jump(g.target(t))
			g.end()
		}
		switch r := g.rng.IntN(12); {
		case r < 4: // fall through
		case r < 7:
			g.jump(g.target(t))
		case r < 8:
			if t+1 < g.m { // a call that may unwind: t+1 is a resume point
				g.i32(0)
				g.op(opCall)
				g.u(fHelper)
				g.br(opBrIf, "unwind")
				g.resumes = append(g.resumes, t+1)
			}
		case r < 9:
			if t+1 < g.m && g.rng.IntN(3) == 0 {
				g.random(7)
				g.open(opIf, "")
				g.i32(0)
				g.op(opCall)
				g.u(fPanic)
				g.br(opBrIf, "unwind")
				g.end()
			}
		case r < 10:
			g.local(opLocalGet, lAcc)
			g.op(0x0f)
		default: // if/else jumping in both arms
			g.random(1)
			g.open(opIf, "")
			g.jump(g.target(t))
			g.op(opElse)
			g.jump(g.target(t))
			g.end()
		}
	}
	g.end() // of $entry
	g.op(opUnreachable)
	g.end() // of $unwind
	g.i32(-7)
	g.op(opEnd)
	return g.code
}

func (g *gen) module() []byte {
	g.body = g.function()
	section := func(id byte, data []byte) []byte {
		return append(binary.AppendUvarint([]byte{id}, uint64(len(data))), data...)
	}
	name := func(s string) []byte { return append(binary.AppendUvarint(nil, uint64(len(s))), s...) }
	mod := slices.Clone(magic)
	// Types: (i32) → i32, (i32 i32 i32) → i32.
	mod = append(mod, section(1, []byte{2, 0x60, 1, 0x7f, 1, 0x7f, 0x60, 3, 0x7f, 0x7f, 0x7f, 1, 0x7f})...)
	mod = append(mod, section(3, []byte{3, 0, 0, 1})...)
	mod = append(mod, section(7, append(append([]byte{1}, name("f")...), 0x00, 2))...)
	bodies := [][]byte{{0, opUnreachable, opEnd}, {0, opI32Const, 0, opEnd}, append([]byte{1, 1, 0x7f}, g.body...)}
	code := []byte{3}
	for _, b := range bodies {
		code = append(binary.AppendUvarint(code, uint64(len(b))), b...)
	}
	mod = append(mod, section(10, code)...)
	names := []byte{3}
	for i, n := range []string{"runtime.gopanic", "helper", "f"} {
		names = append(append(names, byte(i)), name(n)...)
	}
	return append(mod, section(0, append(name("name"), section(1, names)...))...)
}
