// goroutines-channels-select: goroutines sending results and errors over a struct channel, collected by index
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type outcome struct {
	idx int
	val int
	err error
}

func main() {
	inputs := []string{"10", "x", "30", "", "50"}
	ch := make(chan outcome, len(inputs))
	for i, in := range inputs {
		go func() {
			if in == "" {
				ch <- outcome{i, 0, errors.New("empty")}
				return
			}
			n, err := strconv.Atoi(in)
			ch <- outcome{i, n * 2, err}
		}()
	}
	outs := make([]outcome, len(inputs))
	for range inputs {
		o := <-ch
		outs[o.idx] = o
	}
	sum := 0
	for _, o := range outs {
		if o.err != nil {
			fmt.Println("input", o.idx, "error:", o.err)
			continue
		}
		sum += o.val
		fmt.Println("input", o.idx, "value:", o.val)
	}
	fmt.Println("sum:", sum)
}
