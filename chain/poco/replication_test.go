package poco

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain/bindings"
)

func TestReplicasNeeded(t *testing.T) {
	fresh := big.NewInt(2) // weight of a worker with score < 9
	veteran := Weight(big.NewInt(300))
	h := func(s string) common.Hash { return common.BytesToHash([]byte(s)) }
	state := func(results ...string) bindings.TaskState {
		s := EmptyState()
		for i, r := range results {
			AddContribution(&s, common.BigToAddress(big.NewInt(int64(i+1))), h(r), h("seal"+r), fresh)
		}
		return s
	}
	cases := []struct {
		name    string
		state   bindings.TaskState
		pending []*big.Int
		next    *big.Int
		trust   int64
		want    int
	}{
		// PROTOCOL §7: fresh agreeing workers need 1 at trust 1 or 2, 3 at trust 5, 7 at trust 100.
		{"trust 1", EmptyState(), nil, fresh, 1, 1},
		{"trust 2", EmptyState(), nil, fresh, 2, 1},
		{"trust 5", EmptyState(), nil, fresh, 5, 3},
		{"trust 100", EmptyState(), nil, fresh, 100, 7},
		{"trust 5, two pending", EmptyState(), []*big.Int{fresh, fresh}, fresh, 5, 1},
		{"trust 5, three pending: none more (never over-provision)", EmptyState(), []*big.Int{fresh, fresh, fresh}, fresh, 5, 0},
		{"trust 5, one agreeing result in", state("a"), nil, fresh, 5, 2},
		{"trust 5, a wrong result costs more (never starve)", state("a", "b"), nil, fresh, 5, 3},
		{"veterans need fewer", EmptyState(), nil, veteran, 5, 1},
		{"trust 1000 with veterans", EmptyState(), nil, veteran, 1000, 2},
		{"capped by the contribution limit", EmptyState(), nil, fresh, 1 << 32, MaxContributions},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ReplicasNeeded(tc.state, tc.pending, tc.next, big.NewInt(tc.trust))
			if got != tc.want {
				t.Fatalf("ReplicasNeeded = %d, want %d", got, tc.want)
			}
		})
	}

	// Whatever it answers, adding that many agreeing contributions does reach consensus, and one
	// fewer does not: the answer is exact, not just enough.
	for _, trust := range []int64{1, 2, 3, 5, 10, 100, 1000} {
		s := EmptyState()
		n := ReplicasNeeded(s, nil, fresh, big.NewInt(trust))
		reached := false
		for i := range n {
			var err error
			reached, err = Contribute(&s, common.BigToAddress(big.NewInt(int64(i+1))), h("x"), h("s"), fresh, big.NewInt(trust), 100, 0)
			if err != nil {
				t.Fatal(err)
			}
			if reached && i < n-1 {
				t.Fatalf("trust %d: consensus after %d of %d replicas: over-provisioned", trust, i+1, n)
			}
		}
		if !reached {
			t.Fatalf("trust %d: %d replicas did not reach consensus", trust, n)
		}
	}
}

func TestReplicasNeededAfterConsensus(t *testing.T) {
	s := EmptyState()
	if _, err := Contribute(&s, common.Address{1}, common.Hash{1}, common.Hash{2}, big.NewInt(2), big.NewInt(1), 100, 0); err != nil {
		t.Fatal(err)
	}
	if got := ReplicasNeeded(s, nil, big.NewInt(2), big.NewInt(1)); got != 0 {
		t.Fatalf("after consensus: %d", got)
	}
}
