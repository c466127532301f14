// generics: constraints with ~int | ~float64 unions, applied to named types
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int
type Ratio float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func Avg[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func main() {
	fmt.Println("ints:", Sum([]int{1, 2, 3}))
	fmt.Println("floats:", Sum([]float64{0.5, 0.25}))
	fmt.Println("int64:", Sum([]int64{1 << 40, 1 << 40}))
	c := Sum([]Cents{199, 250, 1})
	fmt.Printf("named int: %v %T\n", c, c)
	r := Scale([]Ratio{0.5, 1.5}, 2)
	fmt.Printf("named float: %v %T\n", r, r)
	fmt.Println("avg cents:", Avg([]Cents{1, 2}))
	fmt.Println("avg empty:", Avg([]float64{}))
	fmt.Println("integer division in T:", Sum([]int{7})/2, Sum([]float64{7})/2)
}
