package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Layout of a Local store's directory.
const (
	blobsDir   = "sha256" // blobs: sha256/ab/cdef… (first two hex characters shard)
	tempDir    = "tmp"    // uploads in progress: tmp/put-*.tmp, same file system as blobs
	tempPrefix = "put-"
	tempSuffix = ".tmp"
	blobMode   = 0o444 // blobs are immutable: read-only, like git objects
	dirMode    = 0o755
)

// DefaultMaxBlobSize is the default size limit of a blob: 1 GiB.
const DefaultMaxBlobSize int64 = 1 << 30

// Local is a blob store in a directory of the local file system. Blobs live at
// dir/sha256/ab/cdef… (the digest's first two hex characters name a shard directory, the
// other 62 the file) and are read-only.
//
// A Put streams into a temp file under dir/tmp while hashing it, fsyncs it and renames it
// to its digest's path, so a reader sees a blob whole or not at all, and after a crash
// nothing but a temp file is left over, which the next NewLocal removes. Puts are safe
// to run concurrently, from one process or several sharing the directory, also of the
// same content: the digest names identical bytes whichever rename lands last.
//
// A Local holds no open resources: there is nothing to close.
type Local struct {
	dir string
}

// Info describes a stored blob.
type Info struct {
	// Size is the blob's length in bytes.
	Size int64
	// ModTime is when this store first wrote the blob.
	ModTime time.Time
}

// NewLocal opens the store in dir, creating the directory if needed, and removes the
// temp files that interrupted uploads left behind. Temp files that another live upload
// is still writing (in this process or another one sharing dir) are left alone where the
// platform has file locks (Linux, macOS, the BSDs); elsewhere only those a day old go.
func NewLocal(dir string) (*Local, error) {
	if dir == "" {
		return nil, fmt.Errorf("%w: empty store directory", ErrConfig)
	}
	l := &Local{dir: dir}
	for _, d := range []string{l.dir, filepath.Join(dir, blobsDir), l.tempDir()} {
		if err := os.MkdirAll(d, dirMode); err != nil {
			return nil, fmt.Errorf("store: create %s: %w", d, err)
		}
	}
	if err := l.cleanTemp(); err != nil {
		return nil, err
	}
	return l, nil
}

// Dir returns the directory of the store.
func (l *Local) Dir() string { return l.dir }

// Put stores the bytes of r, at most maxSize of them (maxSize <= 0: no limit), and
// returns their digest and size. Content already stored is not written again. On any
// error — ErrTooLarge, a read error of r, ctx done — nothing is stored.
func (l *Local) Put(ctx context.Context, r io.Reader, maxSize int64) (Digest, int64, error) {
	res, err := l.put(ctx, r, nil, maxSize)
	return res.digest, res.size, err
}

// PutExpect stores the bytes of r under want, at most maxSize of them (maxSize <= 0: no
// limit), and returns their size. When they do not hash to want it fails with
// ErrDigestMismatch and stores nothing.
func (l *Local) PutExpect(ctx context.Context, r io.Reader, want Digest, maxSize int64) (int64, error) {
	res, err := l.put(ctx, r, &want, maxSize)
	return res.size, err
}

// Open opens the blob d for reading and returns its size; the caller closes the file.
// It fails with ErrNotFound when the store has no such blob.
func (l *Local) Open(ctx context.Context, d Digest) (*os.File, int64, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	f, err := os.Open(l.path(d))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, 0, fmt.Errorf("%w: %s", ErrNotFound, d)
		}
		return nil, 0, fmt.Errorf("store: open blob %s: %w", d, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("store: stat blob %s: %w", d, err)
	}
	return f, fi.Size(), nil
}

// Has reports whether the store holds the blob d.
func (l *Local) Has(ctx context.Context, d Digest) (bool, error) {
	_, err := l.Stat(ctx, d)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Stat describes the blob d; it fails with ErrNotFound when the store has no such blob.
func (l *Local) Stat(ctx context.Context, d Digest) (Info, error) {
	if err := ctx.Err(); err != nil {
		return Info{}, err
	}
	fi, err := os.Stat(l.path(d))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Info{}, fmt.Errorf("%w: %s", ErrNotFound, d)
		}
		return Info{}, fmt.Errorf("store: stat blob %s: %w", d, err)
	}
	return Info{Size: fi.Size(), ModTime: fi.ModTime()}, nil
}

