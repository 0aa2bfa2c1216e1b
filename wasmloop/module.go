package wasmloop

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

// The parts of the WebAssembly binary format (core spec §5) this package
// reads: sections, the imports (to number functions), the code section and
// the function names of the "name" custom section.

const (
	secCustom = 0
	secImport = 2
	secCode   = 10
)

// section is one section of a module, its content unparsed.
type section struct {
	id   byte
	name string // custom sections only
	data []byte // the content, after the id and size
}

var magic = []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}

// ErrFormat is wrapped by the errors for input that is not a WebAssembly
// module this package can read.
var ErrFormat = errors.New("wasmloop: not a WebAssembly module")

func parseSections(mod []byte) ([]section, error) {
	if !bytes.HasPrefix(mod, magic) {
		return nil, fmt.Errorf("%w: no \\0asm version 1 header", ErrFormat)
	}
	r := &reader{b: mod, off: len(magic)}
	var secs []section
	for r.off < len(r.b) {
		id := r.byte()
		size := r.u32()
		data := r.bytes(int(size))
		if r.err != nil {
			return nil, fmt.Errorf("%w: section %d: %v", ErrFormat, id, r.err)
		}
		s := section{id: id, data: data}
		if id == secCustom {
			cr := &reader{b: data}
			s.name = cr.name()
			if cr.err != nil {
				return nil, fmt.Errorf("%w: custom section name: %v", ErrFormat, cr.err)
			}
		}
		secs = append(secs, s)
	}
	return secs, nil
}

func writeSections(secs []section) []byte {
	out := append([]byte(nil), magic...)
	for _, s := range secs {
		out = append(out, s.id)
		out = binary.AppendUvarint(out, uint64(len(s.data)))
		out = append(out, s.data...)
	}
	return out
}

// importedFuncs counts the functions an import section imports: they come
// first in the function index space.
func importedFuncs(data []byte) (int, error) {
	r := &reader{b: data}
	n := r.u32()
	funcs := 0
	for i := uint32(0); i < n && r.err == nil; i++ {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0x00: // function: type index
			r.u32()
			funcs++
		case 0x01: // table: reference type, limits
			r.byte()
			r.limits()
		case 0x02: // memory: limits
			r.limits()
		case 0x03: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			return 0, fmt.Errorf("%w: import of kind %#x", ErrFormat, kind)
		}
	}
	if r.err != nil {
		return 0, fmt.Errorf("%w: import section: %v", ErrFormat, r.err)
	}
	return funcs, nil
}

// funcNames reads the function names subsection of a "name" section.
// Malformed names are ignored: they are debugging information.
func funcNames(data []byte) map[uint32]string {
	r := &reader{b: data}
	r.name() // "name"
	for r.off < len(r.b) && r.err == nil {
		id := r.byte()
		size := r.u32()
		sub := &reader{b: r.bytes(int(size))}
		if id != 1 {
			continue
		}
		names := map[uint32]string{}
		n := sub.u32()
		for i := uint32(0); i < n && sub.err == nil; i++ {
			idx := sub.u32()
			name := sub.name()
			if sub.err != nil {
				return nil
			}
			names[idx] = name
		}
		return names
	}
	return nil
}

// body is one function body of the code section.
type body struct {
	locals []byte // the local declarations, verbatim
	code   []byte // the instructions, the final end included
}

func parseCode(data []byte) ([]body, error) {
	r := &reader{b: data}
	n := r.u32()
	bodies := make([]body, 0, min(int(n), len(data))) // n comes from the file
	for i := range n {
		size := r.u32()
		b := r.bytes(int(size))
		if r.err != nil {
			return nil, fmt.Errorf("%w: code section, body %d: %v", ErrFormat, i, r.err)
		}
		br := &reader{b: b}
		groups := br.u32()
		for g := uint32(0); g < groups && br.err == nil; g++ {
			br.u32()
			br.byte()
		}
		if br.err != nil {
			return nil, fmt.Errorf("%w: code section, body %d locals: %v", ErrFormat, i, br.err)
		}
		bodies = append(bodies, body{locals: b[:br.off], code: b[br.off:]})
	}
	if r.off != len(r.b) {
		return nil, fmt.Errorf("%w: %d bytes after the code section's bodies", ErrFormat, len(r.b)-r.off)
	}
	return bodies, nil
}

func writeCode(bodies []body) []byte {
	out := binary.AppendUvarint(nil, uint64(len(bodies)))
	for _, b := range bodies {
		out = binary.AppendUvarint(out, uint64(len(b.locals)+len(b.code)))
		out = append(out, b.locals...)
		out = append(out, b.code...)
	}
	return out
}

// reader decodes the format's primitives; the first error sticks and
// later reads return zero values.
type reader struct {
	b   []byte
	off int
	err error
}

var errShort = errors.New("unexpected end")

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.off = len(r.b)
}

func (r *reader) byte() byte {
	if r.off >= len(r.b) {
		r.fail(errShort)
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b)-r.off {
		r.fail(errShort)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

// uleb reads an unsigned LEB128 of at most bits bits.
func (r *reader) uleb(bits uint) uint64 {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		if shift >= bits || shift+7 > bits && c&0x7f>>(bits-shift) != 0 {
			r.fail(errors.New("integer too long"))
			return 0
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
}

// sleb reads a signed LEB128 of at most bits bits.
func (r *reader) sleb(bits uint) int64 {
	var v int64
	var shift uint
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		if shift >= bits {
			r.fail(errors.New("integer too long"))
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
}

func (r *reader) u32() uint32 { return uint32(r.uleb(32)) }

func (r *reader) name() string { return string(r.bytes(int(r.u32()))) }

func (r *reader) limits() {
	if r.byte()&1 != 0 {
		r.u32()
	}
	r.u32()
}
