package queueconsumer

// Message is one delivery of a queue message, as an SQS event record
// carries it.
type Message struct {
	ID      string // the message's id: the same on every delivery of it
	Body    string
	Attempt int // deliveries so far, this one included (SQS's ApproximateReceiveCount)
}

// Handler does the work for one message; an error means it failed.
type Handler func(Message) error

// BatchItemFailure names a message the queue should deliver again.
type BatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}

// BatchResponse is a Lambda function's partial batch response: only the
// messages listed are delivered again; the rest are deleted from the
// queue.
type BatchResponse struct {
	BatchItemFailures []BatchItemFailure `json:"batchItemFailures"`
}
