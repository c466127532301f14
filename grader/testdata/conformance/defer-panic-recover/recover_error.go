// defer-panic-recover: recovering error values, r.(error), comparing r with a sentinel, errors.Is on it
package main

import (
	"errors"
	"fmt"
)

var errLimit = errors.New("limit exceeded")

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func guard(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("non-error panic: %v", r)
			}
		}
	}()
	f()
	return nil
}

func main() {
	err := guard(func() { panic(errLimit) })
	fmt.Println("sentinel:", err, err == errLimit, errors.Is(err, errLimit))

	err = guard(func() { panic(codeErr{404}) })
	var ce codeErr
	fmt.Println("custom:", err, errors.As(err, &ce), ce.code)

	err = guard(func() { panic(fmt.Errorf("wrapped: %w", errLimit)) })
	fmt.Println("wrapped:", err, err == errLimit, errors.Is(err, errLimit))

	err = guard(func() { panic("plain string") })
	fmt.Println("string panic:", err)

	err = guard(func() {})
	fmt.Println("no panic:", err)

	func() {
		defer func() {
			r := recover()
			fmt.Println("r == errLimit:", r == errLimit)
			fmt.Println("r == other:", r == any(codeErr{1}))
		}()
		panic(errLimit)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("value error equal:", r == any(codeErr{7}))
		}()
		panic(codeErr{7})
	}()
}
