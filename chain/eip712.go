package chain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"ergon/chain/bindings"
)

// EIP-712 domain of the hub: name "Ergon", version "1".
const (
	DomainName    = "Ergon"
	DomainVersion = "1"
)

// EIP-712 type strings; they must stay identical to contracts/src/hub/Orders.sol.
const (
	appOrderType        = "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
	datasetOrderType    = "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
	workerpoolOrderType = "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"
	requestOrderType    = "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"
	authorizationType   = "Authorization(address worker,bytes32 taskid,address enclaveChallenge)"
	contributionType    = "Contribution(bytes32 taskid,bytes32 resultHash,bytes32 resultSeal,address enclaveChallenge)"
	revealType          = "Reveal(bytes32 taskid,bytes32 digest)"
	domainType          = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	appOrderTypeHash        = crypto.Keccak256Hash([]byte(appOrderType))
	datasetOrderTypeHash    = crypto.Keccak256Hash([]byte(datasetOrderType))
	workerpoolOrderTypeHash = crypto.Keccak256Hash([]byte(workerpoolOrderType))
	requestOrderTypeHash    = crypto.Keccak256Hash([]byte(requestOrderType))
	authorizationTypeHash   = crypto.Keccak256Hash([]byte(authorizationType))
	contributionTypeHash    = crypto.Keccak256Hash([]byte(contributionType))
	revealTypeHash          = crypto.Keccak256Hash([]byte(revealType))
	domainTypeHash          = crypto.Keccak256Hash([]byte(domainType))
)

// Domain identifies the hub orders are signed for: a chain and a hub address.
type Domain struct {
	ChainID *big.Int
	Hub     common.Address
}

// Separator is the EIP-712 domain separator (the hub's domainSeparator()).
func (d Domain) Separator() common.Hash {
	return keccakWords(domainTypeHash, crypto.Keccak256Hash([]byte(DomainName)), crypto.Keccak256Hash([]byte(DomainVersion)), word(d.ChainID), d.Hub)
}

