package slices

import "iter"

// The functions here declare their results first and return only them,
// as in slices.go.

// All returns an iterator over index-value pairs in the slice in the usual
// order.
func All[E any](s []E) iter.Seq2[int, E] {
	var seq iter.Seq2[int, E] = func(yield func(int, E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				return
			}
		}
	}
	return seq
}

// Backward returns an iterator over index-value pairs in the slice,
// traversing it backward with descending indices.
func Backward[E any](s []E) iter.Seq2[int, E] {
	var seq iter.Seq2[int, E] = func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
	return seq
}

// Values returns an iterator that yields the slice elements in order.
func Values[E any](s []E) iter.Seq[E] {
	var seq iter.Seq[E] = func(yield func(E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(s[i]) {
				return
			}
		}
	}
	return seq
}

// AppendSeq appends the values from seq to the slice and returns the
// extended slice. If seq is empty, the result preserves the nilness of s.
func AppendSeq[E any](s []E, seq func(yield func(E) bool)) []E {
	var r []E = s
	seq(func(v E) bool {
		r = append(r, v)
		return true
	})
	return r
}

// Collect collects values from seq into a new slice and returns it. If
// seq is empty, the result is nil.
func Collect[E any](seq func(yield func(E) bool)) []E {
	var r []E
	r = AppendSeq(r, seq)
	return r
}

// Sorted collects values from seq into a new slice, sorts the slice, and
// returns it. If seq is empty, the result is nil.
func Sorted[E cmpOrdered](seq func(yield func(E) bool)) []E {
	var r []E
	r = Collect(seq)
	Sort(r)
	return r
}

// SortedFunc collects values from seq into a new slice, sorts the slice
// using cmp, and returns it. If seq is empty, the result is nil.
func SortedFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	var r []E
	r = Collect(seq)
	SortFunc(r, cmp)
	return r
}

// SortedStableFunc collects values from seq into a new slice, sorts it
// keeping the original order of equal elements, using cmp to compare
// elements, and returns it. If seq is empty, the result is nil.
func SortedStableFunc[E any](seq func(yield func(E) bool), cmp func(E, E) int) []E {
	var r []E
	r = Collect(seq)
	SortStableFunc(r, cmp)
	return r
}

// Chunk returns an iterator over consecutive sub-slices of up to n
// elements of s. All but the last sub-slice have size n, and all are
// clipped to have no capacity beyond their length. If s is empty, the
// sequence is empty. Chunk panics if n is less than 1.
func Chunk[E any](s []E, n int) iter.Seq[[]E] {
	var seq iter.Seq[[]E] = func(yield func([]E) bool) {
		for i := 0; i < len(s); i += n {
			end := len(s)
			if end-i > n {
				end = i + n
			}
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
	if n < 1 {
		panic("cannot be less than 1")
	}
	return seq
}
