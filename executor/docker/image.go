package docker

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/distribution/reference"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"

	"ergon/executor"
)

// appImage is a loaded app image, as the daemon describes it.
type appImage struct {
	id         string
	entrypoint []string
	cmd        []string
	env        []string
	workingDir string
}

func imageOf(ins image.InspectResponse) *appImage {
	img := &appImage{id: ins.ID}
	if c := ins.Config; c != nil {
		img.entrypoint, img.cmd, img.env, img.workingDir = c.Entrypoint, c.Cmd, c.Env, c.WorkingDir
	}
	return img
}

// command is the app's argv: the image's ENTRYPOINT, else its CMD, followed
// by args; nil when the image names no program.
func (img *appImage) command(args []string) []string {
	prog := img.entrypoint
	if len(prog) == 0 {
		prog = img.cmd
	}
	if len(prog) == 0 {
		return nil
	}
	return append(slices.Clone(prog), args...)
}

// environ is the container's environment: the image's, overridden by the
// job's, with HOME=/ unless one of them sets HOME (the runtime would set it
// anyway, from the image's /etc/passwd), sorted, then the names of the
// variables Docker would otherwise add by itself, which a bare name in the
// list unsets.
func (img *appImage) environ(job []string) []string {
	vars := map[string]string{"HOME": "HOME=/"}
	for _, kv := range slices.Concat(img.env, job) {
		if k, _, ok := strings.Cut(kv, "="); ok {
			vars[k] = kv
		}
	}
	env := make([]string, 0, len(vars)+2)
	for _, kv := range vars {
		env = append(env, kv)
	}
	slices.Sort(env)
	env = append(env, "HOSTNAME")
	if _, ok := vars["PATH"]; !ok {
		env = append(env, "PATH")
	}
	return env
}

func (img *appImage) workdir() string {
	if img.workingDir == "" {
		return "/"
	}
	return img.workingDir
}

// imageTag is where the image of the app with this checksum is found.
func imageTag(checksum [32]byte) string {
	return ImageRepository + ":" + hex.EncodeToString(checksum[:])
}

