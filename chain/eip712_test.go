package chain

import (
	"errors"
	"math/big"
	"os"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"ergon/chain/bindings"
)

var testDomain = Domain{ChainID: big.NewInt(31337), Hub: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}

func addr(i byte) common.Address { return common.BytesToAddress([]byte{0xa0, i}) }

func word32(i byte) [32]byte { return common.BytesToHash([]byte{i, 0xff, i}) }

// sampleOrders has every field of every kind set to a distinct value.
func sampleOrders() []any {
	return []any{
		bindings.AppOrder{App: addr(1), Appprice: big.NewInt(5), Volume: big.NewInt(10), Tag: word32(1),
			Datasetrestrict: addr(2), Workerpoolrestrict: addr(3), Requesterrestrict: addr(4), Salt: word32(2)},
		bindings.DatasetOrder{Dataset: addr(2), Datasetprice: big.NewInt(3), Volume: big.NewInt(11), Tag: word32(3),
			Apprestrict: addr(1), Workerpoolrestrict: addr(3), Requesterrestrict: addr(4), Salt: word32(4)},
		bindings.WorkerpoolOrder{Workerpool: addr(3), Workerpoolprice: big.NewInt(100), Volume: big.NewInt(12), Tag: word32(5),
			Category: big.NewInt(2), Trust: big.NewInt(5), Apprestrict: addr(1), Datasetrestrict: addr(2), Requesterrestrict: addr(4), Salt: word32(6)},
		bindings.RequestOrder{App: addr(1), Appmaxprice: big.NewInt(6), Dataset: addr(2), Datasetmaxprice: big.NewInt(4),
			Workerpool: addr(3), Workerpoolmaxprice: big.NewInt(101), Requester: addr(4), Volume: big.NewInt(13), Tag: word32(7),
			Category: big.NewInt(2), Trust: big.NewInt(5), Beneficiary: addr(5), Callback: addr(6),
			Params: `{"args":"--n 3","inputs":["ipfs://Qm…"]}`, Salt: word32(8)},
	}
}

func structHash(o any) common.Hash {
	switch o := o.(type) {
	case bindings.AppOrder:
		return AppOrderHash(o)
	case bindings.DatasetOrder:
		return DatasetOrderHash(o)
	case bindings.WorkerpoolOrder:
		return WorkerpoolOrderHash(o)
	case bindings.RequestOrder:
		return RequestOrderHash(o)
	}
	panic("not an order")
}

// TestTypeStringsMatchSolidity: the Go type strings are the ones Orders.sol hashes.
func TestTypeStringsMatchSolidity(t *testing.T) {
	src, err := os.ReadFile("../contracts/src/hub/Orders.sol")
	if err != nil {
		t.Skipf("contract sources not found: %v", err)
	}
	re := regexp.MustCompile(`keccak256\(\s*"([A-Za-z]+\([^"]*\))"\s*\)`)
	sol := map[string]bool{}
	for _, m := range re.FindAllSubmatch(src, -1) {
		sol[string(m[1])] = true
	}
	for _, ts := range []string{appOrderType, datasetOrderType, workerpoolOrderType, requestOrderType, authorizationType, contributionType, revealType} {
		if !sol[ts] {
			t.Errorf("Orders.sol has no type string %q", ts)
		}
	}
	if len(sol) != 7 {
		t.Errorf("Orders.sol has %d type strings, Go knows 7", len(sol))
	}
}

// TestTypedData: the eth_signTypedData_v4 payload of each order hashes, in go-ethereum's
// EIP-712 implementation, to the digest Domain computes from the Go struct hash.
func TestTypedData(t *testing.T) {
	for _, o := range sampleOrders() {
		for _, form := range []struct {
			name  string
			value any
		}{{"value", o}, {"pointer", pointerTo(o)}} {
			t.Run(orderName(o)+"/"+form.name, func(t *testing.T) {
				td, err := testDomain.TypedData(form.value)
				if err != nil {
					t.Fatal(err)
				}
				digest, _, err := apitypes.TypedDataAndHash(td)
				if err != nil {
					t.Fatal(err)
				}
				if want := testDomain.Digest(structHash(o)); common.BytesToHash(digest) != want {
					t.Errorf("apitypes digest %x, Domain.Digest %s", digest, want)
				}
				sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
				if err != nil {
					t.Fatal(err)
				}
				if common.BytesToHash(sep) != testDomain.Separator() {
					t.Errorf("apitypes separator %x, Domain.Separator %s", sep, testDomain.Separator())
				}
			})
		}
	}
	t.Run("not an order", func(t *testing.T) {
		if _, err := testDomain.TypedData(bindings.Deal{}); !errors.Is(err, ErrInvalidOrder) {
			t.Errorf("TypedData(Deal) error %v, want ErrInvalidOrder", err)
		}
	})
}

func pointerTo(o any) any {
	switch o := o.(type) {
	case bindings.AppOrder:
		return &o
	case bindings.DatasetOrder:
		return &o
	case bindings.WorkerpoolOrder:
		return &o
	case bindings.RequestOrder:
		return &o
	}
	return nil
}

func orderName(o any) string {
	switch o.(type) {
	case bindings.AppOrder:
		return "app"
	case bindings.DatasetOrder:
		return "dataset"
	case bindings.WorkerpoolOrder:
		return "workerpool"
	}
	return "request"
}

