package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/store"
)

// The descriptors `ergon app|dataset|workerpool init` writes and `deploy` registers: JSON
// files, decoded strictly, checked before anything is sent.

// assetDescriptor is the JSON file `init` writes and `deploy` registers.
type assetDescriptor interface {
	// check validates the fields and parses them; dir is the descriptor's directory.
	check(dir string) error
	// predict and create pack the registry calls for owner.
	predict(owner common.Address) []byte
	create(owner common.Address) []byte
	// content is the local file to upload to the store ("" for none) and its checksum.
	content() (string, common.Hash)
	label() string
}

// initOptions are init's flags.
type initOptions struct {
	file, name, kind, location, description, api string
}

var appKinds = map[string]uint8{"wasm": 0, "docker": 1}

func appKindName(k uint8) string {
	for n, v := range appKinds {
		if v == k {
			return n
		}
	}
	return fmt.Sprintf("kind %d", k)
}

type appDescriptor struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Location string `json:"location"`
	Checksum string `json:"checksum"`
	// Mrenclave is the TEE fingerprint, hex (none for most apps).
	Mrenclave string `json:"mrenclave,omitempty"`
	// File is the local module, relative to the descriptor: deploy uploads it.
	File string `json:"file,omitempty"`

	kind      uint8
	checksum  common.Hash
	mrenclave []byte
	path      string
}

func (d *appDescriptor) check(dir string) error {
	if err := nonEmpty("name", d.Name); err != nil {
		return err
	}
	k, ok := appKinds[d.Kind]
	if !ok {
		return fmt.Errorf("kind %q: want wasm or docker", d.Kind)
	}
	d.kind = k
	var err error
	if d.checksum, d.path, err = checkContent(dir, d.Location, d.Checksum, d.File); err != nil {
		return err
	}
	if d.Mrenclave != "" {
		if d.mrenclave, err = decodeHex(d.Mrenclave); err != nil {
			return fmt.Errorf("mrenclave %q: want 0x and hex digits", d.Mrenclave)
		}
	}
	return nil
}

func (d *appDescriptor) predict(owner common.Address) []byte {
	return chain.Apps.PackPredictApp(owner, d.Name, d.kind, d.Location, d.checksum, d.mrenclave)
}

func (d *appDescriptor) create(owner common.Address) []byte {
	return chain.Apps.PackCreateApp(owner, d.Name, d.kind, d.Location, d.checksum, d.mrenclave)
}

func (d *appDescriptor) content() (string, common.Hash) { return d.path, d.checksum }
func (d *appDescriptor) label() string                  { return d.Name }

type datasetDescriptor struct {
	Name     string `json:"name"`
	Location string `json:"location"`
	Checksum string `json:"checksum"`
	File     string `json:"file,omitempty"`

	checksum common.Hash
	path     string
}

func (d *datasetDescriptor) check(dir string) error {
	if err := nonEmpty("name", d.Name); err != nil {
		return err
	}
	var err error
	d.checksum, d.path, err = checkContent(dir, d.Location, d.Checksum, d.File)
	return err
}

func (d *datasetDescriptor) predict(owner common.Address) []byte {
	return chain.Datasets.PackPredictDataset(owner, d.Name, d.Location, d.checksum)
}

func (d *datasetDescriptor) create(owner common.Address) []byte {
	return chain.Datasets.PackCreateDataset(owner, d.Name, d.Location, d.checksum)
}

func (d *datasetDescriptor) content() (string, common.Hash) { return d.path, d.checksum }
func (d *datasetDescriptor) label() string                  { return d.Name }

type workerpoolDescriptor struct {
	Description string `json:"description"`
	// API is the URL the pool's scheduler serves workers at.
	API string `json:"api"`
}

func (d *workerpoolDescriptor) check(string) error {
	if err := nonEmpty("description", d.Description); err != nil {
		return err
	}
	return nonEmpty("api", d.API)
}

func (d *workerpoolDescriptor) predict(owner common.Address) []byte {
	return chain.Pools.PackPredictWorkerpool(owner, d.Description)
}

func (d *workerpoolDescriptor) create(owner common.Address) []byte {
	return chain.Pools.PackCreateWorkerpool(owner, d.Description, d.API)
}

func (d *workerpoolDescriptor) content() (string, common.Hash) { return "", common.Hash{} }
func (d *workerpoolDescriptor) label() string                  { return d.Description }

