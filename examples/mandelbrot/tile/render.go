// Package tile renders and assembles the tiles of the Mandelbrot example
// app (examples/mandelbrot).
//
// An image is split into horizontal bands, one per task of a bag: tile i of
// n covers rows [i*H/n, (i+1)*H/n). Each task renders its band with Write,
// which leaves in the task's /out a PNG (the deterministic output the
// workers agree on), a tile.json saying where the band goes, and the
// computed.json of the execution contract. Whoever holds every task's /out
// stitches them back with Assemble.
//
// Rendering is bit-for-bit deterministic: the same parameters give the same
// PNG bytes on every worker and on every architecture, native or
// WebAssembly. The arithmetic uses only +, −, × and ÷ on float64 (correctly
// rounded everywhere), and every product that feeds a sum is rounded
// explicitly: Go may otherwise fuse a*b+c into one FMA instruction on arm64,
// ppc64, s390x and riscv64, which rounds once instead of twice and changes
// the escape iteration of points near the boundary.
package tile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

// MaxSide is the largest width or height accepted, and MaxIterations the
// largest iteration count: an assembled image of MaxSide² pixels takes 1 GiB.
const (
	MaxSide       = 1 << 14
	MaxIterations = 1 << 20
)

// Params describes the whole image a bag of tasks renders.
type Params struct {
	// Width and Height are the image's size in pixels.
	Width, Height int
	// Tiles is the number of horizontal bands the image is split into, one
	// per task; at most Height.
	Tiles int
	// Iterations bounds the iteration of z ← z² + c; points that have not
	// escaped by then are drawn black.
	Iterations int
	// X0, Y0 is the bottom-left corner of the region of the complex plane
	// shown, X1, Y1 its top-right corner. Row 0 is at the top (Y1).
	X0, Y0, X1, Y1 float64
}

// DefaultParams is the classic view of the whole set, 1024×1024 pixels,
// 256 iterations, in one tile.
func DefaultParams() Params {
	return Params{
		Width: 1024, Height: 1024, Tiles: 1, Iterations: 256,
		X0: -2.25, Y0: -1.5, X1: 0.75, Y1: 1.5,
	}
}

// Validate reports, wrapping ErrInvalidParams, what is out of range in p.
func (p Params) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidParams, fmt.Sprintf(format, a...))
	}
	finite := func(fs ...float64) bool {
		for _, f := range fs {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return false
			}
		}
		return true
	}
	switch {
	case p.Width < 1 || p.Width > MaxSide || p.Height < 1 || p.Height > MaxSide:
		return bad("image size %d×%d is not between 1×1 and %d×%d", p.Width, p.Height, MaxSide, MaxSide)
	case p.Tiles < 1:
		return bad("%d tiles: need at least one", p.Tiles)
	case p.Tiles > p.Height:
		return bad("%d tiles for an image of %d rows: every tile needs at least one row", p.Tiles, p.Height)
	case p.Iterations < 1 || p.Iterations > MaxIterations:
		return bad("%d iterations is not between 1 and %d", p.Iterations, MaxIterations)
	case !finite(p.X0, p.Y0, p.X1, p.Y1):
		return bad("region (%g, %g)–(%g, %g) is not finite", p.X0, p.Y0, p.X1, p.Y1)
	case !(p.X0 < p.X1) || !(p.Y0 < p.Y1):
		return bad("region (%g, %g)–(%g, %g) is empty: want x0 < x1 and y0 < y1", p.X0, p.Y0, p.X1, p.Y1)
	}
	return nil
}

// Band returns the rows of tile i: [y0, y0+rows).
func (p Params) Band(i int) (y0, rows int) {
	y0 = i * p.Height / p.Tiles
	return y0, (i+1)*p.Height/p.Tiles - y0
}

// Meta is the content of tile.json: which tile of which image a PNG holds.
type Meta struct {
	Tile   int `json:"tile"`
	Tiles  int `json:"tiles"`
	Width  int `json:"width"`
	Height int `json:"height"`
	// Y0Row is the image row of the PNG's first row; Rows its height.
	Y0Row int `json:"y0row"`
	Rows  int `json:"rows"`
	// Iterations and Region (x0, y0, x1, y1) let Assemble refuse to mix
	// tiles of different renders.
	Iterations int        `json:"iterations"`
	Region     [4]float64 `json:"region"`
}

// Meta returns the metadata of tile i of p.
func (p Params) Meta(i int) Meta {
	y0, rows := p.Band(i)
	return Meta{
		Tile: i, Tiles: p.Tiles, Width: p.Width, Height: p.Height, Y0Row: y0, Rows: rows,
		Iterations: p.Iterations, Region: [4]float64{p.X0, p.Y0, p.X1, p.Y1},
	}
}

