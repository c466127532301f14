package webhookverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The signed payload written with fmt.Fprintf; the checks in a closure
// whose reason is wrapped once at the end; the tolerance compared in
// float seconds.

func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	reason := func() error {
		if strings.TrimSpace(header) == "" {
			return ErrNoSignature
		}
		fields := strings.Split(header, ",")
		var tValue string
		var tSeen bool
		signatures := make([]string, 0, len(fields))
		for _, f := range fields {
			kv := strings.SplitN(f, "=", 2)
			if len(kv) != 2 {
				return ErrMalformed
			}
			if kv[0] == "t" {
				tValue, tSeen = kv[1], true
			} else if kv[0] == "v1" {
				signatures = append(signatures, kv[1])
			}
		}
		if !tSeen {
			return ErrMalformed
		}
		tUnix, err := strconv.Atoi(tValue)
		if err != nil {
			return ErrMalformed
		}
		if len(signatures) == 0 {
			return ErrNoSignature
		}
		mac := hmac.New(sha256.New, secret)
		fmt.Fprintf(mac, "%s.%s", tValue, body)
		expected := mac.Sum(nil)
		var matched bool
		for _, s := range signatures {
			raw, decErr := hex.DecodeString(s)
			if decErr == nil && hmac.Equal(raw, expected) {
				matched = true
				break
			}
		}
		if !matched {
			return ErrMismatch
		}
		skew := now.Sub(time.Unix(int64(tUnix), 0)).Seconds()
		if skew > Tolerance.Seconds() || skew < -Tolerance.Seconds() {
			return ErrTimestamp
		}
		return nil
	}()
	if reason != nil {
		return fmt.Errorf("stripe webhook rejected: %w", reason)
	}
	return nil
}

func VerifyGitHub(secret, body []byte, header string) error {
	if header == "" {
		return errors.Join(ErrNoSignature)
	}
	digits := header
	if strings.HasPrefix(digits, "sha256=") {
		digits = strings.TrimPrefix(digits, "sha256=")
	}
	given, err := hex.DecodeString(digits)
	if err != nil || len(given) != sha256.Size {
		return fmt.Errorf("%w (%d hex digits)", ErrMalformed, len(digits))
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	if !hmac.Equal(given, mac.Sum(nil)) {
		return fmt.Errorf("%w", ErrMismatch)
	}
	return nil
}