// image returns the app's image, loading its tarball the first time. A
// non-nil Result means the tarball is not a usable app (BadApp).
func (e *Executor) image(ctx context.Context, task string, app executor.App) (*appImage, *executor.Result, error) {
	tag := imageTag(app.Checksum)
	img, err := e.inspect(ctx, tag)
	if err == nil || !cerrdefs.IsNotFound(err) {
		return img, nil, err
	}
	select {
	case e.loadSem <- struct{}{}:
		defer func() { <-e.loadSem }()
	case <-ctx.Done():
		return nil, nil, fmt.Errorf("docker: run of task %s stopped while waiting to load an image: %w", task, context.Cause(ctx))
	}
	// Loaded by another run while this one waited?
	if img, err := e.inspect(ctx, tag); err == nil || !cerrdefs.IsNotFound(err) {
		return img, nil, err
	}

	ctx, cancel := context.WithTimeoutCause(ctx, e.cfg.LoadTimeout,
		fmt.Errorf("loading the image took longer than %s", e.cfg.LoadTimeout))
	defer cancel()
	id, bad, err := e.load(ctx, app, tag)
	if err != nil || bad != nil {
		if bad != nil {
			e.log.Debug("image refused", "task", task, "reason", bad.Message)
		}
		return nil, bad, err
	}
	img, err = e.inspect(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if err := e.cli.ImageTag(ctx, id, tag); err != nil {
		return nil, nil, fmt.Errorf("%w: tag image %s as %s: %v", ErrDaemon, id, tag, err)
	}
	e.log.Info("image loaded", "task", task, "image", id, "tag", tag)
	return img, nil, nil
}

// inspect returns the image ref names; a missing image is an error
// satisfying cerrdefs.IsNotFound.
func (e *Executor) inspect(ctx context.Context, ref string) (*appImage, error) {
	ins, err := e.cli.ImageInspect(ctx, ref)
	if err != nil {
		if cerrdefs.IsNotFound(err) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: inspect image %s: %v", ErrDaemon, ref, err)
	}
	return imageOf(ins), nil
}

// load checks the app's tarball and loads it, returning the image's id.
func (e *Executor) load(ctx context.Context, app executor.App, tag string) (id string, bad *executor.Result, err error) {
	badApp := func(format string, a ...any) (string, *executor.Result, error) {
		return "", &executor.Result{ExitCode: -1, Failure: executor.BadApp, Message: fmt.Sprintf(format, a...)}, nil
	}
	tb, err := scanTarball(app.Path)
	if err != nil {
		return "", nil, fmt.Errorf("docker: read image tarball: %w", err)
	}
	if tb.sum != app.Checksum {
		return badApp("the app's image tarball does not match its registered checksum (sha256 %x, expected %x)",
			tb.sum, app.Checksum)
	}
	cfg, why := tb.image()
	if why != "" {
		return badApp("the app's image tarball %s", why)
	}
	if cfg.OS != e.os || cfg.Architecture != e.arch {
		return badApp("the app's image is for %s/%s; this worker runs %s/%s containers",
			cfg.OS, cfg.Architecture, e.os, e.arch)
	}

	f, err := os.Open(app.Path)
	if err != nil {
		return "", nil, fmt.Errorf("docker: read image tarball: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	resp, err := e.cli.ImageLoad(ctx, io.TeeReader(f, h), client.ImageLoadWithQuiet(true))
	if err != nil {
		return "", nil, fmt.Errorf("%w: load image: %v", ErrDaemon, err)
	}
	defer resp.Body.Close()
	loadedID, err := loadOutput(resp.Body)
	if err != nil {
		return "", nil, fmt.Errorf("%w: load image: %v", ErrDaemon, err)
	}
	// The daemon stops reading at the tar's end: hash what follows too.
	if _, err := io.Copy(h, f); err != nil {
		return "", nil, fmt.Errorf("docker: read image tarball: %w", err)
	}
	// A store that names images by their configuration's digest (the
	// classic one) gives the id computed from the tarball; one that does
	// not (containerd's) says which id it gave.
	id = tb.configID
	if _, err := e.inspect(ctx, id); cerrdefs.IsNotFound(err) && loadedID != "" {
		id = loadedID
	}
	if [32]byte(h.Sum(nil)) != app.Checksum {
		return "", nil, fmt.Errorf("docker: image tarball %s changed while it was loaded", app.Path)
	}
	return id, nil, nil
}

// loadOutput reads the daemon's answer to a load: JSON messages, one of
// which may carry an error, and "Loaded image ID: sha256:…" when the image
// has no tag.
func loadOutput(r io.Reader) (id string, err error) {
	dec := json.NewDecoder(r)
	for {
		var m struct {
			Stream      string `json:"stream"`
			Error       string `json:"error"`
			ErrorDetail *struct {
				Message string `json:"message"`
			} `json:"errorDetail"`
		}
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			return id, nil
		} else if err != nil {
			return "", err
		}
		switch {
		case m.ErrorDetail != nil && m.ErrorDetail.Message != "":
			return "", errors.New(m.ErrorDetail.Message)
		case m.Error != "":
			return "", errors.New(m.Error)
		}
		if s, ok := strings.CutPrefix(strings.TrimSpace(m.Stream), "Loaded image ID: "); ok {
			id = s
		}
	}
}

// Limits on what scanTarball keeps in memory: the small JSON files that
// describe the image. Layers are only hashed.
const (
	maxMetaFile = 1 << 20
	maxMeta     = 16 << 20
)

// tarball is what scanTarball learnt of an image tarball.
type tarball struct {
	sum [32]byte
	// notTar says why the file is not a (gzip-compressed) tar, "" when it is.
	notTar string
	// meta holds the tar's small regular files by cleaned name.
	meta     map[string][]byte
	configID string // set by image()
}

// scanTarball hashes the file at p and reads its tar structure, keeping its
// small files. Only reading the file can fail; what is wrong with its
// content is in notTar.
func scanTarball(p string) (*tarball, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	raw := bufio.NewReader(io.TeeReader(f, h))
	tb := &tarball{meta: map[string][]byte{}}

	var r io.Reader = raw
	if magic, _ := raw.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(raw)
		if err != nil {
			tb.notTar = "gzip: " + err.Error()
		} else {
			defer zr.Close()
			r = zr
		}
	}
	if tb.notTar == "" {
		tb.notTar = tb.readTar(tar.NewReader(r))
	}
	// Hash what the tar reader did not need (padding, trailers).
	if _, err := io.Copy(io.Discard, raw); err != nil {
		return nil, err
	}
	tb.sum = [32]byte(h.Sum(nil))
	return tb, nil
}

func (tb *tarball) readTar(tr *tar.Reader) (notTar string) {
	kept := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return ""
		}
		if err != nil {
			return err.Error()
		}
		if hdr.Typeflag != tar.TypeReg || hdr.Size > maxMetaFile || kept+int(hdr.Size) > maxMeta {
			if _, err := io.Copy(io.Discard, tr); err != nil {
				return err.Error()
			}
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return err.Error()
		}
		kept += len(b)
		tb.meta[path.Clean(hdr.Name)] = b
	}
}

