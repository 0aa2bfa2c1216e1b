package speed

import "errors"

// ErrMismatch is returned when a WASM run's result differs from the native
// one: the two did not do the same work, and their times cannot be compared.
var ErrMismatch = errors.New("cpubench: WASM and native results differ")
