package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// AnyOf accepts an upload that one of its authorizers accepts, trying them in order.
type AnyOf []Authorizer

// Authorize implements Authorizer.
func (a AnyOf) Authorize(ctx context.Context, uploader common.Address, d *Digest) error {
	for _, z := range a {
		if z.Authorize(ctx, uploader, d) == nil {
			return nil
		}
	}
	return fmt.Errorf("%w: %s is neither a worker of a running task nor an asset owner", ErrForbidden, uploader.Hex())
}
