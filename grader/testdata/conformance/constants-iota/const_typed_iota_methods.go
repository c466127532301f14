// constants-iota: typed iota constants used as array indexes, map keys, and with bit operations in methods
package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	PermRead Perm = 1 << iota
	PermWrite
	PermExec
)

func (p Perm) String() string {
	var b strings.Builder
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type Level int

const (
	Low Level = iota + 1
	Mid
	High
)

func main() {
	all := PermRead | PermWrite | PermExec
	fmt.Println("perms:", PermRead, PermWrite, PermExec, all, Perm(0))
	fmt.Println("has:", all.Has(PermWrite), PermRead.Has(PermExec))
	rw := all &^ PermExec
	fmt.Println("clear exec:", rw, uint8(rw))

	var counts [High + 1]int
	for _, l := range []Level{Low, High, High, Mid, High} {
		counts[l]++
	}
	fmt.Println("counts by level:", counts)
	names := map[Level]string{Low: "low", Mid: "mid", High: "high"}
	fmt.Println("names:", names)
}
