package executor

import (
	"strings"
	"testing"
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
			var s StderrScan
			for _, w := range tt.writes {
				if n, err := s.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			fatal, oom := s.Result()
			if fatal != tt.wantFatal || oom != tt.wantOOM {
				t.Errorf("got (%q, %v), want (%q, %v)", fatal, oom, tt.wantFatal, tt.wantOOM)
			}
		})
	}
}
