// named-results: methods with named results on value and pointer receivers, called repeatedly
package main

import "fmt"

type wallet struct {
	coins []int
}

func (w wallet) total() (sum int) {
	for _, c := range w.coins {
		sum += c
	}
	return
}

func (w *wallet) take(n int) (taken []int, left int) {
	if n > len(w.coins) {
		n = len(w.coins)
	}
	taken = append(taken, w.coins[:n]...)
	w.coins = w.coins[n:]
	left = len(w.coins)
	return
}

func (w wallet) largest() (v int, ok bool) {
	for _, c := range w.coins {
		if !ok || c > v {
			v, ok = c, true
		}
	}
	return
}

func main() {
	w := &wallet{coins: []int{5, 10, 25, 1, 50}}
	fmt.Println("total:", w.total())
	v, ok := w.largest()
	fmt.Println("largest:", v, ok)
	for i := 0; i < 3; i++ {
		t, l := w.take(2)
		fmt.Println("take 2 ->", t, "left", l, "total", w.total())
	}
	v, ok = w.largest()
	fmt.Println("largest empty:", v, ok)
	var z wallet
	fmt.Println("zero wallet total:", z.total())
}
