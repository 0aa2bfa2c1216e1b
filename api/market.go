package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"

	"ergon/chain/bindings"
)

// Wire types of the market's API (market/openapi.yaml). Orders travel with the field names of
// their EIP-712 types (PROTOCOL.md §4), uint256 values as decimal strings, addresses, bytes32
// and bytes as 0x-hex, so that the JSON a wallet signs with eth_signTypedData_v4 and the JSON
// the market stores are the same fields.

// Order kinds (Order.Kind).
const (
	KindApp        = "app"
	KindDataset    = "dataset"
	KindWorkerpool = "workerpool"
	KindRequest    = "request"
)

// Order statuses (OrderRecord.Status).
const (
	StatusOpen        = "open"
	StatusFilled      = "filled"
	StatusCancelled   = "cancelled"
	StatusUnpublished = "unpublished"
)

// Uint256 is an unsigned 256-bit integer; in JSON a decimal string ("1000").
type Uint256 big.Int

// NewUint256 copies x (nil is 0).
func NewUint256(x *big.Int) *Uint256 {
	if x == nil {
		return (*Uint256)(new(big.Int))
	}
	return (*Uint256)(new(big.Int).Set(x))
}

// Uint64 is NewUint256 of a uint64.
func Uint64(x uint64) *Uint256 { return (*Uint256)(new(big.Int).SetUint64(x)) }

// Big returns a copy of u as a *big.Int (nil is 0).
func (u *Uint256) Big() *big.Int {
	if u == nil {
		return new(big.Int)
	}
	return new(big.Int).Set((*big.Int)(u))
}

func (u *Uint256) String() string { return u.Big().String() }

// MarshalText writes the decimal digits.
func (u *Uint256) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// UnmarshalText reads what ParseUint256 accepts.
func (u *Uint256) UnmarshalText(b []byte) error {
	x, err := ParseUint256(string(b))
	if err != nil {
		return err
	}
	*u = Uint256(*x)
	return nil
}

// ParseUint256 reads a uint256 in decimal: digits only, no sign, no leading zero, at most
// 2^256-1.
func ParseUint256(s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("empty number: want a decimal string like \"100\"")
	}
	if len(s) > 78 {
		return nil, fmt.Errorf("number of %d digits is out of range: at most 2^256-1", len(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, fmt.Errorf("%q is not a decimal number (digits only, no sign, no hex)", s)
		}
	}
	if len(s) > 1 && s[0] == '0' {
		return nil, fmt.Errorf("%q has a leading zero", s)
	}
	x, _ := new(big.Int).SetString(s, 10)
	if x.Cmp(math.MaxBig256) > 0 {
		return nil, fmt.Errorf("%s is out of range: at most 2^256-1", s)
	}
	return x, nil
}

