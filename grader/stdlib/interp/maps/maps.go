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
// Each function that returns something declares its result first and
// returns only it: yaegi v0.16.1 reads the result of a generic function
// called in a variable declaration (`var x T = maps.Clone(m)`) from the
// function's first local variable instead of its result.
//
// Like the real package, it has no special handling for keys that are not
// equal to themselves (floating-point NaNs).
package maps

// Equal reports whether two maps contain the same key/value pairs. Values
// are compared using ==.
func Equal[K, V comparable](m1, m2 map[K]V) bool {
	var r bool
	r = len(m1) == len(m2)
	if r {
		for k, v1 := range m1 {
			v2, ok := m2[k]
			if !ok || v1 != v2 {
				r = false
				break
			}
		}
	}
	return r
}

// EqualFunc is like Equal, but compares values using eq. Keys are still
// compared with ==.
//
// Its m2 has a key type of its own, K2, always K itself (the real m2 is a
// map[K]V2): yaegi v0.16.1 infers type arguments by listing the types
// that each parameter's type binds, in order, and handing them out to the
// type parameters in order, so the type parameters must be listed as
// m1, m2 and eq first bind them: K, V1, then m2's key, then V2.
func EqualFunc[K comparable, V1 any, K2 comparable, V2 any](m1 map[K]V1, m2 map[K2]V2, eq func(V1, V2) bool) bool {
	var r bool
	r = len(m1) == len(m2)
	if r {
		for k, v1 := range m1 {
			k2, _ := any(k).(K2)
			v2, ok := m2[k2]
			if !ok || !eq(v1, v2) {
				r = false
				break
			}
		}
	}
	return r
}

// Clone returns a copy of m: a shallow clone, the new keys and values set
// using ordinary assignment. The clone of a nil map is nil.
func Clone[K comparable, V any](m map[K]V) map[K]V {
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
