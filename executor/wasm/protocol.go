package wasm

import (
	"encoding/binary"
	"encoding/json"
	"io"
	"sync"

	"ergon/executor"
)

// childEnv marks a process started to be the sandbox process.
const childEnv = "ERGON_WASM_CHILD"

// boundsChecksEnv, set to 1 in a sandbox process's environment, turns guard
// pages off (Config.BoundsChecks).
const boundsChecksEnv = "ERGON_WASM_BOUNDS_CHECKS"

// guardFaultExit is the exit status of a sandbox process whose guest
// accessed memory out of bounds with guard pages (guardtrap_linux_amd64.s
// has it too). The Go runtime and childMain end with 0 to 4.
const guardFaultExit = 79

// reportFD is the child's file descriptor for its reports: the first of
// exec.Cmd.ExtraFiles.
const reportFD = 3

// childSpec is one job the parent asks the child to do, sent as one JSON
// line on the child's stdin. Both ends are the same binary, so the format
// needs no versioning.
type childSpec struct {
	// ID names the job in the child's reports; the parent never reuses one.
	ID uint64
	// ModulePath is the module file; Checksum its expected sha256, hex.
	ModulePath string `json:",omitempty"`
	Checksum   string `json:",omitempty"`
	// CacheDir is the compilation cache directory, "" for none. It is the
	// same for every job of a child.
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

// maxSpecSize bounds one job line: the child refuses longer ones.
const maxSpecSize = 16 << 20

// Child report events.
const (
	// eventReady (job 0): the child has started and waits for jobs.
	eventReady = "ready"
	// eventAccepted: the child has read the job. A child that dies before
	// accepting a job has not touched it, so the job can be given to
	// another child.
	eventAccepted = "accepted"
	// eventStarted: the module is compiled and instantiated; _start is
	// being called.
	eventStarted = "started"
	// eventDone: the classified outcome; the module instance is closed
	// and the child waits for the next job.
	eventDone = "done"
	// eventError: a problem of the sandbox, not of the app.
	eventError = "error"
)

// childEvent is the body of an event frame.
type childEvent struct {
	Event string
	// CompileNanos (started) is how long compiling (or loading from a
	// cache) and instantiating took.
	CompileNanos int64 `json:",omitempty"`
	// GuardPages (ready, started) is whether the process runs guests with
	// guard pages: it then ends with exit status guardFaultExit if the
	// guest accesses memory out of bounds (see guardtrap_linux_amd64.s).
	GuardPages bool `json:",omitempty"`
	// Outcome (done): the classified end of the app.
	Failure  executor.FailureKind `json:",omitempty"`
	ExitCode int                  `json:",omitempty"`
	Message  string               `json:",omitempty"`
	// RunNanos (done) is how long _start ran.
	RunNanos int64 `json:",omitempty"`
	// Started (done) is false when the app was refused before running
	// (BadApp).
	Started bool `json:",omitempty"`

	// job is the job of the frame that carried the event.
	job uint64
}

// The report pipe carries frames: a header of a kind byte, the job id
// (uint64) and the body's length (uint32), both big-endian, then the body.
// Events and the guest's output share the pipe so that everything a job
// wrote is read before its "done".
const (
	frameEvent  = 'e' // body: a childEvent as JSON
	frameStdout = '1' // body: bytes the guest wrote to its stdout
	frameStderr = '2' // body: bytes the guest wrote to its stderr

	frameHeaderSize = 1 + 8 + 4
	// maxEventSize bounds an event frame; output frames are at most
	// maxOutputFrame long (longer writes are split).
	maxEventSize   = 1 << 20
	maxOutputFrame = 1 << 20
)

func putFrameHeader(b []byte, kind byte, job uint64, n int) {
	b[0] = kind
	binary.BigEndian.PutUint64(b[1:9], job)
	binary.BigEndian.PutUint32(b[9:13], uint32(n))
}

func parseFrameHeader(b []byte) (kind byte, job uint64, n uint32) {
	return b[0], binary.BigEndian.Uint64(b[1:9]), binary.BigEndian.Uint32(b[9:13])
}

// reporter writes frames on the child's report pipe.
type reporter struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

// frame writes one frame, in one write when it is small.
func (r *reporter) frame(kind byte, job uint64, body []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if cap(r.buf) < frameHeaderSize+32<<10 {
		r.buf = make([]byte, 0, frameHeaderSize+32<<10)
	}
	b := r.buf[:frameHeaderSize]
	putFrameHeader(b, kind, job, len(body))
	if len(body) <= cap(b)-frameHeaderSize {
		_, err := r.w.Write(append(b, body...))
		return err
	}
	if _, err := r.w.Write(b); err != nil {
		return err
	}
	_, err := r.w.Write(body)
	return err
}

func (r *reporter) event(job uint64, ev childEvent) error {
	b, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	return r.frame(frameEvent, job, b)
}

// outputWriter is the guest's stdout or stderr: it frames what the guest
// writes for the parent.
type outputWriter struct {
	r    *reporter
	kind byte
	job  uint64
}

func (w outputWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		chunk := p[:min(len(p), maxOutputFrame)]
		if err := w.r.frame(w.kind, w.job, chunk); err != nil {
			return n - len(p), err
		}
		p = p[len(chunk):]
	}
	return n, nil
}
