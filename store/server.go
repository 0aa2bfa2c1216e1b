package store

import (
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// OpenAPI is the OpenAPI 3.1 description of the Server's HTTP API, also served at
// GET /v1/openapi.yaml.
//
//go:embed openapi.yaml
var OpenAPI []byte

// Config configures a Server. Start from DefaultConfig.
type Config struct {
	// Store holds the blobs. Required.
	Store *Local

	// MaxBlobSize is the largest upload accepted, in bytes; larger ones get 413
	// too_large before or while their body is read. 0 means DefaultMaxBlobSize (1 GiB).
	MaxBlobSize int64

	// Authorizer decides who may upload, once the signature is verified. Required: a
	// store with nil is refused rather than left open; pass AllowAll{} explicitly to
	// accept any signed upload.
	Authorizer Authorizer

	// Logger receives the server's logs (uploads at Info, refused requests at Debug,
	// failures at Error). nil discards them.
	Logger *slog.Logger

	// Clock returns the current time, against which authorization expiries are
	// checked. nil means time.Now; tests inject a fixed clock.
	Clock func() time.Time
}

// DefaultConfig returns a Config with the defaults filled in; set Store and Authorizer.
func DefaultConfig() Config {
	return Config{
		MaxBlobSize: DefaultMaxBlobSize,
		Logger:      slog.New(slog.DiscardHandler),
		Clock:       time.Now,
	}
}

// Server serves a Local store over HTTP (see openapi.yaml):
//
//	GET|HEAD /v1/blobs/{digest}  the blob (Range requests, ETag = digest, immutable)
//	PUT      /v1/blobs/{digest}  upload content that must hash to digest (signed)
//	POST     /v1/blobs           upload content, learn its digest (signed)
//	GET      /v1/health          liveness
//	GET      /v1/openapi.yaml    this API's description
//
// Errors are JSON {"error":{"code":…,"message":…}} with a stable code. Serve it from an
// http.Server with a ReadHeaderTimeout; a Server has no goroutines and nothing to close.
type Server struct {
	cfg Config
	log *slog.Logger
	mux *http.ServeMux
}

// NewServer returns a Server for cfg.
func NewServer(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, fmt.Errorf("%w: Store is required", ErrConfig)
	}
	if cfg.Authorizer == nil {
		return nil, fmt.Errorf("%w: Authorizer is required (AllowAll{} accepts any signed upload)", ErrConfig)
	}
	if cfg.MaxBlobSize == 0 {
		cfg.MaxBlobSize = DefaultMaxBlobSize
	}
	if cfg.MaxBlobSize < 0 {
		return nil, fmt.Errorf("%w: MaxBlobSize %d is negative", ErrConfig, cfg.MaxBlobSize)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	s := &Server{cfg: cfg, log: cfg.Logger.With("component", "store"), mux: http.NewServeMux()}
	for _, rt := range s.routes() {
		s.mux.Handle(rt.method+" "+rt.path, s.handle(rt.h))
	}
	return s, nil
}

// apiFunc is a handler that returns its error for handle to answer.
type apiFunc func(w http.ResponseWriter, r *http.Request) error

type route struct {
	method, path string
	h            apiFunc
}

// routes lists the API; openapi.yaml describes each of them (a test checks it).
func (s *Server) routes() []route {
	return []route{
		{http.MethodGet, "/v1/blobs/{digest}", s.getBlob}, // and HEAD
		{http.MethodPut, "/v1/blobs/{digest}", s.putBlob},
		{http.MethodPost, "/v1/blobs", s.postBlob},
		{http.MethodGet, "/v1/health", s.health},
		{http.MethodGet, "/v1/openapi.yaml", s.openAPI},
	}
}

// ServeHTTP routes r, answering unknown routes and methods with JSON errors too.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h, pattern := s.mux.Handler(r); pattern == "" {
		// No route: learn from the mux whether it would say 404 or 405 (and Allow).
		rec := &recorder{header: http.Header{}}
		h.ServeHTTP(rec, r)
		if rec.status == http.StatusMethodNotAllowed {
			w.Header().Set("Allow", rec.header.Get("Allow"))
			s.writeError(w, r, fmt.Errorf("%w: %s %s", ErrMethodNotAllowed, r.Method, r.URL.Path))
			return
		}
		s.writeError(w, r, fmt.Errorf("%w: no route %s %s", ErrNotFound, r.Method, quote(r.URL.Path)))
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) handle(f apiFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

// UploadResponse is the body of a successful upload (PUT or POST).
type UploadResponse struct {
	// Digest is the sha256 of the stored content.
	Digest Digest `json:"digest"`
	// Pointer is Pointer(Digest), what results and assets record.
	Pointer string `json:"pointer"`
	// Size is the content's length in bytes.
	Size int64 `json:"size"`
}

func (s *Server) getBlob(w http.ResponseWriter, r *http.Request) error {
	d, err := ParseDigest(r.PathValue("digest"))
	if err != nil {
		return err
	}
	f, _, err := s.cfg.Store.Open(r.Context(), d)
	if err != nil {
		return err
	}
	defer f.Close()
	h := w.Header()
	h.Set("Content-Type", "application/octet-stream")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("ETag", `"`+d.String()+`"`)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("Repr-Digest", "sha-256=:"+base64.StdEncoding.EncodeToString(d[:])+":") // RFC 9530
	// A zero modtime: the ETag is the validator, identical on every store of the blob.
	http.ServeContent(&contentErrorWriter{ResponseWriter: w}, r, "", time.Time{}, f)
	return nil
}

func (s *Server) putBlob(w http.ResponseWriter, r *http.Request) error {
	d, err := ParseDigest(r.PathValue("digest"))
	if err != nil {
		return err
	}
	uploader, err := s.authorize(r, &d)
	if err != nil {
		return err
	}
	if expectsContinue(r) {
		// The client waits for "100 Continue" before sending the body, which the server
		// sends on the first read: if the blob is already stored, answer now and the body
		// never travels. A client that sends its body at once gets it read (and checked)
		// instead, since unread bodies end in a connection reset rather than an answer.
		if info, err := s.cfg.Store.Stat(r.Context(), d); err == nil {
			return writeJSON(w, http.StatusOK, UploadResponse{Digest: d, Pointer: Pointer(d), Size: info.Size})
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
	}
	return s.store(w, r, &d, uploader)
}

func (s *Server) postBlob(w http.ResponseWriter, r *http.Request) error {
	uploader, err := s.authorize(r, nil)
	if err != nil {
		return err
	}
	return s.store(w, r, nil, uploader)
}

// store reads the size-limited body into the store and answers 201 (new) or 200.
func (s *Server) store(w http.ResponseWriter, r *http.Request, want *Digest, uploader common.Address) error {
	max := s.cfg.MaxBlobSize
	if r.ContentLength > max {
		return fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, r.ContentLength, max)
	}
	// Local stops at max+1 bytes and reports ErrTooLarge itself; the MaxBytesReader is
	// the backstop that keeps the server from reading any further.
	body := http.MaxBytesReader(w, r.Body, max+1)
	res, err := s.cfg.Store.put(r.Context(), bodyReader{body}, want, max)
	if err != nil {
		var mbe *http.MaxBytesError
		var rerr readError
		switch {
		case errors.As(err, &mbe):
			return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
		case errors.As(err, &rerr):
			return fmt.Errorf("%w: reading the body: %v", ErrBadRequest, rerr.err)
		}
		return err
	}
	status := http.StatusOK
	if res.created {
		status = http.StatusCreated
		if want == nil {
			w.Header().Set("Location", "blobs/"+res.digest.String()) // relative: /…/v1/blobs/<digest>
		}
		s.log.Info("blob stored", "digest", res.digest.String(), "size", res.size, "uploader", uploader.Hex())
	}
	return writeJSON(w, status, UploadResponse{Digest: res.digest, Pointer: Pointer(res.digest), Size: res.size})
}

func expectsContinue(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Expect"), "100-continue")
}

// authorize authenticates the upload of d (nil: POST) and asks the Authorizer.
func (s *Server) authorize(r *http.Request, d *Digest) (common.Address, error) {
	hs := r.Header.Values("Authorization")
	switch len(hs) {
	case 0:
		return common.Address{}, fmt.Errorf("%w: missing Authorization header (%s <address>:<expiry>:<signature>)", ErrUnauthorized, AuthScheme)
	case 1:
	default:
		return common.Address{}, fmt.Errorf("%w: %d Authorization headers, want one", ErrUnauthorized, len(hs))
	}
	c, err := parseAuthorization(hs[0])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	if err := c.verify(d, s.cfg.Clock()); err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	if err := s.cfg.Authorizer.Authorize(r.Context(), c.addr, d); err != nil {
		if errors.Is(err, ErrForbidden) {
			return common.Address{}, err
		}
		return common.Address{}, fmt.Errorf("authorizer failed for %s: %w", c.addr.Hex(), err)
	}
	return c.addr, nil
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) error {
	if err := s.cfg.Store.check(); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/yaml")
	w.Header().Set("Content-Length", strconv.Itoa(len(OpenAPI)))
	_, err := w.Write(OpenAPI)
	return err
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeError answers err with its status and stable code. Internal errors are logged
// and their details kept out of the response.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, code := classify(err)
	msg := err.Error()
	switch {
	case status >= 500 && r.Context().Err() != nil:
		s.log.Debug("request abandoned by client", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = ErrInternal.Error()
	case status >= 500:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = ErrInternal.Error()
	default:
		s.log.Debug("request refused", "method", r.Method, "path", r.URL.Path, "status", status, "code", code, "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", AuthScheme)
	}
	writeErrorBody(w, status, code, msg)
}

func writeErrorBody(w http.ResponseWriter, status int, code, msg string) {
	h := w.Header()
	// Content-Range stays: on a 416 it says the blob's size ("bytes */<size>").
	for _, k := range []string{"ETag", "Cache-Control", "Repr-Digest", "Content-Length"} {
		h.Del(k)
	}
	h.Set("Cache-Control", "no-store")
	writeJSON(w, status, errorBody{Error: errorDetail{Code: code, Message: msg}})
}

func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b) // the status is sent: a failed write cannot be answered any more
	return nil
}

