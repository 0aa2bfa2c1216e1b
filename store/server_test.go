package store

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestServerPutGet(t *testing.T) {
	e := newTestEnv(t, nil)
	content := []byte("a result archive")
	d := Sum(content)

	// PUT creates (201), then finds it there (200) without needing the body.
	resp := e.do(t, http.MethodPut, "/v1/blobs/"+d.String(), bytes.NewReader(content), authHeader(t, alice(t), &d, testNow.Add(time.Minute)))
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("PUT status %d", resp.StatusCode)
	}
	var up UploadResponse
	if err := json.NewDecoder(resp.Body).Decode(&up); err != nil {
		t.Fatal(err)
	}
	if up.Digest != d || up.Pointer != "ergon://"+d.String() || up.Size != int64(len(content)) {
		t.Fatalf("PUT answer %+v", up)
	}
	// A client announcing Expect: 100-continue gets 200 before it sends the body.
	h := authHeader(t, alice(t), &d, testNow.Add(time.Minute))
	h.Set("Expect", "100-continue")
	resp = e.do(t, http.MethodPut, "/v1/blobs/"+d.String(), strings.NewReader("not even read"), h)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("second PUT status %d, want 200", resp.StatusCode)
	}
	// Without it the body is read, and checked.
	resp = e.do(t, http.MethodPut, "/v1/blobs/"+d.String(), bytes.NewReader(content), authHeader(t, alice(t), &d, testNow.Add(time.Minute)))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("third PUT status %d, want 200", resp.StatusCode)
	}
	resp = e.do(t, http.MethodPut, "/v1/blobs/"+d.String(), strings.NewReader("wrong"), authHeader(t, alice(t), &d, testNow.Add(time.Minute)))
	wantErrorBody(t, resp, http.StatusBadRequest, "digest_mismatch")

	resp = e.do(t, http.MethodGet, "/v1/blobs/"+d.String(), nil, nil)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, content) {
		t.Fatalf("GET status %d body %q", resp.StatusCode, body)
	}
	for k, want := range map[string]string{
		"Content-Type":   "application/octet-stream",
		"Content-Length": strconv.Itoa(len(content)),
		"ETag":           `"` + d.String() + `"`,
		"Cache-Control":  "public, max-age=31536000, immutable",
		"Repr-Digest":    "sha-256=:" + base64.StdEncoding.EncodeToString(d[:]) + ":",
		"Accept-Ranges":  "bytes",
	} {
		if got := resp.Header.Get(k); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}

	// A cache revalidating with the ETag gets 304.
	resp = e.do(t, http.MethodGet, "/v1/blobs/"+d.String(), nil, http.Header{"If-None-Match": {`"` + d.String() + `"`}})
	if resp.StatusCode != http.StatusNotModified {
		t.Fatalf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
}

func TestServerPost(t *testing.T) {
	e := newTestEnv(t, nil)
	content := []byte("posted")
	resp := e.do(t, http.MethodPost, "/v1/blobs", bytes.NewReader(content), authHeader(t, alice(t), nil, testNow.Add(time.Minute)))
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST status %d", resp.StatusCode)
	}
	if loc := resp.Header.Get("Location"); loc != "blobs/"+Sum(content).String() {
		t.Fatalf("Location %q", loc)
	}
	if loc, _ := resp.Location(); loc.Path != "/v1/blobs/"+Sum(content).String() {
		t.Fatalf("Location resolves to %s", loc)
	}
	var up UploadResponse
	if err := json.NewDecoder(resp.Body).Decode(&up); err != nil || up.Digest != Sum(content) || up.Size != 6 {
		t.Fatalf("POST answer %+v, %v", up, err)
	}
	resp = e.do(t, http.MethodPost, "/v1/blobs", bytes.NewReader(content), authHeader(t, alice(t), nil, testNow.Add(time.Minute)))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("second POST status %d, want 200", resp.StatusCode)
	}
}

