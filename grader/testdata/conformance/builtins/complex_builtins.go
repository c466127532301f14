// builtins: complex, real, imag on complex128 and complex64, arithmetic and comparison
package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(3, 4)
	fmt.Println("complex:", c, real(c), imag(c))
	fmt.Println("abs:", math.Hypot(real(c), imag(c)))
	d := c * complex(0, 1)
	fmt.Println("times i:", d)
	fmt.Println("conj:", complex(real(c), -imag(c)))
	fmt.Println("sum/diff/quot:", c+d, c-d, c/complex(2, 0))
	var c64 complex64 = complex(1.5, -2)
	fmt.Printf("complex64: %v %T %T\n", c64, real(c64), c64)
	fmt.Println("equal:", c == complex(3, 4), c == d)
	const k = 2 + 3i
	fmt.Println("constant:", k, real(k), imag(k))
	fmt.Printf("%%.2f: %.2f\n", c/3)
	x := 1i * 1i
	fmt.Println("i*i:", x, real(x) == -1)
}
