// structs-methods: constructor functions, method chaining with pointer receivers, String method on the type
package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	limit  int
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(c string) *Query {
	q.wheres = append(q.wheres, c)
	return q
}

func (q *Query) Limit(n int) *Query {
	q.limit = n
	return q
}

func (q *Query) String() string {
	s := "SELECT * FROM " + q.table
	if len(q.wheres) > 0 {
		s += " WHERE " + strings.Join(q.wheres, " AND ")
	}
	if q.limit > 0 {
		s += fmt.Sprintf(" LIMIT %d", q.limit)
	}
	return s
}

type Rect struct{ W, H float64 }

func NewSquare(s float64) Rect      { return Rect{s, s} }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Scale(k float64) Rect { return Rect{r.W * k, r.H * k} }

func main() {
	fmt.Println(From("users").Where("age > 18").Where("active").Limit(10))
	fmt.Println(From("logs"))
	q := From("t")
	q.Limit(5)
	fmt.Println(q.String())
	sq := NewSquare(2)
	fmt.Println("square area:", sq.Area(), "scaled:", sq.Scale(3).Area(), "orig:", sq.Area())
}
