// defer-panic-recover: recover only works in a directly deferred function; nested helpers return nil
package main

import "fmt"

func helper() any { return recover() }

func direct() (got any) {
	defer func() { got = recover() }()
	panic("direct")
}

func viaHelper() (got any) {
	defer func() {
		got = helper()
		if got == nil {
			got = recover()
			got = fmt.Sprint("helper saw nil, then direct got ", got)
		}
	}()
	panic("via helper")
}

func noPanic() (got any) {
	defer func() { got = recover() }()
	return "unchanged"
}

func deferredRecoverCall() (s string) {
	defer func() {
		s = fmt.Sprint("outer recovered ", recover())
	}()
	func() {
		defer recover()
		panic("deferred recover call")
	}()
	return "after"
}

func main() {
	fmt.Println("direct:", direct())
	fmt.Println("via helper:", viaHelper())
	fmt.Println("no panic:", noPanic())
	fmt.Println("defer recover():", deferredRecoverCall())
	fmt.Println("recover outside panic:", recover())
}
