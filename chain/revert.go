package chain

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

// RevertError is a contract revert decoded against the ABIs of every Ergon contract.
type RevertError struct {
	// Name of the custom error ("InsufficientBalance"), "Error" for require strings, "Panic" for
	// assertion failures, "" when the data matched nothing known.
	Name string
	// Args are the error's arguments in order, named as in the contract.
	Args []Arg
	// Value is the typed value from the bindings, e.g. *bindings.ErgonHubInsufficientBalance
	// (nil for Error, Panic and unknown data).
	Value any
	// Data is the raw revert data.
	Data []byte
}

// Arg is one argument of a decoded revert.
type Arg struct {
	Name  string
	Value any
}

func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("reverted: ")
	if e.Name == "" {
		if len(e.Data) == 0 {
			b.WriteString("no reason given")
		} else {
			b.WriteString("unknown error 0x" + hex.EncodeToString(e.Data))
		}
		return b.String()
	}
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		if a.Name != "" {
			b.WriteString(a.Name + "=")
		}
		b.WriteString(formatArg(a.Value))
	}
	b.WriteByte(')')
	if h := e.Hint(); h != "" {
		b.WriteString(": " + h)
	}
	return b.String()
}

// Unwrap lets errors.Is(err, ErrReverted) hold for every decoded revert.
func (e *RevertError) Unwrap() error { return ErrReverted }

// Arg returns the argument called name, or nil.
func (e *RevertError) Arg(name string) any {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value
		}
	}
	return nil
}

// AsRevert finds a *RevertError in err's chain.
func AsRevert(err error) (*RevertError, bool) {
	var re *RevertError
	ok := errors.As(err, &re)
	return re, ok
}

// IsRevert reports whether err is a revert with the custom error called name.
func IsRevert(err error, name string) bool {
	re, ok := AsRevert(err)
	return ok && re.Name == name
}

// RevertValue returns the typed binding value of a revert, e.g.
// RevertValue[bindings.ErgonHubInsufficientBalance](err).
func RevertValue[T any](err error) (*T, bool) {
	re, ok := AsRevert(err)
	if !ok {
		return nil, false
	}
	v, ok := re.Value.(*T)
	return v, ok
}

type knownError struct {
	err    abi.Error
	unpack func([]byte) (any, error)
}

var knownErrors = func() map[[4]byte]knownError {
	m := map[[4]byte]knownError{}
	add := func(a abi.ABI, unpack func([]byte) (any, error)) {
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			if _, ok := m[sel]; !ok {
				m[sel] = knownError{err: e, unpack: unpack}
			}
		}
	}
	hub, desk := bindings.NewErgonHub(), bindings.NewOrderDesk()
	token, apps := bindings.NewErgonToken(), bindings.NewAppRegistry()
	datasets, pools := bindings.NewDatasetRegistry(), bindings.NewWorkerpoolRegistry()
	add(hub.GetABI(), hub.UnpackError)
	add(desk.GetABI(), desk.UnpackError)
	add(token.GetABI(), token.UnpackError)
	add(apps.GetABI(), apps.UnpackError)
	add(datasets.GetABI(), datasets.UnpackError)
	add(pools.GetABI(), pools.UnpackError)
	return m
}()

