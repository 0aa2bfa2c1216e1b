package executor

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func archiveOf(t testing.TB, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Archive(context.Background(), dir, &b); err != nil {
		t.Fatalf("Archive: %v", err)
	}
	return b.Bytes()
}

// sampleTree is a small /out with nested directories, an empty directory, an empty file
// and names whose byte order differs from a per-directory walk.
var sampleTree = tree{
	"a.txt":         "A",
	"a/b.txt":       "B",
	"a/c/d.bin":     "\x00\x01\x02",
	"empty":         "",
	"z/":            "<dir>",
	"computed.json": `{"deterministic-output-path":"/out/a"}`,
}

// TestArchiveDeterministic: the same content created in another order, with other modes
// and modification times, archives to the same bytes.
func TestArchiveDeterministic(t *testing.T) {
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range sampleTree {
			if !yield(k) {
				return
			}
		}
	})
	one, two := t.TempDir(), t.TempDir()
	for _, n := range names {
		tree{n: sampleTree[n]}.write(t, one)
	}
	slices.Reverse(names)
	for _, n := range names {
		tree{n: sampleTree[n]}.write(t, two)
	}
	// Other modes and times in the second copy.
	when := time.Date(2031, 5, 6, 7, 8, 9, 123, time.UTC)
	err := filepath.WalkDir(two, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := fs.FileMode(0o600)
		if d.IsDir() {
			mode = 0o700
		}
		if err := os.Chmod(p, mode); err != nil {
			return err
		}
		return os.Chtimes(p, when, when)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.WalkDir(two, func(p string, d fs.DirEntry, _ error) error { return os.Chmod(p, 0o755) })
	})

	a, b := archiveOf(t, one), archiveOf(t, two)
	if !bytes.Equal(a, b) {
		t.Fatalf("archives of the same content differ (%d and %d bytes)", len(a), len(b))
	}

	// What the archive holds, header by header.
	tr := tar.NewReader(bytes.NewReader(a))
	var got []string
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, hdr.Name)
		wantMode := int64(0o644)
		if hdr.Typeflag == tar.TypeDir {
			wantMode = 0o755
		}
		if hdr.Mode != wantMode || hdr.Uid != 0 || hdr.Gid != 0 || hdr.Uname != "" || hdr.Gname != "" ||
			!hdr.ModTime.Equal(time.Unix(0, 0)) || !hdr.AccessTime.IsZero() || !hdr.ChangeTime.IsZero() ||
			len(hdr.PAXRecords) != 0 || hdr.Format != tar.FormatUSTAR {
			t.Errorf("entry %s: mode %o uid %d gid %d names %q %q mtime %v pax %v format %v", hdr.Name, hdr.Mode,
				hdr.Uid, hdr.Gid, hdr.Uname, hdr.Gname, hdr.ModTime, hdr.PAXRecords, hdr.Format)
		}
	}
	// Byte-wise order of the paths without the slash: "a" < "a.txt" < "a/b.txt".
	want := []string{"a/", "a.txt", "a/b.txt", "a/c/", "a/c/d.bin", "computed.json", "empty", "z/"}
	if !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}

// TestArchiveGolden pins the bytes of a small archive: if it changes (a new Go release
// writing tar headers differently), workers of different builds would upload different
// blobs for the same result. Change the format only on purpose.
func TestArchiveGolden(t *testing.T) {
	dir := t.TempDir()
	sampleTree.write(t, dir)
	sum := sha256.Sum256(archiveOf(t, dir))
	const want = "cc280917db888ba10b50295cb6cce41210a43f7aa752956e2ec6fe4610851ac5"
	if got := hex.EncodeToString(sum[:]); got != want {
		t.Errorf("the sample archive's sha256 is %s, want %s", got, want)
	}
}

