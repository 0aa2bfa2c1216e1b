// Package simnet runs the whole protocol on go-ethereum's simulated backend, with the pinned
// Osaka rules of the dev chain: deployment, funded actors, assets, signed orders, deals and the
// workers' signed messages. Contract tests and `ergon bench gas` are written against it. A
// transaction is mined as soon as it is sent, as on the dev chain.
package simnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"ergon/chain"
	"ergon/chain/bindings"
	"ergon/chain/devchain"
)

// Accounts is how many prefunded accounts a network has.
const Accounts = 64

// Network is the protocol deployed on a simulated chain.
type Network struct {
	Sim    *simulated.Backend
	Client *chain.Client
	D      *chain.Deployment
	// Owner deployed everything: it owns the hub and mints the test token.
	Owner *chain.Sender

	mu   sync.Mutex
	keys []devchain.Account
	next int
}

// autoCommit mines each transaction as it arrives.
type autoCommit struct {
	simulated.Client
	sim *simulated.Backend
	mu  *sync.Mutex
}

func (a autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	// The pool promotes new transactions in the background: commit only once this one is
	// pending, or a loaded machine seals an empty block and leaves it behind (a later
	// AdjustTime then refuses the non-empty pool). A transaction that cannot become pending
	// (a nonce gap) is given up on after a while, as a real node would leave it queued.
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return err
	}
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if next, err := a.Client.PendingNonceAt(ctx, from); err == nil && next > tx.Nonce() {
			break
		}
	}
	a.sim.Commit()
	return nil
}

// New starts a simulated chain and deploys the protocol on it.
func New(ctx context.Context) (*Network, error) {
	keys := devchain.DevAccounts(Accounts)
	alloc := types.GenesisAlloc{}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)
	for _, k := range keys {
		alloc[k.Address] = types.Account{Balance: eth}
	}
	sim := devchain.NewSimulatedBackend(alloc)
	n := &Network{Sim: sim, keys: keys, next: 1}
	if err := n.deploy(ctx, autoCommit{Client: sim.Client(), sim: sim, mu: &n.mu}); err != nil {
		sim.Close()
		return nil, err
	}
	return n, nil
}

// Attach deploys the protocol on a running chain (e.g. the dev chain) whose prefunded
// accounts are keys; keys[0] deploys. AdjustTime is unavailable there.
func Attach(ctx context.Context, backend chain.Backend, keys []devchain.Account) (*Network, error) {
	n := &Network{keys: keys, next: 1}
	if err := n.deploy(ctx, backend); err != nil {
		return nil, err
	}
	return n, nil
}

func (n *Network) deploy(ctx context.Context, backend chain.Backend) error {
	c, err := chain.NewClient(ctx, backend, nil, nil)
	if err != nil {
		return err
	}
	n.Client = c
	n.Owner = c.Sender(n.keys[0].Key)
	n.D, err = chain.Deploy(ctx, n.Owner, chain.DeployConfig{})
	return err
}

// Close stops a simulated chain (an attached chain belongs to its owner).
func (n *Network) Close() error {
	if n.Sim == nil {
		return nil
	}
	return n.Sim.Close()
}

// Actor returns a sender for a fresh prefunded account.
func (n *Network) Actor() *chain.Sender {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.next >= len(n.keys) {
		// More actors than prefunded accounts: they will need ether before sending.
		k, _ := crypto.GenerateKey()
		return n.Client.Sender(k)
	}
	k := n.keys[n.next]
	n.next++
	return n.Client.Sender(k.Key)
}

