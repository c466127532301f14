// maps: maps of maps and maps of slices, lazily initialised inner values
package main

import (
	"fmt"
	"sort"
)

func main() {
	graph := map[string]map[string]int{}
	addEdge := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	addEdge("a", "b", 1)
	addEdge("a", "c", 4)
	addEdge("b", "c", 2)
	fmt.Println("graph:", graph)
	fmt.Println("missing outer lookup:", graph["z"]["a"], graph["z"] == nil)

	groups := map[int][]string{}
	for _, w := range []string{"go", "rust", "c", "zig", "java", "ml"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	lens := make([]int, 0)
	for k := range groups {
		lens = append(lens, k)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println("len", l, groups[l])
	}

	matrix := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println("array keys:", matrix[[2]int{1, 2}], len(matrix))

	type key struct {
		user string
		day  int
	}
	visits := map[key]int{}
	visits[key{"ann", 1}]++
	visits[key{"ann", 1}]++
	visits[key{"bob", 2}]++
	fmt.Println("struct keys:", visits[key{"ann", 1}], visits[key{"bob", 2}], visits[key{"cat", 3}])
}
