// Package slices is Lectern's source for the standard package slices,
// which the interpreter (yaegi v0.16.1) loads in place of the real one: the
// host type-checks learner code against the real package, the interpreter
// runs this. It declares the same exported functions with the same
// parameters and meaning, written in the subset of Go that yaegi v0.16.1
// runs correctly. The signatures differ from the real ones where yaegi
// needs them to:
//
//   - A slice parameter or result of type S ~[]E is a plain []E (yaegi
//     cannot infer E from S ~[]E). A value of a named slice type is still
//     accepted, but a result is then a []E, not the named type.
//   - The constraint cmp.Ordered is cmpOrdered, a copy of it declared here,
//     and an iter.Seq[E] parameter is the function type underlying it,
//     func(yield func(E) bool): yaegi infers type arguments by resolving
//     the parameter types and constraints in the caller's scope, where
//     cmp and iter are unknown (or are the caller's own). Results are still
//     iter.Seq and iter.Seq2.
//
// Sorting delegates to package sort (compiled code): SortFunc to
// sort.Slice and SortStableFunc to sort.SliceStable; Sort to sort.Ints,
// sort.Float64s or sort.Strings (which call the real slices.Sort) for those
// three slice types, to sort.Slice for the others. sort.Slice runs the same
// pattern-defeating quicksort as the real SortFunc and Sort, making the
// same comparisons, so equal elements end up in the same order.
//
// The bounds checks of Insert, Delete and Replace panic with the Go
// runtime's message (see bounds.go), the other panics with the real
// functions' messages.
package slices

import (
	"math/bits"
	"reflect"
)

// Every function here that returns something declares its results first
// (`var r []E`, before any other statement) and returns only them. yaegi
// v0.16.1 reads the result of a generic function called in a variable
// declaration (`var x = slices.Index(s, v)`, `var x T = slices.Clone(s)`)
// from the function's first local variables instead of its results, so
// they must be the same.

// Equal reports whether two slices are equal: the same length and all
// elements equal, compared in increasing index order up to the first
// unequal pair. Empty and nil slices are equal. Floating-point NaNs are not
// equal.
func Equal[E comparable](s1, s2 []E) bool {
	var r bool
	r = len(s1) == len(s2)
	if r && len(s1) > 0 {
		// Compiled code compares the common element types (an interpreted
		// loop is a hundred times slower); both are non-nil here, where
		// reflect.DeepEqual and Equal agree.
		switch a := any(s1).(type) {
		case []string, []int, []int64, []byte, []rune, []bool:
			r = reflect.DeepEqual(a, any(s2))
			return r
		}
	}
	for i := 0; r && i < len(s1); i++ {
		r = s1[i] == s2[i]
	}
	return r
}

