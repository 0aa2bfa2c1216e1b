// Package worker is Ergon's worker agent: it logs in to a workerpool's scheduler, pulls
// tasks, runs each app in a sandbox (executor), commits to the result, reveals it when it
// wins consensus and uploads it to the result store (PROTOCOL.md §6, §7, §10). `ergon
// worker` wraps it.
//
// # Life of a task
//
// The scheduler's Work reply hands an Assignment. The worker reads the app from the
// AppRegistry (name, kind, location ergon://<sha256>, checksum; cached per app address),
// downloads the app file from the store into a cache keyed by checksum, downloads the
// input files named by the request's params into in/, and runs the executor of the app's
// kind with out/ as /out. The digest of /out follows executor.Digest (or
// executor.WriteFailure for a failed execution; see "Results" below). The worker then
// makes sure its hub account can pay the stake, and sends its contribution signed with its
// key (EIP-712 Contribution): for a trust-1 ("one step") assignment with the digest, the
// callback data and the pointer to the uploaded archive of /out (executor.Archive), else
// only the commitment (resultHash, resultSeal). When a later Work reply lists the task in
// Reveals, it uploads the archive and sends the signed reveal. When a reply lists it in
// Done, or the scheduler answers ErrGone, or a heartbeat reply cancels it, the worker
// deletes what it kept of it.
//
// Each task lives in WorkDir/tasks/<taskid>/ (in/, out/, state.json). state.json is
// rewritten atomically at each step (the assignment, the phase, the digest, the callback
// data, the results pointer), so that a restarted worker neither runs an app again whose
// result it already has — the scheduler hands a worker its open assignments again after
// it logs in — nor forgets a contribution it must still reveal.
//
// # Results
//
// Everything that enters a digest must be the same on every honest worker, so the
// conventions below are fixed:
//
//   - A failed execution (non-zero exit, crash, timeout, out of memory, an app that
//     cannot be run, output that breaks the execution contract) is a result like any
//     other: executor.WriteFailure records it in /out/error.json and the digest is the
//     sha256 of that file.
//   - An app whose file is not what the AppRegistry registered — its location's content
//     address differs from its checksum, so the bytes the store serves cannot match it —
//     is never run: it is a BadApp failure (exit code -1, as the executors report it),
//     which every honest worker observes alike.
//   - A deal with a callback can only be finalized when the digest is keccak256 of the
//     callback data (the hub checks it). When the app wrote callback-data, Digest already
//     gives that. Otherwise the worker chooses the callback data — the bytes of
//     /out/error.json for a failed execution, the 32 bytes of the ordinary digest of /out
//     for a successful one (so that consensus is still on the app's output, not on an
//     empty string anyone could guess) — and writes them as callback-data into
//     /out/computed.json, keeping its deterministic-output-path. The digest is then
//     keccak256 of the callback data, and anyone who downloads the archive finds it again
//     with the ordinary rule (executor.VerifyResult): no special case downstream.
//
// # What the worker gives back instead of contributing
//
// Some problems are this worker's, not the task's, and contributing a failure for them
// could put its stake on a result other workers do not share. The worker then reports
// "failed" to the scheduler, which hands the replica to another worker, and drops the
// task: a download that fails (store down, corrupt bytes), an executor error (as opposed
// to an app failure), an app kind it has no executor for, a location it cannot fetch
// (not ergon://), a stake it cannot pay, a contribution deadline that passed, and
// request params it cannot parse. The last one is deliberate: params are the same for
// every worker, but a worker of an older version may refuse a field a newer version
// understands, so refusing them is this worker's limitation, not a property of the task;
// the scheduler, which parses the same params, is where a task with bad params should
// fail for everyone.
//
// # Staying connected
//
// The worker logs in with a signed challenge, heartbeats every Session.HeartbeatMS with
// the tasks it runs, and pulls work with a long-poll. Any call answered 401 makes it log
// in again; a scheduler that is down or failing is retried with exponential backoff
// (Config.RetryMin to RetryMax), so the worker survives a restart of the scheduler. Every
// wait is bounded by a context: the worker's, a task's (which ends at the task's
// contribution deadline), or a per-call timeout.
package worker
