package executor

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Executor runs one app for one task in a sandbox. Implementations are safe
// for concurrent use; each Run is independent.
//
// Run returns a Result whenever the app was started or was refused for a
// reason that is the app's own (BadApp), including when it failed: see the
// package documentation. It returns an error only for problems of the
// executor or the caller (ErrInvalidJob, unreadable files, a sandbox that
// cannot start, a cancelled context); the worker then has no result to
// contribute.
type Executor interface {
	Run(ctx context.Context, job Job) (*Result, error)
}

// App identifies the program to run.
type App struct {
	// Name is the app's argv[0]. It must be the same on every worker (it
	// is visible to the app), so it is the app's registered name, never a
	// local file name; "app" when empty.
	Name string
	// Path is the local file holding the app (wasm: the module).
	Path string
	// Checksum is the sha256 of the file at Path, as registered on-chain.
	// Executors refuse to run an app whose bytes do not match it.
	Checksum [32]byte
}

// Job is one execution of an app for a task (PROTOCOL.md §10).
type Job struct {
	// TaskID and DealID are the on-chain ids, 0x-prefixed hex; they reach
	// the app as ERGON_TASK_ID and ERGON_DEAL_ID.
	TaskID, DealID string
	// Index is the task's index in the deal's bag of tasks
	// (ERGON_TASK_INDEX); BotSize the number of tasks in the bag
	// (ERGON_BOT_SIZE).
	Index, BotSize uint64
	// App is the program to run.
	App App
	// Args are the app's arguments after argv[0].
	Args []string
	// InDir is the host directory shown to the app, read-only, as /in: input
	// files and the decrypted dataset.
	InDir string
	// OutDir is the host directory shown to the app, read-write, as /out.
	// It should be empty.
	OutDir string
	// DatasetFilename is the dataset's file name inside /in
	// (ERGON_DATASET_FILENAME), empty without a dataset.
	DatasetFilename string
	// InputFiles are the input files' names inside /in, in the request's
	// order (ERGON_INPUT_FILES_NUMBER, ERGON_INPUT_FILE_NAME_1…n).
	InputFiles []string
	// Env holds extra environment variables for the app. It must not set
	// the variables derived from the fields above.
	Env map[string]string
	// MemoryLimit is the most memory the app may use, in bytes; 0 means
	// the executor's default.
	MemoryLimit int64
	// Timeout bounds the app's run time; 0 means the executor's default.
	Timeout time.Duration
}

// Environment variable names of the execution contract.
const (
	EnvTaskID          = "ERGON_TASK_ID"
	EnvDealID          = "ERGON_DEAL_ID"
	EnvTaskIndex       = "ERGON_TASK_INDEX"
	EnvBotSize         = "ERGON_BOT_SIZE"
	EnvDatasetFilename = "ERGON_DATASET_FILENAME"
	EnvInputFilesNum   = "ERGON_INPUT_FILES_NUMBER"
	// EnvInputFileNamePrefix is followed by the file's 1-based position.
	EnvInputFileNamePrefix = "ERGON_INPUT_FILE_NAME_"
)

// Validate reports, wrapping ErrInvalidJob, what is missing or inconsistent
// in j. It does not look at the file system.
func (j Job) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidJob, fmt.Sprintf(format, a...))
	}
	switch {
	case j.TaskID == "":
		return bad("no task id")
	case !filepath.IsAbs(j.InDir):
		return bad("input directory %q is not an absolute path", j.InDir)
	case !filepath.IsAbs(j.OutDir):
		return bad("output directory %q is not an absolute path", j.OutDir)
	case j.MemoryLimit < 0:
		return bad("negative memory limit %d", j.MemoryLimit)
	case j.Timeout < 0:
		return bad("negative timeout %s", j.Timeout)
	}
	for _, a := range j.Args {
		if strings.IndexByte(a, 0) >= 0 {
			return bad("argument %q contains a NUL byte", a)
		}
	}
	for k, v := range j.Env {
		if k == "" || strings.ContainsAny(k, "=\x00") || strings.IndexByte(v, 0) >= 0 {
			return bad("environment variable %q=%q is malformed", k, v)
		}
		if reservedEnv(k) {
			return bad("environment variable %s is set from the job's fields, not from Env", k)
		}
	}
	return nil
}

func reservedEnv(k string) bool {
	switch k {
	case EnvTaskID, EnvDealID, EnvTaskIndex, EnvBotSize, EnvDatasetFilename, EnvInputFilesNum:
		return true
	}
	return strings.HasPrefix(k, EnvInputFileNamePrefix)
}

