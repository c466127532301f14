package lab

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/grader"
)

func TestMain(m *testing.M) {
	grader.RunWorkerIfRequested()
	os.Exit(m.Run())
}

// handler is the test handler: it answers what it is asked to do through
// the query (sleep=D, panic, big, loop), and says its version.
const handler = `package handler

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

const version = "one"

func Handler(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if d, err := time.ParseDuration(q.Get("sleep")); err == nil {
		time.Sleep(d)
	}
	if q.Has("panic") {
		var m map[string]int
		m["boom"]++
	}
	if q.Has("big") {
		w.Write([]byte(strings.Repeat("x", 2<<20)))
		return
	}
	if q.Has("loop") {
		for {
		}
	}
	fmt.Println("serving", r.Method)
	fmt.Fprintf(w, "%s %s", version, r.Method)
}
`

// panicLine is the line of the map assignment in handler.
const panicLine = 19

type harness struct {
	t      testing.TB
	lab    *Lab
	srv    *Server
	file   string
	mu     sync.Mutex
	events []Event
	notify chan struct{}
}

func start(t testing.TB, src string, cfg Config) *harness {
	t.Helper()
	dir := t.TempDir()
	h := &harness{t: t, file: filepath.Join(dir, "handler.go"), notify: make(chan struct{}, 1)}
	if err := os.WriteFile(h.file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.File = h.file
	cfg.OnEvent = func(ev Event) {
		h.mu.Lock()
		h.events = append(h.events, ev)
		h.mu.Unlock()
		select {
		case h.notify <- struct{}{}:
		default:
		}
	}
	l, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h.lab = l
	srv, err := Listen(l, 0)
	if err != nil {
		l.Close()
		t.Fatal(err)
	}
	h.srv = srv
	t.Cleanup(func() {
		srv.Close()
		l.Close()
	})
	return h
}

// waitFor waits (up to 20 s) until cond holds for the lab's snapshot.
func (h *harness) waitFor(what string, cond func(Snapshot) bool) Snapshot {
	h.t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		s := h.lab.Snapshot()
		if cond(s) {
			return s
		}
		select {
		case <-h.notify:
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			h.t.Fatalf("timed out waiting for %s; snapshot %+v", what, s)
		}
	}
}

type answer struct {
	status int
	body   string
	header http.Header
}

func (h *harness) do(method, path, body string) answer {
	h.t.Helper()
	req, err := http.NewRequest(method, h.srv.URL()+path, strings.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return answer{resp.StatusCode, string(data), resp.Header}
}

func (a answer) cold() bool       { return a.header.Get("X-Lectern-Cold-Start") == "true" }
func (a answer) instance() string { return a.header.Get("X-Lectern-Instance") }

func TestFirstRequestIsColdSecondWarm(t *testing.T) {
	h := start(t, handler, Config{})
	first := h.do("GET", "/api/greet?who=Ada", "")
	second := h.do("GET", "/api/greet", "")
	if first.status != 200 || first.body != "one GET" || !first.cold() || first.instance() != "1" {
		t.Fatalf("first request: %+v", first)
	}
	if second.status != 200 || second.cold() || second.instance() != "1" || second.header.Get("X-Lectern-Init-Ms") != "0.00" {
		t.Fatalf("second request: %+v", second)
	}
	if first.header.Get("X-Lectern-Init-Ms") == "0.00" || first.header.Get("X-Lectern-Duration-Ms") == "" ||
		first.header.Get("X-Lectern-Request-Id") == "" {
		t.Fatalf("first request's headers: %v", first.header)
	}
	recs := h.lab.Snapshot().Records
	if len(recs) != 2 {
		t.Fatalf("%d records", len(recs))
	}
	r0, r1 := recs[0], recs[1]
	if !r0.Cold || r0.Init <= 0 || r1.Cold || r1.InstanceRequest != 2 || r0.Output != "serving GET\n" {
		t.Fatalf("records %+v", recs)
	}
	for _, r := range recs {
		rep := r.Report()
		if !strings.HasPrefix(rep, "REPORT RequestId: "+r.ID+" Duration: ") || !strings.Contains(rep, " Memory Size: 128 MB Max Memory Used: ") {
			t.Errorf("report %q", rep)
		}
		if strings.Contains(rep, "Init Duration") != r.Cold {
			t.Errorf("report %q (cold %v)", rep, r.Cold)
		}
		if r.MaxMemory <= 0 || r.Cost <= PricePerRequest {
			t.Errorf("memory %d cost %g", r.MaxMemory, r.Cost)
		}
	}
	// The cold request's init is billed.
	if r0.Billed < r0.Init || r1.Billed >= r0.Billed {
		t.Errorf("billed %v (init %v) and %v", r0.Billed, r0.Init, r1.Billed)
	}
}

// burst sends n requests at once and returns the answers.
func (h *harness) burst(n int, path string) []answer {
	out := make([]answer, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = h.do("GET", path, "")
		}()
	}
	wg.Wait()
	return out
}

