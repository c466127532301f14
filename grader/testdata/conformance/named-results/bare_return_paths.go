// named-results: bare returns on several paths, early returns and explicit values overriding named results
package main

import (
	"fmt"
	"strings"
)

func classify(n int) (kind string, even bool) {
	even = n%2 == 0
	if n < 0 {
		kind = "negative"
		return
	}
	if n == 0 {
		return "zero", true
	}
	kind = "positive"
	return
}

func split(s string) (head, tail string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return
	}
	head, tail, ok = s[:i], s[i+1:], true
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = fmt.Errorf("divide %d by zero", a)
		return
	}
	q = a / b
	r = a % b
	return
}

func override() (x int) {
	x = 5
	return 9
}

func main() {
	for _, n := range []int{-3, 0, 8, 7} {
		k, e := classify(n)
		fmt.Println("classify", n, "->", k, e)
	}
	for _, s := range []string{"key:value", "novalue", ":lead", "trail:"} {
		h, t, ok := split(s)
		fmt.Printf("split %q -> %q %q %v\n", s, h, t, ok)
	}
	q, r, err := divmod(17, 5)
	fmt.Println("divmod 17 5:", q, r, err)
	q, r, err = divmod(-17, 5)
	fmt.Println("divmod -17 5:", q, r, err)
	q, r, err = divmod(3, 0)
	fmt.Println("divmod 3 0:", q, r, err)
	fmt.Println("override:", override())
}
