// Package cmp is Lectern's source for the standard package cmp, which the
// interpreter (yaegi v0.16.1) loads in place of the real one: the host
// type-checks learner code against the real package, the interpreter runs
// this. It declares the same exported identifiers with the same meaning.
//
// It is written in the subset of Go that yaegi v0.16.1 runs correctly. One
// rule shapes the signatures: yaegi infers a generic function's type
// arguments by resolving its parameter types and constraints in the
// caller's scope, not in the declaring package's. So the constraint of
// Less and Compare is cmpOrdered, a copy of Ordered under a name that no
// caller declares (a caller's own type named Ordered would otherwise be
// taken for it; a name the caller does not know leaves the type argument
// unchecked, which is safe since the host has type-checked the call).
//
// Each function declares its result first and returns only it: yaegi
// v0.16.1 reads the result of a generic function called in a variable
// declaration (`var c = cmp.Compare(x, y)`) from the function's first
// local variable instead of its result.
package cmp

// Ordered is a constraint that permits any ordered type: any type that
// supports the operators < <= >= >.
//
// Floating-point types may hold NaN values, which compare false with
// every value under == and <; see Compare for a consistent ordering.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// cmpOrdered is Ordered under a name callers do not use (see the package
// comment).
type cmpOrdered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y. For floating-point types, a NaN
// is less than any non-NaN, and -0.0 is not less than (is equal to) 0.0.
func Less[T cmpOrdered](x, y T) bool {
	var r bool
	// Only a NaN differs from itself.
	if x != x {
		r = y == y
	} else {
		r = x < y
	}
	return r
}

// Compare returns -1 if x is less than y, 0 if x equals y, and +1 if x is
// greater than y. For floating-point types, a NaN is less than any
// non-NaN, a NaN equals a NaN, and -0.0 equals 0.0.
func Compare[T cmpOrdered](x, y T) int {
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

// Or returns the first of its arguments that is not equal to the zero
// value. If no argument is non-zero, it returns the zero value.
func Or[T comparable](vals ...T) T {
	var r T
	var zero T
	for _, v := range vals {
		if v != zero {
			r = v
			break
		}
	}
	return r
}
