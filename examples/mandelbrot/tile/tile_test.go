package tile

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"image/png"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// small is a quick image whose bands are uneven (67 rows in 4 tiles).
func small(tiles int) Params {
	p := DefaultParams()
	p.Width, p.Height, p.Tiles, p.Iterations = 48, 67, tiles, 64
	return p
}

// render writes tile i of p into a new directory and returns it as an fs.FS
// (copied into memory, so that tests may change it).
func render(t *testing.T, p Params, i int) fstest.MapFS {
	t.Helper()
	dir := t.TempDir()
	if _, err := Write(dir, p, i); err != nil {
		t.Fatal(err)
	}
	out := fstest.MapFS{}
	for _, name := range []string{PNGFile(i), MetaFile, ComputedFile} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = &fstest.MapFile{Data: b}
	}
	return out
}

func renderAll(t *testing.T, p Params) []fs.FS {
	t.Helper()
	outs := make([]fs.FS, p.Tiles)
	for i := range outs {
		outs[i] = render(t, p, i)
	}
	return outs
}

func TestBands(t *testing.T) {
	for _, h := range []int{1, 2, 7, 64, 67, 1000} {
		for _, n := range []int{1, 2, 3, 4, 7, 64} {
			if n > h {
				continue
			}
			p := Params{Height: h, Tiles: n}
			next := 0
			for i := range n {
				y0, rows := p.Band(i)
				if y0 != next || rows < 1 {
					t.Fatalf("H=%d N=%d: tile %d is rows [%d, %d), want to start at %d with at least one row",
						h, n, i, y0, y0+rows, next)
				}
				next = y0 + rows
			}
			if next != h {
				t.Errorf("H=%d N=%d: the tiles end at row %d", h, n, next)
			}
		}
	}
}

func TestAssembleEqualsWhole(t *testing.T) {
	whole, err := Render(small(1), 0)
	if err != nil {
		t.Fatal(err)
	}
	outs := renderAll(t, small(4))
	// Any order.
	outs[0], outs[3] = outs[3], outs[0]
	img, err := Assemble(outs)
	if err != nil {
		t.Fatal(err)
	}
	if !img.Bounds().Eq(whole.Bounds()) || !bytes.Equal(img.Pix, whole.Pix) {
		t.Error("the assembled tiles differ from the image rendered whole")
	}
}

// TestRenderGolden pins the PNG bytes of a tile: they are what workers
// agree on, so they must be the same on every architecture and must not
// change by accident.
func TestRenderGolden(t *testing.T) {
	out := render(t, small(4), 2)
	sum := sha256.Sum256(out[PNGFile(2)].Data)
	const want = "fc87fe5c8204578dd93e25e34fdfbec532442255a3e61e63caadba3d2933f2bd"
	if got := hex.EncodeToString(sum[:]); got != want {
		t.Errorf("sha256 of tile 2 = %s, want %s", got, want)
	}
	if got, want := string(out[ComputedFile].Data), `{"deterministic-output-path":"/out/tile-2.png"}`+"\n"; got != want {
		t.Errorf("computed.json = %q, want %q", got, want)
	}
	if got, want := string(out[MetaFile].Data), `{"tile":2,"tiles":4,"width":48,"height":67,"y0row":33,"rows":17,"iterations":64,"region":[-2.25,-1.5,0.75,1.5]}`+"\n"; got != want {
		t.Errorf("tile.json = %s, want %s", got, want)
	}
}

