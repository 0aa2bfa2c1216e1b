package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Client talks to a store Server. Every download is verified against the digest asked
// for, so the server need not be trusted; error responses come back as *Error, whose
// Unwrap gives the sentinel of the stable code (errors.Is(err, ErrNotFound)).
//
// Uploads are signed by a Signer (KeySigner for a private key). Put (POST) streams
// content whose digest is not known in advance under a signature for any content ("*");
// PutExpect and Upload send a signature bound to the digest, which the server refuses
// for any other content.
type Client struct {
	base string
	hc   *http.Client

	// MaxBlobSize bounds downloads — a longer response fails with ErrTooLarge instead of
	// filling the disk — and uploads, which fail with ErrTooLarge before sending more.
	// Keep it no larger than the server's limit: a server that refuses a streamed
	// upload (unknown length) midway closes the connection, which may reach the client
	// as a connection reset rather than as the server's too_large. NewClient sets
	// DefaultMaxBlobSize, the server's default; <= 0 means no limit.
	MaxBlobSize int64

	// Clock gives the time upload authorizations are signed at (they expire AuthTTL
	// later). nil means time.Now.
	Clock func() time.Time
}

// NewClient returns a client of the server at baseURL (http or https, optionally with a
// path prefix, e.g. "https://store.example/ergon"). httpClient nil means
// http.DefaultClient; give one with timeouts suited to your blobs' sizes. If its
// *http.Transport does not wait for "100 Continue" (ExpectContinueTimeout 0), the client
// uses a clone of it that waits up to a second (see waitForContinue).
func NewClient(baseURL string, httpClient *http.Client) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, fmt.Errorf("%w: store URL: %v", ErrConfig, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("%w: store URL %s: want http(s)://host[:port][/prefix]", ErrConfig, quote(baseURL))
	}
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	return &Client{base: strings.TrimRight(u.String(), "/"), hc: waitForContinue(httpClient), MaxBlobSize: DefaultMaxBlobSize}, nil
}

// continueTimeout is how long an upload waits for the server's "100 Continue" before
// sending its body anyway.
const continueTimeout = time.Second

// waitForContinue returns hc, or a copy of it whose transport waits for "100 Continue"
// when hc's does not (ExpectContinueTimeout 0, as in a zero http.Transport). Uploads
// send Expect: 100-continue so that a refused upload (401, 403, 413) or a blob the
// server already has costs no transfer; a client that sends its body regardless gets,
// for a large body, a connection reset instead of the server's typed answer.
func waitForContinue(hc *http.Client) *http.Client {
	rt := hc.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	tr, ok := rt.(*http.Transport)
	if !ok || tr.ExpectContinueTimeout > 0 {
		return hc
	}
	tr = tr.Clone()
	tr.ExpectContinueTimeout = continueTimeout
	c := *hc
	c.Transport = tr
	return &c
}

// Put uploads the content of r (POST /v1/blobs), signed by s for any content, and
// returns its digest and size. It hashes what it sends and fails with ErrDigestMismatch
// if the server reports another digest. r is read to the end but not closed.
func (c *Client) Put(ctx context.Context, r io.Reader, s Signer) (Digest, int64, error) {
	h := sha256.New()
	body := c.uploadBody(io.TeeReader(r, h))
	up, err := c.upload(ctx, http.MethodPost, c.base+"/v1/blobs", nil, body, bodyLength(r), s)
	if err != nil {
		return Digest{}, 0, err
	}
	var sent Digest
	h.Sum(sent[:0])
	if up.Digest != sent || up.Size != body.n {
		return Digest{}, 0, fmt.Errorf("%w: sent %d bytes hashing to %s, the server stored %d bytes as %s", ErrDigestMismatch, body.n, sent, up.Size, up.Digest)
	}
	return up.Digest, up.Size, nil
}

// PutExpect uploads the content of r under want (PUT /v1/blobs/{want}) with a signature
// bound to want, and returns its size. The server refuses content that does not hash to
// want (ErrDigestMismatch) and, when it already has want, answers without reading r.
// r is not closed.
func (c *Client) PutExpect(ctx context.Context, r io.Reader, want Digest, s Signer) (int64, error) {
	return c.putExpect(ctx, r, bodyLength(r), want, s)
}

