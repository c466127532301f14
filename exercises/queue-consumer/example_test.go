package queueconsumer_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	queueconsumer "github.com/lectern-dev/lectern/exercises/queue-consumer"
)

// These tests are shown to the learner. Each one gives a few batches to
// one new consumer, in order.

// msg is a delivery of the message id, the attempt-th one.
func msg(id string, attempt int) queueconsumer.Message {
	return queueconsumer.Message{ID: id, Body: "body of " + id, Attempt: attempt}
}

// batch is one call of Process and what it must do.
type batch struct {
	messages []queueconsumer.Message
	failures []string // the ids reported for delivery again, in order
	calls    []string // the handler's calls, in order
}

func showMessages(ms []queueconsumer.Message) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s#%d", m.ID, m.Attempt))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func show(ids []string) string { return "[" + strings.Join(ids, " ") + "]" }

type scenario struct {
	name        string
	maxAttempts int
	failures    map[string]int // each id's handler call fails this many times, then succeeds (-1: always)
	batches     []batch
	dead        []queueconsumer.Message // DeadLetters() at the end
}

func run(t *testing.T, sc scenario) {
	t.Helper()
	left := map[string]int{}
	for id, n := range sc.failures {
		left[id] = n
	}
	var calls []string
	handle := func(m queueconsumer.Message) error {
		calls = append(calls, m.ID)
		if left[m.ID] != 0 {
			left[m.ID]--
			return errors.New("handler failed for " + m.ID)
		}
		return nil
	}
	c := queueconsumer.NewConsumer(handle, sc.maxAttempts)
	if c == nil {
		t.Fatal("NewConsumer returned nil")
	}
	for i, b := range sc.batches {
		calls = nil
		resp := c.Process(b.messages)
		var got []string
		for _, f := range resp.BatchItemFailures {
			got = append(got, f.ItemIdentifier)
		}
		where := fmt.Sprintf("batch %d of %d, %s, max %d attempts", i+1, len(sc.batches), showMessages(b.messages), sc.maxAttempts)
		if show(calls) != show(b.calls) {
			t.Errorf("%s:\n the handler was called for %s\n                       want %s", where, show(calls), show(b.calls))
		}
		if show(got) != show(b.failures) {
			t.Errorf("%s:\n batchItemFailures = %s\n                want %s", where, show(got), show(b.failures))
		}
	}
	got := c.DeadLetters()
	if len(got) != len(sc.dead) {
		t.Errorf("after %d batches: DeadLetters() = %s, want %s", len(sc.batches), showMessages(got), showMessages(sc.dead))
		return
	}
	for i := range got {
		if got[i] != sc.dead[i] {
			t.Errorf("after %d batches: DeadLetters()[%d] = %+v, want %+v", len(sc.batches), i, got[i], sc.dead[i])
		}
	}
}

func ms(m ...queueconsumer.Message) []queueconsumer.Message { return m }
func ids(s ...string) []string                              { return s }

func TestProcessExamples(t *testing.T) {
	for _, sc := range []scenario{
		{name: "every message succeeds", maxAttempts: 3,
			batches: []batch{{ms(msg("a", 1), msg("b", 1), msg("c", 1)), nil, ids("a", "b", "c")}}},
		{name: "only the failed message is delivered again", maxAttempts: 3, failures: map[string]int{"b": 1},
			batches: []batch{
				{ms(msg("a", 1), msg("b", 1), msg("c", 1)), ids("b"), ids("a", "b", "c")},
				{ms(msg("b", 2)), nil, ids("b")},
			}},
		{name: "after the last attempt, the dead-letter list", maxAttempts: 3, failures: map[string]int{"b": -1},
			batches: []batch{
				{ms(msg("b", 1)), ids("b"), ids("b")},
				{ms(msg("b", 2)), ids("b"), ids("b")},
				{ms(msg("b", 3)), nil, ids("b")},
			},
			dead: ms(msg("b", 3))},
		{name: "a message delivered twice is handled once", maxAttempts: 3,
			batches: []batch{
				{ms(msg("a", 1)), nil, ids("a")},
				{ms(msg("a", 1)), nil, nil},
			}},
	} {
		t.Run(sc.name, func(t *testing.T) { run(t, sc) })
	}
}
