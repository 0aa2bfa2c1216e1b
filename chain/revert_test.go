package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

// revertData is the revert data of the hub's custom error name with args.
func revertData(t *testing.T, name string, args ...any) []byte {
	t.Helper()
	e, ok := Hub.GetABI().Errors[name]
	if !ok {
		t.Fatalf("the hub has no error %s", name)
	}
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, e.ID[:4]...), packed...)
}

func TestRevertError(t *testing.T) {
	acct := common.HexToAddress("0x00000000000000000000000000000000000000A1")
	cases := []struct {
		name     string
		data     []byte
		wantName string
		message  []string // substrings of Error()
		hint     string   // substring of Hint(); "" means no hint
	}{
		{
			name:     "InsufficientBalance",
			data:     revertData(t, "InsufficientBalance", acct, big.NewInt(150), big.NewInt(100)),
			wantName: "InsufficientBalance",
			message:  []string{"reverted: InsufficientBalance(account=" + acct.Hex() + ", needed=150, available=100)", "deposit at least 50 more"},
			hint:     "has 100 free but 150 is needed: deposit at least 50 more",
		},
		{
			name:     "PriceTooHigh",
			data:     revertData(t, "PriceTooHigh", uint8(2), big.NewInt(100), big.NewInt(99)),
			wantName: "PriceTooHigh",
			message:  []string{"PriceTooHigh(kind=2, price=100, maxPrice=99)"},
			hint:     "the workerpool order costs 100, more than the request accepts (99)",
		},
		{
			name:     "no arguments",
			data:     revertData(t, "ZeroAmount"),
			wantName: "ZeroAmount",
			message:  []string{"reverted: ZeroAmount()"},
		},
		{
			name:     "require string",
			data:     append([]byte{0x08, 0xc3, 0x79, 0xa0}, mustPack(t, "string", "boom")...),
			wantName: "Error",
			message:  []string{"reverted: Error(reason=boom)"},
		},
		{
			name:     "panic",
			data:     append([]byte{0x4e, 0x48, 0x7b, 0x71}, mustPack(t, "uint256", big.NewInt(0x11))...),
			wantName: "Panic",
			message:  []string{"reverted: Panic(reason=", "overflow"},
		},
		{
			name:    "unknown selector",
			data:    []byte{0xde, 0xad, 0xbe, 0xef, 1},
			message: []string{"reverted: unknown error 0xdeadbeef01"},
		},
		{
			name:    "known selector, bad arguments",
			data:    revertData(t, "InsufficientBalance", acct, big.NewInt(1), big.NewInt(0))[:40],
			message: []string{"unknown error"},
		},
		{
			name:    "no data",
			message: []string{"reverted: no reason given"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re := DecodeRevert(c.data)
			if re.Name != c.wantName {
				t.Fatalf("name %q, want %q", re.Name, c.wantName)
			}
			msg := re.Error()
			for _, s := range c.message {
				if !strings.Contains(msg, s) {
					t.Errorf("Error() = %q, want it to contain %q", msg, s)
				}
			}
			if h := re.Hint(); (c.hint == "") != (h == "") || !strings.Contains(h, c.hint) {
				t.Errorf("Hint() = %q, want %q", h, c.hint)
			}
			var err error = fmt.Errorf("send: %w", re)
			if !errors.Is(err, ErrReverted) {
				t.Error("errors.Is(err, ErrReverted) is false")
			}
			if got, ok := AsRevert(err); !ok || got != re {
				t.Error("AsRevert does not find the revert")
			}
			if c.wantName != "" && !IsRevert(err, c.wantName) {
				t.Errorf("IsRevert(err, %q) is false", c.wantName)
			}
		})
	}
	t.Run("typed value", func(t *testing.T) {
		err := fmt.Errorf("wrapped: %w", DecodeRevert(revertData(t, "InsufficientBalance", acct, big.NewInt(150), big.NewInt(100))))
		v, ok := RevertValue[bindings.ErgonHubInsufficientBalance](err)
		if !ok || v.Account != acct || v.Needed.Int64() != 150 || v.Available.Int64() != 100 {
			t.Errorf("RevertValue = %+v, %v", v, ok)
		}
		if _, ok := RevertValue[bindings.ErgonHubZeroAmount](err); ok {
			t.Error("RevertValue of another type succeeds")
		}
		if IsRevert(errors.New("InsufficientBalance"), "InsufficientBalance") {
			t.Error("IsRevert matches an error string")
		}
	})
}

func mustPack(t *testing.T, typ string, v any) []byte {
	t.Helper()
	b, err := abi.Arguments{{Type: mustType(typ)}}.Pack(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
