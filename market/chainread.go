package market

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"

	"ergon/api"
	"ergon/chain"
)

// chainState reads the on-chain facts the market checks orders against. Every read is at
// the latest block: consumed volumes and presignatures only ever grow, and the follower
// applies whatever changes later.
type chainState struct {
	c *chain.Client
	d *chain.Deployment
	// timeout bounds each read (Config.ChainTimeout): a node that hangs must not hold a
	// publication, nor the follower's lock, forever.
	timeout time.Duration
}

// bound is ctx limited to one read's timeout.
func (s chainState) bound(ctx context.Context) (context.Context, context.CancelFunc) {
	if s.timeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, s.timeout)
}

// unavailable is the error of a failed read: the caller's own cancellation as it is, anything
// else (a timeout included) ErrUnavailable.
func unavailable(ctx context.Context, what string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return fmt.Errorf("%w: %s: %v", ErrUnavailable, what, err)
}

func (s chainState) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	rctx, cancel := s.bound(ctx)
	defer cancel()
	out, err := s.c.Call(rctx, to, data)
	if err != nil {
		return nil, unavailable(ctx, "read the chain", err)
	}
	return out, nil
}

// registry is the registry of an asset kind.
func (s chainState) registry(k Kind) common.Address {
	switch k {
	case KindApp:
		return s.d.AppRegistry
	case KindDataset:
		return s.d.DatasetRegistry
	}
	return s.d.WorkerpoolRegistry
}

// owner is the owner of asset in the registry of kind k; zero when it is not registered.
func (s chainState) owner(ctx context.Context, k Kind, asset common.Address) (common.Address, error) {
	// The three registries share AssetRegistry's ownerOfAsset.
	out, err := s.call(ctx, s.registry(k), chain.Apps.PackOwnerOfAsset(asset))
	if err != nil {
		return common.Address{}, err
	}
	return chain.Apps.UnpackOwnerOfAsset(out)
}

func (s chainState) consumed(ctx context.Context, hash common.Hash) (*big.Int, error) {
	out, err := s.call(ctx, s.d.Hub, chain.Hub.PackConsumed(hash))
	if err != nil {
		return nil, err
	}
	return chain.Hub.UnpackConsumed(out)
}

func (s chainState) presigner(ctx context.Context, hash common.Hash) (common.Address, error) {
	out, err := s.call(ctx, s.d.Hub, chain.Hub.PackPresigner(hash))
	if err != nil {
		return common.Address{}, err
	}
	return chain.Hub.UnpackPresigner(out)
}

// balance is account's free balance in the hub.
func (s chainState) balance(ctx context.Context, account common.Address) (*big.Int, error) {
	out, err := s.call(ctx, s.d.Hub, chain.Hub.PackAccountOf(account))
	if err != nil {
		return nil, err
	}
	a, err := chain.Hub.UnpackAccountOf(out)
	if err != nil {
		return nil, err
	}
	return a.Balance, nil
}

// categories reads every category from the first one not in have.
func (s chainState) categories(ctx context.Context, have []api.Category) ([]api.Category, error) {
	out, err := s.call(ctx, s.d.Hub, chain.Hub.PackCategoryCount())
	if err != nil {
		return nil, err
	}
	n, err := chain.Hub.UnpackCategoryCount(out)
	if err != nil {
		return nil, err
	}
	cats := append([]api.Category(nil), have...)
	for id := uint64(len(cats)); n.IsUint64() && id < n.Uint64(); id++ {
		out, err := s.call(ctx, s.d.Hub, chain.Hub.PackCategoryOf(new(big.Int).SetUint64(id)))
		if err != nil {
			return nil, err
		}
		c, err := chain.Hub.UnpackCategoryOf(out)
		if err != nil {
			return nil, err
		}
		ref := uint64(0)
		if c.WorkClockTimeRef.IsUint64() {
			ref = c.WorkClockTimeRef.Uint64()
		}
		cats = append(cats, api.Category{ID: id, Name: c.Name, Description: c.Description, TimeRef: ref})
	}
	return cats, nil
}

