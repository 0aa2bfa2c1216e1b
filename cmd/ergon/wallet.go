package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/spf13/cobra"
)

func init() { commandGroups = append(commandGroups, newWalletCmd) }

func newWalletCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "Create, import and show keystore wallets (standard Ethereum keystore files)",
		Long: `Wallets are standard Ethereum keystore files (scrypt, JSON v3: what geth, Clef and
most wallets read and write) in the wallet dir (--wallet-dir, $ERGON_WALLET_DIR,
wallet_dir in ergon.toml, default ~/.ergon/wallets). Commands sign with the only
wallet there, or the one --wallet (or the profile's wallet) names. The password comes
from --password-file, else $ERGON_PASSWORD, else a prompt.`,
	}
	o := addClientFlags(cmd)
	var lightKDF bool
	create := &cobra.Command{
		Use:   "create",
		Short: "Create a new key and store it as an encrypted keystore wallet",
		Example: `  ergon wallet create
  ERGON_PASSWORD=… ergon wallet create --json`,
		Args: noArgs("ergon wallet create"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			return a.storeWallet(o, k, lightKDF, "created")
		},
	}
	create.Flags().BoolVar(&lightKDF, "light-kdf", false, "weaker, faster key derivation (tests, small machines)")
	imp := &cobra.Command{
		Use:   "import <hexkey|file>",
		Short: "Import a private key (hex, or a file holding it) or a keystore file into the wallet dir",
		Example: `  ergon wallet import 0x4c0883a6…
  ergon wallet import ~/keys/UTC--2024-…--f39fd6e5…`,
		Args: exactArgs(1, "ergon wallet import <hexkey|file>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			src := args[0]
			if b, err := os.ReadFile(src); err == nil {
				if isKeystoreJSON(b) {
					return a.importKeystore(o, src, b)
				}
				k, err := parseHexKey(string(b))
				if err != nil {
					return fmt.Errorf("%s: %w", src, err)
				}
				return a.storeWallet(o, k, lightKDF, "imported")
			} else if !errors.Is(err, os.ErrNotExist) {
				return err
			}
			k, err := parseHexKey(src)
			if err != nil {
				// The argument is not echoed: it may be a key with a typo.
				return fmt.Errorf("the argument is neither a file nor a private key: %w", err)
			}
			return a.storeWallet(o, k, lightKDF, "imported")
		},
	}
	imp.Flags().BoolVar(&lightKDF, "light-kdf", false, "weaker, faster key derivation (tests, small machines)")
	list := &cobra.Command{
		Use:   "list",
		Short: "List the wallets of the wallet dir",
		Args:  noArgs("ergon wallet list"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			ws, err := listWallets(ss.s.WalletDir)
			if err != nil {
				return err
			}
			if o.json {
				if ws == nil {
					ws = []walletFile{}
				}
				return a.printJSON(ws)
			}
			if len(ws) == 0 {
				fmt.Fprintf(a.stderr, "no wallet in %s: `ergon wallet create` makes one\n", ss.s.WalletDir)
				return nil
			}
			tw := a.table()
			fmt.Fprintln(tw, "ADDRESS\tFILE")
			for _, w := range ws {
				fmt.Fprintf(tw, "%s\t%s\n", w.Address.Hex(), w.File)
			}
			return tw.Flush()
		},
	}
	show := &cobra.Command{
		Use:   "show",
		Short: "Show the wallet commands sign with, and its balances when the chain answers",
		Long: `Show the address and file of the wallet commands sign with (no password needed),
and, when the chain of the profile answers, its ether (for gas), its tokens and its
account in the hub.`,
		Args: noArgs("ergon wallet show [--wallet ADDRESS|FILE]"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			s, err := ss.signer()
			if err != nil {
				return err
			}
			out := walletOutput{Address: s.Address, Source: s.Source}
			if s.file != "" {
				out.File = s.file
			}
			bal, err := ss.balances(ctx, s.Address)
			if err != nil {
				fmt.Fprintf(a.stderr, "balances unavailable: %v\n", strings.SplitN(err.Error(), "\n", 2)[0])
			} else {
				out.Balances = bal
			}
			if o.json {
				return a.printJSON(out)
			}
			tw := a.table()
			fmt.Fprintf(tw, "address\t%s\n", out.Address.Hex())
			if out.File != "" {
				fmt.Fprintf(tw, "file\t%s\n", out.File)
			} else {
				fmt.Fprintf(tw, "key\t%s\n", out.Source)
			}
			if bal != nil {
				bal.rows(tw)
			}
			return tw.Flush()
		},
	}
	cmd.AddCommand(create, imp, list, show)
	return cmd
}

// walletOutput is `ergon wallet show --json`.
type walletOutput struct {
	Address common.Address `json:"address"`
	// File is the keystore file; empty for a raw key.
	File string `json:"file,omitempty"`
	// Source says where the key comes from.
	Source   string       `json:"source"`
	Balances *balanceInfo `json:"balances,omitempty"`
}

