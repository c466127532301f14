//go:build !lectern_starter

// Package requestrouter is the Request Router challenge: one way to solve it
// (event.go declares the event types).
package requestrouter

import (
	"encoding/json"
	"strconv"
	"strings"
)

// User is one stored user, as the API shows it.
type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Router keeps the users of one function instance in memory.
type Router struct {
	users []User
}

// NewRouter returns a router with no users.
func NewRouter() *Router { return &Router{} }

// Handle answers one request.
func (r *Router) Handle(req Request) Response {
	switch {
	case req.Path == "/users":
		switch req.Method {
		case "GET":
			return r.list(req)
		case "POST":
			return r.create(req)
		}
		return methodNotAllowed("GET, POST")
	case strings.HasPrefix(req.Path, "/users/") && !strings.Contains(req.Path[len("/users/"):], "/"):
		if req.Method != "GET" {
			return methodNotAllowed("GET")
		}
		return r.get(req.Path[len("/users/"):])
	}
	return errorResponse(404, "no route for "+req.Path)
}

func (r *Router) list(req Request) Response {
	name, filter := req.Query["name"]
	out := []User{} // [] rather than null when there are none
	for _, u := range r.users {
		if !filter || u.Name == name {
			out = append(out, u)
		}
	}
	return jsonResponse(200, out)
}

func (r *Router) create(req Request) Response {
	if !isJSON(header(req.Headers, "Content-Type")) {
		return errorResponse(415, "send the user as application/json")
	}
	var in struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	if err := json.Unmarshal([]byte(req.Body), &in); err != nil {
		return errorResponse(400, "the body is not a JSON object: "+err.Error())
	}
	if in.Name == "" {
		return errorResponse(400, "a user needs a name")
	}
	u := User{ID: len(r.users) + 1, Name: in.Name, Email: in.Email}
	r.users = append(r.users, u)
	resp := jsonResponse(201, u)
	resp.Headers["Location"] = "/users/" + strconv.Itoa(u.ID)
	return resp
}

func (r *Router) get(id string) Response {
	n, err := strconv.Atoi(id)
	if err != nil || n < 1 || n > len(r.users) {
		return errorResponse(404, "no user "+id)
	}
	return jsonResponse(200, r.users[n-1])
}

// header looks a header up by name, ignoring case, as HTTP does.
func header(h map[string]string, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

// isJSON reports whether a Content-Type names JSON: "application/json",
// in any case, perhaps with parameters ("; charset=utf-8").
func isJSON(contentType string) bool {
	mediaType, _, _ := strings.Cut(contentType, ";")
	return strings.EqualFold(strings.TrimSpace(mediaType), "application/json")
}

func jsonResponse(status int, v any) Response {
	body, err := json.Marshal(v)
	if err != nil {
		return errorResponse(500, err.Error())
	}
	return Response{Status: status, Headers: map[string]string{"Content-Type": "application/json"}, Body: string(body)}
}

func errorResponse(status int, msg string) Response {
	body, _ := json.Marshal(map[string]string{"error": msg})
	return Response{Status: status, Headers: map[string]string{"Content-Type": "application/json"}, Body: string(body)}
}

func methodNotAllowed(allow string) Response {
	resp := errorResponse(405, "use "+allow)
	resp.Headers["Allow"] = allow
	return resp
}
