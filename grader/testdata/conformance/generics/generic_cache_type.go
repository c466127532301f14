// generics: a generic Cache[K comparable, V any] struct with a zero-value default and eviction order
package main

import "fmt"

type Cache[K comparable, V any] struct {
	limit int
	order []K
	data  map[K]V
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{limit: limit, data: make(map[K]V)}
}

func (c *Cache[K, V]) Put(k K, v V) (evicted K, did bool) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		evicted, c.order = c.order[0], c.order[1:]
		delete(c.data, evicted)
		did = true
	}
	return
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) Keys() []K { return append([]K(nil), c.order...) }

func main() {
	c := NewCache[string, int](2)
	fmt.Println(c.Put("a", 1))
	fmt.Println(c.Put("b", 2))
	fmt.Println(c.Put("a", 10))
	fmt.Println(c.Put("c", 3))
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok)
	v, ok = c.Get("b")
	fmt.Println("get b:", v, ok)
	fmt.Println("keys:", c.Keys())

	d := NewCache[int, []string](1)
	d.Put(1, []string{"x"})
	k, ev := d.Put(2, nil)
	got, ok := d.Get(2)
	fmt.Println("slice values:", k, ev, got == nil, ok)
}
