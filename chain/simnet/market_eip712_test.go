package simnet

import (
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"ergon/chain"
)

// walletSign signs typed data as a standard wallet does for eth_signTypedData_v4: the payload
// travels as JSON, the wallet hashes it with its own EIP-712 code and returns v in {27, 28}.
func walletSign(t *testing.T, key *ecdsa.PrivateKey, td apitypes.TypedData) []byte {
	t.Helper()
	js, err := json.Marshal(td)
	if err != nil {
		t.Fatal(err)
	}
	var received apitypes.TypedData
	if err := json.Unmarshal(js, &received); err != nil {
		t.Fatal(err)
	}
	digest, _, err := apitypes.TypedDataAndHash(received)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// TestEIP712 checks the Go hashing and the hub agree with go-ethereum's EIP-712 implementation
// (what wallets use), and that a signature binds the chain and the hub it was made for.
func TestEIP712(t *testing.T) {
	ctx, n := newNet(t)
	m := newMarket(t, n, true)
	d := n.Domain()
	terms := Terms{AppPrice: 5, DatasetPrice: 3, WorkerpoolPrice: 100, Volume: 1, Trust: 1}
	// Orders with every field set, and params that are not ASCII.
	rich := func() Orders {
		o := m.Orders(terms)
		o.App.Tag, o.App.Datasetrestrict, o.App.Workerpoolrestrict, o.App.Requesterrestrict = tagBits(9), m.Dataset, m.Pool, m.Requester.Address()
		o.Dataset.Tag, o.Dataset.Apprestrict, o.Dataset.Workerpoolrestrict, o.Dataset.Requesterrestrict = tagBits(10), m.App, m.Pool, m.Requester.Address()
		o.Workerpool.Tag, o.Workerpool.Apprestrict, o.Workerpool.Datasetrestrict, o.Workerpool.Requesterrestrict = tagBits(9, 10, 11), m.App, m.Dataset, m.Requester.Address()
		o.Workerpool.Trust = big.NewInt(7)
		o.Request.Tag, o.Request.Trust, o.Request.Callback = tagBits(11), big.NewInt(7), nowhere
		o.Request.Params = `{"args":"--naïve \"ünïcode\" ✓","inputs":["ipfs://Qm…"]}`
		return o
	}

	type kindCase struct {
		name  string
		kind  uint8
		order func(o *Orders) any // pointer to the order in o
		hash  func(o Orders) common.Hash
		key   func() *ecdsa.PrivateKey
		set   func(o *Orders, sig []byte)
	}
	kinds := []kindCase{
		{"app", kindApp, func(o *Orders) any { return &o.App }, func(o Orders) common.Hash { return chain.AppOrderHash(o.App) },
			func() *ecdsa.PrivateKey { return m.AppOwner.Key() }, func(o *Orders, s []byte) { o.App.Sign = s }},
		{"dataset", kindDataset, func(o *Orders) any { return o.Dataset }, func(o Orders) common.Hash { return chain.DatasetOrderHash(o.Dataset) },
			func() *ecdsa.PrivateKey { return m.DatasetOwner.Key() }, func(o *Orders, s []byte) { o.Dataset.Sign = s }},
		{"workerpool", kindWorkerpool, func(o *Orders) any { return &o.Workerpool }, func(o Orders) common.Hash { return chain.WorkerpoolOrderHash(o.Workerpool) },
			func() *ecdsa.PrivateKey { return m.PoolOwner.Key() }, func(o *Orders, s []byte) { o.Workerpool.Sign = s }},
		{"request", kindRequest, func(o *Orders) any { return o.Request }, func(o Orders) common.Hash { return chain.RequestOrderHash(o.Request) },
			func() *ecdsa.PrivateKey { return m.Requester.Key() }, func(o *Orders, s []byte) { o.Request.Sign = s }},
	}

	t.Run("domain separator", func(t *testing.T) {
		out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackDomainSeparator())
		if err != nil {
			t.Fatal(err)
		}
		if sep, _ := chain.Hub.UnpackDomainSeparator(out); common.Hash(sep) != d.Separator() {
			t.Errorf("hub domainSeparator %x, Go %s", sep, d.Separator())
		}
		out, err = n.Client.Call(ctx, n.D.Hub, chain.Hub.PackEip712Domain())
		if err != nil {
			t.Fatal(err)
		}
		dom, err := chain.Hub.UnpackEip712Domain(out)
		if err != nil {
			t.Fatal(err)
		}
		if dom.Name != chain.DomainName || dom.Version != chain.DomainVersion || dom.ChainId.Cmp(n.Client.ChainID) != 0 || dom.VerifyingContract != n.D.Hub {
			t.Errorf("eip712Domain() = %+v", dom)
		}
	})

	for _, k := range kinds {
		t.Run(k.name+"/typed data hash", func(t *testing.T) {
			o := rich()
			td, err := d.TypedData(k.order(&o))
			if err != nil {
				t.Fatal(err)
			}
			digest, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if want := d.Digest(k.hash(o)); common.BytesToHash(digest) != want {
				t.Errorf("apitypes digest %x, Domain.Digest %s", digest, want)
			}
			structHash, err := td.HashStruct(td.PrimaryType, td.Message)
			if err != nil {
				t.Fatal(err)
			}
			if common.BytesToHash(structHash) != k.hash(o) {
				t.Errorf("apitypes struct hash %x, Go %s", structHash, k.hash(o))
			}
		})
	}

	t.Run("orders signed by a wallet match", func(t *testing.T) {
		o := rich()
		for _, k := range kinds {
			td, err := d.TypedData(k.order(&o))
			if err != nil {
				t.Fatal(err)
			}
			k.set(&o, walletSign(t, k.key(), td))
		}
		dl := mustMatch(t, n, m.Requester, o)
		if dl.Deal.Trust.Int64() != 7 {
			t.Errorf("deal trust %s", dl.Deal.Trust)
		}
		t.Run("replayed", func(t *testing.T) {
			_, _, err := n.Match(ctx, m.Requester, o)
			wantRevert(t, err, "OrderConsumed", map[string]any{"kind": kindApp, "orderHash": chain.AppOrderHash(o.App)})
		})
	})

	// A signature for another chain, or for another deployment on this chain, is refused.
	elsewhere := []struct {
		name   string
		domain chain.Domain
	}{
		{"chain 1", chain.Domain{ChainID: big.NewInt(1), Hub: n.D.Hub}},
		{"another hub", chain.Domain{ChainID: n.Client.ChainID, Hub: n.D.OrderDesk}},
	}
	for _, e := range elsewhere {
		for _, k := range kinds {
			t.Run(k.name+"/signed for "+e.name, func(t *testing.T) {
				o := signed(n, m, terms, nil)
				sig, err := e.domain.Sign(k.key(), k.hash(o))
				if err != nil {
					t.Fatal(err)
				}
				k.set(&o, sig)
				_, _, err = n.Match(ctx, m.Requester, o)
				wantRevert(t, err, "BadOrderSignature", map[string]any{"kind": k.kind, "orderHash": k.hash(o)})
			})
		}
	}
}
