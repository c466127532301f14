// defer-panic-recover: panic(nil) is recovered as *runtime.PanicNilError in Go 1.21+, its message and type
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered non-nil:", r != nil)
			err, ok := r.(error)
			fmt.Println("is error:", ok)
			if ok {
				fmt.Println("message:", err.Error())
			}
			fmt.Printf("type: %T\n", r)
		}()
		panic(nil)
	}()
	func() {
		defer func() {
			var e error
			r := recover()
			e, _ = r.(error)
			fmt.Println("typed nil error panic, recovered is nil:", r == nil, e == nil)
		}()
		var e error
		panic(e)
	}()
}
