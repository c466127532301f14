package webhookverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Compares hex text in constant time (subtle.ConstantTimeCompare) rather
// than decoded bytes, after checking the shape by hand; wraps the reasons
// with fmt.Errorf.

func hmacHex(secret []byte, parts ...string) string {
	m := hmac.New(sha256.New, secret)
	for _, p := range parts {
		m.Write([]byte(p))
	}
	return hex.EncodeToString(m.Sum(nil))
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

func sameHex(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(strings.ToLower(a)), []byte(strings.ToLower(b))) == 1
}

func VerifyGitHub(secret, body []byte, header string) error {
	if header == "" {
		return fmt.Errorf("github: %w", ErrNoSignature)
	}
	sig := header
	if after, ok := strings.CutPrefix(header, "sha256="); ok {
		sig = after
	}
	if !isHex64(sig) {
		return fmt.Errorf("github: %q: %w", header, ErrMalformed)
	}
	if !sameHex(sig, hmacHex(secret, string(body))) {
		return fmt.Errorf("github: %w", ErrMismatch)
	}
	return nil
}

func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	if header == "" {
		return fmt.Errorf("stripe: %w", ErrNoSignature)
	}
	var stamp string
	var v1s []string
	for _, item := range strings.Split(header, ",") {
		i := strings.Index(item, "=")
		if i < 0 {
			return fmt.Errorf("stripe: item %q: %w", item, ErrMalformed)
		}
		switch item[:i] {
		case "t":
			stamp = item[i+1:]
		case "v1":
			v1s = append(v1s, item[i+1:])
		}
	}
	signedAt, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return fmt.Errorf("stripe: timestamp %q: %w", stamp, ErrMalformed)
	}
	if len(v1s) == 0 {
		return fmt.Errorf("stripe: no v1: %w", ErrNoSignature)
	}
	want := hmacHex(secret, stamp, ".", string(body))
	ok := false
	for _, s := range v1s {
		if sameHex(s, want) {
			ok = true
		}
	}
	if !ok {
		return fmt.Errorf("stripe: %w", ErrMismatch)
	}
	if d := now.Sub(time.Unix(signedAt, 0)); d > Tolerance || -d > Tolerance {
		return fmt.Errorf("stripe: signed %v away from now: %w", d, ErrTimestamp)
	}
	return nil
}
