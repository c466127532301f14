package queueconsumer

import "slices"

// A set type of its own with methods, and slices.Clone for the dead
// letters.

type idSet map[string]bool

func (s idSet) has(id string) bool { return s[id] }
func (s idSet) add(id string)      { s[id] = true }

type Consumer struct {
	handler     Handler
	maxAttempts int
	settled     idSet
	deadLetters []Message
}

func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	return &Consumer{handler: handle, maxAttempts: maxAttempts, settled: idSet{}}
}

func (c *Consumer) settle(id string) { c.settled.add(id) }

func (c *Consumer) Process(batch []Message) BatchResponse {
	var failed []BatchItemFailure
	inBatch := idSet{}
	for _, m := range batch {
		if c.settled.has(m.ID) || inBatch.has(m.ID) {
			continue
		}
		inBatch.add(m.ID)
		if c.handler(m) == nil {
			c.settle(m.ID)
		} else if m.Attempt < c.maxAttempts {
			failed = append(failed, BatchItemFailure{ItemIdentifier: m.ID})
		} else {
			c.deadLetters = append(c.deadLetters, m)
			c.settle(m.ID)
		}
	}
	return BatchResponse{BatchItemFailures: failed}
}

func (c *Consumer) DeadLetters() []Message { return slices.Clone(c.deadLetters) }
