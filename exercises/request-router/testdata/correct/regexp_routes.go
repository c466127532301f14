package requestrouter

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
)

// Regular expressions for the routes; a decoder for the body; a small
// response builder.

var (
	usersPath = regexp.MustCompile(`^/users$`)
	userPath  = regexp.MustCompile(`^/users/([^/]+)$`)
	jsonType  = regexp.MustCompile(`(?i)^\s*application/json\s*(;.*)?$`)
)

type User struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type Router struct {
	users []*User
}

func NewRouter() *Router { return new(Router) }

type builder struct{ resp Response }

func status(code int) *builder {
	return &builder{Response{Status: code, Headers: map[string]string{"Content-Type": "application/json"}}}
}

func (b *builder) header(k, v string) *builder { b.resp.Headers[k] = v; return b }

func (b *builder) json(v any) Response {
	data, err := json.Marshal(v)
	if err != nil {
		data = []byte(`{"error":"internal"}`)
	}
	b.resp.Body = string(data)
	return b.resp
}

func (b *builder) err(msg string) Response { return b.json(map[string]string{"error": msg}) }

func (r *Router) Handle(req Request) Response {
	if usersPath.MatchString(req.Path) {
		switch req.Method {
		case "GET":
			found := make([]*User, 0)
			name, byName := req.Query["name"]
			for _, u := range r.users {
				if !byName || u.Name == name {
					found = append(found, u)
				}
			}
			return status(200).json(found)
		case "POST":
			return r.post(req)
		}
		return status(405).header("Allow", "GET, POST").err("method not allowed")
	}
	if m := userPath.FindStringSubmatch(req.Path); m != nil {
		if req.Method != "GET" {
			return status(405).header("Allow", "GET").err("method not allowed")
		}
		i, err := strconv.Atoi(m[1])
		if err != nil || i < 1 || i > len(r.users) {
			return status(404).err("user " + m[1] + " not found")
		}
		return status(200).json(r.users[i-1])
	}
	return status(404).err("no such route")
}

func (r *Router) post(req Request) Response {
	var ct string
	for k, v := range req.Headers {
		if strings.EqualFold(k, "Content-Type") {
			ct = v
			break
		}
	}
	if !jsonType.MatchString(ct) {
		return status(415).err("unsupported media type")
	}
	var in struct {
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	if err := json.NewDecoder(strings.NewReader(req.Body)).Decode(&in); err != nil {
		return status(400).err(err.Error())
	}
	if in.Name == "" {
		return status(400).err("missing name")
	}
	u := &User{ID: len(r.users) + 1, Name: in.Name, Email: in.Email}
	r.users = append(r.users, u)
	return status(201).header("Location", "/users/"+strconv.Itoa(u.ID)).json(u)
}
