// Package handler is your function. The lab (the Interactive Experiment
// step, or `lectern lab` in a terminal) calls Handler once for every
// request, each time in an instance that has loaded this file.
package handler

import (
	"encoding/json"
	"net/http"
	"time"
)

// Package-level variables and init functions run once per instance,
// during its cold start: the init phase.
var started = time.Now()

// greeter stands in for slow set-up: a database connection, a model
// loaded from disk, an SDK client. Making one takes about 40 ms.
type greeter struct{ prefix string }

func newGreeter() *greeter {
	time.Sleep(40 * time.Millisecond) // pretend to connect
	return &greeter{prefix: "Hi, "}
}

// Handler answers GET /api/greet?who=Ada with {"greeting":"Hi, Ada"}.
func Handler(w http.ResponseWriter, r *http.Request) {
	// Task 4: this set-up runs on every request. Do it once per instance
	// instead, at package level (var g = newGreeter()), so that only a
	// cold start pays for it.
	g := newGreeter()

	// Task 5: answer POST (a JSON body such as {"who":"Ada"}) differently
	// from GET, and any other method with 405 and an Allow header.
	who := r.URL.Query().Get("who")
	if who == "" {
		who = "stranger"
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{
		"greeting":     g.prefix + who,
		"instance_age": time.Since(started).Round(time.Millisecond).String(),
	})
}
