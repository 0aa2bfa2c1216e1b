//go:build !unix

package wasm

import (
	"os"
	"syscall"
)

// Report pipes on extra file descriptors and process groups are Unix
// features.
const platformSupported = false

func sysProcAttr() *syscall.SysProcAttr { return nil }

func killProcessGroup(p *os.Process) { _ = p.Kill() }

// fileID is not computed here: every Run hashes the module.
type fileID struct{}

func identity(os.FileInfo) (fileID, bool) { return fileID{}, false }
