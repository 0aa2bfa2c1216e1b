package market

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"

	"ergon/api"
	"ergon/chain"
)

// Protocol constants the book mirrors (contracts/src/hub/HubBase.sol).
const (
	// stakeRatio is WORKERPOOL_STAKE_RATIO: a pool owner stakes this percent of its price per task.
	stakeRatio = 30
	// maxTrust is MAX_TRUST: no deal has a higher trust.
	maxTrust = 1 << 32
)

// teeBit is tag bit 0 (TAG_TEE).
var teeBit = common.Hash{31: 1}

// Publication rules. An order enters the book when all of these hold, checked in this order
// (each failure is a *RejectError with its own code):
//
//   - it decodes strictly and, when the client names the domain it signed for, that is the
//     market's (ErrWrongDomain);
//   - its fields are in range: volume 1…2^64-1, a request's trust at most MAX_TRUST, its
//     params valid UTF-8 of at most api.MaxParamsSize bytes (ErrMalformed). What params
//     say is between the requester and the workerpool (Ergon's workers read them with
//     api.ParseParams); the market does not judge it;
//   - it was never published here (ErrAlreadyPublished: a hash is published once);
//   - its category exists (ErrUnknownCategory);
//   - its asset is registered — for a request, its app and the dataset and workerpool it
//     names (ErrUnknownAsset);
//   - it is signed by the asset's current owner (the requester for a request): a 65-byte
//     ECDSA signature, an ERC-1271 signature of an owner contract, or an empty signature
//     with presigner(hash) == owner, exactly what the hub accepts (ErrBadSignature);
//   - its owner has fewer than Config.MaxOpenPerOwner open orders (ErrOwnerLimit);
//   - the chain has volume left for it: consumed(hash) < volume (ErrCancelled, ErrConsumed);
//   - its owner can pay (ErrInsufficientBalance): a requester's free balance covers the
//     request's whole remaining volume at its max prices, (appmaxprice + datasetmaxprice +
//     workerpoolmaxprice) × remaining, the most a deal of it can lock; a pool owner's free
//     balance covers the stake of one task, workerpoolprice × 30 / 100. Balances are not
//     reserved: each order is judged alone. Afterwards the follower keeps an order listed
//     while its owner can pay for one task (Record.UnitCost), since smaller deals remain
//     possible; matching checks the whole deal.

// draft is an order being validated, with what its checks learned.
type draft struct {
	order api.Order
	rec   *Record
	// hash is the EIP-712 struct hash; volume the signed volume.
	hash   common.Hash
	volume *big.Int
	sign   []byte
	// balance is the owner's free balance, when it was read.
	balance *big.Int
}

