package requestrouter

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// The Router holds closures built in NewRouter; validation returns errors
// that become 400s; responses are assembled by one function.

type record struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

type Router struct {
	handle func(Request) Response
}

func NewRouter() *Router {
	var users []record

	answer := func(status int, body any, headers map[string]string) Response {
		text, _ := json.Marshal(body)
		h := map[string]string{"Content-Type": "application/json"}
		for k, v := range headers {
			h[k] = v
		}
		return Response{Status: status, Headers: h, Body: string(text)}
	}
	problem := func(status int, err error, headers map[string]string) Response {
		return answer(status, map[string]string{"error": err.Error()}, headers)
	}
	parse := func(body string) (record, error) {
		var raw struct {
			Name  *string `json:"name"`
			Email *string `json:"email"`
		}
		if err := json.Unmarshal([]byte(body), &raw); err != nil {
			return record{}, err
		}
		if raw.Name == nil || *raw.Name == "" {
			return record{}, errors.New("name is required")
		}
		rec := record{Name: *raw.Name}
		if raw.Email != nil {
			rec.Email = *raw.Email
		}
		return rec, nil
	}
	sendsJSON := func(h map[string]string) bool {
		for k, v := range h {
			if strings.EqualFold(k, "content-type") {
				media := strings.TrimSpace(strings.SplitN(v, ";", 2)[0])
				return strings.EqualFold(media, "application/json")
			}
		}
		return false
	}

	r := &Router{}
	r.handle = func(req Request) Response {
		if req.Path == "/users" {
			if req.Method == "GET" {
				picked := []record{}
				for _, u := range users {
					if name, ok := req.Query["name"]; ok && name != u.Name {
						continue
					}
					picked = append(picked, u)
				}
				return answer(200, picked, nil)
			}
			if req.Method != "POST" {
				return problem(405, errors.New("use GET or POST"), map[string]string{"Allow": "GET, POST"})
			}
			if !sendsJSON(req.Headers) {
				return problem(415, errors.New("the body must be application/json"), nil)
			}
			rec, err := parse(req.Body)
			if err != nil {
				return problem(400, err, nil)
			}
			rec.ID = len(users) + 1
			users = append(users, rec)
			return answer(201, rec, map[string]string{"Location": "/users/" + strconv.Itoa(rec.ID)})
		}
		id, isUser := strings.CutPrefix(req.Path, "/users/")
		if !isUser || id == "" || strings.Contains(id, "/") {
			return problem(404, errors.New("unknown path "+req.Path), nil)
		}
		if req.Method != "GET" {
			return problem(405, errors.New("use GET"), map[string]string{"Allow": "GET"})
		}
		n, err := strconv.Atoi(id)
		if err != nil || n < 1 || n > len(users) {
			return problem(404, errors.New("no user "+id), nil)
		}
		return answer(200, users[n-1], nil)
	}
	return r
}

func (r *Router) Handle(req Request) Response { return r.handle(req) }
