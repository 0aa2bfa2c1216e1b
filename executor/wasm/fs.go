package wasm

import (
	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
)

// noLinkFS is a writable directory mount where the guest cannot create
// symbolic links. wazero's DirFS refuses absolute link targets but accepts
// relative ones, and then follows links on the host: a guest could create
// /out/x -> ../../../../etc/passwd and read or write through it.
type noLinkFS struct {
	experimentalsys.FS
}

// Symlink implements experimentalsys.FS by refusing.
func (noLinkFS) Symlink(_, _ string) experimentalsys.Errno {
	return experimentalsys.EPERM
}
