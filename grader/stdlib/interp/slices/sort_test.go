package slices_test

import (
	"cmp"
	"fmt"
	"math"
	"math/rand"
	std "slices"
	"testing"

	ours "github.com/lectern-dev/lectern/grader/stdlib/interp/slices"
)

// lengths are the lengths sorted: every one up to 70 (insertion sort below
// 13, the median of three up to 49, Tukey's ninther from 50), then a few
// larger ones.
func lengths() []int {
	var out []int
	for n := 0; n <= 70; n++ {
		out = append(out, n)
	}
	return append(out, 100, 127, 128, 129, 200, 257, 500, 1000, 1500, 3000, 10000)
}

// patterns fill a slice of points with keys (many equal) in orders that
// reach the different paths of pdqsort: random keys from few or many
// values, sorted and reversed runs (partial insertion sort), all equal
// (partitionEqual), sawtooth and organ-pipe shapes (unbalanced partitions,
// then breakPatterns and the heapsort fallback).
var patterns = []struct {
	name string
	key  func(r *rand.Rand, i, n int) int
}{
	{"random3", func(r *rand.Rand, i, n int) int { return r.Intn(3) }},
	{"random10", func(r *rand.Rand, i, n int) int { return r.Intn(10) }},
	{"randomN", func(r *rand.Rand, i, n int) int { return r.Intn(n + 1) }},
	{"sorted", func(r *rand.Rand, i, n int) int { return i / 3 }},
	{"reversed", func(r *rand.Rand, i, n int) int { return (n - i) / 3 }},
	{"equal", func(r *rand.Rand, i, n int) int { return 7 }},
	{"sawtooth", func(r *rand.Rand, i, n int) int { return i % 5 }},
	{"sawtooth17", func(r *rand.Rand, i, n int) int { return i % 17 }},
	{"organpipe", func(r *rand.Rand, i, n int) int {
		if i < n/2 {
			return i
		}
		return n - i
	}},
	{"sortedThenRandom", func(r *rand.Rand, i, n int) int {
		if i < n*9/10 {
			return i
		}
		return r.Intn(n + 1)
	}},
	{"mostlySorted", func(r *rand.Rand, i, n int) int {
		if r.Intn(20) == 0 {
			return r.Intn(n + 1)
		}
		return i
	}},
	{"twoValues", func(r *rand.Rand, i, n int) int { return r.Intn(2) * 1000 }},
}

func points(r *rand.Rand, n int, key func(r *rand.Rand, i, n int) int) []pt {
	s := make([]pt, n)
	for i := range s {
		s[i] = pt{K: key(r, i, n), ID: i}
	}
	return s
}

// TestSortFuncPermutation checks that our SortFunc (sort.Slice) leaves
// equal elements in the same order as the real SortFunc, element by
// element, and makes the same comparisons in the same order.
func TestSortFuncPermutation(t *testing.T) {
	r := rand.New(rand.NewSource(2024))
	failures := 0
	for _, p := range patterns {
		for _, n := range lengths() {
			for rep := 0; rep < 3; rep++ {
				base := points(r, n, p.key)
				a, b := twin(base)
				var gotCalls, wantCalls int
				var gotTrace, wantTrace []pt
				trace := n <= 200
				ours.SortFunc(a, func(x, y pt) int {
					gotCalls++
					if trace {
						gotTrace = append(gotTrace, x, y)
					}
					return cmpPt(x, y)
				})
				std.SortFunc(b, func(x, y pt) int {
					wantCalls++
					if trace {
						wantTrace = append(wantTrace, x, y)
					}
					return cmpPt(x, y)
				})
				if !std.Equal(a, b) {
					failures++
					if failures < 5 {
						t.Errorf("SortFunc %s n=%d rep=%d: permutations differ\n input %v\n got  %v\n want %v", p.name, n, rep, base, a, b)
					}
				}
				if gotCalls != wantCalls || !std.Equal(gotTrace, wantTrace) {
					failures++
					if failures < 5 {
						t.Errorf("SortFunc %s n=%d rep=%d: %d comparisons, the real one %d (or their order differs)", p.name, n, rep, gotCalls, wantCalls)
					}
				}
				if !std.IsSortedFunc(a, cmpPt) {
					t.Errorf("SortFunc %s n=%d: not sorted", p.name, n)
				}
			}
		}
	}
}

