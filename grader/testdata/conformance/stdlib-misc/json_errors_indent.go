// stdlib-misc: encoding/json errors on malformed input and type mismatches, MarshalIndent, Valid, Marshal of maps
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Config struct {
	Name    string         `json:"name"`
	Port    int            `json:"port"`
	Debug   bool           `json:"debug"`
	Servers []string       `json:"servers"`
	Limits  map[string]int `json:"limits"`
}

func main() {
	var c Config
	err := json.Unmarshal([]byte(`{"name": "svc", "port": 80`), &c)
	fmt.Println("truncated:", err != nil, err)
	err = json.Unmarshal([]byte(`{"name": 5}`), &c)
	fmt.Println("type mismatch:", err)
	var ute *json.UnmarshalTypeError
	fmt.Println("is UnmarshalTypeError:", errors.As(err, &ute))
	err = json.Unmarshal([]byte(`{"port": "80"}`), &c)
	fmt.Println("string for int:", err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{bad}`), &c)
	fmt.Println("syntax:", err, errors.As(err, &se))
	err = json.Unmarshal([]byte(`[1,2]`), &c)
	fmt.Println("array into struct:", err)
	fmt.Println("Valid:", json.Valid([]byte(`{"a":[1,2]}`)), json.Valid([]byte(`{"a":}`)))

	good := Config{Name: "api", Port: 8080, Servers: []string{"a", "b"}, Limits: map[string]int{"rps": 100, "burst": 20}}
	out, err := json.MarshalIndent(good, "", "  ")
	fmt.Println(string(out), err)
	m, _ := json.Marshal(map[int]string{3: "c", 1: "a", 20: "t"})
	fmt.Println("int-keyed map:", string(m))
	esc, _ := json.Marshal("<tag> & \"quote\" é")
	fmt.Println("escaping:", string(esc))
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println("unsupported:", err)
}
