// Command loops runs loops of every shape Go compiles — nested, labelled,
// with goto, rotated, panicking, recovering, growing the stack, switching
// goroutines — and prints what they compute, the same on every platform.
// The wasmloop tests compare its output built natively, for wasip1 as go
// build writes it, and rewritten.
package main

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"iter"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
)

func main() {
	out := sha256.New()
	say := func(name string, v any) {
		line := fmt.Sprintf("%s: %v\n", name, v)
		out.Write([]byte(line))
		os.Stdout.WriteString(line)
	}
	say("nested", nested(40))
	say("labelled", labelled(30))
	say("gotos", gotos(1000))
	say("rotated", rotated(1<<20))
	say("switches", switches(5000))
	say("bounds", bounds([]int{3, 1, 4, 1, 5, 9, 2, 6}, 20))
	say("nilderef", nilderef(10))
	say("divide", divide(12))
	say("recursion", recursion(50))
	say("defers", defers(100))
	say("goroutines", goroutines(8, 1000))
	say("selects", selects(500))
	say("runes", runes("héllo, wörld — ✓ ünïcode "+strings.Repeat("ab€", 50)))
	say("iterators", iterators(100))
	say("closures", closures(50))
	say("floats", floats(100000))
	say("sorts", sorts(2000))
	say("maps", maps(3000))
	say("search", search(1<<16))
	say("matrix", matrix(40))
	say("collatz", collatz(3000))
	say("sieve", sieve(100000))
	say("strings", builder(2000))
	say("errors", errorLoop(100))
	fmt.Printf("digest: %x\n", out.Sum(nil))
}

func nested(n int) int {
	s := 0
	for i := range n {
		for j := range n {
			for k := range n {
				s += i*j ^ k
			}
		}
	}
	return s
}

func labelled(n int) int {
	s := 0
outer:
	for i := range n {
		for j := range n {
			switch {
			case j > i:
				continue outer
			case i*j%7 == 3:
				break outer
			case (i+j)%5 == 0:
				continue
			}
			s += i + j
		}
	}
	return s
}

func gotos(n int) int {
	i, s := 0, 0
loop:
	if i%3 == 0 {
		s += i
		goto next
	}
	s -= i / 2
next:
	i++
	if i < n {
		goto loop
	}
	return s
}

func rotated(n uint64) uint64 {
	x := n
	for {
		x = x*6364136223846793005 + 1442695040888963407
		if x>>60 == 7 {
			break
		}
		n--
		if n == 0 {
			return x
		}
	}
	return x ^ n
}

func switches(n int) int {
	s := 0
	for i := range n {
		switch i % 7 {
		case 0:
			s += i
		case 1, 2:
			s -= i / 3
		case 3:
			s ^= i
		case 4:
			if i%2 == 0 {
				continue
			}
			s++
		default:
			s *= 3
			s %= 1000003
		}
	}
	return s
}

// bounds indexes past the end inside a loop and recovers.
func bounds(xs []int, n int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			s = s*1000 + len(fmt.Sprint(r))
		}
	}()
	for i := range n {
		s += xs[i] * i
	}
	return s
}

type node struct {
	v    int
	next *node
}

// nilderef walks a list off its end inside a loop and recovers.
func nilderef(n int) (s int) {
	var head *node
	for i := range n {
		head = &node{i, head}
	}
	defer func() {
		if r := recover(); r != nil {
			s = -s
		}
	}()
	for p := head; ; p = p.next {
		s += p.v
	}
}

func divide(n int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			s += 1000
		}
	}()
	for i := n; i >= -1; i-- {
		s += 1000 / (i + 1)
	}
	return s
}

// recursion grows the goroutine's stack from inside loops.
func recursion(n int) int {
	if n == 0 {
		return 1
	}
	var buf [256]byte
	s := 0
	for i := range 3 {
		buf[i] = byte(n)
		if i == 1 {
			s += recursion(n-1) + int(buf[i])
		}
	}
	return s % 1000003
}

func defers(n int) int {
	s := 0
	for i := range n {
		func() {
			defer func() { s += i }()
			if i%10 == 0 {
				return
			}
			s *= 2
			s %= 99991
		}()
	}
	return s
}

