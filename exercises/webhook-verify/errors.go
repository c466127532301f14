package webhookverify

import (
	"errors"
	"time"
)

// Tolerance is how far a signed timestamp may be from now, either way,
// before a request counts as a replay (Stripe's libraries default to five
// minutes).
const Tolerance = 5 * time.Minute

// Why a webhook was rejected. Return one of these, or wrap one (with
// fmt.Errorf and %w): the tests ask errors.Is.
var (
	// ErrNoSignature: the request carries no signature to check.
	ErrNoSignature = errors.New("webhook: no signature")
	// ErrMalformed: the signature header cannot be read.
	ErrMalformed = errors.New("webhook: malformed signature header")
	// ErrMismatch: no signature in the header matches the body.
	ErrMismatch = errors.New("webhook: signature does not match")
	// ErrTimestamp: the signature matches, but its timestamp is more
	// than Tolerance away from now.
	ErrTimestamp = errors.New("webhook: timestamp outside the tolerance")
)
