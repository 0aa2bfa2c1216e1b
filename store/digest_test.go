package store

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// emptyHex is the sha256 of no bytes.
const emptyHex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

func TestPointerRoundTrip(t *testing.T) {
	for _, content := range []string{"", "hello", strings.Repeat("x", 1<<16)} {
		d := Sum([]byte(content))
		p := Pointer(d)
		if !strings.HasPrefix(p, "ergon://") || len(p) != len("ergon://")+64 {
			t.Fatalf("Pointer(%s) = %q", d, p)
		}
		got, err := ParsePointer(p)
		if err != nil || got != d {
			t.Fatalf("ParsePointer(%q) = %s, %v; want %s", p, got, err, d)
		}
		got, err = ParseDigest(d.String())
		if err != nil || got != d {
			t.Fatalf("ParseDigest(%q) = %s, %v", d.String(), got, err)
		}
	}
	if Sum(nil).String() != emptyHex {
		t.Fatalf("Sum(nil) = %s", Sum(nil))
	}
}

func TestParsePointer(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  string // substring of the error; "" means valid
	}{
		{"valid", "ergon://" + emptyHex, ""},
		{"empty", "", "does not start with"},
		{"bare digest", emptyHex, "does not start with"},
		{"other scheme", "ipfs://" + emptyHex, `scheme "ipfs://"`},
		{"upper-case scheme", "ERGON://" + emptyHex, `scheme "ERGON://"`},
		{"https", "https://example.com/" + emptyHex, `scheme "https://"`},
		{"one slash", "ergon:/" + emptyHex, "does not start with"},
		{"scheme only", "ergon://", "0 characters"},
		{"short", "ergon://" + emptyHex[:63], "63 characters"},
		{"long", "ergon://" + emptyHex + "0", "65 characters"},
		{"trailing slash", "ergon://" + emptyHex + "/", "65 characters"},
		{"upper-case hex", "ergon://" + strings.ToUpper(emptyHex), "upper-case"},
		{"0x prefix", "ergon://0x" + emptyHex[2:], `'x' at offset 1`},
		{"space", "ergon://" + emptyHex[:63] + " ", "' ' at offset 63"},
		{"non-ASCII", "ergon://" + emptyHex[:62] + "é", "byte 0xc3 at offset 62"},
		{"leading space", " ergon://" + emptyHex, `scheme " ergon://"`},
		{"huge", "ergon://" + strings.Repeat("a", 10000), "10000 characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParsePointer(tt.in)
			if tt.wantErr == "" {
				if err != nil || d.String() != emptyHex {
					t.Fatalf("ParsePointer(%q) = %s, %v", tt.in, d, err)
				}
				return
			}
			if !errors.Is(err, ErrBadPointer) {
				t.Fatalf("ParsePointer(%q) error = %v, want ErrBadPointer", tt.in, err)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("ParsePointer(%q) error = %q, want it to mention %q", tt.in, err, tt.wantErr)
			}
			if len(err.Error()) > 300 {
				t.Fatalf("error message is %d bytes: untrusted input must be cut short", len(err.Error()))
			}
		})
	}
}

func TestParseDigest(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"valid", emptyHex, true},
		{"empty", "", false},
		{"upper", strings.ToUpper(emptyHex), false},
		{"0x", "0x" + emptyHex, false},
		{"pointer", "ergon://" + emptyHex, false},
		{"short", emptyHex[:62], false},
		{"g", "g" + emptyHex[1:], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDigest(tt.in)
			if tt.ok != (err == nil) {
				t.Fatalf("ParseDigest(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrBadDigest) {
				t.Fatalf("error %v does not wrap ErrBadDigest", err)
			}
		})
	}
}

func TestDigestJSON(t *testing.T) {
	d := Sum([]byte("json"))
	b, err := json.Marshal(UploadResponse{Digest: d, Pointer: Pointer(d), Size: 4})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"digest":"` + d.String() + `","pointer":"ergon://` + d.String() + `","size":4}`
	if string(b) != want {
		t.Fatalf("got %s, want %s", b, want)
	}
	var back UploadResponse
	if err := json.Unmarshal(b, &back); err != nil || back.Digest != d {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"digest":"ABC"}`), &back); !errors.Is(err, ErrBadDigest) {
		t.Fatalf("bad digest in JSON: %v", err)
	}
}

func FuzzParsePointer(f *testing.F) {
	for _, s := range []string{"", "ergon://", "ergon://" + emptyHex, "ERGON://" + emptyHex, "ergon://" + strings.ToUpper(emptyHex), "ipfs://x", "ergon://" + emptyHex + "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParsePointer(s)
		if err != nil {
			if !errors.Is(err, ErrBadPointer) {
				t.Fatalf("error %v does not wrap ErrBadPointer", err)
			}
			if len(err.Error()) > 400 {
				t.Fatalf("error message of %d bytes", len(err.Error()))
			}
			return
		}
		// Accepted pointers are canonical: exactly one spelling per digest.
		if Pointer(d) != s {
			t.Fatalf("ParsePointer(%q) accepted a non-canonical pointer (canonical %q)", s, Pointer(d))
		}
	})
}

func FuzzParseDigest(f *testing.F) {
	f.Add(emptyHex)
	f.Add(strings.ToUpper(emptyHex))
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDigest(s)
		if err == nil && d.String() != s {
			t.Fatalf("ParseDigest(%q) accepted a non-canonical digest", s)
		}
		if err != nil && !errors.Is(err, ErrBadDigest) {
			t.Fatalf("error %v does not wrap ErrBadDigest", err)
		}
	})
}