// TestSortFuncInconsistent sorts with comparison functions that are not
// strict weak orderings (but are deterministic): the two sorts still make
// the same comparisons, so they end in the same state.
func TestSortFuncInconsistent(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	weird := []func(x, y pt) int{
		func(x, y pt) int { return (x.ID*7+y.ID*13)%3 - 1 },
		func(x, y pt) int { return (x.K ^ y.ID) % 3 },
		func(x, y pt) int { return -1 },
		func(x, y pt) int { return 1 },
	}
	for wi, w := range weird {
		for _, n := range lengths() {
			if n > 2000 {
				continue
			}
			base := points(r, n, patterns[0].key)
			a, b := twin(base)
			ours.SortFunc(a, w)
			std.SortFunc(b, w)
			if !std.Equal(a, b) {
				t.Errorf("SortFunc weird[%d] n=%d: permutations differ\n input %v\n got  %v\n want %v", wi, n, base, a, b)
			}
		}
	}
}

func TestSortStableFunc(t *testing.T) {
	r := rand.New(rand.NewSource(99))
	for _, p := range patterns {
		for _, n := range lengths() {
			base := points(r, n, p.key)
			a, b := twin(base)
			ours.SortStableFunc(a, cmpPt)
			std.SortStableFunc(b, cmpPt)
			if !std.Equal(a, b) {
				t.Errorf("SortStableFunc %s n=%d: differ\n got  %v\n want %v", p.name, n, a, b)
			}
		}
	}
	// An inconsistent comparison: the same state too?
	for _, n := range []int{5, 20, 21, 40, 41, 100, 1000} {
		base := points(r, n, patterns[0].key)
		a, b := twin(base)
		w := func(x, y pt) int { return (x.ID*7+y.ID*13)%3 - 1 }
		ours.SortStableFunc(a, w)
		std.SortStableFunc(b, w)
		if !std.Equal(a, b) {
			t.Errorf("SortStableFunc inconsistent n=%d: differ\n got  %v\n want %v", n, a, b)
		}
	}
}

// bitsOf tells every float apart: NaN payloads, -0 and +0.
func bitsOf(s []float64) []uint64 {
	out := make([]uint64, len(s))
	for i, f := range s {
		out[i] = math.Float64bits(f)
	}
	return out
}

func TestSortFloats(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	negZero := math.Copysign(0, -1)
	special := []float64{nan, math.Float64frombits(0x7ff8000000000001), negZero, 0, math.Inf(1), math.Inf(-1), 1, -1}
	for _, n := range lengths() {
		for rep := 0; rep < 3; rep++ {
			base := make([]float64, n)
			for i := range base {
				if r.Intn(3) == 0 {
					base[i] = special[r.Intn(len(special))]
				} else {
					base[i] = float64(r.Intn(5))
				}
			}
			a, b := twin(base)
			ours.Sort(a)
			std.Sort(b)
			if !std.Equal(bitsOf(a), bitsOf(b)) {
				t.Errorf("Sort floats n=%d: differ\n input %v\n got  %x\n want %x", n, base, bitsOf(a), bitsOf(b))
			}
			check(t, fmt.Sprint("IsSorted floats ", n), fmt.Sprint(ours.IsSorted(a), ours.IsSorted(base)), fmt.Sprint(std.IsSorted(b), std.IsSorted(base)))
			// float32 goes through sort.Slice (the []float64 above through
			// sort.Float64s): the same order of NaNs and zeros too?
			f32 := make([]float32, n)
			for i, f := range base {
				f32[i] = float32(f)
			}
			c, d := twin(f32)
			ours.Sort(c)
			std.Sort(d)
			cb := make([]uint32, n)
			db := make([]uint32, n)
			for i := range c {
				cb[i] = math.Float32bits(c[i])
				db[i] = math.Float32bits(d[i])
			}
			if !std.Equal(cb, db) {
				t.Errorf("Sort float32 n=%d: differ\n got  %x\n want %x", n, cb, db)
			}
			// Sorted on an iterator, too.
			check(t, fmt.Sprint("Sorted floats ", n), fmt.Sprintf("%x", bitsOf(ours.Sorted(std.Values(base)))), fmt.Sprintf("%x", bitsOf(std.Sorted(std.Values(base)))))
		}
	}
}

