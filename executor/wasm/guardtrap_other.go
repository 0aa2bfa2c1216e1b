//go:build !(linux && amd64)

package wasm

import "errors"

// installGuardTrap reports that guard pages are not supported here: the
// trap (guardtrap_linux_amd64.s) exists for linux/amd64 only.
func installGuardTrap() error { return errors.ErrUnsupported }

func setGuardRegion(base, size uintptr) {}
