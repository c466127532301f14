package webhookverify_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	webhookverify "github.com/lectern-dev/lectern/exercises/webhook-verify"
)

// These tests are shown to the learner. The signatures in them were
// worked out in advance; the GitHub one is the example in GitHub's own
// documentation ("Validating webhook deliveries").

// verdict says what an error is, in the tests' terms.
func verdict(err error) string {
	for _, e := range []struct {
		err  error
		name string
	}{
		{webhookverify.ErrNoSignature, "ErrNoSignature"},
		{webhookverify.ErrMalformed, "ErrMalformed"},
		{webhookverify.ErrMismatch, "ErrMismatch"},
		{webhookverify.ErrTimestamp, "ErrTimestamp"},
	} {
		if errors.Is(err, e.err) {
			return e.name
		}
	}
	if err == nil {
		return "nil (accepted)"
	}
	return fmt.Sprintf("%q, which is none of the Err values", err.Error())
}

type githubCase struct {
	name         string
	secret, body string
	header       string
	want         error // nil: the request must be accepted
}

func checkGitHub(t *testing.T, cases []githubCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			err := webhookverify.VerifyGitHub([]byte(tt.secret), []byte(tt.body), tt.header)
			if verdict(err) != verdict(tt.want) {
				t.Errorf("VerifyGitHub(secret %q, body %q, header %q)\n got: %s\nwant: %s", tt.secret, tt.body, tt.header, verdict(err), verdict(tt.want))
			}
		})
	}
}

type stripeCase struct {
	name         string
	secret, body string
	header       string
	now          int64 // Unix seconds
	want         error
}

func checkStripe(t *testing.T, cases []stripeCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Unix(tt.now, 0).UTC()
			err := webhookverify.VerifyStripe([]byte(tt.secret), []byte(tt.body), tt.header, now)
			if verdict(err) != verdict(tt.want) {
				t.Errorf("VerifyStripe(secret %q, body %q, header %q, now %s)\n got: %s\nwant: %s", tt.secret, tt.body, tt.header, now.Format(time.RFC3339), verdict(err), verdict(tt.want))
			}
		})
	}
}

const (
	githubSecret = "It's a Secret to Everybody"
	githubSig    = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"

	stripeSecret = "whsec_demo"
	stripeBody   = `{"id":"evt_1","type":"invoice.paid"}`
	stripeTime   = 1767225600 // 2026-01-01T00:00:00Z
	stripeSig    = "c54888fcf40033ef32c0de53c1cf065221eae1a6d661ef69bfb9ee7c0fad32e9"
)

func TestVerifyGitHubExamples(t *testing.T) {
	checkGitHub(t, []githubCase{
		{"GitHub's documented example", githubSecret, "Hello, World!", "sha256=" + githubSig, nil},
		{"the hex alone", githubSecret, "Hello, World!", githubSig, nil},
		{"a changed body", githubSecret, "Hello, World?", "sha256=" + githubSig, webhookverify.ErrMismatch},
		{"no signature", githubSecret, "Hello, World!", "", webhookverify.ErrNoSignature},
	})
}

func TestVerifyStripeExamples(t *testing.T) {
	header := fmt.Sprintf("t=%d,v1=%s", stripeTime, stripeSig)
	checkStripe(t, []stripeCase{
		{"signed 30 seconds ago", stripeSecret, stripeBody, header, stripeTime + 30, nil},
		{"the same request replayed ten minutes later", stripeSecret, stripeBody, header, stripeTime + 600, webhookverify.ErrTimestamp},
		{"another secret", "whsec_other", stripeBody, header, stripeTime + 30, webhookverify.ErrMismatch},
	})
}
