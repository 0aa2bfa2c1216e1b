package store

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestClientRoundTrip(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, nil)
	signer := KeySigner(alice(t))

	tests := []struct {
		name    string
		content []byte
		put     func([]byte) (Digest, error)
	}{
		{"Put bytes", []byte("posted with a known length"), func(b []byte) (Digest, error) {
			d, _, err := e.client.Put(ctx, bytes.NewReader(b), signer)
			return d, err
		}},
		{"Put stream", bytes.Repeat([]byte("streamed, chunked "), 20000), func(b []byte) (Digest, error) {
			d, _, err := e.client.Put(ctx, io.MultiReader(bytes.NewReader(b)), signer)
			return d, err
		}},
		{"Put empty", nil, func(b []byte) (Digest, error) {
			d, _, err := e.client.Put(ctx, bytes.NewReader(b), signer)
			return d, err
		}},
		{"PutExpect", []byte("put under its digest"), func(b []byte) (Digest, error) {
			_, err := e.client.PutExpect(ctx, bytes.NewReader(b), Sum(b), signer)
			return Sum(b), err
		}},
		{"Upload file", bytes.Repeat([]byte("file "), 100000), func(b []byte) (Digest, error) {
			path := filepath.Join(t.TempDir(), "result.tar")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			d, n, err := e.client.Upload(ctx, path, signer)
			if err == nil && n != int64(len(b)) {
				t.Fatalf("Upload size %d", n)
			}
			return d, err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tt.put(tt.content)
			if err != nil {
				t.Fatal(err)
			}
			if d != Sum(tt.content) {
				t.Fatalf("digest %s, want %s", d, Sum(tt.content))
			}
			if ok, err := e.client.Has(ctx, d); !ok || err != nil {
				t.Fatalf("Has = %v, %v", ok, err)
			}
			var buf bytes.Buffer
			n, err := e.client.Get(ctx, d, &buf)
			if err != nil || n != int64(len(tt.content)) || !bytes.Equal(buf.Bytes(), tt.content) {
				t.Fatalf("Get: %d bytes, %v", n, err)
			}
			path := filepath.Join(t.TempDir(), "out")
			if n, err := e.client.Download(ctx, d, path); err != nil || n != int64(len(tt.content)) {
				t.Fatalf("Download: %d, %v", n, err)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, tt.content) {
				t.Fatal("downloaded file differs")
			}
			// Uploading again is a no-op.
			if _, err := e.client.PutExpect(ctx, bytes.NewReader(tt.content), d, signer); err != nil {
				t.Fatalf("second upload: %v", err)
			}
		})
	}
	if err := e.client.Health(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestClientPutLeavesReaderOpen(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, nil)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("file content"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, _, err := e.client.Put(ctx, f, KeySigner(alice(t))); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatalf("caller's file was closed: %v", err)
	}
}

func TestClientErrors(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, nil, func(c *Config) { c.MaxBlobSize = 1000 })
	absent := Sum([]byte("absent"))
	content := []byte("content")

	late := *e.client
	late.Clock = func() time.Time { return testNow.Add(-time.Hour) } // its signatures are expired

	tests := []struct {
		name   string
		call   func() error
		want   error
		status int
		code   string
	}{
		{"Get absent", func() error { _, err := e.client.Get(ctx, absent, io.Discard); return err }, ErrNotFound, 404, "not_found"},
		{"Download absent", func() error { _, err := e.client.Download(ctx, absent, filepath.Join(t.TempDir(), "x")); return err }, ErrNotFound, 404, "not_found"},
		{"forbidden signer", func() error {
			_, _, err := e.client.Put(ctx, bytes.NewReader(content), KeySigner(mallory(t)))
			return err
		}, ErrForbidden, 403, "forbidden"},
		{"expired signature", func() error { _, _, err := late.Put(ctx, bytes.NewReader(content), KeySigner(alice(t))); return err }, ErrUnauthorized, 401, "unauthorized"},
		{"mismatch", func() error {
			_, err := e.client.PutExpect(ctx, bytes.NewReader(content), absent, KeySigner(alice(t)))
			return err
		}, ErrDigestMismatch, 400, "digest_mismatch"},
		{"too large", func() error {
			_, _, err := e.client.Put(ctx, bytes.NewReader(make([]byte, 1001)), KeySigner(alice(t)))
			return err
		}, ErrTooLarge, 413, "too_large"},
		{"too large, streamed", func() error {
			_, _, err := e.client.Put(ctx, io.MultiReader(bytes.NewReader(make([]byte, 5000))), KeySigner(alice(t)))
			return err
		}, ErrTooLarge, 413, "too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			var se *Error
			if !errors.As(err, &se) || se.Status != tt.status || se.Code != tt.code {
				t.Fatalf("error %#v, want status %d code %s", err, tt.status, tt.code)
			}
		})
	}
}

