package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"ergon/api"
	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/executor"
	"ergon/market"
)

// `ergon order`: orders as files, for whoever signs elsewhere (a hardware or browser wallet
// through eth_signTypedData_v4) or keeps orders to publish and cancel later. A file holds one
// order in the market's wire format (api.Order: the EIP-712 fields under their EIP-712 names,
// plus kind), so the same JSON is what is signed, published and stored.

func init() { commandGroups = append(commandGroups, newOrderCmd) }

// Defaults of the orders the CLI writes: asset orders offer a thousand tasks, as the
// scheduler's own orders do; a request asks for one at trust 1, as `ergon run` does; a
// workerpool order accepts trust up to 100, the scheduler's default.
const (
	defaultAssetVolume   = 1000
	defaultRequestVolume = 1
	defaultPoolTrust     = 100
	defaultRequestTrust  = 1
)

// orderTerms are the flags that make an order. Which flags apply depends on the order's kind
// (termFlags); amounts are in ERG as `ergon account` takes them.
type orderTerms struct {
	flags *pflag.FlagSet

	price, volume, tag, salt                                            string
	category, trust                                                     string
	appRestrict, datasetRestrict, workerpoolRestrict, requesterRestrict string
	app, dataset, workerpool                                            string
	appMaxPrice, datasetMaxPrice, workerpoolMaxPrice                    string
	requester, beneficiary, callback, params                            string
	args                                                                []string
}

// termFlags lists, per kind, the flags that apply to its orders (kind "" is `order init`,
// which registers them all and checks them against the kind it is given). The asset's own
// address is the flag of its kind for `order init`, the argument for `<asset> publish`.
var termFlags = map[string][]string{
	api.KindApp:        {"price", "volume", "tag", "salt", "dataset-restrict", "workerpool-restrict", "requester-restrict"},
	api.KindDataset:    {"price", "volume", "tag", "salt", "app-restrict", "workerpool-restrict", "requester-restrict"},
	api.KindWorkerpool: {"price", "volume", "tag", "salt", "category", "trust", "app-restrict", "dataset-restrict", "requester-restrict"},
	api.KindRequest: {"volume", "tag", "salt", "category", "trust", "app", "dataset", "workerpool", "app-max-price",
		"dataset-max-price", "workerpool-max-price", "requester", "beneficiary", "callback", "params", "arg"},
}

// addTermFlags registers the flags of kind's orders ("": every kind's, for `order init`).
func addTermFlags(f *pflag.FlagSet, kind string) *orderTerms {
	t := &orderTerms{flags: f}
	want := map[string]bool{}
	for k, names := range termFlags {
		if kind == "" || k == kind {
			for _, n := range names {
				want[n] = true
			}
		}
	}
	if kind == "" {
		want["app"], want["dataset"], want["workerpool"] = true, true, true
	}
	str := func(p *string, name, usage string) {
		if want[name] {
			f.StringVar(p, name, "", usage)
		}
	}
	str(&t.price, "price", "price per task in ERG (12.5, or 1500nERG in token units; default 0)")
	volHelp, trustHelp := fmt.Sprintf("number of tasks (default %d; a request: %d)", defaultAssetVolume, defaultRequestVolume),
		fmt.Sprintf("trust: the most a workerpool accepts (default %d), what a request asks (default %d)", defaultPoolTrust, defaultRequestTrust)
	switch kind {
	case api.KindRequest:
		volHelp, trustHelp = fmt.Sprintf("number of tasks (default %d)", defaultRequestVolume), fmt.Sprintf("trust level asked (default %d)", defaultRequestTrust)
	case api.KindApp, api.KindDataset, api.KindWorkerpool:
		volHelp, trustHelp = fmt.Sprintf("number of tasks (default %d)", defaultAssetVolume), fmt.Sprintf("highest trust accepted (default %d)", defaultPoolTrust)
	}
	str(&t.volume, "volume", volHelp)
	str(&t.tag, "tag", "requirements/capabilities: names and bit numbers (tee,gpu,9) or a 0x bytes32 (default none)")
	str(&t.salt, "salt", "0x and 64 hex digits, what makes two orders of the same terms differ (default random)")
	str(&t.category, "category", "category id (see ergon category list; default 0)")
	str(&t.trust, "trust", trustHelp)
	str(&t.appRestrict, "app-restrict", "only deals of this app (default any)")
	str(&t.datasetRestrict, "dataset-restrict", "only deals with this dataset (default any)")
	str(&t.workerpoolRestrict, "workerpool-restrict", "only deals run by this workerpool (default any)")
	str(&t.requesterRestrict, "requester-restrict", "only deals requested by this account (default any)")
	if kind == "" {
		str(&t.app, "app", "the app (an app order: the app sold; a request: the app to run)")
		str(&t.dataset, "dataset", "the dataset (a dataset order: the dataset sold; a request: the dataset to use, default none)")
		str(&t.workerpool, "workerpool", "the workerpool (a workerpool order: the pool; a request: the pool to run it, default any)")
	}
	str(&t.appMaxPrice, "app-max-price", "most a request pays the app per task, ERG (default 0)")
	str(&t.datasetMaxPrice, "dataset-max-price", "most a request pays the dataset per task, ERG (default 0)")
	str(&t.workerpoolMaxPrice, "workerpool-max-price", "most a request pays the workerpool per task, ERG (default 0)")
	str(&t.requester, "requester", "who pays and signs a request (default: your wallet's address)")
	str(&t.beneficiary, "beneficiary", "who may read a request's results (default: the requester)")
	str(&t.callback, "callback", "contract receiving each result of a request (default none)")
	str(&t.params, "params", `a request's params as JSON: {"args":[…],"input_files":["ergon://…"]}`)
	if want["arg"] {
		f.StringArrayVar(&t.args, "arg", nil, "an argument of the app (repeatable; instead of --params)")
	}
	return t
}

// check refuses the flags that do not apply to kind.
func (t *orderTerms) check(kind string) error {
	ok := map[string]bool{}
	for _, n := range termFlags[kind] {
		ok[n] = true
	}
	if kind != api.KindRequest {
		ok[kind] = true
	}
	var bad error
	t.flags.Visit(func(f *pflag.Flag) {
		if _, isTerm := termFlagSet[f.Name]; isTerm && !ok[f.Name] && bad == nil {
			bad = fmt.Errorf("--%s does not apply to %s orders (theirs: --%s)", f.Name, kind, strings.Join(flagsOf(kind), ", --"))
		}
	})
	return bad
}

var termFlagSet = func() map[string]struct{} {
	s := map[string]struct{}{}
	for _, names := range termFlags {
		for _, n := range names {
			s[n] = struct{}{}
		}
	}
	return s
}()

func flagsOf(kind string) []string {
	names := termFlags[kind]
	if kind != api.KindRequest {
		names = append([]string{kind}, names...)
	}
	return names
}

// orderDefaults are what the flags do not say: the asset of an asset order, the requester of
// a request (the wallet's address).
type orderDefaults struct {
	asset     common.Address
	requester common.Address
}

