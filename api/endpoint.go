package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// endpoint is what the typed clients share: a service's base URL, an HTTP client whose
// deadlines come from each call's context, and the per-call timeout.
type endpoint struct {
	service string // "scheduler", "market": for errors
	base    string
	baseErr error
	hc      *http.Client
	timeout time.Duration
}

// newEndpoint checks baseURL (http or https, optionally with a path prefix); a malformed one
// makes every call fail with ErrBadRequest. httpClient nil means http.DefaultClient; its
// Timeout, if any, bounds each call (DefaultRequestTimeout otherwise).
func newEndpoint(service, baseURL string, httpClient *http.Client) endpoint {
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	hc := *httpClient
	timeout := hc.Timeout
	if timeout <= 0 {
		timeout = DefaultRequestTimeout
	}
	// Deadlines come from each request's context instead (see call).
	hc.Timeout = 0
	e := endpoint{service: service, hc: &hc, timeout: timeout}
	u, err := url.Parse(baseURL)
	switch {
	case err != nil:
		e.baseErr = fmt.Errorf("%w: %s URL: %v", ErrBadRequest, service, err)
	case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil:
		e.baseErr = fmt.Errorf("%w: %s URL %q: want http(s)://host[:port][/prefix]", ErrBadRequest, service, baseURL)
	default:
		e.base = strings.TrimRight(u.String(), "/")
	}
	return e
}

// call sends in as JSON (nil: no body), with the bearer token when not empty, waits up to the
// timeout plus wait (a long-poll's), and decodes a 2xx answer of at most limit bytes into out
// (nil: ignored). An error answer comes back as *Error.
func (e *endpoint) call(ctx context.Context, method, path, token string, wait time.Duration, limit int64, in, out any) error {
	if e.baseErr != nil {
		return e.baseErr
	}
	var body io.Reader
	if in != nil {
		// Unescaped: a request order's params with `<` would grow six-fold, past the
		// market's body limit.
		b, err := marshalNoEscape(in)
		if err != nil {
			return fmt.Errorf("%s: %s %s: encode request: %w", e.service, method, path, err)
		}
		body = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(ctx, e.timeout+wait)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, e.base+path, body)
	if err != nil {
		return fmt.Errorf("%s: %w", e.service, err)
	}
	req.Header.Set("Accept", "application/json")
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := e.hc.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", e.service, err) // a *url.Error: it names the method and URL
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		err := decodeError(resp)
		if ae, ok := err.(*Error); ok {
			ae.Service = e.service
		}
		return err
	}
	if limit <= 0 {
		limit = DefaultMaxResponseSize
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fmt.Errorf("%s: %s %s: read response: %w", e.service, method, path, err)
	}
	if int64(len(b)) > limit {
		return fmt.Errorf("%w: %s %s: response longer than %d bytes", ErrTooLarge, method, path, limit)
	}
	if out == nil {
		return nil
	}
	// Not strict: a newer service may add fields.
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("%s: %s %s: decode response: %w", e.service, method, path, err)
	}
	return nil
}
