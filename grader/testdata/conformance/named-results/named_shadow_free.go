// named-results: named results of several types returned with bare return, no shadowing
package main

import "fmt"

type stats struct {
	min, max int
}

func summarize(xs []int) (count int, mean float64, st stats, labels map[string]int) {
	labels = map[string]int{}
	count = len(xs)
	if count == 0 {
		return
	}
	st.min, st.max = xs[0], xs[0]
	total := 0
	for _, x := range xs {
		total += x
		st.min = min(st.min, x)
		st.max = max(st.max, x)
		if x%2 == 0 {
			labels["even"]++
		} else {
			labels["odd"]++
		}
	}
	mean = float64(total) / float64(count)
	return
}

func flags(n uint) (a, b, c bool, rest uint) {
	a = n&1 != 0
	b = n&2 != 0
	c = n&4 != 0
	rest = n >> 3
	return
}

func main() {
	c, m, st, l := summarize([]int{3, 8, 1, 6, 5})
	fmt.Println("summarize:", c, m, st, l)
	c, m, st, l = summarize(nil)
	fmt.Println("summarize nil:", c, m, st, l)
	for _, n := range []uint{0, 5, 6, 15, 64} {
		a, b, cc, r := flags(n)
		fmt.Println("flags", n, "->", a, b, cc, r)
	}
}
