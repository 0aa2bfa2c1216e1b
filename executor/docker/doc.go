// Package docker is the Docker sandbox: it runs apps shipped as Docker
// images, one container per execution, through the Docker Engine API,
// following the execution contract of PROTOCOL.md §10. It is for legacy apps
// that cannot be built to WebAssembly (executor/wasm); both implement
// executor.Executor, so the worker does not care which one runs a task.
//
// # The app
//
// An app is an image tarball: the output of `docker save` (a tar, optionally
// gzip-compressed, with a manifest.json naming exactly one image), and the
// app's checksum is the sha256 of that file. examples/docker builds one from
// a static binary without any registry.
//
// The first Run of an app checks the file's sha256 (a mismatch is a BadApp
// result and nothing is loaded), loads it into the daemon and tags the image
// ImageRepository:<sha256 hex>. Later runs, also after a restart of the
// worker, find the image by that tag and neither read nor hash the file
// again: the tag is only ever set after the checksum was verified, and a
// tarball that would set such a tag itself is refused. Tags the tarball
// carries for other repositories are applied by the daemon as usual.
//
// # What the app sees
//
// The container runs the image's ENTRYPOINT (its CMD when it has no
// ENTRYPOINT) followed by the job's Args; the image's CMD is never used as
// default arguments, so the app's arguments are exactly the requester's. The
// image's own environment (ENV, part of the app and the same on every
// worker) is kept, overridden by job.Environ(); the variables Docker would
// add on its own (HOSTNAME, and PATH when the image has none) are removed.
// HOME, which the container runtime always sets, is / unless the image or
// the job sets it. So an app built FROM scratch sees job.Environ() and
// HOME=/, nothing else. The working directory is the image's WORKDIR, / by
// default.
// Unlike WebAssembly, argv[0] is the entrypoint's path, not the app's
// registered name, and the clock and random sources are the host's.
//
// Mounts: /in (the job's InDir, read-only), /out (OutDir, read-write) and a
// small tmpfs on /tmp (Config.TmpfsSize). Docker adds its own /etc/hosts,
// /etc/hostname and /etc/resolv.conf; the host name is always "ergon".
// Volumes the image declares get anonymous volumes, removed with the
// container.
//
// # Isolation
//
// No network (network mode none: only lo), a read-only root file system,
// every capability dropped, no-new-privileges, the daemon's default seccomp
// profile, a non-root user (Config.User, 65534:65534 by default, whatever
// USER the image names), limits on memory (with no swap), CPU and processes,
// no core dumps, output only through the attached stdout and stderr (the
// container has no log, so a chatty app cannot fill the daemon's disk), and
// the app under the daemon's init process (Config.Init) so that it is not
// PID 1.
//
// The executor must run on the daemon's host: the job's directories are
// bind-mounted by path. When it runs as root, it hands InDir and OutDir to
// the container's user for the run (so a 0700 input directory is readable
// and OutDir writable) and afterwards gives InDir back to its owners and
// everything under OutDir to OutDir's owner, with owner read/write access,
// so the worker can read and delete what the app wrote. When it does not run
// as root, Config.User must be its own uid:gid and nothing is changed.
//
// # Failure classification
//
//   - Exit status 0: None.
//   - The tarball's sha256 differs from the job's checksum, it is not an
//     image tarball, holds more than one image, is for another platform, or
//     its command cannot be started (no such file, not executable): BadApp
//     (exit code -1). A tarball that passes these checks but that the
//     daemon fails to load (a corrupt layer) is an error, ErrDaemon: the
//     executor cannot tell it from a problem of the daemon.
//   - The kernel's OOM killer stopped the app (the container's OOMKilled),
//     or it failed with an "out of memory" line on stderr: OutOfMemory.
//   - Still running when the time limit passed: Timeout (exit code -1); the
//     container is killed.
//   - Ended by a signal (exit status 128+n, 129–159, e.g. 139 for SIGSEGV,
//     134 for SIGABRT), or exit status 2 after a Go "panic: " or
//     "fatal error: " line on stderr: Crash.
//   - Any other non-zero exit status: NonZeroExit.
//
// Whatever happens, including a cancelled context, the container is removed
// before Run returns.
package docker
