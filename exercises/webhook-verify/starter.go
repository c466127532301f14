//go:build lectern_starter

package webhookverify

import "time"

// VerifyGitHub checks a GitHub-style signature header ("sha256=" and the
// hex HMAC-SHA256 of the raw body, or the hex alone). It returns nil for
// an authentic request, and otherwise one of the Err values in errors.go.
func VerifyGitHub(secret, body []byte, header string) error {
	// Your code here.
	return nil
}

// VerifyStripe checks a Stripe-style header ("t=<unix seconds>,v1=<hex>",
// perhaps with more v1 signatures) at the time now.
func VerifyStripe(secret, body []byte, header string, now time.Time) error {
	// Your code here.
	return nil
}
