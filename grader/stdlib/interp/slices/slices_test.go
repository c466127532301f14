package slices_test

import (
	"fmt"
	"math"
	"math/rand"
	std "slices"
	"strings"
	"testing"

	ours "github.com/lectern-dev/lectern/grader/stdlib/interp/slices"
)

// bases are slices of every length up to 6 and of a few capacities beyond
// it, plus nil and an empty non-nil slice, with values that repeat.
func bases() [][]int {
	out := [][]int{nil, {}, make([]int, 0, 3)}
	for n := 1; n <= 6; n++ {
		for extra := 0; extra <= 3; extra += 3 {
			s := make([]int, n, n+extra)
			for i := range s[:cap(s)] {
				s[:cap(s)][i] = 10 + i%3
			}
			out = append(out, s)
		}
	}
	return out
}

var nan = math.NaN()

func TestEqual(t *testing.T) {
	negZero := math.Copysign(0, -1)
	fcases := [][2][]float64{
		{nil, nil}, {nil, {}}, {{}, nil}, {{1}, {1}}, {{1}, {2}}, {{1, 2}, {1}},
		{{nan}, {nan}}, {{1, nan}, {1, nan}}, {{negZero}, {0}}, {{math.Inf(1)}, {math.Inf(1)}},
	}
	for _, c := range fcases {
		check(t, fmt.Sprint("Equal", c), fmt.Sprint(ours.Equal(c[0], c[1])), fmt.Sprint(std.Equal(c[0], c[1])))
	}
	scases := [][2][]string{{{"a"}, {"a"}}, {{"a", "b"}, {"a", "c"}}, {{""}, {}}, {nil, {""}}}
	for _, c := range scases {
		check(t, fmt.Sprint("Equal", c), fmt.Sprint(ours.Equal(c[0], c[1])), fmt.Sprint(std.Equal(c[0], c[1])))
	}
	pcases := [][2][]pt{{{{1, 2}}, {{1, 2}}}, {{{1, 2}}, {{1, 3}}}}
	for _, c := range pcases {
		check(t, fmt.Sprint("Equal", c), fmt.Sprint(ours.Equal(c[0], c[1])), fmt.Sprint(std.Equal(c[0], c[1])))
	}
	// EqualFunc: the same result and the same calls, in order, up to the first false.
	for _, c := range [][2][]int{{nil, nil}, {{1, 2, 3}, {1, 5, 3}}, {{1, 2}, {1, 2}}, {{1}, {1, 2}}} {
		var gotCalls, wantCalls []string
		eq := func(calls *[]string) func(a int, b string) bool {
			return func(a int, b string) bool {
				*calls = append(*calls, fmt.Sprint(a, b))
				return fmt.Sprint(a) == b
			}
		}
		strs := make([]string, len(c[1]))
		for i, v := range c[1] {
			strs[i] = fmt.Sprint(v)
		}
		got := ours.EqualFunc(c[0], strs, eq(&gotCalls))
		want := std.EqualFunc(c[0], strs, eq(&wantCalls))
		check(t, fmt.Sprint("EqualFunc", c), fmt.Sprint(got, gotCalls), fmt.Sprint(want, wantCalls))
	}
}

func TestIndexContains(t *testing.T) {
	cases := []struct {
		s []int
		v int
	}{{nil, 1}, {[]int{}, 0}, {[]int{1, 2, 3, 2}, 2}, {[]int{1, 2, 3}, 4}, {[]int{0}, 0}}
	for _, c := range cases {
		check(t, fmt.Sprint("Index", c), fmt.Sprint(ours.Index(c.s, c.v)), fmt.Sprint(std.Index(c.s, c.v)))
		check(t, fmt.Sprint("Contains", c), fmt.Sprint(ours.Contains(c.s, c.v)), fmt.Sprint(std.Contains(c.s, c.v)))
		var gotCalls, wantCalls []int
		f := func(calls *[]int) func(int) bool {
			return func(e int) bool { *calls = append(*calls, e); return e == c.v }
		}
		check(t, fmt.Sprint("IndexFunc", c), fmt.Sprint(ours.IndexFunc(c.s, f(&gotCalls)), gotCalls), fmt.Sprint(std.IndexFunc(c.s, f(&wantCalls)), wantCalls))
		check(t, fmt.Sprint("ContainsFunc", c), fmt.Sprint(ours.ContainsFunc(c.s, f(&gotCalls)), gotCalls), fmt.Sprint(std.ContainsFunc(c.s, f(&wantCalls)), wantCalls))
	}
	check(t, "Index NaN", fmt.Sprint(ours.Index([]float64{nan}, nan)), fmt.Sprint(std.Index([]float64{nan}, nan)))
	check(t, "Index -0", fmt.Sprint(ours.Index([]float64{1, 0}, math.Copysign(0, -1))), fmt.Sprint(std.Index([]float64{1, 0}, math.Copysign(0, -1))))
	check(t, "Index struct", fmt.Sprint(ours.Index([]pt{{1, 1}, {1, 2}}, pt{1, 2})), fmt.Sprint(std.Index([]pt{{1, 1}, {1, 2}}, pt{1, 2})))
}

