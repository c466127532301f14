// functions: variadic parameters: zero args, several args, spreading a slice with ..., aliasing of the spread slice
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func describe(nums ...int) string {
	return fmt.Sprintf("len=%d nil=%v", len(nums), nums == nil)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func anyArgs(prefix string, vals ...any) string {
	return prefix + fmt.Sprint(len(vals)) + ":" + fmt.Sprint(vals...)
}

func main() {
	fmt.Println("no args:", sum(), describe())
	fmt.Println("three args:", sum(1, 2, 3), describe(1, 2, 3))
	s := []int{10, 20, 30}
	fmt.Println("spread:", sum(s...), describe(s...))
	fmt.Println("spread empty:", describe([]int{}...))
	fmt.Println("join:", join("-", "a", "b", "c"), join(","))
	zeroFirst(s...)
	fmt.Println("spread shares backing:", s)
	zeroFirst(7, 8)
	fmt.Println("any variadic:", anyArgs("n", 1, "x", 2.5))
	fmt.Println("any spread:", anyArgs("m", []any{"p", "q"}...))
	var fn func(...int) int = sum
	fmt.Println("variadic func value:", fn(4, 5))
	fmt.Printf("type: %T\n", fn)
}