// TestArchiveRoundTrip: Archive → Extract → VerifyResult against the digest of /out.
func TestArchiveRoundTrip(t *testing.T) {
	long := strings.Repeat("d", 150) + "/" + strings.Repeat("f", 120) // too long for USTAR
	tests := []struct {
		name   string
		out    tree
		wantCB []byte
	}{
		{"deterministic file", sampleTree, nil},
		{"whole directory", tree{"x": "1", "y/z": "2", "e/": "<dir>"}, nil},
		{"callback data", tree{"computed.json": `{"callback-data":"0xbeef"}`, "r": "ignored"}, []byte{0xbe, 0xef}},
		{"long path", tree{long: "long"}, nil},
		{"empty", tree{}, nil},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			tc.out.write(t, out)
			digest, cb, err := Digest(ctx, out)
			if err != nil {
				t.Fatal(err)
			}
			a := archiveOf(t, out)
			dst := filepath.Join(t.TempDir(), "result")
			if err := Extract(ctx, bytes.NewReader(a), dst, 1<<20); err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := VerifyResult(ctx, dst, digest)
			if err != nil {
				t.Fatalf("VerifyResult: %v", err)
			}
			if !bytes.Equal(got, tc.wantCB) || !bytes.Equal(got, cb) {
				t.Errorf("callback data %x, want %x", got, tc.wantCB)
			}
			// Byte for byte the same tree: archiving the extraction gives the same archive.
			if again := archiveOf(t, dst); !bytes.Equal(again, a) {
				t.Error("the extracted tree archives differently")
			}
			wrong := digest
			wrong[0] ^= 1
			if _, err := VerifyResult(ctx, dst, wrong); !errors.Is(err, ErrResultMismatch) {
				t.Errorf("VerifyResult with another digest: %v, want ErrResultMismatch", err)
			}
		})
	}
}

