package lab

import (
	"io"
	"net/http"
	"testing"
	"time"
)

// The lab's own numbers, through the front door (HTTP on 127.0.0.1):
//
//	go test -run '^$' -bench . ./lab/
//
// ColdStart is a request that has to start a new instance (the process,
// the interpreter loading the handler, its init); WarmRequest one that an
// instance already started serves. Both report, besides the time the
// client waited, the lab's own figures: init-ms (the cold start) and
// handler-ms (the handler's run).

func BenchmarkColdStart(b *testing.B) {
	h := start(b, handler, Config{NoWatch: true})
	client := &http.Client{}
	var init, run time.Duration
	for b.Loop() {
		b.StopTimer()
		h.shutIdle()
		b.StartTimer()
		get(b, client, h.srv.URL()+"/")
		b.StopTimer()
		r := h.lastRecord()
		if !r.Cold {
			b.Fatal("not a cold start")
		}
		init += r.Init
		run += r.Duration
		b.StartTimer()
	}
	b.ReportMetric(float64(init)/float64(b.N)/1e6, "init-ms")
	b.ReportMetric(float64(run)/float64(b.N)/1e6, "handler-ms")
}

func BenchmarkWarmRequest(b *testing.B) {
	h := start(b, handler, Config{NoWatch: true})
	client := &http.Client{}
	get(b, client, h.srv.URL()+"/") // the cold start
	var run time.Duration
	for b.Loop() {
		get(b, client, h.srv.URL()+"/")
		b.StopTimer()
		r := h.lastRecord()
		if r.Cold {
			b.Fatal("a cold start")
		}
		run += r.Duration
		b.StartTimer()
	}
	b.ReportMetric(float64(run)/float64(b.N)/1e6, "handler-ms")
}

func get(b *testing.B, client *http.Client, url string) {
	resp, err := client.Get(url)
	if err != nil {
		b.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		b.Fatalf("status %d", resp.StatusCode)
	}
}

// shutIdle stops every idle instance, so that the next request is cold.
func (h *harness) shutIdle() {
	h.lab.mu.Lock()
	var idle []*instance
	for _, in := range h.lab.instances {
		if in.state == Idle {
			h.lab.markStopped(in, StopIdle)
			idle = append(idle, in)
		}
	}
	h.lab.mu.Unlock()
	h.lab.stopAll(idle)
}

func (h *harness) lastRecord() Record {
	recs := h.lab.Snapshot().Records
	return recs[len(recs)-1]
}
