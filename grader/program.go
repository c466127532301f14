package grader

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/lectern-dev/lectern/grader/sandbox"
)

// ProgramResult is what running a whole program gave.
type ProgramResult struct {
	// Output is what the program printed (up to the output limit).
	Output string
	// Diagnostics are the pre-check's findings; the program did not run.
	Diagnostics []Diagnostic
	// Unsupported: the interpreter cannot run the program (Diagnostics or
	// Failure say what), which is not the program's fault.
	Unsupported bool
	// Failure, when not empty, says how the program failed to run to its
	// end: a panic (as "panic: ..."), the time or memory limit, a crash.
	Failure string
}

// RunProgram checks a whole program (package main, one file) as
// PrecheckProgram does and runs it in a fresh sandbox worker, under the
// default limits (or timeLimit when positive).
func RunProgram(ctx context.Context, name string, src []byte, timeLimit time.Duration) ProgramResult {
	if timeLimit <= 0 {
		timeLimit = DefaultTimeLimit
	}
	payload, err := json.Marshal(prepareRequest{Name: displayName(name), Source: src})
	if err != nil {
		return ProgramResult{Failure: err.Error()}
	}
	res, err := sandbox.Run(ctx, sandbox.Job{Prepare: payload, TimeLimit: timeLimit, MemoryLimit: DefaultMemoryLimit, OutputLimit: 1 << 20})
	if err != nil {
		return ProgramResult{Failure: "could not run: " + err.Error()}
	}
	out := ProgramResult{Output: res.LoadOutput}
	switch res.Outcome {
	case sandbox.Completed:
	case sandbox.Rejected:
		var rej rejection
		_ = json.Unmarshal(res.Rejection, &rej)
		out.Diagnostics = rej.Diagnostics
		out.Unsupported = len(rej.Diagnostics) > 0
		for _, d := range rej.Diagnostics {
			out.Unsupported = out.Unsupported && d.Unsupported
		}
	case sandbox.LoadFailed:
		out.Failure = strings.TrimSpace(res.Message)
		out.Unsupported = res.Fault != "" || res.LoadStatus != "panic"
	default:
		out.Failure = string(res.Outcome) + ": " + strings.TrimSpace(res.Message)
		out.Unsupported = res.Fault != ""
	}
	return out
}
