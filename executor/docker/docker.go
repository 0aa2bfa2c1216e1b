package docker

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"

	"ergon/executor"
)

const (
	// ImageRepository is the repository under which loaded apps are
	// tagged, one tag per checksum: ergon-app:<sha256 hex of the tarball>.
	// `docker rmi` of such a tag makes the next run load the tarball again.
	ImageRepository = "ergon-app"

	// Label is set on every container the executor creates, to the task's
	// id: `docker ps -a --filter label=ergon.task` lists them.
	Label = "ergon.task"

	// Hostname is the app's host name, the same on every worker.
	Hostname = "ergon"
)

// minMemory is the smallest memory limit the Docker daemon accepts.
const minMemory = 6 << 20

// Bounds on requests to the daemon that are not the app's run: they are
// not cut by the job's context (see supervise), so they need their own.
const (
	requestTimeout = time.Minute
	// killWait bounds the wait for a killed container to be reported
	// stopped.
	killWait = 30 * time.Second
	// outputWait bounds the wait for the app's last output once the
	// container has stopped.
	outputWait = 5 * time.Second
)

// Config configures an Executor.
type Config struct {
	// Host is the daemon's address (unix:///run/docker.sock,
	// tcp://host:2376); empty means $DOCKER_HOST, else the platform's
	// default socket. The daemon must run on this machine: the job's
	// directories are bind-mounted by path.
	Host string
	// User is the numeric uid:gid the app runs as, whatever USER its image
	// names. It must not be root. When the worker does not run as root it
	// must be the worker's own uid:gid (see the package documentation).
	User string
	// DefaultMemoryLimit applies to jobs without a MemoryLimit, in bytes;
	// at least 6 MiB, the daemon's minimum. Swap is never allowed, and the
	// tmpfs on /tmp counts against the limit.
	DefaultMemoryLimit int64
	// DefaultTimeout applies to jobs without a Timeout.
	DefaultTimeout time.Duration
	// CPUs is how many CPUs' worth of time the app may use; fractions are
	// allowed (0.5 is half of one). At most the daemon's CPU count.
	CPUs float64
	// PidsLimit bounds the processes and threads of the app together.
	PidsLimit int64
	// TmpfsSize is the size in bytes of the tmpfs mounted on /tmp; 0 mounts
	// none, leaving /tmp as read-only as the rest of the image.
	TmpfsSize int64
	// Init runs the app under the daemon's init process (docker-init), so
	// that it is not PID 1: as PID 1, signals an app raises on itself
	// (abort(), a Go crash with GOTRACEBACK=crash) would be ignored and
	// its orphaned children never reaped.
	Init bool
	// Runtime is the OCI runtime of the app containers ("runsc" for gVisor,
	// if the daemon has it); empty means the daemon's default.
	Runtime string
	// LoadTimeout bounds checking and loading an image tarball, which is
	// not counted in the job's Timeout.
	LoadTimeout time.Duration
	// Logger receives the executor's logs; nil discards them.
	Logger *slog.Logger
}

// DefaultConfig returns a configuration running apps as nobody
// (65534:65534) on one CPU, with a 256 MiB memory limit, a 5-minute timeout
// (the XS category), 256 processes, a 64 MiB /tmp and an init process.
func DefaultConfig() Config {
	return Config{
		User:               "65534:65534",
		DefaultMemoryLimit: 256 << 20,
		DefaultTimeout:     5 * time.Minute,
		CPUs:               1,
		PidsLimit:          256,
		TmpfsSize:          64 << 20,
		Init:               true,
		LoadTimeout:        5 * time.Minute,
	}
}

// Executor runs apps shipped as Docker images, each in its own container.
// It implements executor.Executor and is safe for concurrent use.
type Executor struct {
	cfg      Config
	cli      *client.Client
	log      *slog.Logger
	uid, gid int
	// owner is whether the executor can chown the job's directories
	// (it runs as root).
	owner bool
	// os and arch are the daemon's platform ("linux", "amd64"): images
	// for another one are refused.
	os, arch string
	// loadSem serializes image loads: two jobs of a new app load it once.
	loadSem chan struct{}
}

