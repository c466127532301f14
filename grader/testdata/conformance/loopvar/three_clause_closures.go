// loopvar: Go 1.22 per-iteration variables in three-clause loops captured by closures
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println("captured i:", f())
	}

	var gs []func() int
	for i := 0; i < 6; i += 2 {
		gs = append(gs, func() int { return i * 10 })
	}
	for _, g := range gs {
		fmt.Println("step 2 captured:", g())
	}

	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Println("modified in body, captured after:", h())
	}

	var ks []func() (int, int)
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		ks = append(ks, func() (int, int) { return i, j })
	}
	for _, k := range ks {
		a, b := k()
		fmt.Println("two vars:", a, b)
	}
}
