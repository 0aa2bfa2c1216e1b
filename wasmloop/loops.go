package wasmloop

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// How Go compiles a function for GOARCH=wasm (cmd/internal/obj/wasm): its
// basic blocks are numbered (PC_B, a local of the function, its first
// parameter on entry) and laid out in order after a dispatch:
//
//	loop $entry
//	  block $b(m-1) … block $b(1) block $b(0)
//	    local.get PC_B
//	    br_table $b(0) $b(0) $b(1) …   ;; PC_B → the block to resume at
//	  end  ;; segment 0
//	  …
//	  end  ;; segment t: the code after the end of $b(t)
//	  …
//	end
//
// Every jump to a basic block, forward or backward, is
//
//	i32.const PC_B'  local.set PC_B  br $entry
//
// so every iteration of every loop goes through the br_table. The dispatch
// exists so that a goroutine unwound from inside a call can be resumed:
// the function is called again with PC_B naming the point just after the
// call (or 0, its start, after morestack).
//
// The rewrite keeps the dispatch, the PC_B writes and the segments' code,
// and changes where control goes:
//   - A jump to a segment laid out after it breaks out to that segment's
//     block directly.
//   - A loop — segments K..s that a later one jumps back into, entered from
//     outside at one segment h only, calling nothing that returns — becomes
//     a wasm loop around them, laid out from h (h..s then K..h-1: Go puts
//     a loop's condition after its body). Its back-edges branch to it; a
//     fall-through that the new layout breaks becomes a branch. The blocks
//     of its segments other than h are opened inside it, so the entry
//     dispatch cannot reach them: it never needs to, since a resume point
//     follows a call and nothing inside calls anything that returns. Should
//     PC_B ever name one of them, the dispatch traps.
//
// Loops that overlap without nesting, or whose layout would need a branch
// that structured control flow cannot express, stay with the dispatch.

// noReturn says whether a call to the named function never returns to its
// caller (the runtime's panics): such calls may sit inside a rewritten loop.
func noReturn(name string) bool {
	switch name {
	case "runtime.sigpanic", "runtime.gopanic", "runtime.panicshift", "runtime.panicdivide",
		"runtime.panicwrap", "runtime.panicdottypeE", "runtime.panicdottypeI", "runtime.panicnildottype",
		"runtime.panicmakeslicelen", "runtime.panicmakeslicecap", "runtime.panicoverflow", "runtime.panicmem",
		"runtime.panicrangestate":
		return true
	}
	return strings.HasPrefix(name, "runtime.goPanic") || strings.HasPrefix(name, "runtime.panicunsafe")
}

// errRewrite marks a rewrite that went wrong: a bug in this package.
var errRewrite = errors.New("wasmloop: internal error")

// Kinds of edges between segments.
const (
	viaEntry    = iota // i32.const, local.set PC_B, br $entry
	direct             // br or br_if to $b(t)
	fallThrough        // the code of t-1 runs into t
)

// edge is a way control goes from segment from to segment to.
type edge struct {
	from, to int
	kind     int
	at       int // the branch instruction; -1 for a fall-through
}

// region is a loop made of segments first..last, entered at head.
type region struct {
	first, last, head int
	parent            int // the enclosing region, or top
	id                int // its label id in the output
}

const top = -1 // the function's level, outside every region

// function is a function with Go's dispatch, decoded.
type function struct {
	ins    []instr
	loop   int   // the $entry loop instruction
	get    int   // local.get PC_B
	table  int   // the br_table
	m      int   // the number of segments
	blocks []int // blocks[t]: the block instruction whose end starts segment t
	// start[t]: the first instruction of segment t; segment t ends before
	// start[t+1]-1, the end of $b(t+1) (of $entry for the last).
	start   []int
	entries []int // the br_table's targets as segments, the default last
	edges   []edge
	falls   []bool // whether segment t may run into t+1
	calling []bool // whether segment t calls something that may return
}

