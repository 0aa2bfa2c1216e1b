package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"ergon/chain"
	"ergon/store"
	"ergon/wasmloop"
)

// `ergon app|dataset|workerpool`: the three registries of PROTOCOL.md §1 are ERC-721s whose
// token ids are the assets' addresses, so the verbs are the same for all three; what differs
// is the descriptor and what the registry keeps.

func init() {
	for _, k := range assetKinds {
		commandGroups = append(commandGroups, func(a *app) *cobra.Command { return newAssetCmd(a, k) })
	}
}

// assetKind is one registry.
type assetKind struct {
	noun     string // app, dataset, workerpool
	short    string
	registry func(*chain.Deployment) common.Address
	// created is the registry's creation event; its first indexed topic is the asset.
	created common.Hash
	// newDescriptor returns an empty descriptor to decode a file into.
	newDescriptor func() assetDescriptor
	// template makes a descriptor for init from its flags; paths in it are relative to the
	// descriptor's file.
	template func(o *initOptions, descriptorPath string) (assetDescriptor, error)
	// read reads a registered asset.
	read func(ctx context.Context, c *chain.Client, addr common.Address) (*assetOutput, error)
}

func (k *assetKind) descriptorFile() string { return "ergon-" + k.noun + ".json" }

var assetKinds = []*assetKind{
	{
		noun: "app", short: "Register apps (WASM modules, Docker images) and manage them: init, deploy, show, list, transfer",
		registry: func(d *chain.Deployment) common.Address { return d.AppRegistry },
		created:  chain.Apps.GetABI().Events["AppCreated"].ID,
		newDescriptor: func() assetDescriptor {
			return &appDescriptor{}
		},
		template: appTemplate,
		read:     readApp,
	},
	{
		noun: "dataset", short: "Register datasets and manage them: init, deploy, show, list, transfer",
		registry: func(d *chain.Deployment) common.Address { return d.DatasetRegistry },
		created:  chain.Datasets.GetABI().Events["DatasetCreated"].ID,
		newDescriptor: func() assetDescriptor {
			return &datasetDescriptor{}
		},
		template: datasetTemplate,
		read:     readDataset,
	},
	{
		noun: "workerpool", short: "Register workerpools and manage them: init, deploy, show, list, transfer",
		registry: func(d *chain.Deployment) common.Address { return d.WorkerpoolRegistry },
		created:  chain.Pools.GetABI().Events["WorkerpoolCreated"].ID,
		newDescriptor: func() assetDescriptor {
			return &workerpoolDescriptor{}
		},
		template: workerpoolTemplate,
		read:     readWorkerpool,
	},
}

var transferEventID = chain.Apps.GetABI().Events["Transfer"].ID

// assetOutput is what `show` and `list --json` print of an asset; fields depend on the type.
type assetOutput struct {
	// Type is app, dataset or workerpool.
	Type    string         `json:"type"`
	Address common.Address `json:"address"`
	Owner   common.Address `json:"owner"`
	Name    string         `json:"name,omitempty"`
	// Kind of an app: wasm or docker.
	Kind      string       `json:"kind,omitempty"`
	Location  string       `json:"location,omitempty"`
	Checksum  *common.Hash `json:"checksum,omitempty"`
	Mrenclave string       `json:"mrenclave,omitempty"`
	// Workerpool fields.
	Description          string          `json:"description,omitempty"`
	API                  string          `json:"api,omitempty"`
	Scheduler            *common.Address `json:"scheduler,omitempty"`
	WorkerStakeRatio     *uint64         `json:"worker_stake_ratio,omitempty"`
	SchedulerRewardRatio *uint64         `json:"scheduler_reward_ratio,omitempty"`
}