// AdjustTime moves the chain's clock forward by d (mining an empty block).
func (n *Network) AdjustTime(d time.Duration) error {
	if n.Sim == nil {
		return fmt.Errorf("simnet: AdjustTime needs the simulated backend")
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	// The pool drops the transactions of a new block in the background, so right after a
	// commit it may still list them and the beacon refuses to adjust time: wait that out.
	deadline := time.Now().Add(2 * time.Second)
	for {
		err := n.Sim.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Now is the timestamp of the latest block.
func (n *Network) Now(ctx context.Context) (uint64, error) {
	h, err := n.Client.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Hub sends a call to the hub from s and waits for it.
func (n *Network) Hub(ctx context.Context, s *chain.Sender, data []byte) (*types.Receipt, error) {
	return s.Transact(ctx, n.D.Hub, data)
}

// Deposit mints amount test tokens to s and deposits them into its hub account.
func (n *Network) Deposit(ctx context.Context, s *chain.Sender, amount *big.Int) error {
	if _, err := n.Owner.Transact(ctx, n.D.Token, chain.Token.PackMint(s.Address(), amount)); err != nil {
		return fmt.Errorf("mint: %w", err)
	}
	if _, err := s.Transact(ctx, n.D.Token, chain.Token.PackApprove(n.D.Hub, amount)); err != nil {
		return fmt.Errorf("approve: %w", err)
	}
	if _, err := n.Hub(ctx, s, chain.Hub.PackDeposit(amount)); err != nil {
		return fmt.Errorf("deposit: %w", err)
	}
	return nil
}

// Account returns the free and locked amounts of addr in the hub.
func (n *Network) Account(ctx context.Context, addr common.Address) (balance, frozen *big.Int, err error) {
	a, err := n.Client.AccountOf(ctx, addr)
	if err != nil {
		return nil, nil, err
	}
	return a.Balance, a.Frozen, nil
}

// Kitty returns the hub's kitty.
func (n *Network) Kitty(ctx context.Context) (*big.Int, error) {
	out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackKitty())
	if err != nil {
		return nil, err
	}
	return chain.Hub.UnpackKitty(out)
}

// Score returns a worker's score.
func (n *Network) Score(ctx context.Context, worker common.Address) (*big.Int, error) {
	out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackWorkerScore(worker))
	if err != nil {
		return nil, err
	}
	return chain.Hub.UnpackWorkerScore(out)
}

// TokenBalance is the ERC-20 balance of addr.
func (n *Network) TokenBalance(ctx context.Context, addr common.Address) (*big.Int, error) {
	out, err := n.Client.Call(ctx, n.D.Token, chain.Token.PackBalanceOf(addr))
	if err != nil {
		return nil, err
	}
	return chain.Token.UnpackBalanceOf(out)
}

// CreateApp registers a WASM app owned by owner; name makes it unique.
func (n *Network) CreateApp(ctx context.Context, owner *chain.Sender, name string) (common.Address, error) {
	checksum := crypto.Keccak256Hash([]byte(name))
	loc := "ergon://" + checksum.Hex()[2:]
	out, err := n.Client.Call(ctx, n.D.AppRegistry, chain.Apps.PackPredictApp(owner.Address(), name, 0, loc, checksum, nil))
	if err != nil {
		return common.Address{}, err
	}
	app, err := chain.Apps.UnpackPredictApp(out)
	if err != nil {
		return common.Address{}, err
	}
	_, err = owner.Transact(ctx, n.D.AppRegistry, chain.Apps.PackCreateApp(owner.Address(), name, 0, loc, checksum, []byte{}))
	return app, err
}

// CreateDataset registers a dataset owned by owner.
func (n *Network) CreateDataset(ctx context.Context, owner *chain.Sender, name string) (common.Address, error) {
	checksum := crypto.Keccak256Hash([]byte(name))
	loc := "ergon://" + checksum.Hex()[2:]
	out, err := n.Client.Call(ctx, n.D.DatasetRegistry, chain.Datasets.PackPredictDataset(owner.Address(), name, loc, checksum))
	if err != nil {
		return common.Address{}, err
	}
	ds, err := chain.Datasets.UnpackPredictDataset(out)
	if err != nil {
		return common.Address{}, err
	}
	_, err = owner.Transact(ctx, n.D.DatasetRegistry, chain.Datasets.PackCreateDataset(owner.Address(), name, loc, checksum))
	return ds, err
}

// CreateWorkerpool registers a workerpool owned by owner, with the default policies.
func (n *Network) CreateWorkerpool(ctx context.Context, owner *chain.Sender, description string) (common.Address, error) {
	out, err := n.Client.Call(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackPredictWorkerpool(owner.Address(), description))
	if err != nil {
		return common.Address{}, err
	}
	pool, err := chain.Pools.UnpackPredictWorkerpool(out)
	if err != nil {
		return common.Address{}, err
	}
	_, err = owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackCreateWorkerpool(owner.Address(), description, "http://127.0.0.1:0"))
	return pool, err
}

// CreateCategory adds a category whose tasks last up to timeRef seconds; returns its id.
func (n *Network) CreateCategory(ctx context.Context, name string, timeRef uint64) (*big.Int, error) {
	out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackCategoryCount())
	if err != nil {
		return nil, err
	}
	id, err := chain.Hub.UnpackCategoryCount(out)
	if err != nil {
		return nil, err
	}
	_, err = n.Hub(ctx, n.Owner, chain.Hub.PackCreateCategory(name, "test category", new(big.Int).SetUint64(timeRef)))
	return id, err
}

// Domain is the EIP-712 domain of the hub.
func (n *Network) Domain() chain.Domain { return n.Client.Domain() }

// SignCompact signs a struct hash under the hub's domain, in the EIP-2098 form.
func (n *Network) SignCompact(key *ecdsa.PrivateKey, structHash common.Hash) bindings.Signature {
	sig, err := n.Domain().SignCompact(key, structHash)
	if err != nil {
		panic(err) // only an invalid key fails, and keys here are generated
	}
	return sig
}

// Sign signs a struct hash under the hub's domain.
func (n *Network) Sign(key *ecdsa.PrivateKey, structHash common.Hash) []byte {
	sig, err := n.Domain().Sign(key, structHash)
	if err != nil {
		panic(err) // only an invalid key fails, and keys here are generated
	}
	return sig
}
