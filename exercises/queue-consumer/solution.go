//go:build !lectern_starter

// Package queueconsumer is the Queue Consumer challenge: one way to solve it
// (queue.go declares the queue's types).
package queueconsumer

// Consumer processes batches of messages for one function instance.
type Consumer struct {
	handle      Handler
	maxAttempts int
	settled     map[string]bool // handled, or given up on: never again
	dead        []Message
}

// NewConsumer returns a consumer that gives each message up to
// maxAttempts deliveries.
func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	return &Consumer{handle: handle, maxAttempts: maxAttempts, settled: map[string]bool{}}
}

// Process handles one batch and says which messages to deliver again.
func (c *Consumer) Process(batch []Message) BatchResponse {
	resp := BatchResponse{}
	seen := map[string]bool{} // ids met in this batch
	for _, m := range batch {
		if c.settled[m.ID] || seen[m.ID] {
			continue // a duplicate: at-least-once delivery
		}
		seen[m.ID] = true
		if err := c.handle(m); err == nil {
			c.settled[m.ID] = true
			continue
		}
		if m.Attempt >= c.maxAttempts {
			c.dead = append(c.dead, m)
			c.settled[m.ID] = true
			continue
		}
		resp.BatchItemFailures = append(resp.BatchItemFailures, BatchItemFailure{ItemIdentifier: m.ID})
	}
	return resp
}

// DeadLetters returns the messages given up on, in the order they were.
func (c *Consumer) DeadLetters() []Message {
	return append([]Message(nil), c.dead...)
}
