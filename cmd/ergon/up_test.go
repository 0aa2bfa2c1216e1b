//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"ergon/executor/wasm"
	"ergon/testenv"
	"ergon/wasmloop"
)

func TestMain(m *testing.M) {
	wasm.RunChildIfRequested()
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	// Commands read the user's config file, wallets and ERGON_* settings: give the tests an
	// empty home and none of the developer's settings.
	home, err := os.MkdirTemp("", "ergon-cmd-home-")
	if err != nil {
		panic(err)
	}
	os.Setenv("HOME", home)
	os.Unsetenv("XDG_CONFIG_HOME")
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "ERGON_") {
			os.Unsetenv(k)
		}
	}
	code := m.Run()
	os.RemoveAll(home)
	os.Exit(code)
}

// syncBuffer is a bytes.Buffer safe for the command's goroutines and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// `ergon up` brings up the whole network and `ergon run` runs an app through it, as the
// README's quick start does.
func TestUpAndRun(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	goBin := testenv.GoCommand(t, "to build the hello app")
	apps := t.TempDir()
	if _, err := wasmloop.Build(context.Background(), wasmloop.BuildConfig{Go: goBin, Dir: "../.."}, "./examples/hello", filepath.Join(apps, "hello.wasm")); err != nil {
		t.Fatal(err)
	}

	data := filepath.Join(t.TempDir(), "ergon")
	cfgPath := filepath.Join(filepath.Dir(data), "ergon.toml")
	ctx, cancel := context.WithCancel(context.Background())
	var upOut, upErr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"up", "--data-dir", data, "--port", "0", "--store-port", "0", "--scheduler-port", "0",
			"--workers", "2", "--accounts", "2", "--apps-dir", apps, "--config", cfgPath}, &upOut, &upErr)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ergon up: %v\n%s", err, upErr.String())
		}
	}()
	deadline := time.Now().Add(3 * time.Minute)
	for !strings.Contains(upOut.String(), "Requester") {
		select {
		case err := <-done:
			t.Fatalf("ergon up ended: %v\n%s", err, upErr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("ergon up did not come up:\n%s", upErr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, want := range []string{"store", "scheduler", "hello"} {
		if !strings.Contains(upOut.String(), want) {
			t.Errorf("ergon up output lacks %q:\n%s", want, upOut.String())
		}
	}

	dl := filepath.Join(t.TempDir(), "results")
	out, errOut, err := run(t, "run", "hello", "--data-dir", data, "--args", "hi there", "--download", dl, "--json")
	if err != nil {
		t.Fatalf("ergon run: %v\n%s", err, errOut)
	}
	var res runOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("ergon run --json: %v\n%s", err, out)
	}
	if len(res.Tasks) != 1 || res.Tasks[0].Status != "completed" || res.Tasks[0].Dir == "" {
		t.Fatalf("ergon run: %+v", res)
	}
	b, err := os.ReadFile(filepath.Join(res.Tasks[0].Dir, "hello.txt"))
	if err != nil || !strings.Contains(string(b), `"hi" "there"`) {
		t.Fatalf("hello.txt: %v\n%s", err, b)
	}
	if !strings.Contains(errOut, "task 0  completed") {
		t.Errorf("no per-task progress on stderr:\n%s", errOut)
	}

	// The profile `ergon up` wrote takes the other commands to the network.
	nf, err := loadNetwork(filepath.Join(data, "network.json"))
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, err = run(t, "account", "show", nf.Requester.Hex(), "--config", cfgPath, "--json")
	if err != nil {
		t.Fatalf("ergon account show with the written config: %v\n%s", err, errOut)
	}
	var acc accountOutput
	if err := json.Unmarshal([]byte(out), &acc); err != nil || acc.Balance == "0" || acc.Balance == "" {
		t.Fatalf("ergon account show: %v\n%s", err, out)
	}

	// Clear errors.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "nosuchapp", "--data-dir", data}, `no app "nosuchapp" on the local network; it has: hello`},
		{[]string{"run", "hello", "--data-dir", data, "--trust", "1000"}, "accepts trust up to 100"},
		{[]string{"run", "hello", "--data-dir", filepath.Join(t.TempDir(), "none")}, "start a local network with `ergon up`"},
		{[]string{"run", "hello", "--data-dir", data, "--key", "0x" + strings.Repeat("42", 32)}, "insufficient balance"},
	} {
		if _, _, err := run(t, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ergon %s: %v, want an error containing %q", strings.Join(tc.args, " "), err, tc.want)
		}
	}
}