// newDraft checks what needs no chain and fills the record but for Owner and Remaining.
func newDraft(o api.Order) (*draft, error) {
	d := &draft{order: o}
	r := &Record{}
	d.rec = r
	var volume, category, trust *api.Uint256
	switch o.Kind {
	case api.KindApp:
		a := o.App
		r.Kind, r.Asset, r.Price, r.Tag = KindApp, a.App, a.AppPrice.Big(), a.Tag
		r.DatasetRestrict, r.WorkerpoolRestrict, r.RequesterRestrict = a.DatasetRestrict, a.WorkerpoolRestrict, a.RequesterRestrict
		r.UnitCost = new(big.Int)
		d.hash, d.sign, volume = chain.AppOrderHash(a.Bindings()), a.Sign, a.Volume
		if a.App == (common.Address{}) {
			return nil, rejectField(ErrUnknownAsset, "order.app", "no app: an app order sells a registered app")
		}
	case api.KindDataset:
		ds := o.Dataset
		r.Kind, r.Asset, r.Price, r.Tag = KindDataset, ds.Dataset, ds.DatasetPrice.Big(), ds.Tag
		r.AppRestrict, r.WorkerpoolRestrict, r.RequesterRestrict = ds.AppRestrict, ds.WorkerpoolRestrict, ds.RequesterRestrict
		r.UnitCost = new(big.Int)
		d.hash, d.sign, volume = chain.DatasetOrderHash(ds.Bindings()), ds.Sign, ds.Volume
		if ds.Dataset == (common.Address{}) {
			return nil, rejectField(ErrUnknownAsset, "order.dataset", "no dataset: a dataset order sells a registered dataset")
		}
	case api.KindWorkerpool:
		w := o.Workerpool
		r.Kind, r.Asset, r.Price, r.Tag = KindWorkerpool, w.Workerpool, w.WorkerpoolPrice.Big(), w.Tag
		r.AppRestrict, r.DatasetRestrict, r.RequesterRestrict = w.AppRestrict, w.DatasetRestrict, w.RequesterRestrict
		r.UnitCost = stakePerTask(r.Price)
		d.hash, d.sign, volume, category, trust = chain.WorkerpoolOrderHash(w.Bindings()), w.Sign, w.Volume, w.Category, w.Trust
		if w.Workerpool == (common.Address{}) {
			return nil, rejectField(ErrUnknownAsset, "order.workerpool", "no workerpool: a workerpool order sells a registered workerpool")
		}
		// A trust above 2^64-1 accepts every request as 2^64-1 does (requests stop at MAX_TRUST).
		if t := trust.Big(); !t.IsUint64() {
			trust = api.Uint64(^uint64(0))
		}
	case api.KindRequest:
		q := o.Request
		r.Kind, r.Asset, r.Tag = KindRequest, q.App, q.Tag
		r.Dataset, r.Workerpool = q.Dataset, q.Workerpool
		r.Price = requestPrice(q.AppMaxPrice.Big(), q.DatasetMaxPrice.Big(), q.WorkerpoolMaxPrice.Big())
		r.UnitCost = new(big.Int).Set(r.Price)
		d.hash, d.sign, volume, category, trust = chain.RequestOrderHash(q.Bindings()), q.Sign, q.Volume, q.Category, q.Trust
		if q.App == (common.Address{}) {
			return nil, rejectField(ErrUnknownAsset, "order.app", "no app: a request names the app it runs")
		}
		if q.Requester == (common.Address{}) {
			return nil, rejectField(ErrMalformed, "order.requester", "no requester: a request is signed by the account that pays for it")
		}
		if t := trust.Big(); t.Cmp(big.NewInt(maxTrust)) > 0 {
			return nil, rejectField(ErrMalformed, "order.trust", "%s is above the hub's MAX_TRUST (2^32): no workerpool can match it", t)
		}
	default:
		return nil, rejectField(ErrMalformed, "order.kind", "unknown kind %q", o.Kind)
	}
	d.volume = volume.Big()
	if d.volume.Sign() == 0 {
		return nil, rejectField(ErrMalformed, "order.volume", "0: an order offers at least one task")
	}
	if !d.volume.IsUint64() {
		return nil, rejectField(ErrMalformed, "order.volume", "%s is out of range: this market takes volumes up to 2^64-1", d.volume)
	}
	r.Volume = d.volume.Uint64()
	if category != nil {
		c := category.Big()
		if !c.IsUint64() {
			return nil, rejectField(ErrUnknownCategory, "order.category", "category %s does not exist (GET /v1/categories)", c)
		}
		r.Category = c.Uint64()
	}
	if trust != nil {
		r.Trust = trust.Big().Uint64()
	}
	b, err := marshalJSON(o)
	if err != nil {
		return nil, rejectField(ErrMalformed, "order", "%v", err)
	}
	r.Order, r.Hash = bytes.TrimSuffix(b, []byte{'\n'}), d.hash
	return d, nil
}

// stakePerTask is what the pool owner locks per task of a deal at price (integer division
// first, as the hub computes it).
func stakePerTask(price *big.Int) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(stakeRatio)), big.NewInt(100))
}

// requestPrice is the most a request pays per task, capped at 2^256-1 (a request whose sum
// overflows still matches cheaper orders; the cap only orders it).
func requestPrice(parts ...*big.Int) *big.Int {
	sum := new(big.Int)
	for _, p := range parts {
		sum.Add(sum, p)
	}
	if sum.Cmp(math.MaxBig256) > 0 {
		sum.Set(math.MaxBig256)
	}
	return sum
}

