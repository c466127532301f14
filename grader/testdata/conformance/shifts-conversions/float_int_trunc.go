// shifts-conversions: float to int conversion truncates toward zero; int to float; float32 rounding
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75} {
		fmt.Println("int of", f, "=", int(f))
	}
	fmt.Println("int64 of 1e18:", int64(1e18))
	var f float64 = 255.99
	fmt.Println("uint8 of 255.99:", uint8(f))
	fmt.Println("Round/Floor/Ceil/Trunc -2.5:", math.Round(-2.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5))
	fmt.Println("int(math.Round(2.5)):", int(math.Round(2.5)))

	n := 7
	fmt.Println("float64(n)/2:", float64(n)/2, "n/2:", n/2)
	big := int64(1<<53 + 1)
	fmt.Println("int64 2^53+1 via float64:", int64(float64(big)))

	var f32 float32 = 0.1
	fmt.Println("float32 0.1 widened:", float64(f32))
	fmt.Println("float32 16777217:", float32(16777217))

	pct := 37
	total := 120
	fmt.Println("percentage:", float64(pct)/float64(total)*100)
	fmt.Println("integer percentage:", pct*100/total)
	g := -127.9
	fmt.Printf("int8 of float -127.9: %d\n", int8(g))
}
