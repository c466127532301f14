// named-results: deferred closures that read and modify named results after return
package main

import (
	"errors"
	"fmt"
)

func triple(n int) (r int) {
	defer func() { r *= 3 }()
	return n + 1
}

func order() (s string) {
	defer func() { s += "-first-deferred-runs-last" }()
	defer func() { s += "-second" }()
	s = "body"
	return s + "-ret"
}

func wrapErr(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return errors.New("inner")
	}
	return nil
}

func countDefers(n int) (c int) {
	for i := 0; i < n; i++ {
		defer func() { c++ }()
	}
	return 100
}

func observe() (v int) {
	seen := -1
	defer func() { fmt.Println("deferred sees result:", v, "seen:", seen) }()
	seen = v
	v = 42
	return
}

func main() {
	fmt.Println("triple(4):", triple(4))
	fmt.Println("order:", order())
	fmt.Println("wrapErr(true):", wrapErr(true))
	fmt.Println("wrapErr(false):", wrapErr(false))
	fmt.Println("countDefers(3):", countDefers(3))
	fmt.Println("observe:", observe())
	for i := 0; i < 3; i++ {
		fmt.Println("triple loop", i, triple(i))
	}
}
