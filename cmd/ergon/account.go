package main

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/chain/devchain"
)

func init() { commandGroups = append(commandGroups, newAccountCmd) }

// faucetEther is what the faucet sends an account short of gas money; faucetEtherLow is short.
var (
	faucetEther    = new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	faucetEtherLow = big.NewInt(params.Ether)
)

func newAccountCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "account",
		Short: "Your account in the hub: show it, deposit tokens in, withdraw them (and a dev-chain faucet)",
		Long: `Everything in Ergon is paid from an account in the hub: deals lock the requester's
price, pools and workers lock stakes, rewards land there. Tokens move in with
deposit and out with withdraw. Amounts are in ERG ("12.5"; 1 ERG = 1e9 token units,
"1500nERG" for units).`,
	}
	o := addClientFlags(cmd)
	show := &cobra.Command{
		Use:   "show [address]",
		Short: "Show an account: free and frozen in the hub, tokens in the wallet, ether",
		Args:  rangeArgs(0, 1, "ergon account show [address]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			var addr common.Address
			if len(args) == 1 {
				if addr, err = parseAddress("account", args[0]); err != nil {
					return err
				}
			} else {
				s, err := ss.signer()
				if err != nil {
					return err
				}
				addr = s.Address
			}
			return ss.printAccount(ctx, addr)
		},
	}
	deposit := &cobra.Command{
		Use:   "deposit <amount>",
		Short: "Move tokens from the wallet into the hub account (approving the hub first when needed)",
		Example: `  ergon account deposit 12.5
  ergon account deposit 100 --wallet 0xf39F…`,
		Args: exactArgs(1, "ergon account deposit <amount in ERG>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseERG(args[0])
			if err != nil {
				return err
			}
			if amount.Sign() == 0 {
				return fmt.Errorf("amount %q is zero: deposit a positive amount", args[0])
			}
			return a.deposit(cmd.Context(), o, amount)
		},
	}
	withdraw := &cobra.Command{
		Use:     "withdraw <amount>",
		Short:   "Move free tokens from the hub account back to the wallet",
		Example: `  ergon account withdraw 12.5`,
		Args:    exactArgs(1, "ergon account withdraw <amount in ERG>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseERG(args[0])
			if err != nil {
				return err
			}
			if amount.Sign() == 0 {
				return fmt.Errorf("amount %q is zero: withdraw a positive amount", args[0])
			}
			return a.withdraw(cmd.Context(), o, amount)
		},
	}
	var to string
	faucet := &cobra.Command{
		Use:   "faucet [amount]",
		Short: "Dev chain only: mint test tokens (default 1000 ERG) and send ether for gas to an account",
		Long: `On the dev chain (chain id ` + fmt.Sprint(devchain.ChainID) + `, test token owned by dev account #0), mint test tokens to
your wallet (or --to) and, when it holds less than 1 ETH, send it 10 ETH for gas, both
from the publicly known dev account #0. Refused anywhere else.`,
		Example: `  ergon account faucet
  ergon account faucet 5000 --to 0x70997970…`,
		Args: rangeArgs(0, 1, "ergon account faucet [amount in ERG] [--to ADDRESS]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount := new(big.Int).Mul(big.NewInt(1000), ergUnit)
			if len(args) == 1 {
				var err error
				if amount, err = parseERG(args[0]); err != nil {
					return err
				}
			}
			return a.faucet(cmd.Context(), o, amount, to)
		},
	}
	faucet.Flags().StringVar(&to, "to", "", "account to fund (default: your wallet's)")
	cmd.AddCommand(show, deposit, withdraw, faucet)
	return cmd
}

// accountOutput is `ergon account show --json` (and what deposit, withdraw and faucet print):
// amounts in token units, ether in wei.
type accountOutput struct {
	Address common.Address `json:"address"`
	balanceInfo
	// Tx is the transaction that changed the account (deposit, withdraw, faucet).
	Tx *common.Hash `json:"tx,omitempty"`
	// Amount moved by that transaction, in token units.
	Amount string `json:"amount,omitempty"`
}

func (ss *session) printAccount(ctx context.Context, addr common.Address) error {
	return ss.printAccountAfter(ctx, addr, nil, nil, "")
}

func (ss *session) printAccountAfter(ctx context.Context, addr common.Address, tx *common.Hash, amount *big.Int, headline string) error {
	b, err := ss.balances(ctx, addr)
	if err != nil {
		return err
	}
	out := accountOutput{Address: addr, balanceInfo: *b, Tx: tx}
	if amount != nil {
		out.Amount = amount.String()
	}
	a := ss.a
	if ss.o.json {
		return a.printJSON(out)
	}
	if headline != "" {
		fmt.Fprintln(a.stdout, headline)
	}
	tw := a.table()
	fmt.Fprintf(tw, "account\t%s\n", addr.Hex())
	b.rows(tw)
	return tw.Flush()
}

