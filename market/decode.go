package market

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"ergon/api"
)

// Strict decoding of what clients send. Every member must be known and appear once, every
// order field must be present, values have exactly one spelling (0x-hex of the right length,
// decimal strings for numbers), and nothing may follow the JSON value. Errors are
// *RejectError wrapping ErrMalformed, naming the field ("order.appprice").

// maxSign bounds an order's signature: 65 bytes for ECDSA, more for an ERC-1271 contract's.
const maxSign = 4096

// DecodeOrder decodes one order (the JSON of api.Order) strictly.
func DecodeOrder(b []byte) (api.Order, error) {
	raw, err := single(b)
	if err != nil {
		return api.Order{}, err
	}
	return orderAt(raw, "")
}

// decodePublish decodes the body of POST /v1/orders.
func decodePublish(b []byte) (api.PublishRequest, error) {
	var req api.PublishRequest
	raw, err := single(b)
	if err != nil {
		return req, err
	}
	obj, err := readObject(raw, "")
	if err != nil {
		return req, err
	}
	o, ok := obj.take("order")
	if !ok {
		return req, obj.missing("order")
	}
	if req.Order, err = orderAt(o, "order"); err != nil {
		return req, err
	}
	if d, ok := obj.take("domain"); ok && !isNull(d) {
		dobj, err := readObject(d, "domain")
		if err != nil {
			return req, err
		}
		var dom api.Domain
		f := fields{obj: dobj}
		dom.ChainID = f.uint64("chain_id")
		dom.Hub = f.address("hub")
		if err := f.done(); err != nil {
			return req, err
		}
		req.Domain = &dom
	}
	return req, obj.rest()
}

// decodeMatch decodes the body of POST /v1/match: absent fields are zero (volume 1).
func decodeMatch(b []byte) (api.MatchRequest, error) {
	var m api.MatchRequest
	raw, err := single(b)
	if err != nil {
		return m, err
	}
	obj, err := readObject(raw, "")
	if err != nil {
		return m, err
	}
	f := fields{obj: obj, optional: true}
	m.App = f.address("app")
	m.AppMaxPrice = f.uint256("appmaxprice")
	m.Dataset = f.address("dataset")
	m.DatasetMaxPrice = f.uint256("datasetmaxprice")
	m.Workerpool = f.address("workerpool")
	m.WorkerpoolMaxPrice = f.uint256("workerpoolmaxprice")
	m.Requester = f.address("requester")
	m.Volume = f.uint256("volume")
	m.Tag = f.hash("tag")
	m.Category = f.uint256("category")
	m.Trust = f.uint256("trust")
	if err := f.done(); err != nil {
		return m, err
	}
	if m.App == (common.Address{}) {
		return m, rejectField(ErrMalformed, "app", "no app: a request names the app it runs")
	}
	return m, nil
}

// decodeUnpublish decodes the body of POST /v1/orders/{hash}/unpublish.
func decodeUnpublish(b []byte) (api.Unpublish, error) {
	var u api.Unpublish
	raw, err := single(b)
	if err != nil {
		return u, err
	}
	obj, err := readObject(raw, "")
	if err != nil {
		return u, err
	}
	f := fields{obj: obj}
	exp := f.uint64("expires")
	u.Signature = f.bytes("signature", 65)
	if err := f.done(); err != nil {
		return u, err
	}
	if exp > 1<<62 {
		return u, rejectField(ErrMalformed, "expires", "%d is not a unix time in seconds", exp)
	}
	u.Expires = int64(exp)
	return u, nil
}

