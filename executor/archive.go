package executor

import (
	"archive/tar"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The result archive (PROTOCOL.md §10: "the result is /out as an archive in the result
// store").
//
// # Format
//
// An uncompressed tar stream, written so that the same /out gives the same bytes on every
// worker, and hence the same sha256 — the same blob — in the store:
//
//   - one entry per directory and regular file under /out (not /out itself), named by its
//     slash-separated path relative to /out, directories with a trailing slash;
//   - entries in byte-wise order of their paths (without the trailing slash), so a
//     directory comes before what it holds;
//   - USTAR headers with mode 0755 (directories) or 0644 (files), uid and gid 0, empty
//     user and group names, modification time 0 (1970-01-01) and no access or change
//     times; a path too long for USTAR gets a PAX extended header holding only the path;
//   - the end-of-archive marker of two zero blocks, no padding beyond it.
//
// It is not compressed: a compressor's output is not specified bit for bit and may change
// between Go releases, and workers built by different releases must agree. Compress in
// transit if needed.
//
// Symbolic links, hard links, devices, pipes and sockets are refused (ErrInvalidOutput,
// with ErrSymlink for links), as Digest does.

// MaxArchiveEntries bounds the entries Extract accepts.
const MaxArchiveEntries = 100_000

// maxEntryOverhead bounds, on average per entry, the bytes of an archive that are not
// file content (headers, PAX records, padding), so that an archive of empty entries
// cannot make Extract read without end.
const maxEntryOverhead = 8 << 10

var (
	// ErrInvalidArchive is returned by Extract for an archive that is not a result
	// archive it can unpack safely: not a tar stream, an entry whose name is absolute,
	// not canonical or leaves the directory, a link or special file, a duplicate, or
	// more content or entries than allowed.
	ErrInvalidArchive = errors.New("invalid result archive")

	// ErrResultMismatch is returned by VerifyResult when an extracted result does not
	// hash to the digest recorded on-chain.
	ErrResultMismatch = errors.New("result does not match its digest")
)

// archiveEpoch is the modification time of every entry.
var archiveEpoch = time.Unix(0, 0)

type archiveEntry struct {
	path string // slash-separated, relative to the root
	dir  bool
}

// Archive writes outDir as a result archive to w (see the format above). Files are read
// through an os.Root on outDir, so nothing outside it is read even if the directory
// changes meanwhile; a file that changes size while it is archived is an error.
func Archive(ctx context.Context, outDir string, w io.Writer) error {
	root, err := os.OpenRoot(outDir)
	if err != nil {
		return fmt.Errorf("archive: open output directory: %w", err)
	}
	defer root.Close()

	var entries []archiveEntry
	err = fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("archive: list /out/%s: %w", p, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			return fmt.Errorf("%w: %w: /out/%s is a symbolic link", ErrInvalidOutput, ErrSymlink, p)
		case t.IsDir():
			entries = append(entries, archiveEntry{path: p, dir: true})
		case t.IsRegular():
			entries = append(entries, archiveEntry{path: p})
		default:
			return fmt.Errorf("%w: /out/%s is neither a regular file nor a directory", ErrInvalidOutput, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	// WalkDir's order is per directory: sort the full paths, as Digest does.
	slices.SortFunc(entries, func(a, b archiveEntry) int { return strings.Compare(a.path, b.path) })

	tw := tar.NewWriter(w)
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.dir {
			hdr := &tar.Header{Typeflag: tar.TypeDir, Name: e.path + "/", Mode: 0o755, ModTime: archiveEpoch}
			if err := tw.WriteHeader(hdr); err != nil {
				return fmt.Errorf("archive: /out/%s: %w", e.path, err)
			}
			continue
		}
		if err := archiveFile(ctx, tw, root, e.path); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	return nil
}

func archiveFile(ctx context.Context, tw *tar.Writer, root *os.Root, rel string) error {
	f, err := root.Open(rel)
	if err != nil {
		return fmt.Errorf("archive: open /out/%s: %w", rel, err)
	}
	defer f.Close()
	// Re-check what was opened: the entry could have been swapped since it was listed
	// (os.Root follows links that stay inside it).
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("archive: stat /out/%s: %w", rel, err)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%w: /out/%s is not a regular file", ErrInvalidOutput, rel)
	}
	hdr := &tar.Header{Typeflag: tar.TypeReg, Name: rel, Size: fi.Size(), Mode: 0o644, ModTime: archiveEpoch}
	if err := tw.WriteHeader(hdr); err != nil {
		return fmt.Errorf("archive: /out/%s: %w", rel, err)
	}
	n, err := io.Copy(tw, io.LimitReader(ctxReader{ctx, f}, fi.Size()))
	if err != nil {
		return fmt.Errorf("archive: /out/%s: %w", rel, err)
	}
	if n != fi.Size() {
		return fmt.Errorf("archive: /out/%s shrank from %d to %d bytes while it was archived", rel, fi.Size(), n)
	}
	return nil
}

// Extract unpacks a result archive read from r into dir, which must be empty or not exist
// (it is then created). It accepts only what Archive writes: directories and regular
// files, with relative, canonical, slash-separated names that stay inside dir, each once.
// Files get mode 0644 and directories 0755 whatever the archive says. The total size of
// the files may not exceed maxBytes (> 0) and the number of entries MaxArchiveEntries.
// All writes go through an os.Root on dir. Errors about the archive wrap
// ErrInvalidArchive; after any error dir may hold part of the archive: remove it.
func Extract(ctx context.Context, r io.Reader, dir string, maxBytes int64) error {
	if maxBytes <= 0 {
		return fmt.Errorf("extract: size limit %d is not positive", maxBytes)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	defer root.Close()
	if names, err := readDirNames(root); err != nil {
		return fmt.Errorf("extract: %w", err)
	} else if len(names) > 0 {
		return fmt.Errorf("extract: %s is not empty (it holds %s)", dir, names[0])
	}

	cr := &countingReader{r: ctxReader{ctx, r}}
	tr := tar.NewReader(cr)
	seen := make(map[string]bool)
	var total int64
	for n := 1; ; n++ {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			if n == 1 && cr.n == 0 {
				return fmt.Errorf("%w: empty input", ErrInvalidArchive)
			}
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("%w: %v", ErrInvalidArchive, err)
		}
		if n > MaxArchiveEntries {
			return fmt.Errorf("%w: more than %d entries", ErrInvalidArchive, MaxArchiveEntries)
		}
		if cr.n > total+int64(n)*maxEntryOverhead {
			return fmt.Errorf("%w: %d bytes of headers for %d entries", ErrInvalidArchive, cr.n-total, n)
		}
		name, err := entryName(hdr)
		if err != nil {
			return err
		}
		if seen[name] {
			return fmt.Errorf("%w: entry %q appears twice", ErrInvalidArchive, name)
		}
		seen[name] = true
		if parent := path.Dir(name); parent != "." {
			if err := root.MkdirAll(parent, 0o755); err != nil {
				return fmt.Errorf("%w: entry %q: %v", ErrInvalidArchive, name, err)
			}
		}
		if hdr.Typeflag == tar.TypeDir {
			if hdr.Size != 0 {
				return fmt.Errorf("%w: directory entry %q has %d bytes of content", ErrInvalidArchive, name, hdr.Size)
			}
			if err := root.Mkdir(name, 0o755); err != nil && !(errors.Is(err, fs.ErrExist) && isDir(root, name)) {
				return fmt.Errorf("%w: entry %q: %v", ErrInvalidArchive, name, err)
			}
			continue
		}
		if hdr.Size < 0 || hdr.Size > maxBytes-total {
			return fmt.Errorf("%w: the files are larger than the %s allowed", ErrInvalidArchive, FormatSize(maxBytes))
		}
		total += hdr.Size
		if err := extractFile(root, name, tr, hdr.Size); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
	}
}

// entryName checks an entry's type and name and returns the name without a trailing slash.
func entryName(hdr *tar.Header) (string, error) {
	name := hdr.Name
	switch hdr.Typeflag {
	case tar.TypeDir:
		name = strings.TrimSuffix(name, "/")
	case tar.TypeReg:
	case tar.TypeSymlink:
		return "", fmt.Errorf("%w: %w: entry %q is a symbolic link", ErrInvalidArchive, ErrSymlink, hdr.Name)
	case tar.TypeLink:
		return "", fmt.Errorf("%w: entry %q is a hard link", ErrInvalidArchive, hdr.Name)
	default:
		return "", fmt.Errorf("%w: entry %q has type %q: only regular files and directories are allowed",
			ErrInvalidArchive, hdr.Name, hdr.Typeflag)
	}
	switch {
	case name == "" || name == ".":
		return "", fmt.Errorf("%w: entry name %q names no file", ErrInvalidArchive, hdr.Name)
	case strings.IndexByte(name, 0) >= 0:
		return "", fmt.Errorf("%w: entry name %q contains a NUL byte", ErrInvalidArchive, hdr.Name)
	case path.IsAbs(name):
		return "", fmt.Errorf("%w: entry name %q is absolute", ErrInvalidArchive, hdr.Name)
	case name == ".." || strings.HasPrefix(name, "../"):
		return "", fmt.Errorf("%w: entry name %q leaves the directory", ErrInvalidArchive, hdr.Name)
	case path.Clean(name) != name:
		return "", fmt.Errorf("%w: entry name %q is not canonical", ErrInvalidArchive, hdr.Name)
	case !filepath.IsLocal(filepath.FromSlash(name)):
		return "", fmt.Errorf("%w: entry name %q is not a local path here", ErrInvalidArchive, hdr.Name)
	}
	return name, nil
}

func extractFile(root *os.Root, name string, r io.Reader, size int64) error {
	// O_EXCL: never write through something already there (a duplicate is refused
	// before, but a directory created for a child is not a file to overwrite).
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("%w: entry %q: %v", ErrInvalidArchive, name, err)
	}
	n, err := io.Copy(f, io.LimitReader(r, size))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w: entry %q is truncated", ErrInvalidArchive, name)
		}
		return fmt.Errorf("extract %q: %w", name, err)
	}
	if n != size {
		return fmt.Errorf("%w: entry %q is truncated", ErrInvalidArchive, name)
	}
	return nil
}

// VerifyResult recomputes the digest of an extracted result (Digest, the ordinary rule of
// PROTOCOL.md §10) and compares it with the one recorded on-chain, returning the callback
// data the result declares. A result that does not match fails with ErrResultMismatch;
// one that cannot be hashed (a broken computed.json, a link) with Digest's error.
func VerifyResult(ctx context.Context, dir string, digest [32]byte) (callbackData []byte, err error) {
	d, cb, err := Digest(ctx, dir)
	if err != nil {
		return nil, fmt.Errorf("digest of the result: %w", err)
	}
	if d != digest {
		return nil, fmt.Errorf("%w: the result hashes to 0x%x, the recorded digest is 0x%x", ErrResultMismatch, d, digest)
	}
	return cb, nil
}

func readDirNames(root *os.Root) ([]string, error) {
	f, err := root.Open(".")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	return names, err
}

func isDir(root *os.Root, name string) bool {
	fi, err := root.Lstat(name)
	return err == nil && fi.IsDir()
}

// ctxReader stops reading once ctx is done.
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

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
