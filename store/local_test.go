package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func newLocal(t *testing.T) *Local {
	t.Helper()
	l, err := NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// tempFiles lists the store's temp directory.
func tempFiles(t *testing.T, l *Local) []string {
	t.Helper()
	es, err := os.ReadDir(l.tempDir())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// blobCount counts the files under sha256/.
func blobCount(t *testing.T, l *Local) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(filepath.Join(l.Dir(), blobsDir), func(_ string, e os.DirEntry, err error) error {
		if err == nil && e.Type().IsRegular() {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func readBlob(t *testing.T, l *Local, d Digest) []byte {
	t.Helper()
	f, size, err := l.Open(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) != size {
		t.Fatalf("Open size %d, read %d bytes", size, len(b))
	}
	return b
}

func TestLocalPutOpen(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		content []byte
	}{
		{"empty", nil},
		{"small", []byte("hello, ergon")},
		{"several buffers", bytes.Repeat([]byte("0123456789abcdef"), 10000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLocal(t)
			d, n, err := l.Put(ctx, bytes.NewReader(tt.content), 0)
			if err != nil {
				t.Fatal(err)
			}
			if d != Sum(tt.content) || n != int64(len(tt.content)) {
				t.Fatalf("Put = %s, %d; want %s, %d", d, n, Sum(tt.content), len(tt.content))
			}
			if got := readBlob(t, l, d); !bytes.Equal(got, tt.content) {
				t.Fatalf("read back %d bytes, differ", len(got))
			}
			h := d.String()
			path := filepath.Join(l.Dir(), "sha256", h[:2], h[2:])
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatalf("blob not at %s: %v", path, err)
			}
			if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o444 {
				t.Fatalf("blob mode %v, want read-only", fi.Mode())
			}
			if ok, err := l.Has(ctx, d); !ok || err != nil {
				t.Fatalf("Has = %v, %v", ok, err)
			}
			info, err := l.Stat(ctx, d)
			if err != nil || info.Size != n || info.ModTime.IsZero() {
				t.Fatalf("Stat = %+v, %v", info, err)
			}
			if names := tempFiles(t, l); len(names) != 0 {
				t.Fatalf("temp files left: %v", names)
			}
		})
	}
}

func TestLocalNotFound(t *testing.T) {
	ctx := context.Background()
	l := newLocal(t)
	d := Sum([]byte("absent"))
	if _, _, err := l.Open(ctx, d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Open: %v", err)
	}
	if _, err := l.Stat(ctx, d); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Stat: %v", err)
	}
	if ok, err := l.Has(ctx, d); ok || err != nil {
		t.Fatalf("Has = %v, %v", ok, err)
	}
}

func TestLocalPutTwice(t *testing.T) {
	ctx := context.Background()
	l := newLocal(t)
	content := []byte("same bytes")
	res1, err := l.put(ctx, bytes.NewReader(content), nil, 0)
	if err != nil || !res1.created {
		t.Fatalf("first put: %+v, %v", res1, err)
	}
	info1, _ := l.Stat(ctx, res1.digest)
	res2, err := l.put(ctx, bytes.NewReader(content), nil, 0)
	if err != nil || res2.created || res2.digest != res1.digest || res2.size != res1.size {
		t.Fatalf("second put: %+v, %v (want the existing blob kept)", res2, err)
	}
	n, err := l.PutExpect(ctx, bytes.NewReader(content), res1.digest, 0)
	if err != nil || n != int64(len(content)) {
		t.Fatalf("PutExpect of a stored blob: %d, %v", n, err)
	}
	info2, _ := l.Stat(ctx, res1.digest)
	if !info1.ModTime.Equal(info2.ModTime) {
		t.Fatalf("existing blob was rewritten")
	}
	if c := blobCount(t, l); c != 1 {
		t.Fatalf("%d blobs, want 1", c)
	}
	if names := tempFiles(t, l); len(names) != 0 {
		t.Fatalf("temp files left: %v", names)
	}
}

func TestLocalPutExpectMismatch(t *testing.T) {
	ctx := context.Background()
	l := newLocal(t)
	want := Sum([]byte("expected"))
	_, err := l.PutExpect(ctx, strings.NewReader("something else"), want, 0)
	if !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("PutExpect: %v, want ErrDigestMismatch", err)
	}
	if c := blobCount(t, l); c != 0 {
		t.Fatalf("%d blobs stored after a mismatch", c)
	}
	if names := tempFiles(t, l); len(names) != 0 {
		t.Fatalf("temp files left: %v", names)
	}
	// Neither under want nor under the content's own digest.
	for _, d := range []Digest{want, Sum([]byte("something else"))} {
		if ok, _ := l.Has(ctx, d); ok {
			t.Fatalf("%s stored after a mismatch", d)
		}
	}
}

func TestLocalSizeLimit(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		size    int
		max     int64
		wantErr error
	}{
		{"under", 9, 10, nil},
		{"exactly", 10, 10, nil},
		{"one over", 11, 10, ErrTooLarge},
		{"far over", 1 << 20, 10, ErrTooLarge},
		{"no limit", 1 << 20, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLocal(t)
			_, n, err := l.Put(ctx, bytes.NewReader(make([]byte, tt.size)), tt.max)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Put: %v, want %v", err, tt.wantErr)
			}
			wantBlobs := 1
			if tt.wantErr != nil {
				wantBlobs = 0
			} else if n != int64(tt.size) {
				t.Fatalf("size %d, want %d", n, tt.size)
			}
			if c := blobCount(t, l); c != wantBlobs {
				t.Fatalf("%d blobs, want %d", c, wantBlobs)
			}
			if names := tempFiles(t, l); len(names) != 0 {
				t.Fatalf("temp files left: %v", names)
			}
		})
	}
}