var (
	errorStringSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector       = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// DecodeRevert turns revert data into a *RevertError (never nil).
func DecodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	switch {
	case bytes.Equal(data[:4], errorStringSelector), bytes.Equal(data[:4], panicSelector):
		reason, err := abi.UnpackRevert(data)
		if err == nil {
			re.Name = "Error"
			if bytes.Equal(data[:4], panicSelector) {
				re.Name = "Panic"
			}
			re.Args = []Arg{{Name: "reason", Value: reason}}
		}
		return re
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	k, ok := knownErrors[sel]
	if !ok {
		return re
	}
	vals, err := k.err.Inputs.Unpack(data[4:])
	if err != nil {
		return re
	}
	re.Name = k.err.Name
	for i, in := range k.err.Inputs {
		re.Args = append(re.Args, Arg{Name: in.Name, Value: vals[i]})
	}
	if v, err := k.unpack(data); err == nil {
		re.Value = v
	}
	return re
}

var kindNames = []string{"app", "dataset", "workerpool", "request"}

// counterpartNames name what a restriction constrains: a request order's party is its requester.
var counterpartNames = []string{"app", "dataset", "workerpool", "requester"}

func kindName(v any) string {
	if k, ok := v.(uint8); ok && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprint(v)
}

// Hint says what a person can do about the revert, for the errors where there is something.
func (e *RevertError) Hint() string {
	a := e.Arg
	switch e.Name {
	case "InsufficientBalance":
		need, _ := a("needed").(*big.Int)
		have, _ := a("available").(*big.Int)
		if need != nil && have != nil {
			return fmt.Sprintf("account %s has %s free but %s is needed: deposit at least %s more (ergon account deposit)",
				formatArg(a("account")), have, need, new(big.Int).Sub(need, have))
		}
	case "UnknownAsset":
		if a("kind") == nil { // the registries' variant names only the asset
			return fmt.Sprintf("%s is not registered", formatArg(a("asset")))
		}
		return fmt.Sprintf("the %s %s is not registered", kindName(a("kind")), formatArg(a("asset")))
	case "BadOrderSignature":
		return fmt.Sprintf("the %s order is neither signed nor presigned by its owner %s", kindName(a("kind")), formatArg(a("owner")))
	case "NotOrderOwner":
		return fmt.Sprintf("only %s, the owner, may do this to the %s order", formatArg(a("owner")), kindName(a("kind")))
	case "PriceTooHigh":
		return fmt.Sprintf("the %s order costs %s, more than the request accepts (%s)", kindName(a("kind")), formatArg(a("price")), formatArg(a("maxPrice")))
	case "OrderConsumed":
		return fmt.Sprintf("the %s order has no volume left (consumed or cancelled)", kindName(a("kind")))
	case "Restricted":
		restricted := fmt.Sprint(a("restricted"))
		if k, ok := a("restricted").(uint8); ok && int(k) < len(counterpartNames) {
			restricted = counterpartNames[k]
		}
		return fmt.Sprintf("the %s order only accepts %s %s", kindName(a("kind")), restricted, formatArg(a("allowed")))
	case "AssetMismatch":
		return fmt.Sprintf("the request wants %s %s but the order offers %s", kindName(a("kind")), formatArg(a("requested")), formatArg(a("offered")))
	case "TagNotSupported":
		return fmt.Sprintf("the workerpool order lacks tag bits %s", formatArg(a("missing")))
	case "CategoryMismatch":
		return "the request and the workerpool order name different categories"
	case "TrustTooHigh":
		return "the request asks for more trust than the workerpool order offers"
	case "StateMismatch":
		return "the task state passed is stale: read it again from the task's events"
	case "DealMismatch":
		return "the deal passed is unknown or altered: read it from its DealCreated event"
	case "NotScheduler":
		return fmt.Sprintf("only the deal's scheduler %s may do this", formatArg(a("scheduler")))
	case "WrongStatus":
		return "the task's status does not allow this"
	case "ContributionDeadlinePassed", "FinalDeadlinePassed":
		return "too late: the deadline passed (after the final deadline, anyone may claim the task)"
	case "FinalDeadlineNotReached":
		return "too early: a task can be claimed only after its final deadline"
	case "NotAllRevealed":
		return "some winners have not revealed and the reveal window is still open"
	case "BadAuthorization":
		return "the scheduler's authorization for this worker and task is missing or invalid"
	}
	return ""
}

func formatArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return "0x" + hex.EncodeToString(x)
	case *big.Int:
		return x.String()
	}
	return fmt.Sprint(v)
}
