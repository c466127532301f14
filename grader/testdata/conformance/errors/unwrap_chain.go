// errors: a custom error type with an Unwrap() error method, walked with errors.Unwrap, Is and As
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

type OpError struct {
	Op  string
	Err error
}

func (o *OpError) Error() string { return o.Op + ": " + o.Err.Error() }
func (o *OpError) Unwrap() error { return o.Err }

func main() {
	err := &OpError{"write", &OpError{"flush", ErrTimeout}}
	fmt.Println("message:", err)
	fmt.Println("is timeout:", errors.Is(err, ErrTimeout))
	u := errors.Unwrap(err)
	fmt.Println("unwrap once:", u)
	fmt.Println("unwrap twice:", errors.Unwrap(u))
	fmt.Println("unwrap thrice:", errors.Unwrap(errors.Unwrap(u)))

	var op *OpError
	if errors.As(err, &op) {
		fmt.Println("as finds outermost:", op.Op)
	}
	depth := 0
	for e := error(err); e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("depth:", depth)
	var nilOp error = &OpError{"noop", nil}
	fmt.Println("unwrap to nil:", errors.Unwrap(nilOp) == nil)
}