// vals are the values inserted or replaced with: fresh ones, and
// (aliasing) sub-slices of the very slice being modified.
func vals(s []int) [][]int {
	out := [][]int{nil, {1}, {1, 2}, {1, 2, 3, 4, 5, 6, 7}}
	c := s[:cap(s)]
	for a := 0; a <= len(c); a++ {
		for b := a; b <= len(c) && b-a <= 3; b++ {
			out = append(out, c[a:b])
		}
	}
	return out
}

func TestInsert(t *testing.T) {
	for _, base := range bases() {
		for i := -2; i <= cap(base)+2; i++ {
			for vi := range vals(base) {
				a, b := twin(base)
				var got, want []int
				what := fmt.Sprintf("Insert(%s, %d, vals[%d]=%v)", describe(base), i, vi, vals(base)[vi])
				gp := catch(func() { got = ours.Insert(a, i, vals(a)[vi]...) })
				wp := catch(func() { want = std.Insert(b, i, vals(b)[vi]...) })
				check(t, what+" panic", gp, wp)
				check(t, what, describe(got), describe(want))
				if a != nil {
					check(t, what+" array", array(a), array(b))
				}
			}
		}
	}
}

func TestDelete(t *testing.T) {
	for _, base := range bases() {
		for i := -2; i <= cap(base)+2; i++ {
			for j := -2; j <= cap(base)+2; j++ {
				a, b := twin(base)
				var got, want []int
				what := fmt.Sprintf("Delete(%s, %d, %d)", describe(base), i, j)
				gp := catch(func() { got = ours.Delete(a, i, j) })
				wp := catch(func() { want = std.Delete(b, i, j) })
				check(t, what+" panic", gp, wp)
				check(t, what, describe(got), describe(want))
				if a != nil {
					check(t, what+" array", array(a), array(b))
				}
			}
		}
	}
	// Pointers are zeroed too.
	x, y := new(int), new(int)
	a := []*int{x, y, x}
	b := []*int{x, y, x}
	_ = ours.Delete(a, 0, 2)
	_ = std.Delete(b, 0, 2)
	check(t, "Delete pointers", fmt.Sprint(a[1] == nil, a[2] == nil), fmt.Sprint(b[1] == nil, b[2] == nil))
}

func TestReplace(t *testing.T) {
	for _, base := range bases() {
		for i := -1; i <= cap(base)+1; i++ {
			for j := -1; j <= cap(base)+1; j++ {
				for vi := range vals(base) {
					a, b := twin(base)
					var got, want []int
					what := fmt.Sprintf("Replace(%s, %d, %d, vals[%d]=%v)", describe(base), i, j, vi, vals(base)[vi])
					gp := catch(func() { got = ours.Replace(a, i, j, vals(a)[vi]...) })
					wp := catch(func() { want = std.Replace(b, i, j, vals(b)[vi]...) })
					check(t, what+" panic", gp, wp)
					check(t, what, describe(got), describe(want))
					if a != nil {
						check(t, what+" array", array(a), array(b))
					}
				}
			}
		}
	}
}

func TestDeleteFunc(t *testing.T) {
	for _, base := range bases() {
		for mask := 0; mask < 1<<len(base); mask++ {
			a, b := twin(base)
			// Deletes by position (the values repeat), recording the calls.
			var gotCalls, wantCalls []int
			del := func(calls *[]int) func(int) bool {
				k := 0
				return func(e int) bool {
					*calls = append(*calls, e)
					k++
					return mask&(1<<(k-1)) != 0
				}
			}
			got := ours.DeleteFunc(a, del(&gotCalls))
			want := std.DeleteFunc(b, del(&wantCalls))
			what := fmt.Sprintf("DeleteFunc(%s, mask %b)", describe(base), mask)
			check(t, what, describe(got)+fmt.Sprint(gotCalls), describe(want)+fmt.Sprint(wantCalls))
			if a != nil {
				check(t, what+" array", array(a), array(b))
			}
		}
	}
}

