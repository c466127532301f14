// interfaces-embedding: slices and maps of any holding the program's own types, dispatch on method presence
package main

import "fmt"

type Sizer interface{ Size() int }

type file struct {
	name  string
	bytes int
}

func (f file) Size() int { return f.bytes }

type dir struct {
	name     string
	children []Sizer
}

func (d dir) Size() int {
	total := 0
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

func main() {
	root := dir{"root", []Sizer{
		file{"a.txt", 100},
		dir{"sub", []Sizer{file{"b.txt", 20}, file{"c.txt", 3}}},
		dir{"empty", nil},
	}}
	fmt.Println("root size:", root.Size())

	things := []any{file{"x", 5}, "not a sizer", root, 42, dir{"d", nil}}
	total := 0
	for i, t := range things {
		if s, ok := t.(Sizer); ok {
			total += s.Size()
			fmt.Println("thing", i, "sizer", s.Size())
		} else {
			fmt.Println("thing", i, "plain", t)
		}
	}
	fmt.Println("total:", total)

	byName := map[string]any{"f": file{"f", 1}, "n": nil}
	for _, k := range []string{"f", "n", "missing"} {
		v := byName[k]
		_, ok := v.(Sizer)
		fmt.Println("key", k, "nil:", v == nil, "sizer:", ok)
	}
}
