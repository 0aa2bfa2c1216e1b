package main

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/cobra"
)

// Settings come from flags, then ERGON_* variables, then the profile, then the defaults.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("HOME", filepath.Join(dir, "home"))
	conf := `default_profile = "a"
wallet_dir = "keys"

[profiles.a]
rpc = "http://file-a:8545"
deployment = "dep/a.json"

[profiles.b]
rpc = "http://file-b:8545"
store_url = "http://store-b"
wallet = "wallets/w.json"
`
	if err := os.WriteFile("ergon.toml", []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	abs := func(p string) string { r, _ := filepath.Abs(p); return r }
	cases := []struct {
		name string
		env  map[string]string
		args []string
		want settings
	}{
		{name: "default profile", want: settings{Profile: "a", RPC: "http://file-a:8545", Deployment: abs("dep/a.json"),
			StoreURL: defaultStoreURL, MarketURL: defaultMarketURL, WalletDir: abs("keys")}},
		{name: "profile flag", args: []string{"--profile", "b"}, want: settings{Profile: "b", RPC: "http://file-b:8545",
			Deployment: defaultDeploymentFile, StoreURL: "http://store-b", MarketURL: defaultMarketURL, Wallet: abs("wallets/w.json"), WalletDir: abs("keys")}},
		{name: "env over file", env: map[string]string{"ERGON_PROFILE": "b", "ERGON_RPC": "http://env:8545", "ERGON_WALLET_DIR": "/w"},
			want: settings{Profile: "b", RPC: "http://env:8545", Deployment: defaultDeploymentFile, StoreURL: "http://store-b",
				MarketURL: defaultMarketURL, Wallet: abs("wallets/w.json"), WalletDir: "/w"}},
		{name: "flag over env", env: map[string]string{"ERGON_RPC": "http://env:8545", "ERGON_MARKET_URL": "http://m"},
			args: []string{"--rpc", "http://flag:8545", "--deployment", "d.json"},
			want: settings{Profile: "a", RPC: "http://flag:8545", Deployment: "d.json", StoreURL: defaultStoreURL,
				MarketURL: "http://m", WalletDir: abs("keys")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			opts := addClientFlagsForTest(t, tc.args)
			s, err := opts.resolve()
			if err != nil {
				t.Fatal(err)
			}
			s.ConfigFile, s.Sources = "", nil
			if d := cmp.Diff(tc.want, *s); d != "" {
				t.Errorf("settings (-want +got):\n%s", d)
			}
		})
	}
}

func addClientFlagsForTest(t *testing.T, args []string) *clientOpts {
	t.Helper()
	o := addClientFlags(&cobra.Command{Use: "test"})
	if err := o.flags.Parse(args); err != nil {
		t.Fatal(err)
	}
	return o
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("HOME", filepath.Join(dir, "home"))
	write := func(s string) {
		if err := os.WriteFile("ergon.toml", []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name, file string
		args       []string
		want       string
	}{
		{"two profiles, no default", "[profiles.a]\n[profiles.b]\n", nil, "choose one with --profile or set default_profile"},
		{"default profile missing", "default_profile = \"x\"\n[profiles.a]\n", nil, `default_profile "x" is not among its profiles (a)`},
		{"unknown top-level key", "rpc = \"http://x\"\n", nil, "unknown key rpc"},
		{"not TOML", "[profiles.a\n", nil, "ergon.toml"},
		{"profile without file", "", []string{"--config", "none.toml"}, "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			write(tc.file)
			_, err := addClientFlagsForTest(t, tc.args).resolve()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	// No file at all: the defaults, those of `ergon up`'s network.
	os.Remove("ergon.toml")
	s, err := addClientFlagsForTest(t, nil).resolve()
	if err != nil || s.ConfigFile != "" || s.Profile != "" || s.RPC != defaultRPC || s.Deployment != defaultDeploymentFile {
		t.Fatalf("no file: %+v %v", s, err)
	}
}

// `ergon up` gives the config file a local profile without ever rewriting what is there.
func TestWriteLocalProfile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ergon.toml")
	p := localProfileConfig(path, "http://127.0.0.1:8545", filepath.Join(dir, ".ergon", "deployment.json"), "http://127.0.0.1:8550", "http://127.0.0.1:8552")
	if p.Deployment != ".ergon/deployment.json" {
		t.Fatalf("deployment %q, want a path relative to the file", p.Deployment)
	}
	read := func() string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	msg, err := writeLocalProfile(path, p)
	if err != nil || !strings.Contains(msg, "wrote") {
		t.Fatalf("new file: %q %v", msg, err)
	}
	cf, err := loadConfigFile(path)
	if err != nil || cf.DefaultProfile != "local" || cf.Profiles["local"] != p {
		t.Fatalf("written file decodes to %+v, %v\n%s", cf, err, read())
	}
	if msg, _ := writeLocalProfile(path, p); !strings.Contains(msg, "up to date") {
		t.Errorf("same profile again: %q", msg)
	}
	before := read()
	other := p
	other.RPC = "http://127.0.0.1:9545"
	if msg, _ := writeLocalProfile(path, other); !strings.Contains(msg, "left it as is") || !strings.Contains(msg, "9545") || read() != before {
		t.Errorf("another local profile: %q\n%s", msg, read())
	}

	// A file with several profiles and a default gets the local one appended.
	user := "# mine\ndefault_profile = \"main\"\n\n[profiles.main]\nrpc = \"https://rpc.example\"\n\n[profiles.test]\nrpc = \"https://test.example\""
	if err := os.WriteFile(path, []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := writeLocalProfile(path, p); err != nil || !strings.Contains(msg, "added") {
		t.Fatalf("append: %q %v", msg, err)
	}
	if cf, err := loadConfigFile(path); err != nil || cf.Profiles["local"] != p || cf.DefaultProfile != "main" || !strings.HasPrefix(read(), user) {
		t.Fatalf("after append: %+v %v\n%s", cf, err, read())
	}

	// A file whose only profile is chosen implicitly is left alone.
	single := "[profiles.main]\nrpc = \"https://rpc.example\"\n"
	if err := os.WriteFile(path, []byte(single), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, _ := writeLocalProfile(path, p); !strings.Contains(msg, "left it as is") || read() != single {
		t.Errorf("single profile: %q\n%s", msg, read())
	}

	// A file that does not decode is left alone too.
	if err := os.WriteFile(path, []byte("nonsense ="), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := writeLocalProfile(path, p); err != nil || !strings.Contains(msg, "[profiles.local]") || read() != "nonsense =" {
		t.Errorf("broken file: %q %v", msg, err)
	}
}

func TestParseERG(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // token units, "" for an error
	}{
		{"12.5", "12500000000"},
		{"12.5 ERG", "12500000000"},
		{"0.000000001", "1"},
		{".5", "500000000"},
		{"7", "7000000000"},
		{"1500nERG", "1500"},
		{"1500 nerg", "1500"},
		{"0.0000000001", ""},
		{"-1", ""},
		{"1e9", ""},
		{"", ""},
		{"1.2.3", ""},
	} {
		got, err := parseERG(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("parseERG(%q) = %s, want an error", tc.in, got)
		case tc.want != "" && (err != nil || got.Cmp(bigOf(tc.want)) != 0):
			t.Errorf("parseERG(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	if s := erg(big.NewInt(12_500_000_000)); s != "12.5 ERG" {
		t.Errorf("erg: %s", s)
	}
}
