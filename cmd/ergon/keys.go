package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// loadKey reads a private key given as hex on the command line, in a file, or in $ERGON_KEY.
// (Keystore wallets with passwords come with `ergon wallet`.)
func loadKey(hexKey, keyFile string) (*ecdsa.PrivateKey, error) {
	switch {
	case hexKey != "" && keyFile != "":
		return nil, errors.New("give --key or --key-file, not both")
	case keyFile != "":
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, fmt.Errorf("read key file: %w", err)
		}
		hexKey = strings.TrimSpace(string(b))
	case hexKey == "":
		hexKey = os.Getenv("ERGON_KEY")
	}
	if hexKey == "" {
		return nil, errors.New("no key: pass --key HEX, --key-file FILE or set ERGON_KEY (on the dev chain, `ergon chain` prints funded keys)")
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, fmt.Errorf("invalid private key: %w (expected 64 hex digits)", err)
	}
	return k, nil
}

func chainAddr(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }
