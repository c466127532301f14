// stdlib-misc: bytes package: Buffer, Equal, Contains, Split, Fields, ToUpper, TrimSpace, Index, Join
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println("buffer:", buf.String(), buf.Len())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Println("read:", n, string(b), "rest:", buf.String())
	line, err := bytes.NewBufferString("one\ntwo").ReadString('\n')
	fmt.Printf("ReadString: %q %v\n", line, err)

	x := []byte("  Go Gophers  ")
	fmt.Printf("TrimSpace: %q\n", bytes.TrimSpace(x))
	fmt.Println("Equal:", bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}))
	fmt.Println("Compare:", bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println("Contains:", bytes.Contains(x, []byte("Go")), bytes.HasPrefix(x, []byte("  G")))
	fmt.Println("Index:", bytes.Index(x, []byte("ph")), bytes.IndexByte(x, 'G'))
	fmt.Printf("Split: %q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("Fields: %q\n", bytes.Fields(x))
	fmt.Printf("ToUpper: %s\n", bytes.ToUpper(x))
	fmt.Printf("Join: %s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	fmt.Printf("Repeat: %s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("ReplaceAll: %s\n", bytes.ReplaceAll([]byte("aXbXc"), []byte("X"), []byte("--")))
	buf.Reset()
	fmt.Println("after reset:", buf.Len())
}
