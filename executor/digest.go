package executor

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// File names inside /out that the execution contract gives a meaning to.
const (
	// ComputedFile is where an app declares what consensus hashes.
	ComputedFile = "computed.json"
	// ErrorFile is where WriteFailure records a failed execution.
	ErrorFile = "error.json"
)

// maxComputedSize bounds computed.json; callback data bigger than this
// could not be delivered on-chain anyway.
const maxComputedSize = 1 << 20

// Computed is the meaning of an app's /out/computed.json.
type Computed struct {
	// OutputPath is deterministic-output-path made relative to /out:
	// slash-separated, cleaned, "." for /out itself, "" when absent.
	OutputPath string
	// CallbackData is callback-data decoded from hex, nil when absent.
	CallbackData []byte
}

// ParseComputed decodes computed.json. Both fields are optional strings;
// other fields are ignored. deterministic-output-path may be absolute
// ("/out/result") or relative to /out ("result"), and must stay inside /out
// (ErrOutsideOut). callback-data is hex, with or without 0x. An empty string
// counts as absent. Errors wrap ErrInvalidOutput.
func ParseComputed(data []byte) (Computed, error) {
	var raw struct {
		Path     *string `json:"deterministic-output-path"`
		Callback *string `json:"callback-data"`
	}
	if len(data) > maxComputedSize {
		return Computed{}, fmt.Errorf("%w: %s is %d bytes, more than the %s allowed",
			ErrInvalidOutput, ComputedFile, len(data), FormatSize(maxComputedSize))
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Computed{}, fmt.Errorf("%w: %s is not a JSON object with string fields: %v",
			ErrInvalidOutput, ComputedFile, err)
	}
	var c Computed
	if raw.Path != nil && *raw.Path != "" {
		rel, err := outRel(*raw.Path)
		if err != nil {
			return Computed{}, err
		}
		c.OutputPath = rel
	}
	if raw.Callback != nil && *raw.Callback != "" {
		s := *raw.Callback
		if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
			s = s[2:]
		}
		b, err := hex.DecodeString(s)
		if err != nil {
			return Computed{}, fmt.Errorf("%w: callback-data in %s is not hex: %v",
				ErrInvalidOutput, ComputedFile, err)
		}
		c.CallbackData = b
	}
	return c, nil
}

// outRel turns a path as the app wrote it into a cleaned path relative to
// /out, refusing anything that leaves /out.
func outRel(p string) (string, error) {
	if strings.IndexByte(p, 0) >= 0 {
		return "", fmt.Errorf("%w: deterministic-output-path %q contains a NUL byte", ErrInvalidOutput, p)
	}
	c := path.Clean(p)
	if path.IsAbs(c) {
		switch {
		case c == "/out":
			return ".", nil
		case strings.HasPrefix(c, "/out/"):
			return c[len("/out/"):], nil
		}
	} else if c != ".." && !strings.HasPrefix(c, "../") {
		return c, nil
	}
	return "", fmt.Errorf("%w: %w: deterministic-output-path %q is not inside /out",
		ErrInvalidOutput, ErrOutsideOut, p)
}

// Digest computes the digest consensus is reached on for what an app left in
// outDir (the host directory mounted as /out), following PROTOCOL.md §10:
//
//   - computed.json has callback-data: keccak256 of those bytes, which are
//     returned too (finalize must deliver them, and checks their hash);
//   - else it has deterministic-output-path naming a file: sha256 of the
//     file;
//   - naming a directory: keccak256 of the concatenated sha256 of every
//     regular file under it, ordered by their slash-separated path relative
//     to that directory, compared byte-wise (empty directories add nothing);
//   - without computed.json (or with neither field), all of outDir as a
//     directory, computed.json included.
//
// Symbolic links and special files where hashing would look fail with
// ErrInvalidOutput (and ErrSymlink for links), as does a
// deterministic-output-path that is missing or outside /out. All access goes
// through an os.Root on outDir, so nothing outside it is ever read.
func Digest(ctx context.Context, outDir string) (digest [32]byte, callbackData []byte, err error) {
	root, err := os.OpenRoot(outDir)
	if err != nil {
		return digest, nil, fmt.Errorf("open output directory: %w", err)
	}
	defer root.Close()

	target := "."
	switch fi, err := root.Lstat(ComputedFile); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return digest, nil, fmt.Errorf("read %s: %w", ComputedFile, err)
	case fi.Mode()&fs.ModeSymlink != 0:
		return digest, nil, fmt.Errorf("%w: %w: /out/%s is a symbolic link", ErrInvalidOutput, ErrSymlink, ComputedFile)
	case !fi.Mode().IsRegular():
		return digest, nil, fmt.Errorf("%w: %s is not a regular file", ErrInvalidOutput, ComputedFile)
	case fi.Size() > maxComputedSize:
		return digest, nil, fmt.Errorf("%w: %s is %d bytes, more than the %s allowed",
			ErrInvalidOutput, ComputedFile, fi.Size(), FormatSize(maxComputedSize))
	default:
		data, err := root.ReadFile(ComputedFile)
		if err != nil {
			return digest, nil, fmt.Errorf("read %s: %w", ComputedFile, err)
		}
		c, err := ParseComputed(data)
		if err != nil {
			return digest, nil, err
		}
		if c.CallbackData != nil {
			return crypto.Keccak256Hash(c.CallbackData), c.CallbackData, nil
		}
		if c.OutputPath != "" {
			target = c.OutputPath
		}
	}

	fi, err := lstatNoLinks(root, target)
	if err != nil {
		return digest, nil, err
	}
	switch {
	case fi.Mode().IsRegular():
		digest, err = hashFile(root, target)
	case fi.IsDir():
		digest, err = hashDir(ctx, root, target)
	default:
		err = fmt.Errorf("%w: /out/%s is neither a regular file nor a directory", ErrInvalidOutput, target)
	}
	return digest, nil, err
}

