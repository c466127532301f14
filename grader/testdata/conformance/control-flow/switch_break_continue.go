// control-flow: break inside switch leaves the switch; continue inside switch continues the enclosing loop
package main

import "fmt"

func main() {
	var out []string
	for i := 0; i < 6; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			out = append(out, "three-before-break")
			break
		case i == 5:
			out = append(out, "five")
		default:
			out = append(out, fmt.Sprint(i))
		}
		out = append(out, "after-switch")
	}
	fmt.Println(out)

	evens := 0
	for _, v := range []int{2, 3, 4, 5, 6} {
		switch v % 2 {
		case 1:
			continue
		}
		evens++
	}
	fmt.Println("evens:", evens)
}
