package chain

import (
	"bytes"
	"errors"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"ergon/chain/bindings"
)

// fuzzInput hands out a fuzz input piece by piece, zero-padded when it runs out.
type fuzzInput struct{ b []byte }

func (f *fuzzInput) next(n int) []byte {
	out := make([]byte, n)
	k := copy(out, f.b)
	f.b = f.b[k:]
	return out
}

func (f *fuzzInput) addr() common.Address { return common.BytesToAddress(f.next(20)) }
func (f *fuzzInput) word() [32]byte       { return [32]byte(f.next(32)) }

// num draws a uint256, mostly small (as prices and volumes are), sometimes up to 2^256 − 1.
func (f *fuzzInput) num() *big.Int {
	size := int(f.next(1)[0]) % 33
	return new(big.Int).SetBytes(f.next(size))
}

// FuzzOrderHash: for orders of any field values, the Go struct hashes equal go-ethereum's
// EIP-712 encoding of the TypedData payload, and a signature over the digest recovers its key.
func FuzzOrderHash(f *testing.F) {
	f.Add([]byte{}, "", []byte{1})
	f.Add(bytes.Repeat([]byte{0xff}, 600), `{"args":"--seed 1"}`, []byte("key"))
	f.Add([]byte("\x20\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20"), "ünïcode ✓ \x00 0x1234", []byte{0})
	f.Add([]byte("0x"), "0x", []byte("0x"))
	f.Fuzz(func(t *testing.T, data []byte, params string, seed []byte) {
		in := &fuzzInput{data}
		req := bindings.RequestOrder{App: in.addr(), Appmaxprice: in.num(), Dataset: in.addr(), Datasetmaxprice: in.num(),
			Workerpool: in.addr(), Workerpoolmaxprice: in.num(), Requester: in.addr(), Volume: in.num(), Tag: in.word(),
			Category: in.num(), Trust: in.num(), Beneficiary: in.addr(), Callback: in.addr(), Params: params, Salt: in.word()}
		orders := []any{
			req,
			bindings.AppOrder{App: req.App, Appprice: in.num(), Volume: in.num(), Tag: in.word(), Datasetrestrict: in.addr(),
				Workerpoolrestrict: in.addr(), Requesterrestrict: in.addr(), Salt: in.word()},
			bindings.DatasetOrder{Dataset: req.Dataset, Datasetprice: in.num(), Volume: in.num(), Tag: in.word(), Apprestrict: in.addr(),
				Workerpoolrestrict: in.addr(), Requesterrestrict: in.addr(), Salt: in.word()},
			bindings.WorkerpoolOrder{Workerpool: req.Workerpool, Workerpoolprice: in.num(), Volume: in.num(), Tag: in.word(),
				Category: in.num(), Trust: in.num(), Apprestrict: in.addr(), Datasetrestrict: in.addr(), Requesterrestrict: in.addr(), Salt: in.word()},
		}
		d := Domain{ChainID: in.num(), Hub: in.addr()}
		for _, o := range orders {
			td, err := d.TypedData(o)
			if err != nil {
				t.Fatal(err)
			}
			h, err := td.HashStruct(td.PrimaryType, td.Message)
			if err != nil {
				t.Fatalf("apitypes cannot hash %s: %v", orderName(o), err)
			}
			if common.BytesToHash(h) != structHash(o) {
				t.Fatalf("%s: apitypes struct hash %x, Go %s", orderName(o), h, structHash(o))
			}
			digest, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if common.BytesToHash(digest) != d.Digest(structHash(o)) {
				t.Fatalf("%s: apitypes digest %x, Domain.Digest %s", orderName(o), digest, d.Digest(structHash(o)))
			}
		}

		key, err := crypto.ToECDSA(crypto.Keccak256(seed))
		if err != nil {
			return // a hash outside the curve order: no key
		}
		digest := d.Digest(RequestOrderHash(req))
		sig, err := SignDigest(key, digest)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := Recover(digest, sig); err != nil || got != crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatalf("Recover = %s, %v; want %s", got, err, crypto.PubkeyToAddress(key.PublicKey))
		}
	})
}

