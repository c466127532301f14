// interfaces-embedding: embedding sort.Interface to override one method (reverse order wrapper written by hand)
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type flipped struct{ sort.Interface }

func (f flipped) Less(i, j int) bool { return f.Interface.Less(j, i) }

func main() {
	words := []string{"kiwi", "fig", "banana", "apple", "plum"}
	sort.Stable(byLen(words))
	fmt.Println("by length:", words)
	sort.Stable(flipped{byLen(words)})
	fmt.Println("flipped:", words)
	f := flipped{byLen(words)}
	fmt.Println("promoted Len:", f.Len())
	f.Swap(0, 1)
	fmt.Println("promoted Swap:", words)
	fmt.Println("sorted by flipped:", sort.IsSorted(f))
}
