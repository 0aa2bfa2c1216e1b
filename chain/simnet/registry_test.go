package simnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"ergon/chain"
	"ergon/chain/bindings"
)

func tokenID(asset common.Address) *big.Int { return new(big.Int).SetBytes(asset.Bytes()) }

// TestRegistries creates assets in the three registries: the address predicted before is the
// one created, and each malformed or repeated creation fails with its own error.
func TestRegistries(t *testing.T) {
	ctx, n := newNet(t)
	owner, other := n.Actor(), n.Actor()
	sum := crypto.Keccak256Hash([]byte("module"))

	type app struct {
		name, location string
		kind           uint8
		checksum       common.Hash
		mrenclave      []byte
	}
	good := app{"echo", "ergon://" + sum.Hex()[2:], 0, sum, []byte{}}
	appCases := []struct {
		name string
		a    app
		want string
		args map[string]any
	}{
		{name: "wasm", a: good},
		{name: "docker with enclave", a: app{"echo", "docker:echo@sha256:" + sum.Hex()[2:], 1, sum, []byte{1, 2, 3}}},
		{name: "duplicate", a: good, want: "AlreadyRegistered"},
		{name: "empty name", a: app{"", good.location, 0, sum, nil}, want: "EmptyField", args: map[string]any{"field": "name"}},
		{name: "empty location", a: app{"echo", "", 0, sum, nil}, want: "EmptyField", args: map[string]any{"field": "location"}},
		{name: "kind 2", a: app{"echo", good.location, 2, sum, nil}, want: "UnknownKind", args: map[string]any{"kind": 2}},
		{name: "zero checksum", a: app{"echo", good.location, 0, common.Hash{}, nil}, want: "ZeroChecksum"},
	}
	for _, c := range appCases {
		t.Run("app/"+c.name, func(t *testing.T) {
			out, err := n.Client.Call(ctx, n.D.AppRegistry, chain.Apps.PackPredictApp(owner.Address(), c.a.name, c.a.kind, c.a.location, c.a.checksum, c.a.mrenclave))
			if err != nil {
				t.Fatal(err)
			}
			predicted, _ := chain.Apps.UnpackPredictApp(out)
			r, err := other.Transact(ctx, n.D.AppRegistry, chain.Apps.PackCreateApp(owner.Address(), c.a.name, c.a.kind, c.a.location, c.a.checksum, c.a.mrenclave))
			if c.want != "" {
				if c.want == "AlreadyRegistered" {
					c.args = map[string]any{"asset": predicted}
				}
				wantRevert(t, err, c.want, c.args)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			evs := events(r, n.D.AppRegistry, chain.Apps.UnpackAppCreatedEvent)
			if len(evs) != 1 || evs[0].App != predicted || evs[0].Owner != owner.Address() || evs[0].Name != c.a.name || evs[0].Kind != c.a.kind {
				t.Fatalf("AppCreated %+v, want app %s of %s", evs, predicted, owner.Address())
			}
			out, err = n.Client.Call(ctx, n.D.AppRegistry, chain.Apps.PackAppInfo(predicted))
			if err != nil {
				t.Fatal(err)
			}
			info, _ := chain.Apps.UnpackAppInfo(out)
			if info.Name != c.a.name || info.Kind != c.a.kind || info.Location != c.a.location || common.Hash(info.Checksum) != c.a.checksum || string(info.Mrenclave) != string(c.a.mrenclave) {
				t.Errorf("appInfo %+v", info)
			}
			wantOwner(t, n, n.D.AppRegistry, predicted, owner.Address())
		})
	}
	t.Run("app/unknown info", func(t *testing.T) {
		_, err := n.Client.Call(ctx, n.D.AppRegistry, chain.Apps.PackAppInfo(nowhere))
		wantRevert(t, err, "UnknownAsset", map[string]any{"asset": nowhere})
	})

	type dataset struct {
		name, location string
		checksum       common.Hash
	}
	dsCases := []struct {
		name string
		d    dataset
		want string
		args map[string]any
	}{
		{name: "created", d: dataset{"mnist", "ipfs://Qm", sum}},
		{name: "duplicate", d: dataset{"mnist", "ipfs://Qm", sum}, want: "AlreadyRegistered"},
		{name: "empty name", d: dataset{"", "ipfs://Qm", sum}, want: "EmptyField", args: map[string]any{"field": "name"}},
		{name: "empty location", d: dataset{"mnist", "", sum}, want: "EmptyField", args: map[string]any{"field": "location"}},
		{name: "zero checksum", d: dataset{"mnist", "ipfs://Qm", common.Hash{}}, want: "ZeroChecksum"},
	}
	for _, c := range dsCases {
		t.Run("dataset/"+c.name, func(t *testing.T) {
			out, err := n.Client.Call(ctx, n.D.DatasetRegistry, chain.Datasets.PackPredictDataset(owner.Address(), c.d.name, c.d.location, c.d.checksum))
			if err != nil {
				t.Fatal(err)
			}
			predicted, _ := chain.Datasets.UnpackPredictDataset(out)
			r, err := other.Transact(ctx, n.D.DatasetRegistry, chain.Datasets.PackCreateDataset(owner.Address(), c.d.name, c.d.location, c.d.checksum))
			if c.want != "" {
				if c.want == "AlreadyRegistered" {
					c.args = map[string]any{"asset": predicted}
				}
				wantRevert(t, err, c.want, c.args)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			evs := events(r, n.D.DatasetRegistry, chain.Datasets.UnpackDatasetCreatedEvent)
			if len(evs) != 1 || evs[0].Dataset != predicted || evs[0].Owner != owner.Address() || common.Hash(evs[0].Checksum) != c.d.checksum {
				t.Fatalf("DatasetCreated %+v, want dataset %s of %s", evs, predicted, owner.Address())
			}
			wantOwner(t, n, n.D.DatasetRegistry, predicted, owner.Address())
		})
	}

	poolCases := []struct {
		name, description string
		want              string
		args              map[string]any
	}{
		{name: "created", description: "gpu farm"},
		{name: "duplicate", description: "gpu farm", want: "AlreadyRegistered"},
		{name: "empty description", description: "", want: "EmptyField", args: map[string]any{"field": "description"}},
	}
	for _, c := range poolCases {
		t.Run("workerpool/"+c.name, func(t *testing.T) {
			out, err := n.Client.Call(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackPredictWorkerpool(owner.Address(), c.description))
			if err != nil {
				t.Fatal(err)
			}
			predicted, _ := chain.Pools.UnpackPredictWorkerpool(out)
			r, err := other.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackCreateWorkerpool(owner.Address(), c.description, "https://farm.example"))
			if c.want != "" {
				if c.want == "AlreadyRegistered" {
					c.args = map[string]any{"asset": predicted}
				}
				wantRevert(t, err, c.want, c.args)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			evs := events(r, n.D.WorkerpoolRegistry, chain.Pools.UnpackWorkerpoolCreatedEvent)
			if len(evs) != 1 || evs[0].Workerpool != predicted || evs[0].Owner != owner.Address() || evs[0].Api != "https://farm.example" {
				t.Fatalf("WorkerpoolCreated %+v, want pool %s of %s", evs, predicted, owner.Address())
			}
			wantOwner(t, n, n.D.WorkerpoolRegistry, predicted, owner.Address())
			p := policyOf(t, n, predicted)
			if p.Scheduler != owner.Address() || p.WorkerStakeRatio.Int64() != 30 || p.SchedulerRewardRatio.Int64() != 1 {
				t.Errorf("default policy %+v, want the owner scheduling, 30 %%, 1 %%", p)
			}
		})
	}
}

func wantOwner(t *testing.T, n *Network, registry, asset, owner common.Address) {
	t.Helper()
	out, err := n.Client.Call(t.Context(), registry, chain.Apps.PackOwnerOfAsset(asset))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := chain.Apps.UnpackOwnerOfAsset(out); got != owner {
		t.Errorf("ownerOfAsset(%s) = %s, want %s", asset, got, owner)
	}
}

func policyOf(t *testing.T, n *Network, pool common.Address) bindings.PolicyOfOutput {
	t.Helper()
	out, err := n.Client.Call(t.Context(), n.D.WorkerpoolRegistry, chain.Pools.PackPolicyOf(pool))
	if err != nil {
		t.Fatal(err)
	}
	p, err := chain.Pools.UnpackPolicyOf(out)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWorkerpoolPolicy: the owner sets the stake and reward ratios and the scheduler key; a
// transfer of the pool hands scheduling to the new owner; deals keep the values of their match.
func TestWorkerpoolPolicy(t *testing.T) {
	ctx, n := newNet(t)
	m := newMarket(t, n, false)
	owner, stranger, scheduler, heir := m.PoolOwner, n.Actor(), n.Actor(), n.Actor()
	terms := Terms{AppPrice: 5, WorkerpoolPrice: 200, Volume: 1, Trust: 1}

	before := mustMatch(t, n, m.Requester, signed(n, m, terms, nil))

	t.Run("setPolicy by a non-owner", func(t *testing.T) {
		_, err := stranger.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetPolicy(m.Pool, 50, 10))
		wantRevert(t, err, "NotAssetOwner", map[string]any{"asset": m.Pool, "caller": stranger.Address()})
	})
	t.Run("setPolicy of an unknown pool", func(t *testing.T) {
		_, err := owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetPolicy(nowhere, 50, 10))
		wantRevert(t, err, "UnknownAsset", map[string]any{"asset": nowhere})
	})
	for _, r := range []struct {
		name         string
		stake, sched uint8
	}{{"stake ratio 101", 101, 10}, {"scheduler ratio 101", 50, 101}} {
		t.Run("setPolicy "+r.name, func(t *testing.T) {
			_, err := owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetPolicy(m.Pool, r.stake, r.sched))
			wantRevert(t, err, "RatioTooHigh", map[string]any{"ratio": 101})
		})
	}
	t.Run("setPolicy by the owner", func(t *testing.T) {
		r, err := owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetPolicy(m.Pool, 50, 10))
		if err != nil {
			t.Fatal(err)
		}
		evs := events(r, n.D.WorkerpoolRegistry, chain.Pools.UnpackPolicyUpdatedEvent)
		if len(evs) != 1 || evs[0].Workerpool != m.Pool || evs[0].WorkerStakeRatio != 50 || evs[0].SchedulerRewardRatio != 10 {
			t.Fatalf("PolicyUpdated %+v", evs)
		}
		if p := policyOf(t, n, m.Pool); p.Owner != owner.Address() || p.WorkerStakeRatio.Int64() != 50 || p.SchedulerRewardRatio.Int64() != 10 {
			t.Errorf("policyOf %+v", p)
		}
	})
	t.Run("setScheduler by a non-owner", func(t *testing.T) {
		_, err := stranger.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetScheduler(m.Pool, stranger.Address()))
		wantRevert(t, err, "NotAssetOwner", map[string]any{"asset": m.Pool, "caller": stranger.Address()})
	})
	t.Run("setScheduler by the owner", func(t *testing.T) {
		r, err := owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetScheduler(m.Pool, scheduler.Address()))
		if err != nil {
			t.Fatal(err)
		}
		evs := events(r, n.D.WorkerpoolRegistry, chain.Pools.UnpackSchedulerUpdatedEvent)
		if len(evs) != 1 || evs[0].Scheduler != scheduler.Address() {
			t.Fatalf("SchedulerUpdated %+v", evs)
		}
		if p := policyOf(t, n, m.Pool); p.Owner != owner.Address() || p.Scheduler != scheduler.Address() {
			t.Errorf("policyOf %+v", p)
		}
	})
	t.Run("deals snapshot the policy", func(t *testing.T) {
		after := mustMatch(t, n, m.Requester, signed(n, m, terms, nil))
		if d := before.Deal; d.WorkerStake.Int64() != 60 || d.SchedulerRewardRatio.Int64() != 1 || d.Scheduler != owner.Address() {
			t.Errorf("deal before: stake %s ratio %s scheduler %s, want 60 1 owner", d.WorkerStake, d.SchedulerRewardRatio, d.Scheduler)
		}
		if d := after.Deal; d.WorkerStake.Int64() != 100 || d.SchedulerRewardRatio.Int64() != 10 || d.Scheduler != scheduler.Address() {
			t.Errorf("deal after: stake %s ratio %s scheduler %s, want 100 10 %s", d.WorkerStake, d.SchedulerRewardRatio, d.Scheduler, scheduler.Address())
		}
	})
	t.Run("transfer resets the scheduler", func(t *testing.T) {
		r, err := owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackTransferFrom(owner.Address(), heir.Address(), tokenID(m.Pool)))
		if err != nil {
			t.Fatal(err)
		}
		evs := events(r, n.D.WorkerpoolRegistry, chain.Pools.UnpackSchedulerUpdatedEvent)
		if len(evs) != 1 || evs[0].Scheduler != (common.Address{}) {
			t.Errorf("SchedulerUpdated on transfer %+v, want one to 0x0", evs)
		}
		p := policyOf(t, n, m.Pool)
		if p.Owner != heir.Address() || p.Scheduler != heir.Address() {
			t.Errorf("policyOf after transfer %+v, want %s owning and scheduling", p, heir.Address())
		}
		if p.WorkerStakeRatio.Int64() != 50 || p.SchedulerRewardRatio.Int64() != 10 {
			t.Errorf("ratios after transfer %s %s, want 50 10 (kept)", p.WorkerStakeRatio, p.SchedulerRewardRatio)
		}
		// The former owner lost its rights.
		_, err = owner.Transact(ctx, n.D.WorkerpoolRegistry, chain.Pools.PackSetScheduler(m.Pool, owner.Address()))
		wantRevert(t, err, "NotAssetOwner", map[string]any{"caller": owner.Address()})
	})
}