// FuzzRecover: any bytes as digest and signature never panic; a signature of the wrong length
// is ErrBadSignature; Compact keeps what Recover sees for low-s signatures.
func FuzzRecover(f *testing.F) {
	key, _ := crypto.HexToECDSA("b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291")
	digest := crypto.Keccak256([]byte("digest"))
	good, _ := SignDigest(key, common.BytesToHash(digest))
	f.Add(digest, good)
	f.Add(digest, good[:64])
	f.Add([]byte{}, []byte{})
	f.Add(digest, append(good[:64:64], 0))
	f.Add(digest, append(good[:64:64], 30))
	f.Add(digest, bytes.Repeat([]byte{0xff}, 65))
	f.Add(digest, make([]byte, 65))
	halfN, _ := new(big.Int).SetString("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0", 16)
	f.Fuzz(func(t *testing.T, digestBytes, sig []byte) {
		h := common.BytesToHash(digestBytes)
		signer, err := Recover(h, sig)
		if len(sig) != 65 {
			if !errors.Is(err, ErrBadSignature) {
				t.Fatalf("Recover of %d bytes: error %v, want ErrBadSignature", len(sig), err)
			}
		} else if err != nil && !errors.Is(err, ErrBadSignature) {
			t.Fatalf("Recover error %v does not wrap ErrBadSignature", err)
		}
		c, cerr := Compact(sig)
		if len(sig) != 65 && !errors.Is(cerr, ErrBadSignature) {
			t.Fatalf("Compact of %d bytes: error %v, want ErrBadSignature", len(sig), cerr)
		}
		if err != nil || cerr != nil || new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
			return
		}
		// A low-s signature survives the round trip through the compact form.
		if got, err := Recover(h, expand(c)); err != nil || got != signer {
			t.Fatalf("compact form of %x recovers %s, %v; the full form %s", sig, got, err, signer)
		}
	})
}

// knownErrorList is the decodable errors in a stable order.
func knownErrorList() []abi.Error {
	var out []abi.Error
	for _, k := range knownErrors {
		out = append(out, k.err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Sig < out[j].Sig })
	return out
}

// argValue draws a value of an error argument's type from in.
func argValue(typ abi.Type, in *fuzzInput) (any, bool) {
	switch typ.T {
	case abi.AddressTy:
		return in.addr(), true
	case abi.FixedBytesTy:
		if typ.Size == 32 {
			return in.word(), true
		}
	case abi.StringTy:
		n := int(in.next(1)[0])
		return string(in.next(n)), true
	case abi.UintTy:
		switch typ.Size {
		case 8:
			return in.next(1)[0], true
		case 256:
			return in.num(), true
		}
	}
	return nil, false
}

func sameValue(a, b any) bool {
	if x, ok := a.(*big.Int); ok {
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	}
	return a == b
}

// FuzzDecodeRevert: any revert data decodes without panicking (and prints); data built from a
// known error's selector and arguments decodes back to its name and arguments.
func FuzzDecodeRevert(f *testing.F) {
	f.Add([]byte{}, uint16(0), []byte{})
	f.Add([]byte{0x08, 0xc3, 0x79, 0xa0}, uint16(1), []byte("\x05hello"))
	f.Add(append([]byte{0x4e, 0x48, 0x7b, 0x71}, common.LeftPadBytes([]byte{0x11}, 32)...), uint16(2), bytes.Repeat([]byte{7}, 100))
	for i, e := range knownErrorList() {
		f.Add(e.ID[:4], uint16(i), bytes.Repeat([]byte{byte(i)}, 90))
	}
	errs := knownErrorList()
	f.Fuzz(func(t *testing.T, data []byte, pick uint16, argBytes []byte) {
		re := DecodeRevert(data)
		_, _ = re.Error(), re.Hint()

		e := errs[int(pick)%len(errs)]
		in := &fuzzInput{argBytes}
		var vals []any
		for _, input := range e.Inputs {
			v, ok := argValue(input.Type, in)
			if !ok {
				t.Skipf("%s: no generator for %s", e.Sig, input.Type)
			}
			vals = append(vals, v)
		}
		packed, err := e.Inputs.Pack(vals...)
		if err != nil {
			t.Fatalf("pack %s: %v", e.Sig, err)
		}
		re = DecodeRevert(append(append([]byte{}, e.ID[:4]...), packed...))
		if re.Name != e.Name || len(re.Args) != len(vals) {
			t.Fatalf("%s decodes as %s with %d args", e.Sig, re.Name, len(re.Args))
		}
		for i, a := range re.Args {
			if a.Name != e.Inputs[i].Name || !sameValue(a.Value, vals[i]) {
				t.Fatalf("%s arg %d: %s=%v, want %s=%v", e.Sig, i, a.Name, a.Value, e.Inputs[i].Name, vals[i])
			}
		}
		if msg := re.Error(); !strings.Contains(msg, e.Name+"(") {
			t.Fatalf("message %q does not name %s", msg, e.Name)
		}

		// Error(string) and Panic(uint256) round-trip too.
		reason := string(argBytes)
		packed, _ = abi.Arguments{{Type: mustType("string")}}.Pack(reason)
		if re := DecodeRevert(append([]byte{0x08, 0xc3, 0x79, 0xa0}, packed...)); re.Name != "Error" || re.Arg("reason") != reason {
			t.Fatalf("Error(%q) decodes as %s %v", reason, re.Name, re.Args)
		}
		packed, _ = abi.Arguments{{Type: mustType("uint256")}}.Pack(new(big.Int).SetBytes(in.next(2)))
		if re := DecodeRevert(append([]byte{0x4e, 0x48, 0x7b, 0x71}, packed...)); re.Name != "Panic" {
			t.Fatalf("Panic decodes as %q", re.Name)
		}
	})
}

func mustType(s string) abi.Type {
	typ, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}