// cancelled reports whether the hub logged the order's cancellation.
func (s chainState) cancelled(ctx context.Context, hash common.Hash) (bool, error) {
	rctx, cancel := s.bound(ctx)
	defer cancel()
	logs, err := chain.FilterLogs(rctx, s.c.Backend, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.d.Block),
		Addresses: []common.Address{s.d.Hub},
		Topics:    [][]common.Hash{{evOrderCancelled}, {hash}},
	})
	if err != nil {
		return false, unavailable(ctx, "read the chain's logs", err)
	}
	return len(logs) > 0, nil
}

// erc1271 reports whether the contract signer accepts sig for digest (EIP-1271), exactly as
// the hub's SignatureChecker (OpenZeppelin 5) asks it: the call succeeds and returns at least
// 32 bytes whose first word is the selector followed by 28 zero bytes. A signer without code
// does not; a call that reverts (or fails in the EVM) is a refusal, but a node that cannot be
// read is ErrUnavailable, not a verdict on the signature.
func (s chainState) erc1271(ctx context.Context, signer common.Address, digest common.Hash, sig []byte) (bool, error) {
	rctx, cancel := s.bound(ctx)
	defer cancel()
	code, err := s.c.Backend.CodeAt(rctx, signer, nil)
	if err != nil {
		return false, unavailable(ctx, "read the chain", err)
	}
	if len(code) == 0 {
		return false, nil
	}
	args, err := erc1271Args.Pack(digest, sig)
	if err != nil {
		return false, err
	}
	out, err := s.c.Call(rctx, signer, append(bytes.Clone(erc1271Magic), args...))
	if err != nil {
		if executionFailed(err) {
			return false, nil
		}
		return false, unavailable(ctx, "call isValidSignature", err)
	}
	return erc1271Accepts(out), nil
}

// erc1271Accepts is SignatureChecker's test of isValidSignature's return data.
func erc1271Accepts(out []byte) bool {
	var want [32]byte
	copy(want[:], erc1271Magic)
	return len(out) >= 32 && bytes.Equal(out[:32], want[:])
}

// executionFailed reports whether a call's error is the EVM's verdict (a revert, or an
// exceptional halt such as an invalid opcode or running out of gas), as opposed to a node or
// transport failure.
func executionFailed(err error) bool {
	if errors.As(err, new(*chain.RevertError)) {
		return true
	}
	msg := err.Error()
	for _, e := range evmFailures {
		if strings.Contains(msg, e) {
			return true
		}
	}
	return false
}

// evmFailures are the messages of the EVM's exceptional halts, as nodes relay them.
var evmFailures = []string{
	vm.ErrExecutionReverted.Error(), vm.ErrOutOfGas.Error(), vm.ErrCodeStoreOutOfGas.Error(), vm.ErrDepth.Error(),
	vm.ErrInvalidJump.Error(), vm.ErrWriteProtection.Error(), vm.ErrReturnDataOutOfBounds.Error(),
	vm.ErrGasUintOverflow.Error(), vm.ErrInvalidCode.Error(), vm.ErrNonceUintOverflow.Error(),
	"invalid opcode", "stack underflow", "stack limit reached",
}

// erc1271Magic is the selector of isValidSignature(bytes32,bytes), also its success value.
var erc1271Magic = []byte{0x16, 0x26, 0xba, 0x7e}

var erc1271Args = func() abi.Arguments {
	b32, _ := abi.NewType("bytes32", "", nil)
	by, _ := abi.NewType("bytes", "", nil)
	return abi.Arguments{{Type: b32}, {Type: by}}
}()

// Event ids the market follows.
var (
	evDealCreated     = chain.Hub.GetABI().Events["DealCreated"].ID
	evOrderCancelled  = chain.Hub.GetABI().Events["OrderCancelled"].ID
	evDeposit         = chain.Hub.GetABI().Events["Deposit"].ID
	evWithdraw        = chain.Hub.GetABI().Events["Withdraw"].ID
	evCategoryCreated = chain.Hub.GetABI().Events["CategoryCreated"].ID
	evTaskFinalize    = chain.Hub.GetABI().Events["TaskFinalize"].ID
	evTaskClaimed     = chain.Hub.GetABI().Events["TaskClaimed"].ID
	evTransfer        = chain.Apps.GetABI().Events["Transfer"].ID
)
