// closures: deferred closures see the final value of captured variables, deferred calls bind arguments early
package main

import "fmt"

func run() {
	x := 1
	defer fmt.Println("deferred arg bound early:", x)
	defer func() { fmt.Println("deferred closure sees late:", x) }()
	x = 2
	x *= 10
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("loop defer closure i:", i) }()
	}
}

func loopDefersArg() {
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("loop defer arg n:", n) }(i * 10)
	}
}

func main() {
	run()
	loopDefers()
	loopDefersArg()
	s := "start"
	func() {
		defer func() { s += "+deferred" }()
		s += "+body"
	}()
	fmt.Println("string after inner func:", s)
}