// build makes an unsigned order of kind from the flags.
func (t *orderTerms) build(kind string, d orderDefaults) (api.Order, error) {
	var err error
	fail := func(e error) {
		if err == nil {
			err = e
		}
	}
	amount := func(name, s string) *api.Uint256 {
		if s == "" {
			return api.Uint64(0)
		}
		v, e := parseERG(s)
		if e != nil {
			fail(fmt.Errorf("--%s: %w", name, e))
			return api.Uint64(0)
		}
		return api.NewUint256(v)
	}
	number := func(name, s string, def uint64) *api.Uint256 {
		if s == "" {
			return api.Uint64(def)
		}
		v, e := strconv.ParseUint(s, 10, 64)
		if e != nil {
			fail(fmt.Errorf("--%s %q: want a whole number", name, s))
		}
		return api.Uint64(v)
	}
	addr := func(name, s string, def common.Address) common.Address {
		if s == "" {
			return def
		}
		a, e := parseAddress("--"+name, s)
		fail(e)
		return a
	}
	volDef := uint64(defaultAssetVolume)
	if kind == api.KindRequest {
		volDef = defaultRequestVolume
	}
	volume := number("volume", t.volume, volDef)
	if volume.Big().Sign() == 0 {
		fail(errors.New("--volume 0: an order offers at least one task"))
	}
	tag, e := parseTag(t.tag)
	fail(e)
	salt, e := parseSalt(t.salt)
	fail(e)
	o := api.Order{Kind: kind}
	switch kind {
	case api.KindApp:
		o.App = &api.AppOrder{App: addr("app", t.app, d.asset), AppPrice: amount("price", t.price), Volume: volume, Tag: tag,
			DatasetRestrict: addr("dataset-restrict", t.datasetRestrict, common.Address{}), WorkerpoolRestrict: addr("workerpool-restrict", t.workerpoolRestrict, common.Address{}),
			RequesterRestrict: addr("requester-restrict", t.requesterRestrict, common.Address{}), Salt: salt, Sign: hexutil.Bytes{}}
		if o.App.App == (common.Address{}) {
			fail(errors.New("which app? pass --app ADDRESS (`ergon app list` shows them)"))
		}
	case api.KindDataset:
		o.Dataset = &api.DatasetOrder{Dataset: addr("dataset", t.dataset, d.asset), DatasetPrice: amount("price", t.price), Volume: volume, Tag: tag,
			AppRestrict: addr("app-restrict", t.appRestrict, common.Address{}), WorkerpoolRestrict: addr("workerpool-restrict", t.workerpoolRestrict, common.Address{}),
			RequesterRestrict: addr("requester-restrict", t.requesterRestrict, common.Address{}), Salt: salt, Sign: hexutil.Bytes{}}
		if o.Dataset.Dataset == (common.Address{}) {
			fail(errors.New("which dataset? pass --dataset ADDRESS (`ergon dataset list` shows them)"))
		}
	case api.KindWorkerpool:
		o.Workerpool = &api.WorkerpoolOrder{Workerpool: addr("workerpool", t.workerpool, d.asset), WorkerpoolPrice: amount("price", t.price),
			Volume: volume, Tag: tag, Category: number("category", t.category, 0), Trust: number("trust", t.trust, defaultPoolTrust),
			AppRestrict: addr("app-restrict", t.appRestrict, common.Address{}), DatasetRestrict: addr("dataset-restrict", t.datasetRestrict, common.Address{}),
			RequesterRestrict: addr("requester-restrict", t.requesterRestrict, common.Address{}), Salt: salt, Sign: hexutil.Bytes{}}
		if o.Workerpool.Workerpool == (common.Address{}) {
			fail(errors.New("which workerpool? pass --workerpool ADDRESS (`ergon workerpool list` shows them)"))
		}
	case api.KindRequest:
		requester := addr("requester", t.requester, d.requester)
		params := t.params
		switch {
		case params != "" && len(t.args) > 0:
			fail(errors.New("give --params or --arg, not both"))
		case len(t.args) > 0:
			params = api.Params{Args: t.args}.String()
		case params != "":
			if _, e := api.ParseParams(params); e != nil {
				fail(fmt.Errorf("--params: %w (want {\"args\":[…],\"input_files\":[\"ergon://…\"]})", e))
			}
		}
		o.Request = &api.RequestOrder{App: addr("app", t.app, common.Address{}), AppMaxPrice: amount("app-max-price", t.appMaxPrice),
			Dataset: addr("dataset", t.dataset, common.Address{}), DatasetMaxPrice: amount("dataset-max-price", t.datasetMaxPrice),
			Workerpool: addr("workerpool", t.workerpool, common.Address{}), WorkerpoolMaxPrice: amount("workerpool-max-price", t.workerpoolMaxPrice),
			Requester: requester, Volume: volume, Tag: tag, Category: number("category", t.category, 0), Trust: number("trust", t.trust, defaultRequestTrust),
			Beneficiary: addr("beneficiary", t.beneficiary, requester), Callback: addr("callback", t.callback, common.Address{}),
			Params: params, Salt: salt, Sign: hexutil.Bytes{}}
		if o.Request.App == (common.Address{}) {
			fail(errors.New("which app does the request run? pass --app ADDRESS (`ergon orderbook app` lists those for sale)"))
		}
	default:
		return o, fmt.Errorf("order kind %q: want app, dataset, workerpool or request", kind)
	}
	return o, err
}

// Tag bits with names (PROTOCOL.md §4): bit 0 TEE, bit 8 GPU.
var tagBitNames = map[string]uint{"tee": 0, "gpu": 8}

// parseTag reads a tag: "" (none), a 0x bytes32 (shorter hex is left-padded), or names and
// bit numbers separated by commas ("tee,gpu", "8,9").
func parseTag(s string) (common.Hash, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return common.Hash{}, nil
	}
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		b, err := decodeHex(s)
		if err != nil || len(b) > 32 {
			return common.Hash{}, fmt.Errorf("--tag %q: want at most 32 bytes of 0x-hex, or names and bit numbers like tee,gpu,9", s)
		}
		return common.BytesToHash(b), nil
	}
	tag := new(big.Int)
	for _, part := range strings.Split(s, ",") {
		part = strings.ToLower(strings.TrimSpace(part))
		bit, ok := tagBitNames[part]
		if !ok {
			n, err := strconv.ParseUint(part, 10, 8)
			if err != nil {
				return common.Hash{}, fmt.Errorf("--tag %q: %q is neither a bit name (tee, gpu) nor a bit number 0…255", s, part)
			}
			bit = uint(n)
		}
		tag.SetBit(tag, int(bit), 1)
	}
	return common.BigToHash(tag), nil
}

