// control-flow: if with init statements, else-if chains, scoping of init variables into else branches
package main

import (
	"fmt"
	"strconv"
)

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func parse(s string) string {
	if n, err := strconv.Atoi(s); err != nil {
		return "bad: " + s
	} else if n > 100 {
		return "big: " + strconv.Itoa(n)
	} else {
		return fmt.Sprint("ok: ", n*2)
	}
}

func main() {
	for _, n := range []int{-3, 0, 9} {
		fmt.Println(n, sign(n))
	}
	for _, s := range []string{"7", "x", "500"} {
		fmt.Println(parse(s))
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok && v > 0 {
		fmt.Println("found positive", v)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("b missing")
	}
	x := 10
	if x := x * 2; x > 15 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	a, b := true, false
	if a && !b || b {
		fmt.Println("boolean precedence ok")
	}
}
