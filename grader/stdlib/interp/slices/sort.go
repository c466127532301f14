package slices

import (
	"math"
	"sort"
)

// cmpOrdered is cmp.Ordered, declared here under a name callers do not use
// (see the package comment).
type cmpOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// orderedCompare is cmp.Compare (NaNs less than every other value and
// equal to each other), under a name that no package Lectern offers uses
// (see Compare).
func orderedCompare[E cmpOrdered](x, y E) int {
	var r int
	xNaN := x != x
	yNaN := y != y
	switch {
	case xNaN && yNaN:
	case xNaN || x < y:
		r = -1
	case yNaN || x > y:
		r = +1
	}
	return r
}

// Sort sorts a slice of any ordered type in ascending order. When sorting
// floating-point numbers, NaNs are ordered before other values.
//
// A []int, []float64 or []string is sorted by sort.Ints, sort.Float64s or
// sort.Strings, compiled code that calls the real slices.Sort (sorting
// through an interpreted less function is several times slower); any other
// slice by sort.Slice with a less function that orders NaNs as cmp.Less
// does.
func Sort[E cmpOrdered](x []E) {
	switch v := any(x).(type) {
	case []int:
		sort.Ints(v)
	case []float64:
		sort.Float64s(v)
	case []string:
		sort.Strings(v)
	default:
		sort.Slice(x, func(i, j int) bool {
			a := x[i]
			b := x[j]
			return a < b || (a != a && b == b)
		})
	}
}