// Upload hashes the file at path, uploads it with PutExpect and returns its digest and size.
func (c *Client) Upload(ctx context.Context, path string, s Signer) (Digest, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return Digest{}, 0, fmt.Errorf("store: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, ctxReader{ctx, f})
	if err != nil {
		return Digest{}, 0, fmt.Errorf("store: hash %s: %w", path, err)
	}
	var d Digest
	h.Sum(d[:0])
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return Digest{}, 0, fmt.Errorf("store: %w", err)
	}
	// Had the file changed since it was hashed, the server would refuse it (digest_mismatch).
	if _, err := c.putExpect(ctx, f, n, d, s); err != nil {
		return Digest{}, 0, err
	}
	return d, n, nil
}

func (c *Client) putExpect(ctx context.Context, r io.Reader, size int64, want Digest, s Signer) (int64, error) {
	up, err := c.upload(ctx, http.MethodPut, c.blobURL(want), &want, c.uploadBody(r), size, s)
	if err != nil {
		return 0, err
	}
	if up.Digest != want {
		return 0, fmt.Errorf("%w: uploaded %s, the server stored %s", ErrDigestMismatch, want, up.Digest)
	}
	return up.Size, nil
}

// upload sends a signed upload and decodes the answer. size < 0: unknown (chunked).
func (c *Client) upload(ctx context.Context, method, u string, d *Digest, r *uploadBody, size int64, s Signer) (UploadResponse, error) {
	var up UploadResponse
	if r.max > 0 && size > r.max {
		return up, fmt.Errorf("%w: upload of %d bytes, the limit is %d", ErrTooLarge, size, r.max)
	}
	auth, err := AuthorizationHeader(s, d, c.now().Add(AuthTTL))
	if err != nil {
		return up, err
	}
	// The transport closes a request's body: keep the caller's reader open.
	body := io.NopCloser(r)
	if size == 0 {
		body = http.NoBody
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return up, fmt.Errorf("store: %w", err)
	}
	req.ContentLength = size // -1: unknown, sent chunked
	req.Header.Set("Authorization", auth)
	req.Header.Set("Content-Type", "application/octet-stream")
	req.Header.Set("Expect", "100-continue") // refusals and known blobs cost no transfer
	resp, err := c.hc.Do(req)
	if err != nil {
		return up, fmt.Errorf("store: %w", err) // a *url.Error: it names the method and URL
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		return up, decodeError(resp)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxJSONResponse)).Decode(&up); err != nil {
		return up, fmt.Errorf("store: %s %s: decode response: %w", method, u, err)
	}
	return up, nil
}

// Has reports whether the server holds d (HEAD /v1/blobs/{d}).
func (c *Client) Has(ctx context.Context, d Digest) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, c.blobURL(d), nil)
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return true, nil
	case http.StatusNotFound:
		return false, nil
	}
	return false, decodeError(resp)
}

// Open starts downloading d and returns its content and announced size (-1 if the
// server did not say). The reader verifies as it goes: past the limit it fails with
// ErrTooLarge, and at the end, instead of io.EOF, with ErrDigestMismatch unless the
// bytes hash to d. Only a read that returned io.EOF delivered the blob; close the reader.
func (c *Client) Open(ctx context.Context, d Digest) (io.ReadCloser, int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.blobURL(d), nil)
	if err != nil {
		return nil, 0, fmt.Errorf("store: %w", err)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("store: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		return nil, 0, decodeError(resp)
	}
	if c.MaxBlobSize > 0 && resp.ContentLength > c.MaxBlobSize {
		resp.Body.Close()
		return nil, 0, fmt.Errorf("%w: blob %s is %d bytes, the limit is %d", ErrTooLarge, d, resp.ContentLength, c.MaxBlobSize)
	}
	return &verifyingReader{body: resp.Body, h: sha256.New(), want: d, max: c.MaxBlobSize}, resp.ContentLength, nil
}