// formatTag says which bits a tag has: "none", or names and numbers as parseTag reads them.
func formatTag(h common.Hash) string {
	x := h.Big()
	if x.Sign() == 0 {
		return "none"
	}
	var parts []string
	for bit := 0; bit < 256; bit++ {
		if x.Bit(bit) == 0 {
			continue
		}
		name := strconv.Itoa(bit)
		for n, b := range tagBitNames {
			if int(b) == bit {
				name = n
			}
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, ",")
}

// parseSalt reads --salt, or draws a random one.
func parseSalt(s string) (common.Hash, error) {
	if s == "" {
		var salt common.Hash
		if _, err := rand.Read(salt[:]); err != nil {
			return salt, err
		}
		return salt, nil
	}
	b, err := decodeHex(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("--salt %q: want 0x and 64 hex digits (leave it out for a random one)", s)
	}
	return common.BytesToHash(b), nil
}

// orderHash is the order's EIP-712 struct hash: its id on-chain and in the market.
func orderHash(o api.Order) (common.Hash, error) {
	b, err := o.Bindings()
	if err != nil {
		return common.Hash{}, err
	}
	switch v := b.(type) {
	case bindings.AppOrder:
		return chain.AppOrderHash(v), nil
	case bindings.DatasetOrder:
		return chain.DatasetOrderHash(v), nil
	case bindings.WorkerpoolOrder:
		return chain.WorkerpoolOrderHash(v), nil
	case bindings.RequestOrder:
		return chain.RequestOrderHash(v), nil
	}
	return common.Hash{}, fmt.Errorf("%T is not an order", b)
}

// signature returns the order's sign field.
func signature(o api.Order) []byte {
	switch o.Kind {
	case api.KindApp:
		return o.App.Sign
	case api.KindDataset:
		return o.Dataset.Sign
	case api.KindWorkerpool:
		return o.Workerpool.Sign
	}
	return o.Request.Sign
}

func setSignature(o api.Order, sig []byte) {
	switch o.Kind {
	case api.KindApp:
		o.App.Sign = sig
	case api.KindDataset:
		o.Dataset.Sign = sig
	case api.KindWorkerpool:
		o.Workerpool.Sign = sig
	default:
		o.Request.Sign = sig
	}
}

// orderAsset is what the order sells (a request: its app), and its volume.
func orderAsset(o api.Order) (common.Address, *big.Int) {
	switch o.Kind {
	case api.KindApp:
		return o.App.App, o.App.Volume.Big()
	case api.KindDataset:
		return o.Dataset.Dataset, o.Dataset.Volume.Big()
	case api.KindWorkerpool:
		return o.Workerpool.Workerpool, o.Workerpool.Volume.Big()
	}
	return o.Request.App, o.Request.Volume.Big()
}

// readOrderFile decodes an order file as strictly as the market decodes orders.
func readOrderFile(path string) (api.Order, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return api.Order{}, fmt.Errorf("no order file %s: `ergon order init KIND` writes one", path)
	}
	if err != nil {
		return api.Order{}, err
	}
	o, err := market.DecodeOrder(b)
	if err != nil {
		return api.Order{}, fmt.Errorf("order file %s: %v", path, err)
	}
	return o, nil
}

