// Command mandelbrot is an Ergon example app: each task of a bag renders one
// horizontal band (tile) of a Mandelbrot image, and the tiles of all the
// tasks assemble into the whole image (package tile).
//
// Usage:
//
//	mandelbrot [--width W] [--height H] [--tiles N] [--tile I | --first F]
//	           [--x0 X0 --y0 Y0 --x1 X1 --y1 Y1] [--iterations K] [--out DIR]
//
// N defaults to ERGON_BOT_SIZE, I to ERGON_TASK_INDEX − F (F defaults to 0:
// pass the deal's first task index when the deal does not start at 0). It
// writes DIR/tile-I.png, DIR/tile.json and DIR/computed.json; DIR defaults
// to /out, the execution contract's output directory.
//
// It builds for wasip1 (`make examples`) and natively, and renders the same
// bytes in both.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"ergon/examples/mandelbrot/tile"
)

func main() {
	err := run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "mandelbrot:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	p := tile.DefaultParams()
	flags := flag.NewFlagSet("mandelbrot", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.IntVar(&p.Width, "width", p.Width, "image width in pixels")
	flags.IntVar(&p.Height, "height", p.Height, "image height in pixels")
	tiles := flags.Int("tiles", 0, "number of tiles (default $ERGON_BOT_SIZE, or 1)")
	index := flags.Int("tile", 0, "index of the tile to render, 0-based (default $ERGON_TASK_INDEX − --first)")
	first := flags.Int("first", 0, "task index of the deal's first task (tile = $ERGON_TASK_INDEX − first)")
	flags.Float64Var(&p.X0, "x0", p.X0, "real part of the region's left edge")
	flags.Float64Var(&p.Y0, "y0", p.Y0, "imaginary part of the region's bottom edge")
	flags.Float64Var(&p.X1, "x1", p.X1, "real part of the region's right edge")
	flags.Float64Var(&p.Y1, "y1", p.Y1, "imaginary part of the region's top edge")
	flags.IntVar(&p.Iterations, "iterations", p.Iterations, "iterations before a point counts as inside the set")
	out := flags.String("out", "/out", "output directory")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (flags only; see --help)", errUsage, flags.Arg(0))
	}
	set := map[string]bool{}
	flags.Visit(func(f *flag.Flag) { set[f.Name] = true })

	p.Tiles = *tiles
	if !set["tiles"] {
		p.Tiles = 1
		if s := getenv("ERGON_BOT_SIZE"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("ERGON_BOT_SIZE=%q is not a number: %v", s, err)
			}
			p.Tiles = n
		}
	}
	if err := p.Validate(); err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	i := *index
	switch {
	case set["tile"] && set["first"]:
		return fmt.Errorf("%w: --tile and --first exclude each other", errUsage)
	case set["tile"]:
		if i < 0 || i >= p.Tiles {
			return fmt.Errorf("%w: --tile %d is not between 0 and %d", errUsage, i, p.Tiles-1)
		}
	default:
		var task int
		if s := getenv("ERGON_TASK_INDEX"); s != "" {
			var err error
			if task, err = strconv.Atoi(s); err != nil {
				return fmt.Errorf("ERGON_TASK_INDEX=%q is not a number: %v", s, err)
			}
		}
		i = task - *first
		if i < 0 || i >= p.Tiles {
			return fmt.Errorf("%w: task index %d − --first %d = tile %d, not between 0 and %d: pass the deal's first task index as --first, or --tile",
				errUsage, task, *first, i, p.Tiles-1)
		}
	}

	m, err := tile.Write(*out, p, i)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "tile %d of %d: rows %d…%d of %s → %s/%s\n",
		i, p.Tiles, m.Y0Row, m.Y0Row+m.Rows-1, p, *out, tile.PNGFile(i))
	return nil
}
