// interfaces-embedding: two types alike underneath (int, []int) implementing one interface, converted to io.Reader and sort.Interface
package main

import (
	"fmt"
	"io"
	"sort"
)

type Source interface {
	io.Reader
	Label() string
}

type zeros int

func (z zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), io.EOF
}
func (z zeros) Label() string { return "zeros" }

type ones int

func (o ones) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '1'
	}
	return len(p), io.EOF
}
func (o ones) Label() string { return "ones" }

type Ranked interface {
	sort.Interface
	Top() int
}

type asc []int

func (a asc) Len() int           { return len(a) }
func (a asc) Less(i, j int) bool { return a[i] < a[j] }
func (a asc) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a asc) Top() int           { return a[0] }

type desc []int

func (d desc) Len() int           { return len(d) }
func (d desc) Less(i, j int) bool { return d[i] > d[j] }
func (d desc) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }
func (d desc) Top() int           { return d[0] }

func main() {
	for _, s := range []Source{zeros(0), ones(0)} {
		b := make([]byte, 3)
		n, _ := io.ReadFull(s, b)
		fmt.Println(s.Label(), n, string(b))
	}
	for _, r := range []Ranked{asc{3, 1, 2}, desc{3, 1, 2}} {
		sort.Sort(r)
		fmt.Println(r.Top())
	}
}
