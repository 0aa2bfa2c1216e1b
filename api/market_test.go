package api_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain/bindings"
)

func TestParseUint256(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, tc := range []struct {
		in   string
		want *big.Int
	}{
		{"0", big.NewInt(0)},
		{"1000", big.NewInt(1000)},
		{max.String(), max},
		{new(big.Int).Add(max, big.NewInt(1)).String(), nil},
		{"", nil}, {"-1", nil}, {"+1", nil}, {"01", nil}, {"0x10", nil}, {"1e3", nil}, {" 1", nil},
	} {
		got, err := api.ParseUint256(tc.in)
		if (err == nil) != (tc.want != nil) || (err == nil && got.Cmp(tc.want) != 0) {
			t.Errorf("ParseUint256(%q) = %v, %v", tc.in, got, err)
		}
	}
}

// TestOrderJSON: an order is its EIP-712 fields plus kind, numbers as decimal strings, and
// reads back to the same binding order.
func TestOrderJSON(t *testing.T) {
	w := bindings.WorkerpoolOrder{Workerpool: common.HexToAddress("0xb1"), Workerpoolprice: big.NewInt(100), Volume: big.NewInt(7),
		Category: big.NewInt(1), Trust: new(big.Int).Lsh(big.NewInt(1), 200), Salt: [32]byte{1}, Sign: []byte{0xaa, 0xbb}}
	b, err := json.Marshal(api.MustOrder(w))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`{"kind":"workerpool","workerpool":"0x00000000000000000000000000000000000000b1"`, `"workerpoolprice":"100"`,
		`"trust":"` + w.Trust.String() + `"`, `"sign":"0xaabb"`, `"apprestrict":"0x0000000000000000000000000000000000000000"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	var o api.Order
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatal(err)
	}
	back, err := o.Bindings()
	if err != nil {
		t.Fatal(err)
	}
	bw := back.(bindings.WorkerpoolOrder)
	if bw.Trust.Cmp(w.Trust) != 0 || bw.Volume.Int64() != 7 || string(bw.Sign) != string(w.Sign) {
		t.Errorf("read back %+v", bw)
	}
	if _, err := api.OrderFrom(42); err == nil {
		t.Error("OrderFrom(42) succeeded")
	}
	if err := json.Unmarshal([]byte(`{"kind":"pizza"}`), &o); err == nil {
		t.Error("unknown kind accepted")
	}
}

// TestUnpublishMessage pins the text owners sign: changing it breaks every wallet integration.
func TestUnpublishMessage(t *testing.T) {
	m := api.MarketHealth{Name: "ergon", ChainID: 1337, Hub: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	got := string(api.UnpublishMessage(m, common.Hash{1}, 1700000000))
	want := "Ergon market: unpublish order\nmarket: ergon\nchain: 1337\nhub: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n" +
		"order: 0x0100000000000000000000000000000000000000000000000000000000000000\nexpires: 1700000000"
	if got != want {
		t.Errorf("message\n%s\nwant\n%s", got, want)
	}
}

// TestMarketClientErrors: the market's error codes come back as their sentinels.
func TestMarketClientErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusConflict)
		json.NewEncoder(w).Encode(api.ErrorBody{Error: api.ErrorDetail{Code: "already_published", Message: "sign a new one"}})
	}))
	defer srv.Close()
	c := api.NewMarketClient(srv.URL, nil)
	_, err := c.Order(t.Context(), common.Hash{})
	if !errors.Is(err, api.ErrAlreadyPublished) || !strings.HasPrefix(err.Error(), "market: HTTP 409 already_published") {
		t.Errorf("error %v", err)
	}
	for _, code := range []string{"bad_signature", "wrong_domain", "unknown_asset", "unknown_category", "insufficient_balance",
		"cancelled", "consumed", "already_published", "limit", "expired"} {
		e := &api.Error{Code: code}
		if e.Unwrap() == nil {
			t.Errorf("code %s has no sentinel", code)
		}
		if status, c := api.StatusOf(e.Unwrap()); c != code || status < 400 {
			t.Errorf("StatusOf(%s) = %d %s", code, status, c)
		}
	}
	if _, err := api.NewMarketClient("ftp://x", nil).Health(t.Context()); !errors.Is(err, api.ErrBadRequest) {
		t.Errorf("bad URL: %v", err)
	}
}