func orderJSON(o api.Order) ([]byte, error) {
	b, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

func writeOrderFile(path string, o api.Order) error {
	b, err := orderJSON(o)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// deployment reads the settings' deployment file, which gives the EIP-712 domain orders are
// signed for; signing and publishing need no chain.
func (ss *session) deployment() (*chain.Deployment, error) {
	d, err := chain.LoadDeployment(ss.s.Deployment)
	if err != nil {
		return nil, fmt.Errorf("%w%s", err, ss.whereFrom("deployment"))
	}
	return d, nil
}

func domainOf(d *chain.Deployment) chain.Domain {
	return chain.Domain{ChainID: new(big.Int).SetUint64(d.ChainID), Hub: d.Hub}
}

// market returns a client of the settings' market.
func (ss *session) market() *api.MarketClient { return api.NewMarketClient(ss.s.MarketURL, nil) }

// orderOwner is who must sign the order: the asset's owner on-chain, or the requester.
func (ss *session) orderOwner(ctx context.Context, o api.Order) (common.Address, error) {
	if o.Kind == api.KindRequest {
		return o.Request.Requester, nil
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return common.Address{}, err
	}
	k := kindByNoun(o.Kind)
	asset, _ := orderAsset(o)
	owner, err := assetOwner(ctx, c, k.registry(c.Deployment), asset)
	if err != nil {
		return common.Address{}, err
	}
	if owner == (common.Address{}) {
		return owner, fmt.Errorf("%s %s is not registered (`ergon %s list` shows them; `ergon %s deploy` registers one)", o.Kind, asset.Hex(), o.Kind, o.Kind)
	}
	return owner, nil
}

func kindByNoun(noun string) *assetKind {
	for _, k := range assetKinds {
		if k.noun == noun {
			return k
		}
	}
	return nil
}

// signOrder signs o in place with s for the deployment's domain. A request whose requester
// is not set yet becomes the signer's (and so does its beneficiary).
func signOrder(o api.Order, s *signer, d *chain.Deployment) (common.Hash, error) {
	if o.Kind == api.KindRequest {
		r := o.Request
		if r.Requester == (common.Address{}) {
			r.Requester = s.Address
			if r.Beneficiary == (common.Address{}) {
				r.Beneficiary = s.Address
			}
		}
		if r.Requester != s.Address {
			return common.Hash{}, fmt.Errorf("the request is for requester %s but you sign as %s (%s): sign with that wallet (--wallet %s), or change its requester",
				r.Requester.Hex(), s.Address.Hex(), s.Source, r.Requester.Hex())
		}
	}
	hash, err := orderHash(o)
	if err != nil {
		return hash, err
	}
	key, err := s.Key()
	if err != nil {
		return hash, err
	}
	sig, err := domainOf(d).Sign(key, hash)
	if err != nil {
		return hash, err
	}
	setSignature(o, sig)
	return hash, nil
}

// publish sends a signed order to the market, telling it the domain it was signed for so a
// mismatch is named as such.
func (ss *session) publish(ctx context.Context, o api.Order, d *chain.Deployment) (*api.OrderRecord, error) {
	rec, err := ss.market().Publish(ctx, api.PublishRequest{Order: o, Domain: &api.Domain{ChainID: d.ChainID, Hub: d.Hub}})
	if err != nil {
		return nil, ss.marketError(ctx, err, &o)
	}
	return rec, nil
}

// marketError adds to a market's refusal what to do about it. o is the order concerned, when
// there is one.
func (ss *session) marketError(ctx context.Context, err error, o *api.Order) error {
	var ae *api.Error
	if !errors.As(err, &ae) {
		if ctx.Err() != nil {
			return err
		}
		return fmt.Errorf("%w\n  cannot reach the market at %s%s: is it running? (`ergon up` starts one with the local network; `ergon market` serves one)",
			err, ss.s.MarketURL, ss.whereFrom("market_url"))
	}
	hint := ""
	switch {
	case errors.Is(err, api.ErrInsufficientBalance):
		hint = ss.depositHint(ctx, o)
	case errors.Is(err, api.ErrAlreadyPublished):
		hint = "sign a new order (another salt): `ergon order init` and `ergon " + kindOr(o, "app|dataset|workerpool") + " publish` draw a random one unless --salt is given"
	case errors.Is(err, api.ErrWrongDomain):
		hint = ss.domainHint(ctx)
	case errors.Is(err, api.ErrBadSignature):
		switch {
		case o != nil && len(signature(*o)) == 0:
			hint = "the order is not signed: `ergon order sign FILE` signs it, or `ergon order presign FILE` approves it on-chain"
		case o != nil && o.Kind == api.KindRequest:
			hint = "a request is signed by its requester: `ergon order sign FILE` with the requester's wallet"
		default:
			hint = fmt.Sprintf("an order is signed by the asset's owner: `ergon %s show ADDRESS` says who it is; sign with that wallet", kindOr(o, "app|dataset|workerpool"))
		}
	case errors.Is(err, api.ErrUnknownAsset):
		hint = "register it first (`ergon app|dataset|workerpool deploy`), or check the address (`ergon app|dataset|workerpool list`)"
	case errors.Is(err, api.ErrUnknownCategory):
		hint = "`ergon category list` shows the hub's categories"
	case errors.Is(err, api.ErrCancelled), errors.Is(err, api.ErrConsumed):
		hint = "this order can never match again: sign a new one (another salt)"
	case errors.Is(err, api.ErrLimit):
		hint = "you have as many open orders as this market allows: unpublish some (`ergon orderbook KIND --owner YOU`, then `ergon order unpublish HASH`)"
	case errors.Is(err, api.ErrExpired):
		hint = "the signed message expired: check this machine's clock, and run the command again"
	case errors.Is(err, api.ErrNotFound):
		hint = "the market at " + ss.s.MarketURL + " does not know it: `ergon orderbook KIND` lists its open orders; publish one with `ergon order publish FILE`"
	}
	if hint == "" {
		return err
	}
	return fmt.Errorf("%w\n  %s", err, hint)
}

func kindOr(o *api.Order, def string) string {
	if o == nil || o.Kind == api.KindRequest {
		return def
	}
	return o.Kind
}

// domainHint says which domain the market expects and which the settings give.
func (ss *session) domainHint(ctx context.Context) string {
	d, _ := ss.deployment()
	h, err := ss.market().Health(ctx)
	if err != nil || d == nil {
		return "sign the order for the market's chain and hub: use the profile (--profile) or --deployment of the market's chain"
	}
	return fmt.Sprintf("the market at %s serves chain %d, hub %s; your deployment file %s is for chain %d, hub %s: use the profile (--profile) or --deployment of the market's chain, or another --market-url, and sign again",
		ss.s.MarketURL, h.ChainID, h.Hub.Hex(), ss.s.Deployment, d.ChainID, d.Hub.Hex())
}

// depositHint works out how much the order's owner must deposit, when the chain answers.
func (ss *session) depositHint(ctx context.Context, o *api.Order) string {
	generic := "deposit with `ergon account deposit AMOUNT` (`ergon account show` gives your free balance)"
	if o == nil || (o.Kind != api.KindRequest && o.Kind != api.KindWorkerpool) {
		return generic
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return generic
	}
	var owner common.Address
	var need *big.Int
	if o.Kind == api.KindRequest {
		r := o.Request
		owner = r.Requester
		need = new(big.Int).Add(r.AppMaxPrice.Big(), r.DatasetMaxPrice.Big())
		need.Add(need, r.WorkerpoolMaxPrice.Big())
		need.Mul(need, r.Volume.Big())
	} else {
		if owner, err = ss.orderOwner(ctx, *o); err != nil {
			return generic
		}
		need = new(big.Int).Div(new(big.Int).Mul(o.Workerpool.WorkerpoolPrice.Big(), big.NewInt(30)), big.NewInt(100))
	}
	acc, err := c.AccountOf(ctx, owner)
	if err != nil || acc.Balance.Cmp(need) >= 0 {
		return generic
	}
	short := new(big.Int).Sub(need, acc.Balance)
	return fmt.Sprintf("%s has %s free, the order needs %s: deposit with `ergon account deposit %s`", owner.Hex(), erg(acc.Balance), erg(need), ergAmount(short))
}

// typedDataOutput is the eth_signTypedData_v4 payload as wallets take it: the domain has
// exactly the members its EIP712Domain type lists, chainId a number.
type typedDataOutput struct {
	Types       apitypes.Types `json:"types"`
	PrimaryType string         `json:"primaryType"`
	Domain      struct {
		Name              string `json:"name"`
		Version           string `json:"version"`
		ChainID           uint64 `json:"chainId"`
		VerifyingContract string `json:"verifyingContract"`
	} `json:"domain"`
	Message apitypes.TypedDataMessage `json:"message"`
}

func typedDataOf(td apitypes.TypedData, chainID uint64) typedDataOutput {
	out := typedDataOutput{Types: td.Types, PrimaryType: td.PrimaryType, Message: td.Message}
	out.Domain.Name, out.Domain.Version, out.Domain.ChainID, out.Domain.VerifyingContract = td.Domain.Name, td.Domain.Version, chainID, td.Domain.VerifyingContract
	return out
}

// signOutput is `ergon order sign --json`.
type signOutput struct {
	Hash   common.Hash    `json:"hash"`
	Kind   string         `json:"kind"`
	Signer common.Address `json:"signer"`
	File   string         `json:"file"`
	Order  api.Order      `json:"order"`
}

// cancelOutput is `ergon order cancel --json`.
type cancelOutput struct {
	Hash  common.Hash    `json:"hash"`
	Kind  string         `json:"kind"`
	Owner common.Address `json:"owner"`
	// Consumed is the volume deals had used before the cancellation (decimal string).
	Consumed string      `json:"consumed"`
	Volume   string      `json:"volume"`
	Tx       common.Hash `json:"tx"`
}

// orderShowOutput is `ergon order show --json`: the market's record and what the chain says.
type orderShowOutput struct {
	api.OrderRecord
	// Consumed is the volume the hub counts as used (deals, or all of it once cancelled);
	// ChainRemaining is volume − consumed. Decimal strings.
	Consumed       string `json:"consumed"`
	ChainRemaining string `json:"chain_remaining"`
}

// publishOutput is what publish commands print with --json: the market's record, and the
// file the signed order was written to, if any.
type publishOutput struct {
	api.OrderRecord
	File string `json:"file,omitempty"`
}

func newOrderCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "order",
		Short: "Orders as files: init, sign (or export for a wallet), publish, cancel on-chain, show",
		Long: `Orders as files in the market's wire format (docs/market.md): write one with
init, sign it with your wallet (or print the eth_signTypedData_v4 payload for a
hardware or browser wallet and attach the signature it returns), publish it to
the market, show it, take it off the market, or cancel it on-chain for good.

` + "`ergon app|dataset|workerpool publish`" + ` does init, sign and publish in one step.`,
	}
	o := addClientFlags(cmd)

	var (
		out       string
		force     bool
		typedData bool
		sigHex    string
	)
	initCmd := &cobra.Command{
		Use:   "init <app|dataset|workerpool|request>",
		Short: "Write an unsigned order (ergon-<kind>-order.json) with a random salt",
		Long: `Write an unsigned order of the kind, from the flags, in the market's wire format.
Unset fields get defaults: volume ` + strconv.Itoa(defaultAssetVolume) + ` (a request: ` + strconv.Itoa(defaultRequestVolume) + `), prices 0, no tag, no
restriction, category 0, trust ` + strconv.Itoa(defaultPoolTrust) + ` for a workerpool and ` + strconv.Itoa(defaultRequestTrust) + ` for a request, a random salt;
a request's requester is your wallet's address (set when it is signed, if there is
no wallet yet) and its beneficiary the requester. Amounts are in ERG.`,
		Example: `  ergon order init app --app 0x… --price 0.5 --volume 100
  ergon order init workerpool --workerpool 0x… --price 1 --category 0 --trust 5 --tag gpu
  ergon order init request --app 0x… --app-max-price 0.5 --workerpool-max-price 1 --arg hello`,
		Args: exactArgs(1, "ergon order init <app|dataset|workerpool|request> [flags]"),
	}
	terms := addTermFlags(initCmd.Flags(), "")
	initCmd.RunE = func(cmd *cobra.Command, args []string) error {
		kind := args[0]
		if _, ok := termFlags[kind]; !ok {
			return fmt.Errorf("order kind %q: want app, dataset, workerpool or request", kind)
		}
		if err := terms.check(kind); err != nil {
			return err
		}
		path := out
		if path == "" {
			path = "ergon-" + kind + "-order.json"
		}
		if _, err := os.Stat(path); err == nil && !force {
			return fmt.Errorf("%s exists: edit it, pass --out FILE, or --force to write it again", path)
		}
		ss, err := a.newSession(o)
		if err != nil {
			return err
		}
		var d orderDefaults
		if kind == api.KindRequest && terms.requester == "" {
			if s, err := ss.signer(); err == nil {
				d.requester = s.Address
			}
		}
		ord, err := terms.build(kind, d)
		if err != nil {
			return err
		}
		if err := writeOrderFile(path, ord); err != nil {
			return err
		}
		b, _ := orderJSON(ord)
		if o.json {
			_, err := a.stdout.Write(b)
			return err
		}
		fmt.Fprintf(a.stdout, "wrote %s:\n%s", path, b)
		if kind == api.KindRequest && ord.Request.Requester == (common.Address{}) {
			fmt.Fprintln(a.stderr, "no wallet found: the requester will be the wallet that signs it")
		}
		fmt.Fprintf(a.stderr, "next: `ergon order sign %s`, then `ergon order publish %s`\n", path, path)
		return nil
	}
	initCmd.Flags().StringVar(&out, "out", "", "file to write (default ergon-<kind>-order.json)")
	initCmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")

	sign := &cobra.Command{
		Use:   "sign <file>",
		Short: "Sign an order file with your wallet, or print what a wallet must sign (--typed-data)",
		Long: `Sign the order of the file for the EIP-712 domain of the profile's deployment
(name Ergon, version 1, its chain id and hub) and write it back (--out: elsewhere).
The signer must be the owner of the order's asset, or the request's requester.

--typed-data prints the eth_signTypedData_v4 JSON instead, for a wallet that signs
elsewhere (hardware, browser: eth_signTypedData_v4(address, json)); --signature 0x…
then attaches what it returned, after checking whom it recovers to: the requester,
or the asset's owner read on-chain (if the chain does not answer, the market checks
it at publication). Signing itself needs no chain.`,
		Example: `  ergon order sign ergon-request-order.json
  ergon order sign ergon-app-order.json --typed-data > typed.json
  ergon order sign ergon-app-order.json --signature 0x…`,
		Args: exactArgs(1, "ergon order sign <file> [--typed-data | --signature 0x…] [--out FILE]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.orderSign(cmd.Context(), o, args[0], out, typedData, sigHex)
		},
	}
	sign.Flags().StringVar(&out, "out", "", "write the signed order here (default: the file itself)")
	sign.Flags().BoolVar(&typedData, "typed-data", false, "print the eth_signTypedData_v4 JSON to sign instead of signing")
	sign.Flags().StringVar(&sigHex, "signature", "", "attach this signature (from a wallet given the --typed-data JSON) instead of signing")

	publish := &cobra.Command{
		Use:   "publish <file>",
		Short: "Publish a signed order file to the market",
		Args:  exactArgs(1, "ergon order publish <file>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ord, err := readOrderFile(args[0])
			if err != nil {
				return err
			}
			ss, err := a.newSession(o)
			if err != nil {
				return err
			}
			d, err := ss.deployment()
			if err != nil {
				return err
			}
			rec, err := ss.publish(cmd.Context(), ord, d)
			if err != nil {
				return err
			}
			return a.printPublished(o, rec, "")
		},
	}

	cancel := &cobra.Command{
		Use:   "cancel <file|hash>",
		Short: "Cancel an order on-chain (for good: no deal can use it any more)",
		Long: `Cancel the order on-chain with the hub's cancel…Order: its whole volume counts as
consumed, so it can never match again, on any market. The hub needs the order
itself: give its file, or its hash and the market has it. Only the order's owner
(the asset's owner, or the requester) may cancel it. To take an order off the
market only, use ` + "`ergon order unpublish`" + `.`,
		Args: exactArgs(1, "ergon order cancel <file|hash>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.orderCancel(cmd.Context(), o, args[0])
		},
	}

	var calldata bool
	presign := &cobra.Command{
		Use:   "presign <file|hash>",
		Short: "Approve an order on-chain instead of signing it (for owners that cannot sign: contracts)",
		Long: `Presign the order with the hub's presign…Order: the hub then takes it with an
empty signature, so it can be published unsigned. Only the order's owner (the
asset's owner, or the requester) may presign it, from its own account.

For an owner that is a contract (a multisig, a smart-contract wallet), which
holds no key, --calldata prints the transaction instead: have the contract
send it to the hub, then publish the order. The hub needs the order itself:
give its file, or its hash and the market has it.`,
		Example: `  ergon order presign ergon-app-order.json && ergon order publish ergon-app-order.json
  ergon order presign ergon-app-order.json --calldata --json`,
		Args: exactArgs(1, "ergon order presign <file|hash> [--calldata]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.orderPresign(cmd.Context(), o, args[0], calldata)
		},
	}
	presign.Flags().BoolVar(&calldata, "calldata", false, "print the hub transaction for a contract owner to send, instead of sending it")

	show := &cobra.Command{
		Use:   "show <hash>",
		Short: "Show an order the market knows, and its volume consumed on-chain",
		Args:  exactArgs(1, "ergon order show <hash>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.orderShow(cmd.Context(), o, args[0])
		},
	}

	unpublish := &cobra.Command{
		Use:   "unpublish <hash>",
		Short: "Take an order of yours off the market (it stays valid on-chain)",
		Args:  exactArgs(1, "ergon order unpublish <hash>"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.unpublish(cmd.Context(), o, "", args[0])
		},
	}
	cmd.AddCommand(initCmd, sign, publish, presign, cancel, show, unpublish)
	return cmd
}

