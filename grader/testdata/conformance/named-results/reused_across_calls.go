// named-results: a named result starts at zero on every call, even when the function is called in a loop
package main

import "fmt"

func acc(n int) (r int) {
	r += n
	return
}

func collect(s string) (out []string) {
	out = append(out, s)
	return
}

func tally(k string) (m map[string]int) {
	if m == nil {
		m = map[string]int{}
	}
	m[k]++
	return
}

func grow(n int) (s string, count int) {
	for i := 0; i < n; i++ {
		s += "*"
		count++
	}
	return
}

func main() {
	for i := 1; i <= 4; i++ {
		fmt.Println("acc call", i, "->", acc(i))
	}
	var all []string
	for _, w := range []string{"a", "b", "c"} {
		got := collect(w)
		all = append(all, fmt.Sprint(len(got), got))
	}
	fmt.Println("collect each call:", all)

	fmt.Println("tally first:", tally("x"))
	fmt.Println("tally second:", tally("x"))

	for _, n := range []int{3, 1, 2} {
		s, c := grow(n)
		fmt.Println("grow", n, "->", s, c)
	}

	sum := 0
	for i := 0; i < 5; i++ {
		sum += acc(10)
	}
	fmt.Println("sum of five acc(10):", sum)
}
