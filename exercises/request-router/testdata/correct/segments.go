package requestrouter

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Splits the path into segments and switches on them; users in a slice.

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type Router struct{ users []User }

func NewRouter() *Router { return &Router{} }

func reply(status int, v any, extra ...string) Response {
	b, _ := json.Marshal(v)
	h := map[string]string{"Content-Type": "application/json"}
	for i := 0; i+1 < len(extra); i += 2 {
		h[extra[i]] = extra[i+1]
	}
	return Response{Status: status, Headers: h, Body: string(b)}
}

func fail(status int, msg string, extra ...string) Response {
	return reply(status, map[string]string{"error": msg}, extra...)
}

func (r *Router) Handle(req Request) Response {
	if !strings.HasPrefix(req.Path, "/") {
		return fail(404, "not found")
	}
	seg := strings.Split(req.Path[1:], "/")
	switch {
	case len(seg) == 1 && seg[0] == "users":
		switch req.Method {
		case "GET":
			list := make([]User, 0, len(r.users))
			for _, u := range r.users {
				if want, ok := req.Query["name"]; !ok || u.Name == want {
					list = append(list, u)
				}
			}
			return reply(200, list)
		case "POST":
			return r.create(req)
		default:
			return fail(405, "method not allowed", "Allow", "GET, POST")
		}
	case len(seg) == 2 && seg[0] == "users" && seg[1] != "":
		if req.Method != "GET" {
			return fail(405, "method not allowed", "Allow", "GET")
		}
		id, err := strconv.Atoi(seg[1])
		if err != nil || id < 1 || id > len(r.users) {
			return fail(404, "no such user")
		}
		return reply(200, r.users[id-1])
	}
	return fail(404, "not found")
}

func (r *Router) create(req Request) Response {
	ct := ""
	for k, v := range req.Headers {
		if strings.ToLower(k) == "content-type" {
			ct = v
		}
	}
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	if strings.ToLower(strings.TrimSpace(ct)) != "application/json" {
		return fail(415, "want application/json")
	}
	var in User
	if err := json.Unmarshal([]byte(req.Body), &in); err != nil || in.Name == "" {
		return fail(400, "want a JSON object with a name")
	}
	in.ID = len(r.users) + 1
	r.users = append(r.users, in)
	return reply(201, in, "Location", "/users/"+strconv.Itoa(in.ID))
}
