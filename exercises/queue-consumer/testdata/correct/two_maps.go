package queueconsumer

// Separate sets for handled and dead ids, struct{} values, and a switch.

type Consumer struct {
	handle  Handler
	max     int
	handled map[string]struct{}
	deadIDs map[string]struct{}
	dead    []Message
}

func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	return &Consumer{
		handle:  handle,
		max:     maxAttempts,
		handled: make(map[string]struct{}),
		deadIDs: make(map[string]struct{}),
	}
}

func (c *Consumer) Process(batch []Message) BatchResponse {
	var out BatchResponse
	thisBatch := make(map[string]struct{}, len(batch))
	for _, m := range batch {
		_, done := c.handled[m.ID]
		_, gone := c.deadIDs[m.ID]
		_, twice := thisBatch[m.ID]
		if done || gone || twice {
			continue
		}
		thisBatch[m.ID] = struct{}{}
		err := c.handle(m)
		switch {
		case err == nil:
			c.handled[m.ID] = struct{}{}
		case m.Attempt >= c.max:
			c.deadIDs[m.ID] = struct{}{}
			c.dead = append(c.dead, m)
		default:
			out.BatchItemFailures = append(out.BatchItemFailures, BatchItemFailure{m.ID})
		}
	}
	return out
}

func (c *Consumer) DeadLetters() []Message {
	out := make([]Message, len(c.dead))
	copy(out, c.dead)
	return out
}
