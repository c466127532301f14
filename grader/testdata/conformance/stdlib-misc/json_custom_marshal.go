// stdlib-misc: encoding/json with the program's own MarshalJSON/UnmarshalJSON methods and embedded structs
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", int(l)))
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = Level(len(s))
	return nil
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Post struct {
	Base
	Title string `json:"title"`
	Level Level  `json:"level"`
}

func main() {
	p := Post{Base{1, "2024-01-01"}, "hello", 3}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var q Post
	err = json.Unmarshal([]byte(`{"id":2,"created":"x","title":"t","level":"*****"}`), &q)
	fmt.Println(q.ID, q.Created, q.Title, int(q.Level), err)
	err = json.Unmarshal([]byte(`{"level":5}`), &q)
	fmt.Println("custom unmarshal error:", err)
	lv, _ := json.Marshal([]Level{1, 2})
	fmt.Println("slice of custom:", string(lv))
}