func TestBurstStartsSeveralInstances(t *testing.T) {
	h := start(t, handler, Config{})
	answers := h.burst(5, "/?sleep=1s")
	instances := map[string]bool{}
	for _, a := range answers {
		if a.status != 200 || !a.cold() {
			t.Errorf("answer %+v", a)
		}
		instances[a.instance()] = true
	}
	if len(instances) != 5 {
		t.Fatalf("5 concurrent requests ran on %d instances: %v", len(instances), instances)
	}
	// Afterwards the five are warm and the next burst reuses them.
	for _, a := range h.burst(5, "/?sleep=1s") {
		if a.cold() || !instances[a.instance()] {
			t.Errorf("second burst: %+v", a)
		}
	}
}

func TestThrottledAtMaxInstances(t *testing.T) {
	h := start(t, handler, Config{MaxInstances: 2})
	throttled := 0
	for _, a := range h.burst(3, "/?sleep=1s") {
		switch {
		case a.status == http.StatusTooManyRequests:
			throttled++
			if a.instance() != "none" || a.cold() || !strings.Contains(a.body, "at most 2 run at once") {
				t.Errorf("throttled answer %+v", a)
			}
		case a.status != 200:
			t.Errorf("answer %+v", a)
		}
	}
	if throttled != 1 {
		t.Fatalf("%d of 3 requests throttled at 2 instances, want 1", throttled)
	}
	for _, r := range h.lab.Snapshot().Records {
		if r.Throttled && (r.Report() != "" || r.Cost != 0) {
			t.Errorf("a throttled request is billed: %+v", r)
		}
	}
}

func TestIdleInstanceIsShutDownAndTheNextRequestIsCold(t *testing.T) {
	h := start(t, handler, Config{IdleTimeout: 100 * time.Millisecond})
	if a := h.do("GET", "/", ""); !a.cold() || a.instance() != "1" {
		t.Fatalf("first: %+v", a)
	}
	s := h.waitFor("the idle instance to stop", func(s Snapshot) bool {
		return len(s.Instances) == 1 && s.Instances[0].State == Stopped
	})
	if s.Instances[0].StopReason != StopIdle {
		t.Fatalf("stopped because %q", s.Instances[0].StopReason)
	}
	if a := h.do("GET", "/", ""); !a.cold() || a.instance() != "2" {
		t.Fatalf("after the idle timeout: %+v", a)
	}
}

func TestProvisionedInstancesAreWarmAndStay(t *testing.T) {
	h := start(t, handler, Config{Provisioned: 2, IdleTimeout: 50 * time.Millisecond})
	h.waitFor("two provisioned instances", func(s Snapshot) bool {
		n := 0
		for _, in := range s.Instances {
			if in.State == Idle && in.Provisioned {
				n++
			}
		}
		return n == 2
	})
	for _, a := range h.burst(2, "/?sleep=300ms") {
		if a.status != 200 || a.cold() {
			t.Fatalf("a request to a provisioned instance: %+v", a)
		}
	}
	// Well past the idle timeout they are still there.
	time.Sleep(300 * time.Millisecond)
	for _, in := range h.lab.Snapshot().Instances {
		if in.State == Stopped {
			t.Fatalf("a provisioned instance was stopped: %+v", in)
		}
	}
	// A third request at once needs an on-demand instance: cold.
	cold := 0
	for _, a := range h.burst(3, "/?sleep=500ms") {
		if a.cold() {
			cold++
		}
	}
	if cold != 1 {
		t.Fatalf("%d cold starts for 3 requests on 2 provisioned instances, want 1", cold)
	}
	for _, r := range h.lab.Snapshot().Records {
		if !r.Cold && !r.Provisioned {
			t.Errorf("a warm request not on a provisioned instance: %+v", r)
		}
	}
}

func TestHandlerPanicIs502AndTheInstanceIsReplaced(t *testing.T) {
	h := start(t, handler, Config{})
	h.do("GET", "/", "")
	a := h.do("GET", "/?panic", "")
	if a.status != http.StatusBadGateway || a.instance() != "1" ||
		!strings.Contains(a.body, "assignment to entry in nil map") || !strings.Contains(a.body, fmt.Sprintf("at handler.go:%d (in Handler)", panicLine)) {
		t.Fatalf("panic answer %+v", a)
	}
	s := h.lab.Snapshot()
	if r := s.Records[1]; !strings.Contains(r.Panic, fmt.Sprintf("handler.go:%d", panicLine)) || r.Report() == "" {
		t.Fatalf("record %+v", r)
	}
	if s.Instances[0].ID != 1 || s.Instances[0].State != Stopped || s.Instances[0].StopReason != StopPanic {
		t.Fatalf("instances %+v", s.Instances)
	}
	if a := h.do("GET", "/", ""); a.status != 200 || !a.cold() || a.instance() != "2" {
		t.Fatalf("after the panic: %+v", a)
	}
}

