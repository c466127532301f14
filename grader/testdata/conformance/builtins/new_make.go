// builtins: new returns a pointer to a zero value; make for slices, maps, channels with sizes
package main

import "fmt"

type Config struct {
	Name string
	Max  int
	Tags []string
}

func main() {
	pi := new(int)
	*pi += 5
	fmt.Println("new(int):", *pi)
	ps := new(string)
	fmt.Printf("new(string): %q\n", *ps)
	pc := new(Config)
	pc.Name = "cfg"
	fmt.Printf("new(Config): %+v nil tags %v\n", *pc, pc.Tags == nil)
	pa := new([3]int)
	pa[1] = 7
	fmt.Println("new array:", *pa)
	psl := new([]int)
	*psl = append(*psl, 1)
	fmt.Println("new slice:", *psl)

	s := make([]string, 3)
	fmt.Printf("make slice len 3: %q\n", s)
	s2 := make([]int, 0, 5)
	fmt.Println("make len 0 cap 5:", len(s2), cap(s2))
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	fmt.Println("make map:", m)
	ch := make(chan string, 2)
	ch <- "x"
	fmt.Println("make chan:", len(ch), cap(ch), <-ch)
	n := 4
	grid := make([][]bool, n)
	for i := range grid {
		grid[i] = make([]bool, n)
	}
	grid[1][2] = true
	fmt.Println("make grid:", grid[1])
}
