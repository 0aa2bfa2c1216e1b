//go:build unix

package docker

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// handOver gives the job's directories to the container's user for the run
// (when the executor runs as root; otherwise the user is the worker's own
// and there is nothing to do): everything under in, so the app can read its
// inputs whatever their modes, and out itself, so it can write there. The
// returned restore, to be called once the container is gone, gives in back
// to its owners and everything under out to out's owner, with owner
// read/write (and directory search) access, so the worker can read and
// delete what the app wrote.
func (e *Executor) handOver(in, out string) (restore func() error, err error) {
	if !e.owner {
		return func() error { return nil }, nil
	}
	type owned struct {
		path     string
		uid, gid int
	}
	var inOwners []owned
	giveBack := func() error {
		var errs []error
		for _, o := range inOwners {
			if err := os.Lchown(o.path, o.uid, o.gid); err != nil {
				errs = append(errs, err)
			}
		}
		if err := errors.Join(errs...); err != nil {
			return fmt.Errorf("docker: give the input directory back: %w", err)
		}
		return nil
	}
	defer func() {
		if err != nil {
			giveBack()
		}
	}()
	err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		uid, gid, err := ownerOf(p)
		if err != nil {
			return err
		}
		inOwners = append(inOwners, owned{p, uid, gid})
		return os.Lchown(p, e.uid, e.gid)
	})
	if err != nil {
		return nil, fmt.Errorf("docker: hand the input directory to uid %d: %w", e.uid, err)
	}

	outUID, outGID, err := ownerOf(out)
	if err != nil {
		return nil, fmt.Errorf("docker: output directory: %w", err)
	}
	if err := os.Lchown(out, e.uid, e.gid); err != nil {
		return nil, fmt.Errorf("docker: hand the output directory to uid %d: %w", e.uid, err)
	}
	return func() error {
		errIn := giveBack()
		errOut := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if err := os.Lchown(p, outUID, outGID); err != nil {
				return err
			}
			switch {
			case d.IsDir():
				return chmodAdd(p, 0o700)
			case d.Type().IsRegular():
				return chmodAdd(p, 0o600)
			}
			return nil // links have no mode of their own; devices and pipes are left alone
		})
		if errOut != nil {
			errOut = fmt.Errorf("docker: take the output directory back: %w", errOut)
		}
		return errors.Join(errIn, errOut)
	}, nil
}

// ownerOf returns the owner of p, not following a final symbolic link.
func ownerOf(p string) (uid, gid int, err error) {
	fi, err := os.Lstat(p)
	if err != nil {
		return 0, 0, err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, fmt.Errorf("%s: no owner information", p)
	}
	return int(st.Uid), int(st.Gid), nil
}

// chmodAdd adds the permission bits add to p's mode.
func chmodAdd(p string, add fs.FileMode) error {
	fi, err := os.Lstat(p)
	if err != nil {
		return err
	}
	if m := fi.Mode(); m.Perm()&add != add {
		return os.Chmod(p, m.Perm()|add|m&(fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky))
	}
	return nil
}