func TestSortStringsInts(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for _, n := range lengths() {
		s := make([]string, n)
		u := make([]uint8, n)
		for i := range s {
			s[i] = fmt.Sprint(r.Intn(20))
			u[i] = uint8(r.Intn(256))
		}
		a, b := twin(s)
		ours.Sort(a)
		std.Sort(b)
		check(t, fmt.Sprint("Sort strings ", n), fmt.Sprint(a), fmt.Sprint(b))
		c, d := twin(u)
		ours.Sort(c)
		std.Sort(d)
		check(t, fmt.Sprint("Sort uint8 ", n), fmt.Sprint(c), fmt.Sprint(d))
	}
	type celsius float64
	cs := []celsius{3, -1, 2, celsius(nan)}
	ds := []celsius{3, -1, 2, celsius(nan)}
	ours.Sort(cs)
	std.Sort(ds)
	check(t, "Sort named floats", fmt.Sprint(cs), fmt.Sprint(ds))
}

func TestIsSortedFunc(t *testing.T) {
	for _, s := range [][]int{nil, {1}, {1, 2, 2, 3}, {2, 1}, {1, 3, 2, 4}} {
		var gotCalls, wantCalls []string
		c := func(calls *[]string) func(a, b int) int {
			return func(a, b int) int { *calls = append(*calls, fmt.Sprint(a, b)); return a - b }
		}
		check(t, fmt.Sprint("IsSortedFunc ", s), fmt.Sprint(ours.IsSortedFunc(s, c(&gotCalls)), gotCalls), fmt.Sprint(std.IsSortedFunc(s, c(&wantCalls)), wantCalls))
		check(t, fmt.Sprint("IsSorted ", s), fmt.Sprint(ours.IsSorted(s)), fmt.Sprint(std.IsSorted(s)))
	}
	negZero := math.Copysign(0, -1)
	for _, s := range [][]float64{{nan, 1}, {1, nan}, {nan, nan}, {0, negZero}, {negZero, 0}} {
		check(t, fmt.Sprint("IsSorted ", s), fmt.Sprint(ours.IsSorted(s)), fmt.Sprint(std.IsSorted(s)))
	}
}

func TestMinMax(t *testing.T) {
	negZero := math.Copysign(0, -1)
	fcases := [][]float64{nil, {}, {1}, {1, 3, 2}, {3, 1, 3}, {nan, 1}, {1, nan}, {1, nan, 2},
		{negZero, 0}, {0, negZero}, {negZero, negZero}, {0, 0}, {math.Inf(-1), math.Inf(1)}, {-1, negZero, 0, 1}}
	for _, s := range fcases {
		var g, w float64
		gp := catch(func() { g = ours.Max(s) })
		wp := catch(func() { w = std.Max(s) })
		check(t, fmt.Sprint("Max ", s), fmt.Sprint(gp, math.Float64bits(g)), fmt.Sprint(wp, math.Float64bits(w)))
		gp = catch(func() { g = ours.Min(s) })
		wp = catch(func() { w = std.Min(s) })
		check(t, fmt.Sprint("Min ", s), fmt.Sprint(gp, math.Float64bits(g)), fmt.Sprint(wp, math.Float64bits(w)))
	}
	f32 := []float32{float32(negZero), 0}
	check(t, "Max float32 zeros", fmt.Sprint(math.Signbit(float64(ours.Max(f32)))), fmt.Sprint(math.Signbit(float64(std.Max(f32)))))
	check(t, "Min float32 zeros", fmt.Sprint(math.Signbit(float64(ours.Min(f32)))), fmt.Sprint(math.Signbit(float64(std.Min(f32)))))
	for _, s := range [][]string{nil, {"b", "a", "c"}, {""}} {
		var g, w string
		gp := catch(func() { g = ours.Max(s) })
		wp := catch(func() { w = std.Max(s) })
		check(t, fmt.Sprint("Max ", s), gp+g, wp+w)
		gp = catch(func() { g = ours.Min(s) })
		wp = catch(func() { w = std.Min(s) })
		check(t, fmt.Sprint("Min ", s), gp+g, wp+w)
	}
	// MaxFunc and MinFunc return the first of equal elements.
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 40; n++ {
		s := points(r, n, patterns[0].key)
		var g, w pt
		gp := catch(func() { g = ours.MaxFunc(s, cmpPt) })
		wp := catch(func() { w = std.MaxFunc(s, cmpPt) })
		check(t, fmt.Sprint("MaxFunc ", s), fmt.Sprint(gp, g), fmt.Sprint(wp, w))
		gp = catch(func() { g = ours.MinFunc(s, cmpPt) })
		wp = catch(func() { w = std.MinFunc(s, cmpPt) })
		check(t, fmt.Sprint("MinFunc ", s), fmt.Sprint(gp, g), fmt.Sprint(wp, w))
	}
}

