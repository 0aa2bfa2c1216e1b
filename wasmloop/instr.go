package wasmloop

import (
	"encoding/binary"
	"fmt"
)

// Opcodes this package looks at (core spec §5.4).
const (
	opUnreachable = 0x00
	opBlock       = 0x02
	opLoop        = 0x03
	opIf          = 0x04
	opElse        = 0x05
	opEnd         = 0x0b
	opBr          = 0x0c
	opBrIf        = 0x0d
	opBrTable     = 0x0e
	opCall        = 0x10
	opCallInd     = 0x11
	opLocalGet    = 0x20
	opLocalSet    = 0x21
	opLocalTee    = 0x22
	opI32Const    = 0x41
	blockEmpty    = 0x40
)

// instr is one decoded instruction. Its bytes are code[start:end] of the
// body it came from; branches also have their targets resolved.
type instr struct {
	op         byte
	start, end int
	// For block, loop, if: the index of the matching end; for end and
	// else: the index of the instruction that opened the construct (-1
	// for the function's final end).
	match int
	// For block, loop, if: whether the block type is empty (0x40).
	empty bool
	// For br, br_if: the target; for br_table: the targets, the default
	// last. A target is the index of the block, loop or if instruction
	// whose label is meant, or funcLabel.
	targets []int
	// For local.get/set/tee and call: the index; for i32.const: the value.
	imm int64
}

// funcLabel is the label of the function body itself.
const funcLabel = -1

// decode splits a function body's code into instructions and resolves
// every branch target. It fails on an instruction it does not know (such
// as SIMD), which leaves the function as it is.
func decode(code []byte) ([]instr, error) {
	r := &reader{b: code}
	var ins []instr
	open := []int{funcLabel} // the enclosing constructs, innermost last
	target := func(depth uint32) int {
		if int(depth) >= len(open) {
			r.fail(fmt.Errorf("branch depth %d out of range", depth))
			return funcLabel
		}
		return open[len(open)-1-int(depth)]
	}
	for r.off < len(r.b) {
		in := instr{start: r.off, match: -1}
		in.op = r.byte()
		switch op := in.op; {
		case op == opBlock || op == opLoop || op == opIf:
			c := r.byte()
			switch {
			case c == blockEmpty:
				in.empty = true
			case c == 0x63 || c == 0x64: // (ref null? ht): typed references
				r.fail(fmt.Errorf("block type %#x", c))
			case c >= 0x6f && c <= 0x7f: // a value type
			default: // a type index, s33
				r.off--
				r.sleb(33)
			}
			open = append(open, len(ins))
		case op == opElse:
			in.match = open[len(open)-1]
		case op == opEnd:
			in.match = open[len(open)-1]
			if in.match != funcLabel {
				ins[in.match].match = len(ins)
			}
			open = open[:len(open)-1]
			if len(open) == 0 && r.off != len(r.b) {
				r.fail(fmt.Errorf("%d bytes after the function's end", len(r.b)-r.off))
			}
		case op == opBr || op == opBrIf:
			in.targets = []int{target(r.u32())}
		case op == opBrTable:
			n := r.u32()
			if uint64(n) > uint64(len(r.b)) {
				r.fail(errShort)
				break
			}
			in.targets = make([]int, 0, n+1)
			for range n + 1 {
				in.targets = append(in.targets, target(r.u32()))
			}
		case op == opCall || op >= opLocalGet && op <= 0x26: // call; local.*, global.*, table.get/set
			in.imm = int64(r.u32())
		case op == opCallInd:
			in.imm = -1
			r.u32()
			r.u32()
		case op == 0x1c: // select with types
			n := r.u32()
			for k := uint32(0); k < n && r.err == nil; k++ {
				if t := r.byte(); t == 0x63 || t == 0x64 {
					r.fail(fmt.Errorf("select of type %#x", t))
				}
			}
		case op >= 0x28 && op <= 0x3e: // loads and stores: memarg
			if align := r.u32(); align&0x40 != 0 { // multi-memory: a memory index follows
				r.u32()
			}
			r.u32()
		case op == 0x3f || op == 0x40: // memory.size, memory.grow
			r.u32()
		case op == opI32Const:
			in.imm = r.sleb(32)
		case op == 0x42:
			r.sleb(64)
		case op == 0x43:
			r.bytes(4)
		case op == 0x44:
			r.bytes(8)
		case op == 0x00 || op == 0x01 || op == 0x0f || op == 0x1a || op == 0x1b || op >= 0x45 && op <= 0xc4:
			// no immediate
		case op == 0xd0: // ref.null: a heap type, s33
			r.sleb(33)
		case op == 0xd1: // ref.is_null
		case op == 0xd2: // ref.func
			r.u32()
		case op == 0xfc:
			switch sub := r.u32(); {
			case sub <= 7: // saturating truncations
			case sub == 8 || sub == 10 || sub == 12 || sub == 14: // memory.init, memory.copy, table.init, table.copy
				r.u32()
				r.u32()
			case sub <= 17:
				r.u32()
			default:
				r.fail(fmt.Errorf("instruction 0xfc %d", sub))
			}
		default:
			r.fail(fmt.Errorf("instruction %#x", op))
		}
		if r.err != nil {
			return nil, fmt.Errorf("at byte %d: %w", in.start, r.err)
		}
		in.end = r.off
		ins = append(ins, in)
	}
	if len(open) != 0 {
		return nil, fmt.Errorf("%w: function body without its final end", ErrFormat)
	}
	return ins, nil
}

