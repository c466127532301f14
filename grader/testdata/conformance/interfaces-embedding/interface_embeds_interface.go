// interfaces-embedding: interfaces built by embedding other interfaces, and values satisfying them
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type buffer struct {
	data   []string
	closed bool
}

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *buffer) Close() error {
	b.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(strings.ToUpper(s))
	}
	return n
}

func main() {
	src := &buffer{}
	var rw ReadWriter = src
	rw.Write("alpha")
	rw.Write("beta")
	dst := &buffer{}
	fmt.Println("copied bytes:", copyAll(dst, rw))
	fmt.Println("dst data:", dst.data)

	var rwc ReadWriteCloser = dst
	var r Reader = rwc
	fmt.Println("read via narrower:", r.Read())
	fmt.Println("close:", rwc.Close(), dst.closed)

	var w Writer = rwc
	if c, ok := w.(Closer); ok {
		fmt.Println("writer is also closer:", c.Close())
	}
	_, isRWC := r.(ReadWriteCloser)
	fmt.Println("reader is rwc:", isRWC)
}
