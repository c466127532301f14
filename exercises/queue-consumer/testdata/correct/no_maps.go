package queueconsumer

import "slices"

// No maps at all: slices of ids searched with slices.Contains (batches
// are small), and a helper that says why a message is skipped.

type Consumer struct {
	work    Handler
	limit   int
	settled []string
	dead    []Message
}

func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	return &Consumer{work: handle, limit: maxAttempts}
}

func (c *Consumer) skip(id string, earlier []string) bool {
	return slices.Contains(c.settled, id) || slices.Contains(earlier, id)
}

func (c *Consumer) Process(batch []Message) BatchResponse {
	resp := BatchResponse{BatchItemFailures: []BatchItemFailure{}}
	var earlier []string
	for i := 0; i < len(batch); i++ {
		m := batch[i]
		if c.skip(m.ID, earlier) {
			continue
		}
		earlier = append(earlier, m.ID)
		if err := c.work(m); err != nil {
			if m.Attempt < c.limit {
				resp.BatchItemFailures = append(resp.BatchItemFailures, BatchItemFailure{ItemIdentifier: m.ID})
				continue
			}
			c.dead = append(c.dead, m)
		}
		c.settled = append(c.settled, m.ID)
	}
	return resp
}

func (c *Consumer) DeadLetters() []Message {
	return append([]Message{}, c.dead...)
}
