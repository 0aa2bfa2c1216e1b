package wasm

import (
	"errors"
	"strings"
	"testing"

	"github.com/tetratelabs/wazero/sys"

	"ergon/executor"
)

func TestStderrScan(t *testing.T) {
	tests := []struct {
		name      string
		writes    []string
		wantFatal string
		wantOOM   bool
	}{
		{"nothing", nil, "", false},
		{"go panic", []string{"log line\n", "panic: boom\n\ngoroutine 1 [running]:\n"}, "panic: boom", false},
		{"split across writes", []string{"pa", "nic: bo", "om\n"}, "panic: boom", false},
		{"unterminated", []string{"fatal error: all goroutines are asleep"}, "fatal error: all goroutines are asleep", false},
		{"first fatal line wins", []string{"panic: one\npanic: two\n"}, "panic: one", false},
		{"not at line start", []string{"no panic: here\n"}, "", false},
		{"go oom", []string{"runtime: out of memory: cannot allocate 1073741824-byte block (3997696 in use)\nfatal error: out of memory\n"},
			"fatal error: out of memory", true},
		{"rust oom", []string{"memory allocation of 1048576 bytes failed\n"}, "", true},
		{"long line", []string{strings.Repeat("x", 5000) + "\npanic: late\n"}, "panic: late", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s stderrScan
			for _, w := range tt.writes {
				if n, err := s.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			fatal, oom := s.result()
			if fatal != tt.wantFatal || oom != tt.wantOOM {
				t.Errorf("got (%q, %v), want (%q, %v)", fatal, oom, tt.wantFatal, tt.wantOOM)
			}
		})
	}
}

func TestClassifyRun(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		fatal    string
		oom      bool
		want     executor.FailureKind
		wantCode int
		wantMsg  string
	}{
		{"returned", nil, "", false, executor.None, 0, "the app ran to completion"},
		{"exit 0", sys.NewExitError(0), "", false, executor.None, 0, "the app ran to completion"},
		{"exit 1", sys.NewExitError(1), "", false, executor.NonZeroExit, 1, "the app exited with status 1"},
		{"exit 2 without panic", sys.NewExitError(2), "", false, executor.NonZeroExit, 2, "the app exited with status 2"},
		{"go panic", sys.NewExitError(2), "panic: boom [recovered]", false, executor.Crash, 2, "the app panicked: boom [recovered]"},
		{"go fatal", sys.NewExitError(2), "fatal error: stack overflow", false, executor.Crash, 2, "the app crashed: stack overflow"},
		{"panic line but exit 1", sys.NewExitError(1), "panic: boom", false, executor.NonZeroExit, 1, "the app exited with status 1"},
		{"go oom", sys.NewExitError(2), "fatal error: out of memory", true, executor.OutOfMemory, 2, "the app ran out of its 64 MiB of memory"},
		{"trap after oom message", errors.New("wasm error: unreachable\nwasm stack trace: ..."), "", true, executor.OutOfMemory, -1, "the app ran out of its 64 MiB of memory"},
		{"trap", errors.New("wasm error: out of bounds memory access\nwasm stack trace: ..."), "", false, executor.Crash, -1, "the app crashed: wasm error: out of bounds memory access"},
		{"oom but exit 0", sys.NewExitError(0), "", true, executor.None, 0, "the app ran to completion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classifyRun(tt.err, tt.fatal, tt.oom, 64<<20)
			want := outcome{tt.want, tt.wantCode, tt.wantMsg}
			if got != want {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}
