package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Reads of an account's money, in token units (1e-9 ERG) unless said otherwise: what the CLI's
// `ergon account` and `ergon wallet` show, and what they check before sending a transaction
// that would revert.

// Account is an account's hub balances.
type Account struct {
	// Balance is free: spendable on deals and stakes, withdrawable.
	Balance *big.Int
	// Frozen is locked by running deals and stakes.
	Frozen *big.Int
}

// AccountOf reads addr's account in the hub.
func (c *Client) AccountOf(ctx context.Context, addr common.Address) (Account, error) {
	out, err := c.Call(ctx, c.Deployment.Hub, Hub.PackAccountOf(addr))
	if err != nil {
		return Account{}, fmt.Errorf("read hub account of %s: %w", addr.Hex(), err)
	}
	acc, err := Hub.UnpackAccountOf(out)
	if err != nil {
		return Account{}, fmt.Errorf("read hub account of %s: %w", addr.Hex(), err)
	}
	return Account{Balance: acc.Balance, Frozen: acc.Frozen}, nil
}

// TokenBalance reads how many tokens addr holds outside the hub.
func (c *Client) TokenBalance(ctx context.Context, addr common.Address) (*big.Int, error) {
	out, err := c.Call(ctx, c.Deployment.Token, Token.PackBalanceOf(addr))
	if err != nil {
		return nil, err
	}
	return Token.UnpackBalanceOf(out)
}

// TokenAllowance reads how many of owner's tokens spender may still take.
func (c *Client) TokenAllowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	out, err := c.Call(ctx, c.Deployment.Token, Token.PackAllowance(owner, spender))
	if err != nil {
		return nil, err
	}
	return Token.UnpackAllowance(out)
}

// TokenOwner reads the owner of a test token deployment's token (who may mint).
func (c *Client) TokenOwner(ctx context.Context) (common.Address, error) {
	out, err := c.Call(ctx, c.Deployment.Token, Token.PackOwner())
	if err != nil {
		return common.Address{}, err
	}
	return Token.UnpackOwner(out)
}

// HubOwner reads the hub's owner (who may create categories).
func (c *Client) HubOwner(ctx context.Context) (common.Address, error) {
	out, err := c.Call(ctx, c.Deployment.Hub, Hub.PackOwner())
	if err != nil {
		return common.Address{}, err
	}
	return Hub.UnpackOwner(out)
}
