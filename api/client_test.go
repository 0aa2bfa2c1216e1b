package api_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
)

var (
	testPool  = common.HexToAddress("0x00000000000000000000000000000000000000b0")
	testToken = "tok-1"
)

// fakeScheduler serves the worker API with canned answers and records requests.
type fakeScheduler struct {
	t   *testing.T
	mux *http.ServeMux

	mu       sync.Mutex
	worker   common.Address
	logins   int
	requests []string          // "METHOD path auth"
	bodies   map[string][]byte // by path, the last body
	pool     common.Address    // what /v1/health and the session name
}

func newFakeScheduler(t *testing.T) (*fakeScheduler, *httptest.Server) {
	f := &fakeScheduler{t: t, mux: http.NewServeMux(), bodies: map[string][]byte{}, pool: testPool}
	challenge := []byte("challenge-bytes")
	reply := func(w http.ResponseWriter, status int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(v)
	}
	fail := func(w http.ResponseWriter, status int, code, msg string) {
		reply(w, status, api.ErrorBody{Error: api.ErrorDetail{Code: code, Message: msg}})
	}
	authed := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+testToken {
				fail(w, http.StatusUnauthorized, "unauthorized", "log in")
				return
			}
			h(w, r)
		}
	}
	f.mux.HandleFunc("GET /v1/health", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		reply(w, 200, api.Health{Workerpool: f.pool, Workers: 1, Block: 7})
	})
	f.mux.HandleFunc("POST /v1/login/challenge", func(w http.ResponseWriter, r *http.Request) {
		var req api.ChallengeRequest
		json.NewDecoder(r.Body).Decode(&req)
		f.mu.Lock()
		f.worker = req.Worker
		f.mu.Unlock()
		reply(w, 200, api.Challenge{Challenge: challenge, Expires: time.Now().Add(time.Minute).Unix()})
	})
	f.mux.HandleFunc("POST /v1/login", func(w http.ResponseWriter, r *http.Request) {
		var l api.Login
		if err := json.NewDecoder(r.Body).Decode(&l); err != nil {
			fail(w, 400, "bad_request", err.Error())
			return
		}
		signer, err := chain.Recover(api.LoginHash(testPool, l.Challenge), l.Signature)
		f.mu.Lock()
		defer f.mu.Unlock()
		if err != nil || signer != l.Worker || l.Worker != f.worker || string(l.Challenge) != string(challenge) {
			fail(w, 401, "unauthorized", "bad signature")
			return
		}
		f.logins++
		reply(w, 200, api.Session{Token: testToken, Workerpool: f.pool, ChainID: 5, StoreURL: "http://store", HeartbeatMS: 1000})
	})
	record := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			f.mu.Lock()
			f.requests = append(f.requests, r.Method+" "+r.URL.Path+" "+r.Header.Get("Authorization"))
			f.bodies[r.URL.Path] = b
			f.mu.Unlock()
			h(w, r)
		}
	}
	f.mux.HandleFunc("POST /v1/heartbeat", record(authed(func(w http.ResponseWriter, r *http.Request) {
		reply(w, 200, api.HeartbeatReply{Cancel: []common.Hash{{1}}})
	})))
	f.mux.HandleFunc("POST /v1/work", record(authed(func(w http.ResponseWriter, r *http.Request) {
		var req api.WorkRequest
		json.Unmarshal(f.lastBody(r.URL.Path), &req)
		select { // a long-poll that answers at the end of the wait
		case <-time.After(time.Duration(req.WaitMS) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		reply(w, 200, api.Work{Reveals: []common.Hash{{2}}, Done: []common.Hash{{3}}})
	})))
	ok := func(w http.ResponseWriter, r *http.Request) { reply(w, 200, struct{}{}) }
	f.mux.HandleFunc("POST /v1/tasks/{id}/status", record(authed(ok)))
	f.mux.HandleFunc("POST /v1/tasks/{id}/contribution", record(authed(ok)))
	f.mux.HandleFunc("POST /v1/tasks/{id}/reveal", record(authed(func(w http.ResponseWriter, r *http.Request) {
		fail(w, http.StatusGone, "gone", "the replica went to another worker")
	})))
	f.mux.HandleFunc("GET /v1/tasks/{id}", record(func(w http.ResponseWriter, r *http.Request) {
		var id common.Hash
		if err := id.UnmarshalText([]byte(r.PathValue("id"))); err != nil {
			fail(w, 400, "bad_request", "bad id")
			return
		}
		if id != (common.Hash{9}) {
			fail(w, 404, "not_found", "no such task")
			return
		}
		reply(w, 200, api.TaskInfo{TaskID: id, Status: "completed", Results: "ergon://x"})
	}))
	f.mux.HandleFunc("GET /v1/orders", record(func(w http.ResponseWriter, r *http.Request) {
		reply(w, 200, []api.SignedWorkerpoolOrder{{Hash: common.Hash{4}}})
	}))
	srv := httptest.NewServer(f.mux)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeScheduler) lastBody(path string) []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bodies[path]
}

