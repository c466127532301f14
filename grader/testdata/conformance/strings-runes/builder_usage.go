// strings-runes: strings.Builder with WriteString, WriteByte, WriteRune, Fprintf, Len and Reset
package main

import (
	"fmt"
	"strings"
)

func table(rows [][]string) string {
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, cell := range row {
			if j > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-5s", cell)
		}
	}
	return b.String()
}

func main() {
	var b strings.Builder
	b.WriteString("go")
	b.WriteByte('-')
	b.WriteRune('é')
	b.WriteRune('😀')
	fmt.Println("built:", b.String(), "len:", b.Len())
	b.Reset()
	fmt.Printf("after reset: %q %d\n", b.String(), b.Len())
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "[%d]", i)
	}
	fmt.Println("fprintf into builder:", b.String())
	fmt.Println(table([][]string{{"name", "qty"}, {"nut", "12"}, {"bolt", "7"}}))
	var parts strings.Builder
	parts.Grow(16)
	for _, w := range strings.Fields("a b c") {
		parts.WriteString(strings.ToUpper(w))
	}
	fmt.Println("grow then write:", parts.String())
}
