package requestrouter

// Request is the part of a Lambda proxy event (an API Gateway HTTP API
// or a function URL) that the router reads.
type Request struct {
	Method  string            // "GET", "POST", ...
	Path    string            // "/users/3"
	Query   map[string]string // ?name=Ada is {"name": "Ada"}; may be nil
	Headers map[string]string // as the client sent them: names in any case
	Body    string
}

// Response is what the platform turns into the HTTP response.
type Response struct {
	Status  int
	Headers map[string]string
	Body    string
}