func newAssetCmd(a *app, k *assetKind) *cobra.Command {
	n := k.noun
	cmd := &cobra.Command{Use: n, Short: k.short}
	o := addClientFlags(cmd)
	var (
		iopt                initOptions
		descriptor          string
		force, upload, noUp bool
		owner               string
	)
	initCmd := &cobra.Command{
		Use:   "init",
		Short: "Write a descriptor (" + k.descriptorFile() + ") for `ergon " + n + " deploy`",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				iopt.file = args[0]
			}
			return a.assetInit(cmd.Context(), o, k, &iopt, descriptor, force, upload)
		},
	}
	switch n {
	case "app":
		initCmd.Use = "init [module]"
		initCmd.Long = `Write an app descriptor. Given a module (a .wasm file, or a Docker image tarball
.tar from ` + "`docker save`" + `), its sha256 is the checksum and its location in the result
store is ergon://<sha256>; ` + "`deploy`" + ` uploads it there after registering. Without one,
the descriptor is a template to fill in (location, checksum).`
		initCmd.Example = "  ergon app init examples/bin/hello.wasm\n  ergon app init --name my-app --kind docker --location ipfs://… "
		initCmd.Args = rangeArgs(0, 1, "ergon app init [module.wasm|image.tar] [--name NAME]")
		initCmd.Flags().StringVar(&iopt.kind, "kind", "", "wasm or docker (default: from the module's extension, else wasm)")
	case "dataset":
		initCmd.Use = "init [file]"
		initCmd.Long = `Write a dataset descriptor. Given its (encrypted) file, its sha256 is the checksum
and its location in the result store is ergon://<sha256>; ` + "`deploy`" + ` uploads it there
after registering. Without one, the descriptor is a template to fill in.`
		initCmd.Args = rangeArgs(0, 1, "ergon dataset init [file] [--name NAME]")
	case "workerpool":
		initCmd.Long = `Write a workerpool descriptor: its description, and the API its scheduler serves
workers at (PROTOCOL.md §10).`
		initCmd.Example = "  ergon workerpool init --description \"my pool\" --api http://pool.example:8551"
		initCmd.Args = noArgs("ergon workerpool init [--description D] [--api URL]")
		initCmd.Flags().StringVar(&iopt.description, "description", "", "what the pool offers (default \"my workerpool\")")
		initCmd.Flags().StringVar(&iopt.api, "api", "", "URL of the pool's scheduler")
	}
	if n != "workerpool" {
		initCmd.Flags().StringVar(&iopt.name, "name", "", "name (default: the file's name without extension)")
		initCmd.Flags().StringVar(&iopt.location, "location", "", "where workers fetch it (default ergon://<sha256> in the result store)")
		initCmd.Flags().BoolVar(&upload, "upload", false, "also upload the file to the result store now (owners of registered apps and datasets may upload)")
	}
	initCmd.Flags().StringVar(&descriptor, "descriptor", k.descriptorFile(), "descriptor file to write")
	initCmd.Flags().BoolVar(&force, "force", false, "overwrite an existing descriptor")

	deploy := &cobra.Command{
		Use:   "deploy",
		Short: "Register the " + n + " of the descriptor (idempotent: says so when it exists)",
		Long: `Register the ` + n + ` the descriptor describes, owned by your wallet. Its address follows from
the owner and the content, so deploying again finds it registered and does nothing.` + map[bool]string{true: `
When the descriptor names a local file, it is then uploaded to the result store
unless the store has it (--no-upload to skip).`, false: ""}[n != "workerpool"],
		Args: noArgs("ergon " + n + " deploy [--descriptor FILE]"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.assetDeploy(cmd.Context(), o, k, descriptor, noUp)
		},
	}
	deploy.Flags().StringVar(&descriptor, "descriptor", k.descriptorFile(), "descriptor file (`ergon "+n+" init` writes one)")
	if n != "workerpool" {
		deploy.Flags().BoolVar(&noUp, "no-upload", false, "do not upload the descriptor's file to the result store")
	}
	show := &cobra.Command{
		Use:   "show <address>",
		Short: "Show a registered " + n,
		Args:  exactArgs(1, "ergon "+n+" show <address>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := parseAddress(n, args[0])
			if err != nil {
				return err
			}
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			out, err := ss.readAsset(cmd.Context(), k, addr)
			if err != nil {
				return err
			}
			if o.json {
				return a.printJSON(out)
			}
			return printAsset(a, out)
		},
	}
	list := &cobra.Command{
		Use:   "list",
		Short: "List the registered " + n + "s (from the registry's events), or those of --owner",
		Args:  noArgs("ergon " + n + " list [--owner ADDRESS]"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			var who *common.Address
			if owner != "" {
				addr, err := parseAddress("--owner", owner)
				if err != nil {
					return err
				}
				who = &addr
			}
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			assets, err := ss.listAssets(cmd.Context(), k, who)
			if err != nil {
				return err
			}
			if o.json {
				return a.printJSON(assets)
			}
			if len(assets) == 0 {
				fmt.Fprintf(a.stderr, "no %s registered%s\n", n, map[bool]string{true: " for that owner", false: ""}[who != nil])
				return nil
			}
			return printAssetTable(a, k, assets)
		},
	}
	list.Flags().StringVar(&owner, "owner", "", "only the "+n+"s this address owns")
	transfer := &cobra.Command{
		Use:   "transfer <address> <to>",
		Short: "Give " + article(n) + " (its ERC-721 token, and its income) to another account",
		Args:  exactArgs(2, "ergon "+n+" transfer <address> <to>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := parseAddress(n, args[0])
			if err != nil {
				return err
			}
			to, err := parseAddress("receiver", args[1])
			if err != nil {
				return err
			}
			return a.assetTransfer(cmd.Context(), o, k, addr, to)
		},
	}
	var pubOut string
	publish := &cobra.Command{
		Use:   "publish <address>",
		Short: "Sign an order for " + article(n) + " of yours and publish it to the market",
		Long: `Sign an order selling the ` + n + `'s use with your wallet (the ` + n + `'s owner) and
publish it to the market (--market-url, or the profile's market_url): a price per
task in ERG, a volume of tasks, a tag, restrictions` + map[bool]string{true: `, a category and the highest
trust accepted`, false: ""}[n == "workerpool"] + `. A random salt makes each order new unless --salt is
given. --out also keeps the signed order, e.g. to cancel it on-chain later
(` + "`ergon order cancel FILE`" + `; ` + "`ergon order cancel HASH`" + ` works while the market has it).`,
		Example: map[string]string{
			"app":        "  ergon app publish 0x… --price 0.5 --volume 100\n  ergon app publish 0x… --price 1 --workerpool-restrict 0x… --tag tee",
			"dataset":    "  ergon dataset publish 0x… --price 0.2 --app-restrict 0x…",
			"workerpool": "  ergon workerpool publish 0x… --price 1 --category 0 --trust 5 --tag gpu",
		}[n],
		Args: exactArgs(1, "ergon "+n+" publish <address> [--price ERG] [--volume N] [flags]"),
	}
	terms := addTermFlags(publish.Flags(), n)
	publish.Flags().StringVar(&pubOut, "out", "", "also write the signed order to this file")
	publish.RunE = func(cmd *cobra.Command, args []string) error {
		addr, err := parseAddress(n, args[0])
		if err != nil {
			return err
		}
		return a.assetPublish(cmd.Context(), o, k, addr, terms, pubOut)
	}
	unpublish := &cobra.Command{
		Use:   "unpublish <orderhash>",
		Short: "Take an order for " + article(n) + " of yours off the market (it stays valid on-chain)",
		Long: `Take the order off the market: you sign (personal_sign) a message naming the market,
the order and an expiry, and the market stops listing it. The order stays valid
on-chain: ` + "`ergon order cancel`" + ` voids it for good.`,
		Args: exactArgs(1, "ergon "+n+" unpublish <orderhash>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.unpublish(cmd.Context(), o, n, args[0])
		},
	}
	cmd.AddCommand(initCmd, deploy, show, list, transfer, publish, unpublish)
	if n == "app" {
		cmd.AddCommand(newAppBuildCmd(a, o))
	}
	return cmd
}

