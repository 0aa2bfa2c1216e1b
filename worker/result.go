package worker

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/executor"
	"ergon/store"
)

// resultFile is the archive of out/ in a task's directory, kept until it is uploaded.
const resultFile = "result.tar"

// result is what an execution yields for consensus.
type result struct {
	digest       common.Hash
	callbackData []byte
	failure      executor.FailureKind
}

// finishResult computes the digest of what an execution left in out, following the
// conventions of the package documentation:
//
//   - a failed execution, or output that breaks the execution contract
//     (executor.ErrInvalidOutput), is recorded by executor.WriteFailure;
//   - in a deal with a callback (callback true) the digest must be keccak256 of the
//     callback data, or the hub refuses to finalize: when the app gave none, the callback
//     data is the bytes of /out/error.json for a failure, the 32 bytes of the ordinary
//     digest for a success, and they are written into /out/computed.json as callback-data
//     so that executor.Digest of the archive gives the same digest to whoever verifies it.
func finishResult(ctx context.Context, out string, res *executor.Result, callback bool) (result, error) {
	var r result
	failed := !res.OK()
	if !failed {
		d, cb, err := executor.Digest(ctx, out)
		switch {
		case err == nil:
			r.digest, r.callbackData = d, cb
		case errors.Is(err, executor.ErrInvalidOutput):
			res = &executor.Result{ExitCode: res.ExitCode, Failure: executor.InvalidOutput, Message: err.Error()}
			failed = true
		default:
			return r, fmt.Errorf("digest of the output: %w", err)
		}
	}
	if failed {
		d, err := executor.WriteFailure(ctx, out, res)
		if err != nil {
			return r, fmt.Errorf("record the failure: %w", err)
		}
		r.digest, r.callbackData, r.failure = d, nil, res.Failure
	}
	if !callback || r.callbackData != nil {
		return r, nil
	}

	// A callback deal, and no callback data from the app.
	root, err := os.OpenRoot(out)
	if err != nil {
		return r, fmt.Errorf("open output directory: %w", err)
	}
	defer root.Close()
	var computed struct {
		Path     string `json:"deterministic-output-path,omitempty"`
		Callback string `json:"callback-data"`
	}
	if failed {
		b, err := root.ReadFile(executor.ErrorFile)
		if err != nil {
			return r, fmt.Errorf("read the failure record: %w", err)
		}
		r.callbackData = b
		computed.Path = "/out/" + executor.ErrorFile
	} else {
		r.callbackData = bytes.Clone(r.digest[:])
		// Keep what the app declared (Digest accepted it, so it parses).
		if b, err := root.ReadFile(executor.ComputedFile); err == nil {
			c, err := executor.ParseComputed(b)
			if err != nil {
				return r, err
			}
			switch c.OutputPath {
			case "":
			case ".":
				computed.Path = "/out"
			default:
				computed.Path = "/out/" + c.OutputPath
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return r, fmt.Errorf("read %s: %w", executor.ComputedFile, err)
		}
	}
	computed.Callback = hexutil.Encode(r.callbackData)
	b, err := json.Marshal(computed)
	if err != nil {
		return r, err
	}
	if err := root.RemoveAll(executor.ComputedFile); err != nil {
		return r, fmt.Errorf("rewrite %s: %w", executor.ComputedFile, err)
	}
	if err := root.WriteFile(executor.ComputedFile, append(b, '\n'), 0o644); err != nil {
		return r, fmt.Errorf("rewrite %s: %w", executor.ComputedFile, err)
	}
	d, cb, err := executor.Digest(ctx, out)
	if err != nil {
		return r, fmt.Errorf("digest of the output: %w", err)
	}
	if d != crypto.Keccak256Hash(r.callbackData) || !bytes.Equal(cb, r.callbackData) {
		return r, fmt.Errorf("the rewritten %s does not give the callback digest", executor.ComputedFile)
	}
	r.digest = d
	return r, nil
}

// uploadResult archives out/ and uploads it to the store, once: the pointer is kept in the
// task's state.
func (w *Worker) uploadResult(ctx context.Context, t *task) (string, error) {
	select {
	case t.upload <- struct{}{}:
	case <-ctx.Done():
		return "", context.Cause(ctx)
	}
	defer func() { <-t.upload }()
	if p := t.state().Results; p != "" {
		return p, nil
	}
	if err := w.report(ctx, t, "uploading"); err != nil {
		return "", err
	}
	sc, err := w.storeClient()
	if err != nil {
		return "", err
	}
	path := filepath.Join(t.dir, resultFile)
	if err := writeArchive(ctx, t, filepath.Join(t.dir, "out"), path); err != nil {
		return "", err
	}
	var d store.Digest
	delay := w.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		uctx, cancel := context.WithTimeout(ctx, w.cfg.TransferTimeout)
		d, _, err = sc.Upload(uctx, path, store.KeySigner(w.cfg.Key))
		cancel()
		if err == nil {
			break
		}
		if ctx.Err() != nil || attempt == maxAttempts || finalStoreError(err) {
			return "", fmt.Errorf("upload the result: %w", err)
		}
		t.log.Debug("upload failed, retrying", "attempt", attempt, "err", err)
		if err := sleep(ctx, delay); err != nil {
			return "", err
		}
		delay = min(2*delay, w.cfg.RetryMax)
	}
	results := store.Pointer(d)
	if err := t.note(func(st *taskState) { st.Results = results }); err != nil {
		return "", err
	}
	os.Remove(path)
	t.log.Info("result uploaded", "results", results)
	return results, nil
}

// writeArchive writes the result archive of out to path. Links and special files are
// refused by executor.Archive; the part of /out a digest covers cannot hold any (Digest
// refuses them too), so when the rest of /out does, they are deleted and the archive
// written again: the digest is unchanged.
func writeArchive(ctx context.Context, t *task, out, path string) error {
	err := archiveTo(ctx, out, path)
	if errors.Is(err, executor.ErrInvalidOutput) {
		t.log.Info("deleting links and special files from the output before archiving it", "reason", err)
		if perr := pruneSpecial(out); perr != nil {
			return perr
		}
		err = archiveTo(ctx, out, path)
	}
	return err
}

func archiveTo(ctx context.Context, out, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("archive the result: %w", err)
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	err = executor.Archive(ctx, out, bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("archive the result: %w", err)
	}
	return nil
}

// pruneSpecial deletes what is neither a directory nor a regular file under out (without
// following links).
func pruneSpecial(out string) error {
	return filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || d.Type().IsRegular() {
			return nil
		}
		if err := os.Remove(p); err != nil {
			return fmt.Errorf("delete %s from the output: %w", p, err)
		}
		return nil
	})
}
