package requestrouter

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Users in a map by id with a counter; bodies decoded into map[string]any
// and checked by hand; headers normalised to lower case once.

type Router struct {
	byID   map[int]map[string]any
	nextID int
}

func NewRouter() *Router { return &Router{byID: map[int]map[string]any{}, nextID: 1} }

func out(status int, body any, headers ...string) Response {
	data, _ := json.Marshal(body)
	resp := Response{Status: status, Headers: map[string]string{"Content-Type": "application/json"}, Body: string(data)}
	for i := 0; i < len(headers); i += 2 {
		resp.Headers[headers[i]] = headers[i+1]
	}
	return resp
}

func oops(status int, msg string, headers ...string) Response {
	return out(status, map[string]any{"error": msg}, headers...)
}

func lower(h map[string]string) map[string]string {
	m := make(map[string]string, len(h))
	for k, v := range h {
		m[strings.ToLower(k)] = v
	}
	return m
}

func (r *Router) Handle(req Request) Response {
	if req.Path == "/users" {
		if req.Method == "GET" {
			list := []map[string]any{}
			for id := 1; id < r.nextID; id++ {
				u := r.byID[id]
				if name, ok := req.Query["name"]; ok && u["name"] != name {
					continue
				}
				list = append(list, u)
			}
			return out(200, list)
		}
		if req.Method == "POST" {
			return r.add(req)
		}
		return oops(405, "only GET and POST", "Allow", "GET, POST")
	}
	if id, ok := strings.CutPrefix(req.Path, "/users/"); ok && id != "" && !strings.Contains(id, "/") {
		if req.Method != "GET" {
			return oops(405, "only GET", "Allow", "GET")
		}
		n, err := strconv.Atoi(id)
		if u, found := r.byID[n]; err == nil && found {
			return out(200, u)
		}
		return oops(404, "no user "+id)
	}
	return oops(404, "no route")
}

func (r *Router) add(req Request) Response {
	ct := strings.ToLower(lower(req.Headers)["content-type"])
	if ct != "application/json" && !strings.HasPrefix(ct, "application/json;") && !strings.HasPrefix(ct, "application/json ") {
		return oops(415, "JSON only")
	}
	var in map[string]any
	if err := json.Unmarshal([]byte(req.Body), &in); err != nil || in == nil {
		return oops(400, "not a JSON object")
	}
	name, ok := in["name"].(string)
	if !ok || name == "" {
		return oops(400, "name must be a non-empty string")
	}
	email := ""
	if e, present := in["email"]; present {
		s, isString := e.(string)
		if !isString {
			return oops(400, "email must be a string")
		}
		email = s
	}
	id := r.nextID
	r.nextID++
	r.byID[id] = map[string]any{"id": id, "name": name, "email": email}
	return out(201, r.byID[id], "Location", "/users/"+strconv.Itoa(id))
}
