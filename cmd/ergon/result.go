package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"ergon/chain/poco"
	"ergon/executor"
	"ergon/requester"
)

func init() { commandGroups = append(commandGroups, newResultCmd) }

func newResultCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "result",
		Short: "Results of completed tasks, downloaded and verified against the chain",
	}
	o := addClientFlags(cmd)
	var out string
	download := &cobra.Command{
		Use:   "download <taskid>",
		Short: "Download a completed task's result and verify it against the digest on-chain",
		Long: `Download the result a completed task points to from the result store (--store-url
or the profile's), unpack it into --out (default ergon-results/<taskid>) and check
it hashes to the digest the workers agreed on and the hub holds. Nothing is kept
if it does not. When the app failed, its error.json is downloaded and the command
says so.`,
		Example: `  ergon result download 0x6f2c…
  ergon result download 0x6f2c… --out ./hello-result --json`,
		Args: exactArgs(1, "ergon result download <taskid> [--out DIR]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHash("task", args[0])
			if err != nil {
				return err
			}
			return a.downloadResult(cmd.Context(), o, id, out)
		},
	}
	download.Flags().StringVarP(&out, "out", "o", "", "directory to unpack the result into (must not exist or be empty)")
	cmd.AddCommand(download)
	return cmd
}

// resultOutput is `ergon result download --json`.
type resultOutput struct {
	TaskID  common.Hash `json:"task_id"`
	Results string      `json:"results"`
	Digest  common.Hash `json:"digest"`
	Dir     string      `json:"dir"`
	// Files are the result's files, relative to Dir, with their sizes in bytes.
	Files []resultFile `json:"files"`
	// CallbackData is the result's callback-data, hex, when it has some.
	CallbackData string `json:"callback_data,omitempty"`
	// AppFailed is true when the app failed: Dir holds its error.json.
	AppFailed bool `json:"app_failed"`
}

type resultFile struct {
	Path string `json:"path"`
	Size int64  `json:"size"`
}

func (a *app) downloadResult(ctx context.Context, o *clientOpts, id common.Hash, dir string) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	v, err := ss.readTask(ctx, id, nil, 0)
	if err != nil {
		return err
	}
	if v.task.Status != poco.StatusCompleted {
		next := fmt.Sprintf("follow it with `ergon task show %s --watch`", id.Hex())
		if v.output().Claimable {
			next = fmt.Sprintf("its final deadline passed: `ergon task claim %s` refunds the requester", id.Hex())
		} else if v.task.Status == poco.StatusFailed {
			next = "it was claimed after its final deadline"
		}
		return fmt.Errorf("task %s is %s: it has no result; %s", id.Hex(), v.task.Status, next)
	}
	if dir == "" {
		dir = filepath.Join("ergon-results", id.Hex())
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: choose another directory with --out", dir)
	}
	st, err := ss.store()
	if err != nil {
		return err
	}
	a.progress("downloading %s from %s…", v.task.Results, ss.s.StoreURL)
	r := &requester.Requester{Chain: ss.c, Store: st}
	cb, err := r.Download(ctx, v.task, dir)
	res := resultOutput{TaskID: id, Results: v.task.Results, Digest: v.task.Digest, Dir: dir, Files: []resultFile{}}
	switch {
	case errors.Is(err, requester.ErrAppFailed):
		res.AppFailed = true
	case err != nil:
		return fmt.Errorf("%w\n  the result store is %s%s", err, ss.s.StoreURL, ss.whereFrom("store_url"))
	}
	if len(cb) > 0 {
		res.CallbackData = "0x" + hex.EncodeToString(cb)
	}
	werr := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		res.Files = append(res.Files, resultFile{Path: filepath.ToSlash(rel), Size: info.Size()})
		return nil
	})
	if werr != nil {
		return werr
	}
	if o.json {
		if perr := a.printJSON(res); perr != nil {
			return perr
		}
	} else {
		fmt.Fprintf(a.stdout, "task %s: result verified against digest %s\n  %s/\n", id.Hex(), v.task.Digest.Hex(), dir)
		tw := a.table()
		for _, f := range res.Files {
			fmt.Fprintf(tw, "    %s\t%s\n", f.Path, executor.FormatSize(f.Size))
		}
		tw.Flush()
		if res.CallbackData != "" {
			fmt.Fprintf(a.stdout, "  callback data %s\n", res.CallbackData)
		}
	}
	if res.AppFailed {
		return fmt.Errorf("%w: see %s", requester.ErrAppFailed, filepath.Join(dir, executor.ErrorFile))
	}
	return nil
}
