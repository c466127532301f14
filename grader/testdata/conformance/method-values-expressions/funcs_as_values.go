// method-values-expressions: top-level functions used as values, returned by name, compared with nil
package main

import (
	"fmt"
	"strings"
)

func double(x int) int { return x * 2 }
func square(x int) int { return x * x }
func negate(x int) int { return -x }

func pick(name string) func(int) int {
	switch name {
	case "double":
		return double
	case "square":
		return square
	case "negate":
		return negate
	}
	return nil
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	xs := []int{1, 2, 3}
	for _, n := range []string{"double", "square", "negate", "nope"} {
		f := pick(n)
		if f == nil {
			fmt.Println(n, "-> nil func")
			continue
		}
		fmt.Println(n, "->", mapInts(xs, f))
	}
	var f func(int) int
	fmt.Println("zero func is nil:", f == nil)
	f = square
	fmt.Println("assigned:", f(9))

	up := strings.ToUpper
	fmt.Println("stdlib func value:", up("abc"))
	trim := strings.TrimPrefix
	fmt.Println("two-arg stdlib func value:", trim("prefix-body", "prefix-"))
}
