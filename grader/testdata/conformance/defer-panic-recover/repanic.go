// defer-panic-recover: re-panicking from a deferred function and recovering the new value further up
package main

import (
	"errors"
	"fmt"
)

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle deferred print runs")
	inner()
	fmt.Println("never printed")
}

func outer() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "outer got: " + r.(string)
		}
	}()
	middle()
	return "normal"
}

func wrapPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("layer2: %w", r.(error))
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Errorf("layer1: %w", r.(error)))
			}
		}()
		panic(errors.New("root"))
	}()
	return nil
}

func main() {
	fmt.Println(outer())
	err := wrapPanic()
	fmt.Println("wrapped chain:", err)
	fmt.Println("unwrap once:", errors.Unwrap(err))
}
