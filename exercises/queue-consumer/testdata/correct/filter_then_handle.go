package queueconsumer

// First filters the batch down to the messages to handle (dropping
// duplicates), then handles them; the failures are collected as ids and
// turned into the response at the end.

type Consumer struct {
	h        Handler
	attempts int
	finished map[string]bool
	letters  []Message
}

func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	c := new(Consumer)
	c.h, c.attempts, c.finished = handle, maxAttempts, make(map[string]bool)
	return c
}

func (c *Consumer) fresh(batch []Message) []Message {
	taken := map[string]bool{}
	var todo []Message
	for _, m := range batch {
		if !c.finished[m.ID] && !taken[m.ID] {
			taken[m.ID] = true
			todo = append(todo, m)
		}
	}
	return todo
}

func (c *Consumer) Process(batch []Message) BatchResponse {
	var again []string
	for _, m := range c.fresh(batch) {
		err := c.h(m)
		if err != nil && m.Attempt < c.attempts {
			again = append(again, m.ID)
			continue
		}
		if err != nil {
			c.letters = append(c.letters, m)
		}
		c.finished[m.ID] = true
	}
	resp := BatchResponse{}
	for _, id := range again {
		resp.BatchItemFailures = append(resp.BatchItemFailures, BatchItemFailure{ItemIdentifier: id})
	}
	return resp
}

func (c *Consumer) DeadLetters() []Message {
	cp := make([]Message, len(c.letters))
	for i, m := range c.letters {
		cp[i] = m
	}
	return cp
}
