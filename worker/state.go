package worker

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"ergon/api"
)

// phase is how far a task got; the persisted phases only move forward.
type phase string

const (
	// phaseStarted: the task was accepted; no result yet. A restart discards it.
	phaseStarted phase = "started"
	// phaseComputed: the app ran; Digest and CallbackData are final and out/ holds the
	// result.
	phaseComputed phase = "computed"
	// phaseContributed: the scheduler accepted the contribution.
	phaseContributed phase = "contributed"
	// phaseRevealed: the scheduler accepted the reveal.
	phaseRevealed phase = "revealed"
)

var phaseOrder = map[phase]int{phaseStarted: 1, phaseComputed: 2, phaseContributed: 3, phaseRevealed: 4}

// atLeast reports whether p is q or later.
func (p phase) atLeast(q phase) bool { return phaseOrder[p] >= phaseOrder[q] }

// taskState is a task's state.json.
type taskState struct {
	Assignment api.Assignment `json:"assignment"`
	Phase      phase          `json:"phase"`
	// Digest and CallbackData are the result, from phaseComputed on.
	Digest       common.Hash   `json:"digest"`
	CallbackData hexutil.Bytes `json:"callback_data,omitempty"`
	// Failure is the failure kind of the execution ("" when the app succeeded), for logs.
	Failure string `json:"failure,omitempty"`
	// Results is the pointer to the uploaded archive of out/, once uploaded.
	Results string `json:"results,omitempty"`
}

const stateFile = "state.json"

// maxStateSize bounds a state file read back: an assignment with the largest params and
// callback data.
const maxStateSize = 4 << 20

// saveState writes dir/state.json atomically: a temp file, synced, renamed over it, so a crash
// or a power cut leaves the old state or the new one, never an empty or torn file (the file is
// synced even when the new state need not be durable: the rename could otherwise reach the disk
// before the data and replace a durable state with nothing). durable also syncs the directory,
// so the new state itself survives a power cut once saveState returns.
func saveState(dir string, st *taskState, durable bool) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("encode task state: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+stateFile+".*")
	if err != nil {
		return fmt.Errorf("save task state: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(append(b, '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, stateFile))
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("save task state: %w", err)
	}
	if !durable {
		return nil
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // best effort: not every file system syncs directories
		d.Close()
	}
	return nil
}

// loadState reads dir/state.json.
func loadState(dir string) (*taskState, error) {
	p := filepath.Join(dir, stateFile)
	fi, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if fi.Size() > maxStateSize {
		return nil, fmt.Errorf("%s is %d bytes", p, fi.Size())
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var st taskState
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if _, ok := phaseOrder[st.Phase]; !ok {
		return nil, fmt.Errorf("%s: unknown phase %q", p, st.Phase)
	}
	if filepath.Base(dir) != st.Assignment.TaskID.Hex() {
		return nil, errors.New(p + " is not the state of the task its directory names")
	}
	return &st, nil
}

// sameTask reports whether two assignments describe the same execution, so that a result
// computed for one stands for the other.
func sameTask(a, b api.Assignment) bool {
	return a.TaskID == b.TaskID && a.DealID == b.DealID && a.Index == b.Index && a.BotSize == b.BotSize &&
		a.App == b.App && a.Params == b.Params && a.Callback == b.Callback && a.TimeoutMS == b.TimeoutMS
}

// syncTree fsyncs every regular file and directory under root.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !d.Type().IsRegular() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = f.Sync()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	})
}