func goroutines(workers, n int) int {
	var wg sync.WaitGroup
	ch := make(chan int)
	results := make([]int, workers)
	for w := range workers {
		wg.Go(func() {
			for v := range ch {
				for range v % 17 {
					results[w] += v
				}
			}
		})
	}
	for i := range n {
		ch <- i
	}
	close(ch)
	wg.Wait()
	s := 0
	for _, r := range results {
		s += r
	}
	return s
}

func selects(n int) int {
	a, b, done := make(chan int), make(chan int), make(chan struct{})
	go func() {
		for i := range n {
			if i%3 == 0 {
				a <- i
			} else {
				b <- i
			}
		}
		close(done)
	}()
	sa, sb := 0, 0
	for {
		select {
		case v := <-a:
			sa += v
		case v := <-b:
			sb += v
		case <-done:
			return sa*1000 + sb
		}
	}
}

func runes(s string) string {
	counts := [4]int{}
	for i, r := range s {
		switch {
		case r < 0x80:
			counts[0] += i
		case r < 0x800:
			counts[1] += i
		case r < 0x10000:
			counts[2] += i
		default:
			counts[3] += i
		}
	}
	return fmt.Sprint(counts)
}

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, (a+b)%1000000007
		}
	}
}

func iterators(n int) int {
	s, i := 0, 0
	for v := range fib() {
		if i == n {
			break
		}
		s = (s + v) % 1000000007
		i++
	}
	for i, v := range slices.Backward([]int{1, 2, 3, 4}) {
		s += i * v
	}
	return s
}

func closures(n int) int {
	var fs []func() int
	for i := range n {
		fs = append(fs, func() int { return i * i })
	}
	s := 0
	for _, f := range fs {
		s += f()
	}
	return s
}

func floats(n int) string {
	x, y := 0.5, 0.25
	for i := range n {
		x = float64(3.9*x) * (1 - x) // no fused multiply-add: the same everywhere
		y += math.Sqrt(float64(i)) / float64(i+1)
		if math.IsNaN(x) {
			break
		}
	}
	return fmt.Sprintf("%.12f %.12f", x, y)
}

func sorts(n int) int {
	xs := make([]int, n)
	v := uint32(7)
	for i := range xs {
		v ^= v << 13
		v ^= v >> 17
		v ^= v << 5
		xs[i] = int(v % 10000)
	}
	sort.Ints(xs)
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	s := 0
	for i := range xs {
		s += xs[i] * (i % 13)
		s -= ys[i] % 7
	}
	return s
}

func maps(n int) int {
	m := map[int]int{}
	for i := range n {
		m[i*7%n] += i
	}
	s := 0
	for k, v := range m { // order varies; the sum does not
		s += k * v % 1000
	}
	for i := range n {
		delete(m, i)
	}
	return s*10 + len(m)
}

func search(n int) int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = 3 * i
	}
	hits := 0
	for want := 0; want < 3*n; want += 5 {
		lo, hi := 0, n
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if xs[mid] < want {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo < n && xs[lo] == want {
			hits++
		}
	}
	return hits
}

func matrix(n int) float64 {
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, n)
		for j := range a[i] {
			a[i][j] = float64((i*j)%7) - 3
		}
	}
	c := 0.0
	for i := range n {
		for j := range n {
			var s float64
			for k := range n {
				s += float64(a[i][k] * a[k][j])
			}
			c += s
		}
	}
	return c
}

func collatz(n int) int {
	longest := 0
	for i := 1; i < n; i++ {
		steps := 0
		for x := i; x != 1; steps++ {
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
		}
		longest = max(longest, steps)
	}
	return longest
}

func sieve(n int) int {
	composite := make([]bool, n)
	count := 0
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return count
}

func builder(n int) int {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d,", i)
	}
	return len(strings.Split(b.String(), ","))
}

var errOdd = errors.New("odd")

func errorLoop(n int) int {
	s := 0
	for i := range n {
		err := func() error {
			if i%2 == 1 {
				return fmt.Errorf("at %d: %w", i, errOdd)
			}
			return nil
		}()
		if errors.Is(err, errOdd) {
			s += len(err.Error())
		}
	}
	return s
}
