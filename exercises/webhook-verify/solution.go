//go:build !lectern_starter

// Package webhookverify is the Webhook Signature challenge: one way to solve
// it (errors.go declares the errors it returns).
package webhookverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// mac is the HMAC-SHA256 of message under secret.
func mac(secret []byte, message ...[]byte) []byte {
	h := hmac.New(sha256.New, secret)
	for _, m := range message {
		h.Write(m)
	}
	return h.Sum(nil)
}

// VerifyGitHub checks a GitHub-style signature header: "sha256=" and the
// hex HMAC-SHA256 of the raw body, or (as many other senders write it)
// the hex alone.
func VerifyGitHub(secret, body []byte, header string) error {
	if header == "" {
		return ErrNoSignature
	}
	hexSig := strings.TrimPrefix(header, "sha256=")
	sig, err := hex.DecodeString(hexSig)
	if err != nil || len(sig) != sha256.Size {
		return ErrMalformed
	}
	if !hmac.Equal(sig, mac(secret, body)) {
		return ErrMismatch
	}
	return nil
}

// VerifyStripe checks a Stripe-style header, "t=<unix seconds>,v1=<hex>"
// with perhaps more v1 signatures (while a secret is being rotated) and
// other schemes, which are ignored. Each v1 is the hex HMAC-SHA256 of
// "<t>." followed by the raw body. The timestamp is trusted only once a
// signature matches; then it must be within Tolerance of now.
func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	if header == "" {
		return ErrNoSignature
	}
	var ts string
	var sigs [][]byte
	for _, item := range strings.Split(header, ",") {
		key, value, ok := strings.Cut(item, "=")
		if !ok {
			return ErrMalformed
		}
		switch key {
		case "t":
			ts = value
		case "v1":
			if sig, err := hex.DecodeString(value); err == nil {
				sigs = append(sigs, sig)
			} else {
				sigs = append(sigs, nil) // cannot match
			}
		}
	}
	seconds, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return ErrMalformed
	}
	if len(sigs) == 0 {
		return ErrNoSignature
	}
	want := mac(secret, []byte(ts), []byte("."), body)
	matched := false
	for _, sig := range sigs {
		if hmac.Equal(sig, want) {
			matched = true
		}
	}
	if !matched {
		return ErrMismatch
	}
	age := now.Sub(time.Unix(seconds, 0))
	if age > Tolerance || age < -Tolerance {
		return ErrTimestamp
	}
	return nil
}
