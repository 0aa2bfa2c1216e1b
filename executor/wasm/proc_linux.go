package wasm

import (
	"os"
	"syscall"
)

const platformSupported = true

func sysProcAttr() *syscall.SysProcAttr {
	// Own process group, so that a kill reaches everything the sandbox
	// started; and killed with its parent, so that a crashed worker does
	// not leave guests running.
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killProcessGroup(p *os.Process) {
	_ = syscall.Kill(-p.Pid, syscall.SIGKILL)
	_ = p.Kill()
}