var _ executor.Executor = (*Executor)(nil)

// New checks cfg and connects to the daemon, failing with ErrUnreachable
// when it does not answer.
func New(cfg Config) (*Executor, error) {
	uid, gid, err := parseUser(cfg.User)
	if err != nil {
		return nil, err
	}
	switch {
	case cfg.DefaultMemoryLimit < minMemory:
		return nil, fmt.Errorf("docker: default memory limit %s is less than the daemon's minimum of 6 MiB",
			executor.FormatSize(cfg.DefaultMemoryLimit))
	case cfg.DefaultTimeout <= 0:
		return nil, fmt.Errorf("docker: default timeout %s is not positive", cfg.DefaultTimeout)
	case cfg.CPUs < 0.01:
		return nil, fmt.Errorf("docker: %g CPUs is less than the 0.01 the daemon accepts", cfg.CPUs)
	case cfg.PidsLimit <= 0:
		return nil, fmt.Errorf("docker: process limit %d is not positive", cfg.PidsLimit)
	case cfg.TmpfsSize < 0:
		return nil, fmt.Errorf("docker: negative /tmp size %d", cfg.TmpfsSize)
	case cfg.LoadTimeout <= 0:
		return nil, fmt.Errorf("docker: load timeout %s is not positive", cfg.LoadTimeout)
	}
	owner := os.Geteuid() == 0
	if !owner && os.Geteuid() != uid {
		return nil, fmt.Errorf("docker: the worker runs as uid %d, not root, so it cannot hand the job's directories to uid %d: set User to \"%d:%d\"",
			os.Geteuid(), uid, os.Geteuid(), os.Getegid())
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}

	opts := []client.Opt{client.FromEnv, client.WithAPIVersionNegotiation()}
	if cfg.Host != "" {
		opts = append(opts, client.WithHost(cfg.Host))
	}
	cli, err := client.NewClientWithOpts(opts...)
	if err != nil {
		return nil, fmt.Errorf("docker: client: %w", err)
	}
	e := &Executor{
		cfg: cfg, cli: cli, log: log.With("component", "executor/docker"),
		uid: uid, gid: gid, owner: owner, loadSem: make(chan struct{}, 1),
	}
	if err := e.connect(); err != nil {
		cli.Close()
		return nil, err
	}
	return e, nil
}

// connect pings the daemon and learns its platform.
func (e *Executor) connect() error {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if _, err := e.cli.Ping(ctx); err != nil {
		return fmt.Errorf("%w at %s: is dockerd running? set DOCKER_HOST to its address (%v)",
			ErrUnreachable, e.cli.DaemonHost(), err)
	}
	info, err := e.cli.Info(ctx)
	if err != nil {
		return fmt.Errorf("%w: info: %v", ErrDaemon, err)
	}
	v, err := e.cli.ServerVersion(ctx)
	if err != nil {
		return fmt.Errorf("%w: version: %v", ErrDaemon, err)
	}
	if v.Os != "linux" {
		return fmt.Errorf("docker: the daemon at %s runs %s containers; apps are Linux images", e.cli.DaemonHost(), v.Os)
	}
	if info.NCPU > 0 && e.cfg.CPUs > float64(info.NCPU) {
		return fmt.Errorf("docker: %g CPUs asked, the daemon has %d", e.cfg.CPUs, info.NCPU)
	}
	e.os, e.arch = v.Os, v.Arch
	e.log.Debug("connected", "host", e.cli.DaemonHost(), "version", v.Version,
		"api", e.cli.ClientVersion(), "platform", e.os+"/"+e.arch)
	return nil
}

