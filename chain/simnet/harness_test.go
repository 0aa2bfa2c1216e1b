package simnet

import (
	"context"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"ergon/chain"
)

// Order kinds as the hub numbers them in its errors.
const (
	kindApp uint8 = iota
	kindDataset
	kindWorkerpool
	kindRequest
)

// nowhere is an address no registry knows.
var nowhere = common.HexToAddress("0x00000000000000000000000000000000DeaDBeef")

// newNet starts a fresh simulated chain for one test, so that every account in it is known.
func newNet(t *testing.T) (context.Context, *Network) {
	t.Helper()
	ctx := t.Context()
	n, err := New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	return ctx, n
}

func newMarket(t *testing.T, n *Network, withDataset bool) *Market {
	t.Helper()
	m, err := n.NewMarket(t.Context(), withDataset)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// signed returns m's orders for terms, changed by mutate (may be nil), then signed by their owners.
func signed(n *Network, m *Market, terms Terms, mutate func(o *Orders)) Orders {
	o := m.Orders(terms)
	if mutate != nil {
		mutate(&o)
	}
	n.SignAll(m, &o)
	return o
}

func mustMatch(t *testing.T, n *Network, from *chain.Sender, o Orders) *Deal {
	t.Helper()
	d, _, err := n.Match(t.Context(), from, o)
	if err != nil {
		t.Fatalf("matchOrders: %v", err)
	}
	return d
}

// wantRevert fails unless err is the revert `name` with (at least) the given arguments. An int
// stands for a uint256 or uint8 argument, a common.Hash for a bytes32.
func wantRevert(t *testing.T, err error, name string, args map[string]any) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want revert %s", name)
	}
	if !chain.IsRevert(err, name) {
		t.Fatalf("error %v, want revert %s", err, name)
	}
	re, _ := chain.AsRevert(err)
	for k, want := range args {
		if got := re.Arg(k); !sameArg(got, want) {
			t.Errorf("%s: argument %s = %v, want %v", name, k, got, want)
		}
	}
}

func sameArg(got, want any) bool {
	switch w := want.(type) {
	case int:
		switch g := got.(type) {
		case *big.Int:
			return g.Cmp(big.NewInt(int64(w))) == 0
		case uint8:
			return int(g) == w
		}
		return false
	case uint8:
		g, ok := got.(uint8)
		return ok && g == w
	case *big.Int:
		g, ok := got.(*big.Int)
		return ok && g.Cmp(w) == 0
	case common.Hash:
		g, ok := got.([32]byte)
		return ok && common.Hash(g) == w
	}
	return reflect.DeepEqual(got, want)
}

// events returns the logs of r emitted by addr that unpack as the event unpack reads.
func events[T any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if e, err := unpack(l); err == nil {
			out = append(out, e)
		}
	}
	return out
}

func tagBits(bits ...uint) [32]byte {
	x := new(big.Int)
	for _, b := range bits {
		x.SetBit(x, int(b), 1)
	}
	return common.BigToHash(x)
}

const (
	bitTEE = 0
	bitGPU = 8
)

func account(t *testing.T, n *Network, a common.Address) (balance, frozen *big.Int) {
	t.Helper()
	b, f, err := n.Account(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	return b, f
}

func consumed(t *testing.T, n *Network, h common.Hash) int64 {
	t.Helper()
	out, err := n.Client.Call(t.Context(), n.D.Hub, chain.Hub.PackConsumed(h))
	if err != nil {
		t.Fatal(err)
	}
	v, err := chain.Hub.UnpackConsumed(out)
	if err != nil {
		t.Fatal(err)
	}
	return v.Int64()
}

func big64(v int64) *big.Int { return big.NewInt(v) }

// highS turns a valid signature into its malleated twin (s → n − s, v flipped), which recovers
// the same signer but that the hub refuses, as OpenZeppelin's ECDSA does.
func highS(sig []byte) []byte {
	curveN, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(out[32:64], common.BigToHash(new(big.Int).Sub(curveN, s)).Bytes())
	out[64] = 27 + 28 - sig[64]
	return out
}