// emitter writes instructions, re-encoding branches against the labels
// open at the point where they are written.
type emitter struct {
	code   []byte // the original body's code
	out    []byte
	labels []int // label ids, innermost last; funcLabel at the bottom
}

func (e *emitter) depth(label int) (uint32, error) {
	for i := len(e.labels) - 1; i >= 0; i-- {
		if e.labels[i] == label {
			return uint32(len(e.labels) - 1 - i), nil
		}
	}
	return 0, fmt.Errorf("%w: branch to label %d, which is not open here", errRewrite, label)
}

// open writes block (op opBlock) or loop with an empty type, labelled id.
func (e *emitter) open(op byte, id int) {
	e.out = append(e.out, op, blockEmpty)
	e.labels = append(e.labels, id)
}

// end writes end, closing label, which must be the innermost.
func (e *emitter) end(label int) error {
	if n := len(e.labels); n == 0 || e.labels[n-1] != label {
		return fmt.Errorf("%w: end of label %d while %v are open", errRewrite, label, e.labels)
	}
	e.close()
	return nil
}

// close writes end.
func (e *emitter) close() {
	e.out = append(e.out, opEnd)
	e.labels = e.labels[:len(e.labels)-1]
}

// copy writes instruction i of ins with its branch targets replaced by
// targets (when not nil).
func (e *emitter) copy(ins []instr, i int, targets []int) error {
	in := &ins[i]
	if targets == nil {
		targets = in.targets
	}
	switch in.op {
	case opBlock, opLoop, opIf:
		e.out = append(e.out, e.code[in.start:in.end]...)
		e.labels = append(e.labels, i)
	case opEnd:
		e.out = append(e.out, opEnd)
		if len(e.labels) > 0 {
			e.labels = e.labels[:len(e.labels)-1]
		}
	case opBr, opBrIf, opBrTable:
		e.out = append(e.out, in.op)
		if in.op == opBrTable {
			e.out = binary.AppendUvarint(e.out, uint64(len(targets)-1))
		}
		for _, t := range targets {
			d, err := e.depth(t)
			if err != nil {
				return err
			}
			e.out = binary.AppendUvarint(e.out, uint64(d))
		}
	default:
		e.out = append(e.out, e.code[in.start:in.end]...)
	}
	return nil
}
