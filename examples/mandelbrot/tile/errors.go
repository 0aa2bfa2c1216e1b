package tile

import "errors"

// Sentinel errors of the tile package.
var (
	// ErrInvalidParams: an image size, tile count, tile index, iteration
	// count or region is out of range.
	ErrInvalidParams = errors.New("invalid mandelbrot parameters")
	// ErrBadTile: an output's tile.json or PNG is missing, malformed, or
	// disagrees with itself (a PNG whose size is not the one tile.json
	// gives, a band that is not the one its index implies).
	ErrBadTile = errors.New("bad tile")
	// ErrInconsistent: tiles given to Assemble belong to different images
	// (another size, tile count, region or iteration count).
	ErrInconsistent = errors.New("tiles of different images")
	// ErrDuplicateTile: Assemble got the same tile twice.
	ErrDuplicateTile = errors.New("duplicate tile")
	// ErrMissingTile: Assemble did not get every tile of the image.
	ErrMissingTile = errors.New("missing tile")
)
