// interfaces-embedding: a value of an interface of the program's own, converted to io.Reader (or another interface of a compiled package), is still the same value
package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counter reads and counts what it read.
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

func newCounter(s string) Counter { return &counting{src: strings.NewReader(s)} }

// asReader returns its counter as an io.Reader.
func asReader(c Counter) io.Reader { return c }

type pipeline struct {
	in io.Reader
}

// Ranking is sorted through sort.Interface.
type Ranking interface {
	sort.Interface
	Top() string
}

type scores struct {
	names []string
	swaps int
}

func (s *scores) Len() int           { return len(s.names) }
func (s *scores) Less(i, j int) bool { return s.names[i] < s.names[j] }
func (s *scores) Swap(i, j int)      { s.names[i], s.names[j] = s.names[j], s.names[i]; s.swaps++ }
func (s *scores) Top() string        { return s.names[0] }

// viaNamed hands its counter back through a named result.
func viaNamed(c Counter) (r io.Reader) {
	r = c
	return
}

func main() {
	c := newCounter("hello")
	var r io.Reader = c
	b, _ := io.ReadAll(r)
	fmt.Println("assigned:", string(b), c.Count())

	c = newCounter("abc")
	b, _ = io.ReadAll(asReader(c))
	fmt.Println("returned:", string(b), c.Count())

	c = newCounter("argument")
	var out bytes.Buffer
	n, err := io.Copy(&out, c)
	fmt.Println("argument:", n, err, out.String(), c.Count())

	c = newCounter("converted")
	b, _ = io.ReadAll(io.Reader(c))
	fmt.Println("converted:", string(b), c.Count())

	c1, c2 := newCounter("one "), newCounter("two")
	b, _ = io.ReadAll(io.MultiReader(c1, c2))
	fmt.Println("variadic:", string(b), c1.Count(), c2.Count())

	c = newCounter("field")
	p := pipeline{in: c}
	b, _ = io.ReadAll(p.in)
	fmt.Println("struct field:", string(b), c.Count())

	c = newCounter("element")
	readers := []io.Reader{c}
	b, _ = io.ReadAll(readers[0])
	fmt.Println("slice element:", string(b), c.Count())

	c = newCounter("sent")
	ch := make(chan io.Reader, 1)
	ch <- c
	b, _ = io.ReadAll(<-ch)
	fmt.Println("sent:", string(b), c.Count())

	b, _ = io.ReadAll(newCounter("straight from a call"))
	fmt.Println("call result:", string(b))

	c1, c2 = newCounter("left"), newCounter("right")
	var r1, r2 io.Reader
	r1, r2 = c1, c2
	io.ReadAll(r1)
	io.ReadAll(r2)
	fmt.Println("parallel assignment:", c1.Count(), c2.Count())

	c = newCounter("named result")
	io.ReadAll(viaNamed(c))
	fmt.Println("named result:", c.Count())

	var rank Ranking = &scores{names: []string{"cy", "ab", "bo"}}
	sort.Sort(rank)
	fmt.Println("sorted:", rank.Top(), rank.(*scores).names, rank.(*scores).swaps > 0)
}