// orderAt decodes the order object raw found at path.
func orderAt(raw json.RawMessage, path string) (api.Order, error) {
	obj, err := readObject(raw, path)
	if err != nil {
		return api.Order{}, err
	}
	f := fields{obj: obj}
	kind := f.str("kind", 16)
	if f.err != nil {
		return api.Order{}, f.err
	}
	o := api.Order{Kind: kind}
	switch kind {
	case api.KindApp:
		o.App = &api.AppOrder{
			App: f.address("app"), AppPrice: f.uint256("appprice"), Volume: f.uint256("volume"), Tag: f.hash("tag"),
			DatasetRestrict: f.address("datasetrestrict"), WorkerpoolRestrict: f.address("workerpoolrestrict"),
			RequesterRestrict: f.address("requesterrestrict"), Salt: f.hash("salt"), Sign: f.bytes("sign", maxSign),
		}
	case api.KindDataset:
		o.Dataset = &api.DatasetOrder{
			Dataset: f.address("dataset"), DatasetPrice: f.uint256("datasetprice"), Volume: f.uint256("volume"), Tag: f.hash("tag"),
			AppRestrict: f.address("apprestrict"), WorkerpoolRestrict: f.address("workerpoolrestrict"),
			RequesterRestrict: f.address("requesterrestrict"), Salt: f.hash("salt"), Sign: f.bytes("sign", maxSign),
		}
	case api.KindWorkerpool:
		o.Workerpool = &api.WorkerpoolOrder{
			Workerpool: f.address("workerpool"), WorkerpoolPrice: f.uint256("workerpoolprice"), Volume: f.uint256("volume"),
			Tag: f.hash("tag"), Category: f.uint256("category"), Trust: f.uint256("trust"), AppRestrict: f.address("apprestrict"),
			DatasetRestrict: f.address("datasetrestrict"), RequesterRestrict: f.address("requesterrestrict"),
			Salt: f.hash("salt"), Sign: f.bytes("sign", maxSign),
		}
	case api.KindRequest:
		o.Request = &api.RequestOrder{
			App: f.address("app"), AppMaxPrice: f.uint256("appmaxprice"), Dataset: f.address("dataset"),
			DatasetMaxPrice: f.uint256("datasetmaxprice"), Workerpool: f.address("workerpool"),
			WorkerpoolMaxPrice: f.uint256("workerpoolmaxprice"), Requester: f.address("requester"), Volume: f.uint256("volume"),
			Tag: f.hash("tag"), Category: f.uint256("category"), Trust: f.uint256("trust"), Beneficiary: f.address("beneficiary"),
			Callback: f.address("callback"), Params: f.str("params", api.MaxParamsSize), Salt: f.hash("salt"), Sign: f.bytes("sign", maxSign),
		}
	default:
		return o, rejectField(ErrMalformed, join(path, "kind"), "unknown kind %q: want app, dataset, workerpool or request", kind)
	}
	return o, f.done()
}

// single returns the one JSON value of b, refusing trailing data.
func single(b []byte) (json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, reject(ErrMalformed, "empty body: want a JSON object")
		}
		return nil, reject(ErrMalformed, "invalid JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, reject(ErrMalformed, "trailing data after the JSON value")
	}
	return raw, nil
}

// object is a JSON object's members, each taken at most once.
type object struct {
	path    string
	members map[string]json.RawMessage
	keys    []string // in document order
}

// readObject reads raw as an object, refusing duplicate members.
func readObject(raw json.RawMessage, path string) (*object, error) {
	if len(raw) == 0 || raw[0] != '{' {
		return nil, rejectField(ErrMalformed, orRoot(path), "want a JSON object, got %s", describe(raw))
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return nil, rejectField(ErrMalformed, orRoot(path), "invalid JSON: %v", err)
	}
	o := &object{path: path, members: map[string]json.RawMessage{}}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, rejectField(ErrMalformed, orRoot(path), "invalid JSON: %v", err)
		}
		key, _ := t.(string)
		if _, dup := o.members[key]; dup {
			return nil, rejectField(ErrMalformed, join(path, key), "given twice")
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, rejectField(ErrMalformed, join(path, key), "invalid JSON: %v", err)
		}
		o.members[key] = v
		o.keys = append(o.keys, key)
	}
	return o, nil
}

func (o *object) take(name string) (json.RawMessage, bool) {
	v, ok := o.members[name]
	delete(o.members, name)
	return v, ok
}

func (o *object) missing(name string) error {
	return rejectField(ErrMalformed, join(o.path, name), "missing")
}

// rest fails on the first member nobody took.
func (o *object) rest() error {
	for _, k := range o.keys {
		if _, ok := o.members[k]; ok {
			return rejectField(ErrMalformed, join(o.path, k), "unknown field")
		}
	}
	return nil
}

// fields reads typed members of an object, keeping the first error.
type fields struct {
	obj *object
	// optional: absent members are zero instead of an error.
	optional bool
	err      error
}

func (f *fields) done() error {
	if f.err != nil {
		return f.err
	}
	return f.obj.rest()
}

