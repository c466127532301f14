// defer-panic-recover: converting panics into return values, the function continues to be callable
package main

import (
	"fmt"
	"strconv"
)

func mustPositive(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

func parse(s string) (n int, ok bool, why string) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
			switch v := r.(type) {
			case error:
				why = "error: " + v.Error()
			case string:
				why = "string: " + v
			}
		}
	}()
	return mustPositive(s), true, ""
}

func main() {
	for _, in := range []string{"12", "-4", "abc", "0", "7"} {
		n, ok, why := parse(in)
		fmt.Printf("parse %q -> %d %v %q\n", in, n, ok, why)
	}
}
