// fmt-verbs: values of the program's own interface types printed: fmt calls their String and Error methods
package main

import "fmt"

type ticket struct{ n int }

func (t *ticket) String() string { return fmt.Sprint("ticket #", t.n) }
func (t *ticket) Number() int    { return t.n }

// Numbered is printed through its String method.
type Numbered interface {
	fmt.Stringer
	Number() int
}

type refusal struct{ code int }

func (e *refusal) Error() string { return fmt.Sprint("refused with ", e.code) }
func (e *refusal) Code() int     { return e.code }

// Coded is an error with a code.
type Coded interface {
	error
	Code() int
}

func issue(n int) Numbered { return &ticket{n} }

func refuse() Coded { return &refusal{403} }

func main() {
	t := issue(7)
	fmt.Println(t)
	fmt.Printf("%v|%s|%q|%d\n", t, t, t, t.Number())
	fmt.Println(fmt.Sprint(t) == "ticket #7", fmt.Sprintf("[%10s]", t))
	c := refuse()
	fmt.Println(c)
	fmt.Printf("%v|%s|%d\n", c, c, c.Code())
	fmt.Println(fmt.Sprintf("%v", c) == "refused with 403")
	fmt.Println("straight from a call:", issue(9), refuse())
	var none Numbered
	var noErr Coded
	fmt.Println("nil:", none, noErr)
	all := []Numbered{issue(1), issue(2)}
	for _, n := range all {
		fmt.Print(n, "; ")
	}
	fmt.Println()
}
