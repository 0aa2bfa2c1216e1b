package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// Every command that signs gets its key here. In order:
//
//  1. --key HEX or --key-file FILE (raw keys: dev chains, scripts), or --wallet;
//  2. $ERGON_KEY, then $ERGON_WALLET, then the profile's wallet;
//  3. the only wallet of the wallet dir.
//
// A wallet is a standard Ethereum keystore file (scrypt, JSON v3, as geth and every wallet
// write); its password comes from --password-file, else $ERGON_PASSWORD, else a prompt when
// stdin is a terminal.

// loadKey reads a private key given as hex on the command line, in a file, or in $ERGON_KEY.
func loadKey(hexKey, keyFile string) (*ecdsa.PrivateKey, error) {
	switch {
	case hexKey != "" && keyFile != "":
		return nil, errors.New("give --key or --key-file, not both")
	case keyFile != "":
		return readKeyFile(keyFile)
	case hexKey == "":
		hexKey = os.Getenv("ERGON_KEY")
	}
	if hexKey == "" {
		return nil, errNoKey
	}
	return parseHexKey(hexKey)
}

var errNoKey = errors.New("no key: pass --key HEX, --key-file FILE or set ERGON_KEY (on the dev chain, `ergon chain` prints funded keys)")

func parseHexKey(s string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("invalid private key: %w (expected 64 hex digits)", err)
	}
	return k, nil
}

func readKeyFile(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key file: %w", err)
	}
	if isKeystoreJSON(b) {
		return nil, fmt.Errorf("%s is a keystore wallet, not a raw key: pass it with --wallet %s", path, path)
	}
	return parseHexKey(string(b))
}

func chainAddr(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }

func isAddress(s string) bool { return common.IsHexAddress(s) && strings.HasPrefix(s, "0x") }

// keyFlags are the key flags of commands that have no config profile (deploy, scheduler,
// worker): raw keys or a wallet.
type keyFlags struct {
	flags                                         *pflag.FlagSet
	key, keyFile, wallet, walletDir, passwordFile string
}

func addKeyFlags(f *pflag.FlagSet, whose string) *keyFlags {
	k := &keyFlags{flags: f}
	f.StringVar(&k.key, "key", "", whose+" private key, hex (or $ERGON_KEY)")
	f.StringVar(&k.keyFile, "key-file", "", "file holding the "+whose+" private key, hex")
	f.StringVar(&k.wallet, "wallet", "", "keystore wallet instead of a raw key: an address in the wallet dir or a file ($ERGON_WALLET)")
	f.StringVar(&k.walletDir, "wallet-dir", "", "directory of keystore wallets ($ERGON_WALLET_DIR; default ~/.ergon/wallets)")
	f.StringVar(&k.passwordFile, "password-file", "", "file whose first line is the wallet password (else $ERGON_PASSWORD, else a prompt)")
	return k
}

// load returns the key.
func (k *keyFlags) load(a *app) (*ecdsa.PrivateKey, error) {
	dir := k.walletDir
	if dir == "" {
		dir = os.Getenv("ERGON_WALLET_DIR")
	}
	if dir == "" {
		dir = defaultWalletDir()
	}
	s, err := keySource{key: k.key, keyFile: k.keyFile, wallet: k.wallet, walletFlag: k.flags.Changed("wallet"),
		profileWallet: os.Getenv("ERGON_WALLET"), walletDir: expandHome(dir), passwordFile: k.passwordFile}.resolve(a)
	if err != nil {
		return nil, err
	}
	return s.Key()
}

// keySource is where a command's key may come from.
type keySource struct {
	key, keyFile string
	// wallet is --wallet; walletFlag says it was given.
	wallet     string
	walletFlag bool
	// profileWallet is $ERGON_WALLET or the profile's wallet.
	profileWallet string
	walletDir     string
	passwordFile  string
}

