package market_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/market"
)

// seedOrders are one signed order of each kind, as JSON.
func seedOrders(t testing.TB) [][]byte {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	d := chain.Domain{ChainID: big.NewInt(1337), Hub: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	app := bindings.AppOrder{App: common.HexToAddress("0xa1"), Appprice: big.NewInt(5), Volume: big.NewInt(10),
		Tag: common.Hash{31: 1}, Salt: salt("a")}
	ds := bindings.DatasetOrder{Dataset: common.HexToAddress("0xd1"), Datasetprice: big.NewInt(3), Volume: big.NewInt(1),
		Apprestrict: common.HexToAddress("0xa1"), Salt: salt("d")}
	pool := bindings.WorkerpoolOrder{Workerpool: common.HexToAddress("0xb1"), Workerpoolprice: big.NewInt(100), Volume: big.NewInt(1000),
		Category: big.NewInt(2), Trust: new(big.Int).Lsh(big.NewInt(1), 255), Salt: salt("w")}
	req := bindings.RequestOrder{App: common.HexToAddress("0xa1"), Appmaxprice: big.NewInt(5), Datasetmaxprice: new(big.Int),
		Workerpoolmaxprice: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), Requester: crypto.PubkeyToAddress(key.PublicKey),
		Volume: big.NewInt(3), Category: new(big.Int), Trust: big.NewInt(5), Params: `{"args":["-n","3 \"quoted\" é"]}`, Salt: salt("r")}
	must(t, d.SignAppOrder(key, &app))
	must(t, d.SignDatasetOrder(key, &ds))
	must(t, d.SignWorkerpoolOrder(key, &pool))
	req.Sign = []byte{} // presigned
	var out [][]byte
	for _, o := range []any{app, ds, pool, req} {
		b, err := json.Marshal(api.MustOrder(o))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// TestDecodeOrderRoundTrip: what the client encodes, the market decodes to the same order
// (same EIP-712 hash, same signature).
func TestDecodeOrderRoundTrip(t *testing.T) {
	for _, b := range seedOrders(t) {
		o, err := market.DecodeOrder(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		again, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, b) {
			t.Errorf("re-encoded differently:\n%s\n%s", b, again)
		}
	}
	// A checksummed address is checked.
	b := seedOrders(t)[0]
	lower := `"app":"0x00000000000000000000000000000000000000a1"`
	bad := strings.Replace(string(b), lower, `"app":"0x00000000000000000000000000000000000000A1"`, 1)
	if _, err := market.DecodeOrder([]byte(bad)); err != nil {
		t.Errorf("upper case address refused: %v", err)
	}
	mixed := strings.Replace(string(b), lower, `"app":"0xAb000000000000000000000000000000000000a1"`, 1)
	if _, err := market.DecodeOrder([]byte(mixed)); err == nil || !strings.Contains(err.Error(), "app") {
		t.Errorf("bad checksum: %v", err)
	}
}

// FuzzDecodeOrder: the decoder never panics; what it accepts encodes back to JSON that it
// decodes to the same order, and every refusal is a malformed-request error naming where.
func FuzzDecodeOrder(f *testing.F) {
	for _, b := range seedOrders(f) {
		f.Add(b)
		f.Add(b[:len(b)/2])
		f.Add(append(bytes.Clone(b), '1'))
		f.Add(bytes.Replace(b, []byte(`"volume":"`), []byte(`"volume":"0`), 1))
		f.Add(bytes.Replace(b, []byte(`{"kind"`), []byte(`{"kind":"app","kind"`), 1))
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"kind":"request","params":"\ud800"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := market.DecodeOrder(b)
		if err != nil {
			var re *market.RejectError
			if !errors.As(err, &re) || !errors.Is(err, market.ErrMalformed) {
				t.Fatalf("error %v (%T) is not a malformed-request RejectError", err, err)
			}
			return
		}
		enc, err := json.Marshal(o)
		if err != nil {
			t.Fatalf("accepted %q but cannot encode it: %v", b, err)
		}
		o2, err := market.DecodeOrder(enc)
		if err != nil {
			t.Fatalf("accepted %q but not its encoding %s: %v", b, enc, err)
		}
		enc2, _ := json.Marshal(o2)
		if !bytes.Equal(enc, enc2) {
			t.Fatalf("not stable:\n%s\n%s", enc, enc2)
		}
		bo, err := o.Bindings()
		if err != nil {
			t.Fatal(err)
		}
		bo2, _ := o2.Bindings()
		if hashOf(bo) != hashOf(bo2) {
			t.Fatalf("hash changed through encoding")
		}
	})
}