// assetPublish signs an order of the flags' terms for the asset and publishes it.
func (a *app) assetPublish(ctx context.Context, o *clientOpts, k *assetKind, addr common.Address, terms *orderTerms, out string) error {
	ord, err := terms.build(k.noun, orderDefaults{asset: addr})
	if err != nil {
		return err
	}
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	asset, err := ss.readAsset(ctx, k, addr)
	if err != nil {
		return err
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	if asset.Owner != s.Address {
		return fmt.Errorf("%s %s belongs to %s, not to you (%s): only its owner may sell it (--wallet or --key of the owner)", k.noun, addr.Hex(), asset.Owner.Hex(), s.Address.Hex())
	}
	d, err := ss.deployment()
	if err != nil {
		return err
	}
	if _, err := signOrder(ord, s, d); err != nil {
		return err
	}
	if out != "" {
		if err := writeOrderFile(out, ord); err != nil {
			return err
		}
	}
	rec, err := ss.publish(ctx, ord, d)
	if err != nil {
		return err
	}
	return a.printPublished(o, rec, out)
}

func (a *app) assetInit(ctx context.Context, o *clientOpts, k *assetKind, iopt *initOptions, path string, force, upload bool) error {
	if _, err := os.Stat(path); err == nil && !force {
		return fmt.Errorf("%s exists: edit it, or pass --force to write it again", path)
	}
	if iopt.file != "" {
		if _, err := os.Stat(iopt.file); err != nil {
			return err
		}
	}
	d, err := k.template(iopt, path)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return err
	}
	if o.json {
		fmt.Fprintf(a.stdout, "%s\n", b)
	} else {
		fmt.Fprintf(a.stdout, "wrote %s:\n%s\n", path, b)
	}
	if k.noun == "app" && strings.HasSuffix(iopt.file, ".wasm") {
		if mod, err := os.ReadFile(iopt.file); err == nil {
			if goBuilt, rewritten, err := wasmloop.Inspect(mod); err == nil && goBuilt && !rewritten {
				fmt.Fprintf(a.stderr, "note: %s was built by go build: `ergon app build` makes the same app with loops that run\n"+
					"  faster in the WASM executor (about 1.8x its native time instead of 2-2.5x for CPU-bound work)\n", iopt.file)
			}
		}
	}
	if err := d.check(filepath.Dir(path)); err != nil {
		fmt.Fprintf(a.stderr, "to do before `ergon %s deploy`: %v\n", k.noun, err)
		return nil
	}
	if upload {
		ss, err := a.newSession(o)
		if err != nil {
			return err
		}
		if _, err := ss.uploadContent(ctx, k, d, false); err != nil {
			return err
		}
	}
	fmt.Fprintf(a.stderr, "next: `ergon %s deploy` registers it\n", k.noun)
	return nil
}