// Params returns the parameters of the image m is a tile of.
func (m Meta) Params() Params {
	return Params{
		Width: m.Width, Height: m.Height, Tiles: m.Tiles, Iterations: m.Iterations,
		X0: m.Region[0], Y0: m.Region[1], X1: m.Region[2], Y1: m.Region[3],
	}
}

// Validate reports, wrapping ErrBadTile, what is wrong with m: parameters
// out of range, an index outside 0…Tiles−1, a band that is not the one the
// index implies.
func (m Meta) Validate() error {
	p := m.Params()
	if err := p.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadTile, err)
	}
	if m.Tile < 0 || m.Tile >= m.Tiles {
		return fmt.Errorf("%w: tile %d is not between 0 and %d", ErrBadTile, m.Tile, m.Tiles-1)
	}
	if y0, rows := p.Band(m.Tile); m.Y0Row != y0 || m.Rows != rows {
		return fmt.Errorf("%w: tile %d of %d covers rows %d…%d of %d, not %d…%d as its %s says",
			ErrBadTile, m.Tile, m.Tiles, y0, y0+rows-1, m.Height, m.Y0Row, m.Y0Row+m.Rows-1, MetaFile)
	}
	return nil
}

// File names inside /out.
const (
	// MetaFile holds a tile's Meta.
	MetaFile = "tile.json"
	// ComputedFile is the execution contract's computed.json.
	ComputedFile = "computed.json"
)

// PNGFile is the name of tile i's image inside /out.
func PNGFile(i int) string { return "tile-" + strconv.Itoa(i) + ".png" }

// palette colours points by their escape iteration, cycling every 16
// iterations (the Ultra Fractal gradient's key colours).
var palette = [16]color.RGBA{
	{66, 30, 15, 255}, {25, 7, 26, 255}, {9, 1, 47, 255}, {4, 4, 73, 255},
	{0, 7, 100, 255}, {12, 44, 138, 255}, {24, 82, 177, 255}, {57, 125, 209, 255},
	{134, 181, 229, 255}, {211, 236, 248, 255}, {241, 233, 191, 255}, {248, 201, 95, 255},
	{255, 170, 0, 255}, {204, 128, 0, 255}, {153, 87, 0, 255}, {106, 52, 3, 255},
}

// Render draws tile i of p: an image of p.Width × rows pixels whose bounds
// start at (0, 0), row 0 being image row y0 (see Band).
func Render(p Params, i int) (*image.RGBA, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if i < 0 || i >= p.Tiles {
		return nil, fmt.Errorf("%w: tile %d is not between 0 and %d", ErrInvalidParams, i, p.Tiles-1)
	}
	y0, rows := p.Band(i)
	img := image.NewRGBA(image.Rect(0, 0, p.Width, rows))
	dx := (p.X1 - p.X0) / float64(p.Width)
	dy := (p.Y1 - p.Y0) / float64(p.Height)
	for r := range rows {
		// Pixel centres; float64(…) rounds the product before the sum.
		ci := p.Y1 - float64((float64(y0+r)+0.5)*dy)
		for x := range p.Width {
			cr := p.X0 + float64((float64(x)+0.5)*dx)
			c := color.RGBA{0, 0, 0, 255}
			if k := escape(cr, ci, p.Iterations); k < p.Iterations {
				c = palette[k%len(palette)]
			}
			img.SetRGBA(x, r, c)
		}
	}
	return img, nil
}

// escape returns the first iteration at which z ← z² + c leaves the disc of
// radius 2, or limit if it has not by then.
func escape(cr, ci float64, limit int) int {
	var zr, zi float64
	for k := range limit {
		zr2, zi2 := float64(zr*zr), float64(zi*zi)
		if zr2+zi2 > 4 {
			return k
		}
		zi = float64(2*zr*zi) + ci
		zr = zr2 - zi2 + cr
	}
	return limit
}

// Write renders tile i of p into dir (the app's /out): PNGFile(i),
// MetaFile, and a computed.json naming the PNG as the deterministic output.
// It returns the tile's metadata.
func Write(dir string, p Params, i int) (Meta, error) {
	img, err := Render(p, i)
	if err != nil {
		return Meta{}, err
	}
	var buf bytes.Buffer
	// Fixed settings: the PNG's bytes, not just its pixels, are hashed.
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return Meta{}, fmt.Errorf("encode tile %d: %w", i, err)
	}
	m := p.Meta(i)
	meta, err := json.Marshal(m)
	if err != nil {
		return Meta{}, err
	}
	computed, err := json.Marshal(map[string]string{"deterministic-output-path": "/out/" + PNGFile(i)})
	if err != nil {
		return Meta{}, err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{
		{PNGFile(i), buf.Bytes()},
		{MetaFile, append(meta, '\n')},
		{ComputedFile, append(computed, '\n')},
	} {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return Meta{}, err
		}
	}
	return m, nil
}