func TestArchiveRefusesSpecialFiles(t *testing.T) {
	tests := []struct {
		name string
		out  tree
		want []error
	}{
		{"symlink", tree{"a": "x", "link": "->a"}, []error{ErrInvalidOutput, ErrSymlink}},
		{"symlink to a directory", tree{"d/f": "x", "ld": "->d"}, []error{ErrInvalidOutput, ErrSymlink}},
		{"dangling symlink", tree{"link": "->/etc/passwd"}, []error{ErrInvalidOutput, ErrSymlink}},
		{"fifo", tree{"p": "<fifo>"}, []error{ErrInvalidOutput}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			tc.out.write(t, out)
			err := Archive(context.Background(), out, io.Discard)
			for _, want := range tc.want {
				if !errors.Is(err, want) {
					t.Errorf("Archive: %v, want %v", err, want)
				}
			}
		})
	}
	if err := Archive(context.Background(), filepath.Join(t.TempDir(), "missing"), io.Discard); err == nil {
		t.Error("Archive of a missing directory succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := t.TempDir()
	sampleTree.write(t, out)
	if err := Archive(ctx, out, io.Discard); !errors.Is(err, context.Canceled) {
		t.Errorf("Archive with a cancelled context: %v", err)
	}
}

// entry is one header (and content) of a hand-made archive.
type entry struct {
	hdr  tar.Header
	body string
}

func makeTar(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, e := range entries {
		h := e.hdr
		if h.Typeflag == tar.TypeReg && h.Size == 0 {
			h.Size = int64(len(e.body))
		}
		if h.Mode == 0 && h.Typeflag != tar.TypeXGlobalHeader {
			h.Mode = 0o644
		}
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if e.body != "" {
			if _, err := tw.Write([]byte(e.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hugeEntry is the header of a 1 TiB file followed by 512 bytes of it.
func hugeEntry(t testing.TB) []byte {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "a", Mode: 0o644, Size: 1 << 40}); err != nil {
		t.Fatal(err)
	}
	tw.Write(make([]byte, 512))
	return b.Bytes() // not closed: the writer would complain of the missing bytes
}

// retype changes the type of an archive's first entry, which archive/tar would not write
// itself, and fixes the header's checksum.
func retype(a []byte, flag byte) []byte {
	a = bytes.Clone(a)
	a[156] = flag
	copy(a[148:156], "        ")
	sum := 0
	for _, c := range a[:512] {
		sum += int(c)
	}
	copy(a[148:156], fmt.Sprintf("%06o\x00 ", sum))
	return a
}

func file(name, body string) entry {
	return entry{hdr: tar.Header{Typeflag: tar.TypeReg, Name: name}, body: body}
}

func TestExtractRefuses(t *testing.T) {
	good := file("ok.txt", "fine")
	truncated := makeTar(t, file("big", strings.Repeat("x", 4096)))[:1024]
	tests := []struct {
		name    string
		archive []byte
		max     int64
		want    []error
	}{
		{"absolute path", makeTar(t, good, file("/etc/evil", "x")), 0, []error{ErrInvalidArchive}},
		{"parent", makeTar(t, file("../evil", "x")), 0, []error{ErrInvalidArchive}},
		{"traversal inside", makeTar(t, file("a/../../evil", "x")), 0, []error{ErrInvalidArchive}},
		{"dot slash", makeTar(t, file("./a", "x")), 0, []error{ErrInvalidArchive}},
		{"double slash", makeTar(t, file("a//b", "x")), 0, []error{ErrInvalidArchive}},
		{"directory with content", retype(makeTar(t, file("d", "content")), tar.TypeDir), 0, []error{ErrInvalidArchive}},
		{"dot", makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeDir, Name: "./"}}), 0, []error{ErrInvalidArchive}},
		{"symlink", makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeSymlink, Name: "l", Linkname: "/etc"}}), 0,
			[]error{ErrInvalidArchive, ErrSymlink}},
		{"symlink then file through it", makeTar(t,
			entry{hdr: tar.Header{Typeflag: tar.TypeSymlink, Name: "l", Linkname: ".."}}, file("l/evil", "x")), 0,
			[]error{ErrInvalidArchive, ErrSymlink}},
		{"hard link", makeTar(t, good, entry{hdr: tar.Header{Typeflag: tar.TypeLink, Name: "h", Linkname: "ok.txt"}}), 0,
			[]error{ErrInvalidArchive}},
		{"device", makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeChar, Name: "null", Devmajor: 1, Devminor: 3}}), 0,
			[]error{ErrInvalidArchive}},
		{"fifo", makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeFifo, Name: "p"}}), 0, []error{ErrInvalidArchive}},
		{"global header", makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeXGlobalHeader,
			PAXRecords: map[string]string{"comment": "x"}}}), 0, []error{ErrInvalidArchive}},
		{"duplicate", makeTar(t, good, good), 0, []error{ErrInvalidArchive}},
		{"file under a file", makeTar(t, file("a", "x"), file("a/b", "y")), 0, []error{ErrInvalidArchive}},
		{"file over a directory", makeTar(t, file("a/b", "y"), file("a", "x")), 0, []error{ErrInvalidArchive}},
		{"too large", makeTar(t, file("a", "12345"), file("b", "67890")), 8, []error{ErrInvalidArchive}},
		{"huge header size", hugeEntry(t), 0, []error{ErrInvalidArchive}},
		{"bloated headers", makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeReg, Name: "a",
			PAXRecords: map[string]string{"comment": strings.Repeat("c", 100<<10)}}}), 0, []error{ErrInvalidArchive}},
		{"truncated", truncated, 0, []error{ErrInvalidArchive}},
		{"not a tar", bytes.Repeat([]byte("garbage!"), 200), 0, []error{ErrInvalidArchive}},
		{"empty input", nil, 0, []error{ErrInvalidArchive}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parent := t.TempDir()
			dst := filepath.Join(parent, "dst")
			max := tc.max
			if max == 0 {
				max = 1 << 20
			}
			err := Extract(context.Background(), bytes.NewReader(tc.archive), dst, max)
			if err == nil {
				t.Fatal("Extract succeeded")
			}
			for _, want := range tc.want {
				if !errors.Is(err, want) {
					t.Errorf("Extract: %v, want %v", err, want)
				}
			}
			// Nothing was written beside dst.
			if names := dirNames(t, parent); !slices.Equal(names, []string{"dst"}) {
				t.Errorf("the parent of the destination holds %q", names)
			}
			if _, err := os.Lstat("/etc/evil"); err == nil {
				t.Error("/etc/evil exists")
			}
		})
	}
}

