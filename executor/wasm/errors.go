package wasm

import (
	"errors"

	"ergon/executor"
)

var (
	// ErrSandbox is returned when the sandbox process cannot be started or
	// dies without reporting how the app ended. The app's fate is unknown:
	// the worker must not contribute a result.
	ErrSandbox = errors.New("wasm sandbox failure")

	// ErrClosed is returned by Run once Close has been called, including by
	// Runs that were in progress: their sandbox process was killed.
	ErrClosed = errors.New("wasm executor closed")

	// ErrUnsafeDir is returned when a job's directories would let the app
	// reach outside them: /in contains a symbolic link, or /out is not
	// empty.
	ErrUnsafeDir = executor.ErrUnsafeDir

	// ErrUnsafeCacheDir is returned by New when the compilation cache
	// directory can be written by other users: wazero loads and runs the
	// native code it finds there.
	ErrUnsafeCacheDir = errors.New("unsafe compilation cache directory")

	// ErrUnsupportedPlatform is returned by New where the sandbox process
	// cannot be controlled (non-Unix systems).
	ErrUnsupportedPlatform = errors.New("wasm sandbox not supported on this platform")
)
