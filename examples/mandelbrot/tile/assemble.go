package tile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"io/fs"
	"strconv"
	"strings"
)

// maxMetaSize bounds tile.json, which comes from an untrusted worker.
const maxMetaSize = 64 << 10

// String describes the image p renders, for error messages.
func (p Params) String() string {
	return fmt.Sprintf("%d×%d in %d tiles, %d iterations, region (%g, %g)–(%g, %g)",
		p.Width, p.Height, p.Tiles, p.Iterations, p.X0, p.Y0, p.X1, p.Y1)
}

// ReadMeta reads and checks the tile.json of out, one task's /out, and
// checks that the PNG it names is there with the size it gives. Errors wrap
// ErrBadTile.
func ReadMeta(out fs.FS) (Meta, error) {
	f, err := out.Open(MetaFile)
	if err != nil {
		return Meta{}, fmt.Errorf("%w: %v", ErrBadTile, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxMetaSize+1))
	if err != nil {
		return Meta{}, fmt.Errorf("%w: read %s: %v", ErrBadTile, MetaFile, err)
	}
	if len(data) > maxMetaSize {
		return Meta{}, fmt.Errorf("%w: %s is larger than %d bytes", ErrBadTile, MetaFile, maxMetaSize)
	}
	var m Meta
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Meta{}, fmt.Errorf("%w: %s: %v", ErrBadTile, MetaFile, err)
	}
	if dec.More() {
		return Meta{}, fmt.Errorf("%w: %s: data after the JSON object", ErrBadTile, MetaFile)
	}
	if err := m.Validate(); err != nil {
		return Meta{}, err
	}
	// Check the PNG's header now, before anyone allocates an image of the
	// size it claims.
	p, err := out.Open(PNGFile(m.Tile))
	if err != nil {
		return Meta{}, fmt.Errorf("%w: tile %d: %v", ErrBadTile, m.Tile, err)
	}
	defer p.Close()
	cfg, err := png.DecodeConfig(p)
	if err != nil {
		return Meta{}, fmt.Errorf("%w: %s: %v", ErrBadTile, PNGFile(m.Tile), err)
	}
	if cfg.Width != m.Width || cfg.Height != m.Rows {
		return Meta{}, fmt.Errorf("%w: %s is %d×%d pixels, but %s says tile %d is %d×%d",
			ErrBadTile, PNGFile(m.Tile), cfg.Width, cfg.Height, MetaFile, m.Tile, m.Width, m.Rows)
	}
	return m, nil
}

// Assemble stitches the tiles of one image back together. Each element of
// outs is the /out of one task — os.DirFS of the directory its result was
// extracted to, or an archive opened as an fs.FS — in any order.
//
// It refuses, with errors wrapping the package's sentinels: an output
// without a well-formed tile.json and PNG of the size it states
// (ErrBadTile), tiles of different images (ErrInconsistent), the same tile
// twice (ErrDuplicateTile), and an incomplete set (ErrMissingTile). Outputs
// are numbered from 0 in the messages, in the order of outs.
func Assemble(outs []fs.FS) (*image.RGBA, error) {
	if len(outs) == 0 {
		return nil, fmt.Errorf("%w: no tiles to assemble", ErrMissingTile)
	}
	metas := make([]Meta, len(outs))
	for i, out := range outs {
		m, err := ReadMeta(out)
		if err != nil {
			return nil, fmt.Errorf("output %d: %w", i, err)
		}
		metas[i] = m
	}
	want := metas[0].Params()
	from := make([]int, want.Tiles) // output holding each tile, or -1
	for i := range from {
		from[i] = -1
	}
	for i, m := range metas {
		if p := m.Params(); p != want {
			return nil, fmt.Errorf("%w: output %d is tile %d of %s, but output 0 is tile %d of %s",
				ErrInconsistent, i, m.Tile, p, metas[0].Tile, want)
		}
		if j := from[m.Tile]; j >= 0 {
			return nil, fmt.Errorf("%w: tile %d of %d is in outputs %d and %d",
				ErrDuplicateTile, m.Tile, want.Tiles, j, i)
		}
		from[m.Tile] = i
	}
	var missing []string
	for t, i := range from {
		if i < 0 {
			missing = append(missing, strconv.Itoa(t))
		}
	}
	if len(missing) > 0 {
		const show = 10
		list := strings.Join(missing[:min(show, len(missing))], ", ")
		if len(missing) > show {
			list += ", …"
		}
		return nil, fmt.Errorf("%w: %d of the %d tiles of %s are missing: %s",
			ErrMissingTile, len(missing), want.Tiles, want, list)
	}

	img := image.NewRGBA(image.Rect(0, 0, want.Width, want.Height))
	for i, m := range metas {
		band, err := decode(outs[i], m)
		if err != nil {
			return nil, fmt.Errorf("output %d: %w", i, err)
		}
		r := image.Rect(0, m.Y0Row, m.Width, m.Y0Row+m.Rows)
		draw.Draw(img, r, band, band.Bounds().Min, draw.Src)
	}
	return img, nil
}

// decode reads the PNG of the tile m describes. The file is read whole and
// its size checked again before decoding: it may have changed since
// ReadMeta.
func decode(out fs.FS, m Meta) (image.Image, error) {
	name := PNGFile(m.Tile)
	f, err := out.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w: tile %d: %v", ErrBadTile, m.Tile, err)
	}
	defer f.Close()
	// Far more than any encoder needs for 4 bytes a pixel.
	limit := int64(2*(4*m.Width+1)*m.Rows + 1<<20)
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = fmt.Errorf("larger than the %d bytes a %d×%d image may take", limit, m.Width, m.Rows)
	}
	var cfg image.Config
	if err == nil {
		cfg, err = png.DecodeConfig(bytes.NewReader(data))
	}
	if err == nil && (cfg.Width != m.Width || cfg.Height != m.Rows) {
		err = fmt.Errorf("now %d×%d pixels, not %d×%d", cfg.Width, cfg.Height, m.Width, m.Rows)
	}
	var img image.Image
	if err == nil {
		img, err = png.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadTile, name, err)
	}
	return img, nil
}
