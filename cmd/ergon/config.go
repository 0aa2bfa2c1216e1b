package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"ergon/chain"
	"ergon/store"
)

// ergon.toml says, per profile, where a chain, its deployment, the result store and the market
// are, and which wallet to use:
//
//	default_profile = "local"
//	wallet_dir = "~/.ergon/wallets"      # optional
//
//	[profiles.local]
//	rpc = "http://127.0.0.1:8545"
//	deployment = ".ergon/deployment.json"   # relative to this file
//	store_url = "http://127.0.0.1:8550"
//	market_url = "http://127.0.0.1:8552"
//	wallet = "0x…"                          # optional: an address in wallet_dir, or a keystore file
//
// Values come from flags, then ERGON_* variables, then the file, then the defaults.

const configFileName = "ergon.toml"

// Defaults: the local network of `ergon up`.
const (
	defaultRPC       = "http://127.0.0.1:8545"
	defaultStoreURL  = "http://127.0.0.1:8550"
	defaultMarketURL = "http://127.0.0.1:8552"
	localProfile     = "local"
)

// configFile is ergon.toml, decoded strictly: an unknown key is an error.
type configFile struct {
	// DefaultProfile is used when neither --profile nor $ERGON_PROFILE names one.
	DefaultProfile string `toml:"default_profile"`
	// WalletDir holds keystore files (default ~/.ergon/wallets); relative to the file.
	WalletDir string `toml:"wallet_dir"`
	// Profiles by name.
	Profiles map[string]profileConfig `toml:"profiles"`
}

// profileConfig is one chain and the services around it.
type profileConfig struct {
	// RPC is the chain's JSON-RPC endpoint.
	RPC string `toml:"rpc"`
	// Deployment is the deployment file (`ergon deploy --out`), relative to the config file.
	Deployment string `toml:"deployment"`
	// StoreURL is the result store apps, inputs and results are kept in.
	StoreURL string `toml:"store_url"`
	// MarketURL is the market's order book.
	MarketURL string `toml:"market_url"`
	// Wallet chooses a wallet: an address of a keystore file in the wallet dir, or a file.
	Wallet string `toml:"wallet"`
}

const configKeys = "default_profile, wallet_dir, and in [profiles.NAME]: rpc, deployment, store_url, market_url, wallet"

func loadConfigFile(path string) (*configFile, error) {
	var cf configFile
	md, err := toml.DecodeFile(path, &cf)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return nil, fmt.Errorf("config %s: unknown key %s (known keys: %s)", path, strings.Join(keys, ", "), configKeys)
	}
	return &cf, nil
}

