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
// # Sandbox processes
//
// Jobs run in sandbox processes: the current binary (os.Executable)
// re-executed, marked by the environment variable ERGON_WASM_CHILD=1; main
// (and TestMain) must call RunChildIfRequested first thing so that the
// process does its job and exits. Time limits are enforced by killing the
// process's group: wazero's own interruption (WithCloseOnContextDone) makes
// guests 7–9× slower.
//
// Starting a process costs far more than a small job (about 70 ms of CPU to
// start the worker binary, plus loading the module from the disk cache), so
// the Executor keeps a pool of them, each running jobs one at a time. A Run
// takes an idle process; when there is none, it takes the first of: a
// process another Run gives back, or a new one started for it (after a
// grace as long as a new process was measured to take to be of use,
// 20 ms to 1 s, in which warm processes usually free up in a burst of small
// jobs; at most GOMAXPROCS start at once, as starting is CPU-bound). It
// never waits for a job to end. A process is given back when its job has
// ended normally; one that was killed (time limit, cancellation), that
// failed, or that has run Config.MaxJobsPerChild jobs is not reused. At
// most Config.MaxIdle wait idle, and when none is left a spare is started
// in the background. Close kills them all. MaxJobsPerChild 1 gives every
// job a process of its own.
//
// Reuse keeps jobs apart: each job gets a fresh instance of the module, with
// its own memory (zero-filled), globals, file system (its own /in and
// /out), arguments, environment, clock and random source; the instance is
// closed, its files and memory released, before the job is reported done.
// What a process keeps from job to job is compiled code (below) and a
// zeroed memory region. A guest that broke out of wazero into its process
// could tamper with the jobs that process runs later, which a process per
// job would not allow; it could equally read the worker's files, so the
// sandbox boundary that matters is wazero's either way.
//
// The parent writes each job as a JSON line on the process's stdin. The
// process answers on file descriptor 3 with frames, each naming its job:
// events ("ready" when the process has started; then per job "accepted"
// once it has read the job, "started" once the module is compiled and
// instantiated — the time limit starts counting then, until then the
// compile timeout applies — and "done" with the classified outcome, or
// "error" for a problem of the sandbox itself), and the guest's stdout and
// stderr, of which the parent keeps the tail. Output and events share the
// pipe, so everything a job wrote has been read when its "done" arrives.
// The process's own stdout and stderr carry only its runtime's messages. A
// process that ends without "done" and that the parent did not kill is an
// executor error, not an app failure: nothing is known about the app —
// unless it ended before accepting the job, which then goes to a new
// process (once).
//
// Compiled code is cached on disk (Config.CacheDir), so only the first run of
// a module pays for compilation (about 1 s for a Go module, against 30–60 ms
// to load it from the cache), and in each process's memory, per module and
// memory limit (wazero's limit is a runtime setting: a process has a runtime
// per limit, sharing the compiled code), so that a warm job only
// instantiates the module.
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
