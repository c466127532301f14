// fmt-verbs: Sprint adds spaces only between operands when neither is a string; Sprintln always does
package main

import "fmt"

type Name string
type Num int

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", "b"))
	fmt.Printf("%q\n", fmt.Sprint(1, 2))
	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprint(1.5, true, nil))
	fmt.Printf("%q\n", fmt.Sprint(Name("x"), Name("y")))
	fmt.Printf("%q\n", fmt.Sprint(Num(1), Num(2)))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%q\n", fmt.Sprint("x", []int{2}, 3))
	fmt.Printf("%q\n", fmt.Sprint(struct{ A int }{1}, 2))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1))
	fmt.Printf("%q\n", fmt.Sprintln())
	var e error
	fmt.Printf("%q\n", fmt.Sprint(e, e))
	fmt.Printf("%q\n", fmt.Sprint('a', 'b'))
	fmt.Printf("%q\n", fmt.Sprint(Name("n"), 5))
}