// TestOrderHashFields: changing any one field changes the hash (no field is left out).
func TestOrderHashFields(t *testing.T) {
	base := sampleOrders()[3].(bindings.RequestOrder)
	h := RequestOrderHash(base)
	muts := map[string]func(o *bindings.RequestOrder){
		"app":                func(o *bindings.RequestOrder) { o.App = addr(9) },
		"appmaxprice":        func(o *bindings.RequestOrder) { o.Appmaxprice = big.NewInt(7) },
		"dataset":            func(o *bindings.RequestOrder) { o.Dataset = addr(9) },
		"datasetmaxprice":    func(o *bindings.RequestOrder) { o.Datasetmaxprice = big.NewInt(7) },
		"workerpool":         func(o *bindings.RequestOrder) { o.Workerpool = addr(9) },
		"workerpoolmaxprice": func(o *bindings.RequestOrder) { o.Workerpoolmaxprice = big.NewInt(7) },
		"requester":          func(o *bindings.RequestOrder) { o.Requester = addr(9) },
		"volume":             func(o *bindings.RequestOrder) { o.Volume = big.NewInt(7) },
		"tag":                func(o *bindings.RequestOrder) { o.Tag = word32(9) },
		"category":           func(o *bindings.RequestOrder) { o.Category = big.NewInt(7) },
		"trust":              func(o *bindings.RequestOrder) { o.Trust = big.NewInt(7) },
		"beneficiary":        func(o *bindings.RequestOrder) { o.Beneficiary = addr(9) },
		"callback":           func(o *bindings.RequestOrder) { o.Callback = addr(9) },
		"params":             func(o *bindings.RequestOrder) { o.Params += " " },
		"salt":               func(o *bindings.RequestOrder) { o.Salt = word32(9) },
	}
	for name, mut := range muts {
		t.Run(name, func(t *testing.T) {
			o := base
			mut(&o)
			if RequestOrderHash(o) == h {
				t.Errorf("changing %s leaves the hash unchanged", name)
			}
		})
	}
	t.Run("signature is not hashed", func(t *testing.T) {
		o := base
		o.Sign = []byte{1, 2, 3}
		if RequestOrderHash(o) != h {
			t.Error("the signature changes the hash")
		}
	})
	t.Run("nil numbers are zero", func(t *testing.T) {
		a := bindings.AppOrder{App: addr(1)}
		b := bindings.AppOrder{App: addr(1), Appprice: new(big.Int), Volume: new(big.Int)}
		if AppOrderHash(a) != AppOrderHash(b) {
			t.Error("nil and zero differ")
		}
	})
}

// TestSignRecover: signatures carry v 27/28 as the hub expects; Recover undoes them.
func TestSignRecover(t *testing.T) {
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	want := crypto.PubkeyToAddress(key.PublicKey)
	digest := testDomain.Digest(structHash(sampleOrders()[0]))
	sig, err := SignDigest(key, digest)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %x: want 65 bytes, v 27 or 28", sig)
	}
	raw := append([]byte(nil), sig...)
	raw[64] -= 27
	cases := []struct {
		name    string
		sig     []byte
		digest  common.Hash
		want    common.Address
		wantErr error
	}{
		{name: "v 27/28", sig: sig, digest: digest, want: want},
		// The hub (OpenZeppelin's ECDSA) refuses v 0/1 and malleated signatures: so does Recover.
		{name: "v 0/1", sig: raw, digest: digest, wantErr: ErrBadSignature},
		{name: "high s", sig: malleate(sig), digest: digest, wantErr: ErrBadSignature},
		{name: "other digest", sig: sig, digest: common.Hash{1}},
		{name: "64 bytes", sig: sig[:64], digest: digest, wantErr: ErrBadSignature},
		{name: "empty", digest: digest, wantErr: ErrBadSignature},
		{name: "r = 0", sig: append(make([]byte, 32), sig[32:]...), digest: digest, wantErr: ErrBadSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Recover(c.digest, c.sig)
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("error %v, want %v", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.want != (common.Address{}) && got != c.want {
				t.Errorf("recovered %s, want %s", got, c.want)
			}
			if c.want == (common.Address{}) && got == want {
				t.Errorf("a signature over another digest recovers the signer")
			}
		})
	}
}

// TestCompact: the EIP-2098 form keeps r, and s with v − 27 in its top bit.
func TestCompact(t *testing.T) {
	key, _ := crypto.GenerateKey()
	for i := byte(0); i < 8; i++ { // both parities of v, most likely
		digest := crypto.Keccak256Hash([]byte{i})
		sig, err := testDomain.Sign(key, digest)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Compact(sig)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := Recover(testDomain.Digest(digest), expand(c)); err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatalf("expanded compact signature recovers %s, %v", got, err)
		}
		sc, err := testDomain.SignCompact(key, digest)
		if err != nil || sc != c {
			t.Fatalf("SignCompact %x, %v; want %x", sc, err, c)
		}
	}
	for _, bad := range [][]byte{nil, make([]byte, 64), append(make([]byte, 64), 29), append(make([]byte, 64), 2)} {
		if _, err := Compact(bad); !errors.Is(err, ErrBadSignature) {
			t.Errorf("Compact(%x) error %v, want ErrBadSignature", bad, err)
		}
	}
}

// expand turns an EIP-2098 signature back into 65 bytes with v 27/28.
func expand(c bindings.Signature) []byte {
	sig := make([]byte, 65)
	copy(sig, c.R[:])
	copy(sig[32:], c.Vs[:])
	sig[32] &= 0x7f
	sig[64] = 27 + c.Vs[0]>>7
	return sig
}

// malleate returns the other valid signature of the same message: s' = n − s, v flipped.
func malleate(sig []byte) []byte {
	out := make([]byte, 65)
	copy(out, sig)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(out[32:64])
	out[64] ^= 1
	return out
}
