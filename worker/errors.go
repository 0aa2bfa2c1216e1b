package worker

import "errors"

// Sentinel errors of the worker.
var (
	// ErrConfig: a Config is invalid; the message says which field.
	ErrConfig = errors.New("invalid worker configuration")
	// ErrUnsupportedApp: the worker cannot run the app: no executor for its kind, or a
	// location it cannot fetch. The task is given back.
	ErrUnsupportedApp = errors.New("app not supported by this worker")
	// ErrBadParams: the request's params do not parse (api.ParseParams). The task is given
	// back (see the package documentation).
	ErrBadParams = errors.New("request params refused")
	// ErrDeadline: the task's contribution deadline passed before it could be contributed.
	ErrDeadline = errors.New("contribution deadline passed")
	// ErrStakeNotCovered: the worker's free hub balance does not cover the task's stake and
	// depositing more failed or is not allowed (Config.DepositAmount zero).
	ErrStakeNotCovered = errors.New("stake not covered")
	// ErrWalletTooLow: the worker's token wallet cannot pay a deposit (ChainAccess.Deposit).
	ErrWalletTooLow = errors.New("token wallet too low")
)
