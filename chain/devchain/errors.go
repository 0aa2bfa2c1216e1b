package devchain

import "errors"

var (
	// ErrInvalidConfig is returned by New when a Config field is out of range.
	ErrInvalidConfig = errors.New("devchain: invalid config")

	// ErrAlreadyStarted is returned by Start when the chain is already running.
	ErrAlreadyStarted = errors.New("devchain: already started")

	// ErrClosed is returned by Start after Close.
	ErrClosed = errors.New("devchain: closed")

	// ErrDataDirInUse is returned by Start when another process (or another
	// Chain in this process) holds the data directory.
	ErrDataDirInUse = errors.New("devchain: data directory in use by another process")

	// ErrListen is returned by Start when the RPC address cannot be bound (port
	// taken, or host not local). Choose another port, or 0 for a free one.
	ErrListen = errors.New("devchain: cannot listen on the RPC address")

	// ErrGenesisMismatch is returned by Start when the data directory holds a
	// chain whose genesis differs from the one this Config describes (other
	// account count, balance or gas limit, or an older Ergon version). Start
	// with the same settings, or use a fresh data directory.
	ErrGenesisMismatch = errors.New("devchain: data directory holds a chain with a different genesis")
)