// corruptingHandler serves every blob with its first byte flipped, and everything else
// as it should.
func corruptingHandler(content []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bad := bytes.Clone(content)
		bad[0] ^= 0xff
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(bad)
	})
}

func TestClientRejectsCorruptDownload(t *testing.T) {
	ctx := context.Background()
	content := []byte("the true result")
	d := Sum(content)
	tests := []struct {
		name string
		h    http.Handler
		want error
	}{
		{"flipped byte", corruptingHandler(content), ErrDigestMismatch},
		{"truncated", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(content[:5]) }), ErrDigestMismatch},
		{"extended", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(append(bytes.Clone(content), '!')) }), ErrDigestMismatch},
		{"empty", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}), ErrDigestMismatch},
		{"endless", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			chunk := make([]byte, 1<<10)
			for range 100 {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}), ErrTooLarge},
		{"declared too large", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "1000000")
		}), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.h)
			defer srv.Close()
			c, err := NewClient(srv.URL, srv.Client())
			if err != nil {
				t.Fatal(err)
			}
			c.MaxBlobSize = 10 << 10

			if _, err := c.Get(ctx, d, io.Discard); !errors.Is(err, tt.want) {
				t.Fatalf("Get: %v, want %v", err, tt.want)
			}

			dir := t.TempDir()
			path := filepath.Join(dir, "result")
			if _, err := c.Download(ctx, d, path); !errors.Is(err, tt.want) {
				t.Fatalf("Download: %v, want %v", err, tt.want)
			}
			if es, _ := os.ReadDir(dir); len(es) != 0 {
				t.Fatalf("Download left %v behind", es)
			}

			// A file already at path is left untouched by a failed download.
			if err := os.WriteFile(path, []byte("previous"), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Download(ctx, d, path); !errors.Is(err, tt.want) {
				t.Fatalf("Download over a file: %v", err)
			}
			if b, _ := os.ReadFile(path); string(b) != "previous" {
				t.Fatalf("existing file overwritten with %q", b)
			}
			if es, _ := os.ReadDir(dir); len(es) != 1 {
				t.Fatalf("Download left %d entries", len(es))
			}

			// Open delivers the bytes but ends in the error, never in io.EOF.
			rc, _, err := c.Open(ctx, d)
			if err == nil {
				_, err = io.ReadAll(rc)
				rc.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open+ReadAll: %v", err)
			}
		})
	}
}

func TestClientLiedAboutDigest(t *testing.T) {
	// A server that answers an upload with another digest than what was sent.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		d := Sum([]byte("something else"))
		writeJSON(w, http.StatusCreated, UploadResponse{Digest: d, Pointer: Pointer(d), Size: 14})
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Put(context.Background(), strings.NewReader("mine"), KeySigner(alice(t))); !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("Put: %v", err)
	}
}

func TestClientNonStoreErrors(t *testing.T) {
	// A proxy's error page: the status is kept, no sentinel is invented from it.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "<html>bad gateway</html>", http.StatusBadGateway)
	}))
	defer srv.Close()
	c, err := NewClient(srv.URL, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Get(context.Background(), Sum(nil), io.Discard)
	var se *Error
	if !errors.As(err, &se) || se.Status != 502 || se.Code != "" || !strings.Contains(se.Message, "bad gateway") {
		t.Fatalf("error %#v", err)
	}
	for _, s := range []error{ErrNotFound, ErrInternal, ErrDigestMismatch} {
		if errors.Is(err, s) {
			t.Fatalf("error %v matched %v", err, s)
		}
	}
	// An unknown code from a newer server: kept, matched to nothing.
	e := &Error{Status: 418, Code: "teapot"}
	if e.Unwrap() != nil {
		t.Fatal("unknown code mapped to a sentinel")
	}
}

