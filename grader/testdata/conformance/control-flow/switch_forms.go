// control-flow: expression switch, tagless switch, switch with init, multiple values per case, no automatic fallthrough
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "other"
}

func main() {
	for _, s := range []int{95, 85, 72, 10, 90} {
		fmt.Println("grade", s, grade(s))
	}
	for _, c := range []byte("a 7x") {
		fmt.Printf("kind %q %s\n", c, kind(c))
	}
	switch x := 5 * 3; x {
	case 15:
		fmt.Println("init switch matched", x)
	case 16:
		fmt.Println("not this")
	}
	switch n := 4; {
	case n%2 == 0:
		fmt.Println("init tagless: even")
	}
	v := "b"
	switch v {
	case "a":
		fmt.Println("a")
	case "b":
		fmt.Println("b matched, no fallthrough to c")
	case "c":
		fmt.Println("c")
	}
	switch {
	default:
		fmt.Println("default first in source still runs last")
	case v == "z":
		fmt.Println("z")
	}
}