func TestAssembleErrors(t *testing.T) {
	p := small(4)
	other := p
	other.Iterations++
	pngOf := func(w, h int) []byte {
		var b bytes.Buffer
		if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, w, h))); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	tests := []struct {
		name    string
		outs    func() []fs.FS
		want    error
		wantMsg string
	}{
		{"none", func() []fs.FS { return nil }, ErrMissingTile, "no tiles"},
		{"missing", func() []fs.FS { return renderAll(t, p)[1:3] }, ErrMissingTile, "2 of the 4 tiles of 48×67 in 4 tiles, 64 iterations, region (-2.25, -1.5)–(0.75, 1.5) are missing: 0, 3"},
		{"duplicate", func() []fs.FS {
			outs := renderAll(t, p)
			return append(outs, render(t, p, 2))
		}, ErrDuplicateTile, "tile 2 of 4 is in outputs 2 and 4"},
		{"other image", func() []fs.FS {
			outs := renderAll(t, p)
			outs[1] = render(t, other, 1)
			return outs
		}, ErrInconsistent, "output 1 is tile 1 of 48×67 in 4 tiles, 65 iterations"},
		{"other tile count", func() []fs.FS {
			outs := renderAll(t, p)
			outs[3] = render(t, small(5), 3)
			return outs
		}, ErrInconsistent, "output 3 is tile 3 of 48×67 in 5 tiles"},
		{"PNG of the wrong size", func() []fs.FS {
			outs := renderAll(t, p)
			outs[2].(fstest.MapFS)[PNGFile(2)].Data = pngOf(48, 16)
			return outs
		}, ErrBadTile, "output 2: bad tile: tile-2.png is 48×16 pixels, but tile.json says tile 2 is 48×17"},
		{"no PNG", func() []fs.FS {
			outs := renderAll(t, p)
			delete(outs[1].(fstest.MapFS), PNGFile(1))
			return outs
		}, ErrBadTile, "output 1: bad tile: tile 1: open tile-1.png"},
		{"not a PNG", func() []fs.FS {
			outs := renderAll(t, p)
			outs[1].(fstest.MapFS)[PNGFile(1)].Data = []byte("GIF89a, not a PNG at all")
			return outs
		}, ErrBadTile, "tile-1.png: png: invalid format"},
		{"no tile.json", func() []fs.FS {
			outs := renderAll(t, p)
			delete(outs[0].(fstest.MapFS), MetaFile)
			return outs
		}, ErrBadTile, "output 0: bad tile: open tile.json"},
		{"unknown field", func() []fs.FS {
			outs := renderAll(t, p)
			m := outs[0].(fstest.MapFS)[MetaFile]
			m.Data = []byte(strings.Replace(string(m.Data), `{`, `{"colour":1,`, 1))
			return outs
		}, ErrBadTile, `unknown field "colour"`},
		{"wrong band", func() []fs.FS {
			outs := renderAll(t, p)
			m := outs[1].(fstest.MapFS)[MetaFile]
			m.Data = []byte(strings.Replace(string(m.Data), `"y0row":16`, `"y0row":15`, 1))
			return outs
		}, ErrBadTile, "tile 1 of 4 covers rows 16…32 of 67, not 15…31"},
		{"tile out of range", func() []fs.FS {
			outs := renderAll(t, p)
			m := outs[1].(fstest.MapFS)[MetaFile]
			m.Data = []byte(strings.Replace(string(m.Data), `"tile":1,`, `"tile":4,`, 1))
			return outs
		}, ErrBadTile, "tile 4 is not between 0 and 3"},
		{"huge image", func() []fs.FS {
			return []fs.FS{fstest.MapFS{MetaFile: {Data: []byte(`{"tile":0,"tiles":1,"width":100000,"height":1,"y0row":0,"rows":1,"iterations":1,"region":[0,0,1,1]}`)}}}
		}, ErrInvalidParams, "image size 100000×1 is not between"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := Assemble(tt.outs())
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("Assemble = %v, %v; want %v containing %q", img != nil, err, tt.want, tt.wantMsg)
			}
			t.Log(err)
		})
	}
}

func TestParamsValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Params)
		ok     bool
	}{
		{"default", func(*Params) {}, true},
		{"one pixel", func(p *Params) { p.Width, p.Height = 1, 1 }, true},
		{"zero width", func(p *Params) { p.Width = 0 }, false},
		{"too high", func(p *Params) { p.Height = MaxSide + 1 }, false},
		{"more tiles than rows", func(p *Params) { p.Height, p.Tiles = 3, 4 }, false},
		{"no tiles", func(p *Params) { p.Tiles = 0 }, false},
		{"no iterations", func(p *Params) { p.Iterations = 0 }, false},
		{"empty region", func(p *Params) { p.X1 = p.X0 }, false},
		{"reversed region", func(p *Params) { p.Y0, p.Y1 = p.Y1, p.Y0 }, false},
		{"NaN", func(p *Params) { p.X0 = math.NaN() }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := DefaultParams()
			tt.change(&p)
			err := p.Validate()
			if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalidParams) {
				t.Errorf("Validate(%+v) = %v, want ok=%v", p, err, tt.ok)
			}
		})
	}
}

// FuzzReadMeta: whatever a worker left in /out, reading it neither panics
// nor accepts a tile whose PNG disagrees with its tile.json.
func FuzzReadMeta(f *testing.F) {
	p := small(4)
	dir := f.TempDir()
	if _, err := Write(dir, p, 1); err != nil {
		f.Fatal(err)
	}
	meta, _ := os.ReadFile(filepath.Join(dir, MetaFile))
	img, _ := os.ReadFile(filepath.Join(dir, PNGFile(1)))
	f.Add(meta, img)
	f.Add([]byte(`{"tile":0,"tiles":1,"width":1,"height":1,"y0row":0,"rows":1,"iterations":1,"region":[0,0,1,1]}`), img)
	f.Add([]byte(`{}`), []byte{})
	f.Fuzz(func(t *testing.T, meta, img []byte) {
		out := fstest.MapFS{MetaFile: {Data: meta}}
		for i := range 4 {
			out[PNGFile(i)] = &fstest.MapFile{Data: img}
		}
		m, err := ReadMeta(out)
		if err != nil {
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("ReadMeta accepted an invalid tile.json: %v", err)
		}
		if m.Width*m.Height > 1<<20 {
			return // a valid but large image: decoding it only costs memory
		}
		band, err := Assemble([]fs.FS{out})
		if err == nil && m.Tiles == 1 && (band.Bounds().Dx() != m.Width || band.Bounds().Dy() != m.Height) {
			t.Fatalf("assembled %v for %+v", band.Bounds(), m)
		}
	})
}