// failingReader returns some bytes, then an error: an upload cut short.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, io.ErrUnexpectedEOF
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestLocalPutInterrupted(t *testing.T) {
	l := newLocal(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := l.Put(ctx, strings.NewReader("x"), 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put with a canceled context: %v", err)
	}
	if _, _, err := l.Put(context.Background(), &failingReader{n: 100000}, 0); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("Put of a failing reader: %v", err)
	}
	if c := blobCount(t, l); c != 0 {
		t.Fatalf("%d blobs stored", c)
	}
	if names := tempFiles(t, l); len(names) != 0 {
		t.Fatalf("temp files left: %v", names)
	}
}

func TestLocalConcurrentPuts(t *testing.T) {
	ctx := context.Background()
	l := newLocal(t)
	const writers = 16
	same := bytes.Repeat([]byte("the same content "), 5000)
	var wg sync.WaitGroup
	errs := make(chan error, 2*writers)
	for i := range writers {
		wg.Add(2)
		go func() {
			defer wg.Done()
			d, _, err := l.Put(ctx, bytes.NewReader(same), 0)
			if err == nil && d != Sum(same) {
				err = fmt.Errorf("same content stored as %s", d)
			}
			errs <- err
		}()
		go func() {
			defer wg.Done()
			own := bytes.Repeat([]byte(fmt.Sprintf("writer %d ", i)), 5000)
			d, _, err := l.Put(ctx, bytes.NewReader(own), 0)
			if err == nil && d != Sum(own) {
				err = fmt.Errorf("content %d stored as %s", i, d)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if c := blobCount(t, l); c != writers+1 {
		t.Fatalf("%d blobs, want %d", c, writers+1)
	}
	if got := readBlob(t, l, Sum(same)); !bytes.Equal(got, same) {
		t.Fatal("shared blob corrupted")
	}
	for i := range writers {
		own := bytes.Repeat([]byte(fmt.Sprintf("writer %d ", i)), 5000)
		if got := readBlob(t, l, Sum(own)); !bytes.Equal(got, own) {
			t.Fatalf("blob %d corrupted", i)
		}
	}
	if names := tempFiles(t, l); len(names) != 0 {
		t.Fatalf("temp files left: %v", names)
	}
}

func TestNewLocalCleansTempFiles(t *testing.T) {
	dir := t.TempDir()
	l, err := NewLocal(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A crash mid-upload leaves a temp file; another upload is running right now.
	abandoned := filepath.Join(l.tempDir(), tempPrefix+"crashed"+tempSuffix)
	if err := os.WriteFile(abandoned, []byte("partial"), 0o600); err != nil {
		t.Fatal(err)
	}
	live, err := os.CreateTemp(l.tempDir(), tempPrefix+"*"+tempSuffix)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	if err := lockTemp(live); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(l.tempDir(), "not-ours")
	if err := os.WriteFile(other, nil, 0o600); err != nil {
		t.Fatal(err)
	}

	if _, err := NewLocal(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abandoned); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("abandoned temp file still there: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatalf("a file that is not a temp file was removed: %v", err)
	}
	if runtime.GOOS == "linux" || runtime.GOOS == "darwin" {
		if _, err := os.Stat(live.Name()); err != nil {
			t.Fatalf("the temp file of a live upload was removed: %v", err)
		}
	}
}

func TestNewLocalErrors(t *testing.T) {
	if _, err := NewLocal(""); !errors.Is(err, ErrConfig) {
		t.Fatalf("empty dir: %v", err)
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := NewLocal(file); err == nil {
		t.Fatal("a file as store directory was accepted")
	}
}
