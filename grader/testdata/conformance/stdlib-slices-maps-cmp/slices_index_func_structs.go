// stdlib-slices-maps-cmp: finding, filtering and grouping structs with slices and maps helpers together
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type book struct {
	Title  string
	Author string
	Year   int
}

func main() {
	books := []book{
		{"Dune", "Herbert", 1965}, {"Emma", "Austen", 1815}, {"Persuasion", "Austen", 1817},
		{"Neuromancer", "Gibson", 1984}, {"Children of Dune", "Herbert", 1976},
	}
	i := slices.IndexFunc(books, func(b book) bool { return b.Year > 1980 })
	fmt.Println("first after 1980:", books[i].Title)

	byAuthor := map[string][]string{}
	for _, b := range books {
		byAuthor[b.Author] = append(byAuthor[b.Author], b.Title)
	}
	for _, a := range slices.Sorted(maps.Keys(byAuthor)) {
		fmt.Println("author:", a, byAuthor[a])
	}
	oldest := slices.MinFunc(books, func(a, b book) int { return cmp.Compare(a.Year, b.Year) })
	fmt.Println("oldest:", oldest.Title)
	sorted := slices.SortedFunc(slices.Values(books), func(a, b book) int {
		return cmp.Or(cmp.Compare(a.Author, b.Author), cmp.Compare(a.Year, b.Year))
	})
	for _, b := range sorted {
		fmt.Println("sorted:", b.Author, b.Year, b.Title)
	}
}
