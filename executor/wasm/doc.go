// Package wasm is the WebAssembly sandbox: it runs WASI preview 1 command
// modules with wazero, following the execution contract of PROTOCOL.md §10.
//
// # Isolation
//
// The app sees /in (read-only) and /out (read-write) and nothing else of the
// host: no other file, no network (preview 1 has none), no host clock and no
// host randomness. Its clock and random source are wazero's fixed defaults
// (a clock starting at 2022-01-01 that advances 1 ms per reading, random
// bytes from a PRNG seeded with 42), so a given app on given inputs produces
// bit-for-bit the same output on every worker — what replicated consensus
// needs. It also means an app must never use crypto/rand for secrets.
//
// wazero's directory mounts follow symbolic links on the host, and let a
// guest create links with relative targets ("../../etc/passwd"), so a guest
// could otherwise read or write any file of the worker through /out. The
// sandbox therefore refuses to create links (the guest gets EPERM), refuses
// to start when /in contains a link, and requires /out to start empty.
//
// # The sandbox process
//
// Each Run re-executes the current binary (os.Executable) as a child process
// marked by the environment variable ERGON_WASM_CHILD=1; main (and TestMain)
// must call RunChildIfRequested first thing so that the child does its job
// and exits. Time limits are enforced by killing the child's process group:
// wazero's own interruption (WithCloseOnContextDone) makes guests 7–9× slower.
//
// The parent writes the job as JSON on the child's stdin. The child answers
// on file descriptor 3 with JSON lines: "started" once the module is compiled
// and instantiated (the time limit starts counting then; until then the
// compile timeout applies), then "done" with the classified outcome, or
// "error" for a problem of the sandbox itself. The guest's stdout and stderr
// are the child's, which the parent keeps the tail of. A child that exits
// without "done" and that the parent did not kill is an executor error, not
// an app failure: nothing is known about the app.
//
// Compiled code is cached on disk (Config.CacheDir), so only the first run of
// a module pays for compilation (about 1 s for a Go module, against 30–60 ms
// to load it from the cache).
//
// # Failure classification
//
//   - proc_exit(0), or _start returning: None.
//   - The module's sha256 differs from the job's checksum: BadApp, and the
//     module is never compiled (checked by the parent, and again by the
//     child on the bytes it compiles). Invalid modules, missing imports and
//     modules without _start are BadApp too.
//   - A memory declared larger than the limit (rejected at compilation), or a
//     failed execution whose stderr says it ran out of memory (Go: "fatal
//     error: out of memory", Rust: "memory allocation of N bytes failed"):
//     OutOfMemory. memory.grow failing is invisible to the host, so stderr
//     is the only witness; it is deterministic like the rest of the run.
//   - A trap (unreachable, out-of-bounds access, stack exhaustion…), or
//     exit status 2 after a Go "panic: " or "fatal error: " line: Crash.
//   - Any other non-zero exit status: NonZeroExit.
//   - Still running when the time limit passed: Timeout (exit code -1).
package wasm
