// loopvar: per-iteration variables in range loops over slices, maps, strings and channels captured by closures
package main

import (
	"fmt"
	"sort"
)

func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Println("slice range:", f())
	}

	var rs []func() rune
	for _, r := range "xyz" {
		rs = append(rs, func() rune { return r })
	}
	for _, f := range rs {
		fmt.Println("string range:", string(f()))
	}

	var ms []func() string
	for k, v := range map[string]int{"one": 1, "two": 2, "three": 3} {
		ms = append(ms, func() string { return fmt.Sprint(k, "=", v) })
	}
	var got []string
	for _, f := range ms {
		got = append(got, f())
	}
	sort.Strings(got)
	fmt.Println("map range:", got)

	ch := make(chan int, 3)
	ch <- 7
	ch <- 8
	ch <- 9
	close(ch)
	var cs []func() int
	for v := range ch {
		cs = append(cs, func() int { return v })
	}
	for _, f := range cs {
		fmt.Println("channel range:", f())
	}
}