// lstatNoLinks stats rel refusing symbolic links on the way: os.Root would
// follow links that stay inside the root, but a link is not something we
// agree to hash.
func lstatNoLinks(root *os.Root, rel string) (fs.FileInfo, error) {
	var fi fs.FileInfo
	p := "."
	for _, part := range append([]string{"."}, strings.Split(rel, "/")...) {
		p = path.Join(p, part)
		var err error
		fi, err = root.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: deterministic-output-path /out/%s does not exist", ErrInvalidOutput, rel)
		}
		if err != nil {
			return nil, fmt.Errorf("stat /out/%s: %w", p, err)
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("%w: %w: /out/%s is a symbolic link", ErrInvalidOutput, ErrSymlink, p)
		}
	}
	return fi, nil
}

func hashFile(root *os.Root, rel string) (sum [32]byte, err error) {
	f, err := root.Open(rel)
	if err != nil {
		return sum, fmt.Errorf("open /out/%s: %w", rel, err)
	}
	defer f.Close()
	// Re-check what was opened: the entry could have been swapped since
	// it was listed.
	if fi, err := f.Stat(); err != nil {
		return sum, fmt.Errorf("stat /out/%s: %w", rel, err)
	} else if !fi.Mode().IsRegular() {
		return sum, fmt.Errorf("%w: /out/%s is not a regular file", ErrInvalidOutput, rel)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, fmt.Errorf("read /out/%s: %w", rel, err)
	}
	h.Sum(sum[:0])
	return sum, nil
}

func hashDir(ctx context.Context, root *os.Root, dir string) (sum [32]byte, err error) {
	var files []string
	err = fs.WalkDir(root.FS(), dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("list /out/%s: %w", p, err)
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			return fmt.Errorf("%w: %w: /out/%s is a symbolic link", ErrInvalidOutput, ErrSymlink, p)
		case t.IsDir():
		case t.IsRegular():
			files = append(files, p)
		default:
			return fmt.Errorf("%w: /out/%s is neither a regular file nor a directory", ErrInvalidOutput, p)
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	// WalkDir's order is per directory ("a" before "a.txt" before "a/b"
	// is not what a sort of full paths gives): sort the full paths.
	slices.Sort(files)
	var cat bytes.Buffer
	cat.Grow(32 * len(files))
	for _, p := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		s, err := hashFile(root, p)
		if err != nil {
			return sum, err
		}
		cat.Write(s[:])
	}
	return crypto.Keccak256Hash(cat.Bytes()), nil
}

// failureRecord is the content of /out/error.json. Its fields are what every
// honest worker observes identically; the human Message is not among them
// (it may mention machine-dependent details).
type failureRecord struct {
	Failure  FailureKind `json:"failure"`
	ExitCode int         `json:"exit_code"`
}

// WriteFailure records a failed execution in outDir so that its digest is
// the same on every honest worker: it writes /out/error.json
// ({"failure":"<kind>","exit_code":<n>}, one line) and replaces
// computed.json by {"deterministic-output-path":"/out/error.json"}, then
// returns Digest of outDir — the sha256 of error.json. Whatever else the app
// left in outDir stays for debugging but is not hashed. Timeouts are recorded
// with exit code -1 whatever the sandbox saw, since where an app is cut off
// depends on the machine.
func WriteFailure(ctx context.Context, outDir string, r *Result) ([32]byte, error) {
	if r == nil || r.Failure == None {
		return [32]byte{}, fmt.Errorf("%w: WriteFailure of an execution that did not fail", ErrInvalidJob)
	}
	rec := failureRecord{Failure: r.Failure, ExitCode: r.ExitCode}
	if r.Failure == Timeout {
		rec.ExitCode = -1
	}
	errJSON, err := json.Marshal(rec)
	if err != nil {
		return [32]byte{}, err
	}
	root, err := os.OpenRoot(outDir)
	if err != nil {
		return [32]byte{}, fmt.Errorf("open output directory: %w", err)
	}
	defer root.Close()
	// Remove first: the app may have left a directory or a link there.
	for _, f := range []struct {
		name string
		data []byte
	}{
		{ErrorFile, append(errJSON, '\n')},
		{ComputedFile, []byte(`{"deterministic-output-path":"/out/` + ErrorFile + `"}` + "\n")},
	} {
		if err := root.RemoveAll(f.name); err != nil {
			return [32]byte{}, fmt.Errorf("clear /out/%s: %w", f.name, err)
		}
		if err := root.WriteFile(f.name, f.data, 0o644); err != nil {
			return [32]byte{}, fmt.Errorf("write /out/%s: %w", f.name, err)
		}
	}
	d, _, err := Digest(ctx, outDir)
	return d, err
}