func (a *app) deposit(ctx context.Context, o *clientOpts, amount *big.Int) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	have, err := c.TokenBalance(ctx, s.Address)
	if err != nil {
		return err
	}
	if have.Cmp(amount) < 0 {
		hint := "get ERG on this chain first"
		if isDevChain(c) {
			hint = "on the dev chain, `ergon account faucet` mints test tokens"
		}
		return fmt.Errorf("the wallet %s holds %s of the token, less than %s: %s", s.Address.Hex(), erg(have), erg(amount), hint)
	}
	key, err := s.Key()
	if err != nil {
		return err
	}
	tx := c.Sender(key)
	allowed, err := c.TokenAllowance(ctx, s.Address, c.Deployment.Hub)
	if err != nil {
		return err
	}
	if allowed.Cmp(amount) < 0 {
		if _, err := a.transact(ctx, tx, c.Deployment.Token, chain.Token.PackApprove(c.Deployment.Hub, amount),
			fmt.Sprintf("approving the hub to take %s", erg(amount))); err != nil {
			return fmt.Errorf("approve: %w", err)
		}
	}
	r, err := a.transact(ctx, tx, c.Deployment.Hub, chain.Hub.PackDeposit(amount), "depositing "+erg(amount))
	if err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	return ss.printAccountAfter(ctx, s.Address, &r.TxHash, amount, fmt.Sprintf("deposited %s", erg(amount)))
}

func (a *app) withdraw(ctx context.Context, o *clientOpts, amount *big.Int) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	acc, err := c.AccountOf(ctx, s.Address)
	if err != nil {
		return err
	}
	if acc.Balance.Cmp(amount) < 0 {
		return fmt.Errorf("the hub account of %s has %s free (and %s frozen), less than %s: withdraw at most %s",
			s.Address.Hex(), erg(acc.Balance), erg(acc.Frozen), erg(amount), ergAmount(acc.Balance))
	}
	key, err := s.Key()
	if err != nil {
		return err
	}
	r, err := a.transact(ctx, c.Sender(key), c.Deployment.Hub, chain.Hub.PackWithdraw(amount), "withdrawing "+erg(amount))
	if err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	return ss.printAccountAfter(ctx, s.Address, &r.TxHash, amount, fmt.Sprintf("withdrew %s", erg(amount)))
}

// isDevChain tells whether c is the dev chain with its test token, minted by dev account #0.
func isDevChain(c *chain.Client) bool {
	return c.ChainID.Uint64() == devchain.ChainID && c.Deployment.TestToken
}

func (a *app) faucet(ctx context.Context, o *clientOpts, amount *big.Int, to string) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	if c.ChainID.Uint64() != devchain.ChainID {
		return fmt.Errorf("no faucet on chain %s: the faucet mints the dev chain's test token (chain %d); here, get ERG and ether elsewhere", c.ChainID, devchain.ChainID)
	}
	if !c.Deployment.TestToken {
		return fmt.Errorf("no faucet: this deployment pays in the ERC-20 %s, not in a mintable test token", c.Deployment.Token.Hex())
	}
	dev0 := devchain.DevAccounts(1)[0]
	owner, err := c.TokenOwner(ctx)
	if err != nil {
		return err
	}
	if owner != dev0.Address {
		return fmt.Errorf("no faucet: the test token's owner %s is not dev account #0; ask its owner to mint", owner.Hex())
	}
	var addr common.Address
	if to != "" {
		if addr, err = parseAddress("--to", to); err != nil {
			return err
		}
	} else {
		s, err := ss.signer()
		if err != nil {
			return err
		}
		addr = s.Address
	}
	funder := c.Sender(dev0.Key)
	var txs []*types.Transaction
	ether, err := c.Backend.BalanceAt(ctx, addr, nil)
	if err != nil {
		return err
	}
	if ether.Cmp(faucetEtherLow) < 0 {
		a.progress("sending %s for gas to %s…", eth(faucetEther), addr.Hex())
		tx, err := funder.Send(ctx, &addr, nil, &chain.TxOpts{GasLimit: 21_000, Value: faucetEther})
		if err != nil {
			return fmt.Errorf("send ether: %w", err)
		}
		txs = append(txs, tx)
	}
	var mint *types.Transaction
	if amount.Sign() > 0 {
		a.progress("minting %s for %s…", erg(amount), addr.Hex())
		if mint, err = funder.Send(ctx, &c.Deployment.Token, chain.Token.PackMint(addr, amount), nil); err != nil {
			return fmt.Errorf("mint: %w", err)
		}
		txs = append(txs, mint)
	}
	for _, tx := range txs {
		if _, err := funder.Wait(ctx, tx); err != nil {
			return err
		}
	}
	var h *common.Hash
	if mint != nil {
		hash := mint.Hash()
		h = &hash
	}
	return ss.printAccountAfter(ctx, addr, h, amount, fmt.Sprintf("minted %s of test token", erg(amount)))
}
