// slices-arrays: slicing expressions, len and cap of subslices, full slice expressions s[a:b:c]
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	fmt.Println("arr[2:5]:", s, len(s), cap(s))
	t := s[1:4]
	fmt.Println("reslice beyond len within cap:", t, len(t), cap(t))
	u := arr[2:5:6]
	fmt.Println("full slice expr:", u, len(u), cap(u))
	fmt.Println("arr[:0]:", arr[:0], len(arr[:0]), cap(arr[:0]))
	fmt.Println("arr[8:]:", arr[8:], len(arr[8:]))
	head := arr[:3]
	tail := arr[5:]
	fmt.Println("head tail:", head, tail, cap(head), cap(tail))
	str := "abcdef"
	fmt.Println("string slices:", str[1:3], str[:2], str[4:])

	func() {
		defer func() { fmt.Println("beyond cap panics:", recover() != nil) }()
		n := 7
		_ = u[:n]
	}()
	ps := &arr
	fmt.Println("slice of array pointer:", ps[6:], len(ps))
}
