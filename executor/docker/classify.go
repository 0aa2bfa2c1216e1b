package docker

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"ergon/executor"
)

// stderrScan is executor.StderrScan plus docker-init's report that it could not start the
// app: "[FATAL tini (7)] exec /app failed: No such file or directory".
type stderrScan struct {
	executor.StderrScan
	init string
}

func newStderrScan() *stderrScan {
	s := &stderrScan{}
	s.Line = func(l string) {
		if s.init == "" && strings.HasPrefix(l, "[FATAL tini (") {
			if _, msg, ok := strings.Cut(l, "] "); ok && strings.HasPrefix(msg, "exec ") {
				s.init = msg
			}
		}
	}
	return s
}

// result returns what was seen, counting an unterminated last line.
func (s *stderrScan) result() (fatal string, oom bool, initFail string) {
	fatal, oom = s.Result()
	return fatal, oom, s.init
}

// end is what is known of a container that stopped.
type end struct {
	exitCode  int
	oomKilled bool   // the daemon saw the kernel's OOM killer act
	timedOut  bool   // killed by the executor at the time limit
	fatal     string // the first Go "panic: " or "fatal error: " line on stderr
	oom       bool   // stderr said "out of memory"
	initFail  string // docker-init could not exec the command
}

// outcome is a classified end of an app.
type outcome struct {
	failure  executor.FailureKind
	exitCode int
	message  string
}

// classify turns a container's end into a failure kind; limit and timeout
// are for the messages.
func classify(e end, limit int64, timeout time.Duration) outcome {
	code := e.exitCode
	switch {
	case e.timedOut:
		return outcome{executor.Timeout, -1,
			fmt.Sprintf("the app did not finish within its %s time limit and was stopped", timeout)}
	case code == 0:
		return outcome{executor.None, 0, "the app ran to completion"}
	case e.oomKilled || e.oom:
		return outcome{executor.OutOfMemory, code,
			fmt.Sprintf("the app ran out of its %s of memory", executor.FormatSize(limit))}
	case e.initFail != "" && (code == 126 || code == 127):
		// -1 as when the daemon refuses to start it (Config.Init false):
		// the app never ran.
		return outcome{executor.BadApp, -1, "the app's command cannot be started: " + e.initFail}
	case code > 128 && code < 128+32:
		return outcome{executor.Crash, code, "the app was killed by " + signalName(code-128)}
	case code == 2 && strings.HasPrefix(e.fatal, "panic: "):
		return outcome{executor.Crash, code, "the app panicked: " + strings.TrimPrefix(e.fatal, "panic: ")}
	case code == 2 && e.fatal != "":
		return outcome{executor.Crash, code, "the app crashed: " + strings.TrimPrefix(e.fatal, "fatal error: ")}
	}
	return outcome{executor.NonZeroExit, code, fmt.Sprintf("the app exited with status %d", code)}
}

// signalNames are Linux's, whatever the worker's platform: apps are Linux
// images.
var signalNames = map[int]string{
	1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT (core dump)", 4: "SIGILL (illegal instruction)",
	5: "SIGTRAP", 6: "SIGABRT (abort)", 7: "SIGBUS (bus error)", 8: "SIGFPE (arithmetic error)",
	9: "SIGKILL", 11: "SIGSEGV (segmentation fault)", 13: "SIGPIPE", 14: "SIGALRM",
	15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ", 31: "SIGSYS (bad system call)",
}

func signalName(n int) string {
	if s, ok := signalNames[n]; ok {
		return "signal " + s
	}
	return "signal " + strconv.Itoa(n)
}
