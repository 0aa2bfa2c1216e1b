package worker

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/bindings"
)

// App kinds of the AppRegistry (contracts/src/registry/AppRegistry.sol).
const (
	// KindWASM: a WASI module run by executor/wasm.
	KindWASM uint8 = 0
	// KindDocker: a Docker image tarball run by executor/docker.
	KindDocker uint8 = 1
)

// Chain is what the worker needs from the chain. ChainAccess implements it with a
// *chain.Client; tests use a fake.
type Chain interface {
	// App returns the registered fields of an app (AppRegistry.appInfo).
	App(ctx context.Context, app common.Address) (bindings.AppRegistryApp, error)
	// Balance returns the free balance of the worker's hub account (hub accountOf).
	Balance(ctx context.Context) (*big.Int, error)
	// Deposit moves amount tokens from the worker's token wallet into its hub account, and
	// fails with ErrWalletTooLow when the wallet holds less.
	Deposit(ctx context.Context, amount *big.Int) error
}

// ChainAccess is the Chain of a worker on a deployed protocol: it reads with c and sends
// the deposit transactions from the worker's key.
type ChainAccess struct {
	c    *chain.Client
	s    *chain.Sender
	addr common.Address
}

var _ Chain = (*ChainAccess)(nil)

// NewChainAccess returns the Chain of the worker holding key; c must know the deployment.
// Use one per key: it numbers the key's transactions itself.
func NewChainAccess(c *chain.Client, key *ecdsa.PrivateKey) (*ChainAccess, error) {
	if c == nil || c.Deployment == nil {
		return nil, fmt.Errorf("%w: the chain client knows no deployment", ErrConfig)
	}
	if key == nil {
		return nil, fmt.Errorf("%w: no key", ErrConfig)
	}
	return &ChainAccess{c: c, s: c.Sender(key), addr: crypto.PubkeyToAddress(key.PublicKey)}, nil
}

// App reads an app from the AppRegistry.
func (a *ChainAccess) App(ctx context.Context, app common.Address) (bindings.AppRegistryApp, error) {
	out, err := a.c.Call(ctx, a.c.Deployment.AppRegistry, chain.Apps.PackAppInfo(app))
	if err != nil {
		return bindings.AppRegistryApp{}, fmt.Errorf("read app %s: %w", app.Hex(), err)
	}
	info, err := chain.Apps.UnpackAppInfo(out)
	if err != nil {
		return bindings.AppRegistryApp{}, fmt.Errorf("read app %s: %w", app.Hex(), err)
	}
	return info, nil
}

// Balance returns the free balance of the worker's hub account.
func (a *ChainAccess) Balance(ctx context.Context) (*big.Int, error) {
	acc, err := a.c.AccountOf(ctx, a.addr)
	if err != nil {
		return nil, err
	}
	return acc.Balance, nil
}

// Deposit approves the hub for amount (when its allowance is lower) and deposits amount
// into the worker's hub account, waiting for both transactions.
func (a *ChainAccess) Deposit(ctx context.Context, amount *big.Int) error {
	d := a.c.Deployment
	out, err := a.c.Call(ctx, d.Token, chain.Token.PackBalanceOf(a.addr))
	if err != nil {
		return fmt.Errorf("read token balance of %s: %w", a.addr.Hex(), err)
	}
	wallet, err := chain.Token.UnpackBalanceOf(out)
	if err != nil {
		return fmt.Errorf("read token balance of %s: %w", a.addr.Hex(), err)
	}
	if wallet.Cmp(amount) < 0 {
		return fmt.Errorf("%w: wallet %s holds %s tokens, the deposit needs %s: send it tokens", ErrWalletTooLow, a.addr.Hex(), wallet, amount)
	}
	out, err = a.c.Call(ctx, d.Token, chain.Token.PackAllowance(a.addr, d.Hub))
	if err != nil {
		return fmt.Errorf("read allowance of %s: %w", a.addr.Hex(), err)
	}
	allowance, err := chain.Token.UnpackAllowance(out)
	if err != nil {
		return fmt.Errorf("read allowance of %s: %w", a.addr.Hex(), err)
	}
	if allowance.Cmp(amount) < 0 {
		if _, err := a.s.Transact(ctx, d.Token, chain.Token.PackApprove(d.Hub, amount)); err != nil {
			return fmt.Errorf("approve the hub for %s tokens: %w", amount, err)
		}
	}
	if _, err := a.s.Transact(ctx, d.Hub, chain.Hub.PackDeposit(amount)); err != nil {
		return fmt.Errorf("deposit %s tokens: %w", amount, err)
	}
	return nil
}
