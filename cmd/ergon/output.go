package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/requester"
)

// Printing for people and for programs. Data goes to stdout, as text or with --json as one
// JSON document whose fields are only ever added; amounts in JSON are decimal strings of token
// units (1 ERG = 1e9 units) or wei, times are unix seconds.

func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func (a *app) table() *tabwriter.Writer { return tabwriterFor(a.stdout) }

func tabwriterFor(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 4, 2, ' ', 0) }

// progress prints what a command is doing while it waits.
func (a *app) progress(format string, args ...any) {
	fmt.Fprintf(a.stderr, format+"\n", args...)
}

// transact sends a transaction and waits until it is mined, saying what it waits for.
func (a *app) transact(ctx context.Context, s *chain.Sender, to common.Address, data []byte, what string) (*types.Receipt, error) {
	tx, err := s.Send(ctx, &to, data, nil)
	if err != nil {
		return nil, err
	}
	a.progress("%s: sent %s, waiting for it to be mined…", what, tx.Hash().Hex())
	return s.Wait(ctx, tx)
}

// ergUnit is one ERG in token units.
var ergUnit = big.NewInt(1_000_000_000)

// parseERG reads an amount of ERG: "12.5", "12.5 ERG", or token units as "1500 nERG".
func parseERG(s string) (*big.Int, error) {
	in := strings.TrimSpace(s)
	units := false
	switch {
	case strings.HasSuffix(strings.ToLower(in), "nerg"):
		in, units = strings.TrimSpace(in[:len(in)-4]), true
	case strings.HasSuffix(strings.ToLower(in), "erg"):
		in = strings.TrimSpace(in[:len(in)-3])
	}
	bad := fmt.Errorf("amount %q: want ERG like 12.5 (up to 9 decimals), or token units like 1500nERG", s)
	if in == "" || strings.HasPrefix(in, "-") || strings.HasPrefix(in, "+") {
		return nil, bad
	}
	if units {
		v, ok := new(big.Int).SetString(in, 10)
		if !ok {
			return nil, bad
		}
		return v, nil
	}
	whole, frac, _ := strings.Cut(in, ".")
	if len(frac) > 9 || (whole == "" && frac == "") {
		return nil, bad
	}
	if whole == "" {
		whole = "0"
	}
	frac += strings.Repeat("0", 9-len(frac))
	v, ok := new(big.Int).SetString(whole+frac, 10)
	if !ok {
		return nil, bad
	}
	return v, nil
}

// erg formats token units in ERG ("12.5 ERG").
func erg(units *big.Int) string {
	if units == nil {
		return "-"
	}
	return requester.FormatERG(units)
}

// ergAmount is erg without the unit, as `ergon account deposit` takes it.
func ergAmount(units *big.Int) string { return strings.TrimSuffix(erg(units), " ERG") }

// eth formats wei in ether with up to 6 decimals ("9999.99979 ETH").
func eth(wei *big.Int) string {
	if wei == nil {
		return "-"
	}
	q, r := new(big.Int).QuoRem(wei, big.NewInt(params.Ether), new(big.Int))
	micro := new(big.Int).Quo(r, big.NewInt(params.Ether/1_000_000)).Int64()
	if micro == 0 {
		if r.Sign() != 0 && q.Sign() == 0 {
			return wei.String() + " wei"
		}
		return q.String() + " ETH"
	}
	f := strings.TrimRight(fmt.Sprintf("%06d", micro), "0")
	return q.String() + "." + f + " ETH"
}