// parse recognizes Go's dispatch and reads the segments' edges. It returns
// nil when the function does not have the dispatch or has a jump this
// package does not follow.
func parse(ins []instr, neverReturns func(funcIdx int64) bool) *function {
	L := slices.IndexFunc(ins, func(in instr) bool { return in.op == opLoop })
	if L < 0 || !ins[L].empty {
		return nil
	}
	m := 0
	for L+1+m < len(ins) && ins[L+1+m].op == opBlock && ins[L+1+m].empty {
		m++
	}
	f := &function{ins: ins, loop: L, get: L + 1 + m, table: L + 2 + m, m: m}
	if m == 0 || f.table+1 >= len(ins) || ins[f.get].op != opLocalGet || ins[f.table].op != opBrTable ||
		ins[f.table+1].op != opEnd || ins[f.table+1].match != L+m {
		return nil
	}
	pcb := ins[f.get].imm
	f.blocks = make([]int, m)
	for t := range m {
		f.blocks[t] = L + m - t
	}
	segOf := func(label int) int { // the segment the end of a dispatch block starts, or -1
		if label > L && label <= L+m {
			return L + m - label
		}
		return -1
	}
	f.entries = make([]int, len(ins[f.table].targets))
	for k, target := range ins[f.table].targets {
		if f.entries[k] = segOf(target); f.entries[k] < 0 {
			return nil
		}
	}
	f.start = make([]int, m+1)
	for t := range m {
		f.start[t] = ins[f.blocks[t]].match + 1
	}
	f.start[m] = ins[L].match + 1

	f.falls = make([]bool, m)
	f.calling = make([]bool, m)
	for t := range m {
		end := f.start[t+1] - 1
		if end == f.start[t] {
			f.falls[t] = true
		} else {
			switch ins[end-1].op { // the segment's last instruction, at its top level
			case opBr, opBrTable, 0x0f, opUnreachable: // 0x0f: return
			default:
				f.falls[t] = true
			}
		}
		if f.falls[t] && t+1 < m {
			f.edges = append(f.edges, edge{from: t, to: t + 1, kind: fallThrough, at: -1})
		}
		for i := f.start[t]; i < end; i++ {
			in := ins[i]
			switch in.op {
			case opCall:
				if !neverReturns(in.imm) {
					f.calling[t] = true
				}
			case opCallInd:
				f.calling[t] = true
			case opBr, opBrIf, opBrTable:
				for _, target := range in.targets {
					if target == L {
						if in.op != opBr || i-2 < f.start[t] || ins[i-1].op != opLocalSet || ins[i-1].imm != pcb ||
							ins[i-2].op != opI32Const {
							return nil // a jump to a PC_B that is not a constant
						}
						k := ins[i-2].imm
						to := f.entries[len(f.entries)-1]
						if k >= 0 && k < int64(len(f.entries)-1) {
							to = f.entries[k]
						}
						f.edges = append(f.edges, edge{from: t, to: to, kind: viaEntry, at: i})
					} else if s := segOf(target); s >= 0 {
						if in.op == opBrTable {
							return nil // Go does not write these
						}
						f.edges = append(f.edges, edge{from: t, to: s, kind: direct, at: i})
					}
				}
			}
		}
	}
	return f
}

// candidates returns the loops that may be rewritten, properly nested,
// sorted by first segment, parents before children.
func (f *function) candidates() []region {
	last := map[int]int{} // first segment → the last segment jumping back to it
	for _, e := range f.edges {
		if e.to <= e.from {
			last[e.to] = max(last[e.to], e.from)
		}
	}
	var cands []region
	for first, end := range last {
		r := region{first: first, last: end, head: -1}
		ok := !slices.Contains(f.calling[first:end+1], true)
		entered := func(to int) { // control enters the loop at to
			if r.head >= 0 && r.head != to {
				ok = false
			}
			r.head = to
		}
		if first == 0 {
			entered(0) // the function's entry
		}
		for _, e := range f.edges {
			if e.to >= first && e.to <= end && (e.from < first || e.from > end) {
				entered(e.to)
			}
		}
		// A loop laid out from its middle must not end the function: the
		// last segment runs off the end of $entry.
		if r.head < 0 || r.head != first && end == f.m-1 {
			ok = false
		}
		if ok {
			cands = append(cands, r)
		}
	}
	// Smallest first, so that an inner loop wins over an outer one it
	// overlaps.
	slices.SortFunc(cands, func(a, b region) int {
		return cmp.Or(cmp.Compare(a.last-a.first, b.last-b.first), cmp.Compare(a.first, b.first))
	})
	var regions []region
	for _, c := range cands {
		ok := true
		for _, r := range regions {
			if c.last < r.first || r.last < c.first {
				continue // disjoint
			}
			// Nested: r inside c (r is smaller), and not around c's head.
			if r.first < c.first || r.last > c.last || c.head >= r.first && c.head <= r.last {
				ok = false
			}
		}
		if ok {
			regions = append(regions, c)
		}
	}
	slices.SortFunc(regions, func(a, b region) int { return cmp.Compare(a.first, b.first) })
	return regions
}

// layout is the shape of the rewritten function for a set of regions.
type layout struct {
	f       *function
	regions []region
	owner   []int   // owner[t]: the innermost region whose range holds t, or top
	items   [][]int // per scope (region index, top at the end): items in layout order
	pos     []int   // the position of segment t's item in its owner's items
	rpos    []int   // the position of region r's item in its parent's items
}

// An item is a segment t (t ≥ 0) or a region r (-1-r).
func regionItem(r int) int { return -1 - r }

