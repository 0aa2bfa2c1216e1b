package wasm

import (
	"errors"
	"syscall"
	"unsafe"
)

// The guard trap is the sandbox process's SIGSEGV handler, in front of the
// Go runtime's. A guest's out-of-bounds access faults on a guard page inside
// code the Go runtime does not know: it cannot turn that into a panic, and
// its crash report is not even reliable there (it may fail on the guest's
// stack first). So the trap, in assembly, looks at the fault address: inside
// the running guest's guard region [guardLo, guardHi) it writes a line to
// stderr and ends the process with exit status guardFaultExit, which the
// parent reports as the trap a bounds check would have raised; anywhere
// else it jumps to the Go runtime's handler, which then sees the signal as
// it would have without the trap.

// The live guest memory's guard region, set from its allocation to its
// release (setGuardRegion, by jobMemory and linearMemory, so that a start
// function run while instantiating is covered); read by the trap.
var guardLo, guardHi uintptr

// goSigsegv is the Go runtime's handler, which the trap chains to.
var goSigsegv uintptr

// guardMsg is what the trap writes to stderr.
var guardMsg = []byte("ergon wasm sandbox: the guest accessed memory out of bounds (guard page)\n")

// guardTrap is the handler: called by the kernel, not by Go.
func guardTrap()

// guardTrapAddr returns guardTrap's entry address.
func guardTrapAddr() uintptr

// kernelSigaction is struct sigaction as the rt_sigaction system call takes
// it on linux/amd64.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// installGuardTrap puts the trap in front of the Go runtime's SIGSEGV
// handler, keeping its flags, restorer and mask. Call it once, before any
// guest runs.
func installGuardTrap() error {
	var old kernelSigaction
	if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV), 0,
		uintptr(unsafe.Pointer(&old)), unsafe.Sizeof(old.mask), 0, 0); e != 0 {
		return e
	}
	if old.handler <= 1 { // SIG_DFL, SIG_IGN: not the Go runtime's
		return errors.New("SIGSEGV is not handled by the Go runtime")
	}
	goSigsegv = old.handler
	act := old
	act.handler = guardTrapAddr()
	if _, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV),
		uintptr(unsafe.Pointer(&act)), 0, unsafe.Sizeof(act.mask), 0, 0); e != 0 {
		return e
	}
	return nil
}

// setGuardRegion sets the region the trap treats as the guest's, or none
// with size 0.
func setGuardRegion(base, size uintptr) { guardLo, guardHi = base, base+size }