// SortFunc sorts the slice x in ascending order as determined by cmp,
// which must be a strict weak ordering: negative when a < b, positive when
// a > b, zero when they are equal or incomparable. The sort is not
// guaranteed to be stable.
func SortFunc[E any](x []E, cmp func(a, b E) int) {
	sort.Slice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// SortStableFunc sorts the slice x while keeping the original order of
// equal elements, using cmp to compare elements in the same way as
// SortFunc.
func SortStableFunc[E any](x []E, cmp func(a, b E) int) {
	sort.SliceStable(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[E cmpOrdered](x []E) bool {
	var r bool = true
	for i := len(x) - 1; r && i > 0; i-- {
		r = orderedCompare(x[i], x[i-1]) >= 0
	}
	return r
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as
// the comparison function as defined by SortFunc.
func IsSortedFunc[E any](x []E, cmp func(a, b E) int) bool {
	var r bool = true
	for i := len(x) - 1; r && i > 0; i-- {
		r = cmp(x[i], x[i-1]) >= 0
	}
	return r
}

// Min returns the minimal value in x. It panics if x is empty. For
// floating-point numbers, Min propagates NaNs (any NaN value in x forces
// the output to be NaN), and -0.0 is less than 0.0.
func Min[E cmpOrdered](x []E) E {
	var r E
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := 0
	for i := 1; i < len(x) && x[m] == x[m]; i++ {
		v := x[i]
		if v != v || v < x[m] || (v == x[m] && isNegZero(x, i)) {
			m = i
		}
	}
	r = x[m]
	return r
}

// MinFunc returns the minimal value in x, using cmp to compare elements.
// It panics if x is empty. If there is more than one minimal element
// according to cmp, MinFunc returns the first one.
func MinFunc[E any](x []E, cmp func(a, b E) int) E {
	var r E
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := 0
	for i := 1; i < len(x); i++ {
		if cmp(x[i], x[m]) < 0 {
			m = i
		}
	}
	r = x[m]
	return r
}

// Max returns the maximal value in x. It panics if x is empty. For
// floating-point E, Max propagates NaNs (any NaN value in x forces the
// output to be NaN), and 0.0 is greater than -0.0.
func Max[E cmpOrdered](x []E) E {
	var r E
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := 0
	for i := 1; i < len(x) && x[m] == x[m]; i++ {
		v := x[i]
		if v != v || v > x[m] || (v == x[m] && isNegZero(x, m)) {
			m = i
		}
	}
	r = x[m]
	return r
}

// MaxFunc returns the maximal value in x, using cmp to compare elements.
// It panics if x is empty. If there is more than one maximal element
// according to cmp, MaxFunc returns the first one.
func MaxFunc[E any](x []E, cmp func(a, b E) int) E {
	var r E
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := 0
	for i := 1; i < len(x); i++ {
		if cmp(x[i], x[m]) > 0 {
			m = i
		}
	}
	r = x[m]
	return r
}

// isNegZero reports whether x[i] is a float32 or float64 negative zero.
// (The real Min and Max, which use the min and max builtins, also tell
// apart the zeros of named floating-point types; these cannot.) It takes
// the slice, not the element: yaegi v0.16.1 passes a -0.0 argument of a
// package-level function as +0.0.
func isNegZero[E cmpOrdered](x []E, i int) bool {
	var r bool
	switch f := any(x[i]).(type) {
	case float64:
		r = f == 0 && math.Signbit(f)
	case float32:
		r = f == 0 && math.Signbit(float64(f))
	}
	return r
}

// BinarySearch searches for target in a sorted slice and returns the
// earliest position where target is found, or the position where target
// would appear in the sort order; it also reports whether target is really
// found. The slice must be sorted in increasing order (NaNs first, as Sort
// leaves them).
func BinarySearch[E cmpOrdered](x []E, target E) (int, bool) {
	var lo int
	var found bool
	hi := len(x)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if orderedCompare(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	found = lo < len(x) && orderedCompare(x[lo], target) == 0
	return lo, found
}

// BinarySearchFunc works like BinarySearch, but uses a custom comparison
// function: cmp(e, target) is 0 if the slice element matches the target,
// negative if it precedes the target, positive if it follows it. The slice
// must be sorted in increasing order by that measure.
func BinarySearchFunc[E, T any](x []E, target T, cmp func(E, T) int) (int, bool) {
	var lo int
	var found bool
	hi := len(x)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	found = lo < len(x) && cmp(x[lo], target) == 0
	return lo, found
}

// Compare compares the elements of s1 and s2, using cmp.Compare on each
// pair of elements in increasing index order, and returns the result for
// the first pair that differs. If both slices are equal until one of them
// ends, the shorter slice is less. The result is 0 if s1 == s2, -1 if
// s1 < s2, and +1 if s1 > s2.
//
// Its s2 has an element type of its own, E2, always E itself (the real
// s2 is an []E): yaegi v0.16.1 keeps each instantiation under the bare
// function name and its type arguments, whatever the package, so a
// Compare[int] would be taken for cmp.Compare[int] (and for any other
// package's Compare[int]); Compare[int, int] is no other. For the same
// reason it calls orderedCompare, not cmp.Compare.
func Compare[E cmpOrdered, E2 cmpOrdered](s1 []E, s2 []E2) int {
	var r int
	i := 0
	for ; r == 0 && i < len(s1) && i < len(s2); i++ {
		e2, _ := any(s2[i]).(E)
		r = orderedCompare(s1[i], e2)
	}
	if r == 0 {
		switch {
		case len(s1) < len(s2):
			r = -1
		case len(s1) > len(s2):
			r = +1
		}
	}
	return r
}

// CompareFunc is like Compare but uses cmp on each pair of elements. The
// result is the first non-zero result of cmp; if cmp always returns 0 the
// result is 0 if len(s1) == len(s2), -1 if len(s1) < len(s2), and +1 if
// len(s1) > len(s2).
func CompareFunc[E1, E2 any](s1 []E1, s2 []E2, cmp func(E1, E2) int) int {
	var r int
	i := 0
	for ; r == 0 && i < len(s1) && i < len(s2); i++ {
		r = cmp(s1[i], s2[i])
	}
	if r == 0 {
		switch {
		case len(s1) < len(s2):
			r = -1
		case len(s1) > len(s2):
			r = +1
		}
	}
	return r
}
