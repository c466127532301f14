// labels-goto: labelled continue over a sorted map iteration and over a range-over-int loop
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]int{
		"a": {1, 2, 3},
		"b": {4, -1, 6},
		"c": {7, 8},
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	valid := []string{}
next:
	for _, k := range keys {
		for _, v := range groups[k] {
			if v < 0 {
				continue next
			}
		}
		valid = append(valid, k)
	}
	fmt.Println("groups without negatives:", valid)

	primes := []int{}
candidates:
	for n := range 30 {
		if n < 2 {
			continue
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue candidates
			}
		}
		primes = append(primes, n)
	}
	fmt.Println("primes < 30:", primes)
}