// get returns member name's string value, or ok false (absent, optional).
func (f *fields) get(name string) (s string, ok bool) {
	if f.err != nil {
		return "", false
	}
	raw, present := f.obj.take(name)
	if !present {
		if !f.optional {
			f.err = f.obj.missing(name)
		}
		return "", false
	}
	if len(raw) == 0 || raw[0] != '"' {
		f.err = rejectField(ErrMalformed, join(f.obj.path, name), "want a JSON string, got %s", describe(raw))
		return "", false
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		f.err = rejectField(ErrMalformed, join(f.obj.path, name), "invalid string: %v", err)
		return "", false
	}
	return s, true
}

func (f *fields) fail(name, format string, a ...any) {
	f.err = rejectField(ErrMalformed, join(f.obj.path, name), format, a...)
}

func (f *fields) str(name string, max int) string {
	s, ok := f.get(name)
	if !ok {
		return ""
	}
	if len(s) > max {
		f.fail(name, "%d bytes, at most %d", len(s), max)
		return ""
	}
	if !utf8.ValidString(s) {
		f.fail(name, "not valid UTF-8")
		return ""
	}
	return s
}

// hexDigits checks s is 0x and n hex digits (n < 0: any even number).
func (f *fields) hexDigits(name, s string, n int, what string) ([]byte, bool) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		f.fail(name, "%q: want 0x and %s", s, what)
		return nil, false
	}
	h := s[2:]
	if (n >= 0 && len(h) != n) || (n < 0 && len(h)%2 != 0) {
		f.fail(name, "%q has %d hex digits: want %s", s, len(h), what)
		return nil, false
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		f.fail(name, "%q is not hex: want %s", s, what)
		return nil, false
	}
	return b, true
}

func (f *fields) address(name string) common.Address {
	s, ok := f.get(name)
	if !ok {
		return common.Address{}
	}
	b, ok := f.hexDigits(name, s, 40, "40 hex digits (an address)")
	if !ok {
		return common.Address{}
	}
	a := common.BytesToAddress(b)
	// A mixed-case address carries an EIP-55 checksum: a typo there is caught here.
	if h := s[2:]; h != strings.ToLower(h) && h != strings.ToUpper(h) && a.Hex() != "0x"+h {
		f.fail(name, "%q fails its EIP-55 checksum (a typo?): write it in one case, or as %s", s, a.Hex())
		return common.Address{}
	}
	return a
}

func (f *fields) hash(name string) common.Hash {
	s, ok := f.get(name)
	if !ok {
		return common.Hash{}
	}
	b, ok := f.hexDigits(name, s, 64, "64 hex digits (bytes32)")
	if !ok {
		return common.Hash{}
	}
	return common.BytesToHash(b)
}

func (f *fields) bytes(name string, max int) hexutil.Bytes {
	s, ok := f.get(name)
	if !ok {
		return nil
	}
	b, ok := f.hexDigits(name, s, -1, "an even number of hex digits")
	if !ok {
		return nil
	}
	if len(b) > max {
		f.fail(name, "%d bytes, at most %d", len(b), max)
		return nil
	}
	if b == nil {
		b = []byte{}
	}
	return b
}

func (f *fields) uint256(name string) *api.Uint256 {
	s, ok := f.get(name)
	if !ok {
		return nil
	}
	x, err := api.ParseUint256(s)
	if err != nil {
		f.fail(name, "%v", err)
		return nil
	}
	return (*api.Uint256)(x)
}

// uint64 reads a decimal string or, for these small numbers (chain ids, expiries), a JSON
// integer.
func (f *fields) uint64(name string) uint64 {
	if f.err != nil {
		return 0
	}
	var digits string
	if raw, ok := f.obj.members[name]; ok && len(raw) > 0 && raw[0] != '"' {
		f.obj.take(name)
		if raw[0] < '0' || raw[0] > '9' {
			f.fail(name, "want a non-negative integer, got %s", describe(raw))
			return 0
		}
		digits = string(raw)
	} else {
		s, ok := f.get(name)
		if !ok {
			return 0
		}
		digits = s
	}
	x, err := api.ParseUint256(digits)
	if err != nil {
		f.fail(name, "%v", err)
		return 0
	}
	if !x.IsUint64() {
		f.fail(name, "%s is out of range: at most 2^64-1", x)
		return 0
	}
	return x.Uint64()
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func orRoot(path string) string {
	if path == "" {
		return "body"
	}
	return path
}

func isNull(raw json.RawMessage) bool { return string(raw) == "null" }

// describe names the JSON type of raw for an error message.
func describe(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
