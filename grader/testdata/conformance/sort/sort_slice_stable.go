// sort: sort.Slice with a multi-key less, and sort.SliceStable keeping the order of equal elements
package main

import (
	"fmt"
	"sort"
)

type task struct {
	name     string
	priority int
	order    int
}

func main() {
	tasks := []task{
		{"write", 2, 0}, {"test", 1, 1}, {"lint", 2, 2}, {"ship", 3, 3},
		{"plan", 1, 4}, {"fix", 2, 5}, {"demo", 3, 6},
	}
	stable := append([]task(nil), tasks...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].priority < stable[j].priority })
	for _, t := range stable {
		fmt.Println("stable:", t.priority, t.name)
	}

	multi := append([]task(nil), tasks...)
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].priority != multi[j].priority {
			return multi[i].priority > multi[j].priority
		}
		return multi[i].name < multi[j].name
	})
	for _, t := range multi {
		fmt.Println("multi-key:", t.priority, t.name)
	}
	fmt.Println("SliceIsSorted:", sort.SliceIsSorted(multi, func(i, j int) bool {
		return multi[i].priority > multi[j].priority
	}))
}
