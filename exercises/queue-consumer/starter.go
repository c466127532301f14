//go:build lectern_starter

package queueconsumer

// Consumer processes batches of queue messages for one function
// instance. Add the fields it needs.
type Consumer struct {
}

// NewConsumer returns a consumer that calls handle for each message and
// gives each message up to maxAttempts deliveries.
func NewConsumer(handle Handler, maxAttempts int) *Consumer {
	return &Consumer{}
}

// Process handles one batch and returns the messages the queue should
// deliver again. Read the prompt for the rules, then replace the body.
func (c *Consumer) Process(batch []Message) BatchResponse {
	// Your code here.
	return BatchResponse{}
}

// DeadLetters returns the messages given up on, in the order they were.
func (c *Consumer) DeadLetters() []Message {
	return nil
}
