package webhookverify_test

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	webhookverify "github.com/lectern-dev/lectern/exercises/webhook-verify"
)

// These tests are hidden from the learner. What they catch is listed in
// this folder's README.

// sign is the hex HMAC-SHA256 of the message under the secret.
func sign(secret, message string) string {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(message))
	return hex.EncodeToString(h.Sum(nil))
}

func TestVerifyGitHub(t *testing.T) {
	const secret = "gh-secret"
	body := "{\"action\":\"opened\",\"number\":7}\n"
	good := sign(secret, body)
	sha1MAC := hmac.New(sha1.New, []byte(secret))
	sha1MAC.Write([]byte(body))
	checkGitHub(t, []githubCase{
		{"the body's trailing newline is part of what was signed", secret, body, "sha256=" + good, nil},
		{"the hex alone", secret, body, good, nil},
		{"CRLF line endings are signed as they are", secret, "a\r\nb\r\n", "sha256=" + sign(secret, "a\r\nb\r\n"), nil},
		{"an empty body can be signed", secret, "", "sha256=" + sign(secret, ""), nil},
		{"the body without its newline", secret, strings.TrimSpace(body), "sha256=" + good, webhookverify.ErrMismatch},
		{"signed with another secret", secret, body, "sha256=" + sign("other-secret", body), webhookverify.ErrMismatch},
		{"the hash of secret and body, not an HMAC", secret, body, "sha256=" + fmt.Sprintf("%x", sha256.Sum256([]byte(secret+body))), webhookverify.ErrMismatch},
		{"no header", secret, body, "", webhookverify.ErrNoSignature},
		{"the prefix alone", secret, body, "sha256=", webhookverify.ErrMalformed},
		{"not hex", secret, body, "sha256=" + strings.Repeat("zz", 32), webhookverify.ErrMalformed},
		{"too short", secret, body, "sha256=" + good[:62], webhookverify.ErrMalformed},
		{"too long", secret, body, "sha256=" + good + "00", webhookverify.ErrMalformed},
		{"the old SHA-1 header", secret, body, "sha1=" + hex.EncodeToString(sha1MAC.Sum(nil)), webhookverify.ErrMalformed},
	})
}

func TestVerifyStripe(t *testing.T) {
	const secret, oldSecret = "whsec_current", "whsec_previous"
	const ts = 1767225600 // 2026-01-01T00:00:00Z
	body := "{\n  \"id\": \"evt_42\",\n  \"type\": \"payment_intent.succeeded\"\n}\n"
	stamp := fmt.Sprint(ts)
	good := sign(secret, stamp+"."+body)
	header := func(items ...string) string { return strings.Join(items, ",") }
	tEq, v1 := "t="+stamp, "v1="
	checkStripe(t, []stripeCase{
		{"signed just now", secret, body, header(tEq, v1+good), ts, nil},
		{"exactly five minutes old", secret, body, header(tEq, v1+good), ts + 300, nil},
		{"five minutes and a second old", secret, body, header(tEq, v1+good), ts + 301, webhookverify.ErrTimestamp},
		{"a day old", secret, body, header(tEq, v1+good), ts + 86400, webhookverify.ErrTimestamp},
		{"exactly five minutes ahead of our clock", secret, body, header(tEq, v1+good), ts - 300, nil},
		{"more than five minutes ahead of our clock", secret, body, header(tEq, v1+good), ts - 301, webhookverify.ErrTimestamp},
		{"while the secret rotates, the second signature matches", secret, body,
			header(tEq, v1+sign(oldSecret, stamp+"."+body), v1+good), ts, nil},
		{"the first of three signatures matches", secret, body,
			header(tEq, v1+good, v1+sign("x", "y"), v1+sign("z", "w")), ts, nil},
		{"the last of three signatures matches", secret, body,
			header(tEq, v1+sign("x", "y"), v1+sign("z", "w"), v1+good), ts, nil},
		{"the items in another order", secret, body, header(v1+good, tEq), ts, nil},
		{"other schemes are ignored", secret, body, header(tEq, v1+good, "v0="+sign(secret, "test mode")), ts, nil},
		{"only a v0 signature, even a right one", secret, body, header(tEq, "v0="+good), ts, webhookverify.ErrNoSignature},
		{"a right v0 beside a wrong v1", secret, body, header(tEq, "v0="+good, v1+sign(oldSecret, stamp+"."+body)), ts, webhookverify.ErrMismatch},
		{"the body alone was signed, without the timestamp", secret, body, header(tEq, v1+sign(secret, body)), ts, webhookverify.ErrMismatch},
		{"signed without the dot", secret, body, header(tEq, v1+sign(secret, stamp+body)), ts, webhookverify.ErrMismatch},
		{"the body was trimmed before signing", secret, body, header(tEq, v1+sign(secret, stamp+"."+strings.TrimSpace(body))), ts, webhookverify.ErrMismatch},
		{"a fresh timestamp on an old signature", secret, body, header("t="+fmt.Sprint(ts+3600), v1+good), ts + 3600, webhookverify.ErrMismatch},
		{"a stale timestamp and a wrong signature: the signature decides", secret, body, header(tEq, v1+sign(oldSecret, stamp+"."+body)), ts + 86400, webhookverify.ErrMismatch},
		{"no header", secret, body, "", ts, webhookverify.ErrNoSignature},
		{"no t", secret, body, header(v1 + good), ts, webhookverify.ErrMalformed},
		{"a t that is not a number", secret, body, header("t=yesterday", v1+good), ts, webhookverify.ErrMalformed},
		{"an item without =", secret, body, header(tEq, "v1"+good), ts, webhookverify.ErrMalformed},
	})
}
