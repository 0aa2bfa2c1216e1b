// Package examples holds Ergon's sample apps, one command per directory,
// each built to WebAssembly by `make examples` (see README.md):
//
//   - hello: prints its arguments, environment and inputs; for smoke tests;
//   - mandelbrot: renders one tile of a Mandelbrot image per task; package
//     mandelbrot/tile assembles the tiles of a bag of tasks;
//   - cpubench: a deterministic CPU benchmark whose kernel (package
//     cpubench/kernel) also runs natively, to compare WASM with native code.
//
// The package itself has no code: its tests build every app for wasip1 and
// run it through the WASM executor under the execution contract.
package examples
