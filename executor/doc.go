// Package executor defines what every sandbox that runs an app for a task
// implements (Executor, Job, Result), and the part of the execution contract
// (PROTOCOL.md §10) that does not depend on the sandbox: the environment an
// app sees and the digest of what it wrote to /out.
//
// The sandboxes live in sub-packages: executor/wasm (wazero) today, a Docker
// one later. The worker depends on the Executor interface only.
//
// # Failures are results
//
// An app that exits non-zero, crashes, runs out of memory or out of time has
// still been executed: every honest worker observes the same failure, so the
// failure itself is the task's result and is contributed like any other.
// Run reports it as a Result with Failure set and a nil error; the error
// return is kept for problems of the executor itself (the module file cannot
// be read, the sandbox process cannot start, the context was cancelled), on
// which the worker should not contribute anything.
//
// # A module that does not match its checksum
//
// is a BadApp result, not an error, and is never run. Apps are fetched by
// content address (ergon://<sha256>) from stores that verify what they serve,
// so a mismatch reaching the executor is what the app's registered location
// really holds: every honest worker sees the same mismatch and agrees on the
// failure, and the requester learns that the app is broken instead of the
// task timing out. A worker that fetched the module from a source it did
// not verify must check it (and fetch again) before calling Run.
//
// For a failed execution the worker calls WriteFailure: it writes a
// canonical /out/error.json ({"failure":"timeout","exit_code":-1}) and a
// computed.json pointing the deterministic output at it, then returns the
// ordinary Digest of /out. Partial output a failed app left in /out is kept
// for whoever debugs it but does not enter the digest, because it need not be
// the same on every worker (a timeout cuts an app at a machine-dependent
// point). Anyone verifying the archive with the ordinary digest rule gets the
// same digest, so no special case exists downstream.
package executor
