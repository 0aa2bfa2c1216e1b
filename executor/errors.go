package executor

import "errors"

var (
	// ErrInvalidJob is returned when a Job is incomplete or inconsistent: a
	// bug in the caller, never the app's fault.
	ErrInvalidJob = errors.New("invalid job")

	// ErrUnsafeDir is returned when a job's directories would let the app reach outside
	// them or mistake what is there for its output (see CheckDirs).
	ErrUnsafeDir = errors.New("unsafe job directory")

	// ErrInvalidOutput is returned by Digest when what the app left in /out
	// breaks the execution contract: an unparsable computed.json, a
	// deterministic-output-path that does not exist, leaves /out, or goes
	// through a symbolic link, or a file that is neither regular nor a
	// directory. It is the app's fault and the same on every honest worker,
	// so the worker contributes it as a failure (WriteFailure with
	// InvalidOutput) rather than giving up on the task.
	ErrInvalidOutput = errors.New("invalid app output")

	// ErrOutsideOut is returned (together with ErrInvalidOutput) when a path
	// in computed.json points outside /out.
	ErrOutsideOut = errors.New("path outside /out")

	// ErrSymlink is returned (together with ErrInvalidOutput) when the part
	// of /out to be hashed is or contains a symbolic link: following it
	// could read the worker's own files, and not following it would hash
	// something that is not the same on every worker.
	ErrSymlink = errors.New("symbolic link in /out")
)