// walletCreated is what `ergon wallet create|import --json` prints.
type walletCreated struct {
	Address common.Address `json:"address"`
	File    string         `json:"file"`
}

func (a *app) storeWallet(o *clientOpts, k *ecdsa.PrivateKey, light bool, verb string) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	dir := ss.s.WalletDir
	addr := crypto.PubkeyToAddress(k.PublicKey)
	if err := noWalletYet(dir, addr); err != nil {
		return err
	}
	pw, err := readPassword(o.passwordFile, true, a.stderr, "Password for the new wallet: ")
	if err != nil {
		return err
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return err
	}
	if !light {
		a.progress("encrypting the key (scrypt, a second or two)…")
	}
	b, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: k}, pw, n, p)
	if err != nil {
		return err
	}
	file, err := writeWalletFile(dir, addr, b)
	if err != nil {
		return err
	}
	return a.printWallet(o, verb, addr, file)
}

// importKeystore copies a keystore file into the wallet dir once its password opens it.
func (a *app) importKeystore(o *clientOpts, src string, b []byte) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	h, _ := readKeystoreHeader(b)
	addr := common.HexToAddress(h.Address)
	if err := noWalletYet(ss.s.WalletDir, addr); err != nil {
		return err
	}
	pw, err := readPassword(o.passwordFile, false, a.stderr, fmt.Sprintf("Password of %s: ", src))
	if err != nil {
		return err
	}
	k, err := keystore.DecryptKey(b, pw)
	if err != nil {
		return fmt.Errorf("%s: %w (the wallet keeps its password: give the one it was made with)", src, err)
	}
	if k.Address != addr {
		return fmt.Errorf("%s: its key is for %s but it says %s", src, k.Address.Hex(), addr.Hex())
	}
	file, err := writeWalletFile(ss.s.WalletDir, addr, b)
	if err != nil {
		return err
	}
	return a.printWallet(o, "imported", addr, file)
}

func (a *app) printWallet(o *clientOpts, verb string, addr common.Address, file string) error {
	if o.json {
		return a.printJSON(walletCreated{Address: addr, File: file})
	}
	fmt.Fprintf(a.stdout, "%s wallet %s\n  file %s\n", verb, addr.Hex(), file)
	fmt.Fprintln(a.stderr, "keep its password: without it the key cannot be recovered; back the file up")
	return nil
}

func noWalletYet(dir string, addr common.Address) error {
	ws, err := listWallets(dir)
	if err != nil {
		return err
	}
	for _, w := range ws {
		if w.Address == addr {
			return fmt.Errorf("the wallet dir has %s already: %s", addr.Hex(), w.File)
		}
	}
	return nil
}

// writeWalletFile writes a keystore file named as geth names them, readable by its owner only.
func writeWalletFile(dir string, addr common.Address, b []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	now := time.Now().UTC()
	name := fmt.Sprintf("UTC--%s--%x", now.Format("2006-01-02T15-04-05.000000000Z"), addr[:])
	path := filepath.Join(dir, name)
	tmp, err := os.CreateTemp(dir, ".tmp-wallet-")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	return path, nil
}

// balanceInfo is what an address holds: ether for gas, tokens, and its hub account.
type balanceInfo struct {
	// Ether in wei.
	Ether string `json:"ether"`
	// Wallet is the token balance outside the hub; Balance and Frozen the hub account.
	Wallet  string `json:"wallet"`
	Balance string `json:"balance"`
	Frozen  string `json:"frozen"`
	// Token is the ERC-20 paid in.
	Token common.Address `json:"token"`

	ether, wallet, balance, frozen *big.Int
}

func (ss *session) balances(ctx context.Context, addr common.Address) (*balanceInfo, error) {
	c, err := ss.dial(ctx)
	if err != nil {
		return nil, err
	}
	ether, err := c.Backend.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, err
	}
	tokens, err := c.TokenBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	acc, err := c.AccountOf(ctx, addr)
	if err != nil {
		return nil, err
	}
	return &balanceInfo{
		Ether: ether.String(), Wallet: tokens.String(), Balance: acc.Balance.String(), Frozen: acc.Frozen.String(),
		Token: c.Deployment.Token, ether: ether, wallet: tokens, balance: acc.Balance, frozen: acc.Frozen,
	}, nil
}

func (b *balanceInfo) rows(tw interface{ Write([]byte) (int, error) }) {
	fmt.Fprintf(tw, "balance\t%s\tfree in the hub: pays for deals and stakes\n", erg(b.balance))
	fmt.Fprintf(tw, "frozen\t%s\tlocked by running deals and stakes\n", erg(b.frozen))
	fmt.Fprintf(tw, "wallet\t%s\ttokens outside the hub (`ergon account deposit` moves them in)\n", erg(b.wallet))
	fmt.Fprintf(tw, "ether\t%s\tpays for gas\n", eth(b.ether))
}
