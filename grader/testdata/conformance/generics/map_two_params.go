// generics: Map[T, U any] with T different from U, applied to ints, strings and structs
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type user struct {
	name string
	age  int
}

func main() {
	nums := []int{1, 22, 333}
	strs := Map(nums, strconv.Itoa)
	fmt.Println("int -> string:", strs, len(strs[2]))

	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println("string -> int:", lens)

	halves := Map(nums, func(n int) float64 { return float64(n) / 2 })
	fmt.Println("int -> float64:", halves)

	users := []user{{"ann", 31}, {"bob", 25}}
	names := Map(users, func(u user) string { return strings.ToUpper(u.name) })
	fmt.Println("struct -> string:", names)

	ptrs := Map(users, func(u user) *user { return &u })
	fmt.Println("struct -> pointer:", ptrs[0].name, ptrs[1].age)

	explicit := Map[int, bool](nums, func(n int) bool { return n%2 == 1 })
	fmt.Println("explicit instantiation:", explicit)

	nested := Map(Map(nums, strconv.Itoa), func(s string) []byte { return []byte(s) })
	fmt.Println("chained:", nested)

	empty := Map([]string{}, func(s string) int { return 0 })
	fmt.Println("empty:", empty, len(empty), empty == nil)
}
