//go:build unix && !linux

package wasm

import (
	"errors"
	"os"
	"syscall"
)

const platformSupported = true

const mmapNoReserve = 0

func madviseHugePages([]byte) error { return nil }

func discardPages([]byte) error { return errors.ErrUnsupported }

func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

func killProcessGroup(p *os.Process) {
	_ = syscall.Kill(-p.Pid, syscall.SIGKILL)
	_ = p.Kill()
}

// fileID is not computed here: every Run hashes the module.
type fileID struct{}

func identity(os.FileInfo) (fileID, bool) { return fileID{}, false }
