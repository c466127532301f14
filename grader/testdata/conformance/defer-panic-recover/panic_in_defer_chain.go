// defer-panic-recover: all deferred calls still run during panicking; a later panic replaces the earlier one
package main

import "fmt"

func chain() (out []string) {
	defer func() {
		r := recover()
		out = append(out, fmt.Sprint("final recover: ", r))
	}()
	defer func() {
		out = append(out, "second deferred runs")
	}()
	defer func() {
		panic("replacement")
	}()
	defer func() {
		out = append(out, "first deferred runs")
	}()
	panic("original")
}

func countRuns() (n int) {
	defer func() { recover() }()
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	panic("stop")
}

func main() {
	for _, s := range chain() {
		fmt.Println(s)
	}
	fmt.Println("deferred runs during panic:", countRuns())
}
