// closures: accumulators, running averages and once-only closures built from captured state
package main

import "fmt"

func averager() func(float64) float64 {
	var sum float64
	var n int
	return func(x float64) float64 {
		sum += x
		n++
		return sum / float64(n)
	}
}

func once(f func() string) func() string {
	done := false
	var cached string
	return func() string {
		if !done {
			cached = f()
			done = true
		}
		return cached
	}
}

func history() (add func(string), list func() []string) {
	var items []string
	add = func(s string) { items = append(items, s) }
	list = func() []string { return append([]string(nil), items...) }
	return
}

func main() {
	avg := averager()
	fmt.Println("avg:", avg(10), avg(20), avg(60))

	calls := 0
	o := once(func() string {
		calls++
		return fmt.Sprint("computed#", calls)
	})
	fmt.Println("once:", o(), o(), o(), "calls:", calls)

	add, list := history()
	add("one")
	snapshot := list()
	add("two")
	add("three")
	fmt.Println("snapshot:", snapshot)
	fmt.Println("list:", list())
}
