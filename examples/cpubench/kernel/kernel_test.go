package kernel

import (
	"crypto/sha256"
	"math"
	"testing"
)

func TestSHA256(t *testing.T) {
	buf := make([]byte, hashBytes+100)
	fill(buf, 7)
	// Every padding case (0…2 blocks of tail) and a long message.
	lengths := []int{0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, hashBytes, hashBytes + 100}
	for _, n := range lengths {
		if got, want := sha256Sum(buf[:n]), sha256.Sum256(buf[:n]); got != want {
			t.Errorf("sha256Sum of %d bytes = %x, want %x", n, got, want)
		}
	}
}

// TestRunGolden pins the checksums: they must be the same on every
// architecture and in every build, and must not change by accident (the
// benchmark compares runs by them).
func TestRunGolden(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0000000000000000000000000000000000000000000000000000000000000000"},
		{1, "4bd14d3bcc7e7f83b47fadfd7689da323c4a155680f3f5b531fc40aafd8533da"},
		{10, "18669a7637ccbdfb2f0566e4b1514e904cee13d6bd858a4fe862c3dc9dc329b2"},
	}
	for _, tt := range tests {
		if got := Run(tt.n); got.N != tt.n || got.Checksum != tt.want {
			t.Errorf("Run(%d) = %+v, want checksum %s", tt.n, got, tt.want)
		}
	}
}

// TestKernels checks the float kernels against their well-known values, so
// that a broken kernel is not hidden behind a golden checksum.
func TestKernels(t *testing.T) {
	s := newSystem()
	if e := s.energy(); math.Abs(e-(-0.169075164)) > 1e-9 {
		t.Errorf("initial energy %.9f, want -0.169075164", e)
	}
	s.advance(1000, 0.01)
	if e := s.energy(); math.Abs(e-(-0.169087605)) > 1e-9 {
		t.Errorf("energy after 1000 steps %.9f, want -0.169087605", e)
	}
	if n := spectralNorm(100); math.Abs(n-1.274219991) > 1e-9 {
		t.Errorf("spectral norm(100) = %.9f, want 1.274219991", n)
	}
}

func BenchmarkRun(b *testing.B) {
	for b.Loop() {
		Run(1)
	}
}

func BenchmarkKernels(b *testing.B) {
	b.Run("nbody", func(b *testing.B) {
		s := newSystem()
		for b.Loop() {
			s.advance(nbodySteps, 0.01)
		}
	})
	b.Run("spectral", func(b *testing.B) {
		for b.Loop() {
			spectralNorm(spectralSize)
		}
	})
	b.Run("sha256", func(b *testing.B) {
		buf := make([]byte, hashBytes)
		b.SetBytes(hashBytes)
		for b.Loop() {
			fill(buf, 1)
			sha256Sum(buf)
		}
	})
}