func testKey(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func TestSchedulerClientLoginAndCalls(t *testing.T) {
	f, srv := newFakeScheduler(t)
	ctx := context.Background()
	key, addr := testKey(t)
	c := api.NewSchedulerClient(srv.URL+"/", srv.Client())

	// Before login, the calls that need a session fail without a request.
	if _, err := c.Heartbeat(ctx, api.Heartbeat{}); !errors.Is(err, api.ErrUnauthorized) {
		t.Fatalf("Heartbeat before login: %v, want ErrUnauthorized", err)
	}
	if len(f.requests) != 0 {
		t.Fatalf("requests before login: %q", f.requests)
	}

	s, err := c.Login(ctx, key, 3)
	if err != nil {
		t.Fatal(err)
	}
	if s.Token != testToken || s.Workerpool != testPool || s.ChainID != 5 || c.Token() != testToken {
		t.Fatalf("session %+v, token %q", s, c.Token())
	}
	if got, ok := c.Session(); !ok || got.StoreURL != "http://store" {
		t.Fatalf("Session() = %+v, %v", got, ok)
	}
	if f.worker != addr || f.logins != 1 {
		t.Fatalf("the scheduler saw worker %s, %d logins", f.worker, f.logins)
	}

	hb, err := c.Heartbeat(ctx, api.Heartbeat{Running: []common.Hash{{7}}, Slots: 3})
	if err != nil || len(hb.Cancel) != 1 || hb.Cancel[0] != (common.Hash{1}) {
		t.Fatalf("Heartbeat = %+v, %v", hb, err)
	}
	var sent api.Heartbeat
	if err := json.Unmarshal(f.lastBody("/v1/heartbeat"), &sent); err != nil || sent.Slots != 3 || len(sent.Running) != 1 {
		t.Fatalf("heartbeat body %s: %v", f.lastBody("/v1/heartbeat"), err)
	}

	task := common.Hash{0xab}
	if err := c.Status(ctx, task, api.StatusReport{State: "running"}); err != nil {
		t.Fatal(err)
	}
	if err := c.Contribute(ctx, task, api.Contribution{ResultHash: common.Hash{1}, Sign: []byte{1, 2}}); err != nil {
		t.Fatal(err)
	}
	if body := string(f.lastBody("/v1/tasks/" + task.Hex() + "/contribution")); !strings.Contains(body, `"sign":"0x0102"`) {
		t.Errorf("contribution body %s", body)
	}
	err = c.Reveal(ctx, task, api.Reveal{Digest: common.Hash{2}})
	var apiErr *api.Error
	if !errors.Is(err, api.ErrGone) || !errors.As(err, &apiErr) || apiErr.Status != http.StatusGone || apiErr.Code != "gone" ||
		apiErr.Message != "the replica went to another worker" {
		t.Fatalf("Reveal = %v, want *api.Error gone", err)
	}

	info, err := c.Task(ctx, common.Hash{9})
	if err != nil || info.Status != "completed" || info.Results != "ergon://x" {
		t.Fatalf("Task = %+v, %v", info, err)
	}
	if _, err := c.Task(ctx, common.Hash{8}); !errors.Is(err, api.ErrNotFound) {
		t.Fatalf("Task of an unknown id: %v, want ErrNotFound", err)
	}
	orders, err := c.Orders(ctx)
	if err != nil || len(orders) != 1 || orders[0].Hash != (common.Hash{4}) {
		t.Fatalf("Orders = %+v, %v", orders, err)
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	for _, r := range f.requests {
		if strings.HasPrefix(r, "POST ") && !strings.HasSuffix(r, " Bearer "+testToken) {
			t.Errorf("request %q without the bearer token", r)
		}
	}
}

// TestSchedulerClientLongPoll: the client's timeout is shorter than the wait, yet the
// long-poll gets its answer.
func TestSchedulerClientLongPoll(t *testing.T) {
	_, srv := newFakeScheduler(t)
	hc := srv.Client()
	hc.Timeout = 100 * time.Millisecond
	c := api.NewSchedulerClient(srv.URL, hc)
	key, _ := testKey(t)
	if _, err := c.Login(context.Background(), key, 1); err != nil {
		t.Fatal(err)
	}
	w, err := c.Work(context.Background(), api.WorkRequest{Free: 1, WaitMS: 400})
	if err != nil {
		t.Fatalf("Work with a 400 ms wait under a 100 ms client timeout: %v", err)
	}
	if len(w.Reveals) != 1 || len(w.Done) != 1 {
		t.Fatalf("Work = %+v", w)
	}
	// The context still bounds it.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Work(ctx, api.WorkRequest{Free: 1, WaitMS: 5000}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Work past its context: %v, want DeadlineExceeded", err)
	}
}

func TestSchedulerClientWorkerpool(t *testing.T) {
	f, srv := newFakeScheduler(t)
	key, _ := testKey(t)

	// A client that knows its pool signs for it: the fake verifies against testPool.
	c := api.NewSchedulerClient(srv.URL, srv.Client())
	c.Workerpool = testPool
	if _, err := c.Login(context.Background(), key, 1); err != nil {
		t.Fatal(err)
	}

	// A scheduler of another pool: the signature is for the pool the worker named.
	f.mu.Lock()
	f.pool = common.HexToAddress("0x00000000000000000000000000000000000000c0")
	f.mu.Unlock()
	c = api.NewSchedulerClient(srv.URL, srv.Client())
	c.Workerpool = testPool
	if _, err := c.Login(context.Background(), key, 1); err == nil || !strings.Contains(err.Error(), "session is for") {
		t.Fatalf("login to a scheduler of another pool: %v", err)
	}
	if c.Token() != "" {
		t.Error("a refused session was kept")
	}
}

func TestSchedulerClientErrors(t *testing.T) {
	codes := []struct {
		status int
		code   string
		want   error
	}{
		{401, "unauthorized", api.ErrUnauthorized},
		{403, "forbidden", api.ErrForbidden},
		{400, "bad_request", api.ErrBadRequest},
		{404, "not_found", api.ErrNotFound},
		{409, "conflict", api.ErrConflict},
		{410, "gone", api.ErrGone},
		{413, "too_large", api.ErrTooLarge},
		{503, "unavailable", api.ErrUnavailable},
		{500, "internal", api.ErrInternal},
	}
	for _, tc := range codes {
		t.Run(tc.code, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				json.NewEncoder(w).Encode(api.ErrorBody{Error: api.ErrorDetail{Code: tc.code, Message: "msg"}})
			}))
			defer srv.Close()
			_, err := api.NewSchedulerClient(srv.URL, nil).Health(context.Background())
			var e *api.Error
			if !errors.Is(err, tc.want) || !errors.As(err, &e) || e.Status != tc.status || e.Code != tc.code || e.Message != "msg" {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}

	t.Run("StatusOf", func(t *testing.T) {
		for _, tc := range codes {
			if status, code := api.StatusOf(fmt.Errorf("context: %w", tc.want)); status != tc.status || code != tc.code {
				t.Errorf("StatusOf(%v) = %d %s, want %d %s", tc.want, status, code, tc.status, tc.code)
			}
		}
		if status, code := api.StatusOf(errors.New("disk full")); status != 500 || code != "internal" {
			t.Errorf("StatusOf(other) = %d %s", status, code)
		}
	})

	t.Run("not the scheduler", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "<html>bad gateway</html>", http.StatusBadGateway)
		}))
		defer srv.Close()
		_, err := api.NewSchedulerClient(srv.URL, nil).Health(context.Background())
		var e *api.Error
		if !errors.As(err, &e) || e.Status != 502 || e.Code != "" || e.Unwrap() != nil || !strings.Contains(e.Message, "bad gateway") {
			t.Fatalf("got %v", err)
		}
	})

	t.Run("response too large", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`{"workers":1,"pad":"` + strings.Repeat("x", 4096) + `"}`))
		}))
		defer srv.Close()
		c := api.NewSchedulerClient(srv.URL, nil)
		c.MaxResponseSize = 1024
		if _, err := c.Health(context.Background()); !errors.Is(err, api.ErrTooLarge) {
			t.Fatalf("got %v, want ErrTooLarge", err)
		}
	})

	t.Run("bad URL", func(t *testing.T) {
		for _, u := range []string{"ftp://x", "http://", "::", "http://h/?q=1"} {
			if _, err := api.NewSchedulerClient(u, nil).Health(context.Background()); !errors.Is(err, api.ErrBadRequest) {
				t.Errorf("%q: %v, want ErrBadRequest", u, err)
			}
		}
	})

	t.Run("scheduler down", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		url := srv.URL
		srv.Close()
		_, err := api.NewSchedulerClient(url, nil).Health(context.Background())
		var e *api.Error
		if err == nil || errors.As(err, &e) {
			t.Fatalf("got %v, want a transport error", err)
		}
	})
}
