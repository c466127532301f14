package queueconsumer_test

import (
	"testing"

	queueconsumer "github.com/lectern-dev/lectern/exercises/queue-consumer"
)

// These tests are hidden from the learner. What they catch is listed in
// this folder's README.

func TestProcess(t *testing.T) {
	always := -1
	for _, sc := range []scenario{
		{name: "an empty batch", maxAttempts: 3,
			batches: []batch{{nil, nil, nil}}},
		{name: "only the failures are reported, in batch order", maxAttempts: 3, failures: map[string]int{"c": 1, "a": 1},
			batches: []batch{{ms(msg("a", 1), msg("b", 1), msg("c", 1), msg("d", 1)), ids("a", "c"), ids("a", "b", "c", "d")}}},
		{name: "a failure does not stop the rest of the batch", maxAttempts: 3, failures: map[string]int{"a": 1},
			batches: []batch{{ms(msg("a", 1), msg("b", 1), msg("c", 1)), ids("a"), ids("a", "b", "c")}}},
		{name: "a failed message is handled again when it comes back", maxAttempts: 3, failures: map[string]int{"a": 1},
			batches: []batch{
				{ms(msg("a", 1), msg("b", 1)), ids("a"), ids("a", "b")},
				{ms(msg("a", 2)), nil, ids("a")},
				{ms(msg("a", 2), msg("b", 1)), nil, nil},
			}},
		{name: "a copy in the same batch after a success is skipped", maxAttempts: 3,
			batches: []batch{{ms(msg("a", 1), msg("a", 1), msg("b", 1), msg("a", 1)), nil, ids("a", "b")}}},
		{name: "a copy in the same batch after a failure is skipped, and reported once", maxAttempts: 5, failures: map[string]int{"a": always},
			batches: []batch{{ms(msg("a", 1), msg("b", 1), msg("a", 1)), ids("a"), ids("a", "b")}}},
		{name: "the queue's attempt count decides, not the consumer's own", maxAttempts: 3, failures: map[string]int{"a": always},
			batches: []batch{{ms(msg("a", 3), msg("b", 1)), nil, ids("a", "b")}},
			dead:    ms(msg("a", 3))},
		{name: "the attempt before the last is delivered again", maxAttempts: 3, failures: map[string]int{"a": always},
			batches: []batch{{ms(msg("a", 2)), ids("a"), ids("a")}}},
		{name: "one attempt allowed: the first failure is final", maxAttempts: 1, failures: map[string]int{"a": always, "b": 1},
			batches: []batch{{ms(msg("a", 1), msg("b", 1), msg("c", 1)), nil, ids("a", "b", "c")}},
			dead:    ms(msg("a", 1), msg("b", 1))},
		{name: "a success on the last attempt is not a dead letter", maxAttempts: 2, failures: map[string]int{"a": 1},
			batches: []batch{
				{ms(msg("a", 1)), ids("a"), ids("a")},
				{ms(msg("a", 2)), nil, ids("a")},
			}},
		{name: "a dead letter is never handled again", maxAttempts: 2, failures: map[string]int{"a": always},
			batches: []batch{
				{ms(msg("a", 1)), ids("a"), ids("a")},
				{ms(msg("a", 2), msg("b", 1)), nil, ids("a", "b")},
				{ms(msg("a", 3), msg("a", 1)), nil, nil},
			},
			dead: ms(msg("a", 2))},
		{name: "dead letters in the order they died, as delivered", maxAttempts: 2, failures: map[string]int{"x": always, "y": always, "z": always},
			batches: []batch{
				{ms(msg("y", 2), msg("x", 1), msg("ok", 1)), ids("x"), ids("y", "x", "ok")},
				{ms(msg("z", 2), msg("x", 2)), nil, ids("z", "x")},
			},
			dead: ms(msg("y", 2), msg("z", 2), msg("x", 2))},
		{name: "a busy queue", maxAttempts: 3, failures: map[string]int{"m2": always, "m5": 1, "m7": 2},
			batches: []batch{
				{ms(msg("m1", 1), msg("m2", 1), msg("m3", 1), msg("m4", 1), msg("m5", 1)), ids("m2", "m5"), ids("m1", "m2", "m3", "m4", "m5")},
				{ms(msg("m6", 1), msg("m2", 2), msg("m7", 1), msg("m3", 1), msg("m5", 2)), ids("m2", "m7"), ids("m6", "m2", "m7", "m5")},
				{ms(msg("m2", 3), msg("m7", 2), msg("m8", 1), msg("m1", 2)), ids("m7"), ids("m2", "m7", "m8")},
				{ms(msg("m7", 3), msg("m2", 4)), nil, ids("m7")},
			},
			dead: ms(msg("m2", 3))},
	} {
		t.Run(sc.name, func(t *testing.T) { run(t, sc) })
	}
}

// Each consumer (each function instance) remembers only its own messages.
func TestConsumersDoNotShareState(t *testing.T) {
	first := queueconsumer.NewConsumer(func(queueconsumer.Message) error { return nil }, 3)
	first.Process(ms(msg("a", 1)))
	run(t, scenario{name: "a second consumer", maxAttempts: 3,
		batches: []batch{{ms(msg("a", 1)), nil, ids("a")}}})
}