// Get downloads d into w and returns its size, failing with ErrDigestMismatch when the
// bytes do not hash to d. w receives the bytes as they arrive, before they are
// verified: after an error, discard what it got. To download to a file, use Download,
// which never leaves unverified bytes behind.
func (c *Client) Get(ctx context.Context, d Digest, w io.Writer) (int64, error) {
	rc, _, err := c.Open(ctx, d)
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	n, err := io.Copy(w, rc)
	if err != nil {
		return n, fmt.Errorf("store: download %s: %w", d, err)
	}
	return n, nil
}

// Download downloads d to the file path and returns its size. The bytes go to a temp
// file beside path, are verified against d, synced, and only then renamed to path
// (replacing it): on any error path is untouched and no temp file remains.
func (c *Client) Download(ctx context.Context, d Digest, path string) (n int64, err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.part")
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if n, err = c.Get(ctx, d, f); err != nil {
		return 0, err
	}
	if err = f.Chmod(0o644); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	if err = f.Sync(); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	if err = f.Close(); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return n, nil
}

// Health checks that the server and its storage are up (GET /v1/health).
func (c *Client) Health(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/health", nil)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return decodeError(resp)
	}
	return nil
}

func (c *Client) blobURL(d Digest) string { return c.base + "/v1/blobs/" + d.String() }

func (c *Client) now() time.Time {
	if c.Clock != nil {
		return c.Clock()
	}
	return time.Now()
}

// maxJSONResponse bounds the JSON bodies a client reads (answers and errors).
const maxJSONResponse = 64 << 10

// decodeError turns an error response into an *Error. The code comes from the JSON body;
// a body that is not a store's error (a proxy's page, a HEAD) leaves the code empty.
func decodeError(resp *http.Response) error {
	e := &Error{Status: resp.StatusCode}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, maxJSONResponse))
	var body errorBody
	if err := json.Unmarshal(b, &body); err == nil && body.Error.Code != "" {
		e.Code, e.Message = body.Error.Code, body.Error.Message
		return e
	}
	e.Message = http.StatusText(resp.StatusCode)
	if t := strings.TrimSpace(string(b)); t != "" && utf8.ValidString(t) {
		if len(t) > 200 {
			t = t[:200] + "…"
		}
		e.Message += ": " + t
	}
	return e
}

// bodyLength is the length of the in-memory readers whose length is known; -1 otherwise.
func bodyLength(r io.Reader) int64 {
	switch v := r.(type) {
	case *bytes.Reader:
		return int64(v.Len())
	case *bytes.Buffer:
		return int64(v.Len())
	case *strings.Reader:
		return int64(v.Len())
	}
	return -1
}

func (c *Client) uploadBody(r io.Reader) *uploadBody { return &uploadBody{r: r, max: c.MaxBlobSize} }

// uploadBody counts an upload and stops it past the client's limit. The transport gives
// errors of a request's body precedence over the connection's, so the caller gets
// ErrTooLarge.
type uploadBody struct {
	r      io.Reader
	n, max int64
}

func (b *uploadBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	if b.max > 0 && b.n > b.max {
		return 0, fmt.Errorf("%w: upload is longer than %d bytes", ErrTooLarge, b.max)
	}
	return n, err
}

// verifyingReader hashes a download and turns its end into ErrDigestMismatch unless
// the bytes hash to want.
type verifyingReader struct {
	body io.ReadCloser
	h    hash.Hash
	want Digest
	n    int64
	max  int64
	err  error // sticky
}

func (v *verifyingReader) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.body.Read(p)
	v.h.Write(p[:n])
	v.n += int64(n)
	if v.max > 0 && v.n > v.max {
		v.err = fmt.Errorf("%w: blob %s is longer than %d bytes", ErrTooLarge, v.want, v.max)
		return 0, v.err
	}
	if errors.Is(err, io.EOF) {
		var got Digest
		v.h.Sum(got[:0])
		if got != v.want {
			v.err = fmt.Errorf("%w: downloaded %d bytes hashing to %s, want %s", ErrDigestMismatch, v.n, got, v.want)
			return 0, v.err
		}
		v.err = io.EOF
		return n, io.EOF
	}
	if err != nil {
		v.err = err
	}
	return n, err
}

func (v *verifyingReader) Close() error { return v.body.Close() }