func (a *app) orderSign(ctx context.Context, o *clientOpts, path, out string, typedData bool, sigHex string) error {
	if typedData && sigHex != "" {
		return errors.New("give --typed-data (print what to sign) or --signature (attach it), not both")
	}
	ord, err := readOrderFile(path)
	if err != nil {
		return err
	}
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	d, err := ss.deployment()
	if err != nil {
		return err
	}
	dom := domainOf(d)
	if typedData {
		b, err := ord.Bindings()
		if err != nil {
			return err
		}
		if ord.Kind == api.KindRequest && ord.Request.Requester == (common.Address{}) {
			return fmt.Errorf("the request in %s has no requester: set \"requester\" to the address that signs it", path)
		}
		td, err := dom.TypedData(b)
		if err != nil {
			return err
		}
		return a.printJSON(typedDataOf(td, d.ChainID))
	}
	if out == "" {
		out = path
	}
	var hash common.Hash
	var signerAddr common.Address
	if sigHex != "" {
		sig, err := decodeHex(sigHex)
		if err != nil || len(sig) == 0 {
			return fmt.Errorf("--signature %q: want the 0x-hex signature the wallet returned", sigHex)
		}
		if hash, err = orderHash(ord); err != nil {
			return err
		}
		if signerAddr, err = chain.Recover(dom.Digest(hash), sig); err != nil {
			return fmt.Errorf("--signature: %w (want 65 bytes [R‖S‖V] as eth_signTypedData_v4 returns)", err)
		}
		if ord.Kind == api.KindRequest && signerAddr != ord.Request.Requester {
			return fmt.Errorf("the signature recovers to %s, not to the requester %s: was it made for this order, on chain %d and hub %s (the --typed-data JSON)?",
				signerAddr.Hex(), ord.Request.Requester.Hex(), d.ChainID, d.Hub.Hex())
		}
		if ord.Kind != api.KindRequest {
			if err := a.checkAssetSigner(ctx, ss, ord, signerAddr, d); err != nil {
				return err
			}
		}
		setSignature(ord, sig)
	} else {
		s, err := ss.signer()
		if err != nil {
			return err
		}
		if hash, err = signOrder(ord, s, d); err != nil {
			return err
		}
		signerAddr = s.Address
	}
	if err := writeOrderFile(out, ord); err != nil {
		return err
	}
	if o.json {
		return a.printJSON(signOutput{Hash: hash, Kind: ord.Kind, Signer: signerAddr, File: out, Order: ord})
	}
	fmt.Fprintf(a.stdout, "signed %s order %s as %s (chain %d, hub %s); wrote %s\n", ord.Kind, hash.Hex(), signerAddr.Hex(), d.ChainID, d.Hub.Hex(), out)
	fmt.Fprintf(a.stderr, "next: `ergon order publish %s`\n", out)
	return nil
}