// deployOutput is `ergon app|dataset|workerpool deploy --json`.
type deployOutput struct {
	Type    string         `json:"type"`
	Address common.Address `json:"address"`
	Owner   common.Address `json:"owner"`
	// Created is false when the asset was registered already.
	Created bool         `json:"created"`
	Tx      *common.Hash `json:"tx,omitempty"`
	// Uploaded is true when the file went to the result store now.
	Uploaded bool `json:"uploaded"`
}

func readDescriptor(k *assetKind, path string) (assetDescriptor, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no descriptor %s: write one with `ergon %s init`, or pass --descriptor", path, k.noun)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := k.newDescriptor()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	if err := dec.Decode(d); err != nil {
		return nil, fmt.Errorf("descriptor %s: %w", path, err)
	}
	if err := d.check(filepath.Dir(path)); err != nil {
		return nil, fmt.Errorf("descriptor %s: %w", path, err)
	}
	return d, nil
}

func (a *app) assetDeploy(ctx context.Context, o *clientOpts, k *assetKind, path string, noUpload bool) error {
	d, err := readDescriptor(k, path)
	if err != nil {
		return err
	}
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	reg := k.registry(c.Deployment)
	out, err := c.Call(ctx, reg, d.predict(s.Address))
	if err != nil {
		return err
	}
	addr := common.BytesToAddress(out)
	owner, err := assetOwner(ctx, c, reg, addr)
	if err != nil {
		return err
	}
	res := deployOutput{Type: k.noun, Address: addr, Owner: s.Address}
	if owner == (common.Address{}) {
		key, err := s.Key()
		if err != nil {
			return err
		}
		r, err := a.transact(ctx, c.Sender(key), reg, d.create(s.Address), fmt.Sprintf("registering %s %q", k.noun, d.label()))
		if err != nil {
			return fmt.Errorf("register: %w", err)
		}
		res.Created, res.Tx = true, &r.TxHash
	} else {
		res.Owner = owner
	}
	if !noUpload {
		if res.Uploaded, err = ss.uploadContent(ctx, k, d, true); err != nil {
			return err
		}
	}
	if o.json {
		return a.printJSON(res)
	}
	if res.Created {
		fmt.Fprintf(a.stdout, "registered %s %q at %s (owner %s)\n", k.noun, d.label(), addr.Hex(), res.Owner.Hex())
	} else {
		fmt.Fprintf(a.stdout, "%s %q is registered already at %s (owner %s): nothing to do\n", k.noun, d.label(), addr.Hex(), res.Owner.Hex())
	}
	if res.Uploaded {
		file, _ := d.content()
		fmt.Fprintf(a.stdout, "uploaded %s to %s\n", filepath.Base(file), ss.s.StoreURL)
	}
	return nil
}

