// fmt-verbs: printing []byte with %s %v %x %q, byte arrays, and structs with byte slices
package main

import "fmt"

type Packet struct {
	Kind    byte
	Payload []byte
}

type Digest [4]byte

func main() {
	b := []byte("hi!")
	fmt.Println("Println:", b)
	fmt.Printf("%%s: %s\n", b)
	fmt.Printf("%%v: %v\n", b)
	fmt.Printf("%%x: %x\n", b)
	fmt.Printf("%%X with space: % X\n", b)
	fmt.Printf("%%q: %q\n", b)
	fmt.Printf("%%d: %d\n", b)
	p := Packet{7, []byte{0, 255}}
	fmt.Printf("packet %%v: %v\n", p)
	fmt.Printf("packet %%+v: %+v\n", p)
	fmt.Printf("packet %%#v: %#v\n", p)
	d := Digest{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("array %%x: %x\n", d)
	fmt.Printf("array %%v: %v\n", d)
	abcd := Digest{'a', 'b', 'c', 'd'}
	fmt.Printf("array slice %%s: %s\n", abcd[:])
	fmt.Println("nil bytes:", []byte(nil), len([]byte(nil)))
}
