//go:build !race

package grader

// raceEnabled: the tests run under the race detector (go test -race).
const raceEnabled = false
