package store

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testNow is the fixed time of the test servers and clients.
var testNow = time.Unix(1_750_000_000, 0)

func testKey(t testing.TB, hexKey string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// Two uploaders: alice is allowed by the test servers, mallory is not.
func alice(t testing.TB) *ecdsa.PrivateKey {
	return testKey(t, "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
}

func mallory(t testing.TB) *ecdsa.PrivateKey {
	return testKey(t, "8a1f9a8f95be41cd7ccb6168179afb4504aefe388d1e14474d32c45c72ce7b7a")
}

// logWriter sends a server's logs to the test log.
type logWriter struct{ t testing.TB }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(logWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testEnv struct {
	local  *Local
	srv    *httptest.Server
	client *Client
}

// newTestEnv runs a Server in-process over a fresh Local; authz nil allows alice only.
func newTestEnv(t *testing.T, authz Authorizer, mutate ...func(*Config)) *testEnv {
	t.Helper()
	l := newLocal(t)
	if authz == nil {
		authz = NewAllowList(crypto.PubkeyToAddress(alice(t).PublicKey))
	}
	cfg := DefaultConfig()
	cfg.Store = l
	cfg.Authorizer = authz
	cfg.Logger = testLogger(t)
	cfg.Clock = func() time.Time { return testNow }
	for _, m := range mutate {
		m(&cfg)
	}
	s, err := NewServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	c, err := NewClient(srv.URL, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	c.Clock = func() time.Time { return testNow }
	return &testEnv{local: l, srv: srv, client: c}
}

// do sends a raw request to the test server.
func (e *testEnv) do(t *testing.T, method, path string, body io.Reader, header http.Header) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), method, e.srv.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// authHeader signs an upload of d (nil: any) by key, expiring at exp.
func authHeader(t testing.TB, key *ecdsa.PrivateKey, d *Digest, exp time.Time) http.Header {
	t.Helper()
	v, err := AuthorizationHeader(KeySigner(key), d, exp)
	if err != nil {
		t.Fatal(err)
	}
	return http.Header{"Authorization": {v}}
}

func addrOf(key *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(key.PublicKey) }

// wantErrorBody decodes a JSON error body and checks its status and code.
func wantErrorBody(t *testing.T, resp *http.Response, status int, code string) {
	t.Helper()
	if resp.StatusCode != status {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("status %d, want %d (body %s)", resp.StatusCode, status, b)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Fatalf("Content-Type %q, want application/json", ct)
	}
	err := decodeError(resp)
	var e *Error
	if !asError(err, &e) || e.Code != code || e.Message == "" {
		t.Fatalf("error body %#v, want code %q and a message", err, code)
	}
}

func asError(err error, target **Error) bool {
	e, ok := err.(*Error)
	if ok {
		*target = e
	}
	return ok
}
