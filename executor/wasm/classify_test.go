package wasm

import (
	"errors"
	"testing"

	"github.com/tetratelabs/wazero/sys"

	"ergon/executor"
)

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
