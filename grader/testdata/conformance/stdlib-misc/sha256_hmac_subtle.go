// stdlib-misc: crypto/sha256 Sum256 and streaming Hash, crypto/hmac signing and Equal, crypto/subtle comparisons
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
)

func sign(key, msg []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return m.Sum(nil)
}

func main() {
	sum := sha256.Sum256([]byte("hello"))
	fmt.Println("Sum256:", hex.EncodeToString(sum[:]))
	fmt.Printf("Sum256 %%x: %x\n", sha256.Sum256(nil))

	h := sha256.New()
	h.Write([]byte("hel"))
	h.Write([]byte("lo"))
	fmt.Println("streaming equal:", hex.EncodeToString(h.Sum(nil)) == hex.EncodeToString(sum[:]))
	fmt.Println("Size, BlockSize:", h.Size(), h.BlockSize(), sha256.Size)

	key := []byte("secret")
	mac := sign(key, []byte("message"))
	fmt.Println("HMAC:", hex.EncodeToString(mac))
	fmt.Println("hmac.Equal same:", hmac.Equal(mac, sign(key, []byte("message"))))
	fmt.Println("hmac.Equal other:", hmac.Equal(mac, sign(key, []byte("massage"))))

	fmt.Println("ConstantTimeCompare:", subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")))
	fmt.Println("ConstantTimeCompare lengths:", subtle.ConstantTimeCompare([]byte("a"), []byte("ab")))
	fmt.Println("ConstantTimeEq:", subtle.ConstantTimeEq(5, 5), subtle.ConstantTimeEq(5, 6))
	fmt.Println("ConstantTimeSelect:", subtle.ConstantTimeSelect(1, 10, 20), subtle.ConstantTimeSelect(0, 10, 20))
	fmt.Println("ConstantTimeByteEq:", subtle.ConstantTimeByteEq('x', 'x'))
	s224 := sha256.Sum224([]byte("hello"))
	fmt.Println("Sum224 len:", len(s224))
}
