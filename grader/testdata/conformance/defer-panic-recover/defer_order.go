// defer-panic-recover: deferred calls run last-in first-out, arguments evaluated at defer time
package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter:", name)
	return name
}

func leave(name string) { fmt.Println("leave:", name) }

func nested() {
	defer leave(trace("outer"))
	fmt.Println("in nested body")
	func() {
		defer leave(trace("inner"))
		fmt.Println("in inner body")
	}()
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("main defer", i)
	}
	nested()
	x := 5
	defer fmt.Println("x at defer time:", x)
	x = 50
	fmt.Println("x now:", x)
	type rec struct{ n int }
	r := rec{1}
	defer fmt.Println("struct copied at defer:", r)
	p := &r
	defer func() { fmt.Println("pointer read late:", p.n) }()
	r.n = 2
}