// scope is the item list of scope s (a region, or top).
func (l *layout) scope(s int) *[]int {
	if s == top {
		return &l.items[len(l.regions)]
	}
	return &l.items[s]
}

// newLayout lays out the regions (sorted by first, parents first).
func newLayout(f *function, regions []region) *layout {
	l := &layout{f: f, regions: regions, owner: make([]int, f.m), pos: make([]int, f.m), rpos: make([]int, len(regions))}
	for t := range f.m {
		l.owner[t] = top
	}
	for i := range regions {
		r := &regions[i]
		r.id, r.parent = -2-i, top
		for j := range i { // the last enclosing one is the innermost
			if q := regions[j]; q.first <= r.first && r.last <= q.last {
				r.parent = j
			}
		}
		for t := r.first; t <= r.last; t++ {
			l.owner[t] = i
		}
	}
	l.items = make([][]int, len(regions)+1)
	for t := 0; t < f.m; t++ {
		// The regions starting at t, outermost first, are items of their
		// parents; t itself is an item of its owner.
		for i, r := range regions {
			if r.first == t {
				*l.scope(r.parent) = append(*l.scope(r.parent), regionItem(i))
			}
		}
		*l.scope(l.owner[t]) = append(*l.scope(l.owner[t]), t)
	}
	for i, r := range regions {
		items := l.items[i]
		h := slices.Index(items, r.head)
		l.items[i] = append(items[h:len(items):len(items)], items[:h]...)
	}
	for s := range l.items {
		for p, it := range l.items[s] {
			if it >= 0 {
				l.pos[it] = p
			} else {
				l.rpos[-1-it] = p
			}
		}
	}
	return l
}

// blockScope is the scope in which $b(t) is opened: t's owner, or the
// owner's parent when t is the owner's head.
func (l *layout) blockScope(t int) int {
	o := l.owner[t]
	if o != top && l.regions[o].head == t {
		return l.regions[o].parent
	}
	return o
}

// posIn is the position, in scope s's items, of the item holding segment
// x, or -1 when x is not inside s.
func (l *layout) posIn(s, x int) int {
	if l.owner[x] == s {
		return l.pos[x]
	}
	for r := l.owner[x]; r != top; r = l.regions[r].parent {
		if l.regions[r].parent == s {
			return l.rpos[r]
		}
	}
	return -1
}

// headOf is the segment an item starts with.
func (l *layout) headOf(it int) int {
	if it >= 0 {
		return it
	}
	return l.regions[-1-it].head
}

// next is the segment control reaches by running off the end of segment
// x in the layout; f.m for the end of $entry.
func (l *layout) next(x int) int {
	s, p := l.owner[x], l.pos[x]
	for {
		items := *l.scope(s)
		if p+1 < len(items) {
			return l.headOf(items[p+1])
		}
		if s == top {
			return l.f.m
		}
		s, p = l.regions[s].parent, l.rpos[s]
	}
}

// target is the label a branch from segment x to segment t takes in the
// layout: a region's loop (a back-edge to its head), $b(t) (when it is open
// at x), or $entry (only for a jump that sets PC_B, to a segment the
// dispatch reaches). Otherwise bad is a region in the way.
func (l *layout) target(x, t, kind int) (label int, bad int) {
	for r := l.owner[x]; r != top; r = l.regions[r].parent {
		if l.regions[r].head == t {
			return l.regions[r].id, top
		}
	}
	// $b(t) is opened at the start of its scope and closed just before
	// t's item there.
	s := l.blockScope(t)
	if px := l.posIn(s, x); px >= 0 && px < l.posIn(s, t) {
		return l.f.blocks[t], top
	}
	if kind == viaEntry && s == top {
		return l.f.loop, top
	}
	if s != top {
		return 0, s
	}
	r := l.owner[x] // cannot happen: drop x's outermost region
	for r != top && l.regions[r].parent != top {
		r = l.regions[r].parent
	}
	return 0, r
}

// Stats counts what a rewrite did.
type Stats struct {
	// Functions is the number of functions rewritten; Skipped the number
	// left as they were because they hold an instruction this package
	// does not decode (such as SIMD) or a jump it does not follow.
	Functions, Skipped int
	// Loops is the number of loops that became wasm loops; Jumps the
	// number of jumps that no longer go through the dispatch, Dispatched
	// the number that still do.
	Loops, Jumps, Dispatched int
}

