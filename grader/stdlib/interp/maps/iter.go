package maps

import "iter"

// All returns an iterator over key-value pairs from m. The iteration order
// is not specified and is not guaranteed to be the same from one call to
// the next.
func All[K comparable, V any](m map[K]V) iter.Seq2[K, V] {
	var seq iter.Seq2[K, V] = func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
	return seq
}

// Keys returns an iterator over keys in m. The iteration order is not
// specified and is not guaranteed to be the same from one call to the
// next.
func Keys[K comparable, V any](m map[K]V) iter.Seq[K] {
	var seq iter.Seq[K] = func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
	return seq
}

// Values returns an iterator over values in m. The iteration order is not
// specified and is not guaranteed to be the same from one call to the
// next.
func Values[K comparable, V any](m map[K]V) iter.Seq[V] {
	var seq iter.Seq[V] = func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
	return seq
}

// Insert adds the key-value pairs from seq to m. If a key in seq already
// exists in m, its value is overwritten.
func Insert[K comparable, V any](m map[K]V, seq func(yield func(K, V) bool)) {
	seq(func(k K, v V) bool {
		m[k] = v
		return true
	})
}

// Collect collects key-value pairs from seq into a new map and returns it.
func Collect[K comparable, V any](seq func(yield func(K, V) bool)) map[K]V {
	var r map[K]V = make(map[K]V)
	Insert(r, seq)
	return r
}
