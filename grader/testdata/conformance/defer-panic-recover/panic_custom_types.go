// defer-panic-recover: panicking with the program's own struct, pointer and int types and switching on them
package main

import "fmt"

type exitCode int

type failure struct {
	op   string
	line int
}

type detail struct{ reason string }

func (d *detail) Error() string { return "detail: " + d.reason }

func describe(f func()) (s string) {
	defer func() {
		switch v := recover().(type) {
		case nil:
			s = "nothing"
		case exitCode:
			s = fmt.Sprintf("exit code %d", int(v))
		case failure:
			s = fmt.Sprintf("failure in %s at %d", v.op, v.line)
		case *failure:
			s = fmt.Sprintf("pointer failure in %s", v.op)
		case error:
			s = "error: " + v.Error()
		case fmt.Stringer:
			s = "stringer: " + v.String()
		default:
			s = fmt.Sprintf("unknown %v", v)
		}
	}()
	f()
	return
}

func main() {
	fmt.Println(describe(func() { panic(exitCode(3)) }))
	fmt.Println(describe(func() { panic(failure{"read", 12}) }))
	fmt.Println(describe(func() { panic(&failure{"write", 7}) }))
	fmt.Println(describe(func() { panic(&detail{"disk full"}) }))
	fmt.Println(describe(func() { panic(3.5) }))
	fmt.Println(describe(func() {}))
}
