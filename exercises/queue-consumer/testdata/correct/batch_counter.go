package queueconsumer

// One map of per-id state: settled, and the number of the last batch the
// id came up in, so no set has to be made per batch.

type record struct {
	settled   bool
	lastBatch int
}

type Consumer struct {
	handle      Handler
	maxAttempts int
	batches     int
	ids         map[string]*record
	dead        []Message
}

func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	return &Consumer{handle: handle, maxAttempts: maxAttempts, ids: map[string]*record{}}
}

func (c *Consumer) Process(batch []Message) BatchResponse {
	c.batches++
	var resp BatchResponse
	for _, m := range batch {
		rec, known := c.ids[m.ID]
		if !known {
			rec = &record{}
			c.ids[m.ID] = rec
		}
		if rec.settled || rec.lastBatch == c.batches {
			continue
		}
		rec.lastBatch = c.batches
		if c.handle(m) == nil {
			rec.settled = true
			continue
		}
		if m.Attempt >= c.maxAttempts {
			rec.settled = true
			c.dead = append(c.dead, m)
			continue
		}
		resp.BatchItemFailures = append(resp.BatchItemFailures, BatchItemFailure{ItemIdentifier: m.ID})
	}
	return resp
}

func (c *Consumer) DeadLetters() []Message {
	if len(c.dead) == 0 {
		return nil
	}
	out := make([]Message, 0, len(c.dead))
	return append(out, c.dead...)
}
