//go:build lectern_starter

package requestrouter

// Router answers the requests of one function instance and keeps its
// users in memory. Add the fields it needs.
type Router struct {
}

// NewRouter returns a router with no users.
func NewRouter() *Router {
	return &Router{}
}

// Handle answers one request. Read the prompt for the routes, then
// replace the body.
func (r *Router) Handle(req Request) Response {
	// Your code here: match the path, then the method.
	return Response{Status: 501, Body: `{"error":"not implemented"}`}
}