// check reports whether the store's directories are still there.
func (l *Local) check() error {
	for _, d := range []string{filepath.Join(l.dir, blobsDir), l.tempDir()} {
		fi, err := os.Stat(d)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		if !fi.IsDir() {
			return fmt.Errorf("store: %s is not a directory", d)
		}
	}
	return nil
}

// path is where the blob d lives.
func (l *Local) path(d Digest) string {
	h := d.String()
	return filepath.Join(l.dir, blobsDir, h[:2], h[2:])
}

func (l *Local) tempDir() string { return filepath.Join(l.dir, tempDir) }

// putResult is what a put did.
type putResult struct {
	digest  Digest
	size    int64
	created bool // false: the blob was already there and was kept
}

// put streams r into a locked temp file while hashing it, checks the size and, when want
// is set, the digest, then fsyncs and renames the file into place. Every failure removes
// the temp file: nothing partial ever appears under a digest.
func (l *Local) put(ctx context.Context, r io.Reader, want *Digest, maxSize int64) (res putResult, err error) {
	if err := ctx.Err(); err != nil {
		return res, err
	}
	f, err := os.CreateTemp(l.tempDir(), tempPrefix+"*"+tempSuffix)
	if err != nil {
		return res, fmt.Errorf("store: create temp file: %w", err)
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		if f != nil {
			f.Close()
		}
		if !renamed {
			os.Remove(tmp)
		}
	}()
	if err := lockTemp(f); err != nil {
		return res, fmt.Errorf("store: lock temp file: %w", err)
	}

	h := sha256.New()
	src := io.Reader(ctxReader{ctx, r})
	if maxSize > 0 {
		src = io.LimitReader(src, maxSize+1) // one byte more tells "too large" from "exactly the limit"
	}
	n, err := io.Copy(io.MultiWriter(f, h), src)
	if err != nil {
		return res, fmt.Errorf("store: write blob: %w", err)
	}
	if maxSize > 0 && n > maxSize {
		return res, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxSize)
	}
	var d Digest
	h.Sum(d[:0])
	if want != nil && d != *want {
		return res, fmt.Errorf("%w: content hashes to %s, not %s", ErrDigestMismatch, d, *want)
	}
	res = putResult{digest: d, size: n}

	final := l.path(d)
	if fi, err := os.Stat(final); err == nil && fi.Mode().IsRegular() && fi.Size() == n {
		return res, nil // already stored: keep it, drop the temp file
	}
	// Not there, or damaged behind our back (a blob of the wrong size): write it.
	if err := f.Chmod(blobMode); err != nil {
		return res, fmt.Errorf("store: chmod temp file: %w", err)
	}
	if err := f.Sync(); err != nil {
		return res, fmt.Errorf("store: sync temp file: %w", err)
	}
	if err := f.Close(); err != nil {
		f = nil
		return res, fmt.Errorf("store: close temp file: %w", err)
	}
	f = nil
	shard := filepath.Dir(final)
	newShard := false
	if err := os.Mkdir(shard, dirMode); err == nil {
		newShard = true
	} else if !errors.Is(err, fs.ErrExist) {
		return res, fmt.Errorf("store: create shard: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		// Where a rename cannot replace a read-only file (Windows), a concurrent put of the
		// same content that won the race is success too.
		if fi, serr := os.Stat(final); serr == nil && fi.Mode().IsRegular() && fi.Size() == n {
			return res, nil
		}
		return res, fmt.Errorf("store: rename blob into place: %w", err)
	}
	renamed = true
	// The rename is durable once the directory holding the new entry is synced.
	if err := syncDir(shard); err != nil {
		return res, fmt.Errorf("store: sync %s: %w", shard, err)
	}
	if newShard {
		if err := syncDir(filepath.Dir(shard)); err != nil {
			return res, fmt.Errorf("store: sync %s: %w", filepath.Dir(shard), err)
		}
	}
	res.created = true
	return res, nil
}

// cleanTemp removes the temp files of uploads that no longer run.
func (l *Local) cleanTemp() error {
	entries, err := os.ReadDir(l.tempDir())
	if err != nil {
		return fmt.Errorf("store: read %s: %w", l.tempDir(), err)
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, tempPrefix) || !strings.HasSuffix(name, tempSuffix) {
			continue
		}
		if err := removeAbandoned(filepath.Join(l.tempDir(), name)); err != nil {
			return fmt.Errorf("store: remove leftover temp file: %w", err)
		}
	}
	return nil
}

// ctxReader stops a copy when its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
