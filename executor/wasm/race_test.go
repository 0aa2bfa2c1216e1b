//go:build race

package wasm

// raceEnabled: the race detector makes wazero's compiler about 20× slower.
const raceEnabled = true
