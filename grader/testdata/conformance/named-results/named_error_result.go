// named-results: a named error result set by a deferred recover, and returned from several paths
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errEmpty = errors.New("empty input")

func parseAll(ss []string) (nums []int, err error) {
	if len(ss) == 0 {
		err = errEmpty
		return
	}
	for _, s := range ss {
		var n int
		n, err = strconv.Atoi(s)
		if err != nil {
			return nil, err
		}
		nums = append(nums, n)
	}
	return
}

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			v = -1
		}
	}()
	v = xs[i]
	return
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if recover() != nil {
			err = errors.New("division by zero")
		}
	}()
	q = a / b
	return
}

func main() {
	n, err := parseAll([]string{"1", "22", "333"})
	fmt.Println("parseAll ok:", n, err)
	n, err = parseAll([]string{"4", "x"})
	fmt.Println("parseAll bad:", n, err)
	n, err = parseAll(nil)
	fmt.Println("parseAll empty:", n, err, errors.Is(err, errEmpty))

	v, err := safeIndex([]int{1, 2, 3}, 1)
	fmt.Println("safeIndex 1:", v, err)
	v, err = safeIndex([]int{1, 2, 3}, 5)
	fmt.Println("safeIndex 5:", v, err)

	q, err := safeDiv(10, 3)
	fmt.Println("safeDiv 10 3:", q, err)
	q, err = safeDiv(1, 0)
	fmt.Println("safeDiv 1 0:", q, err)
}
