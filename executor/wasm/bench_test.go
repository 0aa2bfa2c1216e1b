//go:build unix

package wasm

import (
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"ergon/executor"
)

// The benchmarks run the guest's "hello" mode (read /in, write /out, print)
// with a warm compilation cache, and report, besides ns/op, the CPU time of
// the whole executor per run: this process and its sandbox processes.
// ERGON_WASM_BENCH_EXE names another executable to re-execute as the
// sandbox (e.g. a built ergon binary, which starts slower than this test).
//
//	go test -run '^$' -bench RunHello -benchtime 200x ./executor/wasm/

func BenchmarkRunHello(b *testing.B)         { benchmarkRunHello(b, false) }
func BenchmarkRunHelloParallel(b *testing.B) { benchmarkRunHello(b, true) }

func benchmarkRunHello(b *testing.B, parallel bool) {
	cfg := DefaultConfig()
	cfg.CacheDir = filepath.Join(testDir, "cache")
	cfg.Executable = os.Getenv("ERGON_WASM_BENCH_EXE")
	cfg.Logger = slog.New(slog.DiscardHandler)
	e, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	job := guestJob(b, "hello")
	job.MemoryLimit = 0 // the default, 256 MiB
	outs := b.TempDir()
	runOne := func() {
		j := job
		out, err := os.MkdirTemp(outs, "out")
		if err != nil {
			b.Error(err)
			return
		}
		j.OutDir = out
		res, err := e.Run(context.Background(), j)
		if err != nil {
			b.Error(err)
			return
		}
		if !res.OK() {
			b.Errorf("got %s: %s", res.Failure, res.Message)
		}
	}
	runOne() // fills the compilation cache
	self0, children0 := cpuTime()
	b.ResetTimer()
	if parallel {
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				runOne()
			}
		})
	} else {
		for range b.N {
			runOne()
		}
	}
	b.StopTimer()
	// Closing waits for the sandbox processes, so that their CPU time is
	// in RUSAGE_CHILDREN.
	if c, ok := any(e).(io.Closer); ok {
		c.Close()
	}
	self, children := cpuTime()
	perOp := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / float64(b.N) }
	b.ReportMetric(perOp(self-self0+children-children0), "cpu-ms/op")
	b.ReportMetric(perOp(children-children0), "sandbox-cpu-ms/op")
}

// cpuTime returns the user and system time of this process and of its
// waited-for children.
func cpuTime() (self, children time.Duration) {
	get := func(who int) time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(who, &ru); err != nil {
			panic(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return get(syscall.RUSAGE_SELF), get(syscall.RUSAGE_CHILDREN)
}

// BenchmarkRunGuest is what a warm job costs inside a sandbox process:
// instantiating the cached compiled module, running it, closing it.
func BenchmarkRunGuest(b *testing.B) {
	b.Run("checks", func(b *testing.B) { benchmarkRunGuest(b, false) })
	b.Run("guard-pages", func(b *testing.B) { benchmarkRunGuest(b, true) })
}

func benchmarkRunGuest(b *testing.B, guardPages bool) {
	job := guestJob(b, "hello")
	spec := childSpec{
		ModulePath:  job.App.Path,
		Checksum:    hex.EncodeToString(job.App.Checksum[:]),
		CacheDir:    filepath.Join(testDir, "cache"),
		MemoryPages: 256 << 20 / pageSize,
		Args:        []string{"guest", "hello"},
		Env:         job.Environ(),
		InDir:       job.InDir,
	}
	ctx := context.Background()
	sb := &sandbox{}
	if guardPages && !sb.memory.useGuardPages() {
		b.Skip("no guard pages here")
	}
	sb.modules.guardPages = guardPages
	rep := &reporter{w: io.Discard}
	outs := b.TempDir()
	for i := 0; b.Loop(); i++ {
		spec.ID = uint64(i + 1)
		spec.OutDir = filepath.Join(outs, strconv.Itoa(i))
		if err := os.Mkdir(spec.OutDir, 0o755); err != nil {
			b.Fatal(err)
		}
		ev, err := sb.run(ctx, spec, rep)
		if err != nil || ev.Failure != executor.None {
			b.Fatalf("%+v, %v", ev, err)
		}
	}
}
