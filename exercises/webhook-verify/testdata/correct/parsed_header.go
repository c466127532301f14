package webhookverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// A parsed header type with a parse function and methods; the clock check
// in whole Unix seconds.

type stripeHeader struct {
	stamp   string
	seconds int64
	sigs    [][]byte
}

func parseStripe(h string) (*stripeHeader, error) {
	if h == "" {
		return nil, ErrNoSignature
	}
	sh := &stripeHeader{}
	haveT := false
	for _, part := range strings.Split(h, ",") {
		eq := strings.IndexByte(part, '=')
		if eq == -1 {
			return nil, ErrMalformed
		}
		key, val := part[:eq], part[eq+1:]
		if key == "t" {
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return nil, ErrMalformed
			}
			sh.stamp, sh.seconds, haveT = val, n, true
		} else if key == "v1" {
			b, err := hex.DecodeString(val)
			if err != nil {
				b = []byte{} // never equal to a MAC
			}
			sh.sigs = append(sh.sigs, b)
		}
	}
	if !haveT {
		return nil, ErrMalformed
	}
	if len(sh.sigs) == 0 {
		return nil, ErrNoSignature
	}
	return sh, nil
}

func (sh *stripeHeader) signedBy(secret, body []byte) bool {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(sh.stamp))
	mac.Write([]byte{'.'})
	mac.Write(body)
	want := mac.Sum(nil)
	found := false
	for _, s := range sh.sigs {
		found = hmac.Equal(s, want) || found
	}
	return found
}

func (sh *stripeHeader) fresh(now time.Time) bool {
	diff := now.Unix() - sh.seconds
	if diff < 0 {
		diff = -diff
	}
	return diff <= int64(Tolerance/time.Second)
}

func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	sh, err := parseStripe(header)
	if err != nil {
		return err
	}
	if !sh.signedBy(secret, body) {
		return ErrMismatch
	}
	if !sh.fresh(now) {
		return ErrTimestamp
	}
	return nil
}

func VerifyGitHub(secret, body []byte, header string) error {
	switch {
	case header == "":
		return ErrNoSignature
	case strings.HasPrefix(header, "sha256="):
		header = header[len("sha256="):]
	}
	if len(header) != hex.EncodedLen(sha256.Size) {
		return ErrMalformed
	}
	sig := make([]byte, sha256.Size)
	if _, err := hex.Decode(sig, []byte(header)); err != nil {
		return ErrMalformed
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), sig) {
		return ErrMismatch
	}
	return nil
}
