// named-results: recursive functions with named results, each frame getting its own result variables
package main

import "fmt"

func depthSum(n int) (sum int, depth int) {
	if n == 0 {
		return
	}
	s, d := depthSum(n - 1)
	sum = s + n
	depth = d + 1
	return
}

func fact(n uint64) (r uint64) {
	r = 1
	if n <= 1 {
		return
	}
	r = n * fact(n-1)
	return
}

type node struct {
	val         int
	left, right *node
}

func (t *node) stats() (count, total, maxv int) {
	if t == nil {
		return
	}
	lc, lt, lm := t.left.stats()
	rc, rt, rm := t.right.stats()
	count = lc + rc + 1
	total = lt + rt + t.val
	maxv = max(t.val, lm, rm)
	return
}

func digits(n int) (ds []int) {
	if n < 10 {
		ds = []int{n}
		return
	}
	ds = append(digits(n/10), n%10)
	return
}

func main() {
	s, d := depthSum(10)
	fmt.Println("depthSum(10):", s, d)
	fmt.Println("fact(20):", fact(20))
	tree := &node{5, &node{3, &node{1, nil, nil}, nil}, &node{8, nil, &node{12, nil, nil}}}
	c, t, m := tree.stats()
	fmt.Println("tree stats:", c, t, m)
	var empty *node
	c, t, m = empty.stats()
	fmt.Println("nil tree stats:", c, t, m)
	fmt.Println("digits(90417):", digits(90417))
	fmt.Println("digits(7):", digits(7))
}
