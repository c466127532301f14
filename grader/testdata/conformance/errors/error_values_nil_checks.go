// errors: returning nil error vs typed nil pointer; checking err != nil in helpers; error as map value
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func good() error { return nil }

func bad() error {
	var p *MyErr
	return p
}

func check(name string, err error) {
	if err != nil {
		fmt.Println(name, "-> non-nil error")
		return
	}
	fmt.Println(name, "-> nil")
}

func main() {
	check("good", good())
	check("bad (typed nil)", bad())
	var me *MyErr
	fmt.Println("As into *MyErr from typed nil:", errors.As(bad(), &me), me == nil)

	results := map[string]error{"a": nil, "b": errors.New("b broke")}
	for _, k := range []string{"a", "b", "c"} {
		err, ok := results[k]
		fmt.Println("map", k, "present:", ok, "err:", err)
	}
	errs := []error{nil, good(), errors.New("x")}
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	fmt.Println("non-nil count:", n)
}