// uploadContent puts the descriptor's file in the result store unless it is there; it says
// whether it uploaded.
func (ss *session) uploadContent(ctx context.Context, k *assetKind, d assetDescriptor, afterRegistration bool) (bool, error) {
	file, sum := d.content()
	if file == "" {
		return false, nil
	}
	st, err := ss.store()
	if err != nil {
		return false, err
	}
	has, err := st.Has(ctx, store.Digest(sum))
	if err != nil {
		return false, fmt.Errorf("result store %s: %w\n  is it running? (`ergon up` starts one); the %s stays as it is: deploy again to upload", ss.s.StoreURL, err, k.noun)
	}
	if has {
		return false, nil
	}
	s, err := ss.signer()
	if err != nil {
		return false, err
	}
	key, err := s.Key()
	if err != nil {
		return false, err
	}
	ss.a.progress("uploading %s to %s…", file, ss.s.StoreURL)
	if _, _, err := st.Upload(ctx, file, store.KeySigner(key)); err != nil {
		if errors.Is(err, store.ErrForbidden) && !afterRegistration {
			return false, fmt.Errorf("upload %s: %w\n  the store takes uploads from owners of registered apps and datasets: `ergon %s deploy` registers it, then uploads", file, err, k.noun)
		}
		return false, fmt.Errorf("upload %s: %w", file, err)
	}
	return true, nil
}

// assetOwner returns the owner of a registered asset, the zero address otherwise.
func assetOwner(ctx context.Context, c *chain.Client, reg, addr common.Address) (common.Address, error) {
	out, err := c.Call(ctx, reg, chain.Apps.PackOwnerOfAsset(addr))
	if err != nil {
		return common.Address{}, err
	}
	return chain.Apps.UnpackOwnerOfAsset(out)
}

// readAsset reads a registered asset, or says where else the address is registered.
func (ss *session) readAsset(ctx context.Context, k *assetKind, addr common.Address) (*assetOutput, error) {
	c, err := ss.dial(ctx)
	if err != nil {
		return nil, err
	}
	owner, err := assetOwner(ctx, c, k.registry(c.Deployment), addr)
	if err != nil {
		return nil, err
	}
	if owner == (common.Address{}) {
		for _, other := range assetKinds {
			if other == k {
				continue
			}
			if o, err := assetOwner(ctx, c, other.registry(c.Deployment), addr); err == nil && o != (common.Address{}) {
				return nil, fmt.Errorf("%s is %s, not %s: `ergon %s show %s`", addr.Hex(), article(other.noun), article(k.noun), other.noun, addr.Hex())
			}
		}
		return nil, fmt.Errorf("%s is not a registered %s (`ergon %s list` shows them)", addr.Hex(), k.noun, k.noun)
	}
	out, err := k.read(ctx, c, addr)
	if err != nil {
		return nil, err
	}
	out.Type, out.Address, out.Owner = k.noun, addr, owner
	return out, nil
}

