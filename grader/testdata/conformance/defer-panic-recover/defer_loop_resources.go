// defer-panic-recover: deferred cleanup inside helper functions called from a loop, with and without panics
package main

import "fmt"

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func (r *resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func process(name string, fail bool, log *[]string) (err error) {
	r := open(name, log)
	defer r.Close()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("process %s: %v", name, p)
		}
	}()
	if fail {
		panic("bad data")
	}
	*log = append(*log, "work "+name)
	return nil
}

func main() {
	var log []string
	for i, name := range []string{"a", "b", "c"} {
		err := process(name, i == 1, &log)
		fmt.Println("result", name, "->", err)
	}
	for _, l := range log {
		fmt.Println("log:", l)
	}
}