// checkAssetSigner checks an asset order's attached signature against the asset's owner,
// read on-chain. It only warns when the chain does not answer within a few seconds (signing
// may happen offline: the market checks the signer at publication) and when the owner is a
// contract, whose signatures the hub and the market check by ERC-1271.
func (a *app) checkAssetSigner(ctx context.Context, ss *session, ord api.Order, signer common.Address, d *chain.Deployment) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	owner, err := ss.orderOwner(ctx, ord)
	if err != nil {
		fmt.Fprintf(a.stderr, "warning: could not read the %s's owner (%s); the market checks the signer when the order is published\n",
			ord.Kind, executor.FirstLine(err.Error()))
		return nil
	}
	if owner == signer {
		return nil
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	code, err := c.Backend.CodeAt(ctx, owner, nil)
	if err != nil {
		fmt.Fprintf(a.stderr, "warning: could not tell whether the owner %s is a contract (%s); the market checks the signature when the order is published\n",
			owner.Hex(), executor.FirstLine(err.Error()))
		return nil
	}
	if len(code) > 0 {
		fmt.Fprintf(a.stderr, "the %s's owner %s is a contract: the market and the hub accept the signature if it validates it (ERC-1271)\n", ord.Kind, owner.Hex())
		return nil
	}
	return fmt.Errorf("the signature recovers to %s, not to the %s's owner %s: was it made by the owner's wallet, for this order, on chain %d and hub %s (the --typed-data JSON)?",
		signer.Hex(), ord.Kind, owner.Hex(), d.ChainID, d.Hub.Hex())
}

// orderByRef reads an order given as a file or, when no such file exists, as a hash the
// market knows.
func (ss *session) orderByRef(ctx context.Context, ref string) (api.Order, error) {
	if _, err := os.Stat(ref); err == nil {
		return readOrderFile(ref)
	}
	hash, err := parseHash("order", ref)
	if err != nil {
		return api.Order{}, fmt.Errorf("%q is neither an order file nor an order hash (0x and 64 hex digits)", ref)
	}
	rec, err := ss.market().Order(ctx, hash)
	if err != nil {
		if errors.Is(err, api.ErrNotFound) {
			return api.Order{}, fmt.Errorf("the market at %s has no order %s: give the order's file instead", ss.s.MarketURL, hash.Hex())
		}
		return api.Order{}, ss.marketError(ctx, err, nil)
	}
	return rec.Order, nil
}

func (a *app) orderCancel(ctx context.Context, o *clientOpts, ref string) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	ord, err := ss.orderByRef(ctx, ref)
	if err != nil {
		return err
	}
	hash, err := orderHash(ord)
	if err != nil {
		return err
	}
	own, err := ss.ownOrder(ctx, ord, hash, "cancel it", "or cancelled already): nothing to cancel")
	if err != nil {
		return err
	}
	data, err := hubOrderCall(ord, false)
	if err != nil {
		return err
	}
	r, err := own.send(ctx, a, data, fmt.Sprintf("cancelling %s order %s", ord.Kind, hash.Hex()))
	if err != nil {
		return fmt.Errorf("cancel: %w", err)
	}
	res := cancelOutput{Hash: hash, Kind: ord.Kind, Owner: own.owner, Consumed: own.consumed.String(), Volume: own.volume.String(), Tx: r.TxHash}
	if o.json {
		return a.printJSON(res)
	}
	fmt.Fprintf(a.stdout, "cancelled %s order %s on-chain: %s of its %s tasks were left, none can be used now\n",
		ord.Kind, hash.Hex(), new(big.Int).Sub(own.volume, own.consumed), own.volume)
	return nil
}

// ownOrder is an order of the wallet's with volume left on-chain: what cancel and presign
// act on.
type ownOrder struct {
	c                *chain.Client
	s                *signer
	owner            common.Address
	consumed, volume *big.Int
}

