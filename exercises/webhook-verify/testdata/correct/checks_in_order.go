package webhookverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Each check is a small function returning nil or its reason; a verifier
// runs them in order and stops at the first failure.

type check func() error

func firstFailure(checks ...check) error {
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

func sum256(key []byte, chunks ...[]byte) []byte {
	m := hmac.New(sha256.New, key)
	for _, c := range chunks {
		m.Write(c)
	}
	return m.Sum(nil)
}

func VerifyGitHub(secret, body []byte, header string) error {
	var sig []byte
	return firstFailure(
		func() error {
			if header == "" {
				return ErrNoSignature
			}
			return nil
		},
		func() error {
			var err error
			sig, err = hex.DecodeString(strings.TrimPrefix(header, "sha256="))
			if err != nil || len(sig) != 32 {
				return ErrMalformed
			}
			return nil
		},
		func() error {
			if !hmac.Equal(sig, sum256(secret, body)) {
				return ErrMismatch
			}
			return nil
		},
	)
}

func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	var t string
	var when int64
	var v1 []string
	return firstFailure(
		func() error {
			if header == "" {
				return ErrNoSignature
			}
			return nil
		},
		func() error {
			seen := false
			for _, item := range strings.Split(header, ",") {
				k, v, ok := strings.Cut(item, "=")
				switch {
				case !ok:
					return ErrMalformed
				case k == "t":
					t, seen = v, true
				case k == "v1":
					v1 = append(v1, v)
				}
			}
			var err error
			if when, err = strconv.ParseInt(t, 10, 64); !seen || err != nil {
				return ErrMalformed
			}
			return nil
		},
		func() error {
			if len(v1) == 0 {
				return ErrNoSignature
			}
			return nil
		},
		func() error {
			want := sum256(secret, []byte(t), []byte("."), body)
			for _, s := range v1 {
				if got, err := hex.DecodeString(s); err == nil && hmac.Equal(got, want) {
					return nil
				}
			}
			return ErrMismatch
		},
		func() error {
			if d := now.Sub(time.Unix(when, 0)).Abs(); d > Tolerance {
				return ErrTimestamp
			}
			return nil
		},
	)
}