// signer is the account a command acts as. Its address is known without the password; Key
// decrypts a wallet on first use.
type signer struct {
	Address common.Address
	// Source says where the key comes from, for messages: "--key", "wallet FILE"…
	Source       string
	file         string
	key          *ecdsa.PrivateKey
	passwordFile string
	stderr       io.Writer
}

// Key returns the private key, asking for the wallet's password if needed.
func (s *signer) Key() (*ecdsa.PrivateKey, error) {
	if s.key != nil {
		return s.key, nil
	}
	b, err := os.ReadFile(s.file)
	if err != nil {
		return nil, err
	}
	pw, err := readPassword(s.passwordFile, false, s.stderr, fmt.Sprintf("Password of wallet %s: ", s.Address.Hex()))
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(b, pw)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("wallet %s: wrong password (%s)", s.file, passwordSource(s.passwordFile))
		}
		return nil, fmt.Errorf("wallet %s: %w", s.file, err)
	}
	// The address in a keystore file is not authenticated: a file whose key is another
	// account's would have every check run on one account and transactions signed by another.
	if k.Address != s.Address {
		return nil, fmt.Errorf("wallet %s: it names %s but holds the key of %s: not a wallet to use", s.file, s.Address.Hex(), k.Address.Hex())
	}
	s.key = k.PrivateKey
	return s.key, nil
}

func passwordSource(file string) string {
	if file != "" {
		return "from --password-file " + file
	}
	if _, ok := os.LookupEnv("ERGON_PASSWORD"); ok {
		return "from $ERGON_PASSWORD"
	}
	return "typed at the prompt"
}

func (ks keySource) resolve(a *app) (*signer, error) {
	raw := func(k *ecdsa.PrivateKey, src string) *signer {
		return &signer{Address: crypto.PubkeyToAddress(k.PublicKey), Source: src, key: k}
	}
	fromWallet := func(w, src string) (*signer, error) {
		file, addr, err := findWallet(ks.walletDir, w)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		return &signer{Address: addr, Source: "wallet " + file, file: file, passwordFile: ks.passwordFile, stderr: a.stderr}, nil
	}
	given := 0
	for _, set := range []bool{ks.key != "", ks.keyFile != "", ks.walletFlag} {
		if set {
			given++
		}
	}
	switch {
	case given > 1:
		return nil, errors.New("give one of --key, --key-file and --wallet")
	case ks.key != "":
		k, err := parseHexKey(ks.key)
		if err != nil {
			return nil, err
		}
		return raw(k, "--key"), nil
	case ks.keyFile != "":
		k, err := readKeyFile(ks.keyFile)
		if err != nil {
			return nil, err
		}
		return raw(k, "--key-file "+ks.keyFile), nil
	case ks.walletFlag:
		return fromWallet(ks.wallet, "--wallet")
	}
	if v := os.Getenv("ERGON_KEY"); v != "" {
		k, err := parseHexKey(v)
		if err != nil {
			return nil, fmt.Errorf("$ERGON_KEY: %w", err)
		}
		return raw(k, "$ERGON_KEY"), nil
	}
	if ks.profileWallet != "" {
		return fromWallet(ks.profileWallet, "wallet "+ks.profileWallet)
	}
	ws, err := listWallets(ks.walletDir)
	if err != nil {
		return nil, err
	}
	switch len(ws) {
	case 0:
		return nil, fmt.Errorf("no key: no wallet in %s; create one with `ergon wallet create` (or `ergon wallet import`), or pass --key HEX, --key-file FILE or set ERGON_KEY (on the dev chain, `ergon chain` prints funded keys)", ks.walletDir)
	case 1:
		return &signer{Address: ws[0].Address, Source: "wallet " + ws[0].File, file: ws[0].File, passwordFile: ks.passwordFile, stderr: a.stderr}, nil
	}
	var addrs []string
	for _, w := range ws {
		addrs = append(addrs, w.Address.Hex())
	}
	return nil, fmt.Errorf("%d wallets in %s: choose one with --wallet ADDRESS (or `wallet = \"0x…\"` in the profile of ergon.toml): %s",
		len(ws), ks.walletDir, strings.Join(addrs, ", "))
}

