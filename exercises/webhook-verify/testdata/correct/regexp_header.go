package webhookverify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Regular expressions check the shapes; the Stripe items are gathered into
// a map of lists, like url.Values.

var githubHeader = regexp.MustCompile(`^(?:sha256=)?([0-9a-fA-F]{64})$`)

func VerifyGitHub(secret, body []byte, header string) error {
	if len(header) == 0 {
		return ErrNoSignature
	}
	m := githubHeader.FindStringSubmatch(header)
	if m == nil {
		return ErrMalformed
	}
	got, _ := hex.DecodeString(m[1])
	h := hmac.New(sha256.New, secret)
	h.Write(body)
	if hmac.Equal(got, h.Sum(nil)) {
		return nil
	}
	return ErrMismatch
}

func items(header string) (map[string][]string, bool) {
	out := map[string][]string{}
	for _, item := range strings.FieldsFunc(header, func(r rune) bool { return r == ',' }) {
		k, v, found := strings.Cut(item, "=")
		if !found {
			return nil, false
		}
		out[k] = append(out[k], v)
	}
	return out, true
}

func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	if header == "" {
		return ErrNoSignature
	}
	kv, ok := items(header)
	if !ok || len(kv["t"]) == 0 {
		return ErrMalformed
	}
	t := kv["t"][len(kv["t"])-1]
	unix, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		return ErrMalformed
	}
	if len(kv["v1"]) == 0 {
		return ErrNoSignature
	}
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(t + "."))
	h.Write(body)
	want := h.Sum(nil)
	for _, s := range kv["v1"] {
		got, err := hex.DecodeString(s)
		if err != nil || !hmac.Equal(got, want) {
			continue
		}
		signed := time.Unix(unix, 0)
		if now.After(signed.Add(Tolerance)) || now.Before(signed.Add(-Tolerance)) {
			return ErrTimestamp
		}
		return nil
	}
	return ErrMismatch
}
