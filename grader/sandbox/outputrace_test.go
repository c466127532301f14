package sandbox

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A write past the output limit made while another write's onLimit is
// reporting the limit must not panic (in a goroutine of the code, that
// would kill the worker before the report is out): it waits for onLimit
// to end the worker.
func TestOutputLimitLaterWritersWait(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	c := &capture{limit: 10, onLimit: func(test, output string) {
		close(entered)
		<-release
	}}
	c.switchTo(&strings.Builder{}, "T")
	go func() { // the first write past the limit: blocks in onLimit
		defer func() { recover() }() // onLimit returns once released: the write panics
		c.Write([]byte("0123456789ab"))
	}()
	<-entered
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		c.Write([]byte("more"))
	}()
	select {
	case r := <-done:
		t.Fatalf("a later write past the limit returned (recovered %v) instead of waiting for onLimit to end the worker", r)
	case <-time.After(200 * time.Millisecond):
	}
}

// Many goroutines of the code printing past the limit at once: the job
// ends with the output-limit verdict, never a crash of the worker.
func TestOutputLimitRacingGoroutines(t *testing.T) {
	sol := `package calc

import "fmt"

func Add(a, b int) int {
	start, done := make(chan struct{}), make(chan struct{})
	for i := 0; i < 32; i++ {
		go func() {
			defer func() { done <- struct{}{} }()
			<-start
			for j := 0; j < 200; j++ {
				fmt.Println("spam spam spam spam spam spam spam spam")
			}
		}()
	}
	close(start)
	for i := 0; i < 32; i++ {
		<-done
	}
	return a + b
}
`
	runs := 10
	if testing.Short() {
		runs = 3
	}
	for i := 0; i < runs; i++ {
		j := job(sol, fixTests(addTests))
		j.OutputLimit = 1000
		j.TimeLimit = 5 * time.Second
		res, err := Run(context.Background(), j)
		if err != nil {
			t.Fatal(err)
		}
		if res.Outcome != OutputLimit || !strings.Contains(res.Message, "1000 bytes") || len(res.Output) > 1000 {
			t.Fatalf("run %d: outcome %s message %q output %d bytes", i, res.Outcome, res.Message, len(res.Output))
		}
	}
}
