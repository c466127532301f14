// interfaces-embedding: two io.Readers holding the same value of the program's own type compare equal
package main

import (
	"fmt"
	"io"
	"strings"
)

type Counter interface {
	io.Reader
	Count() int
}

type counting struct {
	src io.Reader
	n   int
}

func (c *counting) Read(p []byte) (int, error) {
	n, err := c.src.Read(p)
	c.n += n
	return n, err
}

func (c *counting) Count() int { return c.n }

func main() {
	var c Counter = &counting{src: strings.NewReader("x")}
	var r io.Reader = c
	fmt.Println(r == io.Reader(c), r != nil)
}