func readApp(ctx context.Context, c *chain.Client, addr common.Address) (*assetOutput, error) {
	out, err := c.Call(ctx, c.Deployment.AppRegistry, chain.Apps.PackAppInfo(addr))
	if err != nil {
		return nil, err
	}
	info, err := chain.Apps.UnpackAppInfo(out)
	if err != nil {
		return nil, err
	}
	sum := common.Hash(info.Checksum)
	o := &assetOutput{Name: info.Name, Kind: appKindName(info.Kind), Location: info.Location, Checksum: &sum}
	if len(info.Mrenclave) > 0 {
		o.Mrenclave = "0x" + hex.EncodeToString(info.Mrenclave)
	}
	return o, nil
}

func readDataset(ctx context.Context, c *chain.Client, addr common.Address) (*assetOutput, error) {
	out, err := c.Call(ctx, c.Deployment.DatasetRegistry, chain.Datasets.PackDatasetInfo(addr))
	if err != nil {
		return nil, err
	}
	info, err := chain.Datasets.UnpackDatasetInfo(out)
	if err != nil {
		return nil, err
	}
	sum := common.Hash(info.Checksum)
	return &assetOutput{Name: info.Name, Location: info.Location, Checksum: &sum}, nil
}

func readWorkerpool(ctx context.Context, c *chain.Client, addr common.Address) (*assetOutput, error) {
	out, err := c.Call(ctx, c.Deployment.WorkerpoolRegistry, chain.Pools.PackWorkerpoolInfo(addr))
	if err != nil {
		return nil, err
	}
	info, err := chain.Pools.UnpackWorkerpoolInfo(out)
	if err != nil {
		return nil, err
	}
	out, err = c.Call(ctx, c.Deployment.WorkerpoolRegistry, chain.Pools.PackPolicyOf(addr))
	if err != nil {
		return nil, err
	}
	p, err := chain.Pools.UnpackPolicyOf(out)
	if err != nil {
		return nil, err
	}
	stake, reward := p.WorkerStakeRatio.Uint64(), p.SchedulerRewardRatio.Uint64()
	return &assetOutput{Description: info.Description, API: info.Api, Scheduler: &p.Scheduler,
		WorkerStakeRatio: &stake, SchedulerRewardRatio: &reward}, nil
}

