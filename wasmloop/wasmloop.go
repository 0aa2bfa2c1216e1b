// Package wasmloop speeds up WebAssembly modules built by Go
// (GOOS=wasip1 or js, GOARCH=wasm) by giving their loops back to the
// WebAssembly compiler: Go's wasm backend routes every jump through a
// dispatch loop with a br_table (see loops.go), which a compiler such as
// wazero's cannot see through, so each loop iteration pays for an indirect
// branch and every value lives across it. Rewrite turns forward jumps into
// direct branches and the loops that call nothing into wasm loops; the
// module computes exactly what it did, with its goroutines, panics and
// stack growth unchanged.
//
// The rewrite is a build step (`ergon app optimize`, `make examples`): the
// module it writes is the app, and its sha256 is the app's checksum.
package wasmloop

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Options tune Rewrite.
type Options struct {
	// StripNames drops the "name" custom section after using it. Rewrite
	// needs the names to know which calls never return (the runtime's
	// panics), so build without -ldflags=-s and strip here instead.
	StripNames bool
}

// Inspect says whether a module was built by Go (it has Go's "go:buildid"
// custom section) and whether Rewrite rewrote it.
func Inspect(mod []byte) (goBuilt, rewritten bool, err error) {
	secs, err := parseSections(mod)
	if err != nil {
		return false, false, err
	}
	for _, s := range secs {
		goBuilt = goBuilt || s.id == secCustom && s.name == "go:buildid"
		rewritten = rewritten || s.id == secCustom && s.name == marker
	}
	return goBuilt, rewritten, nil
}

// marker names the custom section Rewrite adds to a module it changed.
const marker = "ergon.wasmloop"

// Rewrite returns the module with Go's dispatch loops rewritten, marked
// with a custom section "ergon.wasmloop". A module not built by Go, or
// already rewritten, comes back as it is (Stats.Functions == 0) but for
// StripNames. A function that cannot be rewritten is left as it is.
func Rewrite(mod []byte, opts Options) ([]byte, Stats, error) {
	var st Stats
	secs, err := parseSections(mod)
	if err != nil {
		return nil, st, err
	}
	imports := 0 // only to name functions in errors
	var names map[uint32]string
	done := false
	for _, s := range secs {
		switch {
		case s.id == secCustom && s.name == marker:
			done = true
		case s.id == secImport:
			imports, _ = importedFuncs(s.data)
		case s.id == secCustom && s.name == "name":
			names = funcNames(s.data)
		}
	}
	neverReturns := func(idx int64) bool { return noReturn(names[uint32(idx)]) }
	out := secs[:0:0]
	for _, s := range secs {
		switch {
		case s.id == secCode && !done:
			bodies, err := parseCode(s.data)
			if err != nil {
				return nil, st, err
			}
			for i, b := range bodies {
				code, err := rewriteFunc(b.code, neverReturns, &st)
				switch {
				case errors.Is(err, errRewrite):
					return nil, st, fmt.Errorf("function %d (%s): %w", imports+i, names[uint32(imports+i)], err)
				case err != nil: // an instruction decode does not know
					st.Skipped++
				case code != nil:
					bodies[i].code = code
				}
			}
			s.data = writeCode(bodies)
		case s.id == secCustom && s.name == "name" && opts.StripNames:
			continue
		}
		out = append(out, s)
	}
	if st.Functions == 0 || done {
		if opts.StripNames && len(out) < len(secs) {
			return writeSections(out), st, nil
		}
		return mod, st, nil
	}
	// The section says which rewrite this is (and is not empty: wazero
	// refuses an empty custom section at the end of a module).
	mark := append(binary.AppendUvarint(nil, uint64(len(marker))), marker...)
	out = append(out, section{id: secCustom, data: append(mark, "v1"...)})
	return writeSections(out), st, nil
}
