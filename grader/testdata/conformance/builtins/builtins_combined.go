// builtins: len, cap, copy, min and max used together: growth check, copy with min, len of conversions, range over min
package main

import "fmt"

func main() {
	words := []string{"a", "bb", "ccc", "dddd"}
	longest, shortest := 0, 1<<31
	for _, w := range words {
		longest = max(longest, len(w))
		shortest = min(shortest, len(w))
	}
	fmt.Println("longest/shortest:", longest, shortest)
	s := make([]int, 0, 2)
	s = append(s, 1, 2)
	before := cap(s)
	s = append(s, 3)
	fmt.Println("grew:", cap(s) > before, len(s))
	buf := make([]byte, min(4, len("hello")))
	n := copy(buf, "hello")
	fmt.Println("copy with min:", n, string(buf))
	fmt.Println("len of []rune conversion:", len([]rune("héllo")), len([]byte("héllo")))
	total := 0
	for i := range min(3, 10) {
		total += i
	}
	fmt.Println("range over min:", total)
}