func TestLimits(t *testing.T) {
	h := start(t, handler, Config{Timeout: time.Second, MaxBody: 1 << 10, MaxResponse: 64 << 10})
	if a := h.do("POST", "/", strings.Repeat("x", 2<<10)); a.status != http.StatusRequestEntityTooLarge || a.instance() != "none" {
		t.Errorf("a large body: %+v", a)
	}
	if a := h.do("GET", "/?big", ""); a.status != http.StatusBadGateway || !strings.Contains(a.body, "larger than 64 KB") {
		t.Errorf("a large response: %d %.200s", a.status, a.body)
	}
	if a := h.do("GET", "/?loop", ""); a.status != http.StatusGatewayTimeout || !strings.Contains(a.body, "Task timed out after 1.00 seconds") {
		t.Errorf("an endless handler: %+v", a)
	}
	var stopped []string
	for _, in := range h.lab.Snapshot().Instances {
		if in.State == Stopped {
			stopped = append(stopped, in.StopReason)
		}
	}
	if len(stopped) != 1 || stopped[0] != StopTimeout {
		t.Errorf("stopped instances: %v", stopped)
	}
	if a := h.do("GET", "/", ""); a.status != 200 {
		t.Errorf("the lab lives on: %+v", a)
	}
}

func TestMemoryLimit(t *testing.T) {
	src := strings.Replace(handler, `	if q.Has("loop") {`, `	if q.Has("hog") {
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 1<<20))
		}
	}
	if q.Has("loop") {`, 1)
	h := start(t, src, Config{MemoryMB: 32, Timeout: 20 * time.Second})
	a := h.do("GET", "/?hog", "")
	if a.status != http.StatusBadGateway || !strings.Contains(a.body, "more than its 32 MB") {
		t.Fatalf("a hungry handler: %+v", a)
	}
	if a := h.do("GET", "/", ""); a.status != 200 || !a.cold() {
		t.Errorf("after it: %+v", a)
	}
}

// deployed waits for the deploy after n earlier ones.
func (h *harness) deployed(n int) Snapshot {
	h.t.Helper()
	return h.waitFor(fmt.Sprintf("deploy %d", n+1), func(s Snapshot) bool { return s.Deploys > n })
}

