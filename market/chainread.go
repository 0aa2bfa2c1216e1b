package market

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"ergon/api"
	"ergon/chain"
)

// chainState reads the on-chain facts the market checks orders against. Every read is at
// the latest block: consumed volumes and presignatures only ever grow, and the follower
// applies whatever changes later.
type chainState struct {
	c *chain.Client
	d *chain.Deployment
}

func (s chainState) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := s.c.Call(ctx, to, data)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: read the chain: %v", ErrUnavailable, err)
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
	logs, err := chain.FilterLogs(ctx, s.c.Backend, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.d.Block),
		Addresses: []common.Address{s.d.Hub},
		Topics:    [][]common.Hash{{evOrderCancelled}, {hash}},
	})
	if err != nil {
		return false, fmt.Errorf("%w: read the chain's logs: %v", ErrUnavailable, err)
	}
	return len(logs) > 0, nil
}

// erc1271 reports whether the contract signer accepts sig for digest (EIP-1271), as the
// hub's SignatureChecker asks it. A signer without code does not.
func (s chainState) erc1271(ctx context.Context, signer common.Address, digest common.Hash, sig []byte) (bool, error) {
	code, err := s.c.Backend.CodeAt(ctx, signer, nil)
	if err != nil {
		return false, fmt.Errorf("%w: read the chain: %v", ErrUnavailable, err)
	}
	if len(code) == 0 {
		return false, nil
	}
	args, err := erc1271Args.Pack(digest, sig)
	if err != nil {
		return false, err
	}
	out, err := s.c.Backend.CallContract(ctx, ethereum.CallMsg{To: &signer, Data: append(bytes.Clone(erc1271Magic), args...)}, nil)
	if err != nil {
		return false, nil // a revert is a refusal
	}
	return len(out) == 32 && bytes.Equal(out[:4], erc1271Magic), nil
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