// AppOrder is an app order as signed (EIP-712 AppOrder) with its signature.
type AppOrder struct {
	App                common.Address `json:"app"`
	AppPrice           *Uint256       `json:"appprice"`
	Volume             *Uint256       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	DatasetRestrict    common.Address `json:"datasetrestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
	// Sign is the owner's 65-byte signature [R‖S‖V] (V 27 or 28), an ERC-1271 signature
	// of an owner contract, or empty ("0x") for an order presigned on-chain.
	Sign hexutil.Bytes `json:"sign"`
}

// DatasetOrder is a dataset order as signed (EIP-712 DatasetOrder).
type DatasetOrder struct {
	Dataset            common.Address `json:"dataset"`
	DatasetPrice       *Uint256       `json:"datasetprice"`
	Volume             *Uint256       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	AppRestrict        common.Address `json:"apprestrict"`
	WorkerpoolRestrict common.Address `json:"workerpoolrestrict"`
	RequesterRestrict  common.Address `json:"requesterrestrict"`
	Salt               common.Hash    `json:"salt"`
	Sign               hexutil.Bytes  `json:"sign"`
}

// WorkerpoolOrder is a workerpool order as signed (EIP-712 WorkerpoolOrder).
type WorkerpoolOrder struct {
	Workerpool        common.Address `json:"workerpool"`
	WorkerpoolPrice   *Uint256       `json:"workerpoolprice"`
	Volume            *Uint256       `json:"volume"`
	Tag               common.Hash    `json:"tag"`
	Category          *Uint256       `json:"category"`
	Trust             *Uint256       `json:"trust"`
	AppRestrict       common.Address `json:"apprestrict"`
	DatasetRestrict   common.Address `json:"datasetrestrict"`
	RequesterRestrict common.Address `json:"requesterrestrict"`
	Salt              common.Hash    `json:"salt"`
	Sign              hexutil.Bytes  `json:"sign"`
}

// RequestOrder is a request order as signed (EIP-712 RequestOrder).
type RequestOrder struct {
	App                common.Address `json:"app"`
	AppMaxPrice        *Uint256       `json:"appmaxprice"`
	Dataset            common.Address `json:"dataset"`
	DatasetMaxPrice    *Uint256       `json:"datasetmaxprice"`
	Workerpool         common.Address `json:"workerpool"`
	WorkerpoolMaxPrice *Uint256       `json:"workerpoolmaxprice"`
	Requester          common.Address `json:"requester"`
	Volume             *Uint256       `json:"volume"`
	Tag                common.Hash    `json:"tag"`
	Category           *Uint256       `json:"category"`
	Trust              *Uint256       `json:"trust"`
	Beneficiary        common.Address `json:"beneficiary"`
	Callback           common.Address `json:"callback"`
	Params             string         `json:"params"`
	Salt               common.Hash    `json:"salt"`
	Sign               hexutil.Bytes  `json:"sign"`
}

// AppOrderFrom converts a binding order.
func AppOrderFrom(o bindings.AppOrder) *AppOrder {
	return &AppOrder{App: o.App, AppPrice: NewUint256(o.Appprice), Volume: NewUint256(o.Volume), Tag: o.Tag,
		DatasetRestrict: o.Datasetrestrict, WorkerpoolRestrict: o.Workerpoolrestrict, RequesterRestrict: o.Requesterrestrict,
		Salt: o.Salt, Sign: bytes.Clone(o.Sign)}
}

// Bindings converts to the binding order (what matchOrders takes).
func (o *AppOrder) Bindings() bindings.AppOrder {
	return bindings.AppOrder{App: o.App, Appprice: o.AppPrice.Big(), Volume: o.Volume.Big(), Tag: o.Tag,
		Datasetrestrict: o.DatasetRestrict, Workerpoolrestrict: o.WorkerpoolRestrict, Requesterrestrict: o.RequesterRestrict,
		Salt: o.Salt, Sign: nonNil(o.Sign)}
}

// DatasetOrderFrom converts a binding order.
func DatasetOrderFrom(o bindings.DatasetOrder) *DatasetOrder {
	return &DatasetOrder{Dataset: o.Dataset, DatasetPrice: NewUint256(o.Datasetprice), Volume: NewUint256(o.Volume), Tag: o.Tag,
		AppRestrict: o.Apprestrict, WorkerpoolRestrict: o.Workerpoolrestrict, RequesterRestrict: o.Requesterrestrict,
		Salt: o.Salt, Sign: bytes.Clone(o.Sign)}
}

// Bindings converts to the binding order.
func (o *DatasetOrder) Bindings() bindings.DatasetOrder {
	return bindings.DatasetOrder{Dataset: o.Dataset, Datasetprice: o.DatasetPrice.Big(), Volume: o.Volume.Big(), Tag: o.Tag,
		Apprestrict: o.AppRestrict, Workerpoolrestrict: o.WorkerpoolRestrict, Requesterrestrict: o.RequesterRestrict,
		Salt: o.Salt, Sign: nonNil(o.Sign)}
}

// WorkerpoolOrderFrom converts a binding order.
func WorkerpoolOrderFrom(o bindings.WorkerpoolOrder) *WorkerpoolOrder {
	return &WorkerpoolOrder{Workerpool: o.Workerpool, WorkerpoolPrice: NewUint256(o.Workerpoolprice), Volume: NewUint256(o.Volume),
		Tag: o.Tag, Category: NewUint256(o.Category), Trust: NewUint256(o.Trust), AppRestrict: o.Apprestrict,
		DatasetRestrict: o.Datasetrestrict, RequesterRestrict: o.Requesterrestrict, Salt: o.Salt, Sign: bytes.Clone(o.Sign)}
}

// Bindings converts to the binding order.
func (o *WorkerpoolOrder) Bindings() bindings.WorkerpoolOrder {
	return bindings.WorkerpoolOrder{Workerpool: o.Workerpool, Workerpoolprice: o.WorkerpoolPrice.Big(), Volume: o.Volume.Big(),
		Tag: o.Tag, Category: o.Category.Big(), Trust: o.Trust.Big(), Apprestrict: o.AppRestrict,
		Datasetrestrict: o.DatasetRestrict, Requesterrestrict: o.RequesterRestrict, Salt: o.Salt, Sign: nonNil(o.Sign)}
}

// RequestOrderFrom converts a binding order.
func RequestOrderFrom(o bindings.RequestOrder) *RequestOrder {
	return &RequestOrder{App: o.App, AppMaxPrice: NewUint256(o.Appmaxprice), Dataset: o.Dataset,
		DatasetMaxPrice: NewUint256(o.Datasetmaxprice), Workerpool: o.Workerpool, WorkerpoolMaxPrice: NewUint256(o.Workerpoolmaxprice),
		Requester: o.Requester, Volume: NewUint256(o.Volume), Tag: o.Tag, Category: NewUint256(o.Category), Trust: NewUint256(o.Trust),
		Beneficiary: o.Beneficiary, Callback: o.Callback, Params: o.Params, Salt: o.Salt, Sign: bytes.Clone(o.Sign)}
}

// Bindings converts to the binding order.
func (o *RequestOrder) Bindings() bindings.RequestOrder {
	return bindings.RequestOrder{App: o.App, Appmaxprice: o.AppMaxPrice.Big(), Dataset: o.Dataset,
		Datasetmaxprice: o.DatasetMaxPrice.Big(), Workerpool: o.Workerpool, Workerpoolmaxprice: o.WorkerpoolMaxPrice.Big(),
		Requester: o.Requester, Volume: o.Volume.Big(), Tag: o.Tag, Category: o.Category.Big(), Trust: o.Trust.Big(),
		Beneficiary: o.Beneficiary, Callback: o.Callback, Params: o.Params, Salt: o.Salt, Sign: nonNil(o.Sign)}
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return bytes.Clone(b)
}

// Order is one signed order of any kind. In JSON it is the order's own object with a "kind"
// member added: {"kind":"app","app":"0x…","appprice":"5",…,"sign":"0x…"}. Exactly the
// field of Kind is set.
type Order struct {
	Kind       string
	App        *AppOrder
	Dataset    *DatasetOrder
	Workerpool *WorkerpoolOrder
	Request    *RequestOrder
}

// OrderFrom wraps a binding order (value or pointer) of any kind.
func OrderFrom(v any) (Order, error) {
	switch o := v.(type) {
	case bindings.AppOrder:
		return Order{Kind: KindApp, App: AppOrderFrom(o)}, nil
	case *bindings.AppOrder:
		return Order{Kind: KindApp, App: AppOrderFrom(*o)}, nil
	case bindings.DatasetOrder:
		return Order{Kind: KindDataset, Dataset: DatasetOrderFrom(o)}, nil
	case *bindings.DatasetOrder:
		return Order{Kind: KindDataset, Dataset: DatasetOrderFrom(*o)}, nil
	case bindings.WorkerpoolOrder:
		return Order{Kind: KindWorkerpool, Workerpool: WorkerpoolOrderFrom(o)}, nil
	case *bindings.WorkerpoolOrder:
		return Order{Kind: KindWorkerpool, Workerpool: WorkerpoolOrderFrom(*o)}, nil
	case bindings.RequestOrder:
		return Order{Kind: KindRequest, Request: RequestOrderFrom(o)}, nil
	case *bindings.RequestOrder:
		return Order{Kind: KindRequest, Request: RequestOrderFrom(*o)}, nil
	}
	return Order{}, fmt.Errorf("%T is not an order", v)
}

// MustOrder is OrderFrom for values known to be orders (tests, benchmarks).
func MustOrder(v any) Order {
	o, err := OrderFrom(v)
	if err != nil {
		panic(err)
	}
	return o
}

// Bindings returns the binding order (bindings.AppOrder, …) of o's kind.
func (o Order) Bindings() (any, error) {
	switch {
	case o.Kind == KindApp && o.App != nil:
		return o.App.Bindings(), nil
	case o.Kind == KindDataset && o.Dataset != nil:
		return o.Dataset.Bindings(), nil
	case o.Kind == KindWorkerpool && o.Workerpool != nil:
		return o.Workerpool.Bindings(), nil
	case o.Kind == KindRequest && o.Request != nil:
		return o.Request.Bindings(), nil
	}
	return nil, fmt.Errorf("order of kind %q has no %s order", o.Kind, o.Kind)
}

// body is the order of o's kind, or nil.
func (o Order) body() any {
	switch o.Kind {
	case KindApp:
		if o.App != nil {
			return o.App
		}
	case KindDataset:
		if o.Dataset != nil {
			return o.Dataset
		}
	case KindWorkerpool:
		if o.Workerpool != nil {
			return o.Workerpool
		}
	case KindRequest:
		if o.Request != nil {
			return o.Request
		}
	}
	return nil
}

// MarshalJSON writes the order's object with "kind" first, without HTML escaping (params
// may hold `<`, `>` and `&`; escaped, each takes six bytes). An encoder that escapes HTML
// (json.Marshal) escapes the result again: use one with SetEscapeHTML(false).
func (o Order) MarshalJSON() ([]byte, error) {
	body := o.body()
	if body == nil {
		return nil, fmt.Errorf("order of kind %q has no %s order", o.Kind, o.Kind)
	}
	b, err := marshalNoEscape(body)
	if err != nil {
		return nil, err
	}
	kind, _ := json.Marshal(o.Kind)
	out := make([]byte, 0, len(b)+len(kind)+8)
	out = append(out, `{"kind":`...)
	out = append(out, kind...)
	if len(b) > 2 {
		out = append(out, ',')
	}
	return append(out, b[1:]...), nil
}

// marshalNoEscape is json.Marshal without HTML escaping.
func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}

// UnmarshalJSON reads an order leniently (a client reading the market's answers: unknown
// members are ignored). The market itself decodes strictly (market.DecodeOrder).
func (o *Order) UnmarshalJSON(b []byte) error {
	var k struct {
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal(b, &k); err != nil {
		return err
	}
	*o = Order{Kind: k.Kind}
	switch k.Kind {
	case KindApp:
		o.App = new(AppOrder)
		return json.Unmarshal(b, o.App)
	case KindDataset:
		o.Dataset = new(DatasetOrder)
		return json.Unmarshal(b, o.Dataset)
	case KindWorkerpool:
		o.Workerpool = new(WorkerpoolOrder)
		return json.Unmarshal(b, o.Workerpool)
	case KindRequest:
		o.Request = new(RequestOrder)
		return json.Unmarshal(b, o.Request)
	}
	return fmt.Errorf("order kind %q: want app, dataset, workerpool or request", k.Kind)
}

// Domain is the EIP-712 domain an order was signed for (name "Ergon", version "1" are fixed).
type Domain struct {
	ChainID uint64         `json:"chain_id"`
	Hub     common.Address `json:"hub"`
}

// PublishRequest is the body of POST /v1/orders.
type PublishRequest struct {
	Order Order `json:"order"`
	// Domain, when given, is the domain the client signed for: the market refuses an order
	// signed for another chain or hub with ErrWrongDomain instead of ErrBadSignature.
	Domain *Domain `json:"domain,omitempty"`
}

// OrderRecord is an order in the book and what the book knows of it.
type OrderRecord struct {
	Hash  common.Hash    `json:"hash"`
	Kind  string         `json:"kind"`
	Owner common.Address `json:"owner"`
	// Status is StatusOpen, StatusFilled, StatusCancelled (on-chain, or void because its
	// asset changed owner) or StatusUnpublished.
	Status string `json:"status"`
	// Remaining is the volume deals have not used yet (volume − consumed on-chain).
	Remaining uint64    `json:"remaining,string"`
	Published time.Time `json:"published"`
	Order     Order     `json:"order"`
}

// OrderPage is one page of GET /v1/orders; Next, when not empty, is the `after` of the next.
type OrderPage struct {
	Orders []OrderRecord `json:"orders"`
	Next   string        `json:"next,omitempty"`
}

// OrderQuery selects open orders of one kind (GET /v1/orders). Zero-valued filters select
// everything; pointer filters apply when set.
type OrderQuery struct {
	// Kind is required.
	Kind string
	// Asset: orders for this app, dataset or workerpool (request orders: for this app).
	Asset common.Address
	Owner common.Address
	// Category: workerpool and request orders of this category.
	Category *uint64
	// Tag keeps orders whose tag has every bit of it (a workerpool able to run what needs
	// them); TagWithin keeps orders whose tag has no bit outside it.
	Tag, TagWithin *common.Hash
	// MinTrust and MaxTrust bound the trust (workerpool and request orders).
	MinTrust uint64
	MaxTrust *uint64
	// MaxPrice keeps orders priced at most this (request orders: their total max price).
	MaxPrice *big.Int
	// MinVolume keeps orders with at least this much volume left.
	MinVolume uint64
	// Restriction compatibility: keep orders whose restriction of that kind is unset or this
	// address (the zero address: orders without that restriction). For request orders,
	// Dataset and Workerpool filter the dataset and workerpool they name.
	App, Dataset, Workerpool, Requester *common.Address
	// Unfunded also returns open orders whose owner cannot currently pay or stake.
	Unfunded bool
	// Descending sorts by price highest first (default: cheapest first); ties oldest first
	// (workerpool orders: best reputation first, then oldest).
	Descending bool
	// Limit is the page size (0: the market's default); After the previous page's Next.
	Limit int
	After string
}

// Values encodes q as the query parameters of GET /v1/orders.
func (q OrderQuery) Values() url.Values {
	v := url.Values{}
	set := func(k, s string) { v.Set(k, s) }
	addr := func(k string, a *common.Address) {
		if a != nil {
			set(k, a.Hex())
		}
	}
	set("kind", q.Kind)
	if q.Asset != (common.Address{}) {
		set("asset", q.Asset.Hex())
	}
	if q.Owner != (common.Address{}) {
		set("owner", q.Owner.Hex())
	}
	if q.Category != nil {
		set("category", strconv.FormatUint(*q.Category, 10))
	}
	if q.Tag != nil {
		set("tag", q.Tag.Hex())
	}
	if q.TagWithin != nil {
		set("tag_within", q.TagWithin.Hex())
	}
	if q.MinTrust != 0 {
		set("min_trust", strconv.FormatUint(q.MinTrust, 10))
	}
	if q.MaxTrust != nil {
		set("max_trust", strconv.FormatUint(*q.MaxTrust, 10))
	}
	if q.MaxPrice != nil {
		set("max_price", q.MaxPrice.String())
	}
	if q.MinVolume != 0 {
		set("min_volume", strconv.FormatUint(q.MinVolume, 10))
	}
	addr("app", q.App)
	addr("dataset", q.Dataset)
	addr("workerpool", q.Workerpool)
	addr("requester", q.Requester)
	if q.Unfunded {
		set("unfunded", "true")
	}
	if q.Descending {
		set("sort", "-price")
	}
	if q.Limit != 0 {
		set("limit", strconv.Itoa(q.Limit))
	}
	if q.After != "" {
		set("after", q.After)
	}
	return v
}

// Unpublish is the body of POST /v1/orders/{hash}/unpublish: the owner's EIP-191
// (personal_sign) signature of UnpublishMessage.
type Unpublish struct {
	// Expires is a unix time (seconds) after which the signature is refused; the market also
	// refuses one more than MaxUnpublishAhead ahead of its clock.
	Expires   int64         `json:"expires"`
	Signature hexutil.Bytes `json:"signature"`
}

// OrderPageBytes is about the most a page of GET /v1/orders holds: the market ends a page
// (with a next cursor) once its orders reach this many bytes, whatever its limit. Request
// orders carry up to MaxParamsSize of params each.
const OrderPageBytes = 4 << 20

// MaxUnpublishAhead bounds how far ahead an unpublish signature may expire.
const MaxUnpublishAhead = 15 * time.Minute

// UnpublishMessage is the text an owner signs to take order off the market m: it binds the
// market (its name, chain and hub, from GET /v1/health), the order and an expiry, so it
// cannot be replayed to another market nor kept for later.
func UnpublishMessage(m MarketHealth, order common.Hash, expires int64) []byte {
	return []byte("Ergon market: unpublish order\nmarket: " + m.Name + "\nchain: " + strconv.FormatUint(m.ChainID, 10) +
		"\nhub: " + m.Hub.Hex() + "\norder: " + order.Hex() + "\nexpires: " + strconv.FormatInt(expires, 10))
}

// UnpublishHash is the EIP-191 hash of UnpublishMessage, what the signature recovers from.
func UnpublishHash(m MarketHealth, order common.Hash, expires int64) common.Hash {
	return common.BytesToHash(accounts.TextHash(UnpublishMessage(m, order, expires)))
}

// MatchRequest asks for the best orders a request would match (POST /v1/match). Its fields
// are those of the request order that matching reads, with the same names; absent ones are
// zero (volume: 1).
type MatchRequest struct {
	App                common.Address `json:"app"`
	AppMaxPrice        *Uint256       `json:"appmaxprice,omitempty"`
	Dataset            common.Address `json:"dataset"`
	DatasetMaxPrice    *Uint256       `json:"datasetmaxprice,omitempty"`
	Workerpool         common.Address `json:"workerpool"`
	WorkerpoolMaxPrice *Uint256       `json:"workerpoolmaxprice,omitempty"`
	// Requester is who pays: restrictions are checked against it and, when not zero, its
	// free balance must cover the deal.
	Requester common.Address `json:"requester"`
	// Volume is the most tasks wanted (the request order's remaining volume).
	Volume   *Uint256    `json:"volume,omitempty"`
	Tag      common.Hash `json:"tag"`
	Category *Uint256    `json:"category,omitempty"`
	Trust    *Uint256    `json:"trust,omitempty"`
}

// MatchRequestFor is the MatchRequest of a request order.
func MatchRequestFor(r *RequestOrder) MatchRequest {
	return MatchRequest{App: r.App, AppMaxPrice: r.AppMaxPrice, Dataset: r.Dataset, DatasetMaxPrice: r.DatasetMaxPrice,
		Workerpool: r.Workerpool, WorkerpoolMaxPrice: r.WorkerpoolMaxPrice, Requester: r.Requester, Volume: r.Volume,
		Tag: r.Tag, Category: r.Category, Trust: r.Trust}
}

// MatchResult is the answer to a MatchRequest: the cheapest compatible app, dataset (when the
// request names one) and workerpool orders — the orders to pass to matchOrders with the
// signed request — or, when nothing matches, why.
type MatchResult struct {
	Matched    bool         `json:"matched"`
	App        *OrderRecord `json:"app,omitempty"`
	Dataset    *OrderRecord `json:"dataset,omitempty"`
	Workerpool *OrderRecord `json:"workerpool,omitempty"`
	// Volume is the deal's number of tasks: the least volume left among the orders.
	Volume uint64 `json:"volume,string,omitempty"`
	// Price is what one task costs the requester (app + dataset + workerpool price); Cost
	// is Price × Volume, what matchOrders locks from the requester.
	Price *Uint256 `json:"price,omitempty"`
	Cost  *Uint256 `json:"cost,omitempty"`
	// WhyNot explains a failed match, one entry per kind of order ("app", "dataset",
	// "workerpool", and "request" for what is wrong with the request itself).
	WhyNot []WhyNot `json:"why_not,omitempty"`
}

// WhyNot says, for one kind of order, which of the contract's rules excluded the open
// orders the market examined.
type WhyNot struct {
	Kind string `json:"kind"`
	// Examined is how many open orders of this kind were looked at (Truncated: there are
	// more); Compatible how many passed every rule that concerns them.
	Examined   int  `json:"examined"`
	Truncated  bool `json:"truncated,omitempty"`
	Compatible int  `json:"compatible"`
	// Excluded counts the others by the first rule they break.
	Excluded []Exclusion `json:"excluded,omitempty"`
	// Summary says it in a sentence.
	Summary string `json:"summary"`
}

// Exclusion is a rule and how many orders it excluded.
type Exclusion struct {
	// Rule is the name of the error matchOrders reverts with for these orders
	// ("PriceTooHigh", "TagNotSupported", "InsufficientBalance", …), or "NoOrders".
	Rule  string `json:"rule"`
	Count int    `json:"count"`
	// Example is one excluded order, Hint what would change the outcome for it.
	Example *common.Hash `json:"example,omitempty"`
	Hint    string       `json:"hint"`
}

// Category is one of the hub's categories (GET /v1/categories).
type Category struct {
	ID          uint64 `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	// TimeRef is the category's workClockTimeRef in seconds.
	TimeRef uint64 `json:"time_ref"`
}

// MarketHealth is the market's liveness answer and identity (GET /v1/health): orders are
// signed for its domain (ChainID, Hub), unpublish messages name it (UnpublishMessage).
type MarketHealth struct {
	Name    string         `json:"name"`
	ChainID uint64         `json:"chain_id"`
	Hub     common.Address `json:"hub"`
	// Block is the last block the market followed; Synced whether it has caught up with
	// the chain.
	Block  uint64 `json:"block"`
	Synced bool   `json:"synced"`
}

// Domain is the EIP-712 domain orders for this market are signed under.
func (h MarketHealth) Domain() Domain { return Domain{ChainID: h.ChainID, Hub: h.Hub} }