func nonEmpty(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("%s is empty: fill it in", field)
	}
	return nil
}

// checkContent parses a checksum and checks it against the location (an ergon:// pointer
// names the same sha256) and the local file, whose path it returns.
func checkContent(dir, location, checksum, file string) (common.Hash, string, error) {
	if err := nonEmpty("location", location); err != nil {
		return common.Hash{}, "", fmt.Errorf("%w (ergon://<sha256> for a file in the result store, ipfs://…, https://…)", err)
	}
	b, err := decodeHex(checksum)
	if err != nil || len(b) != 32 {
		return common.Hash{}, "", fmt.Errorf("checksum %q: want the sha256 of the content, 0x and 64 hex digits", checksum)
	}
	sum := common.BytesToHash(b)
	if sum == (common.Hash{}) {
		return common.Hash{}, "", errors.New("checksum is zero: set it to the sha256 of the content")
	}
	if strings.HasPrefix(location, store.PointerScheme) {
		d, err := store.ParsePointer(location)
		if err != nil {
			return common.Hash{}, "", fmt.Errorf("location: %w", err)
		}
		if common.Hash(d) != sum {
			return common.Hash{}, "", fmt.Errorf("location %s names another content than checksum %s", location, sum.Hex())
		}
	}
	if file == "" {
		return sum, "", nil
	}
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, file)
	}
	got, _, err := sha256File(path)
	if err != nil {
		return common.Hash{}, "", fmt.Errorf("file: %w", err)
	}
	if got != sum {
		return common.Hash{}, "", fmt.Errorf("file %s has sha256 %s, not the checksum %s: it changed since `init`; run init again", path, got.Hex(), sum.Hex())
	}
	return sum, path, nil
}

func sha256File(path string) (common.Hash, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return common.Hash{}, 0, err
	}
	return common.BytesToHash(h.Sum(nil)), n, nil
}

// fileContent fills name, location, checksum and the descriptor-relative path from a file.
func fileContent(o *initOptions, descriptorPath string) (name, location, checksum, rel string, err error) {
	sum, _, err := sha256File(o.file)
	if err != nil {
		return "", "", "", "", err
	}
	name = o.name
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(o.file), filepath.Ext(o.file))
	}
	location = o.location
	if location == "" {
		location = store.Pointer(store.Digest(sum))
	}
	rel = o.file
	if absD, err1 := filepath.Abs(filepath.Dir(descriptorPath)); err1 == nil {
		if absF, err2 := filepath.Abs(o.file); err2 == nil {
			if r, err3 := filepath.Rel(absD, absF); err3 == nil {
				rel = filepath.ToSlash(r)
			}
		}
	}
	return name, location, "0x" + hex.EncodeToString(sum[:]), rel, nil
}

func appTemplate(o *initOptions, descriptorPath string) (assetDescriptor, error) {
	d := &appDescriptor{Name: o.name, Kind: o.kind, Location: o.location}
	if o.file != "" {
		var err error
		if d.Name, d.Location, d.Checksum, d.File, err = fileContent(o, descriptorPath); err != nil {
			return nil, err
		}
		if d.Kind == "" && strings.EqualFold(filepath.Ext(o.file), ".tar") {
			d.Kind = "docker"
		}
	}
	if d.Name == "" {
		d.Name = "my-app"
	}
	if d.Kind == "" {
		d.Kind = "wasm"
	}
	if _, ok := appKinds[d.Kind]; !ok {
		return nil, fmt.Errorf("--kind %q: want wasm or docker", d.Kind)
	}
	return d, nil
}

func datasetTemplate(o *initOptions, descriptorPath string) (assetDescriptor, error) {
	d := &datasetDescriptor{Name: o.name, Location: o.location}
	if o.file != "" {
		var err error
		if d.Name, d.Location, d.Checksum, d.File, err = fileContent(o, descriptorPath); err != nil {
			return nil, err
		}
	}
	if d.Name == "" {
		d.Name = "my-dataset"
	}
	return d, nil
}

func workerpoolTemplate(o *initOptions, _ string) (assetDescriptor, error) {
	d := &workerpoolDescriptor{Description: o.description, API: o.api}
	if d.Description == "" {
		d.Description = "my workerpool"
	}
	return d, nil
}
