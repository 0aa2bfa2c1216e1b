package store

import (
	"errors"
	"fmt"
	"net/http"
)

// Sentinel errors of the store. Local, Server and Client wrap them with %w; across HTTP
// each travels as a stable code (see Error) and Client turns the code back into the
// same sentinel, so callers test errors.Is(err, store.ErrNotFound) wherever the blob is.
var (
	// ErrNotFound: no blob has that digest (HTTP 404, code "not_found"; also an unknown route).
	ErrNotFound = errors.New("blob not found")
	// ErrDigestMismatch: content does not hash to the digest it was uploaded or requested
	// under (HTTP 400, code "digest_mismatch"). Nothing is stored, nothing is kept.
	ErrDigestMismatch = errors.New("digest mismatch")
	// ErrTooLarge: content exceeds the size limit (HTTP 413, code "too_large").
	ErrTooLarge = errors.New("blob too large")
	// ErrBadDigest: a string is not a digest, 64 lowercase hex characters (HTTP 400, code
	// "bad_request").
	ErrBadDigest = errors.New("bad digest")
	// ErrBadPointer: a string is not a pointer, ergon://<64 lowercase hex>.
	ErrBadPointer = errors.New("bad pointer")
	// ErrBadRequest: a request is malformed, or its body could not be read (HTTP 400, code
	// "bad_request").
	ErrBadRequest = errors.New("bad request")
	// ErrUnauthorized: an upload carries no valid Authorization header — missing,
	// malformed, expired, too far in the future, or a signature that does not recover to
	// the claimed address over this upload (HTTP 401, code "unauthorized").
	ErrUnauthorized = errors.New("unauthorized")
	// ErrForbidden: the uploader is authenticated but the Authorizer refuses it (HTTP 403,
	// code "forbidden"). Authorizers return errors that wrap it to refuse.
	ErrForbidden = errors.New("forbidden")
	// ErrMethodNotAllowed: the route exists, not with that method (HTTP 405, code
	// "method_not_allowed").
	ErrMethodNotAllowed = errors.New("method not allowed")
	// ErrInternal: the server failed; the details are in its log, not in the response
	// (HTTP 500, code "internal").
	ErrInternal = errors.New("internal server error")
	// ErrConfig: a Config or a constructor argument is invalid.
	ErrConfig = errors.New("invalid store configuration")
)

// Error is an error response of a store server, as Client decodes it. Unwrap gives the
// sentinel of its Code (nil for a code this version does not know, or a response that
// did not come from a store server), so errors.Is works across HTTP without looking at
// messages.
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
		return fmt.Sprintf("store server: HTTP %d: %s", e.Status, e.Message)
	}
	return fmt.Sprintf("store server: HTTP %d %s: %s", e.Status, e.Code, e.Message)
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

// errorCodes is the wire contract: code ⇄ sentinel, and the status a server sends.
// Codes are only ever added. The first entry naming a code is what a client maps it to.
var errorCodes = []struct {
	code   string
	status int
	err    error
}{
	{"not_found", http.StatusNotFound, ErrNotFound},
	{"digest_mismatch", http.StatusBadRequest, ErrDigestMismatch},
	{"too_large", http.StatusRequestEntityTooLarge, ErrTooLarge},
	{"bad_request", http.StatusBadRequest, ErrBadRequest},
	{"bad_request", http.StatusBadRequest, ErrBadDigest},
	{"bad_request", http.StatusBadRequest, ErrBadPointer},
	{"unauthorized", http.StatusUnauthorized, ErrUnauthorized},
	{"forbidden", http.StatusForbidden, ErrForbidden},
	{"method_not_allowed", http.StatusMethodNotAllowed, ErrMethodNotAllowed},
	{"internal", http.StatusInternalServerError, ErrInternal},
}

// Codes without a sentinel: conditions of a GET that http.ServeContent reports.
const (
	codeRangeNotSatisfiable = "range_not_satisfiable"
	codePreconditionFailed  = "precondition_failed"
)

// classify gives the status and code a server answers err with; anything it does not
// recognise is an internal error.
func classify(err error) (status int, code string) {
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			return c.status, c.code
		}
	}
	return http.StatusInternalServerError, "internal"
}
