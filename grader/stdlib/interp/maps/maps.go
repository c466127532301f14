// Package maps is Lectern's source for the standard package maps, which
// the interpreter (yaegi v0.16.1) loads in place of the real one: the host
// type-checks learner code against the real package, the interpreter runs
// this. It declares the same exported functions with the same parameters
// and meaning, written in the subset of Go that yaegi v0.16.1 runs
// correctly. The signatures differ from the real ones where yaegi needs
// them to:
//
//   - A map parameter or result of type M ~map[K]V is a plain map[K]V. A
//     value of a named map type is still accepted, but Clone then returns a
//     map[K]V, not the named type.
//   - An iter.Seq2[K, V] parameter is the function type underlying it,
//     func(yield func(K, V) bool): yaegi infers type arguments by resolving
//     the parameter types in the caller's scope, where iter is unknown.
//     Results are still iter.Seq and iter.Seq2.
//
// Like the real package, it has no special handling for keys that are not
// equal to themselves (floating-point NaNs).
package maps

// Equal reports whether two maps contain the same key/value pairs. Values
// are compared using ==.
func Equal[K, V comparable](m1, m2 map[K]V) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		v2, ok := m2[k]
		if !ok || v1 != v2 {
			return false
		}
	}
	return true
}

// EqualFunc is like Equal, but compares values using eq. Keys are still
// compared with ==.
func EqualFunc[K comparable, V1, V2 any](m1 map[K]V1, m2 map[K]V2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		v2, ok := m2[k]
		if !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}

// Clone returns a copy of m: a shallow clone, the new keys and values set
// using ordinary assignment. The clone of a nil map is nil.
func Clone[K comparable, V any](m map[K]V) map[K]V {
	// One result variable, returned alone: yaegi v0.16.1 hands a caller
	// that declares `var x T = maps.Clone(m)`, T a named map type, a nil
	// map when the generic function returns any other expression.
	var r map[K]V
	if m != nil {
		r = make(map[K]V, len(m))
		for k, v := range m {
			r[k] = v
		}
	}
	return r
}

// Copy copies all key/value pairs in src adding them to dst. When a key in
// src is already present in dst, the value in dst is overwritten by the
// value associated with the key in src.
func Copy[K comparable, V any](dst, src map[K]V) {
	for k, v := range src {
		dst[k] = v
	}
}

// DeleteFunc deletes any key/value pairs from m for which del returns
// true.
func DeleteFunc[K comparable, V any](m map[K]V, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}
