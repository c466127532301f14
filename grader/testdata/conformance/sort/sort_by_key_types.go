// sort: sorting by named-type fields, by computed keys, and sorting map keys of several types
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Score float64

type entry struct {
	Name  string
	Score Score
}

func main() {
	es := []entry{{"x", 2.5}, {"y", -1}, {"z", 2.5}, {"w", 10}}
	sort.Slice(es, func(i, j int) bool {
		if es[i].Score == es[j].Score {
			return es[i].Name > es[j].Name
		}
		return es[i].Score > es[j].Score
	})
	fmt.Println("by score desc, name desc:", es)

	words := strings.Fields("Go is an open source programming language")
	sort.Slice(words, func(i, j int) bool {
		li, lj := len(words[i]), len(words[j])
		if li != lj {
			return li < lj
		}
		return strings.ToLower(words[i]) < strings.ToLower(words[j])
	})
	fmt.Println("by length then case-insensitive:", words)

	m := map[int]string{30: "c", 10: "a", 20: "b"}
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	var vals []string
	for _, k := range keys {
		vals = append(vals, m[k])
	}
	fmt.Println("map by key desc:", keys, vals)
}
