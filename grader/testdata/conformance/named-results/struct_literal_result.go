// named-results: assigning struct literals and composite values to named results
package main

import "fmt"

type config struct {
	Name    string
	Retries int
	Tags    []string
}

type pair struct{ lo, hi int }

func defaults(name string) (c config) {
	c = config{Name: name, Retries: 3}
	if name == "" {
		c.Name = "anon"
	}
	return
}

func withTag(name, tag string) (c config) {
	c = defaults(name)
	c.Tags = append(c.Tags, tag)
	return
}

func bounds(xs []int) (p pair) {
	if len(xs) == 0 {
		return
	}
	p = pair{xs[0], xs[0]}
	for _, x := range xs[1:] {
		if x < p.lo {
			p.lo = x
		}
		if x > p.hi {
			p.hi = x
		}
	}
	return
}

func newPtr(n int) (p *pair) {
	p = &pair{lo: -n, hi: n}
	return
}

func arr() (a [3]string) {
	a = [3]string{"x", "y"}
	a[2] = "z"
	return
}

func main() {
	fmt.Println("defaults:", defaults("svc"))
	fmt.Println("defaults empty:", defaults(""))
	fmt.Println("withTag:", withTag("db", "primary"))
	fmt.Println("withTag again:", withTag("db", "replica"))
	fmt.Println("bounds:", bounds([]int{4, -2, 9, 0}))
	fmt.Println("bounds empty:", bounds(nil))
	p := newPtr(5)
	fmt.Println("pointer result:", p.lo, p.hi)
	fmt.Println("array result:", arr())
}
