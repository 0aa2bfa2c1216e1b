package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// TestServeWaitsForRun: after Ctrl-C, serve returns only once the service's Run has returned,
// since the command closes the service's store right after (a last write must not meet a
// closed database); Run's cancellation is not an error, its other errors are.
func TestServeWaitsForRun(t *testing.T) {
	a := &app{stdout: io.Discard, stderr: io.Discard}
	var finished atomic.Bool
	ctx, cancel := context.WithCancel(context.Background())
	run := func(ctx context.Context) error {
		<-ctx.Done()
		time.Sleep(200 * time.Millisecond) // a last write
		finished.Store(true)
		return ctx.Err()
	}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, "127.0.0.1:0", http.NotFoundHandler(), run, a) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve after Ctrl-C = %v, want nil", err)
	}
	if !finished.Load() {
		t.Fatal("serve returned before Run did")
	}

	// A Run that fails on its own ends serve with its error.
	boom := errors.New("boom")
	err := serve(context.Background(), "127.0.0.1:0", http.NotFoundHandler(), func(context.Context) error { return boom }, a)
	if !errors.Is(err, boom) {
		t.Fatalf("serve with a failing Run = %v, want boom", err)
	}
}
