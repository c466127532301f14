// assignments: comma-ok channel receives assigned into existing variables, before and after close
package main

import "fmt"

type msg struct {
	id   int
	body string
}

func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	close(ch)

	v, ok := <-ch
	fmt.Println("first:", v, ok)
	v, ok = <-ch
	fmt.Println("second:", v, ok)
	v, ok = <-ch
	fmt.Println("after close:", v, ok)
	v, ok = <-ch
	fmt.Println("again:", v, ok)

	mc := make(chan msg, 1)
	mc <- msg{1, "hello"}
	close(mc)
	var m msg
	m, ok = <-mc
	fmt.Printf("struct: %v %v\n", m, ok)
	m, ok = <-mc
	fmt.Printf("struct closed: %v %v\n", m, ok)

	sc := make(chan string)
	go func() {
		sc <- "ping"
		close(sc)
	}()
	var s string
	for {
		s, ok = <-sc
		if !ok {
			break
		}
		fmt.Println("loop got:", s)
	}
	fmt.Printf("loop end: %q %v\n", s, ok)

	pc := make(chan *msg, 1)
	close(pc)
	var p *msg
	p, ok = <-pc
	fmt.Println("pointer closed:", p == nil, ok)
}
