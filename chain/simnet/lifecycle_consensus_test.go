package simnet

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"ergon/chain"
	"ergon/chain/poco"
)

// TestConsensus runs the cases of PROTOCOL.md §7 on the hub, contribution by contribution,
// alternating the worker's own contribute and the scheduler's relayed contributeBatch: after
// each one the hub's status is the one poco.Contribute predicts, the state rebuilt from the
// chain is poco's, and TaskConsensus comes exactly when poco says consensus is reached.
func TestConsensus(t *testing.T) {
	l := newLife(t)
	f := l.workers(t, 8)
	h := l.workers(t, 5)
	// Score 12 (weight 3) for the five h workers: 30 agreeing pairs, each worker in 12.
	var pairs [][2]*chain.Sender
	for i := range 30 {
		pairs = append(pairs, [2]*chain.Sender{h[i%5], h[(i+1)%5]})
	}
	l.train(t, pairs)
	for _, w := range h {
		if s := l.score(t, w.Address()); s.Int64() != 12 || poco.Weight(s).Int64() != 3 {
			t.Fatalf("trained score %s", s)
		}
	}

	type step struct {
		w      *chain.Sender
		digest common.Hash
	}
	R := func(ws ...*chain.Sender) []step {
		var out []step
		for _, w := range ws {
			out = append(out, step{w, right})
		}
		return out
	}
	W := func(w *chain.Sender) step { return step{w, wrong} }
	cat := func(parts ...[]step) []step {
		var out []step
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	cases := []struct {
		name  string
		trust int64
		steps []step // the last one reaches consensus
		// winners are the contributors on the consensus
		winners []*chain.Sender
	}{
		{"trust 1, fresh", 1, R(f[0]), []*chain.Sender{f[0]}},
		{"trust 2, fresh", 2, R(f[0]), []*chain.Sender{f[0]}},
		{"trust 5, fresh", 5, R(f[0], f[1], f[2]), []*chain.Sender{f[0], f[1], f[2]}},
		{"trust 100, fresh", 100, R(f[0], f[1], f[2], f[3], f[4], f[5], f[6]), []*chain.Sender{f[0], f[1], f[2], f[3], f[4], f[5], f[6]}},
		{"trust 5, one wrong", 5, cat(R(f[0], f[1]), []step{W(f[2])}, R(f[3], f[4])), []*chain.Sender{f[0], f[1], f[3], f[4]}},
		{"trust 3, one wrong", 3, cat(R(f[0]), []step{W(f[2])}, R(f[1], f[3])), []*chain.Sender{f[0], f[1], f[3]}},
		{"trust 5, two colluders", 5, cat(R(f[0]), []step{W(f[1]), W(f[2])}, R(f[3], f[4], f[5], f[6])), []*chain.Sender{f[0], f[3], f[4], f[5], f[6]}},
		{"trust 3, colluders first", 3, []step{W(f[0]), W(f[1])}, []*chain.Sender{f[0], f[1]}},
		{"trust 5, weight 3", 5, R(h[0], h[1]), []*chain.Sender{h[0], h[1]}},
		{"trust 100, weight 3", 100, R(h[0], h[1], h[2], h[3], h[4]), []*chain.Sender{h[0], h[1], h[2], h[3], h[4]}},
		{"trust 100, mixed weights", 100, R(h[0], h[1], f[0], f[1], f[2], f[3]), []*chain.Sender{h[0], h[1], f[0], f[1], f[2], f[3]}},
		{"trust 5, a credible wrong worker", 5, cat([]step{W(h[0])}, R(f[0], f[1], f[2], f[3], f[4])), []*chain.Sender{f[0], f[1], f[2], f[3], f[4]}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := l.deal(t, l.terms(c.trust), nil)
			tid := d.TaskID(0)
			mirror := poco.EmptyState()
			for i, st := range c.steps {
				weight := poco.Weight(l.score(t, st.w.Address()))
				var r sent
				if i%2 == 0 {
					r = l.relay(t, d, 0, l.state(t, d, 0), []*chain.Sender{st.w}, st.digest)
				} else {
					r = l.contribute(t, st.w, d, 0, l.state(t, d, 0), st.digest)
				}
				rc := r.ok(t)
				now := l.blockTime(t, rc)
				reached, err := poco.Contribute(&mirror, st.w.Address(), poco.ResultHash(tid, st.digest), poco.ResultSeal(st.w.Address(), tid, st.digest),
					weight, d.Deal.Trust, d.Deal.TimeRef.Uint64(), now)
				if err != nil {
					t.Fatalf("step %d: poco: %v", i, err)
				}
				if last := i == len(c.steps)-1; reached != last {
					t.Fatalf("step %d: poco says consensus %v", i, reached)
				}
				if got, want := l.status(t, d, 0), poco.StatusOf(mirror); got != want {
					t.Fatalf("step %d: status %s, poco %s", i, got, want)
				}
				if diff := stateDiff(l.state(t, d, 0), mirror); diff != "" {
					t.Fatalf("step %d: state %s", i, diff)
				}
				ev := events(rc, l.n.D.Hub, chain.Hub.UnpackTaskConsensusEvent)
				if (len(ev) == 1) != reached || (reached && ev[0].RevealDeadline.Uint64() != now+2*timeRef) {
					t.Fatalf("step %d: %d TaskConsensus events, consensus %v", i, len(ev), reached)
				}
			}
			winners, _ := poco.Winners(mirror)
			if winners != len(c.winners) {
				t.Errorf("%d winners, want %d", winners, len(c.winners))
			}
			for _, w := range c.winners {
				var found bool
				for _, x := range mirror.Contributions {
					found = found || (x.Worker == w.Address() && x.ResultHash == mirror.Consensus)
				}
				if !found {
					t.Errorf("%s is not a winner", w.Address())
				}
			}
			// Once consensus is reached, contributions are closed.
			wantRevert(t, l.relay(t, d, 0, mirror, []*chain.Sender{f[7]}, right).err, "WrongStatus", map[string]any{"status": 2})
		})
	}

	// What the hub did is what poco.ConsensusReached says about replicas of a given weight.
	for _, w := range []int64{2, 3} {
		for _, trust := range []int64{1, 2, 5, 100} {
			t.Run(fmt.Sprintf("replicas of weight %d at trust %d", w, trust), func(t *testing.T) {
				var ws []*chain.Sender
				if w == 2 {
					ws = f
				} else {
					ws = h
				}
				d := l.deal(t, l.terms(trust), nil)
				k := 0
				for l.status(t, d, 0) != poco.StatusRevealing {
					if k == len(ws) {
						t.Fatalf("no consensus with %d workers", k)
					}
					l.relay(t, d, 0, l.state(t, d, 0), ws[k:k+1], right).ok(t)
					k++
				}
				if want := replicas(w, trust); k != want {
					t.Errorf("consensus after %d contributions, poco.ConsensusReached says %d", k, want)
				}
			})
		}
	}
}

// replicas is how many agreeing contributions of weight w poco.ConsensusReached needs.
func replicas(w, trust int64) int {
	g := int64(1)
	for k := 1; ; k++ {
		g *= w
		if poco.ConsensusReached(big64(g), big64(g), big64(trust)) {
			return k
		}
	}
}
