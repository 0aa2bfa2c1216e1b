package market

import (
	"errors"
	"fmt"

	"ergon/api"
)

// Errors of the Store.
var (
	// ErrExists: an order with this hash was already published (whatever became of it).
	ErrExists = errors.New("order already published")
	// ErrNotFound: no order with this hash.
	ErrNotFound = errors.New("order not found")
	// ErrBadCursor: Query.After is not a cursor this store issued.
	ErrBadCursor = errors.New("invalid page cursor")
)

// Errors of the SQL stores (SQLiteStore, PostgresStore).
var (
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("order book store is closed")
	// ErrSchemaVersion: the database was written by a newer ergon whose schema this one does
	// not know.
	ErrSchemaVersion = errors.New("order book database schema is newer than this ergon")
)

// Errors of the market service. Each wraps the api sentinel whose stable code and HTTP status
// it travels as (api.StatusOf); the message says what the client can do about it.
var (
	// ErrMalformed: a request the market cannot decode: bad JSON, an unknown or duplicate
	// field, a missing one, bad hex, a number out of range (code "bad_request").
	ErrMalformed = fmt.Errorf("malformed request: %w", api.ErrBadRequest)
	// ErrBadSignature: the signature is malformed or not the owner's (code "bad_signature").
	ErrBadSignature = fmt.Errorf("%w", api.ErrBadSignature)
	// ErrWrongDomain: the order was signed for another chain or hub (code "wrong_domain").
	ErrWrongDomain = fmt.Errorf("%w", api.ErrWrongDomain)
	// ErrUnknownAsset: the order names an app, dataset or workerpool that is not registered
	// (code "unknown_asset").
	ErrUnknownAsset = fmt.Errorf("%w", api.ErrUnknownAsset)
	// ErrUnknownCategory: the category does not exist (code "unknown_category").
	ErrUnknownCategory = fmt.Errorf("%w", api.ErrUnknownCategory)
	// ErrInsufficientBalance: the owner's free balance cannot pay for the request or stake
	// for the workerpool order (code "insufficient_balance").
	ErrInsufficientBalance = fmt.Errorf("%w", api.ErrInsufficientBalance)
	// ErrCancelled: the order was cancelled on-chain (code "cancelled").
	ErrCancelled = fmt.Errorf("%w", api.ErrCancelled)
	// ErrConsumed: the order has no volume left on-chain (code "consumed").
	ErrConsumed = fmt.Errorf("%w", api.ErrConsumed)
	// ErrAlreadyPublished: the order was published before (code "already_published").
	ErrAlreadyPublished = fmt.Errorf("%w", api.ErrAlreadyPublished)
	// ErrOwnerLimit: the owner has Config.MaxOpenPerOwner open orders (code "limit").
	ErrOwnerLimit = fmt.Errorf("%w", api.ErrLimit)
	// ErrBookFull: the book holds Config.MaxOpen open orders (code "limit").
	ErrBookFull = fmt.Errorf("book full: %w", api.ErrLimit)
	// ErrExpired: an unpublish message expired or expires too far ahead (code "expired").
	ErrExpired = fmt.Errorf("%w", api.ErrExpired)
	// ErrForbidden: an unpublish message not signed by the order's owner (code "forbidden").
	ErrForbidden = fmt.Errorf("%w", api.ErrForbidden)
	// ErrTooLarge: a request body above Config.MaxBody (code "too_large").
	ErrTooLarge = fmt.Errorf("%w", api.ErrTooLarge)
	// ErrUnavailable: the chain could not be read (code "unavailable"): retry.
	ErrUnavailable = fmt.Errorf("%w", api.ErrUnavailable)
	// ErrConfig: an invalid Config.
	ErrConfig = errors.New("invalid market configuration")
)

// RejectError is why the market refused a request: one of the errors above (Err), the JSON
// field at fault when there is one, and a message that says what to do.
type RejectError struct {
	Err   error
	Field string
	Msg   string
}

func (e *RejectError) Error() string {
	if e.Field != "" {
		return e.Field + ": " + e.Msg
	}
	return e.Msg
}

// Unwrap gives Err, so errors.Is(err, ErrBadSignature) and api.StatusOf work.
func (e *RejectError) Unwrap() error { return e.Err }

func reject(err error, format string, a ...any) *RejectError {
	return &RejectError{Err: err, Msg: fmt.Sprintf(format, a...)}
}

func rejectField(err error, field, format string, a ...any) *RejectError {
	return &RejectError{Err: err, Field: field, Msg: fmt.Sprintf(format, a...)}
}
