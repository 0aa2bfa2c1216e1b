//go:build !unix

package wasm

import "github.com/tetratelabs/wazero/experimental"

// memoryPool leaves guest memory to wazero (the sandbox does not run on
// these platforms anyway).
type memoryPool struct{}

// useGuardPages reports that guard pages are not used.
func (p *memoryPool) useGuardPages() bool { return false }

func (p *memoryPool) forJob() *jobMemory { return nil }

type jobMemory struct{ unguarded bool }

func (*jobMemory) allocator() experimental.MemoryAllocator { return nil }

func (*jobMemory) release() {}

func (*jobMemory) guarded() bool { return false }
