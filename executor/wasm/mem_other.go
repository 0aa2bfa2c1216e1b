//go:build !unix

package wasm

import "github.com/tetratelabs/wazero/experimental"

// memoryPool leaves guest memory to wazero (the sandbox does not run on
// these platforms anyway).
type memoryPool struct{}

func (p *memoryPool) forJob() *jobMemory { return nil }

type jobMemory struct{}

func (*jobMemory) allocator() experimental.MemoryAllocator { return nil }

func (*jobMemory) release() {}
