package api

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MarketClient is a typed client of a market's API (market/openapi.yaml). Error responses
// come back as *Error (Service "market") whose Unwrap gives the sentinel of its code:
// errors.Is(err, api.ErrAlreadyPublished). It is safe for concurrent use; set its exported
// fields before the first call.
type MarketClient struct {
	// MaxResponseSize bounds response bodies; a longer one fails with ErrTooLarge. The
	// default, DefaultMaxResponseSize, is above a page of orders (OrderPageBytes plus the
	// order that crosses it, and the records' fields).
	MaxResponseSize int64

	endpoint
}

// NewMarketClient returns a client of the market at baseURL (http or https, optionally with
// a path prefix). httpClient nil means http.DefaultClient; its Timeout, if any, bounds each
// call (DefaultRequestTimeout otherwise). A malformed baseURL makes every call fail with
// ErrBadRequest.
func NewMarketClient(baseURL string, httpClient *http.Client) *MarketClient {
	return &MarketClient{MaxResponseSize: DefaultMaxResponseSize, endpoint: newEndpoint("market", baseURL, httpClient)}
}

// Health returns the market's identity and how far it followed the chain.
func (c *MarketClient) Health(ctx context.Context) (*MarketHealth, error) {
	var h MarketHealth
	if err := c.do(ctx, http.MethodGet, "/v1/health", nil, &h); err != nil {
		return nil, err
	}
	return &h, nil
}

// Categories lists the hub's categories.
func (c *MarketClient) Categories(ctx context.Context) ([]Category, error) {
	var out []Category
	if err := c.do(ctx, http.MethodGet, "/v1/categories", nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Publish publishes a signed order and returns its record (with its hash).
func (c *MarketClient) Publish(ctx context.Context, req PublishRequest) (*OrderRecord, error) {
	var r OrderRecord
	if err := c.do(ctx, http.MethodPost, "/v1/orders", req, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Orders returns one page of open orders.
func (c *MarketClient) Orders(ctx context.Context, q OrderQuery) (*OrderPage, error) {
	var p OrderPage
	if err := c.do(ctx, http.MethodGet, "/v1/orders?"+q.Values().Encode(), nil, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Order returns one order by hash, whatever its status.
func (c *MarketClient) Order(ctx context.Context, hash common.Hash) (*OrderRecord, error) {
	var r OrderRecord
	if err := c.do(ctx, http.MethodGet, "/v1/orders/"+hash.Hex(), nil, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Unpublish takes an order off the market, signed by key (its owner's): it asks the market
// for its identity, signs UnpublishMessage valid for ttl (at most MaxUnpublishAhead).
func (c *MarketClient) Unpublish(ctx context.Context, key *ecdsa.PrivateKey, hash common.Hash, ttl time.Duration) (*OrderRecord, error) {
	if key == nil {
		return nil, errors.New("market: unpublish: no key")
	}
	h, err := c.Health(ctx)
	if err != nil {
		return nil, err
	}
	expires := time.Now().Add(min(ttl, MaxUnpublishAhead)).Unix()
	digest := UnpublishHash(*h, hash, expires)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("market: unpublish: sign: %w", err)
	}
	sig[64] += 27
	return c.UnpublishSigned(ctx, hash, Unpublish{Expires: expires, Signature: sig})
}

// UnpublishSigned sends an unpublish message signed elsewhere (e.g. by a wallet).
func (c *MarketClient) UnpublishSigned(ctx context.Context, hash common.Hash, u Unpublish) (*OrderRecord, error) {
	var r OrderRecord
	if err := c.do(ctx, http.MethodPost, "/v1/orders/"+hash.Hex()+"/unpublish", u, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Match asks for the best orders a request would match, or why none does.
func (c *MarketClient) Match(ctx context.Context, req MatchRequest) (*MatchResult, error) {
	var r MatchResult
	if err := c.do(ctx, http.MethodPost, "/v1/match", req, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// do sends in as JSON (nil: no body) and decodes a 2xx answer into out.
func (c *MarketClient) do(ctx context.Context, method, path string, in, out any) error {
	return c.call(ctx, method, path, "", 0, c.MaxResponseSize, in, out)
}
