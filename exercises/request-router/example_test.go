package requestrouter_test

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	requestrouter "github.com/lectern-dev/lectern/exercises/request-router"
)

// These tests are shown to the learner. Each one sends a few requests to
// a new router, in order, and checks every response.

// step is one request and what its response must be.
type step struct {
	method, path string
	query        map[string]string
	headers      map[string]string
	body         string

	status   int
	allow    string                // the Allow header's methods, in any order ("" = not checked)
	location string                // the Location header ("" = not checked)
	user     *user                 // the body must be this user
	users    []user                // the body must be this list (nil = not checked)
	noUsers  bool                  // the body must be an empty list, []
	check    func(b string) string // another check of the body: "" or what is wrong
}

// user is what the tests expect a user to look like in JSON.
type user struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

var jsonHeaders = map[string]string{"Content-Type": "application/json"}

// Requests, and what their responses must be, are written as chains:
// post(`{"name":"Ada"}`).expect(201).locatedAt("/users/1").returns(ada).
func send(method, path string) step { return step{method: method, path: path} }
func get(path string) step          { return send("GET", path) }
func post(body string) step {
	return step{method: "POST", path: "/users", headers: jsonHeaders, body: body}
}

func (s step) withHeaders(h map[string]string) step { s.headers = h; return s }
func (s step) withQuery(q map[string]string) step   { s.query = q; return s }
func (s step) expect(status int) step               { s.status = status; return s }
func (s step) allows(methods string) step           { s.allow = methods; return s }
func (s step) locatedAt(path string) step           { s.location = path; return s }
func (s step) returns(u user) step                  { s.user = &u; return s }
func (s step) isError() step                        { s.check = errorBody; return s }
func (s step) lists(us ...user) step {
	s.users, s.noUsers = us, len(us) == 0
	return s
}

// describe writes a request as the messages show it.
func describe(s step) string {
	var b strings.Builder
	b.WriteString(s.method + " " + s.path)
	if len(s.query) > 0 {
		keys := make([]string, 0, len(s.query))
		for k := range s.query {
			keys = append(keys, k+"="+s.query[k])
		}
		sort.Strings(keys)
		b.WriteString("?" + strings.Join(keys, "&"))
	}
	if len(s.headers) > 0 {
		var hs []string
		for k, v := range s.headers {
			hs = append(hs, k+": "+v)
		}
		sort.Strings(hs)
		b.WriteString(" [" + strings.Join(hs, "; ") + "]")
	}
	if s.body != "" || s.method == "POST" {
		b.WriteString(fmt.Sprintf(" body %q", s.body))
	}
	return b.String()
}

// headerOf looks a response header up by name, ignoring case as HTTP does.
func headerOf(r requestrouter.Response, name string) (string, bool) {
	for k, v := range r.Headers {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	return "", false
}

func methods(list string) string {
	var ms []string
	for _, m := range strings.Split(list, ",") {
		if m = strings.TrimSpace(m); m != "" {
			ms = append(ms, m)
		}
	}
	sort.Strings(ms)
	return strings.Join(ms, ", ")
}

func showUser(u user) string { return fmt.Sprintf("{id %d, name %q, email %q}", u.ID, u.Name, u.Email) }

func showUsers(us []user) string {
	var parts []string
	for _, u := range us {
		parts = append(parts, showUser(u))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// errorBody checks that a body is a JSON object with an "error" message.
func errorBody(b string) string {
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(b), &e); err != nil || e.Error == "" {
		return fmt.Sprintf("want a JSON object with an \"error\" message, got %q", b)
	}
	return ""
}

// run sends the steps to one new router and checks each response.
func run(t *testing.T, steps []step) {
	t.Helper()
	r := requestrouter.NewRouter()
	if r == nil {
		t.Fatal("NewRouter() = nil, want a router")
	}
	for i, s := range steps {
		resp := r.Handle(requestrouter.Request{Method: s.method, Path: s.path, Query: s.query, Headers: s.headers, Body: s.body})
		where := fmt.Sprintf("request %d, %s", i+1, describe(s))
		if resp.Status != s.status {
			t.Fatalf("%s:\n got status %d (body %q)\nwant status %d", where, resp.Status, resp.Body, s.status)
		}
		if ct, _ := headerOf(resp, "Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s: Content-Type header is %q, want application/json", where, ct)
		}
		if s.allow != "" {
			got, ok := headerOf(resp, "Allow")
			if !ok || methods(got) != methods(s.allow) {
				t.Errorf("%s: Allow header is %q (present: %v), want the methods %s", where, got, ok, s.allow)
			}
		}
		if s.location != "" {
			if got, _ := headerOf(resp, "Location"); got != s.location {
				t.Errorf("%s: Location header is %q, want %q", where, got, s.location)
			}
		}
		if s.user != nil {
			var got user
			if err := json.Unmarshal([]byte(resp.Body), &got); err != nil {
				t.Errorf("%s: body %q is not a JSON user: %v", where, resp.Body, err)
			} else if got != *s.user {
				t.Errorf("%s:\n got user %s (body %q)\nwant user %s", where, showUser(got), resp.Body, showUser(*s.user))
			}
		}
		if s.users != nil || s.noUsers {
			var got []user
			err := json.Unmarshal([]byte(resp.Body), &got)
			switch {
			case err != nil:
				t.Errorf("%s: body %q is not a JSON list of users: %v", where, resp.Body, err)
			case got == nil:
				t.Errorf("%s: body %q, want a JSON list ([] when there are no users)", where, resp.Body)
			case showUsers(got) != showUsers(s.users):
				t.Errorf("%s:\n got users %s\nwant users %s", where, showUsers(got), showUsers(s.users))
			}
		}
		if s.check != nil {
			if problem := s.check(resp.Body); problem != "" {
				t.Errorf("%s: %s", where, problem)
			}
		}
	}
}

func TestHandleExamples(t *testing.T) {
	ada := user{1, "Ada", "ada@example.com"}
	tests := []struct {
		name  string
		steps []step
	}{
		{"create a user, then read it back", []step{
			get("/users").expect(200).lists(),
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201).locatedAt("/users/1").returns(ada),
			get("/users").expect(200).lists(ada),
			get("/users/1").expect(200).returns(ada),
		}},
		{"a known path with the wrong method", []step{
			send("DELETE", "/users").expect(405).allows("GET, POST").isError(),
		}},
		{"an unknown path", []step{
			get("/orders").expect(404).isError(),
		}},
		{"malformed JSON", []step{
			post(`{"name": "Ada"`).expect(400).isError(),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { run(t, tt.steps) })
	}
}
