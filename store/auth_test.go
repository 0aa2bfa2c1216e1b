package store

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestUploadMessage(t *testing.T) {
	d := Sum([]byte("x"))
	exp := time.Unix(1750000300, 0)
	tests := []struct {
		d    *Digest
		want string
	}{
		{&d, "ergon-store:PUT:" + d.String() + ":1750000300"},
		{nil, "ergon-store:PUT:*:1750000300"},
	}
	for _, tt := range tests {
		if got := string(UploadMessage(tt.d, exp)); got != tt.want {
			t.Errorf("UploadMessage = %q, want %q", got, tt.want)
		}
	}
}

func TestAuthorizationHeader(t *testing.T) {
	key := alice(t)
	d := Sum([]byte("x"))
	exp := testNow.Add(time.Minute)
	h, err := AuthorizationHeader(KeySigner(key), &d, exp)
	if err != nil {
		t.Fatal(err)
	}
	addr, expiry, sig := splitCreds(t, h)
	if addr != addrOf(key).Hex() || expiry != "1750000060" || !strings.HasPrefix(sig, "0x") || len(sig) != 132 {
		t.Fatalf("header %q", h)
	}
	// What a wallet's personal_sign would check: the signature recovers to the address
	// over the EIP-191 hash of the message.
	raw := hexutil.MustDecode(sig)
	if v := raw[64]; v != 27 && v != 28 {
		t.Fatalf("v = %d, want personal_sign's 27/28", v)
	}
	raw[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash(UploadMessage(&d, exp)), raw)
	if err != nil || crypto.PubkeyToAddress(*pub) != addrOf(key) {
		t.Fatalf("signature does not recover to the signer: %v", err)
	}
	c, err := parseAuthorization(h)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.verify(&d, testNow); err != nil {
		t.Fatal(err)
	}
}

// badSigner returns signatures of the wrong length.
type badSigner struct{}

func (badSigner) Address() common.Address         { return common.Address{} }
func (badSigner) SignText([]byte) ([]byte, error) { return []byte{1, 2, 3}, nil }

func TestAuthorizationHeaderBadSigner(t *testing.T) {
	if _, err := AuthorizationHeader(badSigner{}, nil, testNow); err == nil {
		t.Fatal("a 3-byte signature was accepted")
	}
}

func TestMalleableSignatureRefused(t *testing.T) {
	// The same signature with s replaced by n-s (and v flipped) also recovers to the
	// signer; only the canonical low-s form is accepted.
	d := Sum([]byte("x"))
	h, _ := AuthorizationHeader(KeySigner(alice(t)), &d, testNow.Add(time.Minute))
	addr, exp, sig := splitCreds(t, h)
	raw := hexutil.MustDecode(sig)
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(raw[32:64]))
	s.FillBytes(raw[32:64])
	raw[64] ^= 1
	if _, err := parseAuthorization("Ergon " + addr + ":" + exp + ":" + hexutil.Encode(raw)); err == nil {
		t.Fatal("high-s signature accepted")
	}
}

func TestAllowList(t *testing.T) {
	ctx := context.Background()
	a, m := addrOf(alice(t)), addrOf(mallory(t))
	l := NewAllowList(a)
	if err := l.Authorize(ctx, a, nil); err != nil {
		t.Fatalf("listed: %v", err)
	}
	if err := l.Authorize(ctx, m, nil); !errors.Is(err, ErrForbidden) {
		t.Fatalf("unlisted: %v", err)
	}
	if err := NewAllowList().Authorize(ctx, a, nil); !errors.Is(err, ErrForbidden) {
		t.Fatalf("empty list: %v", err)
	}
	if err := (AllowAll{}).Authorize(ctx, m, nil); err != nil {
		t.Fatalf("AllowAll: %v", err)
	}
}

func FuzzParseAuthorization(f *testing.F) {
	d := Sum([]byte("fuzz"))
	good, _ := AuthorizationHeader(KeySigner(alice(f)), &d, testNow.Add(time.Minute))
	for _, s := range []string{good, "", "Ergon", "Ergon ::", "Ergon 0x:1:0x", strings.Replace(good, ":", "::", 1), good + "0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		c, err := parseAuthorization(h)
		if err != nil {
			if len(err.Error()) > 400 {
				t.Fatalf("error message of %d bytes", len(err.Error()))
			}
			return
		}
		if len(c.sig) != 65 || c.sig[64] > 1 {
			t.Fatalf("accepted signature %x", c.sig)
		}
		// Verification of anything parsed must not panic, whatever it decides.
		_ = c.verify(&d, testNow)
		_ = c.verify(nil, testNow)
	})
}
