// stdlib-misc: encoding/json Marshal of the program's own structs with tags, omitempty, "-", string option, nested structs
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Age      int               `json:"age,omitempty"`
	Admin    bool              `json:"admin"`
	Score    int64             `json:"score,string"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"address,omitempty"`
	Home     Address           `json:"home"`
	Meta     map[string]string `json:"meta,omitempty"`
	internal string
	NoTag    float64
}

func main() {
	u := User{ID: 1, Name: "Ann", Password: "hunter2", Score: 99, Tags: []string{"a", "b"}, internal: "x", NoTag: 1.5}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	u.Email = "ann@x.io"
	u.Addr = &Address{Street: "Main 1"}
	u.Meta = map[string]string{"z": "1", "a": "2"}
	u.Tags = nil
	b, _ = json.Marshal(u)
	fmt.Println(string(b))
	b, _ = json.Marshal([]Address{{"A", "B"}, {}})
	fmt.Println(string(b))
}