func (cf *configFile) profileNames() []string {
	names := make([]string, 0, len(cf.Profiles))
	for n := range cf.Profiles {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// settings are what a command talks to, resolved from flags, environment, file and defaults.
type settings struct {
	// ConfigFile is the file read ("" when none was found).
	ConfigFile string `json:"config_file"`
	// Profile is the profile used ("" when none: the defaults).
	Profile    string `json:"profile"`
	RPC        string `json:"rpc"`
	Deployment string `json:"deployment"`
	StoreURL   string `json:"store_url"`
	MarketURL  string `json:"market_url"`
	Wallet     string `json:"wallet"`
	WalletDir  string `json:"wallet_dir"`
	// Sources says where each value came from: "flag", "env ERGON_RPC", "file", "default".
	Sources map[string]string `json:"sources"`
}

// clientOpts are the flags shared by every command that talks to a chain: each command group
// registers them once, as persistent flags.
type clientOpts struct {
	flags                                         *pflag.FlagSet
	config, profile, rpc, deployment              string
	storeURL, marketURL                           string
	key, keyFile, wallet, walletDir, passwordFile string
	json                                          bool
}

// addClientFlags registers the shared flags on a command group.
func addClientFlags(cmd *cobra.Command) *clientOpts {
	o := &clientOpts{flags: cmd.PersistentFlags()}
	f := o.flags
	f.StringVar(&o.config, "config", "", "config file (default ./ergon.toml, else ~/.config/ergon/ergon.toml; $ERGON_CONFIG)")
	f.StringVar(&o.profile, "profile", "", "profile of the config file ($ERGON_PROFILE; default: its default_profile)")
	f.StringVar(&o.rpc, "rpc", "", "JSON-RPC endpoint of the chain ($ERGON_RPC; default "+defaultRPC+")")
	f.StringVar(&o.deployment, "deployment", "", "deployment file ($ERGON_DEPLOYMENT; default "+defaultDeploymentFile+")")
	f.StringVar(&o.storeURL, "store-url", "", "result store URL ($ERGON_STORE_URL; default "+defaultStoreURL+")")
	f.StringVar(&o.marketURL, "market-url", "", "market URL ($ERGON_MARKET_URL; default "+defaultMarketURL+")")
	f.StringVar(&o.wallet, "wallet", "", "wallet: an address in the wallet dir or a keystore file ($ERGON_WALLET)")
	f.StringVar(&o.walletDir, "wallet-dir", "", "directory of keystore wallets ($ERGON_WALLET_DIR; default ~/.ergon/wallets)")
	f.StringVar(&o.passwordFile, "password-file", "", "file whose first line is the wallet password (else $ERGON_PASSWORD, else a prompt)")
	f.StringVar(&o.key, "key", "", "private key, hex, instead of a wallet (dev; or $ERGON_KEY)")
	f.StringVar(&o.keyFile, "key-file", "", "file holding a private key, hex, instead of a wallet")
	f.BoolVar(&o.json, "json", false, "print data as JSON")
	return o
}

// pick returns the first value set among the flag, the environment variable, the file and the
// default, and where it came from.
func (o *clientOpts) pick(flag, flagVal, env, fileVal, def string) (string, string) {
	if o.flags != nil && o.flags.Changed(flag) {
		return flagVal, "flag --" + flag
	}
	if v := os.Getenv(env); v != "" {
		return v, "env " + env
	}
	if fileVal != "" {
		return fileVal, "file"
	}
	return def, "default"
}

// resolve reads the config file and works out the settings.
func (o *clientOpts) resolve() (*settings, error) {
	s := &settings{Sources: map[string]string{}}
	path, explicit := o.config, o.flags != nil && o.flags.Changed("config")
	if !explicit {
		if v := os.Getenv("ERGON_CONFIG"); v != "" {
			path, explicit = v, true
		}
	}
	if !explicit {
		path = findConfigFile()
	}
	var cf *configFile
	if path != "" {
		var err error
		if cf, err = loadConfigFile(path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("config file %s does not exist (`ergon up` writes one; see docs/cli.md)", path)
			}
			return nil, err
		}
		s.ConfigFile, _ = filepath.Abs(path)
	}
	name, src := o.pick("profile", o.profile, "ERGON_PROFILE", "", "")
	var p profileConfig
	switch {
	case name != "" && cf == nil:
		return nil, fmt.Errorf("profile %q (%s): no config file found (looked for ./%s and %s)", name, src, configFileName, userConfigPath())
	case name != "":
		var ok bool
		if p, ok = cf.Profiles[name]; !ok {
			return nil, fmt.Errorf("profile %q (%s) is not in %s; it has: %s", name, src, s.ConfigFile, listOrNone(cf.profileNames()))
		}
	case cf != nil && cf.DefaultProfile != "":
		name, src = cf.DefaultProfile, "file default_profile"
		var ok bool
		if p, ok = cf.Profiles[name]; !ok {
			return nil, fmt.Errorf("%s: default_profile %q is not among its profiles (%s)", s.ConfigFile, name, listOrNone(cf.profileNames()))
		}
	case cf != nil && len(cf.Profiles) == 1:
		name, src = cf.profileNames()[0], "file (its only profile)"
		p = cf.Profiles[name]
	case cf != nil && len(cf.Profiles) > 1:
		return nil, fmt.Errorf("%s has profiles %s: choose one with --profile or set default_profile", s.ConfigFile, strings.Join(cf.profileNames(), ", "))
	}
	s.Profile, s.Sources["profile"] = name, src
	base := ""
	if s.ConfigFile != "" {
		base = filepath.Dir(s.ConfigFile)
	}
	s.RPC, s.Sources["rpc"] = o.pick("rpc", o.rpc, "ERGON_RPC", p.RPC, defaultRPC)
	s.Deployment, s.Sources["deployment"] = o.pick("deployment", o.deployment, "ERGON_DEPLOYMENT", relTo(base, p.Deployment), defaultDeploymentFile)
	s.StoreURL, s.Sources["store_url"] = o.pick("store-url", o.storeURL, "ERGON_STORE_URL", p.StoreURL, defaultStoreURL)
	s.MarketURL, s.Sources["market_url"] = o.pick("market-url", o.marketURL, "ERGON_MARKET_URL", p.MarketURL, defaultMarketURL)
	s.Wallet, s.Sources["wallet"] = o.pick("wallet", o.wallet, "ERGON_WALLET", relWallet(base, p.Wallet), "")
	fileWalletDir := ""
	if cf != nil {
		fileWalletDir = relTo(base, cf.WalletDir)
	}
	s.WalletDir, s.Sources["wallet_dir"] = o.pick("wallet-dir", o.walletDir, "ERGON_WALLET_DIR", fileWalletDir, defaultWalletDir())
	s.Deployment, s.WalletDir = expandHome(s.Deployment), expandHome(s.WalletDir)
	return s, nil
}

// findConfigFile returns ./ergon.toml, else the user's, else "".
func findConfigFile() string {
	for _, p := range []string{configFileName, userConfigPath()} {
		if p == "" {
			continue
		}
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}

func userConfigPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "ergon", configFileName)
}

