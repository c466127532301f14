package grader

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/grader/sandbox"
)

const greetHandler = `package handler

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

var greeting = strings.Repeat("Hi", 1)

func init() { fmt.Println("init ran") }

func Handler(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		who := r.URL.Query().Get("who")
		fmt.Println("GET for", who)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"greeting": greeting + ", " + who})
	case http.MethodPost:
		var in struct{ Who string }
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, "want JSON", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusCreated)
		w.Header().Set("X-Too-Late", "yes")
		fmt.Fprintf(w, "saved %s", in.Who)
	case "PUT":
		var xs []int
		_ = xs[len(r.URL.Path)]
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}
`

func build(t *testing.T, src string) *sandbox.Job {
	t.Helper()
	p, diags, err := BuildHandler(context.Background(), "", "handler.go", []byte(src))
	if err != nil || len(diags) > 0 {
		t.Fatalf("BuildHandler: %v %v", err, diags)
	}
	return p
}

func TestHandlerInstanceServesRequestsOneAfterAnother(t *testing.T) {
	prog := build(t, greetHandler)
	in, err := sandbox.StartInstance("", *prog)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Kill()
	ready, err := in.WaitReady(context.Background(), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if ready.Output != "init ran\n" || ready.InProcess <= 0 {
		t.Errorf("ready = %+v", ready)
	}
	resp, err := in.Serve(context.Background(), &sandbox.InstanceRequest{ID: "1", Method: "GET", URL: "/api/greet?who=Ada"}, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	if resp.Status != 200 || json.Unmarshal(resp.Body, &got) != nil || got["greeting"] != "Hi, Ada" ||
		resp.Header["Content-Type"][0] != "application/json" || resp.Output != "GET for Ada\n" || resp.MaxRSS <= 0 {
		t.Fatalf("GET: %+v (%s)", resp, resp.Body)
	}
	resp, err = in.Serve(context.Background(), &sandbox.InstanceRequest{ID: "2", Method: "POST", URL: "/api/greet",
		Body: []byte(`{"who":"Grace"}`)}, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 201 || string(resp.Body) != "saved Grace" || resp.Header["X-Too-Late"] != nil {
		t.Fatalf("POST: %+v (%s)", resp, resp.Body)
	}
	resp, err = in.Serve(context.Background(), &sandbox.InstanceRequest{ID: "3", Method: "DELETE", URL: "/"}, 5*time.Second)
	if err != nil || resp.Status != 405 || resp.Header["Allow"][0] != "GET, POST" {
		t.Fatalf("DELETE: %+v %v", resp, err)
	}
	// A panic is answered with its line, and ends the instance.
	resp, err = in.Serve(context.Background(), &sandbox.InstanceRequest{ID: "4", Method: "PUT", URL: "/x"}, 5*time.Second)
	if err != nil || resp.Status != 502 || !strings.Contains(resp.Panic, "index out of range") {
		t.Fatalf("PUT: %+v %v", resp, err)
	}
	if got, want := HandlerMessage(resp.Panic), "panic: runtime error: index out of range\n    at handler.go:32 (in Handler)"; got != want {
		t.Errorf("panic message %q, want %q", got, want)
	}
	select {
	case <-in.Gone():
	case <-time.After(5 * time.Second):
		t.Fatal("the instance outlived its panic")
	}
}

func TestHandlerRequestTimeoutStopsTheInstance(t *testing.T) {
	prog := build(t, "package handler\n\nimport \"net/http\"\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tfor {\n\t}\n}\n")
	in, err := sandbox.StartInstance("", *prog)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Kill()
	if _, err := in.WaitReady(context.Background(), 10*time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = in.Serve(context.Background(), &sandbox.InstanceRequest{ID: "1", Method: "GET", URL: "/"}, 200*time.Millisecond)
	if !errors.Is(err, sandbox.ErrTimeout) {
		t.Fatalf("err = %v, want a timeout", err)
	}
	<-in.Gone()
}

func TestHandlerInitPanicIsALoadError(t *testing.T) {
	prog := build(t, "package handler\n\nimport \"net/http\"\n\nvar m map[string]int\n\nfunc init() { m[\"x\"] = 1 }\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {}\n")
	in, err := sandbox.StartInstance("", *prog)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Kill()
	_, err = in.WaitReady(context.Background(), 10*time.Second)
	var le *sandbox.LoadError
	if !errors.As(err, &le) || le.Status != "panic" || !strings.Contains(le.Message, "nil map") {
		t.Fatalf("err = %#v", err)
	}
}

func TestHandlerMemoryLimitEndsTheInstance(t *testing.T) {
	prog := build(t, "package handler\n\nimport \"net/http\"\n\nvar keep [][]byte\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n")
	prog.MemoryLimit = 32 << 20
	in, err := sandbox.StartInstance("", *prog)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Kill()
	if _, err := in.WaitReady(context.Background(), 10*time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = in.Serve(context.Background(), &sandbox.InstanceRequest{ID: "1", Method: "GET", URL: "/"}, 10*time.Second)
	var d *sandbox.Died
	if !errors.As(err, &d) || d.Outcome != sandbox.Memory {
		t.Fatalf("err = %#v", err)
	}
}

func TestPrecheckHandlerMessages(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"syntax", "package handler\n\nfunc Handler(w http.ResponseWriter, r *http.Request {\n}\n", "handler.go:3:"},
		{"type", "package handler\n\nimport \"net/http\"\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tx := 1\n}\n",
			"handler.go:6:2: declared and not used: x"},
		{"missing", "package handler\n\nimport \"net/http\"\n\nfunc handler(w http.ResponseWriter, r *http.Request) {}\n",
			"Handler is missing: the lab calls func Handler(w http.ResponseWriter, r *http.Request) for every request (you wrote handler"},
		{"signature", "package handler\n\nfunc Handler() {}\n", "handler.go:3:6: Handler has the wrong signature func()"},
		{"main", "package main\n\nfunc main() {}\n", "handler.go:1:9: package main: a handler file is not a program"},
		{"client", "package handler\n\nimport \"net/http\"\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\thttp.Get(\"http://example.com\")\n}\n",
			"handler.go:6:7: http.Get is not offered in the lab"},
		{"listener", "package handler\n\nimport \"net/http\"\n\nvar _ = http.ListenAndServe\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {}\n",
			"handler.go:5:14: http.ListenAndServe is not offered in the lab"},
		{"os", "package handler\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc Handler(w http.ResponseWriter, r *http.Request) { os.Exit(1) }\n",
			"handler.go:8:59: os.Exit is not offered by Lectern's interpreter (of package os it offers only Environ, ExpandEnv, Getenv, LookupEnv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, diags := PrecheckHandler("/some/dir/handler.go", []byte(c.src))
			if len(diags) == 0 || !strings.Contains(diags[0].String(), c.want) {
				t.Fatalf("diagnostics %v, want %q", diags, c.want)
			}
		})
	}
	if _, diags := PrecheckHandler("handler.go", []byte(greetHandler)); len(diags) > 0 {
		t.Fatalf("the greeting handler: %v", diags)
	}
}