// ownOrder checks that the wallet owns ord (else: only its owner may <verb>) and that the hub
// has volume left for it (else: "…consumed: used by deals, <spent>").
func (ss *session) ownOrder(ctx context.Context, ord api.Order, hash common.Hash, verb, spent string) (*ownOrder, error) {
	c, err := ss.dial(ctx)
	if err != nil {
		return nil, err
	}
	owner, err := ss.orderOwner(ctx, ord)
	if err != nil {
		return nil, err
	}
	s, err := ss.signer()
	if err != nil {
		return nil, err
	}
	if s.Address != owner {
		return nil, fmt.Errorf("%s order %s belongs to %s, not to you (%s): only its owner may %s", ord.Kind, hash.Hex(), owner.Hex(), s.Address.Hex(), verb)
	}
	consumed, err := orderConsumed(ctx, c, hash)
	if err != nil {
		return nil, err
	}
	_, volume := orderAsset(ord)
	if consumed.Cmp(volume) >= 0 {
		return nil, fmt.Errorf("%s order %s has no volume left on-chain (%s of %s consumed: used by deals, %s", ord.Kind, hash.Hex(), consumed, volume, spent)
	}
	return &ownOrder{c: c, s: s, owner: owner, consumed: consumed, volume: volume}, nil
}

// send sends data to the hub from the owner's account and waits for its receipt.
func (own *ownOrder) send(ctx context.Context, a *app, data []byte, what string) (*types.Receipt, error) {
	key, err := own.s.Key()
	if err != nil {
		return nil, err
	}
	return a.transact(ctx, own.c.Sender(key), own.c.Deployment.Hub, data, what)
}

// hubOrderCall is the calldata of the hub's cancel…Order (cancel) or presign…Order for ord.
func hubOrderCall(ord api.Order, presign bool) ([]byte, error) {
	b, err := ord.Bindings()
	if err != nil {
		return nil, err
	}
	switch v := b.(type) {
	case bindings.AppOrder:
		if presign {
			return chain.Hub.PackPresignAppOrder(v), nil
		}
		return chain.Hub.PackCancelAppOrder(v), nil
	case bindings.DatasetOrder:
		if presign {
			return chain.Hub.PackPresignDatasetOrder(v), nil
		}
		return chain.Hub.PackCancelDatasetOrder(v), nil
	case bindings.WorkerpoolOrder:
		if presign {
			return chain.Hub.PackPresignWorkerpoolOrder(v), nil
		}
		return chain.Hub.PackCancelWorkerpoolOrder(v), nil
	case bindings.RequestOrder:
		if presign {
			return chain.Hub.PackPresignRequestOrder(v), nil
		}
		return chain.Hub.PackCancelRequestOrder(v), nil
	}
	return nil, fmt.Errorf("order kind %q", ord.Kind)
}

// presignOutput is `ergon order presign --json`.
type presignOutput struct {
	Hash common.Hash `json:"hash"`
	Kind string      `json:"kind"`
	// Owner is who presigned it (omitted with --calldata: whoever sends the transaction
	// must be the owner).
	Owner *common.Address `json:"owner,omitempty"`
	// Tx is the presigning transaction; empty when the order was presigned already.
	Tx *common.Hash `json:"tx,omitempty"`
	// Call is the transaction to send (--calldata).
	Call *callOutput `json:"call,omitempty"`
}

// callOutput is a transaction for another wallet to send.
type callOutput struct {
	ChainID uint64         `json:"chain_id"`
	To      common.Address `json:"to"`
	Data    hexutil.Bytes  `json:"data"`
}

func (a *app) orderPresign(ctx context.Context, o *clientOpts, ref string, calldata bool) error {
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	ord, err := ss.orderByRef(ctx, ref)
	if err != nil {
		return err
	}
	hash, err := orderHash(ord)
	if err != nil {
		return err
	}
	if ord.Kind == api.KindRequest && ord.Request.Requester == (common.Address{}) {
		return fmt.Errorf("the request has no requester: set \"requester\" to the address that presigns it")
	}
	data, err := hubOrderCall(ord, true)
	if err != nil {
		return err
	}
	if calldata {
		d, err := ss.deployment()
		if err != nil {
			return err
		}
		res := presignOutput{Hash: hash, Kind: ord.Kind, Call: &callOutput{ChainID: d.ChainID, To: d.Hub, Data: data}}
		if o.json {
			return a.printJSON(res)
		}
		fmt.Fprintf(a.stdout, "to presign %s order %s, have its owner send on chain %d:\n  to:   %s\n  data: %s\n",
			ord.Kind, hash.Hex(), d.ChainID, d.Hub.Hex(), hexutil.Encode(data))
		fmt.Fprintln(a.stderr, "then publish the order unsigned: `ergon order publish FILE`")
		return nil
	}
	own, err := ss.ownOrder(ctx, ord, hash, "presign it (a contract owner: --calldata prints the transaction for it to send)",
		"or cancelled): presigning it would serve nothing")
	if err != nil {
		return err
	}
	owner := own.owner
	res := presignOutput{Hash: hash, Kind: ord.Kind, Owner: &owner}
	out, err := own.c.Call(ctx, own.c.Deployment.Hub, chain.Hub.PackPresigner(hash))
	if err != nil {
		return err
	}
	presigner, err := chain.Hub.UnpackPresigner(out)
	if err != nil {
		return err
	}
	if presigner != owner {
		r, err := own.send(ctx, a, data, fmt.Sprintf("presigning %s order %s", ord.Kind, hash.Hex()))
		if err != nil {
			return fmt.Errorf("presign: %w", err)
		}
		res.Tx = &r.TxHash
	}
	if o.json {
		return a.printJSON(res)
	}
	if res.Tx == nil {
		fmt.Fprintf(a.stdout, "%s order %s is presigned by %s already\n", ord.Kind, hash.Hex(), owner.Hex())
	} else {
		fmt.Fprintf(a.stdout, "presigned %s order %s on-chain as %s: the hub takes it unsigned\n", ord.Kind, hash.Hex(), owner.Hex())
	}
	fmt.Fprintln(a.stderr, "next: `ergon order publish FILE` (no signature needed)")
	return nil
}

func orderConsumed(ctx context.Context, c *chain.Client, hash common.Hash) (*big.Int, error) {
	out, err := c.Call(ctx, c.Deployment.Hub, chain.Hub.PackConsumed(hash))
	if err != nil {
		return nil, err
	}
	return chain.Hub.UnpackConsumed(out)
}

func (a *app) orderShow(ctx context.Context, o *clientOpts, ref string) error {
	hash, err := parseHash("order", ref)
	if err != nil {
		return err
	}
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	rec, err := ss.market().Order(ctx, hash)
	if err != nil {
		return ss.marketError(ctx, err, nil)
	}
	c, err := ss.dial(ctx)
	if err != nil {
		return err
	}
	consumed, err := orderConsumed(ctx, c, hash)
	if err != nil {
		return err
	}
	_, volume := orderAsset(rec.Order)
	left := new(big.Int).Sub(volume, consumed)
	if left.Sign() < 0 {
		left.SetInt64(0)
	}
	out := orderShowOutput{OrderRecord: *rec, Consumed: consumed.String(), ChainRemaining: left.String()}
	if o.json {
		return a.printJSON(out)
	}
	tw := a.table()
	printRecord(tw, rec)
	fmt.Fprintf(tw, "on-chain\t%s of %s consumed, %s left\n", consumed, volume, left)
	return tw.Flush()
}