// Close releases the connection to the daemon. Runs in progress must have
// returned.
func (e *Executor) Close() error { return e.cli.Close() }

func parseUser(s string) (uid, gid int, err error) {
	u, g, ok := strings.Cut(s, ":")
	if ok {
		uid, err = strconv.Atoi(u)
		if err == nil {
			gid, err = strconv.Atoi(g)
		}
	}
	switch {
	case !ok || err != nil || uid < 0 || gid < 0:
		return 0, 0, fmt.Errorf("docker: user %q is not a numeric uid:gid such as 65534:65534", s)
	case uid == 0:
		return 0, 0, fmt.Errorf("docker: user %q is root; apps never run as root", s)
	}
	return uid, gid, nil
}

// Run runs job's image in a new container: see the package documentation
// for what the app sees and how its end is classified.
func (e *Executor) Run(ctx context.Context, job executor.Job) (res *executor.Result, err error) {
	if err := job.Validate(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("docker: run of task %s not started: %w", job.TaskID, context.Cause(ctx))
	}
	if job.App.Path == "" {
		return nil, fmt.Errorf("%w: no image tarball path", executor.ErrInvalidJob)
	}
	limit := job.MemoryLimit
	if limit == 0 {
		limit = e.cfg.DefaultMemoryLimit
	}
	if limit < minMemory {
		return nil, fmt.Errorf("%w: memory limit %s is less than the Docker daemon's minimum of 6 MiB",
			executor.ErrInvalidJob, executor.FormatSize(limit))
	}
	timeout := job.Timeout
	if timeout == 0 {
		timeout = e.cfg.DefaultTimeout
	}
	if err := executor.CheckDirs(job.InDir, job.OutDir); err != nil {
		return nil, err
	}

	img, bad, err := e.image(ctx, job.TaskID, job.App)
	if err != nil || bad != nil {
		return bad, err
	}
	argv := img.command(job.Args)
	if argv == nil {
		return &executor.Result{ExitCode: -1, Failure: executor.BadApp,
			Message: "the app's image has neither an ENTRYPOINT nor a CMD to run"}, nil
	}

	restore, err := e.handOver(job.InDir, job.OutDir)
	if err != nil {
		return nil, err
	}
	// Deferred first, so it runs after supervise's removal of the
	// container: nothing of the app is left to write into OutDir.
	defer func() {
		if rerr := restore(); rerr != nil {
			res, err = nil, rerr
		}
	}()
	return e.supervise(ctx, job, run{
		image:   img.id,
		argv:    argv,
		env:     img.environ(job.Environ()),
		workdir: img.workdir(),
		limit:   limit,
		timeout: timeout,
	})
}

// run is what supervise starts.
type run struct {
	image, workdir string
	argv, env      []string
	limit          int64
	timeout        time.Duration
}

