package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// PointerScheme prefixes every pointer: ergon://<64 lowercase hex>.
const PointerScheme = "ergon://"

// Digest is the sha256 of a blob's bytes, its name in every store. Its text form is 64
// lowercase hex characters, with no 0x prefix: the form used in URLs, JSON and pointers,
// so that one blob has exactly one name.
type Digest [32]byte

// Sum returns the digest of b.
func Sum(b []byte) Digest { return sha256.Sum256(b) }

// String returns d as 64 lowercase hex characters.
func (d Digest) String() string { return hex.EncodeToString(d[:]) }

// IsZero reports whether d is all zeros (no digest; the sha256 of nothing is not zero).
func (d Digest) IsZero() bool { return d == Digest{} }

// MarshalText encodes d as 64 lowercase hex characters (for JSON).
func (d Digest) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes 64 lowercase hex characters, as ParseDigest.
func (d *Digest) UnmarshalText(b []byte) error {
	v, err := ParseDigest(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDigest decodes a digest written as exactly 64 lowercase hex characters. Upper
// case, a 0x prefix, spaces or any other length are refused with an error wrapping
// ErrBadDigest that says what is wrong.
func ParseDigest(s string) (Digest, error) {
	d, reason := decodeDigest(s)
	if reason != "" {
		return Digest{}, fmt.Errorf("%w: %s", ErrBadDigest, reason)
	}
	return d, nil
}

// Pointer returns the pointer to d: ergon://<64 lowercase hex>. Pointers are what results
// and assets record (on-chain and in orders); resolve one with ParsePointer.
func Pointer(d Digest) string { return PointerScheme + d.String() }

// ParsePointer decodes a pointer written by Pointer. It is strict: the scheme must be
// exactly "ergon://" and be followed by exactly 64 lowercase hex characters and nothing
// else (no trailing slash, query, fragment or spaces). Errors wrap ErrBadPointer and say
// what is wrong.
func ParsePointer(s string) (Digest, error) {
	rest, ok := strings.CutPrefix(s, PointerScheme)
	if !ok {
		if i := strings.Index(s, "://"); i >= 0 {
			return Digest{}, fmt.Errorf("%w: scheme %s, want %q", ErrBadPointer, quote(s[:i+3]), PointerScheme)
		}
		return Digest{}, fmt.Errorf("%w: %s does not start with %q", ErrBadPointer, quote(s), PointerScheme)
	}
	d, reason := decodeDigest(rest)
	if reason != "" {
		return Digest{}, fmt.Errorf("%w: %s", ErrBadPointer, reason)
	}
	return d, nil
}

// decodeDigest decodes 64 lowercase hex characters; on failure it returns a reason.
func decodeDigest(s string) (d Digest, reason string) {
	if len(s) != 2*len(d) {
		return d, fmt.Sprintf("digest %s has %d characters, want %d lowercase hex", quote(s), len(s), 2*len(d))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f':
		case 'A' <= c && c <= 'F':
			return d, fmt.Sprintf("digest has upper-case hex %q at offset %d: write it in lower case", c, i)
		default:
			return d, fmt.Sprintf("digest has %s at offset %d, want lowercase hex (0-9, a-f)", describeByte(c), i)
		}
	}
	hex.Decode(d[:], []byte(s)) // cannot fail: checked above
	return d, ""
}

// describeByte names a byte of untrusted input for an error message.
func describeByte(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return fmt.Sprintf("%q", c)
	}
	return fmt.Sprintf("byte 0x%02x", c)
}

// quote quotes untrusted input for an error message, cut short so that a hostile
// string cannot blow up logs.
func quote(s string) string {
	const max = 80
	if len(s) > max {
		return fmt.Sprintf("%q… (%d bytes)", s[:max], len(s))
	}
	return fmt.Sprintf("%q", s)
}
