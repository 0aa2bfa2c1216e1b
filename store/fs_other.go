//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package store

import (
	"errors"
	"io/fs"
	"os"
	"time"
)

// abandonedAge is how old a temp file must be before cleanTemp removes it on platforms
// where it cannot tell, by a file lock, that an upload is still writing it.
const abandonedAge = 24 * time.Hour

func lockTemp(*os.File) error { return nil }

func removeAbandoned(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	if time.Since(fi.ModTime()) < abandonedAge {
		return nil
	}
	err = os.Remove(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// syncDir is a no-op: these platforms cannot sync a directory portably (Windows cannot
// open one for syncing); the rename itself is still atomic.
func syncDir(string) error { return nil }
