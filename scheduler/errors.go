package scheduler

import (
	"errors"
	"fmt"

	"ergon/api"
)

// Sentinel errors of the scheduler. Across HTTP each travels as the stable code of the api
// sentinel it wraps (api.StatusOf), which the client turns back into that sentinel.
var (
	// ErrUnauthorized: no valid session (code "unauthorized"): the worker must log in again.
	ErrUnauthorized = fmt.Errorf("not logged in: %w", api.ErrUnauthorized)
	// ErrBadRequest: a malformed request or a signature that does not verify (code "bad_request").
	ErrBadRequest = fmt.Errorf("%w", api.ErrBadRequest)
	// ErrNotFound: no such task (code "not_found").
	ErrNotFound = fmt.Errorf("%w", api.ErrNotFound)
	// ErrGone: the task or the replica is no longer the worker's (code "gone"): drop it.
	ErrGone = fmt.Errorf("replica no longer assigned to this worker: %w", api.ErrGone)
	// ErrConflict: the request contradicts what the scheduler holds, e.g. a second, different
	// contribution for the same replica (code "conflict").
	ErrConflict = fmt.Errorf("%w", api.ErrConflict)
	// ErrUnavailable: the scheduler has not loaded its state yet (code "unavailable"): retry.
	ErrUnavailable = fmt.Errorf("scheduler starting, retry shortly: %w", api.ErrUnavailable)
	// ErrConfig: an invalid Config.
	ErrConfig = errors.New("invalid scheduler configuration")
)

// ErrInUse: another scheduler has the state open (the SQLite file, or the workerpool's
// PostgreSQL schema). Two schedulers on one state would hand the same replica out twice and
// contribute twice.
var ErrInUse = errors.New("another scheduler is using this state")

// ErrLockLost: the PostgreSQL store's lock session ended (a server restart, a failover, a
// dropped connection), so another scheduler may now hold the state; the store writes nothing
// more and the scheduler stops. Restart it.
var ErrLockLost = errors.New("the scheduler lost its lock on its state")

// ErrSchemaVersion: the database was written by a newer ergon whose schema this one does not
// know; upgrade ergon rather than let an older one write over it.
var ErrSchemaVersion = errors.New("scheduler database schema is newer than this ergon")