func str(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

// when formats a unix time for people, relative to the chain's now.
func when(unix, now uint64) string {
	t := time.Unix(int64(unix), 0).UTC().Format("2006-01-02 15:04:05 UTC")
	switch {
	case unix > now:
		return fmt.Sprintf("%s (in %s)", t, time.Duration(unix-now)*time.Second)
	case unix < now:
		return fmt.Sprintf("%s (%s ago)", t, time.Duration(now-unix)*time.Second)
	}
	return t + " (now)"
}

// parseHash reads a 32-byte id (deal, task) given on the command line.
func parseHash(what, s string) (common.Hash, error) {
	b, err := decodeHex(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("%s %q is not a %s id: want 0x and 64 hex digits", what, s, what)
	}
	return common.BytesToHash(b), nil
}

func decodeHex(s string) ([]byte, error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return nil, errors.New("no 0x prefix")
	}
	return common.ParseHexOrString(s)
}

// parseAddress reads an address given as the argument or flag what.
func parseAddress(what, s string) (common.Address, error) {
	if !isAddress(s) {
		return common.Address{}, fmt.Errorf("%s %q is not an address: want 0x and 40 hex digits", what, s)
	}
	return common.HexToAddress(s), nil
}

// Argument checks whose errors say how to call the command.
func noArgs(usage string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > 0 {
			return fmt.Errorf("unexpected argument %q; usage: %s", args[0], usage)
		}
		return nil
	}
}

func exactArgs(n int, usage string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return fmt.Errorf("want %d argument(s), got %d; usage: %s", n, len(args), usage)
		}
		return nil
	}
}

func rangeArgs(lo, hi int, usage string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < lo || len(args) > hi {
			return fmt.Errorf("want %d to %d argument(s), got %d; usage: %s", lo, hi, len(args), usage)
		}
		return nil
	}
}

// explain adds what a person can do to the errors where there is something to do.
func explain(err error) error {
	if err == nil {
		return nil
	}
	re, ok := chain.AsRevert(err)
	if !ok {
		if msg := err.Error(); strings.Contains(msg, "insufficient funds for gas") {
			return fmt.Errorf("%w\n  the account has no ether to pay for gas: on the dev chain run `ergon account faucet`; elsewhere send it some", err)
		}
		return err
	}
	hint := ""
	switch re.Name {
	case "InsufficientBalance":
		need, _ := re.Arg("needed").(*big.Int)
		have, _ := re.Arg("available").(*big.Int)
		if need != nil && have != nil && need.Cmp(have) > 0 {
			hint = fmt.Sprintf("run `ergon account deposit %s` (amount in ERG) for %s", ergAmount(new(big.Int).Sub(need, have)), formatAddr(re.Arg("account")))
		}
	case "ERC20InsufficientBalance":
		hint = "the wallet does not hold enough tokens: on the dev chain run `ergon account faucet`; elsewhere get ERG first"
	case "ERC20InsufficientAllowance":
		hint = "the hub may not take these tokens yet: `ergon account deposit` approves it first"
	case "NotAssetOwner", "ERC721IncorrectOwner", "ERC721InsufficientApproval":
		hint = "only the asset's owner may do this: `ergon app|dataset|workerpool show ADDRESS` says who owns it"
	case "ERC721InvalidReceiver":
		hint = "the receiver is a contract that cannot hold ERC-721 tokens: transfer to an account, or to a contract implementing onERC721Received"
	case "OwnableUnauthorizedAccount":
		hint = fmt.Sprintf("%s is not the contract's owner: only the owner may do this", formatAddr(re.Arg("account")))
	case "AlreadyRegistered":
		hint = "it exists already: `ergon app|dataset|workerpool show ADDRESS`"
	case "WrongStatus":
		hint = "see where the task is with `ergon task show TASK`"
	case "FinalDeadlineNotReached":
		if d, ok := re.Arg("deadline").(*big.Int); ok {
			hint = fmt.Sprintf("wait until %s", time.Unix(d.Int64(), 0).UTC().Format("2006-01-02 15:04:05 UTC"))
		}
	}
	if hint == "" {
		return err
	}
	return fmt.Errorf("%w\n  %s", err, hint)
}

func formatAddr(v any) string {
	if a, ok := v.(common.Address); ok {
		return a.Hex()
	}
	return fmt.Sprint(v)
}
