// stdlib-misc: encoding/hex and encoding/base64 (Std, URL, Raw variants) round trips and decode errors
package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	data := []byte("Go?>~\x00\xff")
	h := hex.EncodeToString(data)
	fmt.Println("hex:", h)
	back, err := hex.DecodeString(h)
	fmt.Println("hex back:", back, err)
	_, err = hex.DecodeString("abc")
	fmt.Println("odd length:", err)
	_, err = hex.DecodeString("zz")
	fmt.Println("invalid byte:", err)
	fmt.Println("Dump:")
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	fmt.Println("Std:", base64.StdEncoding.EncodeToString(data))
	fmt.Println("URL:", base64.URLEncoding.EncodeToString(data))
	fmt.Println("RawStd:", base64.RawStdEncoding.EncodeToString(data))
	fmt.Println("RawURL:", base64.RawURLEncoding.EncodeToString(data))
	for _, s := range []string{"", "f", "fo", "foo", "foob"} {
		fmt.Printf("pad %q -> %s\n", s, base64.StdEncoding.EncodeToString([]byte(s)))
	}
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println("decode:", string(dec), err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8@")
	fmt.Println("decode error:", err)
	fmt.Println("EncodedLen:", base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10))
}
