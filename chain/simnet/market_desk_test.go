package simnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
)

// orderKind gives uniform access to one kind of order for the presign and cancel tests.
type orderKind struct {
	name  string
	kind  uint8
	owner func(m *Market) *chain.Sender
	hash  func(o Orders) common.Hash
	// unsign clears the order's signature.
	unsign          func(o *Orders)
	presign, cancel func(o Orders) []byte
	// registry holds the asset (nil for requests, which have none).
	registry func(d *chain.Deployment) common.Address
	asset    func(m *Market) common.Address
	volume   func(o Orders) *big.Int
}

var orderKinds = []orderKind{
	{
		name: "app", kind: kindApp,
		owner:    func(m *Market) *chain.Sender { return m.AppOwner },
		hash:     func(o Orders) common.Hash { return chain.AppOrderHash(o.App) },
		unsign:   func(o *Orders) { o.App.Sign = nil },
		presign:  func(o Orders) []byte { return chain.Hub.PackPresignAppOrder(o.App) },
		cancel:   func(o Orders) []byte { return chain.Hub.PackCancelAppOrder(o.App) },
		registry: func(d *chain.Deployment) common.Address { return d.AppRegistry },
		asset:    func(m *Market) common.Address { return m.App },
		volume:   func(o Orders) *big.Int { return o.App.Volume },
	},
	{
		name: "dataset", kind: kindDataset,
		owner:    func(m *Market) *chain.Sender { return m.DatasetOwner },
		hash:     func(o Orders) common.Hash { return chain.DatasetOrderHash(o.Dataset) },
		unsign:   func(o *Orders) { o.Dataset.Sign = nil },
		presign:  func(o Orders) []byte { return chain.Hub.PackPresignDatasetOrder(o.Dataset) },
		cancel:   func(o Orders) []byte { return chain.Hub.PackCancelDatasetOrder(o.Dataset) },
		registry: func(d *chain.Deployment) common.Address { return d.DatasetRegistry },
		asset:    func(m *Market) common.Address { return m.Dataset },
		volume:   func(o Orders) *big.Int { return o.Dataset.Volume },
	},
	{
		name: "workerpool", kind: kindWorkerpool,
		owner:    func(m *Market) *chain.Sender { return m.PoolOwner },
		hash:     func(o Orders) common.Hash { return chain.WorkerpoolOrderHash(o.Workerpool) },
		unsign:   func(o *Orders) { o.Workerpool.Sign = nil },
		presign:  func(o Orders) []byte { return chain.Hub.PackPresignWorkerpoolOrder(o.Workerpool) },
		cancel:   func(o Orders) []byte { return chain.Hub.PackCancelWorkerpoolOrder(o.Workerpool) },
		registry: func(d *chain.Deployment) common.Address { return d.WorkerpoolRegistry },
		asset:    func(m *Market) common.Address { return m.Pool },
		volume:   func(o Orders) *big.Int { return o.Workerpool.Volume },
	},
	{
		name: "request", kind: kindRequest,
		owner:   func(m *Market) *chain.Sender { return m.Requester },
		hash:    func(o Orders) common.Hash { return chain.RequestOrderHash(o.Request) },
		unsign:  func(o *Orders) { o.Request.Sign = nil },
		presign: func(o Orders) []byte { return chain.Hub.PackPresignRequestOrder(o.Request) },
		cancel:  func(o Orders) []byte { return chain.Hub.PackCancelRequestOrder(o.Request) },
		volume:  func(o Orders) *big.Int { return o.Request.Volume },
	},
}

