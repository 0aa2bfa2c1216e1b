package experimental

import (
	"context"

	"github.com/tetratelabs/wazero/internal/expctxkeys"
)

// GuardRegionSize is the address space a guard-page memory must own from its
// base: the largest address a load or store can compute, a 32-bit index plus
// a 32-bit constant offset plus the access size (at most 16), rounded up to a
// 64 KiB page.
const GuardRegionSize = 8<<30 + 64<<10

// GuardPageMemory is a LinearMemory that keeps every byte in
// [len(buffer), GuardRegionSize) after its base inaccessible, so that any
// out-of-bounds access faults, and that never moves: Reallocate returns
// slices that start at the region's base, even of length 0.
type GuardPageMemory interface {
	LinearMemory
	// GuardPages reports whether this memory is so backed. A memory that
	// could not reserve its region reports false.
	GuardPages() bool
}

// WithGuardPageMemory returns a context for wazero.NewRuntimeWithConfig that
// makes the runtime's compiler omit the bounds check of loads and stores on
// non-shared memories (Ergon's change, see ERGON.md). The interpreter
// ignores it.
//
// Every such memory, defined or imported, must then be a GuardPageMemory
// whose GuardPages reports true: instantiating a module over any other
// memory fails. An out-of-bounds access is no longer a wasm trap but a fault
// (SIGSEGV) that the Go runtime turns into a fatal error of the process, so
// this is for processes that run one guest and report such an ending
// themselves. Only on amd64: elsewhere the checks stay.
func WithGuardPageMemory(ctx context.Context) context.Context {
	return context.WithValue(ctx, expctxkeys.GuardPageMemoryKey{}, true)
}