func TestExtractDestination(t *testing.T) {
	a := makeTar(t, file("a", "x"))
	dst := t.TempDir()
	os.WriteFile(filepath.Join(dst, "there"), nil, 0o644)
	if err := Extract(context.Background(), bytes.NewReader(a), dst, 100); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("Extract into a non-empty directory: %v", err)
	}
	if err := Extract(context.Background(), bytes.NewReader(a), t.TempDir(), 0); err == nil {
		t.Error("Extract with no size limit succeeded")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Extract(ctx, bytes.NewReader(a), t.TempDir(), 100); !errors.Is(err, context.Canceled) {
		t.Errorf("Extract with a cancelled context: %v", err)
	}
	// Modes come from Extract, not from the archive; directories missing from the archive
	// are created.
	a = makeTar(t, entry{hdr: tar.Header{Typeflag: tar.TypeReg, Name: "d/x", Mode: 0o4777}, body: "x"})
	dst = t.TempDir()
	if err := Extract(context.Background(), bytes.NewReader(a), dst, 100); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dst, "d", "x"))
	if err != nil || fi.Mode() != 0o644&^umask() {
		t.Errorf("extracted file: %v, %v", fi.Mode(), err)
	}
}

// umask returns the process's umask as the mode bits it clears.
func umask() fs.FileMode {
	dir, _ := os.MkdirTemp("", "umask")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f")
	os.WriteFile(p, nil, 0o777)
	fi, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return 0o777 &^ fi.Mode().Perm()
}

func dirNames(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// FuzzExtract: whatever the archive, Extract writes only directories and regular files
// inside its destination, within its limit, and what it accepted archives again.
func FuzzExtract(f *testing.F) {
	dir := f.TempDir()
	for name, content := range sampleTree { // regular files and directories only
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			f.Fatal(err)
		}
		var err error
		if content == "<dir>" {
			err = os.Mkdir(p, 0o755)
		} else {
			err = os.WriteFile(p, []byte(content), 0o644)
		}
		if err != nil {
			f.Fatal(err)
		}
	}
	f.Add(archiveOf(f, dir))
	f.Add(makeTar(f, file("../x", "y")))
	f.Add(makeTar(f, entry{hdr: tar.Header{Typeflag: tar.TypeSymlink, Name: "l", Linkname: "/"}}, file("l/x", "y")))
	f.Add(makeTar(f, file("a", "1"), file("a/b", "2")))
	f.Add(makeTar(f, entry{hdr: tar.Header{Typeflag: tar.TypeDir, Name: "d/"}}, file("d/f", strings.Repeat("z", 600))))
	f.Add([]byte{})
	const max = 64 << 10
	f.Fuzz(func(t *testing.T, data []byte) {
		parent := t.TempDir()
		dst := filepath.Join(parent, "dst")
		err := Extract(context.Background(), bytes.NewReader(data), dst, max)
		if names := dirNames(t, parent); !slices.Equal(names, []string{"dst"}) {
			t.Fatalf("the parent of the destination holds %q", names)
		}
		var total int64
		werr := filepath.WalkDir(dst, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch {
			case d.IsDir():
			case d.Type().IsRegular():
				fi, err := d.Info()
				if err != nil {
					return err
				}
				total += fi.Size()
			default:
				t.Errorf("Extract left %s of type %v", p, d.Type())
			}
			return nil
		})
		if werr != nil {
			t.Fatal(werr)
		}
		if total > max {
			t.Errorf("Extract wrote %d bytes, more than its limit %d", total, max)
		}
		if err == nil {
			if err := Archive(context.Background(), dst, io.Discard); err != nil {
				t.Errorf("an accepted archive does not archive again: %v", err)
			}
		}
	})
}
