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

// Sentinel errors of the market's API (api/market.go), each a reason an order or a request
// was refused. The message of the response says what to do about it.
var (
	// ErrBadSignature: the order's signature is malformed, or does not recover to the
	// order's owner (a forged or altered order, another signer, another domain), or a
	// presigned order is not presigned by its owner (HTTP 400, code "bad_signature").
	ErrBadSignature = errors.New("bad signature")
	// ErrWrongDomain: the order was signed for another chain or hub than the market's
	// (HTTP 400, code "wrong_domain"): sign it for the market's domain (GET /v1/health).
	ErrWrongDomain = errors.New("signed for another chain or hub")
	// ErrUnknownAsset: an app, dataset or workerpool the order names is not registered
	// (HTTP 422, code "unknown_asset").
	ErrUnknownAsset = errors.New("unknown asset")
	// ErrUnknownCategory: the order's category does not exist on the hub (HTTP 422, code
	// "unknown_category").
	ErrUnknownCategory = errors.New("unknown category")
	// ErrInsufficientBalance: the owner's free balance in the hub cannot pay for the request
	// or stake for the workerpool order (HTTP 422, code "insufficient_balance"): deposit more.
	ErrInsufficientBalance = errors.New("insufficient balance")
	// ErrCancelled: the order was cancelled on-chain (HTTP 410, code "cancelled").
	ErrCancelled = errors.New("order cancelled")
	// ErrConsumed: deals used the order's whole volume (HTTP 410, code "consumed").
	ErrConsumed = errors.New("order consumed")
	// ErrAlreadyPublished: this order (same hash) was published before, whatever became of
	// it (HTTP 409, code "already_published"): sign a new order with another salt.
	ErrAlreadyPublished = errors.New("order already published")
	// ErrLimit: the owner has as many open orders as the market allows (HTTP 429, code
	// "limit"): unpublish some, or wait for them to be consumed.
	ErrLimit = errors.New("limit reached")
	// ErrExpired: a signed message (unpublish) is past its expiry or expires too far ahead
	// (HTTP 400, code "expired"): sign it again.
	ErrExpired = errors.New("expired")
)

// Error is an error response of an Ergon API, as SchedulerClient and MarketClient decode it.
// Unwrap gives the sentinel of Code (nil for a code this version does not know, or a
// response that did not come from the scheduler, such as a proxy's 502 page).
type Error struct {
	// Status is the HTTP status code.
	Status int
	// Code is the stable error code of the JSON body ("" when the body had none).
	Code string
	// Message is the server's human-readable explanation.
	Message string
	// Service names the API that answered ("scheduler" when empty).
	Service string
}

func (e *Error) Error() string {
	svc := e.Service
	if svc == "" {
		svc = "scheduler"
	}
	if e.Code == "" {
		return fmt.Sprintf("%s: HTTP %d: %s", svc, e.Status, e.Message)
	}
	return fmt.Sprintf("%s: HTTP %d %s: %s", svc, e.Status, e.Code, e.Message)
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

// errorCodes is the wire contract of the APIs' errors: code ⇄ sentinel, and the
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
	{"bad_signature", http.StatusBadRequest, ErrBadSignature},
	{"wrong_domain", http.StatusBadRequest, ErrWrongDomain},
	{"unknown_asset", http.StatusUnprocessableEntity, ErrUnknownAsset},
	{"unknown_category", http.StatusUnprocessableEntity, ErrUnknownCategory},
	{"insufficient_balance", http.StatusUnprocessableEntity, ErrInsufficientBalance},
	{"cancelled", http.StatusGone, ErrCancelled},
	{"consumed", http.StatusGone, ErrConsumed},
	{"already_published", http.StatusConflict, ErrAlreadyPublished},
	{"limit", http.StatusTooManyRequests, ErrLimit},
	{"expired", http.StatusBadRequest, ErrExpired},
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
