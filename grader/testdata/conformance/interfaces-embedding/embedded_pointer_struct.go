// interfaces-embedding: structs embedding pointer structs, promoted fields and methods through the pointer
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

func (l Logger) Count() int { return len(l.lines) }

type Service struct {
	*Logger
	name string
}

type Worker struct {
	Service
	id int
}

type Counter interface{ Count() int }

func main() {
	shared := &Logger{prefix: "> "}
	a := Service{shared, "a"}
	b := Service{Logger: shared, name: "b"}
	a.Log("from a")
	b.Log("from b")
	fmt.Println("shared lines:", shared.lines)
	fmt.Println("count via a:", a.Count(), "via b:", b.Count())
	fmt.Println("promoted field:", a.prefix)

	w := Worker{Service{&Logger{prefix: "w: "}, "svc"}, 7}
	w.Log("deep promotion")
	fmt.Println("worker lines:", w.lines, w.name, w.id)

	var c Counter = a
	fmt.Println("Service as Counter:", c.Count())
	c = w
	fmt.Println("Worker as Counter:", c.Count())

	copyA := a
	copyA.Log("via copy")
	fmt.Println("copy shares logger:", a.Count(), len(shared.lines))

	var empty Service
	func() {
		defer func() { fmt.Println("nil embedded pointer panics:", recover() != nil) }()
		empty.Log("x")
	}()
}
