// labels-goto: three nested labelled loops, continuing and breaking at each level
package main

import "fmt"

func main() {
	var hits []string
a:
	for i := 0; i < 3; i++ {
	b:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				switch {
				case k == 1 && j == 1:
					continue b
				case k == 2 && i == 1:
					continue a
				case i == 2 && j == 1:
					break a
				}
				hits = append(hits, fmt.Sprintf("%d%d%d", i, j, k))
			}
		}
	}
	fmt.Println("hits:", hits)
	fmt.Println("count:", len(hits))

	found := ""
scan:
	for _, word := range []string{"alpha", "beta", "gamma"} {
		for _, r := range word {
			if r == 'm' {
				found = word
				break scan
			}
		}
	}
	fmt.Println("first word with m:", found)
}