func TestClientPathPrefix(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, nil)
	mux := http.NewServeMux()
	mux.Handle("/ergon/store/", http.StripPrefix("/ergon/store", e.srv.Config.Handler))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, err := NewClient(srv.URL+"/ergon/store/", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	c.Clock = func() time.Time { return testNow }
	d, _, err := c.Put(ctx, strings.NewReader("behind a proxy"), KeySigner(alice(t)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := c.Get(ctx, d, &buf); err != nil || buf.String() != "behind a proxy" {
		t.Fatalf("Get: %q, %v", buf.String(), err)
	}
}

func TestNewClient(t *testing.T) {
	tests := []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:8080", true},
		{"https://store.example/prefix/", true},
		{"", false},
		{"127.0.0.1:8080", false},
		{"ftp://host", false},
		{"http://", false},
		{"http://host?x=1", false},
		{"http://user:pw@host", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := NewClient(tt.url, nil)
			if tt.ok != (err == nil) {
				t.Fatalf("NewClient(%q): %v", tt.url, err)
			}
			if err != nil && !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
		})
	}
}

// countReads counts the bytes read from a body.
type countReads struct {
	r io.Reader
	n int64
}

func (c *countReads) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestClientLargeUploadsRefusedOrKnown(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, nil, func(c *Config) { c.MaxBlobSize = 1 << 20 })
	big := bytes.Repeat([]byte("large "), 1<<20/6) // just under 1 MiB
	d := Sum(big)

	// Refusals of large bodies come back as typed errors, not as connection resets,
	// and the body is not sent.
	body := &countReads{r: bytes.NewReader(big)}
	if _, err := e.client.PutExpect(ctx, body, d, KeySigner(mallory(t))); !errors.Is(err, ErrForbidden) {
		t.Fatalf("forbidden upload: %v", err)
	}
	if body.n != 0 {
		t.Errorf("a refused upload sent %d body bytes", body.n)
	}
	// Over the limit: refused before sending when the length is known; stopped by the
	// client's own limit (the server's) when streamed.
	e.client.MaxBlobSize = 1 << 20
	huge := bytes.Repeat(big, 3)
	if _, _, err := e.client.Put(ctx, bytes.NewReader(huge), KeySigner(alice(t))); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("upload over the limit: %v", err)
	}
	if _, _, err := e.client.Put(ctx, io.MultiReader(bytes.NewReader(huge)), KeySigner(alice(t))); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("streamed upload over the limit: %v", err)
	}
	e.client.MaxBlobSize = 0 // the server's 413 for a known length arrives before the body is sent
	var se *Error
	if _, _, err := e.client.Put(ctx, bytes.NewReader(huge), KeySigner(alice(t))); !errors.Is(err, ErrTooLarge) || !errors.As(err, &se) || se.Code != "too_large" {
		t.Fatalf("upload over the server's limit: %v, want the server's too_large", err)
	}

	if _, err := e.client.PutExpect(ctx, bytes.NewReader(big), d, KeySigner(alice(t))); err != nil {
		t.Fatal(err)
	}
	// Known blob: answered at once, the body does not travel.
	body = &countReads{r: bytes.NewReader(big)}
	if _, err := e.client.PutExpect(ctx, body, d, KeySigner(alice(t))); err != nil {
		t.Fatal(err)
	}
	if body.n != 0 {
		t.Errorf("re-uploading a known blob sent %d body bytes", body.n)
	}
	// A client that does not wait for 100 Continue has its body read, and gets 200 too.
	resp := e.do(t, http.MethodPut, "/v1/blobs/"+d.String(), bytes.NewReader(big), authHeader(t, alice(t), &d, testNow.Add(time.Minute)))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("PUT of a known blob without Expect: %d", resp.StatusCode)
	}
}