// Environ returns the app's environment as sorted KEY=value strings: the
// contract's ERGON_* variables followed by (sorted with) Env. The order is
// fixed because the app can observe it and must see the same thing on every
// worker.
func (j Job) Environ() []string {
	env := make(map[string]string, len(j.Env)+6+len(j.InputFiles))
	for k, v := range j.Env {
		env[k] = v
	}
	env[EnvTaskID] = j.TaskID
	env[EnvDealID] = j.DealID
	env[EnvTaskIndex] = strconv.FormatUint(j.Index, 10)
	env[EnvBotSize] = strconv.FormatUint(j.BotSize, 10)
	if j.DatasetFilename != "" {
		env[EnvDatasetFilename] = j.DatasetFilename
	}
	env[EnvInputFilesNum] = strconv.Itoa(len(j.InputFiles))
	for i, name := range j.InputFiles {
		env[EnvInputFileNamePrefix+strconv.Itoa(i+1)] = name
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	slices.Sort(out)
	return out
}

// AppName is the app's argv[0].
func (j Job) AppName() string {
	if j.App.Name == "" {
		return "app"
	}
	return j.App.Name
}

// Result is the outcome of one execution.
type Result struct {
	// ExitCode is the app's exit status; -1 when it had none (it was
	// stopped, trapped or never started).
	ExitCode int
	// Failure is None when the app exited 0.
	Failure FailureKind
	// Message says, in one sentence for a person, what happened, e.g.
	// "the app ran out of its 256 MiB of memory".
	Message string
	// Stdout and Stderr are the last OutputTailSize bytes the app wrote
	// to them.
	Stdout, Stderr []byte
	// Duration is how long the app ran, not counting its preparation
	// (checksum, compilation).
	Duration time.Duration
}

// OK reports whether the app ran to a zero exit.
func (r *Result) OK() bool { return r.Failure == None }

// OutputTailSize is how much of an app's stdout and stderr a Result keeps.
const OutputTailSize = 64 << 10

// FailureKind classifies why an execution failed.
type FailureKind int

// The failure kinds. Their String forms are part of the protocol: they are
// written into /out/error.json and so into the digest of a failed task.
const (
	// None: the app exited 0.
	None FailureKind = iota
	// NonZeroExit: the app exited by itself with a non-zero status.
	NonZeroExit
	// Crash: the app trapped or panicked.
	Crash
	// Timeout: the app was stopped because it ran past its time limit.
	Timeout
	// OutOfMemory: the app needed more memory than its limit.
	OutOfMemory
	// BadApp: the app could not be run at all: its bytes do not match
	// the registered checksum, or it is not a valid program for the
	// sandbox.
	BadApp
	// InvalidOutput: the app ran but what it left in /out breaks the
	// execution contract (see ErrInvalidOutput).
	InvalidOutput
)

var failureNames = [...]string{
	None:          "none",
	NonZeroExit:   "non-zero-exit",
	Crash:         "crash",
	Timeout:       "timeout",
	OutOfMemory:   "out-of-memory",
	BadApp:        "bad-app",
	InvalidOutput: "invalid-output",
}

func (k FailureKind) String() string {
	if k >= 0 && int(k) < len(failureNames) {
		return failureNames[k]
	}
	return "FailureKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k FailureKind) MarshalText() ([]byte, error) {
	if k < 0 || int(k) >= len(failureNames) {
		return nil, fmt.Errorf("unknown failure kind %d", int(k))
	}
	return []byte(failureNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *FailureKind) UnmarshalText(b []byte) error {
	i := slices.Index(failureNames[:], string(b))
	if i < 0 {
		return fmt.Errorf("unknown failure kind %q", b)
	}
	*k = FailureKind(i)
	return nil
}

// FormatSize writes a byte count the way messages show limits: "256 MiB",
// "1.5 GiB", "4096 bytes".
func FormatSize(n int64) string {
	const (
		kib = 1 << 10
		mib = 1 << 20
		gib = 1 << 30
	)
	f := func(unit int64, name string) string {
		return strconv.FormatFloat(float64(n)/float64(unit), 'f', -1, 64) + " " + name
	}
	switch {
	case n >= gib && n%(gib/4) == 0:
		return f(gib, "GiB")
	case n >= mib && n%(mib/4) == 0:
		return f(mib, "MiB")
	case n >= kib && n%kib == 0:
		return f(kib, "KiB")
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
