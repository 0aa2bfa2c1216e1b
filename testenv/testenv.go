// Package testenv finds what tests need from the machine. Without it a test
// is skipped, loudly, except in CI (CI=true), where it fails: CI installs
// everything the tests use.
package testenv

import (
	"os"
	"os/exec"
	"testing"
)

// GoCommand returns the go command's path; what says what it is needed for
// ("to build the example apps").
func GoCommand(tb testing.TB, what string) string {
	tb.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("go toolchain not found (needed %s): %v", what, err)
		}
		tb.Skipf("SKIPPED: go toolchain not found, needed %s: %v", what, err)
	}
	return goBin
}