// supervise creates and starts the container, waits for its end (killing it
// on timeout or cancellation), classifies it and removes the container.
//
// Requests that create, stop or remove the container are not cut by ctx: a
// create the daemon completes after the client gave up on it would leave a
// container nobody removes. The container has a name of ours, so it is
// removed whatever the create request returned.
func (e *Executor) supervise(ctx context.Context, job executor.Job, r run) (res *executor.Result, err error) {
	name := "ergon-" + randomHex(8)
	log := e.log.With("task", job.TaskID, "container", name)
	bg := context.WithoutCancel(ctx)
	begin := time.Now()
	defer func() {
		rctx, cancel := context.WithTimeout(bg, requestTimeout)
		defer cancel()
		rerr := e.cli.ContainerRemove(rctx, name, container.RemoveOptions{Force: true, RemoveVolumes: true})
		switch {
		case rerr == nil:
			log.Debug("container removed", "total", time.Since(begin))
		case !cerrdefs.IsNotFound(rerr):
			// The result stands; the container is the operator's.
			log.Error("container not removed: remove it with docker rm -f", "err", rerr)
		}
	}()

	cctx, cancel := context.WithTimeout(bg, requestTimeout)
	defer cancel()
	created, err := e.cli.ContainerCreate(cctx, e.containerConfig(job, r), e.hostConfig(job, r), nil, nil, name)
	if err != nil {
		return nil, fmt.Errorf("%w: create container: %v", ErrDaemon, err)
	}
	for _, w := range created.Warnings {
		log.Warn("daemon warning", "warning", w)
	}

	// Attached before the start, so no output is missed.
	streamCtx, stopStream := context.WithCancel(bg)
	defer stopStream()
	att, err := e.cli.ContainerAttach(streamCtx, created.ID, container.AttachOptions{Stream: true, Stdout: true, Stderr: true})
	if err != nil {
		return nil, fmt.Errorf("%w: attach to container: %v", ErrDaemon, err)
	}
	defer att.Close()
	stdout := executor.NewTail(executor.OutputTailSize)
	stderr := executor.NewTail(executor.OutputTailSize)
	scan := newStderrScan()
	copied := make(chan error, 1)
	go func() {
		_, err := stdcopy.StdCopy(stdout, io.MultiWriter(stderr, scan), att.Reader)
		copied <- err
	}()

	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("docker: run of task %s not started: %w", job.TaskID, context.Cause(ctx))
	}
	if err := e.cli.ContainerStart(cctx, created.ID, container.StartOptions{}); err != nil {
		if cerrdefs.IsInvalidArgument(err) {
			// The daemon's word for a command that does not exist or
			// cannot be executed: the image's fault, the same everywhere.
			return &executor.Result{ExitCode: -1, Failure: executor.BadApp,
				Message: "the app's command cannot be started: " +
					strings.TrimPrefix(executor.FirstLine(err.Error()), "Error response from daemon: ")}, nil
		}
		return nil, fmt.Errorf("%w: start container: %v", ErrDaemon, err)
	}
	started := time.Now()
	log.Debug("container started", "image", r.image, "memory", executor.FormatSize(r.limit),
		"timeout", r.timeout, "prepare", started.Sub(begin))

	waitC, waitErrC := e.cli.ContainerWait(streamCtx, created.ID, container.WaitConditionNotRunning)
	timer := time.NewTimer(r.timeout)
	defer timer.Stop()
	var (
		timedOut  bool
		cancelled error
		killedAt  time.Time
		ctxDone   = ctx.Done()
	)
	// kill reports whether the container was killed. Either way, the
	// container has killWait to be reported stopped: most likely a failed
	// kill found it stopped by itself already.
	kill := func() bool {
		kctx, cancel := context.WithTimeout(bg, requestTimeout)
		defer cancel()
		err := e.cli.ContainerKill(kctx, created.ID, "KILL")
		killedAt = time.Now()
		timer.Reset(killWait)
		if err != nil {
			log.Debug("kill", "err", err)
			return false
		}
		return true
	}
