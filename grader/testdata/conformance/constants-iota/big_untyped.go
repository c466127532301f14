// constants-iota: big untyped constants: 1<<64 - 1 as uint64, math.MaxUint64, math.MinInt64, huge intermediates
package main

import (
	"fmt"
	"math"
)

const huge = 1 << 100

func maxU() uint64 { return 1<<64 - 1 }

func main() {
	fmt.Println("1<<64 - 1:", maxU())
	var u uint64 = math.MaxUint64
	fmt.Println("MaxUint64:", u, u == maxU())
	fmt.Println("MaxInt64:", math.MaxInt64, "MinInt64:", int64(math.MinInt64))
	fmt.Println("MaxInt32:", math.MaxInt32, "MaxUint32:", uint32(math.MaxUint32))
	fmt.Println("huge >> 98:", huge>>98)
	fmt.Println("huge / (1<<90):", huge/(1<<90))
	fmt.Println("float from huge:", float64(huge))
	const big = 12345678901234567890
	fmt.Println("big as uint64:", uint64(big))
	fmt.Println("big % 1000:", big%1000)
	fmt.Println("MaxUint8, MaxInt8, MinInt8:", math.MaxUint8, math.MaxInt8, math.MinInt8)
	var mu uint = math.MaxUint
	fmt.Println("MaxUint:", mu)
	fmt.Println("MaxUint16+1 as int:", math.MaxUint16+1)
}
