package store

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Upload authentication.
//
// An upload carries the header
//
//	Authorization: Ergon <address>:<expiry>:<signature>
//
// where <address> is 0x and 40 hex characters, <expiry> a Unix time in seconds (decimal,
// no sign, no leading zeros) and <signature> the 65-byte Ethereum personal_sign (EIP-191,
// accounts.TextHash) by <address> of UploadMessage, in hex with or without 0x; its last
// byte may be 0/1 or 27/28. The signed message names the digest for
// PUT /v1/blobs/{digest} and "*" for POST /v1/blobs (digest not known in advance), so a
// digest-bound authorization uploads that blob only. An authorization is accepted until
// its expiry and refused when the expiry is more than MaxAuthLifetime ahead of the
// server's clock, so a leaked header is useless soon. Serve over TLS: within its
// lifetime a header is a bearer credential.
const (
	// AuthScheme is the scheme of the Authorization header.
	AuthScheme = "Ergon"
	// MaxAuthLifetime is how far in the future a server accepts an expiry.
	MaxAuthLifetime = 15 * time.Minute
	// AuthTTL is the lifetime Client gives the authorizations it signs.
	AuthTTL = 5 * time.Minute
)

// UploadMessage is the message an uploader signs: ergon-store:PUT:<digest>:<expiry>, with
// <digest> the 64 hex characters of d, or "*" when d is nil (POST: any content).
func UploadMessage(d *Digest, expiry time.Time) []byte {
	return uploadMessage(d, strconv.FormatInt(expiry.Unix(), 10))
}

func uploadMessage(d *Digest, expiry string) []byte {
	target := "*"
	if d != nil {
		target = d.String()
	}
	return []byte("ergon-store:PUT:" + target + ":" + expiry)
}

// Signer signs upload authorizations. Workers and the scheduler hold raw keys
// (KeySigner); a CLI can adapt an accounts.Wallet (SignText) or a remote signer.
type Signer interface {
	// Address is the account that signs.
	Address() common.Address
	// SignText returns the 65-byte [R || S || V] signature of accounts.TextHash(msg),
	// as personal_sign does.
	SignText(msg []byte) ([]byte, error)
}

// KeySigner signs with a private key held in memory.
func KeySigner(key *ecdsa.PrivateKey) Signer {
	return keySigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

type keySigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (k keySigner) Address() common.Address { return k.addr }

func (k keySigner) SignText(msg []byte) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash(msg), k.key)
	if err != nil {
		return nil, err
	}
	sig[crypto.RecoveryIDOffset] += 27 // personal_sign's convention
	return sig, nil
}

// AuthorizationHeader returns the value of the Authorization header that authorizes s to
// upload d (nil: any content, for POST) until expiry.
func AuthorizationHeader(s Signer, d *Digest, expiry time.Time) (string, error) {
	exp := strconv.FormatInt(expiry.Unix(), 10)
	sig, err := s.SignText(uploadMessage(d, exp))
	if err != nil {
		return "", fmt.Errorf("store: sign upload authorization: %w", err)
	}
	if len(sig) != crypto.SignatureLength {
		return "", fmt.Errorf("store: signer returned %d bytes, want a %d-byte signature", len(sig), crypto.SignatureLength)
	}
	return AuthScheme + " " + s.Address().Hex() + ":" + exp + ":0x" + hex.EncodeToString(sig), nil
}

// credentials are a parsed Authorization header, not yet verified.
type credentials struct {
	addr   common.Address
	expiry string // decimal Unix seconds, exactly as sent and signed
	unix   int64
	sig    []byte // 65 bytes, V normalised to 0/1
}

// maxAuthHeader bounds what parseAuthorization looks at; a valid header is ~220 bytes.
const maxAuthHeader = 512

