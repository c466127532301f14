// stdlib-slices-maps-cmp: slices.All, slices.Values, slices.Backward, slices.Chunk and slices.AppendSeq
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	for i, v := range slices.All(s) {
		if i%2 == 0 {
			fmt.Println("All:", i, v)
		}
	}
	var back []string
	for i, v := range slices.Backward(s) {
		back = append(back, fmt.Sprint(i, v))
	}
	fmt.Println("Backward:", back)
	for c := range slices.Chunk(s, 2) {
		fmt.Println("Chunk:", c)
	}
	joined := slices.AppendSeq([]string{"start"}, slices.Values(s[:2]))
	fmt.Println("AppendSeq:", joined)
	fmt.Println("Collect Values:", slices.Collect(slices.Values([]int{3, 1, 2})))
	fmt.Println("Sorted Values:", slices.Sorted(slices.Values([]int{3, 1, 2})))
}