func TestServerHead(t *testing.T) {
	e := newTestEnv(t, nil)
	content := bytes.Repeat([]byte("h"), 1234)
	d, _, err := e.local.Put(context.Background(), bytes.NewReader(content), 0)
	if err != nil {
		t.Fatal(err)
	}
	resp := e.do(t, http.MethodHead, "/v1/blobs/"+d.String(), nil, nil)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || resp.ContentLength != 1234 || len(body) != 0 {
		t.Fatalf("HEAD: status %d, length %d, %d body bytes", resp.StatusCode, resp.ContentLength, len(body))
	}
	if resp.Header.Get("ETag") != `"`+d.String()+`"` {
		t.Fatalf("HEAD ETag %q", resp.Header.Get("ETag"))
	}
	resp = e.do(t, http.MethodHead, "/v1/blobs/"+Sum([]byte("absent")).String(), nil, nil)
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("HEAD of an absent blob: %d", resp.StatusCode)
	}
}

func TestServerRange(t *testing.T) {
	e := newTestEnv(t, nil)
	content := []byte("0123456789")
	d, _, err := e.local.Put(context.Background(), bytes.NewReader(content), 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rng, want, contentRange string
		status                  int
	}{
		{"bytes=2-5", "2345", "bytes 2-5/10", http.StatusPartialContent},
		{"bytes=7-", "789", "bytes 7-9/10", http.StatusPartialContent},
		{"bytes=-3", "789", "bytes 7-9/10", http.StatusPartialContent},
		{"bytes=0-", "0123456789", "bytes 0-9/10", http.StatusPartialContent},
	}
	for _, tt := range tests {
		t.Run(tt.rng, func(t *testing.T) {
			resp := e.do(t, http.MethodGet, "/v1/blobs/"+d.String(), nil, http.Header{"Range": {tt.rng}})
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status || string(body) != tt.want || resp.Header.Get("Content-Range") != tt.contentRange {
				t.Fatalf("status %d body %q Content-Range %q", resp.StatusCode, body, resp.Header.Get("Content-Range"))
			}
		})
	}
	t.Run("not satisfiable", func(t *testing.T) {
		resp := e.do(t, http.MethodGet, "/v1/blobs/"+d.String(), nil, http.Header{"Range": {"bytes=20-30"}})
		if cr := resp.Header.Get("Content-Range"); cr != "bytes */10" {
			t.Errorf("Content-Range %q, want bytes */10", cr)
		}
		if resp.Header.Get("ETag") != "" || resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("an error response carries the blob's caching headers: %v", resp.Header)
		}
		wantErrorBody(t, resp, http.StatusRequestedRangeNotSatisfiable, "range_not_satisfiable")
	})
	t.Run("if-match fails", func(t *testing.T) {
		resp := e.do(t, http.MethodGet, "/v1/blobs/"+d.String(), nil, http.Header{"If-Match": {`"other"`}})
		wantErrorBody(t, resp, http.StatusPreconditionFailed, "precondition_failed")
	})
}

