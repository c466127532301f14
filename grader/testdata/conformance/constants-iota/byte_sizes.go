// constants-iota: typed constants with iota shifts (KB ByteSize = 1 << (10 * iota)) and a String method
package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Size uint64

const (
	B Size = 1 << (10 * iota)
	KiB
	MiB
	GiB
)

func main() {
	fmt.Println("KB MB GB TB:", float64(KB), float64(MB), float64(GB), float64(TB))
	fmt.Println("stringer:", KB, MB*3, GB/2, TB*1.5, ByteSize(512))
	fmt.Println("uint sizes:", B, KiB, MiB, GiB)
	fmt.Printf("types: %T %T\n", KB, GiB)
	fmt.Println("arithmetic:", 5*MiB+KiB, GiB/MiB)
	var s ByteSize = 1536
	fmt.Println("1536 bytes:", s)
}
