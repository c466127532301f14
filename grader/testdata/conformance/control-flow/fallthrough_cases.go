// control-flow: fallthrough transfers into the next case body unconditionally, including into default
package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
		fallthrough
	default:
		out = append(out, "non-positive")
	}
	return out
}

func levels(l int) (s string) {
	switch l {
	case 3:
		s += "3"
		fallthrough
	case 2:
		s += "2"
		fallthrough
	case 1:
		s += "1"
	}
	return
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}
	for l := 0; l <= 4; l++ {
		fmt.Printf("levels(%d) = %q\n", l, levels(l))
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 100:
		fmt.Println("falls into 100 even though x != 100")
	case 2:
		fmt.Println("not reached")
	}
}