func TestCompact(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	inputs := [][]int{nil, {}, {1}, {1, 1}, {1, 2}, {1, 1, 2, 2, 2, 1, 3, 3}}
	for n := 0; n < 200; n++ {
		s := make([]int, r.Intn(12), 12)
		for i := range s {
			s[i] = r.Intn(3)
		}
		inputs = append(inputs, s)
	}
	for _, base := range inputs {
		a, b := twin(base)
		got := ours.Compact(a)
		want := std.Compact(b)
		check(t, "Compact "+describe(base), describe(got), describe(want))
		if a != nil {
			check(t, "Compact array "+describe(base), array(a), array(b))
		}
		// A non-transitive eq tells "equal to the previous element" from
		// "equal to the element kept".
		var gotCalls, wantCalls []string
		eq := func(calls *[]string) func(x, y int) bool {
			return func(x, y int) bool {
				*calls = append(*calls, fmt.Sprint(x, y))
				return x-y == 1 || y-x == 1 || x == y
			}
		}
		a, b = twin(base)
		got = ours.CompactFunc(a, eq(&gotCalls))
		want = std.CompactFunc(b, eq(&wantCalls))
		check(t, "CompactFunc "+describe(base), describe(got)+fmt.Sprint(gotCalls), describe(want)+fmt.Sprint(wantCalls))
		if a != nil {
			check(t, "CompactFunc array "+describe(base), array(a), array(b))
		}
	}
	// Floats: NaNs are never equal, -0 equals +0 (the first is kept).
	negZero := math.Copysign(0, -1)
	f := []float64{nan, nan, negZero, 0, 0, 1}
	g := []float64{nan, nan, negZero, 0, 0, 1}
	check(t, "Compact floats", describe(ours.Compact(f)), describe(std.Compact(g)))
	check(t, "Compact floats array", array(f), array(g))
	// Strings: the tail is zeroed to "".
	sa := []string{"a", "a", "b"}
	sb := []string{"a", "a", "b"}
	check(t, "Compact strings", describe(ours.Compact(sa)), describe(std.Compact(sb)))
	check(t, "Compact strings array", array(sa), array(sb))
}

func TestCloneClipGrow(t *testing.T) {
	for _, base := range bases() {
		check(t, "Clone "+describe(base), describe(ours.Clone(base)), describe(std.Clone(base)))
		check(t, "Clip "+describe(base), describe(ours.Clip(base)), describe(std.Clip(base)))
		for n := -1; n <= 40; n++ {
			var got, want []int
			gp := catch(func() { got = ours.Grow(base, n) })
			wp := catch(func() { want = std.Grow(base, n) })
			what := fmt.Sprintf("Grow(%s, %d)", describe(base), n)
			check(t, what+" panic", gp, wp)
			check(t, what, describe(got), describe(want))
		}
	}
	// Clone does not share the array.
	s := []int{1, 2}
	c := ours.Clone(s)
	c[0] = 9
	check(t, "Clone shares", fmt.Sprint(s), "[1 2]")
	// Grow of a large element type, for the size classes.
	type big [100]byte
	for n := 0; n < 20; n++ {
		check(t, fmt.Sprint("Grow big ", n), fmt.Sprint(cap(ours.Grow([]big(nil), n))), fmt.Sprint(cap(std.Grow([]big(nil), n))))
	}
}

func TestReverse(t *testing.T) {
	for n := 0; n < 8; n++ {
		a := make([]int, n)
		b := make([]int, n)
		for i := range a {
			a[i] = i
			b[i] = i
		}
		ours.Reverse(a)
		std.Reverse(b)
		check(t, fmt.Sprint("Reverse ", n), fmt.Sprint(a), fmt.Sprint(b))
	}
	var nilSlice []string
	ours.Reverse(nilSlice)
}

