package wasm

import (
	"os"
	"syscall"
)

const platformSupported = true

// mmapNoReserve maps guest memory without reserving swap for the whole
// limit: only the pages the guest touches count.
const mmapNoReserve = syscall.MAP_NORESERVE

// madviseHugePages asks for transparent huge pages where the system leaves
// it to programs: see memoryPool.
func madviseHugePages(b []byte) error { return syscall.Madvise(b, syscall.MADV_HUGEPAGE) }

// discardPages gives pages of a private anonymous mapping back to the
// kernel: they read as zeros afterwards.
func discardPages(b []byte) error { return syscall.Madvise(b, syscall.MADV_DONTNEED) }

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

// fileID identifies a version of a file: see moduleSums.
type fileID struct {
	dev, ino, size      uint64
	mtimeSec, mtimeNsec int64
	ctimeSec, ctimeNsec int64
}

func identity(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{
		uint64(st.Dev), st.Ino, uint64(st.Size),
		st.Mtim.Sec, st.Mtim.Nsec, st.Ctim.Sec, st.Ctim.Nsec,
	}, true
}
