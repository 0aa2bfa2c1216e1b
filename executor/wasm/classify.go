package wasm

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/tetratelabs/wazero/sys"

	"ergon/executor"
)

// outcome is a classified end of a guest.
type outcome struct {
	failure  executor.FailureKind
	exitCode int
	message  string
}

// classifyRun classifies what calling _start returned. fatal and oom come
// from executor.StderrScan; limit is the memory limit in bytes, for the message.
func classifyRun(err error, fatal string, oom bool, limit int64) outcome {
	oomOutcome := func(code int) outcome {
		return outcome{executor.OutOfMemory, code,
			fmt.Sprintf("the app ran out of its %s of memory", executor.FormatSize(limit))}
	}
	var exit *sys.ExitError
	switch {
	case err == nil:
		return outcome{executor.None, 0, "the app ran to completion"}
	case errors.As(err, &exit):
		code := int(exit.ExitCode())
		switch {
		case code == 0:
			return outcome{executor.None, 0, "the app ran to completion"}
		case oom:
			return oomOutcome(code)
		case code == 2 && strings.HasPrefix(fatal, "panic: "):
			return outcome{executor.Crash, code, "the app panicked: " + strings.TrimPrefix(fatal, "panic: ")}
		case code == 2 && fatal != "":
			return outcome{executor.Crash, code, "the app crashed: " + strings.TrimPrefix(fatal, "fatal error: ")}
		}
		return outcome{executor.NonZeroExit, code, fmt.Sprintf("the app exited with status %d", code)}
	case oom:
		return oomOutcome(-1)
	}
	return outcome{executor.Crash, -1, "the app crashed: " + executor.FirstLine(err.Error())}
}

// errOutOfBounds is the error of wazero's bounds check, whose outcome a
// guest's access to a guard page gets too (Executor.supervise).
var errOutOfBounds = errors.New("wasm error: out of bounds memory access")

// errStartOutOfBounds is what wazero reports of a start function's
// out-of-bounds access, but for the function's name, which only wazero
// knows: a guard page's fault during instantiation gets the outcome of it.
var errStartOutOfBounds = errors.New("start function failed: " + errOutOfBounds.Error())

// classifyInstantiate classifies a module wazero would not instantiate.
// An out-of-bounds access of its start function is told without the
// function's name, which only wazero knows, so that it is told the same
// with guard pages (errStartOutOfBounds) and with bounds checks.
func classifyInstantiate(err error) outcome {
	msg := executor.FirstLine(err.Error())
	if strings.HasPrefix(msg, "start ") && strings.HasSuffix(msg, " failed: "+errOutOfBounds.Error()) {
		msg = "the start function failed: " + errOutOfBounds.Error()
	}
	return outcome{executor.BadApp, -1, "the app cannot be instantiated: " + msg}
}

// exitStatus returns the exit status of a process from cmd.Wait's error, or
// -1 if it did not exit normally.
func exitStatus(waitErr error) int {
	if waitErr == nil {
		return 0
	}
	var exit *exec.ExitError
	if errors.As(waitErr, &exit) {
		return exit.ExitCode()
	}
	return -1
}

// classifyCompile classifies a module wazero would not compile. A memory
// larger than the limit is the only app problem that is not BadApp.
func classifyCompile(err error, limit int64) outcome {
	msg := executor.FirstLine(err.Error())
	if strings.Contains(msg, "memory") && strings.Contains(msg, "over limit") {
		return outcome{executor.OutOfMemory, -1, fmt.Sprintf(
			"the app declares more memory than its %s limit (%s)", executor.FormatSize(limit), msg)}
	}
	return outcome{executor.BadApp, -1, "the app is not a valid WebAssembly module: " + msg}
}
