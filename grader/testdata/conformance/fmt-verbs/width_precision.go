// fmt-verbs: widths, precisions and flags: %5.2f %-8s %08.3f %+d %x %X %o %b %e %g %6d %-6d|
package main

import "fmt"

type Celsius float64

func main() {
	f := 3.14159
	fmt.Printf("[%5.2f]\n", f)
	fmt.Printf("[%-8s]\n", "go")
	fmt.Printf("[%8s]\n", "go")
	fmt.Printf("[%08.3f]\n", f)
	fmt.Printf("[%08.3f]\n", -f)
	fmt.Printf("[%+d] [%+d]\n", 5, -5)
	fmt.Printf("[%6d] [%-6d] [%06d]\n", 42, 42, -42)
	fmt.Printf("[%x] [%X] [%#x] [%o] [%#o] [%O] [%b]\n", 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("[%e] [%E] [%.2e]\n", 123456.789, 0.000123, 1e10)
	fmt.Printf("[%g] [%g] [%g] [%.3g]\n", 100000.0, 1e21, 0.00001, 3.14159)
	fmt.Printf("[%.0f] [%.1f] [%.1f]\n", 2.5, 0.05, 0.25)
	fmt.Printf("[%5.1f%%]\n", 99.44)
	fmt.Printf("[%*d] [%-*d]\n", 5, 7, 5, 7)
	fmt.Printf("[%.3s] [%.10s]\n", "abcdef", "ab")
	fmt.Printf("[%6.2f] named float\n", Celsius(21.456))
	fmt.Printf("[% d] [% d] [% x]\n", 7, -7, "hi")
	fmt.Printf("[%x] [%X] [% X]\n", "héllo", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("[%t] [%5t]\n", true, false)
	fmt.Printf("[%v] [%.2v]\n", 1.0/3, 1.0/3)
	fmt.Printf("[%8.3v]\n", "abcdef")
}
