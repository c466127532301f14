// maps: updating struct values stored in maps (copy, modify, store back) vs pointer values
package main

import (
	"fmt"
	"sort"
)

type player struct {
	Name  string
	Score int
	Games int
}

func main() {
	byValue := map[string]player{}
	byPtr := map[string]*player{}
	games := []struct {
		who   string
		score int
	}{{"ann", 10}, {"bob", 7}, {"ann", 5}, {"cat", 12}, {"bob", 3}}

	for _, g := range games {
		p := byValue[g.who]
		p.Name = g.who
		p.Score += g.score
		p.Games++
		byValue[g.who] = p

		if byPtr[g.who] == nil {
			byPtr[g.who] = &player{Name: g.who}
		}
		byPtr[g.who].Score += g.score
		byPtr[g.who].Games++
	}
	names := make([]string, 0, len(byValue))
	for n := range byValue {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v, p := byValue[n], byPtr[n]
		fmt.Printf("%s: value %d/%d pointer %d/%d\n", n, v.Score, v.Games, p.Score, p.Games)
	}
	fmt.Println("value map:", byValue)
}
