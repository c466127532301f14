// type-switches-assertions: var v any = nilErr; v.(error) and typed nil pointers inside interfaces
package main

import "fmt"

type myErr struct{ s string }

func (e *myErr) Error() string {
	if e == nil {
		return "nil myErr"
	}
	return e.s
}

func find(fail bool) error {
	var p *myErr
	if fail {
		p = &myErr{"failed"}
	}
	return p
}

func findCorrect(fail bool) error {
	if fail {
		return &myErr{"failed"}
	}
	return nil
}

func main() {
	var nilErr error
	var v any = nilErr
	_, ok := v.(error)
	fmt.Println("nil error into any, assert error ok:", ok, v == nil)

	var p *myErr
	var e error = p
	fmt.Println("typed nil pointer in error != nil:", e != nil)
	fmt.Println("its message:", e.Error())
	back, ok := e.(*myErr)
	fmt.Println("assert back:", ok, back == nil)

	v = e
	ee, ok := v.(error)
	fmt.Println("any holding typed nil, assert error:", ok, ee != nil)

	fmt.Println("find(false) != nil:", find(false) != nil)
	fmt.Println("findCorrect(false) != nil:", findCorrect(false) != nil)
	fmt.Println("find(true):", find(true))

	switch x := v.(type) {
	case nil:
		fmt.Println("switch: nil")
	case *myErr:
		fmt.Println("switch: *myErr, nil pointer:", x == nil)
	}
	fmt.Printf("%%v of typed nil error: %v\n", e)
}
