// builtins: copy between slices and from strings, delete on maps, clear on maps and slices (Go 1.21)
package main

import "fmt"

func main() {
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println("copy:", n, dst)
	bs := make([]byte, 3)
	n = copy(bs, "abcdef")
	fmt.Println("copy string:", n, string(bs))

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "zzz")
	fmt.Println("delete:", m, len(m))

	clear(m)
	fmt.Println("clear map:", m, len(m), m == nil)
	m["new"] = 1
	fmt.Println("reuse cleared map:", m)

	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println("clear subslice zeroes shared elements:", s, len(sub))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("clear strings: %q %d\n", strs, len(strs))
	var nilMap map[int]int
	clear(nilMap)
	fmt.Println("clear nil map ok:", len(nilMap))
	ptrs := []*int{new(int)}
	clear(ptrs)
	fmt.Println("clear pointers to nil:", ptrs[0] == nil)
}