func TestServerErrors(t *testing.T) {
	e := newTestEnv(t, nil, func(c *Config) { c.MaxBlobSize = 100 })
	absent := Sum([]byte("absent"))
	big := bytes.Repeat([]byte("b"), 101)
	bigD := Sum(big)
	auth := func(d *Digest) http.Header { return authHeader(t, alice(t), d, testNow.Add(time.Minute)) }
	tests := []struct {
		name, method, path string
		body               io.Reader
		header             http.Header
		status             int
		code               string
	}{
		{"absent blob", "GET", "/v1/blobs/" + absent.String(), nil, nil, 404, "not_found"},
		{"bad digest", "GET", "/v1/blobs/xyz", nil, nil, 400, "bad_request"},
		{"upper-case digest", "GET", "/v1/blobs/" + strings.ToUpper(absent.String()), nil, nil, 400, "bad_request"},
		{"unknown route", "GET", "/v1/nothing", nil, nil, 404, "not_found"},
		{"outside v1", "GET", "/blobs/" + absent.String(), nil, nil, 404, "not_found"},
		{"method not allowed", "DELETE", "/v1/blobs/" + absent.String(), nil, nil, 405, "method_not_allowed"},
		{"GET the collection", "GET", "/v1/blobs", nil, nil, 405, "method_not_allowed"},
		{"PUT bad digest", "PUT", "/v1/blobs/xyz", strings.NewReader("x"), auth(nil), 400, "bad_request"},
		{"PUT mismatch", "PUT", "/v1/blobs/" + absent.String(), strings.NewReader("not absent"), auth(&absent), 400, "digest_mismatch"},
		{"PUT too large (Content-Length)", "PUT", "/v1/blobs/" + bigD.String(), bytes.NewReader(big), auth(&bigD), 413, "too_large"},
		{"PUT too large (chunked)", "PUT", "/v1/blobs/" + bigD.String(), io.MultiReader(bytes.NewReader(big)), auth(&bigD), 413, "too_large"},
		{"POST too large (chunked)", "POST", "/v1/blobs", io.MultiReader(bytes.NewReader(big)), auth(nil), 413, "too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := e.do(t, tt.method, tt.path, tt.body, tt.header)
			wantErrorBody(t, resp, tt.status, tt.code)
			if tt.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
	if c := blobCount(t, e.local); c != 0 {
		t.Fatalf("%d blobs stored by refused requests", c)
	}
	if names := tempFiles(t, e.local); len(names) != 0 {
		t.Fatalf("temp files left: %v", names)
	}
}

func TestServerAuth(t *testing.T) {
	content := []byte("upload me")
	d := Sum(content)
	other := Sum([]byte("another blob"))
	exp := testNow.Add(5 * time.Minute)
	sign := func(key string, d *Digest, exp time.Time) string {
		k := alice(t)
		if key == "mallory" {
			k = mallory(t)
		}
		return authHeader(t, k, d, exp).Get("Authorization")
	}
	good := sign("alice", &d, exp)
	addr, expiry, sig := splitCreds(t, good)
	mallorySig := sign("mallory", &d, exp)
	_, _, msig := splitCreds(t, mallorySig)

	tests := []struct {
		name   string
		method string // PUT (to d) unless POST
		auth   []string
		authz  Authorizer
		status int
		code   string
	}{
		{"valid", "PUT", []string{good}, nil, 201, ""},
		{"valid, lower-case scheme", "PUT", []string{"ergon " + addr + ":" + expiry + ":" + sig}, nil, 201, ""},
		{"valid, v as 0/1 and no 0x", "PUT", []string{"Ergon " + addr + ":" + expiry + ":" + lowV(t, sig)}, nil, 201, ""},
		{"valid POST", "POST", []string{sign("alice", nil, exp)}, nil, 201, ""},
		{"missing header", "PUT", nil, nil, 401, "unauthorized"},
		{"two headers", "PUT", []string{good, good}, nil, 401, "unauthorized"},
		{"other scheme", "PUT", []string{"Bearer " + addr + ":" + expiry + ":" + sig}, nil, 401, "unauthorized"},
		{"no credentials", "PUT", []string{"Ergon"}, nil, 401, "unauthorized"},
		{"two fields", "PUT", []string{"Ergon " + addr + ":" + sig}, nil, 401, "unauthorized"},
		{"four fields", "PUT", []string{good + ":00"}, nil, 401, "unauthorized"},
		{"address without 0x", "PUT", []string{"Ergon " + addr[2:] + ":" + expiry + ":" + sig}, nil, 401, "unauthorized"},
		{"address not hex", "PUT", []string{"Ergon 0x" + strings.Repeat("z", 40) + ":" + expiry + ":" + sig}, nil, 401, "unauthorized"},
		{"expiry not a number", "PUT", []string{"Ergon " + addr + ":soon:" + sig}, nil, 401, "unauthorized"},
		{"expiry negative", "PUT", []string{"Ergon " + addr + ":-1:" + sig}, nil, 401, "unauthorized"},
		{"expiry leading zero", "PUT", []string{"Ergon " + addr + ":0" + expiry + ":" + sig}, nil, 401, "unauthorized"},
		{"signature short", "PUT", []string{"Ergon " + addr + ":" + expiry + ":" + sig[:100]}, nil, 401, "unauthorized"},
		{"signature not hex", "PUT", []string{"Ergon " + addr + ":" + expiry + ":0x" + strings.Repeat("q", 130)}, nil, 401, "unauthorized"},
		{"signature bad v", "PUT", []string{"Ergon " + addr + ":" + expiry + ":" + sig[:130] + "07"}, nil, 401, "unauthorized"},
		{"huge header", "PUT", []string{"Ergon " + strings.Repeat("a", 10000)}, nil, 401, "unauthorized"},
		{"expired", "PUT", []string{sign("alice", &d, testNow.Add(-time.Second))}, nil, 401, "unauthorized"},
		{"expires now", "PUT", []string{sign("alice", &d, testNow)}, nil, 201, ""},
		{"15 minutes ahead", "PUT", []string{sign("alice", &d, testNow.Add(MaxAuthLifetime))}, nil, 201, ""},
		{"too far in the future", "PUT", []string{sign("alice", &d, testNow.Add(MaxAuthLifetime+time.Second))}, nil, 401, "unauthorized"},
		{"expiry changed after signing", "PUT", []string{"Ergon " + addr + ":" + strconv.FormatInt(testNow.Add(time.Minute).Unix(), 10) + ":" + sig}, nil, 401, "unauthorized"},
		{"wrong signer", "PUT", []string{"Ergon " + addr + ":" + expiry + ":" + msig}, nil, 401, "unauthorized"},
		{"signature over another digest", "PUT", []string{sign("alice", &other, exp)}, nil, 401, "unauthorized"},
		{"any-content signature on PUT", "PUT", []string{sign("alice", nil, exp)}, nil, 401, "unauthorized"},
		{"digest signature on POST", "POST", []string{good}, nil, 401, "unauthorized"},
		{"authorizer refuses", "PUT", []string{mallorySig}, nil, 403, "forbidden"},
		{"authorizer fails", "PUT", []string{good}, AuthorizerFunc(func(context.Context, common.Address, *Digest) error {
			return errors.New("chain unreachable")
		}), 500, "internal"},
		{"allow all", "PUT", []string{mallorySig}, AllowAll{}, 201, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newTestEnv(t, tt.authz)
			path := "/v1/blobs/" + d.String()
			if tt.method == "POST" {
				path = "/v1/blobs"
			}
			resp := e.do(t, tt.method, path, bytes.NewReader(content), http.Header{"Authorization": tt.auth})
			if tt.code == "" {
				if resp.StatusCode != tt.status {
					b, _ := io.ReadAll(resp.Body)
					t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
				}
				return
			}
			wantErrorBody(t, resp, tt.status, tt.code)
			if tt.status == 401 && resp.Header.Get("WWW-Authenticate") != "Ergon" {
				t.Errorf("401 without WWW-Authenticate: Ergon")
			}
			if tt.status == 500 && strings.Contains(fmt.Sprint(decodeError(resp)), "chain unreachable") {
				t.Errorf("internal details leaked to the client")
			}
			if ok, _ := e.local.Has(context.Background(), d); ok {
				t.Fatal("refused upload was stored")
			}
		})
	}
}

// splitCreds splits "Ergon <addr>:<exp>:<sig>".
func splitCreds(t *testing.T, h string) (addr, exp, sig string) {
	t.Helper()
	parts := strings.Split(strings.TrimPrefix(h, "Ergon "), ":")
	if len(parts) != 3 {
		t.Fatalf("header %q", h)
	}
	return parts[0], parts[1], parts[2]
}

// lowV rewrites a 0x-prefixed 27/28 signature with v as 0/1 and without 0x.
func lowV(t *testing.T, sig string) string {
	t.Helper()
	v, err := strconv.ParseUint(sig[len(sig)-2:], 16, 8)
	if err != nil || v < 27 {
		t.Fatalf("signature %s has v %d", sig, v)
	}
	return fmt.Sprintf("%s%02x", sig[2:len(sig)-2], v-27)
}

func TestServerAuthorizerSeesUpload(t *testing.T) {
	content := []byte("who uploads what")
	d := Sum(content)
	type call struct {
		who    common.Address
		digest *Digest
	}
	var calls []call
	authz := AuthorizerFunc(func(_ context.Context, who common.Address, digest *Digest) error {
		calls = append(calls, call{who, digest})
		return nil
	})
	e := newTestEnv(t, authz)
	e.do(t, "PUT", "/v1/blobs/"+d.String(), bytes.NewReader(content), authHeader(t, mallory(t), &d, testNow.Add(time.Minute)))
	e.do(t, "POST", "/v1/blobs", bytes.NewReader(content), authHeader(t, alice(t), nil, testNow.Add(time.Minute)))
	if len(calls) != 2 || calls[0].who != addrOf(mallory(t)) || calls[0].digest == nil || *calls[0].digest != d ||
		calls[1].who != addrOf(alice(t)) || calls[1].digest != nil {
		t.Fatalf("Authorizer calls %+v", calls)
	}
}

func TestServerHealthAndOpenAPI(t *testing.T) {
	e := newTestEnv(t, nil)
	resp := e.do(t, "GET", "/v1/health", nil, nil)
	var h map[string]string
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil || resp.StatusCode != 200 || h["status"] != "ok" {
		t.Fatalf("health: %d %v %v", resp.StatusCode, h, err)
	}
	resp = e.do(t, "GET", "/v1/openapi.yaml", nil, nil)
	spec, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !bytes.Equal(spec, OpenAPI) {
		t.Fatalf("openapi: %d, %d bytes", resp.StatusCode, len(spec))
	}
	// The description covers every route and method the server has.
	s, _ := NewServer(Config{Store: e.local, Authorizer: AllowAll{}})
	for _, rt := range s.routes() {
		path := "\n  " + rt.path + ":\n"
		i := strings.Index(string(OpenAPI), path)
		if i < 0 {
			t.Errorf("openapi.yaml does not describe %s", rt.path)
			continue
		}
		section := string(OpenAPI[i+len(path)-1:]) // from the newline ending the path line
		if j := strings.Index(section, "\n  /"); j >= 0 {
			section = section[:j]
		}
		if !strings.Contains(section, "\n    "+strings.ToLower(rt.method)+":") {
			t.Errorf("openapi.yaml does not describe %s %s", rt.method, rt.path)
		}
	}
	// Every error code a server can send is in the spec's enum.
	for _, c := range append([]string{codeRangeNotSatisfiable, codePreconditionFailed}, codesOf()...) {
		if !strings.Contains(string(OpenAPI), "- "+c+"\n") {
			t.Errorf("openapi.yaml does not list error code %s", c)
		}
	}
}

func codesOf() []string {
	var cs []string
	for _, c := range errorCodes {
		cs = append(cs, c.code)
	}
	return cs
}

func TestNewServerConfig(t *testing.T) {
	l := newLocal(t)
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"no store", Config{Authorizer: AllowAll{}}, false},
		{"no authorizer", Config{Store: l}, false},
		{"negative size", Config{Store: l, Authorizer: AllowAll{}, MaxBlobSize: -1}, false},
		{"minimal", Config{Store: l, Authorizer: AllowAll{}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewServer(tt.cfg)
			if tt.ok != (err == nil) {
				t.Fatalf("NewServer: %v", err)
			}
			if err != nil && !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
			if s != nil && (s.cfg.MaxBlobSize != DefaultMaxBlobSize || s.cfg.Logger == nil || s.cfg.Clock == nil) {
				t.Fatalf("defaults not applied: %+v", s.cfg)
			}
		})
	}
}
