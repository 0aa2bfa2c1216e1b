package chain

import "errors"

// Sentinel errors of the chain layer.
var (
	// ErrBadSignature: a signature is malformed or does not recover.
	ErrBadSignature = errors.New("bad signature")
	// ErrInvalidOrder: an order is not one of the four kinds, or a field is out of range.
	ErrInvalidOrder = errors.New("invalid order")
	// ErrReverted: a transaction was mined but reverted; the error wraps a *RevertError when
	// the reason could be recovered.
	ErrReverted = errors.New("transaction reverted")
	// ErrWrongChain: the node serves another chain than the deployment file names.
	ErrWrongChain = errors.New("wrong chain")
	// ErrNotDeployed: no contract code at an address the deployment file names.
	ErrNotDeployed = errors.New("contracts not deployed")
	// ErrDeploymentFile: the deployment file is missing or malformed.
	ErrDeploymentFile = errors.New("deployment file")
)
