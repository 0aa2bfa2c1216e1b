package executor

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// CheckDirs refuses job directories a sandbox must not be given: InDir and OutDir must be
// directories, OutDir empty (what it holds would be taken for the app's output), and InDir
// free of symbolic links (inputs are regular files; a link could reach the worker's own
// files through a sandbox that follows it). Errors wrap ErrInvalidJob or ErrUnsafeDir.
func CheckDirs(in, out string) error {
	for _, d := range []string{in, out} {
		fi, err := os.Stat(d)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidJob, err)
		}
		if !fi.IsDir() {
			return fmt.Errorf("%w: %s is not a directory", ErrInvalidJob, d)
		}
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("read output directory: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("%w: output directory %s is not empty (it holds %s)", ErrUnsafeDir, out, entries[0].Name())
	}
	return filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("read input directory: %w", err)
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%w: %s is a symbolic link: inputs must be regular files", ErrUnsafeDir, p)
		}
		return nil
	})
}

// maxStderrLine bounds how much of one stderr line StderrScan looks at.
const maxStderrLine = 1024

// StderrScan watches an app's stderr, line by line as it streams, for the marks language
// runtimes leave when they die: the first "panic: " or "fatal error: " line and any "out of
// memory". It looks at everything, not only a tail, because a Go panic's first line is
// followed by arbitrarily long goroutine dumps. Every sandbox uses it, so that an app
// failing the same way is classified the same in all of them.
type StderrScan struct {
	// Line, when set, also sees every line (the first maxStderrLine bytes of it): a
	// sandbox's own marks. It is called with the scanner's lock held.
	Line func(line string)

	mu    sync.Mutex
	line  []byte
	fatal string
	oom   bool
}

func (s *StderrScan) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i]
		}
		if room := maxStderrLine - len(s.line); room > 0 {
			s.line = append(s.line, chunk[:min(room, len(chunk))]...)
		}
		if i < 0 {
			break
		}
		s.endLine()
		p = p[i+1:]
	}
	return n, nil
}

func (s *StderrScan) endLine() {
	l := string(s.line)
	s.line = s.line[:0]
	if strings.Contains(l, "out of memory") || (strings.HasPrefix(l, "memory allocation of ") && strings.HasSuffix(l, " failed")) {
		s.oom = true
	}
	if s.fatal == "" && (strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ")) {
		s.fatal = l
	}
	if s.Line != nil {
		s.Line(l)
	}
}

// Result returns what was seen, counting an unterminated last line: the first fatal line
// ("" when none) and whether the app said it ran out of memory.
func (s *StderrScan) Result() (fatal string, oom bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.line) > 0 {
		s.endLine()
	}
	return s.fatal, s.oom
}

// FirstLine is s up to its first newline: an error's headline for a result's message.
func FirstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
