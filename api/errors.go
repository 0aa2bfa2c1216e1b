package api

import (
	"errors"
	"fmt"
	"net/http"
)

// Sentinel errors of the scheduler's worker API. Across HTTP each travels as a stable code
// in the error body ({"error":{"code","message"}}); SchedulerClient decodes it into an *Error
// whose Unwrap gives the sentinel, so callers test errors.Is(err, api.ErrGone) and never
// look at messages.
var (
	// ErrUnauthorized: no valid session (HTTP 401, code "unauthorized"): the token is
	// missing, unknown or expired, or a login was refused. The worker must log in again.
	ErrUnauthorized = errors.New("unauthorized")
	// ErrForbidden: the worker is known but not allowed (HTTP 403, code "forbidden").
	ErrForbidden = errors.New("forbidden")
	// ErrBadRequest: a malformed request, or a signature that does not verify (HTTP 400,
	// code "bad_request"). Sending it again will not help.
	ErrBadRequest = errors.New("bad request")
	// ErrNotFound: no such task or route (HTTP 404, code "not_found").
	ErrNotFound = errors.New("not found")
	// ErrConflict: the request contradicts what the scheduler holds, e.g. a second,
	// different contribution for the same replica (HTTP 409, code "conflict").
	ErrConflict = errors.New("conflict")
	// ErrGone: the task or the replica is no longer the worker's (HTTP 410, code "gone"):
	// the worker drops it.
	ErrGone = errors.New("gone")
	// ErrTooLarge: a request or response body is larger than allowed (HTTP 413, code
	// "too_large"; also what SchedulerClient returns for an oversized response).
	ErrTooLarge = errors.New("too large")
	// ErrUnavailable: the scheduler is up but cannot serve yet, e.g. its chain is
	// unreachable (HTTP 503, code "unavailable"). Retry later.
	ErrUnavailable = errors.New("unavailable")
	// ErrInternal: the scheduler failed; the details are in its log (HTTP 500, code
	// "internal"). Retry later.
	ErrInternal = errors.New("internal error")
)

// Error is an error response of the scheduler's worker API, as SchedulerClient decodes it.
// Unwrap gives the sentinel of Code (nil for a code this version does not know, or a
// response that did not come from the scheduler, such as a proxy's 502 page).
type Error struct {
	// Status is the HTTP status code.
	Status int
	// Code is the stable error code of the JSON body ("" when the body had none).
	Code string
	// Message is the server's human-readable explanation.
	Message string
}

func (e *Error) Error() string {
	if e.Code == "" {
		return fmt.Sprintf("scheduler: HTTP %d: %s", e.Status, e.Message)
	}
	return fmt.Sprintf("scheduler: HTTP %d %s: %s", e.Status, e.Code, e.Message)
}

// Unwrap returns the sentinel error of e.Code.
func (e *Error) Unwrap() error {
	for _, c := range errorCodes {
		if c.code == e.Code {
			return c.err
		}
	}
	return nil
}

// errorCodes is the wire contract of the worker API's errors: code ⇄ sentinel, and the
// HTTP status a server answers with. Codes are only ever added.
var errorCodes = []struct {
	code   string
	status int
	err    error
}{
	{"unauthorized", http.StatusUnauthorized, ErrUnauthorized},
	{"forbidden", http.StatusForbidden, ErrForbidden},
	{"bad_request", http.StatusBadRequest, ErrBadRequest},
	{"not_found", http.StatusNotFound, ErrNotFound},
	{"conflict", http.StatusConflict, ErrConflict},
	{"gone", http.StatusGone, ErrGone},
	{"too_large", http.StatusRequestEntityTooLarge, ErrTooLarge},
	{"unavailable", http.StatusServiceUnavailable, ErrUnavailable},
	{"internal", http.StatusInternalServerError, ErrInternal},
}

// StatusOf gives the HTTP status and stable code a server answers err with: those of the
// first sentinel above that err wraps, else 500 "internal".
func StatusOf(err error) (status int, code string) {
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			return c.status, c.code
		}
	}
	return http.StatusInternalServerError, "internal"
}

// ErrorBody is the JSON body of an error response: {"error":{"code","message"}}.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is the content of an ErrorBody.
type ErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}