// relTo makes a path of the config file relative to the file's directory.
func relTo(base, p string) string {
	p = expandHome(p)
	if p == "" || base == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// relWallet is relTo for a wallet, which may also be an address.
func relWallet(base, w string) string {
	if isAddress(w) {
		return w
	}
	return relTo(base, w)
}

func expandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[1:])
		}
	}
	return p
}

func listOrNone(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

// signer returns the account the command acts as.
func (o *clientOpts) signer(a *app, s *settings) (*signer, error) {
	return keySource{
		key: o.key, keyFile: o.keyFile, wallet: o.wallet, walletFlag: o.flags.Changed("wallet"),
		profileWallet: s.Wallet, walletDir: s.WalletDir, passwordFile: o.passwordFile,
	}.resolve(a)
}

// session is a resolved command context: settings, and a chain client once dialed.
type session struct {
	a *app
	o *clientOpts
	s *settings
	c *chain.Client
}

// newSession resolves the settings; dial connects.
func (a *app) newSession(o *clientOpts) (*session, error) {
	s, err := o.resolve()
	if err != nil {
		return nil, err
	}
	return &session{a: a, o: o, s: s}, nil
}

// dial connects to the chain of the settings and checks the deployment is there.
func (ss *session) dial(ctx context.Context) (*chain.Client, error) {
	if ss.c != nil {
		return ss.c, nil
	}
	d, err := chain.LoadDeployment(ss.s.Deployment)
	if err != nil {
		return nil, fmt.Errorf("%w%s", err, ss.whereFrom("deployment"))
	}
	c, err := chain.Dial(ctx, ss.s.RPC, d, ss.a.log)
	if err != nil {
		switch {
		case errors.Is(err, chain.ErrWrongChain), errors.Is(err, chain.ErrNotDeployed):
			return nil, fmt.Errorf("%w\n  the deployment file %s is not for the chain at %s: is it the right --profile or --deployment?", err, ss.s.Deployment, ss.s.RPC)
		}
		return nil, fmt.Errorf("%w\n  cannot reach the chain at %s%s: is it running? (`ergon up` starts a local one)", err, ss.s.RPC, ss.whereFrom("rpc"))
	}
	ss.c = c
	return c, nil
}

// whereFrom explains where a setting came from, for error messages.
func (ss *session) whereFrom(key string) string {
	switch src := ss.s.Sources[key]; {
	case src == "file":
		return fmt.Sprintf(" (profile %q of %s)", ss.s.Profile, ss.s.ConfigFile)
	case src != "":
		return " (" + src + ")"
	}
	return ""
}

func (ss *session) signer() (*signer, error) { return ss.o.signer(ss.a, ss.s) }

// store returns a client of the settings' result store.
func (ss *session) store() (*store.Client, error) {
	return store.NewClient(ss.s.StoreURL, nil)
}

func newConfigCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show the settings commands use: chain, deployment, store, market, wallet",
	}
	o := addClientFlags(cmd)
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Show the resolved settings and where each comes from",
		Long: `Show what the other commands would use, resolved from flags, ERGON_* variables,
the config file (--config, else ./ergon.toml, else ~/.config/ergon/ergon.toml) and
its profile (--profile, else its default_profile), then the defaults.`,
		Args: noArgs("ergon config show"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			s := ss.s
			if o.json {
				return a.printJSON(s)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			file := s.ConfigFile
			if file == "" {
				file = "(none found)"
			}
			profile := s.Profile
			if profile == "" {
				profile = "(none: defaults)"
			}
			fmt.Fprintf(tw, "config file\t%s\n", file)
			fmt.Fprintf(tw, "profile\t%s\t%s\n", profile, s.Sources["profile"])
			for _, r := range [][3]string{
				{"rpc", s.RPC, "rpc"}, {"deployment", s.Deployment, "deployment"}, {"store url", s.StoreURL, "store_url"},
				{"market url", s.MarketURL, "market_url"}, {"wallet", s.Wallet, "wallet"}, {"wallet dir", s.WalletDir, "wallet_dir"},
			} {
				v := r[1]
				if v == "" {
					v = "-"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r[0], v, s.Sources[r[2]])
			}
			return tw.Flush()
		},
	})
	return cmd
}

