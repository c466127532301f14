// fmt-verbs: default float formatting in Println vs %v vs %g, special values, float32
package main

import (
	"fmt"
	"math"
)

type Ratio float32

func main() {
	vals := []float64{0, 1, -1.5, 0.1, 1.0 / 3, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0}
	for _, v := range vals {
		fmt.Println("println:", v, "| %v:", fmt.Sprintf("%v", v), "| %g:", fmt.Sprintf("%g", v), "| %f:", fmt.Sprintf("%f", v))
	}
	fmt.Println("float32:", float32(0.1), float32(1.0/3), Ratio(2.5))
	fmt.Println("special:", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("special %%f %%5.1f: %f %5.1f\n", math.Inf(1), math.NaN())
	fmt.Println("negative zero:", math.Copysign(0, -1))
	fmt.Println("complex:", complex(1, -2), complex64(complex(0.5, 0.25)))
	fmt.Printf("complex %%.1f: %.1f\n", complex(1.25, 2.75))
	fmt.Println("max float64:", math.MaxFloat64)
	fmt.Println("smallest:", math.SmallestNonzeroFloat64)
}
