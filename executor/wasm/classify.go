package wasm

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/tetratelabs/wazero/sys"

	"ergon/executor"
)

// maxLine bounds how much of one stderr line is looked at.
const maxLine = 1024

// stderrScan watches the guest's stderr, line by line as it streams, for the
// marks language runtimes leave when they die: the first "panic: " or
// "fatal error: " line and any "out of memory". It looks at everything, not
// only a tail, because a Go panic's first line is followed by arbitrarily
// long goroutine dumps.
type stderrScan struct {
	mu    sync.Mutex
	line  []byte
	long  bool // the current line passed maxLine
	fatal string
	oom   bool
}

func (s *stderrScan) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i]
		}
		if room := maxLine - len(s.line); room > 0 {
			s.line = append(s.line, chunk[:min(room, len(chunk))]...)
		}
		if len(chunk) > maxLine {
			s.long = true
		}
		if i < 0 {
			break
		}
		s.endLine()
		p = p[i+1:]
	}
	return n, nil
}

func (s *stderrScan) endLine() {
	l := string(s.line)
	s.line, s.long = s.line[:0], false
	if strings.Contains(l, "out of memory") || (strings.HasPrefix(l, "memory allocation of ") && strings.HasSuffix(l, " failed")) {
		s.oom = true
	}
	if s.fatal == "" && (strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ")) {
		s.fatal = l
	}
}

// result returns what was seen, counting an unterminated last line.
func (s *stderrScan) result() (fatal string, oom bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.line) > 0 {
		s.endLine()
	}
	return s.fatal, s.oom
}

// outcome is a classified end of a guest.
type outcome struct {
	failure  executor.FailureKind
	exitCode int
	message  string
}

// classifyRun classifies what calling _start returned. fatal and oom come
// from stderrScan; limit is the memory limit in bytes, for the message.
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
	return outcome{executor.Crash, -1, "the app crashed: " + firstLine(err.Error())}
}

// classifyCompile classifies a module wazero would not compile. A memory
// larger than the limit is the only app problem that is not BadApp.
func classifyCompile(err error, limit int64) outcome {
	msg := firstLine(err.Error())
	if strings.Contains(msg, "memory") && strings.Contains(msg, "over limit") {
		return outcome{executor.OutOfMemory, -1, fmt.Sprintf(
			"the app declares more memory than its %s limit (%s)", executor.FormatSize(limit), msg)}
	}
	return outcome{executor.BadApp, -1, "the app is not a valid WebAssembly module: " + msg}
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
