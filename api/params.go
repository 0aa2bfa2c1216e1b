package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"ergon/store"
)

// Params is what a request order's params field holds: the app's arguments and its input
// files, as JSON ({"args":["-n","3"],"input_files":["ergon://…"]}). Every worker of the deal
// runs the app with exactly these.
type Params struct {
	// Args are the app's arguments after argv[0].
	Args []string `json:"args,omitempty"`
	// InputFiles are pointers to the blobs placed in /in, in order; each is named in /in by
	// its position (input-1, input-2, …) unless Names gives a name.
	InputFiles []string `json:"input_files,omitempty"`
	// Names gives the input files' names in /in, parallel to InputFiles (optional).
	Names []string `json:"input_names,omitempty"`
}

// MaxParamsSize bounds the params string a scheduler or worker accepts from the chain.
const MaxParamsSize = 64 << 10

// ParseParams decodes a request order's params strictly: unknown fields, trailing data,
// bad pointers and unsafe file names are errors. The empty string means no params.
func ParseParams(s string) (Params, error) {
	var p Params
	if strings.TrimSpace(s) == "" {
		return p, nil
	}
	if len(s) > MaxParamsSize {
		return p, fmt.Errorf("params: %d bytes, more than %d", len(s), MaxParamsSize)
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return p, fmt.Errorf("params: %w", err)
	}
	if dec.More() {
		return p, fmt.Errorf("params: trailing data after the JSON object")
	}
	return p, p.Validate()
}

// Validate checks the pointers and names.
func (p Params) Validate() error {
	if len(p.Names) != 0 && len(p.Names) != len(p.InputFiles) {
		return fmt.Errorf("params: %d input names for %d input files", len(p.Names), len(p.InputFiles))
	}
	for _, f := range p.InputFiles {
		if _, err := store.ParsePointer(f); err != nil {
			return fmt.Errorf("params: input file: %w", err)
		}
	}
	seen := map[string]bool{}
	for i := range p.InputFiles {
		name := p.InputName(i)
		if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\\\x00") || len(name) > 255 {
			return fmt.Errorf("params: input file name %q is not a plain file name", name)
		}
		if seen[name] {
			return fmt.Errorf("params: input file name %q given twice", name)
		}
		seen[name] = true
	}
	for _, a := range p.Args {
		if strings.IndexByte(a, 0) >= 0 {
			return fmt.Errorf("params: argument %q contains a NUL byte", a)
		}
	}
	return nil
}

// InputName is the name of input file i in /in.
func (p Params) InputName(i int) string {
	if i < len(p.Names) {
		return p.Names[i]
	}
	return fmt.Sprintf("input-%d", i+1)
}

// String encodes p for a request order ("" when empty).
func (p Params) String() string {
	if len(p.Args) == 0 && len(p.InputFiles) == 0 {
		return ""
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(p) // cannot fail: strings only
	return strings.TrimSuffix(b.String(), "\n")
}
