package queueconsumer

// The consumer's memory captured by closures made in NewConsumer; an
// outcome type names what happened to each message.

type outcome int

const (
	skipped outcome = iota
	done
	retry
	deadLettered
)

type Consumer struct {
	one  func(m Message, seen map[string]bool) outcome
	dead func() []Message
}

func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	settled := map[string]bool{}
	var letters []Message
	return &Consumer{
		one: func(m Message, seen map[string]bool) outcome {
			if settled[m.ID] || seen[m.ID] {
				return skipped
			}
			seen[m.ID] = true
			if err := handle(m); err == nil {
				settled[m.ID] = true
				return done
			}
			if m.Attempt >= maxAttempts {
				settled[m.ID] = true
				letters = append(letters, m)
				return deadLettered
			}
			return retry
		},
		dead: func() []Message { return append([]Message(nil), letters...) },
	}
}

func (c *Consumer) Process(batch []Message) BatchResponse {
	seen := map[string]bool{}
	var r BatchResponse
	for _, m := range batch {
		if c.one(m, seen) == retry {
			r.BatchItemFailures = append(r.BatchItemFailures, BatchItemFailure{ItemIdentifier: m.ID})
		}
	}
	return r
}

func (c *Consumer) DeadLetters() []Message { return c.dead() }