// validate runs the publication rules on req; the draft returned is ready for the book but
// for the owner limit, which Publish checks under the owner's lock, just before storing.
func (m *Market) validate(ctx context.Context, req api.PublishRequest) (*draft, error) {
	if req.Domain != nil && (req.Domain.ChainID != m.domain.ChainID.Uint64() || req.Domain.Hub != m.domain.Hub) {
		return nil, rejectField(ErrWrongDomain, "domain", "the order was signed for chain %d, hub %s, but this market serves chain %d, hub %s: sign it for this market's domain (GET /v1/health)",
			req.Domain.ChainID, req.Domain.Hub.Hex(), m.domain.ChainID, m.domain.Hub.Hex())
	}
	d, err := newDraft(req.Order)
	if err != nil {
		return nil, err
	}
	r := d.rec
	if old, err := m.store.Get(ctx, d.hash); err == nil {
		return nil, reject(ErrAlreadyPublished, "order %s was already published (now %s): an order is published once; to offer it again, sign a new one with another salt",
			d.hash.Hex(), statusName(old.Status))
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if r.Kind == KindWorkerpool || r.Kind == KindRequest {
		if err := m.checkCategory(ctx, r.Category); err != nil {
			return nil, err
		}
	}
	if err := m.checkOwner(ctx, d, req.Domain != nil); err != nil {
		return nil, err
	}
	consumed, err := m.chain.consumed(ctx, d.hash)
	if err != nil {
		return nil, err
	}
	if consumed.Cmp(d.volume) >= 0 {
		cancelled, err := m.chain.cancelled(ctx, d.hash)
		if err != nil {
			// Some nodes refuse logs over a long range: say what is certain.
			m.log.Debug("look for the order's cancellation", "hash", d.hash, "err", err)
			return nil, reject(ErrConsumed, "order %s has no volume left on-chain (used by deals, or cancelled): sign a new one", d.hash.Hex())
		}
		if cancelled {
			return nil, reject(ErrCancelled, "order %s was cancelled on-chain by its owner: it can never match; sign a new one", d.hash.Hex())
		}
		return nil, reject(ErrConsumed, "deals already used the whole volume (%s) of order %s: sign a new one", d.volume, d.hash.Hex())
	}
	r.Remaining = new(big.Int).Sub(d.volume, consumed).Uint64()
	return d, m.checkFunds(ctx, d)
}

func (m *Market) checkCategory(ctx context.Context, id uint64) error {
	cats, err := m.categoriesFor(ctx, id)
	if err != nil {
		return err
	}
	if id >= uint64(len(cats)) {
		return rejectField(ErrUnknownCategory, "order.category", "category %d does not exist: the hub has categories 0…%d (GET /v1/categories)", id, len(cats)-1)
	}
	return nil
}

// checkOwner finds the order's owner, checks the assets it names are registered and that
// the owner signed it.
func (m *Market) checkOwner(ctx context.Context, d *draft, domainGiven bool) error {
	r := d.rec
	assetOwner := func(k Kind, asset common.Address, field string, fresh bool) (common.Address, error) {
		owner, err := m.assetOwner(ctx, k, asset, fresh)
		if err != nil {
			return common.Address{}, err
		}
		if owner == (common.Address{}) {
			return owner, rejectField(ErrUnknownAsset, field, "the %s %s is not registered: register it first, or check the address", kindName(k), asset.Hex())
		}
		return owner, nil
	}
	var err error
	switch r.Kind {
	case KindRequest:
		q := d.order.Request
		r.Owner = q.Requester
		if _, err = assetOwner(KindApp, q.App, "order.app", false); err != nil {
			return err
		}
		if q.Dataset != (common.Address{}) {
			if _, err = assetOwner(KindDataset, q.Dataset, "order.dataset", false); err != nil {
				return err
			}
		}
		if q.Workerpool != (common.Address{}) {
			if _, err = assetOwner(KindWorkerpool, q.Workerpool, "order.workerpool", false); err != nil {
				return err
			}
		}
	default:
		if r.Owner, err = assetOwner(r.Kind, r.Asset, "order."+kindName(r.Kind), false); err != nil {
			return err
		}
	}
	ok, signer, err := m.signedBy(ctx, d, r.Owner)
	if err != nil || ok {
		return err
	}
	if r.Kind != KindRequest {
		// The asset may have changed hands since the owner was cached.
		owner, err := assetOwner(r.Kind, r.Asset, "order."+kindName(r.Kind), true)
		if err != nil {
			return err
		}
		if owner != r.Owner {
			r.Owner = owner
			if ok, signer, err = m.signedBy(ctx, d, owner); err != nil || ok {
				return err
			}
		}
	}
	what := "the " + kindName(r.Kind) + "'s owner"
	if r.Kind == KindRequest {
		what = "the requester"
	}
	if len(d.sign) == 0 {
		if signer == (common.Address{}) {
			return rejectField(ErrBadSignature, "order.sign", "empty: an unsigned order must be presigned on-chain by %s %s, and it is not: sign it, or presign it first",
				what, r.Owner.Hex())
		}
		return rejectField(ErrBadSignature, "order.sign", "empty, and the order was presigned by %s, who is not %s %s (the asset changed hands?): sign or presign it again",
			signer.Hex(), what, r.Owner.Hex())
	}
	if signer == (common.Address{}) {
		return rejectField(ErrBadSignature, "order.sign", "not a valid signature of %s %s: want 65 bytes [R‖S‖V], V 27 or 28, S in the lower half of the curve order (what eth_signTypedData_v4 gives)",
			what, r.Owner.Hex())
	}
	msg := fmt.Sprintf("the signature recovers to %s, which is not %s %s: sign the order with the owner's key. An altered or forged order, or one signed for another chain or hub, also recovers to a wrong address; this market's EIP-712 domain is name %q, version %q, chain %d, hub %s",
		signer.Hex(), what, r.Owner.Hex(), chain.DomainName, chain.DomainVersion, m.domain.ChainID, m.domain.Hub.Hex())
	if !domainGiven {
		msg += " (publish with the domain you signed for to have it compared)"
	}
	return rejectField(ErrBadSignature, "order.sign", "%s", msg)
}

// signedBy reports whether owner signed the draft, as the hub's _checkSigned decides. When
// it did not, signer is who the signature recovers to (who presigned it, for an empty one;
// zero when nobody or the signature is malformed).
func (m *Market) signedBy(ctx context.Context, d *draft, owner common.Address) (ok bool, signer common.Address, err error) {
	if owner == (common.Address{}) {
		return false, common.Address{}, nil
	}
	if len(d.sign) == 0 {
		p, err := m.chain.presigner(ctx, d.hash)
		if err != nil {
			return false, common.Address{}, err
		}
		return p == owner, p, nil
	}
	digest := m.domain.Digest(d.hash)
	if len(d.sign) == 65 {
		if s, err := chain.Recover(digest, d.sign); err == nil {
			if s == owner {
				return true, s, nil
			}
			signer = s
		}
	}
	ok, err = m.chain.erc1271(ctx, owner, digest, d.sign)
	return ok, signer, err
}

// checkFunds applies the balance rule (see the publication rules above).
func (m *Market) checkFunds(ctx context.Context, d *draft) error {
	r := d.rec
	if r.UnitCost.Sign() == 0 {
		return nil
	}
	need := new(big.Int).Set(r.UnitCost)
	what := fmt.Sprintf("the stake of one task (30%% of the price %s)", r.Price)
	if r.Kind == KindRequest {
		need.Mul(need, new(big.Int).SetUint64(r.Remaining))
		what = fmt.Sprintf("its max prices %s per task × %d tasks", r.Price, r.Remaining)
	}
	bal, cached := m.cachedBalance(r.Owner)
	if !cached || bal.Cmp(need) < 0 {
		var err error
		if bal, err = m.refreshBalance(ctx, r.Owner); err != nil {
			return err
		}
	}
	d.balance = bal
	if bal.Cmp(need) >= 0 {
		return nil
	}
	hint := "deposit at least %s more (ergon account deposit)"
	if r.Kind == KindRequest {
		hint += ", or publish a smaller volume"
	}
	return reject(ErrInsufficientBalance, "%s has %s free in the hub but the order needs %s, %s: "+hint,
		r.Owner.Hex(), bal, need, what, new(big.Int).Sub(need, bal))
}

func kindName(k Kind) string {
	switch k {
	case KindApp:
		return api.KindApp
	case KindDataset:
		return api.KindDataset
	case KindWorkerpool:
		return api.KindWorkerpool
	case KindRequest:
		return api.KindRequest
	}
	return fmt.Sprintf("kind %d", k)
}

func kindOf(s string) (Kind, bool) {
	switch s {
	case api.KindApp:
		return KindApp, true
	case api.KindDataset:
		return KindDataset, true
	case api.KindWorkerpool:
		return KindWorkerpool, true
	case api.KindRequest:
		return KindRequest, true
	}
	return 0, false
}

func statusName(s Status) string {
	switch s {
	case StatusOpen:
		return api.StatusOpen
	case StatusFilled:
		return api.StatusFilled
	case StatusCancelled:
		return api.StatusCancelled
	case StatusUnpublished:
		return api.StatusUnpublished
	}
	return fmt.Sprintf("status %d", s)
}
