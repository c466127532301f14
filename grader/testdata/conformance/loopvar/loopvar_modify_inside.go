// loopvar: modifying the loop variable inside the body still affects the next iteration (copied back)
package main

import "fmt"

func main() {
	var seen []int
	for i := 0; i < 10; i++ {
		seen = append(seen, i)
		if i == 2 {
			i = 6
		}
	}
	fmt.Println("skipped by assignment:", seen)

	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i })
		i += 1
	}
	var vals []int
	for _, f := range fs {
		vals = append(vals, f())
	}
	fmt.Println("closures see value at end of their iteration:", vals)

	var incs []func()
	var report []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { i += 10 })
		report = append(report, func() int { return i })
	}
	for _, f := range incs {
		f()
	}
	for _, r := range report {
		fmt.Println("closure modified its own copy:", r())
	}
}