func article(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

func printAsset(a *app, o *assetOutput) error {
	tw := a.table()
	fmt.Fprintf(tw, "%s\t%s\n", o.Type, o.Address.Hex())
	fmt.Fprintf(tw, "owner\t%s\n", o.Owner.Hex())
	switch o.Type {
	case "app", "dataset":
		fmt.Fprintf(tw, "name\t%s\n", o.Name)
		if o.Type == "app" {
			fmt.Fprintf(tw, "kind\t%s\n", o.Kind)
		}
		fmt.Fprintf(tw, "location\t%s\n", o.Location)
		fmt.Fprintf(tw, "checksum\t%s\n", o.Checksum.Hex())
		if o.Mrenclave != "" {
			fmt.Fprintf(tw, "mrenclave\t%s\n", o.Mrenclave)
		}
	case "workerpool":
		fmt.Fprintf(tw, "description\t%s\n", o.Description)
		fmt.Fprintf(tw, "api\t%s\n", o.API)
		fmt.Fprintf(tw, "scheduler\t%s\n", o.Scheduler.Hex())
		fmt.Fprintf(tw, "worker stake\t%d %% of the workerpool price\n", *o.WorkerStakeRatio)
		fmt.Fprintf(tw, "scheduler reward\t%d %% of the reward pot\n", *o.SchedulerRewardRatio)
	}
	return tw.Flush()
}

func printAssetTable(a *app, k *assetKind, assets []*assetOutput) error {
	tw := a.table()
	switch k.noun {
	case "app":
		fmt.Fprintln(tw, "ADDRESS\tNAME\tKIND\tOWNER\tLOCATION")
		for _, o := range assets {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", o.Address.Hex(), o.Name, o.Kind, o.Owner.Hex(), o.Location)
		}
	case "dataset":
		fmt.Fprintln(tw, "ADDRESS\tNAME\tOWNER\tLOCATION")
		for _, o := range assets {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", o.Address.Hex(), o.Name, o.Owner.Hex(), o.Location)
		}
	case "workerpool":
		fmt.Fprintln(tw, "ADDRESS\tDESCRIPTION\tOWNER\tAPI")
		for _, o := range assets {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", o.Address.Hex(), o.Description, o.Owner.Hex(), o.API)
		}
	}
	return tw.Flush()
}

// listAssets lists the registry's assets in registration order; with owner, those it owns
// now (found through the transfers to it).
func (ss *session) listAssets(ctx context.Context, k *assetKind, owner *common.Address) ([]*assetOutput, error) {
	c, err := ss.dial(ctx)
	if err != nil {
		return nil, err
	}
	reg := k.registry(c.Deployment)
	topics := [][]common.Hash{{k.created}}
	if owner != nil {
		topics = [][]common.Hash{{transferEventID}, nil, {common.BytesToHash(owner.Bytes())}}
	}
	var candidates []common.Address
	seen := map[common.Address]bool{}
	err = c.ScanLogs(ctx, reg, topics, func(l *types.Log) (bool, error) {
		var addr common.Address
		switch {
		case owner != nil && len(l.Topics) == 4:
			addr = common.BytesToAddress(l.Topics[3][12:])
		case owner == nil && len(l.Topics) >= 2:
			addr = common.BytesToAddress(l.Topics[1][12:])
		default:
			return false, nil
		}
		if !seen[addr] {
			seen[addr] = true
			candidates = append(candidates, addr)
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	out := []*assetOutput{}
	for _, addr := range candidates {
		o, err := ss.readAsset(ctx, k, addr)
		if err != nil {
			return nil, err
		}
		if owner == nil || o.Owner == *owner {
			out = append(out, o)
		}
	}
	return out, nil
}

// transferOutput is `ergon app|dataset|workerpool transfer --json`.
type transferOutput struct {
	Type    string         `json:"type"`
	Address common.Address `json:"address"`
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Tx      common.Hash    `json:"tx"`
}

func (a *app) assetTransfer(ctx context.Context, o *clientOpts, k *assetKind, addr, to common.Address) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	asset, err := ss.readAsset(ctx, k, addr)
	if err != nil {
		return err
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	if asset.Owner != s.Address {
		return fmt.Errorf("%s %s belongs to %s, not to you (%s): only its owner may transfer it", k.noun, addr.Hex(), asset.Owner.Hex(), s.Address.Hex())
	}
	if to == s.Address {
		return fmt.Errorf("%s %s is yours already", k.noun, addr.Hex())
	}
	key, err := s.Key()
	if err != nil {
		return err
	}
	tokenID := new(big.Int).SetBytes(addr.Bytes())
	r, err := a.transact(ctx, ss.c.Sender(key), k.registry(ss.c.Deployment), chain.Apps.PackSafeTransferFrom(s.Address, to, tokenID),
		fmt.Sprintf("transferring %s %s to %s", k.noun, addr.Hex(), to.Hex()))
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	res := transferOutput{Type: k.noun, Address: addr, From: s.Address, To: to, Tx: r.TxHash}
	if o.json {
		return a.printJSON(res)
	}
	fmt.Fprintf(a.stdout, "%s %s now belongs to %s (it was %s's)\n", k.noun, addr.Hex(), to.Hex(), s.Address.Hex())
	return nil
}
