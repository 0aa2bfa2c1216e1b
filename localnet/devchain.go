package localnet

import (
	"context"
	"crypto/ecdsa"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/devchain"
	"ergon/store"
)

// DevChain is a fresh embedded dev chain with the protocol deployed: what the end-to-end tests
// and `ergon bench e2e` run a network on.
type DevChain struct {
	Chain  *devchain.Chain
	Client *chain.Client
	// Funder is dev account #0: it deployed the protocol and owns the test token.
	Funder *ecdsa.PrivateKey
}

// NewDevChain starts a dev chain in dir (JSON-RPC on a free port) and deploys the protocol;
// Close stops it.
func NewDevChain(ctx context.Context, dir string, log *slog.Logger) (*DevChain, error) {
	cfg := devchain.DefaultConfig()
	cfg.DataDir, cfg.HTTPPort, cfg.Accounts, cfg.Logger = dir, 0, 1, log
	dc, err := devchain.New(cfg)
	if err != nil {
		return nil, err
	}
	if err := dc.Start(); err != nil {
		return nil, err
	}
	n, err := deploy(ctx, dc, log)
	if err != nil {
		dc.Close()
		return nil, err
	}
	return n, nil
}

func deploy(ctx context.Context, dc *devchain.Chain, log *slog.Logger) (*DevChain, error) {
	funder := dc.Accounts()[0].Key
	c0, err := chain.NewClient(ctx, dc.Client(), nil, log)
	if err != nil {
		return nil, err
	}
	d, err := chain.Deploy(ctx, c0.Sender(funder), chain.DeployConfig{})
	if err != nil {
		return nil, err
	}
	c, err := chain.NewClient(ctx, dc.Client(), d, log)
	if err != nil {
		return nil, err
	}
	return &DevChain{Chain: dc, Client: c, Funder: funder}, nil
}

// Close stops the chain.
func (d *DevChain) Close() error { return d.Chain.Close() }

// AssetOwners is a store.Authorizer accepting owners of a registered app or dataset (asked of
// the registries).
func AssetOwners(c *chain.Client) store.Authorizer {
	return store.AuthorizerFunc(func(ctx context.Context, a common.Address, _ *store.Digest) error {
		for _, reg := range []common.Address{c.Deployment.AppRegistry, c.Deployment.DatasetRegistry} {
			out, err := c.Call(ctx, reg, chain.Apps.PackBalanceOf(a))
			if err != nil {
				return err
			}
			if b, err := chain.Apps.UnpackBalanceOf(out); err == nil && b.Sign() > 0 {
				return nil
			}
		}
		return store.ErrForbidden
	})
}
