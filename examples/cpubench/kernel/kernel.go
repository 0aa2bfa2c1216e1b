// Package kernel is the work of the cpubench example app, callable from Go
// so that the same computation can be timed natively and under the WASM
// executor (the app, examples/cpubench, is a thin wrapper around Run).
//
// A round runs three kernels: an n-body simulation (float, with square
// roots), the spectral norm of an infinite matrix's 100×100 corner (float,
// with divisions) and SHA-256 of 128 KiB of pseudo-random bytes (32-bit
// integer work). The rounds are chained through a running SHA-256 whose
// final value is the checksum, identical in every build: only +, −, ×, ÷
// and √ on float64 are used, all correctly rounded on every architecture,
// and products feeding sums are rounded explicitly (float64(a*b)) so that
// no compiler fuses them into an FMA. SHA-256 is this package's own
// portable code, not crypto/sha256, whose native builds use the CPU's SHA
// instructions: the comparison would then time the hardware, not the
// sandbox.
package kernel

import (
	"encoding/binary"
	"encoding/hex"
	"math"
)

// Per-round sizes.
const (
	nbodySteps   = 6000
	spectralSize = 100
	hashBytes    = 128 << 10
)

// Result is the outcome of Run, and the content of the app's result.json.
type Result struct {
	// N is the number of rounds.
	N int `json:"n"`
	// Checksum is the hex SHA-256 chained over every round's outputs.
	Checksum string `json:"checksum"`
}

// Run runs n rounds (n ≥ 0) and returns their checksum. The time it takes
// grows linearly with n: about 2 ms a round on a 2020s x86 core.
func Run(n int) Result {
	sys := newSystem()
	buf := make([]byte, hashBytes)
	var acc [32]byte // the running checksum
	var rec [32 + 8 + 8 + 32]byte
	for range n {
		sys.advance(nbodySteps, 0.01)
		energy := sys.energy()
		norm := spectralNorm(spectralSize)
		fill(buf, binary.LittleEndian.Uint64(acc[:]))
		sum := sha256Sum(buf)

		copy(rec[:32], acc[:])
		binary.LittleEndian.PutUint64(rec[32:], math.Float64bits(energy))
		binary.LittleEndian.PutUint64(rec[40:], math.Float64bits(norm))
		copy(rec[48:], sum[:])
		acc = sha256Sum(rec[:])
	}
	return Result{N: n, Checksum: hex.EncodeToString(acc[:])}
}

// fill writes xorshift64* output seeded by seed into buf.
func fill(buf []byte, seed uint64) {
	x := seed | 1 // xorshift's state must not be 0
	for i := 0; i+8 <= len(buf); i += 8 {
		x ^= x >> 12
		x ^= x << 25
		x ^= x >> 27
		binary.LittleEndian.PutUint64(buf[i:], x*0x2545f4914f6cdd1d)
	}
}

// body is one body of the n-body system.
type body struct{ x, y, z, vx, vy, vz, mass float64 }

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

// system is the Sun and the four giant planets (the Computer Language
// Benchmarks Game's n-body).
type system []body

func newSystem() system {
	s := system{
		{0, 0, 0, 0, 0, 0, solarMass},
		{ // Jupiter
			4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
			-6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass,
		},
		{ // Saturn
			8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
			2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass,
		},
		{ // Uranus
			1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
			-2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass,
		},
		{ // Neptune
			1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
			-9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass,
		},
	}
	// Give the Sun the momentum that makes the system's total zero.
	var px, py, pz float64
	for _, b := range s {
		px += float64(b.vx * b.mass)
		py += float64(b.vy * b.mass)
		pz += float64(b.vz * b.mass)
	}
	s[0].vx, s[0].vy, s[0].vz = -px/solarMass, -py/solarMass, -pz/solarMass
	return s
}

func (s system) advance(steps int, dt float64) {
	for range steps {
		for i := range s {
			bi := &s[i]
			for j := i + 1; j < len(s); j++ {
				bj := &s[j]
				dx, dy, dz := bi.x-bj.x, bi.y-bj.y, bi.z-bj.z
				d2 := float64(dx*dx) + float64(dy*dy) + float64(dz*dz)
				mag := dt / float64(d2*math.Sqrt(d2))
				mi, mj := float64(bi.mass*mag), float64(bj.mass*mag)
				bi.vx -= float64(dx * mj)
				bi.vy -= float64(dy * mj)
				bi.vz -= float64(dz * mj)
				bj.vx += float64(dx * mi)
				bj.vy += float64(dy * mi)
				bj.vz += float64(dz * mi)
			}
		}
		for i := range s {
			b := &s[i]
			b.x += float64(dt * b.vx)
			b.y += float64(dt * b.vy)
			b.z += float64(dt * b.vz)
		}
	}
}

func (s system) energy() float64 {
	var e float64
	for i, b := range s {
		v2 := float64(b.vx*b.vx) + float64(b.vy*b.vy) + float64(b.vz*b.vz)
		e += float64(0.5 * b.mass * v2)
		for _, o := range s[i+1:] {
			dx, dy, dz := b.x-o.x, b.y-o.y, b.z-o.z
			e -= float64(b.mass*o.mass) / math.Sqrt(float64(dx*dx)+float64(dy*dy)+float64(dz*dz))
		}
	}
	return e
}

// spectralNorm approximates the spectral norm of the n×n corner of the
// matrix a(i, j) = 1/((i+j)(i+j+1)/2 + i + 1) by power iteration.
func spectralNorm(n int) float64 {
	u, v, t := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for range 10 {
		mulAtAv(u, v, t)
		mulAtAv(v, u, t)
	}
	var vBv, vv float64
	for i := range v {
		vBv += float64(u[i] * v[i])
		vv += float64(v[i] * v[i])
	}
	return math.Sqrt(vBv / vv)
}

func entry(i, j int) float64 { return 1 / float64((i+j)*(i+j+1)/2+i+1) }

// mulAtAv sets out to AᵀA·v, using t as scratch.
func mulAtAv(v, out, t []float64) {
	for i := range t {
		var s float64
		for j, x := range v {
			s += float64(entry(i, j) * x)
		}
		t[i] = s
	}
	for i := range out {
		var s float64
		for j, x := range t {
			s += float64(entry(j, i) * x)
		}
		out[i] = s
	}
}
