package sandbox

import (
	"fmt"
	"reflect"
)

// A value of one of the learner's interface types reaches fmt without
// its methods, and the interpreter cannot be trusted to find its concrete
// type either (two named types of one underlying type are taken for one
// another). A call of the method through the interface finds the right
// one, so the rewritten print hands fmt a compiled value whose String or
// Error calls back into that:
//
//	lecternrt.Stringer(x, func() string { return x.String() })
//
// x itself says only whether it is a nil pointer: fmt prints "<nil>" when
// a method called on one panics, and so does the stand-in.

type printed struct {
	method func() string
	nilPtr bool
}

func (p printed) call() (s string) {
	if p.nilPtr {
		defer func() {
			if r := recover(); r != nil {
				s = "<nil>"
			}
		}()
	}
	return p.method()
}

type stringFunc struct{ printed }

func (f stringFunc) String() string { return f.call() }

type errorFunc struct{ printed }

func (f errorFunc) Error() string { return f.call() }

func isNilPointer(x any) bool {
	v := reflect.ValueOf(x)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

func stringerOf(x any, method func() string) fmt.Stringer {
	return stringFunc{printed{method, isNilPointer(x)}}
}

func errorOf(x any, method func() string) error {
	return errorFunc{printed{method, isNilPointer(x)}}
}
