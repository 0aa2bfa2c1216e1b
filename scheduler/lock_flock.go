//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package scheduler

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an exclusive flock on path (created if missing) and returns it open: closing
// it releases the lock, and so does the end of the process. A sidecar file rather than the
// database itself, whose locks are SQLite's (fcntl), which flock may share on some file
// systems (NFS).
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if errors.Is(err, os.ErrPermission) {
		// Left by another user (a run under sudo): a read-only descriptor can hold the lock.
		f, err = os.Open(path)
	}
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (%s is locked by a running process)", ErrInUse, path)
		}
		return nil, fmt.Errorf("locking %s: %w", path, err)
	}
	return f, nil
}
