// stdlib-misc: encoding/json decoding into any: numbers become float64, objects map[string]any, arrays []any
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func main() {
	var v any
	err := json.Unmarshal([]byte(`{"n": 42, "f": 1.5, "big": 12345678901234567890, "s": "x", "b": true, "z": null, "a": [1, "two", {"k": 3}]}`), &v)
	fmt.Println("err:", err)
	m := v.(map[string]any)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v (%T)\n", k, m[k], m[k])
	}
	n := m["n"].(float64)
	fmt.Println("n as int:", int(n))
	arr := m["a"].([]any)
	fmt.Printf("array elems: %T %T %T\n", arr[0], arr[1], arr[2])
	fmt.Println("nested:", arr[2].(map[string]any)["k"])

	var num any
	_ = json.Unmarshal([]byte(`3`), &num)
	fmt.Printf("bare number: %v %T\n", num, num)
	var ms map[string]any
	_ = json.Unmarshal([]byte(`{"x": [], "y": {}}`), &ms)
	fmt.Println("empty containers:", ms)
	out, _ := json.Marshal(m)
	fmt.Println("re-marshal sorted keys:", string(out))
}
