package executor

import (
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// tree describes files to create under /out: a value starting with "->" is
// a symbolic link to the rest, "<dir>" an empty directory, "<fifo>" a named
// pipe.
type tree map[string]string

func (tr tree) write(t *testing.T, dir string) {
	t.Helper()
	for name, content := range tr {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case strings.HasPrefix(content, "->"):
			err = os.Symlink(content[2:], p)
		case content == "<dir>":
			err = os.Mkdir(p, 0o755)
		case content == "<fifo>":
			if err = mkfifo(p); errors.Is(err, errors.ErrUnsupported) {
				t.Skip("no named pipes here")
			}
		default:
			err = os.WriteFile(p, []byte(content), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func sha(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }

func keccak(parts ...[]byte) [32]byte { return crypto.Keccak256Hash(parts...) }

func TestDigest(t *testing.T) {
	tests := []struct {
		name     string
		out      tree
		want     [32]byte
		wantCB   []byte
		wantErrs []error
	}{
		{
			name:   "callback data",
			out:    tree{"computed.json": `{"callback-data":"0x0102ff"}`, "other": "x"},
			want:   keccak([]byte{1, 2, 0xff}),
			wantCB: []byte{1, 2, 0xff},
		},
		{
			name:   "callback data without 0x wins over the path",
			out:    tree{"computed.json": `{"callback-data":"CAFE","deterministic-output-path":"/out/r"}`, "r": "x"},
			want:   keccak([]byte{0xca, 0xfe}),
			wantCB: []byte{0xca, 0xfe},
		},
		{
			name: "file, absolute path",
			out:  tree{"computed.json": `{"deterministic-output-path":"/out/result.txt"}`, "result.txt": "42\n", "noise": "ignored"},
			want: sha256.Sum256([]byte("42\n")),
		},
		{
			name: "file, relative path",
			out:  tree{"computed.json": `{"deterministic-output-path":"./sub/../result.txt"}`, "result.txt": "42\n"},
			want: sha256.Sum256([]byte("42\n")),
		},
		{
			name: "empty callback data and path count as absent",
			out:  tree{"computed.json": `{"callback-data":"","deterministic-output-path":""}`},
			want: keccak(sha(`{"callback-data":"","deterministic-output-path":""}`)),
		},
		{
			// Sorted by full path "a.txt" < "a/b" < "b" ('.' < '/'), which
			// is not the order a directory walk visits them in.
			name: "directory, sorted by path",
			out: tree{"computed.json": `{"deterministic-output-path":"/out/res"}`,
				"res/b": "B", "res/a/b": "AB", "res/a.txt": "A", "res/empty": "<dir>", "noise": "x"},
			want: keccak(sha("A"), sha("AB"), sha("B")),
		},
		{
			name: "path is /out itself",
			out:  tree{"computed.json": `{"deterministic-output-path":"/out"}`, "x": "X"},
			want: keccak(sha(`{"deterministic-output-path":"/out"}`), sha("X")),
		},
		{
			name: "no computed.json: all of /out",
			out:  tree{"z": "Z", "a/1": "1", "a-": "dash"},
			want: keccak(sha("dash"), sha("1"), sha("Z")),
		},
		{
			name: "empty /out",
			out:  tree{},
			want: keccak(),
		},
		{name: "absolute path outside", out: tree{"computed.json": `{"deterministic-output-path":"/etc/passwd"}`},
			wantErrs: []error{ErrInvalidOutput, ErrOutsideOut}},
		{name: "prefix is not a parent", out: tree{"computed.json": `{"deterministic-output-path":"/outside/x"}`},
			wantErrs: []error{ErrInvalidOutput, ErrOutsideOut}},
		{name: "dot-dot from /out", out: tree{"computed.json": `{"deterministic-output-path":"/out/../etc/passwd"}`},
			wantErrs: []error{ErrInvalidOutput, ErrOutsideOut}},
		{name: "relative dot-dot", out: tree{"computed.json": `{"deterministic-output-path":"a/../../x"}`},
			wantErrs: []error{ErrInvalidOutput, ErrOutsideOut}},
		{name: "link to the outside", out: tree{"computed.json": `{"deterministic-output-path":"/out/r"}`, "r": "->/etc/passwd"},
			wantErrs: []error{ErrInvalidOutput, ErrSymlink}},
		{name: "link inside /out", out: tree{"computed.json": `{"deterministic-output-path":"/out/r"}`, "r": "->s", "s": "S"},
			wantErrs: []error{ErrInvalidOutput, ErrSymlink}},
		{name: "link as a path component", out: tree{"computed.json": `{"deterministic-output-path":"/out/d/f"}`, "d": "->real", "real/f": "F"},
			wantErrs: []error{ErrInvalidOutput, ErrSymlink}},
		{name: "link inside the hashed directory", out: tree{"d/f": "F", "d/l": "->../../../etc/passwd"},
			wantErrs: []error{ErrInvalidOutput, ErrSymlink}},
		{name: "computed.json is a link", out: tree{"computed.json": "->/etc/passwd"},
			wantErrs: []error{ErrInvalidOutput, ErrSymlink}},
		{name: "named pipe", out: tree{"p": "<fifo>"}, wantErrs: []error{ErrInvalidOutput}},
		{name: "missing output", out: tree{"computed.json": `{"deterministic-output-path":"/out/nothing"}`},
			wantErrs: []error{ErrInvalidOutput}},
		{name: "not JSON", out: tree{"computed.json": `deterministic-output-path=/out/x`}, wantErrs: []error{ErrInvalidOutput}},
		{name: "not a string", out: tree{"computed.json": `{"deterministic-output-path":42}`}, wantErrs: []error{ErrInvalidOutput}},
		{name: "bad hex", out: tree{"computed.json": `{"callback-data":"0x123"}`}, wantErrs: []error{ErrInvalidOutput}},
		{name: "computed.json is a directory", out: tree{"computed.json": "<dir>"}, wantErrs: []error{ErrInvalidOutput}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.out.write(t, dir)
			got, cb, err := Digest(context.Background(), dir)
			if tt.wantErrs != nil {
				for _, want := range tt.wantErrs {
					if !errors.Is(err, want) {
						t.Errorf("error %v, want %v", err, want)
					}
				}
				t.Log(err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || string(cb) != string(tt.wantCB) {
				t.Errorf("got %x (callback %x), want %x (callback %x)", got, cb, tt.want, tt.wantCB)
			}
		})
	}
}

func TestWriteFailure(t *testing.T) {
	tests := []struct {
		name    string
		out     tree
		result  Result
		wantErr string // error.json
	}{
		{"timeout", tree{"partial": "half"}, Result{Failure: Timeout, ExitCode: 137},
			`{"failure":"timeout","exit_code":-1}`},
		{"crash over the app's computed.json", tree{"computed.json": `{"callback-data":"0x01"}`},
			Result{Failure: Crash, ExitCode: 2, Message: "machine-specific"}, `{"failure":"crash","exit_code":2}`},
		{"over the app's error.json directory", tree{"error.json/x": "x", "computed.json": "->/etc/passwd"},
			Result{Failure: NonZeroExit, ExitCode: 3}, `{"failure":"non-zero-exit","exit_code":3}`},
		{"out of memory", tree{}, Result{Failure: OutOfMemory, ExitCode: 2}, `{"failure":"out-of-memory","exit_code":2}`},
		{"invalid output", tree{}, Result{Failure: InvalidOutput}, `{"failure":"invalid-output","exit_code":0}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.out.write(t, dir)
			got, err := WriteFailure(context.Background(), dir, &tt.result)
			if err != nil {
				t.Fatal(err)
			}
			if want := sha256.Sum256([]byte(tt.wantErr + "\n")); got != want {
				b, _ := os.ReadFile(filepath.Join(dir, ErrorFile))
				t.Errorf("digest %x, want sha256 of %s; error.json is %q", got, tt.wantErr, b)
			}
			// The ordinary rule gives the same digest to a verifier.
			d, cb, err := Digest(context.Background(), dir)
			if err != nil || d != got || cb != nil {
				t.Errorf("Digest after WriteFailure = %x, %x, %v", d, cb, err)
			}
		})
	}
	if _, err := WriteFailure(context.Background(), t.TempDir(), &Result{}); !errors.Is(err, ErrInvalidJob) {
		t.Errorf("WriteFailure of a success: %v", err)
	}
}

func FuzzParseComputed(f *testing.F) {
	for _, s := range []string{
		`{"deterministic-output-path":"/out/result.txt"}`,
		`{"callback-data":"0x00ff"}`,
		`{"deterministic-output-path":"../x","callback-data":"zz"}`,
		`{"deterministic-output-path":"/out/../../etc"}`,
		`{"deterministic-output-path":null}`,
		`[]`, `null`, `{}`, ``, `{"a":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseComputed(data)
		if err != nil {
			if !errors.Is(err, ErrInvalidOutput) {
				t.Fatalf("error %v does not wrap ErrInvalidOutput", err)
			}
			return
		}
		p := c.OutputPath
		if p == "" {
			return
		}
		if path.IsAbs(p) || p == ".." || strings.HasPrefix(p, "../") || path.Clean(p) != p {
			t.Fatalf("ParseComputed(%q) accepted path %q", data, p)
		}
	})
}
