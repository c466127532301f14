// control-flow: && and || short-circuit evaluation; side effects only on evaluated operands
package main

import "fmt"

var trace []string

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func main() {
	trace = nil
	r := t("a", false) && t("b", true)
	fmt.Println("false && x:", r, trace)

	trace = nil
	r = t("a", true) || t("b", false)
	fmt.Println("true || x:", r, trace)

	trace = nil
	r = t("a", true) && t("b", false) || t("c", true)
	fmt.Println("a && b || c:", r, trace)

	trace = nil
	r = t("a", false) || t("b", false) && t("c", true)
	fmt.Println("a || b && c:", r, trace)

	var p *struct{ n int }
	if p != nil && p.n > 0 {
		fmt.Println("not reached")
	}
	fmt.Println("nil guard avoided panic")
	s := []int{}
	if len(s) > 0 && s[0] == 1 {
		fmt.Println("not reached")
	}
	fmt.Println("length guard avoided panic")
}