wait:
	for {
		select {
		case w := <-waitC:
			if w.Error != nil && w.Error.Message != "" {
				return nil, fmt.Errorf("%w: wait for container: %s", ErrDaemon, w.Error.Message)
			}
			break wait
		case err := <-waitErrC:
			return nil, fmt.Errorf("%w: wait for container: %v", ErrDaemon, err)
		case <-timer.C:
			if !killedAt.IsZero() {
				return nil, fmt.Errorf("%w: container still running %s after it was killed", ErrDaemon, killWait)
			}
			log.Debug("time limit reached: killing the container")
			timedOut = kill()
		case <-ctxDone:
			ctxDone = nil
			cancelled = context.Cause(ctx)
			if killedAt.IsZero() {
				kill()
			}
		}
	}
	if cancelled != nil {
		return nil, fmt.Errorf("docker: run of task %s stopped: %w", job.TaskID, cancelled)
	}

	// The stream ends with the container; a process that kept it open
	// (none should: the whole container is gone) is not waited for.
	select {
	case <-copied:
	case <-time.After(outputWait):
		log.Warn("output stream still open after the container stopped")
		att.Close()
		<-copied
	}

	ictx, cancel := context.WithTimeout(bg, requestTimeout)
	defer cancel()
	info, err := e.cli.ContainerInspect(ictx, created.ID)
	if err != nil {
		return nil, fmt.Errorf("%w: inspect container: %v", ErrDaemon, err)
	}
	st := info.State
	if st == nil {
		return nil, fmt.Errorf("%w: inspect container: no state", ErrDaemon)
	}
	res = &executor.Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	fatal, oom, initFail := scan.result()
	if !e.cfg.Init {
		initFail = "" // the app's own output, then
	}
	o := classify(end{
		exitCode:  st.ExitCode,
		oomKilled: st.OOMKilled,
		// Killed by us, not by itself just before.
		timedOut: timedOut && st.ExitCode == 128+9 && !st.OOMKilled,
		fatal:    fatal,
		oom:      oom,
		initFail: initFail,
	}, r.limit, r.timeout)
	res.Failure, res.ExitCode, res.Message = o.failure, o.exitCode, o.message
	res.Duration = runTime(st, started, killedAt)
	log.Debug("container ended", "failure", res.Failure, "exit_code", res.ExitCode,
		"oom_killed", st.OOMKilled, "run", res.Duration, "total", time.Since(begin))
	return res, nil
}

func (e *Executor) containerConfig(job executor.Job, r run) *container.Config {
	return &container.Config{
		Hostname:     Hostname,
		User:         e.cfg.User,
		AttachStdout: true,
		AttachStderr: true,
		Env:          r.env,
		// The whole command as the entrypoint, so that the daemon adds
		// nothing from the image's CMD.
		Entrypoint: r.argv,
		Image:      r.image,
		WorkingDir: r.workdir,
		Labels:     map[string]string{Label: job.TaskID},
	}
}

func (e *Executor) hostConfig(job executor.Job, r run) *container.HostConfig {
	pids := e.cfg.PidsLimit
	hc := &container.HostConfig{
		// Output goes to the attached streams only: a log would let the
		// app fill the daemon's disk.
		LogConfig:      container.LogConfig{Type: "none"},
		NetworkMode:    "none",
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		ReadonlyRootfs: true,
		IpcMode:        "private",
		Init:           &e.cfg.Init,
		Runtime:        e.cfg.Runtime,
		Mounts: []mount.Mount{
			{Type: mount.TypeBind, Source: job.InDir, Target: "/in", ReadOnly: true},
			{Type: mount.TypeBind, Source: job.OutDir, Target: "/out"},
		},
		Resources: container.Resources{
			Memory:     r.limit,
			MemorySwap: r.limit, // memory + swap: no swap
			NanoCPUs:   int64(e.cfg.CPUs * 1e9),
			PidsLimit:  &pids,
			Ulimits:    []*container.Ulimit{{Name: "core", Soft: 0, Hard: 0}},
		},
	}
	if e.cfg.TmpfsSize > 0 {
		hc.Tmpfs = map[string]string{"/tmp": "rw,nosuid,nodev,mode=1777,size=" + strconv.FormatInt(e.cfg.TmpfsSize, 10)}
	}
	return hc
}

// runTime is how long the app ran by the daemon's clock, or by ours when the
// daemon's times are missing.
func runTime(st *container.State, started, killedAt time.Time) time.Duration {
	from, err1 := time.Parse(time.RFC3339Nano, st.StartedAt)
	to, err2 := time.Parse(time.RFC3339Nano, st.FinishedAt)
	if err1 == nil && err2 == nil && !from.IsZero() && to.After(from) {
		return to.Sub(from)
	}
	if !killedAt.IsZero() {
		return killedAt.Sub(started)
	}
	return time.Since(started)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails
	return hex.EncodeToString(b)
}
