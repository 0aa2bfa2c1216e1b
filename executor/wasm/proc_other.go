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
