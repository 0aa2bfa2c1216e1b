package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what the client needs from a node: ethclient.Client and the simulated backend's
// client both provide it.
type Backend interface {
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.LogFilterer
	ethereum.PendingStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
}

// MaxTxGas is the per-transaction gas cap of the Osaka rules (EIP-7825).
const MaxTxGas = 1 << 24

// Client talks to a chain where (possibly) the protocol is deployed.
type Client struct {
	Backend Backend
	ChainID *big.Int
	// Deployment is nil until the protocol is deployed (see Deploy).
	Deployment *Deployment
	log        *slog.Logger
}

// NewClient checks the backend serves the chain the deployment names and that the hub has
// code there. d may be nil (e.g. to deploy).
func NewClient(ctx context.Context, backend Backend, d *Deployment, log *slog.Logger) (*Client, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	c := &Client{Backend: backend, ChainID: id, log: log.With("component", "chain")}
	if d != nil {
		if err := c.use(ctx, d); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Dial connects to a JSON-RPC endpoint (http, ws or ipc) and checks the deployment against it.
func Dial(ctx context.Context, rpcURL string, d *Deployment, log *slog.Logger) (*Client, error) {
	ec, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", rpcURL, err)
	}
	c, err := NewClient(ctx, ec, d, log)
	if err != nil {
		ec.Close()
		return nil, err
	}
	return c, nil
}

func (c *Client) use(ctx context.Context, d *Deployment) error {
	if d.ChainID != c.ChainID.Uint64() {
		return fmt.Errorf("%w: the deployment is for chain %d but the node serves chain %d", ErrWrongChain, d.ChainID, c.ChainID)
	}
	code, err := c.Backend.CodeAt(ctx, d.Hub, nil)
	if err != nil {
		return fmt.Errorf("read hub code: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: no code at hub %s on chain %d (deploy with `ergon deploy`)", ErrNotDeployed, d.Hub, d.ChainID)
	}
	c.Deployment = d
	return nil
}

// Domain is the EIP-712 domain of the deployed hub.
func (c *Client) Domain() Domain {
	return Domain{ChainID: c.ChainID, Hub: c.Deployment.Hub}
}

// Call runs a read-only call and decodes a revert into a *RevertError.
func (c *Client) Call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := c.Backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, asRevert(err)
	}
	return out, nil
}

// WaitReceipt waits until txHash is mined and the node's head includes it. It polls quickly at
// first (an instant-block dev chain mines in milliseconds) and backs off to 250 ms.
//
// geth makes a receipt visible a moment before it moves its head to the receipt's block, so a
// call made right after the receipt could still run on the state before the transaction (an
// approve seen mined, then a deposit estimated without its allowance): WaitReceipt returns only
// once "latest" is at least that block.
func (c *Client) WaitReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	delay := 2 * time.Millisecond
	for {
		r, err := c.Backend.TransactionReceipt(ctx, txHash)
		if err == nil && r != nil {
			return r, c.waitHead(ctx, r.BlockNumber.Uint64())
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", txHash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", txHash, ctx.Err())
		case <-time.After(delay):
		}
		if delay < 250*time.Millisecond {
			delay *= 2
		}
	}
}

// waitHead waits until the node's head is at least block.
func (c *Client) waitHead(ctx context.Context, block uint64) error {
	for {
		head, err := c.Backend.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("read head: %w", err)
		}
		if head >= block {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for block %d: %w", block, ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

// Sender sends transactions from one key, numbering them itself: the node's pending nonce lags
// when many transactions are in flight.
type Sender struct {
	c    *Client
	key  *ecdsa.PrivateKey
	from common.Address

	mu    sync.Mutex
	nonce uint64
	known bool
}

// Sender returns a transaction sender for key. Use one Sender per key.
func (c *Client) Sender(key *ecdsa.PrivateKey) *Sender {
	return &Sender{c: c, key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the sender's account.
func (s *Sender) Address() common.Address { return s.from }

// Key is the sender's private key.
func (s *Sender) Key() *ecdsa.PrivateKey { return s.key }

// Client is the client the sender sends through.
func (s *Sender) Client() *Client { return s.c }

// TxOpts adjusts one transaction.
type TxOpts struct {
	// GasLimit, when non-zero, skips estimation.
	GasLimit uint64
	// Value in wei.
	Value *big.Int
}

// Send signs and sends a transaction calling `to` (nil: contract creation) with data. Gas is
// estimated first, so most reverts surface here, decoded, before anything is spent.
func (s *Sender) Send(ctx context.Context, to *common.Address, data []byte, opts *TxOpts) (*types.Transaction, error) {
	if opts == nil {
		opts = &TxOpts{}
	}
	gas := opts.GasLimit
	if gas == 0 {
		est, err := s.c.Backend.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: to, Data: data, Value: opts.Value})
		if err != nil {
			return nil, asRevert(err)
		}
		// Headroom for state that changes between estimation and inclusion.
		gas = min(est+est/5+10_000, MaxTxGas)
	}
	tip, err := s.c.Backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest tip: %w", err)
	}
	head, err := s.c.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))

	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if !s.known {
			n, err := s.c.Backend.PendingNonceAt(ctx, s.from)
			if err != nil {
				return nil, fmt.Errorf("read nonce of %s: %w", s.from, err)
			}
			s.nonce, s.known = n, true
		}
		tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(s.c.ChainID), &types.DynamicFeeTx{
			ChainID: s.c.ChainID, Nonce: s.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to,
			Value: opts.Value, Data: data,
		})
		if err != nil {
			return nil, fmt.Errorf("sign transaction: %w", err)
		}
		err = s.c.Backend.SendTransaction(ctx, tx)
		if err == nil {
			s.nonce++
			return tx, nil
		}
		// Someone else used this key, or the node restarted: renumber once from the node.
		if attempt == 0 && isNonceError(err) {
			s.known = false
			continue
		}
		return nil, fmt.Errorf("send transaction: %w", err)
	}
}

// Transact sends a call to `to` and waits for it to be mined. A mined revert is replayed to
// recover its reason.
func (s *Sender) Transact(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	tx, err := s.Send(ctx, &to, data, nil)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, tx)
}

// Wait waits for tx and turns a failed receipt into an error carrying the revert reason.
func (s *Sender) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := s.c.WaitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	_, cerr := s.c.Backend.CallContract(ctx, ethereum.CallMsg{From: s.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas(), Value: tx.Value()}, r.BlockNumber)
	if cerr != nil {
		return r, fmt.Errorf("transaction %s: %w", tx.Hash(), asRevert(cerr))
	}
	return r, fmt.Errorf("transaction %s: %w (out of gas? it used %d of %d)", tx.Hash(), ErrReverted, r.GasUsed, tx.Gas())
}

func isNonceError(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "nonce too low") || strings.Contains(msg, "nonce too high") ||
		strings.Contains(msg, "already known") || strings.Contains(msg, "replacement transaction underpriced")
}

// asRevert extracts revert data from a node's error and decodes it; other errors pass through.
func asRevert(err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		var data []byte
		switch v := de.ErrorData().(type) {
		case string:
			data, _ = hexutil.Decode(v)
		case []byte:
			data = v
		}
		if data != nil {
			return DecodeRevert(data)
		}
	}
	if strings.Contains(err.Error(), "execution reverted") {
		return &RevertError{}
	}
	return err
}
