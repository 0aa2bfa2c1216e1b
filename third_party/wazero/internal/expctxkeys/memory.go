package expctxkeys

// MemoryAllocatorKey is a context.Context key for the experimental memory allocator.
type MemoryAllocatorKey struct{}

// GuardPageMemoryKey is a context.Context key for the experimental
// guard-page memory mode (Ergon's change, see ERGON.md).
type GuardPageMemoryKey struct{}