// imageConfig is the part of an image's configuration file checked before
// loading it.
type imageConfig struct {
	OS           string `json:"os"`
	Architecture string `json:"architecture"`
}

// image checks that the tarball holds exactly one image that does not claim
// a tag of ImageRepository, and returns its configuration. why says, as the
// end of a sentence starting with "the app's image tarball", what is wrong.
func (tb *tarball) image() (cfg imageConfig, why string) {
	if tb.notTar != "" {
		return cfg, "is not a tar file (" + tb.notTar + ")"
	}
	data, ok := tb.meta["manifest.json"]
	if !ok {
		return cfg, "has no manifest.json: it is not the output of docker save"
	}
	var manifest []struct {
		Config   string
		RepoTags []string
		Layers   []string
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		return cfg, "has a malformed manifest.json: " + err.Error()
	}
	if len(manifest) != 1 {
		return cfg, fmt.Sprintf("holds %d images; an app is exactly one", len(manifest))
	}
	m := manifest[0]
	config, ok := tb.meta[path.Clean(m.Config)]
	if !ok {
		return cfg, fmt.Sprintf("lacks the image configuration %q its manifest.json names (or it is over %s)",
			m.Config, executor.FormatSize(maxMetaFile))
	}
	if err := json.Unmarshal(config, &cfg); err != nil {
		return cfg, "has a malformed image configuration: " + err.Error()
	}
	tb.configID = fmt.Sprintf("sha256:%x", sha256.Sum256(config))

	// Tags the daemon would set while loading: none may be ours, or a
	// tarball could pass for another app.
	names := slices.Clone(m.RepoTags)
	var repos map[string]map[string]string
	if data, ok := tb.meta["repositories"]; ok && json.Unmarshal(data, &repos) == nil {
		for repo := range repos {
			names = append(names, repo)
		}
	}
	var index struct {
		Manifests []struct {
			Annotations map[string]string `json:"annotations"`
		} `json:"manifests"`
	}
	if data, ok := tb.meta["index.json"]; ok && json.Unmarshal(data, &index) == nil {
		for _, d := range index.Manifests {
			if n := d.Annotations["io.containerd.image.name"]; n != "" {
				names = append(names, n)
			}
		}
	}
	for _, n := range names {
		named, err := reference.ParseNormalizedNamed(n)
		if err != nil {
			return cfg, fmt.Sprintf("names the image %q, which is not a valid reference", n)
		}
		if reference.FamiliarName(named) == ImageRepository {
			return cfg, fmt.Sprintf("names the image %q: the repository %s is reserved for the executor's own tags",
				n, ImageRepository)
		}
	}
	return cfg, ""
}
