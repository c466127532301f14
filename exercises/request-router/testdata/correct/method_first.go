package requestrouter

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Classifies the path into a route kind first, then dispatches on
// (route, method) pairs in one switch; builds the JSON of a user with
// a marshalled struct per response.

type routeKind int

const (
	noRoute routeKind = iota
	collection
	item
)

type person struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type Router struct {
	people []person
}

func NewRouter() *Router { return &Router{people: []person{}} }

func classify(path string) (routeKind, string) {
	if path == "/users" {
		return collection, ""
	}
	if strings.HasPrefix(path, "/users/") {
		id := path[len("/users/"):]
		if id != "" && strings.IndexByte(id, '/') < 0 {
			return item, id
		}
	}
	return noRoute, ""
}

func jsonOf(status int, v any) Response {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return Response{Status: status, Headers: map[string]string{"Content-Type": "application/json"}, Body: string(b)}
}

type apiError struct {
	Error string `json:"error"`
}

func errorOf(status int, format string, a ...any) Response {
	return jsonOf(status, apiError{fmt.Sprintf(format, a...)})
}

func (r *Router) Handle(req Request) Response {
	kind, id := classify(req.Path)
	switch {
	case kind == collection && req.Method == "GET":
		if name, ok := req.Query["name"]; ok {
			same := []person{}
			for _, p := range r.people {
				if p.Name == name {
					same = append(same, p)
				}
			}
			return jsonOf(200, same)
		}
		return jsonOf(200, r.people)
	case kind == collection && req.Method == "POST":
		return r.create(req)
	case kind == collection:
		resp := errorOf(405, "method %s not allowed", req.Method)
		resp.Headers["Allow"] = "POST, GET"
		return resp
	case kind == item && req.Method == "GET":
		n, err := strconv.ParseUint(id, 10, 32)
		if err != nil || n == 0 || int(n) > len(r.people) {
			return errorOf(404, "user %q not found", id)
		}
		return jsonOf(200, r.people[n-1])
	case kind == item:
		resp := errorOf(405, "method %s not allowed", req.Method)
		resp.Headers["Allow"] = "GET"
		return resp
	}
	return errorOf(404, "no route for %s %s", req.Method, req.Path)
}

func (r *Router) create(req Request) Response {
	var ct string
	for name, value := range req.Headers {
		if strings.EqualFold(name, "Content-Type") {
			ct = value
		}
	}
	media := strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	if media != "application/json" {
		return errorOf(415, "content type %q is not JSON", ct)
	}
	var in person
	if err := json.Unmarshal([]byte(req.Body), &in); err != nil {
		return errorOf(400, "invalid JSON: %v", err)
	}
	if in.Name == "" {
		return errorOf(400, "name must not be empty")
	}
	p := person{ID: len(r.people) + 1, Name: in.Name, Email: in.Email}
	r.people = append(r.people, p)
	resp := jsonOf(201, p)
	resp.Headers["Location"] = "/users/" + strconv.Itoa(p.ID)
	return resp
}