// Digest is what gets signed: keccak256("\x19\x01" ‖ separator ‖ structHash).
func (d Domain) Digest(structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Sign signs structHash under the domain with key; the signature is 65 bytes, v in {27, 28}.
func (d Domain) Sign(key *ecdsa.PrivateKey, structHash common.Hash) ([]byte, error) {
	return SignDigest(key, d.Digest(structHash))
}

// SignDigest signs a 32-byte digest; v is 27 or 28 as the hub's ECDSA expects.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// secp256k1n/2: the hub, like OpenZeppelin's ECDSA, refuses signatures whose s is above it.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Compact turns a 65-byte signature into the EIP-2098 form relayed batches carry:
// vs = s | (v − 27) << 255. It refuses what the hub would: v other than 27/28 (or 0/1), s in
// the upper half of the curve order.
func Compact(sig []byte) (bindings.Signature, error) {
	if len(sig) != 65 {
		return bindings.Signature{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return bindings.Signature{}, fmt.Errorf("%w: v = %d", ErrBadSignature, sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return bindings.Signature{}, fmt.Errorf("%w: s is in the upper half of the curve order (malleable)", ErrBadSignature)
	}
	var out bindings.Signature
	copy(out.R[:], sig[:32])
	copy(out.Vs[:], sig[32:64])
	out.Vs[0] |= v << 7
	return out, nil
}

// SignCompact signs structHash under the domain in the EIP-2098 form.
func (d Domain) SignCompact(key *ecdsa.PrivateKey, structHash common.Hash) (bindings.Signature, error) {
	sig, err := d.Sign(key, structHash)
	if err != nil {
		return bindings.Signature{}, err
	}
	return Compact(sig)
}

// Recover returns the address that signed digest with sig, accepting exactly what the hub
// accepts: 65 bytes, v 27 or 28, s in the lower half of the curve order.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrBadSignature, sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s is in the upper half of the curve order (malleable)", ErrBadSignature)
	}
	s := make([]byte, 65)
	copy(s, sig)
	s[64] -= 27
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// AppOrderHash is the EIP-712 struct hash of an app order (its id in the order book).
func AppOrderHash(o bindings.AppOrder) common.Hash {
	return keccakWords(appOrderTypeHash, o.App, word(o.Appprice), word(o.Volume), common.Hash(o.Tag),
		o.Datasetrestrict, o.Workerpoolrestrict, o.Requesterrestrict, common.Hash(o.Salt))
}

// DatasetOrderHash is the EIP-712 struct hash of a dataset order.
func DatasetOrderHash(o bindings.DatasetOrder) common.Hash {
	return keccakWords(datasetOrderTypeHash, o.Dataset, word(o.Datasetprice), word(o.Volume), common.Hash(o.Tag),
		o.Apprestrict, o.Workerpoolrestrict, o.Requesterrestrict, common.Hash(o.Salt))
}

// WorkerpoolOrderHash is the EIP-712 struct hash of a workerpool order.
func WorkerpoolOrderHash(o bindings.WorkerpoolOrder) common.Hash {
	return keccakWords(workerpoolOrderTypeHash, o.Workerpool, word(o.Workerpoolprice), word(o.Volume), common.Hash(o.Tag),
		word(o.Category), word(o.Trust), o.Apprestrict, o.Datasetrestrict, o.Requesterrestrict, common.Hash(o.Salt))
}

// RequestOrderHash is the EIP-712 struct hash of a request order.
func RequestOrderHash(o bindings.RequestOrder) common.Hash {
	return keccakWords(requestOrderTypeHash, o.App, word(o.Appmaxprice), o.Dataset, word(o.Datasetmaxprice),
		o.Workerpool, word(o.Workerpoolmaxprice), o.Requester, word(o.Volume), common.Hash(o.Tag), word(o.Category),
		word(o.Trust), o.Beneficiary, o.Callback, crypto.Keccak256Hash([]byte(o.Params)), common.Hash(o.Salt))
}

// AuthorizationHash is the struct hash the scheduler signs to let worker contribute to taskid.
func AuthorizationHash(worker common.Address, taskid common.Hash, enclaveChallenge common.Address) common.Hash {
	return keccakWords(authorizationTypeHash, worker, taskid, enclaveChallenge)
}

// ContributionHash is the struct hash a worker signs for the scheduler to relay its contribution.
func ContributionHash(taskid, resultHash, resultSeal common.Hash, enclaveChallenge common.Address) common.Hash {
	return keccakWords(contributionTypeHash, taskid, resultHash, resultSeal, enclaveChallenge)
}

// RevealHash is the struct hash a worker signs for the scheduler to relay its reveal.
func RevealHash(taskid, digest common.Hash) common.Hash {
	return keccakWords(revealTypeHash, taskid, digest)
}

// SignAppOrder fills o.Sign with the owner's signature; likewise for the other kinds.
func (d Domain) SignAppOrder(key *ecdsa.PrivateKey, o *bindings.AppOrder) (err error) {
	o.Sign, err = d.Sign(key, AppOrderHash(*o))
	return err
}

func (d Domain) SignDatasetOrder(key *ecdsa.PrivateKey, o *bindings.DatasetOrder) (err error) {
	o.Sign, err = d.Sign(key, DatasetOrderHash(*o))
	return err
}

func (d Domain) SignWorkerpoolOrder(key *ecdsa.PrivateKey, o *bindings.WorkerpoolOrder) (err error) {
	o.Sign, err = d.Sign(key, WorkerpoolOrderHash(*o))
	return err
}

func (d Domain) SignRequestOrder(key *ecdsa.PrivateKey, o *bindings.RequestOrder) (err error) {
	o.Sign, err = d.Sign(key, RequestOrderHash(*o))
	return err
}

// TypedData returns the eth_signTypedData_v4 payload of an order (*bindings.XxxOrder or the
// value), so a standard wallet can sign it; its hash equals Domain.Digest(XxxOrderHash(o)).
func (d Domain) TypedData(order any) (apitypes.TypedData, error) {
	td := apitypes.TypedData{
		Types: apitypes.Types{"EIP712Domain": {
			{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
		}},
		Domain: apitypes.TypedDataDomain{
			Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(bigOrZero(d.ChainID)), VerifyingContract: d.Hub.Hex(),
		},
	}
	hex := func(b [32]byte) string { return common.Hash(b).Hex() }
	num := func(x *big.Int) string { return bigOrZero(x).String() }
	switch o := deref(order).(type) {
	case bindings.AppOrder:
		td.PrimaryType, td.Types["AppOrder"] = "AppOrder", fields(appOrderType)
		td.Message = apitypes.TypedDataMessage{"app": o.App.Hex(), "appprice": num(o.Appprice), "volume": num(o.Volume),
			"tag": hex(o.Tag), "datasetrestrict": o.Datasetrestrict.Hex(), "workerpoolrestrict": o.Workerpoolrestrict.Hex(),
			"requesterrestrict": o.Requesterrestrict.Hex(), "salt": hex(o.Salt)}
	case bindings.DatasetOrder:
		td.PrimaryType, td.Types["DatasetOrder"] = "DatasetOrder", fields(datasetOrderType)
		td.Message = apitypes.TypedDataMessage{"dataset": o.Dataset.Hex(), "datasetprice": num(o.Datasetprice), "volume": num(o.Volume),
			"tag": hex(o.Tag), "apprestrict": o.Apprestrict.Hex(), "workerpoolrestrict": o.Workerpoolrestrict.Hex(),
			"requesterrestrict": o.Requesterrestrict.Hex(), "salt": hex(o.Salt)}
	case bindings.WorkerpoolOrder:
		td.PrimaryType, td.Types["WorkerpoolOrder"] = "WorkerpoolOrder", fields(workerpoolOrderType)
		td.Message = apitypes.TypedDataMessage{"workerpool": o.Workerpool.Hex(), "workerpoolprice": num(o.Workerpoolprice),
			"volume": num(o.Volume), "tag": hex(o.Tag), "category": num(o.Category), "trust": num(o.Trust),
			"apprestrict": o.Apprestrict.Hex(), "datasetrestrict": o.Datasetrestrict.Hex(),
			"requesterrestrict": o.Requesterrestrict.Hex(), "salt": hex(o.Salt)}
	case bindings.RequestOrder:
		td.PrimaryType, td.Types["RequestOrder"] = "RequestOrder", fields(requestOrderType)
		td.Message = apitypes.TypedDataMessage{"app": o.App.Hex(), "appmaxprice": num(o.Appmaxprice), "dataset": o.Dataset.Hex(),
			"datasetmaxprice": num(o.Datasetmaxprice), "workerpool": o.Workerpool.Hex(), "workerpoolmaxprice": num(o.Workerpoolmaxprice),
			"requester": o.Requester.Hex(), "volume": num(o.Volume), "tag": hex(o.Tag), "category": num(o.Category),
			"trust": num(o.Trust), "beneficiary": o.Beneficiary.Hex(), "callback": o.Callback.Hex(), "params": o.Params,
			"salt": hex(o.Salt)}
	default:
		return td, fmt.Errorf("%w: %T is not an order", ErrInvalidOrder, order)
	}
	return td, nil
}

func deref(v any) any {
	switch o := v.(type) {
	case *bindings.AppOrder:
		return *o
	case *bindings.DatasetOrder:
		return *o
	case *bindings.WorkerpoolOrder:
		return *o
	case *bindings.RequestOrder:
		return *o
	}
	return v
}

// fields parses the member list of an EIP-712 type string.
func fields(typeString string) []apitypes.Type {
	open := 0
	for open < len(typeString) && typeString[open] != '(' {
		open++
	}
	var out []apitypes.Type
	member := typeString[open+1 : len(typeString)-1]
	start := 0
	for i := 0; i <= len(member); i++ {
		if i == len(member) || member[i] == ',' {
			part := member[start:i]
			for j := 0; j < len(part); j++ {
				if part[j] == ' ' {
					out = append(out, apitypes.Type{Type: part[:j], Name: part[j+1:]})
					break
				}
			}
			start = i + 1
		}
	}
	return out
}

// keccakWords hashes the ABI encoding of static values: hashes, addresses and 32-byte words.
func keccakWords(values ...any) common.Hash {
	buf := make([]byte, 0, 32*len(values))
	for _, v := range values {
		switch x := v.(type) {
		case common.Hash:
			buf = append(buf, x[:]...)
		case common.Address:
			buf = append(buf, common.LeftPadBytes(x[:], 32)...)
		default:
			panic(fmt.Sprintf("keccakWords: unsupported %T", v))
		}
	}
	return crypto.Keccak256Hash(buf)
}

// word is the 32-byte big-endian encoding of a uint256 (nil is zero).
func word(x *big.Int) common.Hash {
	return common.BytesToHash(math.U256Bytes(bigOrZero(x)))
}

func bigOrZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(x)
}