func TestBinarySearch(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 60; n++ {
		s := make([]int, n)
		for i := range s {
			s[i] = r.Intn(8)
		}
		std.Sort(s)
		for target := -1; target <= 9; target++ {
			gi, gf := ours.BinarySearch(s, target)
			wi, wf := std.BinarySearch(s, target)
			check(t, fmt.Sprint("BinarySearch ", s, target), fmt.Sprint(gi, gf), fmt.Sprint(wi, wf))
			var gotCalls, wantCalls []string
			c := func(calls *[]string) func(e pt, t int) int {
				return func(e pt, t int) int { *calls = append(*calls, fmt.Sprint(e, t)); return cmp.Compare(e.K, t) }
			}
			ps := make([]pt, n)
			for i := range ps {
				ps[i] = pt{s[i], i}
			}
			gi, gf = ours.BinarySearchFunc(ps, target, c(&gotCalls))
			wi, wf = std.BinarySearchFunc(ps, target, c(&wantCalls))
			check(t, fmt.Sprint("BinarySearchFunc ", s, target), fmt.Sprint(gi, gf, gotCalls), fmt.Sprint(wi, wf, wantCalls))
		}
	}
	negZero := math.Copysign(0, -1)
	fs := [][]float64{nil, {nan}, {nan, nan, 1}, {nan, negZero, 0, 1}, {1, 2}, {math.Inf(-1), 0, math.Inf(1)}}
	targets := []float64{nan, negZero, 0, 1, 1.5, math.Inf(1), math.Inf(-1)}
	for _, s := range fs {
		for _, target := range targets {
			gi, gf := ours.BinarySearch(s, target)
			wi, wf := std.BinarySearch(s, target)
			check(t, fmt.Sprint("BinarySearch ", s, target), fmt.Sprint(gi, gf), fmt.Sprint(wi, wf))
		}
	}
	for _, target := range []string{"", "a", "b", "bb", "c", "z"} {
		s := []string{"a", "b", "b", "c"}
		gi, gf := ours.BinarySearch(s, target)
		wi, wf := std.BinarySearch(s, target)
		check(t, "BinarySearch strings "+target, fmt.Sprint(gi, gf), fmt.Sprint(wi, wf))
	}
}

func TestCompare(t *testing.T) {
	negZero := math.Copysign(0, -1)
	fcases := [][2][]float64{{nil, nil}, {nil, {}}, {{1}, nil}, {nil, {1}}, {{1, 2}, {1, 3}}, {{1, 3}, {1, 2}},
		{{1, 2}, {1}}, {{nan}, {nan}}, {{nan}, {1}}, {{1}, {nan}}, {{negZero}, {0}}, {{nan, 1}, {nan, 2}}}
	for _, c := range fcases {
		check(t, fmt.Sprint("Compare ", c), fmt.Sprint(ours.Compare(c[0], c[1])), fmt.Sprint(std.Compare(c[0], c[1])))
	}
	for _, c := range [][2][]string{{{"a"}, {"b"}}, {{"a", "b"}, {"a"}}, {{"a"}, {"a"}}} {
		check(t, fmt.Sprint("Compare ", c), fmt.Sprint(ours.Compare(c[0], c[1])), fmt.Sprint(std.Compare(c[0], c[1])))
	}
	// CompareFunc returns cmp's own non-zero result.
	for _, c := range [][2][]int{{nil, nil}, {{1, 5}, {1, 2}}, {{1}, {1, 2}}, {{1, 2}, {1}}, {{3}, {9}}} {
		var gotCalls, wantCalls []string
		f := func(calls *[]string) func(a int, b int) int {
			return func(a int, b int) int { *calls = append(*calls, fmt.Sprint(a, b)); return (a - b) * 10 }
		}
		check(t, fmt.Sprint("CompareFunc ", c), fmt.Sprint(ours.CompareFunc(c[0], c[1], f(&gotCalls)), gotCalls), fmt.Sprint(std.CompareFunc(c[0], c[1], f(&wantCalls)), wantCalls))
	}
}
