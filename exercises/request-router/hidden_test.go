package requestrouter_test

import (
	"testing"

	requestrouter "github.com/lectern-dev/lectern/exercises/request-router"
)

// These tests are hidden from the learner. What they catch is listed in
// this folder's README.

func TestHandle(t *testing.T) {
	ada := user{1, "Ada", "ada@example.com"}
	grace := user{2, "Grace", ""}
	ada3 := user{3, "Ada", "second@example.com"}
	tests := []struct {
		name  string
		steps []step
	}{
		{"a new router lists no users as [], not null", []step{
			get("/users").expect(200).lists(),
		}},
		{"ids count from 1, and the list keeps creation order", []step{
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201).returns(ada),
			post(`{"name":"Grace"}`).expect(201).locatedAt("/users/2").returns(grace),
			post(`{"name":"Ada","email":"second@example.com"}`).expect(201).locatedAt("/users/3").returns(ada3),
			get("/users").expect(200).lists(ada, grace, ada3),
			get("/users/2").expect(200).returns(grace),
			get("/users/3").expect(200).returns(ada3),
		}},
		{"the server gives the id, whatever the client sends", []step{
			post(`{"id":99,"name":"Ada","email":"ada@example.com"}`).expect(201).locatedAt("/users/1").returns(ada),
			get("/users/99").expect(404).isError(),
		}},
		{"?name= keeps the users of that name", []step{
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201),
			post(`{"name":"Grace"}`).expect(201),
			post(`{"name":"Ada","email":"second@example.com"}`).expect(201),
			get("/users").withQuery(map[string]string{"name": "Ada"}).expect(200).lists(ada, ada3),
			get("/users").withQuery(map[string]string{"name": "Linus"}).expect(200).lists(),
			get("/users").withQuery(map[string]string{"page": "2"}).expect(200).lists(ada, grace, ada3),
		}},
		{"an unknown user is 404", []step{
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201),
			get("/users/2").expect(404).isError(),
			get("/users/0").expect(404).isError(),
			get("/users/-1").expect(404).isError(),
			get("/users/ada").expect(404).isError(),
		}},
		{"paths match exactly", []step{
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201),
			get("/").expect(404).isError(),
			get("/Users").expect(404).isError(),
			get("/users/").expect(404).isError(),
			get("/users-admin").expect(404).isError(),
			get("/usersx").expect(404).isError(),
			get("/users/1/orders").expect(404).isError(),
			get("/api/users").expect(404).isError(),
		}},
		{"405 names the methods the path allows", []step{
			send("PUT", "/users").expect(405).allows("GET, POST").isError(),
			send("PATCH", "/users").expect(405).allows("GET, POST").isError(),
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201),
			send("DELETE", "/users/1").expect(405).allows("GET").isError(),
			send("POST", "/users/1").expect(405).allows("GET").isError(),
			send("DELETE", "/users/42").expect(405).allows("GET").isError(),
			get("/users").expect(200).lists(ada),
		}},
		{"header names are case-insensitive (HTTP APIs send them lower-case)", []step{
			post(`{"name":"Ada","email":"ada@example.com"}`).withHeaders(map[string]string{"content-type": "application/json"}).expect(201).returns(ada),
			post(`{"name":"Grace"}`).withHeaders(map[string]string{"CONTENT-TYPE": "application/json"}).expect(201).returns(grace),
		}},
		{"a JSON content type may carry parameters and any case", []step{
			post(`{"name":"Ada","email":"ada@example.com"}`).withHeaders(map[string]string{"Content-Type": "application/json; charset=utf-8"}).expect(201).returns(ada),
			post(`{"name":"Grace"}`).withHeaders(map[string]string{"Content-Type": "Application/JSON"}).expect(201).returns(grace),
		}},
		{"a body that is not JSON is 415 Unsupported Media Type", []step{
			post(`{"name":"Ada"}`).withHeaders(nil).expect(415).isError(),
			post(`{"name":"Ada"}`).withHeaders(map[string]string{"Content-Type": "text/plain"}).expect(415).isError(),
			post(`name=Ada`).withHeaders(map[string]string{"Content-Type": "application/x-www-form-urlencoded"}).expect(415).isError(),
			get("/users").expect(200).lists(),
		}},
		{"malformed or incomplete JSON is 400, and creates nobody", []step{
			post(``).expect(400).isError(),
			post(`not json`).expect(400).isError(),
			post(`{"name": "Ada",}`).expect(400).isError(),
			post(`[{"name":"Ada"}]`).expect(400).isError(),
			post(`"Ada"`).expect(400).isError(),
			post(`{"name": 42}`).expect(400).isError(),
			post(`{"name":"Ada","email":7}`).expect(400).isError(),
			post(`{}`).expect(400).isError(),
			post(`{"name":""}`).expect(400).isError(),
			post(`{"email":"ada@example.com"}`).expect(400).isError(),
			get("/users").expect(200).lists(),
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201).locatedAt("/users/1").returns(ada),
		}},
		{"errors on other paths create nobody", []step{
			send("PUT", "/users").withHeaders(jsonHeaders).expect(405),
			send("POST", "/orders").withHeaders(jsonHeaders).expect(404),
			post(`{"name":"Ada","email":"ada@example.com"}`).expect(201).locatedAt("/users/1"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { run(t, tt.steps) })
	}
}

// Each router (each function instance) has users of its own.
func TestRoutersDoNotShareUsers(t *testing.T) {
	first := requestrouter.NewRouter()
	req := requestrouter.Request{Method: "POST", Path: "/users", Headers: jsonHeaders, Body: `{"name":"Ada"}`}
	if resp := first.Handle(req); resp.Status != 201 {
		t.Fatalf("POST /users on a new router: status %d, want 201", resp.Status)
	}
	run(t, []step{
		get("/users").expect(200).lists(),
		get("/users/1").expect(404).isError(),
		post(`{"name":"Grace"}`).expect(201).locatedAt("/users/1").returns(user{1, "Grace", ""}),
	})
}
