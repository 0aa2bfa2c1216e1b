//go:build race

package wasmloop

const raceEnabled = true