// rewriteFunc rewrites one function body's code. It returns nil when the
// function does not have Go's dispatch or nothing in it changes.
func rewriteFunc(code []byte, neverReturns func(funcIdx int64) bool, st *Stats) ([]byte, error) {
	ins, err := decode(code)
	if err != nil {
		return nil, err
	}
	f := parse(ins, neverReturns)
	if f == nil {
		if slices.ContainsFunc(ins, func(in instr) bool { return in.op == opLoop }) {
			st.Skipped++
		}
		return nil, nil
	}
	regions := f.candidates()
	var l *layout
	for {
		l = newLayout(f, regions)
		bad := l.check()
		if len(bad) == 0 {
			break
		}
		// Drop every region in the way at once: one at a time costs a
		// layout each, cubic in a function with thousands of loops.
		kept := regions[:0]
		for i, r := range regions {
			if !bad[i] {
				kept = append(kept, r)
			}
		}
		regions = kept
	}
	// The branches' new targets. A jump that no longer goes through the
	// dispatch still sets PC_B: wazero drops the dead write.
	retarget := map[int]int{}
	jumps, dispatched := 0, 0
	for _, e := range f.edges {
		if e.at < 0 {
			continue
		}
		label, _ := l.target(e.from, e.to, e.kind)
		retarget[e.at] = label
		if e.kind == viaEntry {
			if label == f.loop {
				dispatched++
				continue
			}
			jumps++
		}
	}
	if jumps == 0 {
		return nil, nil
	}
	out, err := l.emit(code, retarget)
	if err != nil {
		return nil, err
	}
	st.Functions++
	st.Loops += len(regions)
	st.Jumps += jumps
	st.Dispatched += dispatched
	return out, nil
}

// check returns the regions in the way of an edge, none when every edge
// can be expressed in the layout.
func (l *layout) check() map[int]bool {
	bad := map[int]bool{}
	for _, e := range l.f.edges {
		if e.kind == fallThrough && l.next(e.from) == e.to {
			continue
		}
		if _, r := l.target(e.from, e.to, e.kind); r != top {
			bad[r] = true
		}
	}
	return bad
}

// emit writes the function's code in the layout.
func (l *layout) emit(code []byte, retarget map[int]int) ([]byte, error) {
	f, ins := l.f, l.f.ins
	e := &emitter{code: code, labels: []int{funcLabel}}
	for i := 0; i <= f.loop; i++ {
		if err := e.copy(ins, i, nil); err != nil {
			return nil, err
		}
	}
	items := *l.scope(top)
	for p := len(items) - 1; p >= 0; p-- {
		e.copy(ins, f.blocks[l.headOf(items[p])], nil)
	}
	trapID := -2 - len(l.regions)
	targets := make([]int, len(f.entries))
	trap := false
	for k, t := range f.entries {
		if targets[k] = f.blocks[t]; l.blockScope(t) != top {
			targets[k], trap = trapID, true
		}
	}
	if trap {
		e.open(opBlock, trapID)
	}
	e.copy(ins, f.get, nil)
	if err := e.copy(ins, f.table, targets); err != nil {
		return nil, err
	}
	if trap {
		e.close()
		e.out = append(e.out, opUnreachable)
	}
	if err := e.end(f.blocks[0]); err != nil {
		return nil, err
	}
	if err := l.emitItems(e, top, retarget); err != nil {
		return nil, err
	}
	if err := e.end(f.loop); err != nil {
		return nil, err
	}
	for i := ins[f.loop].match + 1; i < len(ins); i++ {
		if err := e.copy(ins, i, nil); err != nil {
			return nil, err
		}
	}
	if len(e.labels) != 0 {
		return nil, fmt.Errorf("%w: %d labels left open", errRewrite, len(e.labels))
	}
	return e.out, nil
}

func (l *layout) emitItems(e *emitter, s int, retarget map[int]int) error {
	f, ins := l.f, l.f.ins
	for p, it := range *l.scope(s) {
		h := l.headOf(it)
		if p > 0 {
			if err := e.end(f.blocks[h]); err != nil {
				return err
			}
		}
		if it < 0 {
			r := -1 - it
			e.open(opLoop, l.regions[r].id)
			items := l.items[r]
			for q := len(items) - 1; q >= 1; q-- {
				e.copy(ins, f.blocks[l.headOf(items[q])], nil)
			}
			if err := l.emitItems(e, r, retarget); err != nil {
				return err
			}
			if err := e.end(l.regions[r].id); err != nil {
				return err
			}
			continue
		}
		for i := f.start[h]; i < f.start[h+1]-1; i++ {
			var targets []int
			if label, ok := retarget[i]; ok {
				targets = []int{label}
			}
			if err := e.copy(ins, i, targets); err != nil {
				return err
			}
		}
		if !f.falls[h] || l.next(h) == h+1 {
			continue
		}
		label, bad := top, 0
		if h+1 < f.m {
			label, bad = l.target(h, h+1, fallThrough)
		}
		if h+1 == f.m || bad != top {
			return fmt.Errorf("%w: segment %d cannot run into %d", errRewrite, h, h+1)
		}
		d, err := e.depth(label)
		if err != nil {
			return err
		}
		e.out = binary.AppendUvarint(append(e.out, opBr), uint64(d))
	}
	return nil
}
