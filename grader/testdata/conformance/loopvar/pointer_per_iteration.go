// loopvar: taking the address of the loop variable yields a distinct pointer per iteration
package main

import "fmt"

type item struct{ id int }

func main() {
	var ptrs []*int
	for i := 0; i < 4; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Println("three-clause pointer value:", *p)
	}
	fmt.Println("distinct pointers:", ptrs[0] != ptrs[1])

	var ips []*item
	for _, it := range []item{{1}, {2}, {3}} {
		ips = append(ips, &it)
	}
	for _, p := range ips {
		fmt.Println("range pointer value:", p.id)
	}

	var last *int
	for i := range 3 {
		if last != nil {
			fmt.Println("previous iteration value kept:", *last, "current:", i)
		}
		last = &i
	}
}
