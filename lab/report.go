package lab

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The lesson's pricing (Why This Matters, and the cost calculator
// challenge): compute per GB-second, and a fee per request. Compute is
// billed by the millisecond, rounded up; a cold start's init phase is
// billed too (as Lambda bills it since 2025).
const (
	PricePerGBSecond = 0.0000166667
	PricePerRequest  = 0.20 / 1_000_000
)

// Record is one request as the lab saw it.
type Record struct {
	// ID is the request id (a UUID, as Lambda's).
	ID          string
	Method, URL string
	Status      int
	// Instance and Version are the instance that served it and the
	// version it ran (0: none served it, e.g. throttled).
	Instance, Version int
	// InstanceRequest is how many requests the instance had served,
	// this one included (1: its first).
	InstanceRequest int
	Cold            bool // the request waited for its instance's cold start
	Provisioned     bool // the instance was a provisioned one
	Throttled       bool // 429: no instance could take it
	// Init is the cold start (cold requests only), InitSimulated the
	// part of it that was the lab's simulated delay.
	Init, InitSimulated time.Duration
	// Duration is how long the handler ran; Billed what is billed for it
	// (Duration, plus Init on a cold start, rounded up to the ms).
	Duration, Billed time.Duration
	MemoryMB         int
	MaxMemory        int64 // the instance's peak memory, bytes
	Cost             float64
	// Output is what the handler printed (Printed bytes in all).
	Output  string
	Printed int
	// Panic is the handler's panic with its line; Error what went wrong
	// when the handler did not answer (Panic included).
	Panic, Error string
	// Allow is the response's Allow header; BodyDigest identifies its
	// body; Body is its start, as text.
	Allow, BodyDigest, Body string
	Start, End              time.Time
}

// Served reports whether an instance ran the request (it is then billed).
func (r *Record) Served() bool { return r.Instance > 0 && r.Version > 0 && !r.Throttled }

func (r *Record) price() {
	if !r.Served() {
		return
	}
	billed := r.Duration
	if r.Cold {
		billed += r.Init
	}
	r.Billed = time.Duration(math.Ceil(float64(billed)/float64(time.Millisecond))) * time.Millisecond
	r.Cost = PricePerRequest + r.Billed.Seconds()*float64(r.MemoryMB)/1024*PricePerGBSecond
}

// ms formats a duration in milliseconds, two decimals.
func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 2, 64)
}

// MS is d in milliseconds with two decimals, as the X-Lectern-*-Ms
// headers carry it.
func MS(d time.Duration) string { return ms(d) }

// memoryMB is bytes as whole megabytes, rounded up, as Lambda reports.
func memoryMB(b int64) int64 { return (b + 1<<20 - 1) >> 20 }

// Report is Lambda's REPORT line for the request ("" for a request no
// instance ran).
func (r *Record) Report() string {
	if !r.Served() {
		return ""
	}
	s := fmt.Sprintf("REPORT RequestId: %s Duration: %s ms Billed Duration: %d ms Memory Size: %d MB Max Memory Used: %d MB",
		r.ID, ms(r.Duration), r.Billed.Milliseconds(), r.MemoryMB, memoryMB(r.MaxMemory))
	if r.Cold {
		s += fmt.Sprintf(" Init Duration: %s ms", ms(r.Init))
		if r.InitSimulated > 0 {
			s += fmt.Sprintf(" (%s ms of it simulated)", ms(r.InitSimulated))
		}
	}
	return s
}

// CostLine is the request's cost and how it was worked out.
func (r *Record) CostLine() string {
	if !r.Served() {
		return ""
	}
	return fmt.Sprintf("COST $%.10f = $%s per request + %d ms × %s GB × $%s per GB-second",
		r.Cost, strconv.FormatFloat(PricePerRequest, 'f', -1, 64), r.Billed.Milliseconds(),
		strconv.FormatFloat(float64(r.MemoryMB)/1024, 'f', -1, 64), strconv.FormatFloat(PricePerGBSecond, 'f', -1, 64))
}

// Summary is one line: the request, its answer and how it was served.
func (r *Record) Summary() string {
	s := fmt.Sprintf("%s %s → %d", r.Method, r.URL, r.Status)
	switch {
	case r.Throttled:
		s += " · throttled"
	case r.Instance == 0:
	case r.Cold:
		s += fmt.Sprintf(" · instance %d (v%d) · cold start %s ms", r.Instance, r.Version, ms(r.Init))
	case r.Provisioned:
		s += fmt.Sprintf(" · instance %d (v%d) · warm (provisioned)", r.Instance, r.Version)
	default:
		s += fmt.Sprintf(" · instance %d (v%d) · warm", r.Instance, r.Version)
	}
	return s
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// preview is the start of a body as one line of text.
func preview(b []byte, n int) string {
	s := strings.ToValidUTF8(string(b[:min(len(b), 4*n)]), "·")
	if r := []rune(s); len(r) > n {
		s = string(r[:n]) + "…"
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case !unicode.IsPrint(r):
			return '·'
		}
		return r
	}, strings.TrimSpace(s))
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