func TestSavingRedeploys(t *testing.T) {
	h := start(t, handler, Config{})
	if a := h.do("GET", "/", ""); a.body != "one GET" || a.header.Get("X-Lectern-Version") != "1" {
		t.Fatalf("v1: %+v", a)
	}
	// A request under way when the new version is saved finishes on the old one.
	slow := make(chan answer)
	go func() { slow <- h.do("GET", "/?sleep=1500ms", "") }()
	h.waitFor("the slow request to be running", func(s Snapshot) bool {
		return len(s.Instances) > 0 && s.Instances[0].State == Busy
	})
	if err := os.WriteFile(h.file, []byte(strings.Replace(handler, `"one"`, `"two"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	s := h.deployed(1)
	if !s.LastDeploy.OK || s.Version != 2 {
		t.Fatalf("deploy: %+v", s.LastDeploy)
	}
	a := h.do("GET", "/", "")
	if a.body != "two GET" || !a.cold() || a.header.Get("X-Lectern-Version") != "2" {
		t.Fatalf("after the save: %+v", a)
	}
	if old := <-slow; old.body != "one GET" || old.header.Get("X-Lectern-Version") != "1" {
		t.Fatalf("the request under way: %+v", old)
	}
	h.waitFor("the old instance to drain", func(s Snapshot) bool {
		for _, in := range s.Instances {
			if in.Version == 1 && (in.State != Stopped || in.StopReason != StopRedeploy) {
				return false
			}
		}
		return true
	})

	// A broken save: the compiler's message, and v2 keeps serving.
	broken := strings.Replace(handler, "func Handler(", "func Handler(,", 1)
	if err := os.WriteFile(h.file, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	s = h.deployed(2)
	if s.LastDeploy.OK || s.Version != 2 || len(s.LastDeploy.Problems) == 0 || !strings.HasPrefix(s.LastDeploy.Problems[0], "handler.go:12:14: ") {
		t.Fatalf("broken deploy: %+v", s.LastDeploy)
	}
	if a := h.do("GET", "/", ""); a.body != "two GET" || a.cold() {
		t.Fatalf("while the file is broken: %+v", a)
	}
	h.mu.Lock()
	failed := false
	for _, ev := range h.events {
		failed = failed || ev.Kind == EventDeployFailed
	}
	h.mu.Unlock()
	if !failed {
		t.Error("no deploy-failed event")
	}
}

func TestABrokenFileAtStartIsReportedAndDeployedOnceFixed(t *testing.T) {
	h := start(t, "package handler\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {}\n", Config{})
	s := h.lab.Snapshot()
	if s.Version != 0 || s.LastDeploy.OK || !strings.HasPrefix(s.LastDeploy.Problems[0], "handler.go:3:") {
		t.Fatalf("snapshot %+v", s.LastDeploy)
	}
	if a := h.do("GET", "/", ""); a.status != http.StatusServiceUnavailable || !strings.Contains(a.body, "handler.go:3:") {
		t.Fatalf("answer %+v", a)
	}
	if err := os.WriteFile(h.file, []byte(handler), 0o644); err != nil {
		t.Fatal(err)
	}
	h.deployed(1)
	if a := h.do("GET", "/", ""); a.status != 200 || a.body != "one GET" {
		t.Fatalf("after the fix: %+v", a)
	}
}

func TestInitPanicIs502(t *testing.T) {
	src := strings.Replace(handler, `const version = "one"`, "const version = \"one\"\n\nvar m map[string]int\n\nfunc init() { m[\"x\"] = 1 }", 1)
	h := start(t, src, Config{Provisioned: 1})
	a := h.do("GET", "/", "")
	if a.status != http.StatusBadGateway || !strings.Contains(a.body, "init failed") || !strings.Contains(a.body, "nil map") {
		t.Fatalf("answer %+v", a)
	}
}

func TestInitDelayIsAddedAndLabelled(t *testing.T) {
	h := start(t, handler, Config{InitDelay: 150 * time.Millisecond})
	h.do("GET", "/", "")
	r := h.lab.Snapshot().Records[0]
	if r.Init < 150*time.Millisecond || r.InitSimulated != 150*time.Millisecond || !strings.Contains(r.Report(), "(150.00 ms of it simulated)") {
		t.Fatalf("record %+v: %s", r, r.Report())
	}
}

func TestListensOnLoopbackOnly(t *testing.T) {
	h := start(t, handler, Config{})
	addr := h.srv.Addr()
	if !addr.IP.Equal(net.IPv4(127, 0, 0, 1)) || !strings.HasPrefix(h.srv.URL(), "http://127.0.0.1:") {
		t.Fatalf("listening on %v", addr)
	}
	// No other address of this machine answers on that port.
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range addrs {
		ipn, ok := a.(*net.IPNet)
		if !ok || ipn.IP.IsLoopback() {
			continue
		}
		conn, err := net.DialTimeout("tcp", net.JoinHostPort(ipn.IP.String(), fmt.Sprint(addr.Port)), time.Second)
		if err == nil {
			conn.Close()
			t.Errorf("%v answers on port %d", ipn.IP, addr.Port)
		}
	}
	if _, err := Listen(h.lab, 70000); err == nil {
		t.Error("port 70000 accepted")
	}
}

func TestReportLineAndCost(t *testing.T) {
	r := Record{ID: "7c1e", Instance: 1, Version: 1, Cold: true, Init: 4312 * time.Millisecond / 100,
		Duration: 184 * time.Millisecond / 100, MemoryMB: 128, MaxMemory: 21<<20 - 5}
	r.price()
	if got, want := r.Report(), "REPORT RequestId: 7c1e Duration: 1.84 ms Billed Duration: 45 ms Memory Size: 128 MB Max Memory Used: 21 MB Init Duration: 43.12 ms"; got != want {
		t.Errorf("report\n got %q\nwant %q", got, want)
	}
	want := PricePerRequest + 0.045*0.125*PricePerGBSecond
	if r.Cost != want || !strings.HasPrefix(r.CostLine(), fmt.Sprintf("COST $%.10f = $0.0000002 per request + 45 ms × 0.125 GB × $0.0000166667 per GB-second", want)) {
		t.Errorf("cost %g (%s), want %g", r.Cost, r.CostLine(), want)
	}
	warm := Record{ID: "x", Instance: 1, Version: 1, Duration: 200 * time.Microsecond, MemoryMB: 128}
	warm.price()
	if warm.Billed != time.Millisecond || strings.Contains(warm.Report(), "Init") {
		t.Errorf("warm: billed %v, %s", warm.Billed, warm.Report())
	}
	if !bytes.Contains([]byte(warm.Summary()), []byte("warm")) {
		t.Errorf("summary %q", warm.Summary())
	}
}