// walletFile is a keystore file of the wallet dir.
type walletFile struct {
	Address common.Address `json:"address"`
	File    string         `json:"file"`
}

func defaultWalletDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(".ergon", "wallets")
	}
	return filepath.Join(home, ".ergon", "wallets")
}

// keystoreHeader is what a keystore file says in clear.
type keystoreHeader struct {
	Address string          `json:"address"`
	Crypto  json.RawMessage `json:"crypto"`
	Crypto2 json.RawMessage `json:"Crypto"`
	Version int             `json:"version"`
}

func readKeystoreHeader(b []byte) (keystoreHeader, bool) {
	var h keystoreHeader
	if err := json.Unmarshal(b, &h); err != nil {
		return h, false
	}
	return h, common.IsHexAddress(h.Address) && (len(h.Crypto) > 0 || len(h.Crypto2) > 0)
}

func isKeystoreJSON(b []byte) bool {
	_, ok := readKeystoreHeader(b)
	return ok
}

// listWallets lists the keystore files of dir, by address. A missing dir has none.
func listWallets(dir string) ([]walletFile, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("wallet dir: %w", err)
	}
	var ws []walletFile
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if h, ok := readKeystoreHeader(b); ok {
			ws = append(ws, walletFile{Address: common.HexToAddress(h.Address), File: p})
		}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].Address.Cmp(ws[j].Address) < 0 })
	return ws, nil
}

// findWallet finds a wallet given as an address of the wallet dir or as a file.
func findWallet(dir, w string) (string, common.Address, error) {
	if isAddress(w) {
		want := common.HexToAddress(w)
		ws, err := listWallets(dir)
		if err != nil {
			return "", common.Address{}, err
		}
		for _, f := range ws {
			if f.Address == want {
				return f.File, f.Address, nil
			}
		}
		return "", common.Address{}, fmt.Errorf("no wallet of %s in %s (`ergon wallet list` shows them; `ergon wallet import` adds one)", want.Hex(), dir)
	}
	b, err := os.ReadFile(w)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", common.Address{}, fmt.Errorf("wallet %s: no such file, and not an address", w)
		}
		return "", common.Address{}, err
	}
	h, ok := readKeystoreHeader(b)
	if !ok {
		return "", common.Address{}, fmt.Errorf("%s is not a keystore file (a raw hex key goes with --key-file)", w)
	}
	return w, common.HexToAddress(h.Address), nil
}

// readPassword reads a password from file, else $ERGON_PASSWORD, else the terminal (twice
// with confirm).
func readPassword(file string, confirm bool, stderr io.Writer, prompt string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("password file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		line = strings.TrimSuffix(line, "\r")
		if confirm && line == "" {
			return "", fmt.Errorf("password file %s is empty: a wallet needs a password", file)
		}
		return line, nil
	}
	if p, ok := os.LookupEnv("ERGON_PASSWORD"); ok {
		if confirm && p == "" {
			return "", errors.New("$ERGON_PASSWORD is empty: a wallet needs a password")
		}
		return p, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("no password: pass --password-file FILE or set ERGON_PASSWORD (stdin is not a terminal to ask on)")
	}
	fmt.Fprint(stderr, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(stderr)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	if confirm {
		if len(b) == 0 {
			return "", errors.New("empty password: a wallet needs one")
		}
		fmt.Fprint(stderr, "Repeat it: ")
		again, err := term.ReadPassword(fd)
		fmt.Fprintln(stderr)
		if err != nil {
			return "", fmt.Errorf("read password: %w", err)
		}
		if string(again) != string(b) {
			return "", errors.New("the passwords differ")
		}
	}
	return string(b), nil
}
