//go:build unix

package wasm

import (
	"sync"
	"syscall"

	"github.com/tetratelabs/wazero/experimental"
)

// keepResident is how much of a guest memory region stays mapped (zeroed)
// for the next job; beyond it, pages go back to the kernel.
const keepResident = 32 << 20

// memoryPool provides guest linear memory in a sandbox process.
//
// wazero's default is a Go slice with the limit as capacity
// (WithMemoryCapacityFromMax). In a process that runs many jobs that slice
// is garbage after a job, and the Go runtime zeroes recycled heap memory on
// allocation: each job would pay for clearing its whole limit (37 ms per
// job at 256 MiB on our machines). Fresh anonymous mappings avoid that, but
// faulting in 4 KiB pages costs about 16 µs each on our virtual machines —
// 6 ms just for the data segments of a Go guest, 130 ms per 32 MiB it
// touches. So the pool maps a region of the memory's maximum size, asks for
// transparent huge pages, and keeps the region for the next job: when an
// instance is closed, the part the guest could have touched (up to the
// largest size it grew to) is zeroed, or for what lies beyond
// keepResident, returned to the kernel, which zero-fills it on next use.
// The next guest sees all-zero memory, as in a new process.
type memoryPool struct {
	mu    sync.Mutex
	spare []byte // a zeroed region, or nil
}

// forJob returns the allocator of one job.
func (p *memoryPool) forJob() *jobMemory { return &jobMemory{pool: p} }

// get returns a zeroed region of at least size bytes, or nil.
func (p *memoryPool) get(size uint64) []byte {
	p.mu.Lock()
	spare := p.spare
	if uint64(len(spare)) >= size {
		p.spare = nil
		p.mu.Unlock()
		return spare
	}
	p.mu.Unlock()
	b, err := syscall.Mmap(-1, 0, int(size), syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|mmapNoReserve)
	if err != nil {
		return nil
	}
	_ = madviseHugePages(b)
	return b
}

// put takes back region, of which the first used bytes may be dirty.
func (p *memoryPool) put(region []byte, used uint64) {
	keep := min(used, keepResident)
	clear(region[:keep])
	if used > keep {
		if err := discardPages(region[keep:used]); err != nil {
			clear(region[keep:used])
		}
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
}

func (j *jobMemory) allocator() experimental.MemoryAllocator { return j }

// Allocate implements experimental.MemoryAllocator.
func (j *jobMemory) Allocate(capacity, max uint64) experimental.LinearMemory {
	if max == 0 || max > maxMemory {
		return &sliceMemory{buf: make([]byte, 0, capacity)}
	}
	region := j.pool.get(max)
	if region == nil {
		return &sliceMemory{buf: make([]byte, 0, capacity)}
	}
	m := &linearMemory{pool: j.pool, region: region[:max:max]}
	m.full = region
	j.mems = append(j.mems, m)
	return m
}

func (j *jobMemory) release() {
	for _, m := range j.mems {
		m.Free()
	}
	j.mems = nil
}

// linearMemory is a guest memory in a region of its maximum size: growing
// only lengthens the slice, so the memory never moves.
type linearMemory struct {
	pool   *memoryPool
	region []byte // the memory's maximum extent
	full   []byte // the whole region, as mapped
	used   uint64 // the largest length handed out
}

// Reallocate implements experimental.LinearMemory.
func (m *linearMemory) Reallocate(size uint64) []byte {
	if m.region == nil || size > uint64(len(m.region)) {
		return nil
	}
	m.used = max(m.used, size)
	return m.region[:size:size]
}

// Free implements experimental.LinearMemory; it may be called again.
func (m *linearMemory) Free() {
	if m.region == nil {
		return
	}
	m.pool.put(m.full, m.used)
	m.region, m.full = nil, nil
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