// EqualFunc reports whether two slices are equal using eq on each pair of
// elements: the same length, and eq true for every pair, called in
// increasing index order up to the first pair for which it is false.
func EqualFunc[E1, E2 any](s1 []E1, s2 []E2, eq func(E1, E2) bool) bool {
	var r bool
	r = len(s1) == len(s2)
	for i := 0; r && i < len(s1); i++ {
		r = eq(s1[i], s2[i])
	}
	return r
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[E comparable](s []E, v E) int {
	var r int = -1
	for i := 0; i < len(s); i++ {
		if s[i] == v {
			r = i
			break
		}
	}
	return r
}

// IndexFunc returns the first index i satisfying f(s[i]), or -1.
func IndexFunc[E any](s []E, f func(E) bool) int {
	var r int = -1
	for i := 0; i < len(s); i++ {
		if f(s[i]) {
			r = i
			break
		}
	}
	return r
}

// Contains reports whether v is present in s.
func Contains[E comparable](s []E, v E) bool {
	var r bool
	r = Index(s, v) >= 0
	return r
}

// ContainsFunc reports whether at least one element e of s satisfies f(e).
func ContainsFunc[E any](s []E, f func(E) bool) bool {
	var r bool
	r = IndexFunc(s, f) >= 0
	return r
}

// Insert inserts the values v... into s at index i, returning the modified
// slice. The elements at s[i:] are shifted up to make room. In the returned
// slice r, r[i] == v[0], and, if i < len(s), r[i+len(v)] == the value
// originally at s[i]. Insert panics if i > len(s). If the result is empty,
// it has the same nilness as s.
func Insert[E any](s []E, i int, v ...E) []E {
	var r []E
	checkFrom(i, len(s))
	m := len(v)
	n := len(s)
	switch {
	case m == 0:
		r = s
	case i == n:
		r = append(s, v...)
	case n+m > cap(s):
		// A new array, grown as append grows it.
		r = append(s[:i], make([]E, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
	default:
		// In place. v may be part of s's array: read it first.
		vals := make([]E, m)
		copy(vals, v)
		r = s[:n+m]
		copy(r[i+m:], s[i:n])
		copy(r[i:], vals)
	}
	return r
}

// Delete removes the elements s[i:j] from s, returning the modified slice.
// Delete panics if j > len(s) or s[i:j] is not a valid slice of s. It
// zeroes the elements s[len(s)-(j-i):len(s)]. If the result is empty, it
// has the same nilness as s.
func Delete[E any](s []E, i, j int) []E {
	var r []E = s
	checkRange3(i, j, len(s))
	if i < j {
		n := len(s)
		copy(s[i:], s[j:])
		k := n - (j - i)
		zeroElems(s[k:n])
		r = s[:k]
	}
	return r
}

// DeleteFunc removes any elements from s for which del returns true,
// returning the modified slice. It zeroes the elements between the new
// length and the original length. If the result is empty, it has the same
// nilness as s.
func DeleteFunc[E any](s []E, del func(E) bool) []E {
	var r []E = s
	k := IndexFunc(s, del)
	if k >= 0 {
		for i := k + 1; i < len(s); i++ {
			e := s[i]
			if !del(e) {
				s[k] = e
				k++
			}
		}
		zeroElems(s[k:])
		r = s[:k]
	}
	return r
}

// Replace replaces the elements s[i:j] by the given v, and returns the
// modified slice. Replace panics if j > len(s) or s[i:j] is not a valid
// slice of s. When len(v) < (j-i), Replace zeroes the elements between the
// new length and the original length. If the result is empty, it has the
// same nilness as s.
func Replace[E any](s []E, i, j int, v ...E) []E {
	var r []E
	checkRange2(i, j, cap(s))
	if j > len(s) {
		panicBounds("[" + itoa(j) + ":" + itoa(len(s)) + "]")
	}
	if i == j {
		r = Insert(s, i, v...)
		return r
	}
	n := len(s)
	m := len(v)
	tot := i + m + (n - j)
	if tot > cap(s) {
		// A new array, grown as append grows it.
		r = append(s[:i], make([]E, tot-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[j:])
		return r
	}
	// In place. v may be part of s's array: read it first.
	vals := make([]E, m)
	copy(vals, v)
	r = s[:tot]
	copy(r[i+m:], s[j:n])
	copy(r[i:], vals)
	if tot < n {
		zeroElems(s[tot:n])
	}
	return r
}

// Clone returns a shallow copy of the slice; the result may have unused
// capacity. The result preserves the nilness of s.
func Clone[E any](s []E) []E {
	var r []E
	if s != nil {
		r = append([]E{}, s...)
	}
	return r
}

// Compact replaces consecutive runs of equal elements with a single copy,
// the first of the run, like the uniq command. It modifies the contents of
// s and returns the modified slice, which may be shorter, and zeroes the
// elements between the new length and the original length. The result
// preserves the nilness of s.
func Compact[E comparable](s []E) []E {
	var r []E = s
	if len(s) > 1 {
		k := 1
		prev := s[0]
		for i := 1; i < len(s); i++ {
			e := s[i]
			if e != prev {
				s[k] = e
				k++
			}
			prev = e
		}
		zeroElems(s[k:])
		r = s[:k]
	}
	return r
}

// CompactFunc is like Compact but uses eq to compare elements: eq(e, p)
// for each element e and the element p before it in s. For runs of
// elements that compare equal, it keeps the first one. It zeroes the
// elements between the new length and the original length. The result
// preserves the nilness of s.
func CompactFunc[E any](s []E, eq func(E, E) bool) []E {
	var r []E = s
	if len(s) > 1 {
		k := 1
		prev := s[0]
		for i := 1; i < len(s); i++ {
			e := s[i]
			if !eq(e, prev) {
				s[k] = e
				k++
			}
			prev = e
		}
		zeroElems(s[k:])
		r = s[:k]
	}
	return r
}

// Grow increases the slice's capacity, if necessary, to guarantee space
// for another n elements. After Grow(n), at least n elements can be
// appended to the slice without another allocation. If n is negative or
// too large to allocate the memory, Grow panics. The result preserves the
// nilness of s.
func Grow[E any](s []E, n int) []E {
	var r []E = s
	if n < 0 {
		panic("cannot be negative")
	}
	need := n - (cap(s) - len(s))
	if need > 0 {
		// Grown as append grows it, from the full capacity.
		r = append(s[:cap(s)], make([]E, need)...)[:len(s)]
	}
	return r
}

// Clip removes unused capacity from the slice, returning
// s[:len(s):len(s)]. The result preserves the nilness of s.
func Clip[E any](s []E) []E {
	var r []E = s[:len(s):len(s)]
	return r
}

// Reverse reverses the elements of the slice in place.
func Reverse[E any](s []E) {
	j := len(s) - 1
	for i := 0; i < j; i++ {
		t := s[i]
		s[i] = s[j]
		s[j] = t
		j--
	}
}

// Concat returns a new slice concatenating the passed in slices. If the
// concatenation is empty, the result is nil.
func Concat[E any](slices ...[]E) []E {
	var r []E
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r = Grow(r, size)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Repeat returns a new slice that repeats x count times. The result has
// length and capacity len(x) * count, and is never nil. Repeat panics if
// count is negative or if len(x) * count overflows.
func Repeat[E any](x []E, count int) []E {
	var r []E
	if count < 0 {
		panic("cannot be negative")
	}
	hi, lo := bits.Mul(uint(len(x)), uint(count))
	if hi != 0 || lo > uint(maxInt) {
		panic("the result of (len(x) * count) overflows")
	}
	r = make([]E, int(lo))
	done := copy(r, x)
	for done < len(r) {
		// Double the copied prefix each time.
		done += copy(r[done:], r[:done])
	}
	return r
}

const maxInt = int(^uint(0) >> 1)

// zeroElems sets every element of s to its zero value.
func zeroElems[E any](s []E) {
	var z E
	for i := 0; i < len(s); i++ {
		s[i] = z
	}
}