func init() { commandGroups = append(commandGroups, newConfigCmd) }

// localProfileConfig is the profile `ergon up` writes for its network.
func localProfileConfig(configPath, rpc, deploymentFile, storeURL, marketURL string) profileConfig {
	dep := deploymentFile
	if absCfg, err := filepath.Abs(configPath); err == nil {
		if rel, err := filepath.Rel(filepath.Dir(absCfg), deploymentFile); err == nil {
			dep = filepath.ToSlash(rel)
		}
	}
	return profileConfig{RPC: rpc, Deployment: dep, StoreURL: storeURL, MarketURL: marketURL}
}

func (p profileConfig) toml(name string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[profiles.%s]\n", name)
	fmt.Fprintf(&b, "rpc = %q\n", p.RPC)
	fmt.Fprintf(&b, "deployment = %q\n", p.Deployment)
	fmt.Fprintf(&b, "store_url = %q\n", p.StoreURL)
	fmt.Fprintf(&b, "market_url = %q\n", p.MarketURL)
	if p.Wallet != "" {
		fmt.Fprintf(&b, "wallet = %q\n", p.Wallet)
	}
	return b.String()
}

// writeLocalProfile makes the config file at path hold the local network's profile without
// ever rewriting what a person wrote: a missing file is created, a file without the profile
// gets it appended, a file whose profile differs is left alone and the returned message says
// what to change. The message says what happened.
func writeLocalProfile(path string, p profileConfig) (string, error) {
	section := p.toml(localProfile)
	cf, err := loadConfigFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		content := "# Written by `ergon up`: where its local network is. Other commands read this file\n" +
			"# (see docs/cli.md); add profiles for other chains and pick one with --profile.\n" +
			"default_profile = \"" + localProfile + "\"\n\n" + section
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return "", err
		}
		return fmt.Sprintf("wrote %s (profile %q) for the other commands", path, localProfile), nil
	case err != nil:
		return fmt.Sprintf("%v\n  left it as is; for the local network it should have:\n\n%s", err, indent(section)), nil
	}
	if old, ok := cf.Profiles[localProfile]; ok {
		if old.RPC == p.RPC && old.Deployment == p.Deployment && old.StoreURL == p.StoreURL && old.MarketURL == p.MarketURL {
			return fmt.Sprintf("%s: profile %q is up to date", path, localProfile), nil
		}
		p.Wallet = old.Wallet
		return fmt.Sprintf("%s has another profile %q than this network's; left it as is. For this network it should read:\n\n%s",
			path, localProfile, indent(p.toml(localProfile))), nil
	}
	if cf.DefaultProfile == "" && len(cf.Profiles) == 1 {
		// Its only profile is chosen implicitly: a second one would change that.
		return fmt.Sprintf("%s has no profile %q; left it as is (a second profile would stop %q being used by default). Add:\n\n%s",
			path, localProfile, cf.profileNames()[0], indent(section)), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return "", err
	}
	sep := "\n"
	if len(b) > 0 && !bytes.HasSuffix(b, []byte("\n")) {
		sep = "\n\n"
	}
	if _, err := f.WriteString(sep + "# Added by `ergon up`: its local network.\n" + section); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return fmt.Sprintf("added profile %q to %s (use it with --profile %s)", localProfile, path, localProfile), nil
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ") + "\n"
}
