//go:build unix

package wasm

import (
	"sync"
	"syscall"
	"unsafe"

	"github.com/tetratelabs/wazero/experimental"
)

// keepResident is how much of a guest memory region stays mapped (zeroed)
// for the next job; beyond it, pages go back to the kernel.
const keepResident = 32 << 20

// memoryPool provides guest linear memory in a sandbox process.
//
// Guard pages. wazero's compiler checks every load and store against the
// memory's length: about a quarter of a Go guest's run time. With guard
// pages (the default on linux/amd64) the check is left out
// (experimental.WithGuardPageMemory, Ergon's change to wazero:
// third_party/wazero/ERGON.md): each memory is the start of a reservation
// of experimental.GuardRegionSize bytes, the most any load or store can
// address from the memory's base, of which only the memory's current
// length is accessible; any access past it faults. Growing makes the next
// pages accessible (mprotect); the memory never moves. A fault ends the
// sandbox process (guardtrap_linux_amd64.go), and the parent reports it as
// the trap the check would have raised (Executor.supervise).
//
// Reuse. wazero's default is a Go slice with the limit as capacity
// (WithMemoryCapacityFromMax). In a process that runs many jobs that slice
// is garbage after a job, and the Go runtime zeroes recycled heap memory on
// allocation: each job would pay for clearing its whole limit (37 ms per
// job at 256 MiB on our machines). Fresh anonymous mappings avoid that, but
// faulting in 4 KiB pages costs about 16 µs each on our virtual machines —
// 6 ms just for the data segments of a Go guest, 130 ms per 32 MiB it
// touches. So the pool maps a region, asks for transparent huge pages, and
// keeps the region for the next job: when an instance is closed, the part
// the guest could have touched (up to the largest size it grew to) is
// zeroed, or for what lies beyond keepResident, returned to the kernel,
// which zero-fills it on next use, and made inaccessible again. The next
// guest sees all-zero memory, as in a new process.
type memoryPool struct {
	// guard is whether regions are guard regions (set once, before the
	// first job, by useGuardPages).
	guard bool

	mu    sync.Mutex
	spare []byte // a zeroed, inaccessible region, or nil
}

// useGuardPages turns guard pages on if the guard trap can be installed
// (linux/amd64) and the process can reserve a guard region, and reports
// whether it did.
func (p *memoryPool) useGuardPages() bool {
	if installGuardTrap() != nil {
		return false
	}
	region := reserve(experimental.GuardRegionSize)
	if region == nil {
		return false
	}
	p.guard, p.spare = true, region
	return true
}

// reserve maps size bytes of inaccessible memory, or returns nil.
func reserve(size uint64) []byte {
	b, err := syscall.Mmap(-1, 0, int(size), syscall.PROT_NONE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|mmapNoReserve)
	if err != nil {
		return nil
	}
	_ = madviseHugePages(b)
	return b
}

// forJob returns the allocator of one job.
func (p *memoryPool) forJob() *jobMemory { return &jobMemory{pool: p} }

// get returns a zeroed, inaccessible region of at least size bytes (of
// experimental.GuardRegionSize with guard pages), or nil.
func (p *memoryPool) get(size uint64) []byte {
	if p.guard {
		size = experimental.GuardRegionSize
	}
	p.mu.Lock()
	spare := p.spare
	if uint64(len(spare)) >= size {
		p.spare = nil
		p.mu.Unlock()
		return spare
	}
	p.mu.Unlock()
	return reserve(size)
}

// put takes back region, of which the first used bytes are accessible and
// may be dirty.
func (p *memoryPool) put(region []byte, used uint64) {
	keep := min(used, keepResident)
	clear(region[:keep])
	if used > keep {
		if err := discardPages(region[keep:used]); err != nil {
			clear(region[keep:used])
		}
	}
	if used > 0 && syscall.Mprotect(region[:used], syscall.PROT_NONE) != nil {
		// Not reusable as an inaccessible region.
		_ = syscall.Munmap(region)
		return
	}
	// The larger of region and the spare is kept, the other unmapped.
	p.mu.Lock()
	if len(region) >= len(p.spare) {
		region, p.spare = p.spare, region
	}
	p.mu.Unlock()
	if region != nil {
		_ = syscall.Munmap(region)
	}
}

// jobMemory is the experimental.MemoryAllocator of one job. wazero frees
// an instance's memory when the instance is closed, but not when
// instantiation fails after allocating it: release frees what is left.
type jobMemory struct {
	pool *memoryPool
	mems []*linearMemory
	// unguarded is set when, with guard pages, a memory could not get a
	// region: wazero then refuses to instantiate the app.
	unguarded bool
}

func (j *jobMemory) allocator() experimental.MemoryAllocator { return j }

// Allocate implements experimental.MemoryAllocator.
func (j *jobMemory) Allocate(capacity, max uint64) experimental.LinearMemory {
	if !j.pool.guard && (max == 0 || max > maxMemory) {
		return &sliceMemory{buf: make([]byte, 0, capacity)}
	}
	region := j.pool.get(max)
	if region == nil {
		// With guard pages wazero refuses this memory: the job fails as
		// a problem of the sandbox (see sandbox.run).
		j.unguarded = j.pool.guard
		return &sliceMemory{buf: make([]byte, 0, capacity)}
	}
	m := &linearMemory{pool: j.pool, region: region, max: max}
	j.mems = append(j.mems, m)
	if j.pool.guard {
		// From now until Free, a fault in the region is the guest's
		// out-of-bounds access, even while instantiating (a start
		// function).
		setGuardRegion(uintptr(unsafe.Pointer(unsafe.SliceData(region))), uintptr(len(region)))
	}
	return m
}

// guarded reports whether the job's memory has a guard region.
func (j *jobMemory) guarded() bool {
	for _, m := range j.mems {
		if m.GuardPages() {
			return true
		}
	}
	return false
}

func (j *jobMemory) release() {
	for _, m := range j.mems {
		m.Free()
	}
	j.mems = nil
}

// linearMemory is a guest memory at the start of a region at least its
// maximum size: growing makes more of the region accessible, so the memory
// never moves.
type linearMemory struct {
	pool   *memoryPool
	region []byte // the whole region, as mapped; nil once freed
	max    uint64 // the memory's maximum length
	size   uint64 // the accessible length: the largest handed out
}

// Reallocate implements experimental.LinearMemory.
func (m *linearMemory) Reallocate(size uint64) []byte {
	if m.region == nil || size > m.max {
		return nil
	}
	if size > m.size {
		if syscall.Mprotect(m.region[m.size:size], syscall.PROT_READ|syscall.PROT_WRITE) != nil {
			return nil
		}
		m.size = size
	}
	return m.region[:size:size]
}

// GuardPages implements experimental.GuardPageMemory.
func (m *linearMemory) GuardPages() bool { return m.pool.guard && m.region != nil }

// Free implements experimental.LinearMemory; it may be called again.
func (m *linearMemory) Free() {
	if m.region == nil {
		return
	}
	if m.pool.guard {
		setGuardRegion(0, 0)
	}
	m.pool.put(m.region, m.size)
	m.region = nil
}

// sliceMemory is the fallback when mapping fails: wazero's own behaviour.
type sliceMemory struct {
	buf []byte
}

func (m *sliceMemory) Reallocate(size uint64) []byte {
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size]
	} else {
		m.buf = append(m.buf[:cap(m.buf)], make([]byte, size-uint64(cap(m.buf)))...)
	}
	return m.buf
}

func (m *sliceMemory) Free() { m.buf = nil }
