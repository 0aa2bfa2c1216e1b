package wasm

import "ergon/executor"

// childEnv marks a process started to be the sandbox process.
const childEnv = "ERGON_WASM_CHILD"

// reportFD is the child's file descriptor for its reports: the first of
// exec.Cmd.ExtraFiles.
const reportFD = 3

// childSpec is what the parent asks the child to do, sent as JSON on the
// child's stdin. Both ends are the same binary, so the format needs no
// versioning.
type childSpec struct {
	// Probe asks the child only to answer "ready" (New checks that the
	// binary handles the child role).
	Probe bool `json:",omitempty"`
	// ModulePath is the module file; Checksum its expected sha256, hex.
	ModulePath string `json:",omitempty"`
	Checksum   string `json:",omitempty"`
	// CacheDir is the compilation cache directory, "" for none.
	CacheDir string `json:",omitempty"`
	// MemoryPages is the memory limit in 64 KiB pages.
	MemoryPages uint32 `json:",omitempty"`
	// Args is the guest's argv, Env its KEY=value environment, in order.
	Args []string `json:",omitempty"`
	Env  []string `json:",omitempty"`
	// InDir and OutDir are mounted at /in (read-only) and /out.
	InDir  string `json:",omitempty"`
	OutDir string `json:",omitempty"`
}

// Child report events.
const (
	eventReady   = "ready"
	eventStarted = "started"
	eventDone    = "done"
	eventError   = "error"
)

// childEvent is one line the child writes on reportFD.
type childEvent struct {
	Event string
	// CompileNanos (started) is how long compiling (or loading from the
	// cache) and instantiating took.
	CompileNanos int64 `json:",omitempty"`
	// Outcome (done): the classified end of the app.
	Failure  executor.FailureKind `json:",omitempty"`
	ExitCode int                  `json:",omitempty"`
	Message  string               `json:",omitempty"`
	// RunNanos (done) is how long _start ran.
	RunNanos int64 `json:",omitempty"`
	// Started (done) is false when the app was refused before running
	// (BadApp).
	Started bool `json:",omitempty"`
}
