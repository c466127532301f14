package requestrouter

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A table of routes, each with a matcher and its handlers by method; the
// Allow header is built from the table.

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type Router struct {
	users  []User
	routes []route
}

type handler func(req Request, param string) Response

type route struct {
	match   func(path string) (param string, ok bool)
	methods map[string]handler
}

func NewRouter() *Router {
	r := &Router{}
	r.routes = []route{
		{
			match:   func(p string) (string, bool) { return "", p == "/users" },
			methods: map[string]handler{"GET": r.list, "POST": r.create},
		},
		{
			match: func(p string) (string, bool) {
				rest, found := strings.CutPrefix(p, "/users/")
				return rest, found && rest != "" && !strings.Contains(rest, "/")
			},
			methods: map[string]handler{"GET": r.show},
		},
	}
	return r
}

func respond(status int, v any) Response {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = 500, []byte(`{"error":"cannot encode"}`)
	}
	return Response{Status: status, Headers: map[string]string{"Content-Type": "application/json"}, Body: string(b)}
}

func problem(status int, format string, args ...any) Response {
	return respond(status, map[string]string{"error": fmt.Sprintf(format, args...)})
}

func (r *Router) Handle(req Request) Response {
	for _, rt := range r.routes {
		param, ok := rt.match(req.Path)
		if !ok {
			continue
		}
		if h, ok := rt.methods[req.Method]; ok {
			return h(req, param)
		}
		var allow []string
		for m := range rt.methods {
			allow = append(allow, m)
		}
		sort.Strings(allow)
		resp := problem(405, "%s is not allowed here", req.Method)
		resp.Headers["Allow"] = strings.Join(allow, ", ")
		return resp
	}
	return problem(404, "nothing at %s", req.Path)
}

func (r *Router) list(req Request, _ string) Response {
	out := []User{}
	for _, u := range r.users {
		if n, ok := req.Query["name"]; ok && n != u.Name {
			continue
		}
		out = append(out, u)
	}
	return respond(200, out)
}

func (r *Router) show(_ Request, param string) Response {
	id, err := strconv.Atoi(param)
	if err != nil || id <= 0 || id > len(r.users) {
		return problem(404, "no user %s", param)
	}
	return respond(200, r.users[id-1])
}

func contentType(h map[string]string) string {
	for k, v := range h {
		if strings.EqualFold(k, "content-type") {
			return v
		}
	}
	return ""
}

func (r *Router) create(req Request, _ string) Response {
	media, _, _ := strings.Cut(contentType(req.Headers), ";")
	if !strings.EqualFold(strings.TrimSpace(media), "application/json") {
		return problem(415, "send JSON")
	}
	var in struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	if err := json.Unmarshal([]byte(req.Body), &in); err != nil {
		return problem(400, "bad JSON: %v", err)
	}
	if in.Name == "" {
		return problem(400, "name is required")
	}
	u := User{ID: len(r.users) + 1, Name: in.Name, Email: in.Email}
	r.users = append(r.users, u)
	resp := respond(201, u)
	resp.Headers["Location"] = fmt.Sprintf("/users/%d", u.ID)
	return resp
}
