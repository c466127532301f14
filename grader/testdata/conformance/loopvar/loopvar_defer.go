// loopvar: defers and method values in loops capture the per-iteration variable
package main

import "fmt"

type job struct{ name string }

func (j job) report() { fmt.Println("report:", j.name) }

func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure i:", i) }()
	}
}

func main() {
	run()
	var calls []func()
	for _, j := range []job{{"a"}, {"b"}, {"c"}} {
		calls = append(calls, j.report)
	}
	for _, c := range calls {
		c()
	}
	var ptrCalls []func() string
	for _, j := range []job{{"x"}, {"y"}} {
		p := &j
		ptrCalls = append(ptrCalls, func() string { return p.name })
	}
	for _, c := range ptrCalls {
		fmt.Println("pointer to loop var:", c())
	}
}