// unpublish takes the order hash off the market; noun, when not empty, is the kind the
// command is for (`ergon app unpublish`).
func (a *app) unpublish(ctx context.Context, o *clientOpts, noun, ref string) error {
	hash, err := parseHash("order", ref)
	if err != nil {
		return err
	}
	ss, err := a.newSession(o)
	if err != nil {
		return err
	}
	mc := ss.market()
	rec, err := mc.Order(ctx, hash)
	if err != nil {
		return ss.marketError(ctx, err, nil)
	}
	if noun != "" && rec.Kind != noun {
		cmd := "order"
		if rec.Kind != api.KindRequest {
			cmd = rec.Kind
		}
		return fmt.Errorf("%s is %s order, not %s order: `ergon %s unpublish %s`", hash.Hex(), article(rec.Kind), article(noun), cmd, hash.Hex())
	}
	if rec.Status != api.StatusOpen {
		return fmt.Errorf("%s order %s is %s already: nothing to unpublish", rec.Kind, hash.Hex(), rec.Status)
	}
	s, err := ss.signer()
	if err != nil {
		return err
	}
	if s.Address != rec.Owner {
		return fmt.Errorf("%s order %s belongs to %s, not to you (%s): only its owner may unpublish it", rec.Kind, hash.Hex(), rec.Owner.Hex(), s.Address.Hex())
	}
	key, err := s.Key()
	if err != nil {
		return err
	}
	ord := rec.Order
	if rec, err = mc.Unpublish(ctx, key, hash, 5*time.Minute); err != nil {
		return ss.marketError(ctx, err, &ord)
	}
	if o.json {
		return a.printJSON(rec)
	}
	fmt.Fprintf(a.stdout, "unpublished %s order %s: it is off the market at %s\n", rec.Kind, hash.Hex(), ss.s.MarketURL)
	fmt.Fprintf(a.stderr, "it stays valid on-chain: `ergon order cancel %s` voids it for good\n", hash.Hex())
	return nil
}

// printPublished prints a publication's record.
func (a *app) printPublished(o *clientOpts, rec *api.OrderRecord, file string) error {
	if o.json {
		return a.printJSON(publishOutput{OrderRecord: *rec, File: file})
	}
	fmt.Fprintf(a.stdout, "published %s order %s\n", rec.Kind, rec.Hash.Hex())
	tw := a.table()
	printRecord(tw, rec)
	if err := tw.Flush(); err != nil {
		return err
	}
	if file != "" {
		fmt.Fprintf(a.stdout, "signed order written to %s\n", file)
	}
	fmt.Fprintf(a.stderr, "`ergon order show %s` follows it; `ergon order unpublish %s` takes it off the market\n", rec.Hash.Hex(), rec.Hash.Hex())
	return nil
}

// printRecord prints an order record as rows of tw.
func printRecord(tw io.Writer, rec *api.OrderRecord) {
	row := func(k, f string, args ...any) { fmt.Fprintf(tw, "%s\t"+f+"\n", append([]any{k}, args...)...) }
	row("order", "%s", rec.Hash.Hex())
	row("kind", "%s", rec.Kind)
	row("status", "%s", rec.Status)
	row("owner", "%s", rec.Owner.Hex())
	row("published", "%s", rec.Published.UTC().Format("2006-01-02 15:04:05 UTC"))
	restrict := func(pairs ...any) string {
		var parts []string
		for i := 0; i+1 < len(pairs); i += 2 {
			if a := pairs[i+1].(common.Address); a != (common.Address{}) {
				parts = append(parts, fmt.Sprintf("%s %s", pairs[i], a.Hex()))
			}
		}
		if len(parts) == 0 {
			return "none"
		}
		return strings.Join(parts, ", ")
	}
	left := ""
	if rec.Status == api.StatusOpen {
		left = fmt.Sprintf(" (%d left)", rec.Remaining)
	}
	o := rec.Order
	switch o.Kind {
	case api.KindApp:
		x := o.App
		row("app", "%s", x.App.Hex())
		row("price", "%s per task", erg(x.AppPrice.Big()))
		row("volume", "%s%s", x.Volume, left)
		row("tag", "%s", formatTag(x.Tag))
		row("restricted to", "%s", restrict("dataset", x.DatasetRestrict, "workerpool", x.WorkerpoolRestrict, "requester", x.RequesterRestrict))
		row("salt", "%s", x.Salt.Hex())
	case api.KindDataset:
		x := o.Dataset
		row("dataset", "%s", x.Dataset.Hex())
		row("price", "%s per task", erg(x.DatasetPrice.Big()))
		row("volume", "%s%s", x.Volume, left)
		row("tag", "%s", formatTag(x.Tag))
		row("restricted to", "%s", restrict("app", x.AppRestrict, "workerpool", x.WorkerpoolRestrict, "requester", x.RequesterRestrict))
		row("salt", "%s", x.Salt.Hex())
	case api.KindWorkerpool:
		x := o.Workerpool
		row("workerpool", "%s", x.Workerpool.Hex())
		row("price", "%s per task", erg(x.WorkerpoolPrice.Big()))
		row("volume", "%s%s", x.Volume, left)
		row("category", "%s", x.Category)
		row("trust", "up to %s", x.Trust)
		row("tag", "%s", formatTag(x.Tag))
		row("restricted to", "%s", restrict("app", x.AppRestrict, "dataset", x.DatasetRestrict, "requester", x.RequesterRestrict))
		row("salt", "%s", x.Salt.Hex())
	case api.KindRequest:
		x := o.Request
		row("app", "%s (up to %s per task)", x.App.Hex(), erg(x.AppMaxPrice.Big()))
		row("dataset", "%s", addrOrNone(x.Dataset)+maxPrice(x.Dataset, x.DatasetMaxPrice))
		pool := "any"
		if x.Workerpool != (common.Address{}) {
			pool = x.Workerpool.Hex()
		}
		row("workerpool", "%s (up to %s per task)", pool, erg(x.WorkerpoolMaxPrice.Big()))
		row("requester", "%s", x.Requester.Hex())
		row("beneficiary", "%s", x.Beneficiary.Hex())
		if x.Callback != (common.Address{}) {
			row("callback", "%s", x.Callback.Hex())
		}
		row("volume", "%s%s", x.Volume, left)
		row("category", "%s", x.Category)
		row("trust", "%s", x.Trust)
		row("tag", "%s", formatTag(x.Tag))
		params := x.Params
		if params == "" {
			params = "none"
		}
		row("params", "%s", params)
		row("salt", "%s", x.Salt.Hex())
	}
}

func maxPrice(asset common.Address, p *api.Uint256) string {
	if asset == (common.Address{}) {
		return ""
	}
	return fmt.Sprintf(" (up to %s per task)", erg(p.Big()))
}