func TestConcat(t *testing.T) {
	cases := [][][]int{nil, {}, {nil}, {nil, {}}, {{}, {}}, {{1}}, {{1}, nil, {2, 3}}, {{1, 2, 3, 4, 5}, {6}}}
	for _, c := range cases {
		check(t, fmt.Sprint("Concat ", c), describe(ours.Concat(c...)), describe(std.Concat(c...)))
	}
	check(t, "Concat()", describe(ours.Concat[int]()), describe(std.Concat[[]int]()))
	check(t, "Concat strings", describe(ours.Concat([]string{"a"}, []string{"b", "c"})), describe(std.Concat([]string{"a"}, []string{"b", "c"})))
}

func TestRepeat(t *testing.T) {
	for _, base := range bases() {
		for count := -1; count <= 5; count++ {
			var got, want []int
			gp := catch(func() { got = ours.Repeat(base, count) })
			wp := catch(func() { want = std.Repeat(base, count) })
			what := fmt.Sprintf("Repeat(%s, %d)", describe(base), count)
			check(t, what+" panic", gp, wp)
			check(t, what, describe(got), describe(want))
		}
	}
	for _, c := range []struct{ n, count int }{{2, math.MaxInt/2 + 1}, {3, math.MaxInt / 2}, {1 << 32, 1 << 32}} {
		s := make([]struct{}, c.n)
		gp := catch(func() { _ = ours.Repeat(s, c.count) })
		wp := catch(func() { _ = std.Repeat(s, c.count) })
		check(t, fmt.Sprint("Repeat overflow ", c), gp, wp)
	}
	// A zero-size element type of enormous length does not overflow.
	check(t, "Repeat struct{}", fmt.Sprint(len(ours.Repeat(make([]struct{}, 1<<20), 1<<20))), fmt.Sprint(len(std.Repeat(make([]struct{}, 1<<20), 1<<20))))
}

// Named slice types are accepted; the result is then a []E (the real
// functions return the named type).
type Ints []int

func TestNamedSlice(t *testing.T) {
	x := Ints{3, 1, 2}
	var got []int = ours.Clone(x)
	check(t, "Clone(Ints)", fmt.Sprint(got), fmt.Sprint(std.Clone(x)))
	check(t, "Index(Ints)", fmt.Sprint(ours.Index(x, 2)), fmt.Sprint(std.Index(x, 2)))
	check(t, "type of Clone(Ints)", fmt.Sprintf("%T", ours.Clone(x)), "[]int")
	check(t, "type of std Clone(Ints)", fmt.Sprintf("%T", std.Clone(x)), "slices_test.Ints")
}

// TestRandomEdits runs random sequences of edits on one slice.
func TestRandomEdits(t *testing.T) {
	r := rand.New(rand.NewSource(42))
	for round := 0; round < 300; round++ {
		n := r.Intn(20)
		a := make([]string, n, n+r.Intn(8))
		for i := range a {
			a[i] = strings.Repeat("x", r.Intn(3))
		}
		b := make([]string, n, cap(a))
		copy(b, a)
		var log []string
		for step := 0; step < 20; step++ {
			op := r.Intn(6)
			i := r.Intn(len(a) + 2)
			j := i + r.Intn(4) - 1
			v := make([]string, r.Intn(4))
			for k := range v {
				v[k] = fmt.Sprint(step, k)
			}
			log = append(log, fmt.Sprint(op, i, j, v))
			var gp, wp string
			switch op {
			case 0:
				gp = catch(func() { a = ours.Insert(a, i, v...) })
				wp = catch(func() { b = std.Insert(b, i, v...) })
			case 1:
				gp = catch(func() { a = ours.Delete(a, i, j) })
				wp = catch(func() { b = std.Delete(b, i, j) })
			case 2:
				gp = catch(func() { a = ours.Replace(a, i, j, v...) })
				wp = catch(func() { b = std.Replace(b, i, j, v...) })
			case 3:
				a = ours.Compact(a)
				b = std.Compact(b)
			case 4:
				a = ours.DeleteFunc(a, func(s string) bool { return len(s) == 1 })
				b = std.DeleteFunc(b, func(s string) bool { return len(s) == 1 })
			case 5:
				a = ours.Grow(a, i)
				b = std.Grow(b, i)
			}
			check(t, fmt.Sprint("round ", round, " ", log, " panic"), gp, wp)
			check(t, fmt.Sprint("round ", round, " ", log), describe(a)+array(a), describe(b)+array(b))
		}
	}
}