// parseAuthorization decodes an Authorization header value; errors say what is wrong
// (they do not wrap ErrUnauthorized: the server does).
func parseAuthorization(h string) (credentials, error) {
	var c credentials
	if len(h) > maxAuthHeader {
		return c, fmt.Errorf("authorization header is %d bytes, longer than %d", len(h), maxAuthHeader)
	}
	scheme, rest, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, AuthScheme) {
		return c, fmt.Errorf("authorization scheme must be %q: %s <address>:<expiry>:<signature>", AuthScheme, AuthScheme)
	}
	parts := strings.Split(rest, ":")
	if len(parts) != 3 {
		return c, fmt.Errorf("authorization credentials must be <address>:<expiry>:<signature>, got %d fields", len(parts))
	}
	addr, exp, sig := parts[0], parts[1], parts[2]

	if len(addr) != 42 || (addr[:2] != "0x" && addr[:2] != "0X") || !isHex(addr[2:]) {
		return c, fmt.Errorf("authorization address %s is not 0x and 40 hex characters", quote(addr))
	}
	c.addr = common.HexToAddress(addr)

	if len(exp) == 0 || len(exp) > 18 || !isDigits(exp) || (len(exp) > 1 && exp[0] == '0') {
		return c, fmt.Errorf("authorization expiry %s is not a Unix time in seconds", quote(exp))
	}
	c.expiry = exp
	c.unix, _ = strconv.ParseInt(exp, 10, 64) // cannot fail: ≤ 18 digits

	sig = strings.TrimPrefix(strings.TrimPrefix(sig, "0x"), "0X")
	if len(sig) != 2*crypto.SignatureLength || !isHex(sig) {
		return c, fmt.Errorf("authorization signature is not %d bytes of hex", crypto.SignatureLength)
	}
	c.sig, _ = hex.DecodeString(sig) // cannot fail: checked
	v := c.sig[crypto.RecoveryIDOffset]
	if v >= 27 {
		v -= 27
	}
	r, s := new(big.Int).SetBytes(c.sig[:32]), new(big.Int).SetBytes(c.sig[32:64])
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return c, fmt.Errorf("authorization signature has invalid values (v, r, s)")
	}
	c.sig[crypto.RecoveryIDOffset] = v
	return c, nil
}

// verify checks that c authorizes an upload of d (nil: POST) at now.
func (c credentials) verify(d *Digest, now time.Time) error {
	expiry := time.Unix(c.unix, 0)
	if now.After(expiry) {
		return fmt.Errorf("authorization expired at %s (server time %s)", expiry.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	if expiry.Sub(now) > MaxAuthLifetime {
		return fmt.Errorf("authorization expiry %s is more than %s ahead of server time %s", expiry.UTC().Format(time.RFC3339), MaxAuthLifetime, now.UTC().Format(time.RFC3339))
	}
	pub, err := crypto.SigToPub(accounts.TextHash(uploadMessage(d, c.expiry)), c.sig)
	if err != nil {
		return fmt.Errorf("authorization signature does not recover: %v", err)
	}
	if signer := crypto.PubkeyToAddress(*pub); signer != c.addr {
		target := "any content (*)"
		if d != nil {
			target = d.String()
		}
		return fmt.Errorf("authorization is not signed by %s for an upload of %s", c.addr.Hex(), target)
	}
	return nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Authorizer decides who may upload to a Server. The scheduler admits the workers of a
// task, the CLI's store the owner of an asset; AllowAll and AllowList cover the simple
// cases. It is called once per upload, after the signature is verified and before the
// body is read.
type Authorizer interface {
	// Authorize returns nil to admit uploader's upload of digest (nil for POST, whose
	// digest is not known before the body is read). To refuse it returns an error that
	// wraps ErrForbidden (answered 403 with the error's message); any other error is a
	// failure to decide (answered 500, logged), and the upload is refused either way.
	Authorize(ctx context.Context, uploader common.Address, digest *Digest) error
}

// AuthorizerFunc adapts a function to Authorizer.
type AuthorizerFunc func(ctx context.Context, uploader common.Address, digest *Digest) error

// Authorize calls f.
func (f AuthorizerFunc) Authorize(ctx context.Context, uploader common.Address, digest *Digest) error {
	return f(ctx, uploader, digest)
}

// AllowAll admits every authenticated uploader: any key may upload, anonymous clients
// still may not.
type AllowAll struct{}

// Authorize admits everyone.
func (AllowAll) Authorize(context.Context, common.Address, *Digest) error { return nil }

// AllowList admits the uploaders it lists. Build it with NewAllowList; it is read-only
// afterwards and safe for concurrent use.
type AllowList map[common.Address]struct{}

// NewAllowList returns an AllowList of addrs.
func NewAllowList(addrs ...common.Address) AllowList {
	l := make(AllowList, len(addrs))
	for _, a := range addrs {
		l[a] = struct{}{}
	}
	return l
}

// Authorize admits the listed uploaders and refuses the others with ErrForbidden.
func (l AllowList) Authorize(_ context.Context, uploader common.Address, _ *Digest) error {
	if _, ok := l[uploader]; !ok {
		return fmt.Errorf("%w: %s may not upload to this store", ErrForbidden, uploader.Hex())
	}
	return nil
}