// TestPresignAndCancel goes through the hub, whose fallback delegates to the OrderDesk. The
// events carry the hub's order hashes, which must equal Go's for all four kinds.
func TestPresignAndCancel(t *testing.T) {
	ctx, n := newNet(t)
	m := newMarket(t, n, true)
	stranger := n.Actor()
	terms := Terms{AppPrice: 5, DatasetPrice: 3, WorkerpoolPrice: 100, Volume: 2, Trust: 1}

	for _, k := range orderKinds {
		t.Run(k.name+"/presign", func(t *testing.T) {
			o := signed(n, m, terms, nil)
			k.unsign(&o)
			h, owner := k.hash(o), k.owner(m)
			_, _, err := n.Match(ctx, m.Requester, o)
			wantRevert(t, err, "BadOrderSignature", map[string]any{"kind": k.kind, "orderHash": h, "owner": owner.Address()})

			_, err = n.Hub(ctx, stranger, k.presign(o))
			wantRevert(t, err, "NotOrderOwner", map[string]any{"kind": k.kind, "orderHash": h, "owner": owner.Address(), "caller": stranger.Address()})

			r, err := n.Hub(ctx, owner, k.presign(o))
			if err != nil {
				t.Fatal(err)
			}
			evs := events(r, n.D.Hub, chain.Hub.UnpackOrderPresignedEvent)
			if len(evs) != 1 || evs[0].OrderHash != h || evs[0].Owner != owner.Address() {
				t.Fatalf("OrderPresigned events %+v, want one of hash %s by %s", evs, h, owner.Address())
			}
			out, err := n.Client.Call(ctx, n.D.Hub, chain.Hub.PackPresigner(h))
			if err != nil {
				t.Fatal(err)
			}
			if p, _ := chain.Hub.UnpackPresigner(out); p != owner.Address() {
				t.Errorf("presigner %s, want %s", p, owner.Address())
			}
			mustMatch(t, n, m.Requester, o)
		})
		t.Run(k.name+"/cancel", func(t *testing.T) {
			o := signed(n, m, terms, nil)
			h, owner := k.hash(o), k.owner(m)
			_, err := n.Hub(ctx, stranger, k.cancel(o))
			wantRevert(t, err, "NotOrderOwner", map[string]any{"kind": k.kind, "orderHash": h, "owner": owner.Address(), "caller": stranger.Address()})

			r, err := n.Hub(ctx, owner, k.cancel(o))
			if err != nil {
				t.Fatal(err)
			}
			evs := events(r, n.D.Hub, chain.Hub.UnpackOrderCancelledEvent)
			if len(evs) != 1 || evs[0].OrderHash != h || evs[0].Owner != owner.Address() {
				t.Fatalf("OrderCancelled events %+v, want one of hash %s by %s", evs, h, owner.Address())
			}
			if got := consumed(t, n, h); got != k.volume(o).Int64() {
				t.Errorf("consumed after cancel %d, want the volume %s", got, k.volume(o))
			}
			_, _, err = n.Match(ctx, m.Requester, o)
			wantRevert(t, err, "OrderConsumed", map[string]any{"kind": k.kind, "orderHash": h})
		})
		t.Run(k.name+"/desk called directly", func(t *testing.T) {
			o := signed(n, m, terms, nil)
			_, err := k.owner(m).Transact(ctx, n.D.OrderDesk, k.presign(o))
			wantRevert(t, err, "NotThroughHub", nil)
			_, err = k.owner(m).Transact(ctx, n.D.OrderDesk, k.cancel(o))
			wantRevert(t, err, "NotThroughHub", nil)
		})
		if k.registry == nil {
			continue
		}
		t.Run(k.name+"/presignature lapses on transfer", func(t *testing.T) {
			mk := newMarket(t, n, true)
			o := signed(n, mk, terms, nil)
			k.unsign(&o)
			h, owner := k.hash(o), k.owner(mk)
			if _, err := n.Hub(ctx, owner, k.presign(o)); err != nil {
				t.Fatal(err)
			}
			heir := n.Actor()
			if err := n.Deposit(ctx, heir, Funds); err != nil { // to stake, if it is a pool
				t.Fatal(err)
			}
			asset := k.asset(mk)
			// The three registries share ERC-721's transferFrom.
			if _, err := owner.Transact(ctx, k.registry(n.D), chain.Apps.PackTransferFrom(owner.Address(), heir.Address(), new(big.Int).SetBytes(asset.Bytes()))); err != nil {
				t.Fatal(err)
			}
			_, _, err := n.Match(ctx, mk.Requester, o)
			wantRevert(t, err, "BadOrderSignature", map[string]any{"kind": k.kind, "orderHash": h, "owner": heir.Address()})

			// The former owner can no longer presign; the new one can.
			_, err = n.Hub(ctx, owner, k.presign(o))
			wantRevert(t, err, "NotOrderOwner", map[string]any{"owner": heir.Address(), "caller": owner.Address()})
			if _, err := n.Hub(ctx, heir, k.presign(o)); err != nil {
				t.Fatal(err)
			}
			mustMatch(t, n, mk.Requester, o)
		})
	}
}
