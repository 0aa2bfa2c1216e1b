package docker

import (
	"errors"

	"ergon/executor"
)

var (
	// ErrUnreachable is returned by New when the Docker daemon does not
	// answer.
	ErrUnreachable = errors.New("cannot reach the Docker daemon")

	// ErrDaemon is returned when the daemon fails a request the executor
	// needs (creating, starting, inspecting a container, loading an
	// image). The app's fate is unknown: the worker must not contribute a
	// result.
	ErrDaemon = errors.New("Docker daemon failure")

	// ErrUnsafeDir is returned when a job's output directory is not empty:
	// what it holds would be taken for the app's output, and handed to the
	// container's user.
	ErrUnsafeDir = executor.ErrUnsafeDir
)
