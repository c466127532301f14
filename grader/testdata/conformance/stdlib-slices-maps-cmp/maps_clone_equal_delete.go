// stdlib-slices-maps-cmp: maps.Clone, maps.Equal, maps.EqualFunc, maps.DeleteFunc, maps.Copy
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["a"] = 100
	fmt.Println("clone independent:", m, c)
	fmt.Println("Equal:", maps.Equal(m, c), maps.Equal(m, maps.Clone(m)))
	var nilMap map[string]int
	fmt.Println("Equal nil vs empty:", maps.Equal(nilMap, map[string]int{}))
	fmt.Println("Clone of nil is nil:", maps.Clone(nilMap) == nil)

	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println("DeleteFunc odd values:", c)

	dst := map[string]int{"a": 0, "z": 26}
	maps.Copy(dst, m)
	fmt.Println("Copy overwrites:", dst)

	upper := map[string]string{"x": "HELLO"}
	lower := map[string]string{"x": "hello"}
	fmt.Println("EqualFunc fold:", maps.EqualFunc(upper, lower, strings.EqualFold))
	fmt.Println("EqualFunc different keys:", maps.EqualFunc(upper, map[string]string{"y": "HELLO"}, strings.EqualFold))
}
