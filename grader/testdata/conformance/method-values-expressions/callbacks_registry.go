// method-values-expressions: registering method values as callbacks, then firing them in order
package main

import "fmt"

type bus struct {
	subs map[string][]func(string)
}

func (b *bus) on(topic string, f func(string)) {
	if b.subs == nil {
		b.subs = map[string][]func(string){}
	}
	b.subs[topic] = append(b.subs[topic], f)
}

func (b *bus) emit(topic, msg string) int {
	n := 0
	for _, f := range b.subs[topic] {
		f(msg)
		n++
	}
	return n
}

type recorder struct {
	name string
	got  []string
}

func (r *recorder) handle(msg string) { r.got = append(r.got, r.name+":"+msg) }

func main() {
	var b bus
	r1 := &recorder{name: "r1"}
	r2 := &recorder{name: "r2"}
	b.on("news", r1.handle)
	b.on("news", r2.handle)
	b.on("alerts", r2.handle)
	b.on("alerts", func(m string) { r1.got = append(r1.got, "closure:"+m) })

	fmt.Println("news handlers:", b.emit("news", "hello"))
	fmt.Println("alerts handlers:", b.emit("alerts", "fire"))
	fmt.Println("none:", b.emit("none", "x"))
	fmt.Println("r1:", r1.got)
	fmt.Println("r2:", r2.got)
}
