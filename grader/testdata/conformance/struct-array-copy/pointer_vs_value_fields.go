// struct-array-copy: value copies vs pointers to structs inside slices; taking addresses of slice elements
package main

import "fmt"

type cell struct {
	v    int
	note string
}

func main() {
	cells := []cell{{1, "a"}, {2, "b"}, {3, "c"}}
	first := cells[0]
	first.v = 100
	p := &cells[1]
	p.v = 200
	fmt.Println("value copy vs pointer:", cells)

	ptrs := []*cell{}
	for i := range cells {
		ptrs = append(ptrs, &cells[i])
	}
	for _, q := range ptrs {
		q.note += "!"
	}
	fmt.Println("through pointer slice:", cells)

	copied := make([]cell, len(cells))
	copy(copied, cells)
	copied[2].note = "copy"
	fmt.Println("copy() copies structs:", cells[2].note, copied[2].note)

	sameBacking := cells[1:]
	sameBacking[1].v = -3
	fmt.Println("subslice shares:", cells[2].v)

	arr := [2]cell{{1, "x"}, {2, "y"}}
	s := arr[:]
	s[0].note = "via slice"
	fmt.Println("slice of array shares:", arr[0].note)
	arr2 := arr
	arr2[1].note = "array copy"
	fmt.Println("array copy independent:", arr[1].note, arr2[1].note)
}
