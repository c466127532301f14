// slices-arrays: arrays as map values and struct fields, array pointers auto-dereferenced in indexing and range
package main

import "fmt"

type matrix [2][2]int

func (m matrix) mul(o matrix) matrix {
	var r matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *matrix) scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func main() {
	f := matrix{{1, 1}, {1, 0}}
	r := matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.mul(f)
	}
	fmt.Println("fib matrix ^10:", r)
	r.scale(2)
	fmt.Println("scaled:", r)

	m := map[string][3]int{"a": {1, 2, 3}}
	v := m["a"]
	v[0] = 100
	fmt.Println("array in map is copied:", m["a"], v)

	p := &[3]string{"x", "y", "z"}
	for i, s := range p {
		p[i] = s + s
	}
	fmt.Println("range over array pointer:", *p, len(p))
}
