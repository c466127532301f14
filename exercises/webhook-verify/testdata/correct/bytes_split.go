package webhookverify

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"time"
)

// Works on bytes throughout: bytes.Split, bytes.Cut and a buffer for the
// signed payload; a table maps failures to their sentinel errors.

var prefix = []byte("sha256=")

func hmacOf(secret, payload []byte) []byte {
	h := hmac.New(sha256.New, secret)
	h.Write(payload)
	return h.Sum(nil)
}

func decodeSig(b []byte) ([]byte, bool) {
	out := make([]byte, hex.DecodedLen(len(b)))
	n, err := hex.Decode(out, b)
	return out[:n], err == nil && n == sha256.Size
}

func VerifyGitHub(secret, body []byte, header string) error {
	h := []byte(header)
	if len(h) == 0 {
		return ErrNoSignature
	}
	h = bytes.TrimPrefix(h, prefix)
	sig, ok := decodeSig(h)
	if !ok {
		return ErrMalformed
	}
	if !hmac.Equal(hmacOf(secret, body), sig) {
		return ErrMismatch
	}
	return nil
}

var errStop = errors.New("stop")

func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	if header == "" {
		return ErrNoSignature
	}
	var stamp []byte
	var sigs [][]byte
	for _, item := range bytes.Split([]byte(header), []byte{','}) {
		k, v, ok := bytes.Cut(item, []byte{'='})
		if !ok {
			return ErrMalformed
		}
		if bytes.Equal(k, []byte("t")) {
			stamp = v
		}
		if bytes.Equal(k, []byte("v1")) {
			sigs = append(sigs, v)
		}
	}
	secs, err := strconv.ParseInt(string(stamp), 10, 64)
	if stamp == nil || err != nil {
		return ErrMalformed
	}
	if len(sigs) == 0 {
		return ErrNoSignature
	}
	var payload bytes.Buffer
	payload.Write(stamp)
	payload.WriteByte('.')
	payload.Write(body)
	want := hmacOf(secret, payload.Bytes())
	result := ErrMismatch
	for _, s := range sigs {
		if got, ok := decodeSig(s); ok && hmac.Equal(got, want) {
			result = errStop
		}
	}
	if result != errStop {
		return result
	}
	age := now.Sub(time.Unix(secs, 0))
	if age < 0 {
		age = -age
	}
	if age > Tolerance {
		return ErrTimestamp
	}
	return nil
}