// recorder captures what the mux would answer to a request without a route.
type recorder struct {
	header http.Header
	status int
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return len(b), nil
}

// contentErrorWriter turns the plain-text errors of http.ServeContent (416 for an
// unsatisfiable range, 412 for a failed If-Match) into JSON ones, and passes everything
// else through, sendfile included.
type contentErrorWriter struct {
	http.ResponseWriter
	failed bool
}

func (c *contentErrorWriter) WriteHeader(status int) {
	var code string
	switch status {
	case http.StatusRequestedRangeNotSatisfiable:
		code = codeRangeNotSatisfiable
	case http.StatusPreconditionFailed:
		code = codePreconditionFailed
	default:
		c.ResponseWriter.WriteHeader(status)
		return
	}
	c.failed = true
	writeErrorBody(c.ResponseWriter, status, code, http.StatusText(status))
}

func (c *contentErrorWriter) Write(b []byte) (int, error) {
	if c.failed {
		return len(b), nil // ServeContent's text body: replaced by the JSON one
	}
	return c.ResponseWriter.Write(b)
}

func (c *contentErrorWriter) ReadFrom(src io.Reader) (int64, error) {
	if c.failed {
		return io.Copy(io.Discard, src)
	}
	if rf, ok := c.ResponseWriter.(io.ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	return io.Copy(c.ResponseWriter, src)
}

func (c *contentErrorWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// bodyReader marks the read errors of a request body, to tell a client's broken upload
// (400) from a failure of the disk (500).
type bodyReader struct{ r io.Reader }

type readError struct{ err error }

func (e readError) Error() string { return "read request body: " + e.err.Error() }
func (e readError) Unwrap() error { return e.err }

func (b bodyReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err != nil && err != io.EOF {
		return n, readError{err}
	}
	return n, err
}
