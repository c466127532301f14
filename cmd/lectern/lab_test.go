package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/lab"
	"github.com/lectern-dev/lectern/tui"
)

// syncBuffer is an io.Writer safe to read while lectern writes to it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startLab runs lectern lab on the built-in course in the background and
// returns its output so far, the front door's URL and a channel with its
// exit status.
func startLab(t *testing.T, dir string, args ...string) (*syncBuffer, string, chan int) {
	t.Helper()
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"), "HOME": dir}
	out, errOut := &syncBuffer{}, &syncBuffer{}
	streams := &IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut}
	done := make(chan int, 1)
	go func() {
		done <- Main(append([]string{"lab"}, args...), streams, func(k string) string { return vars[k] })
	}()
	listening := regexp.MustCompile(`Listening on (http://127\.0\.0\.1:\d+)\n`)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if m := listening.FindStringSubmatch(out.String()); m != nil {
			return out, m[1], done
		}
		select {
		case code := <-done:
			t.Fatalf("lectern lab exited %d before listening:\n%s\n%s", code, out, errOut)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("lectern lab is not listening after 30s:\n%s\n%s", out, errOut)
		}
	}
}

func get(t *testing.T, url string) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

func TestLabCommandServesTheStarterHandler(t *testing.T) {
	dir := t.TempDir()
	// list first: the lab is then found through the lessons' index, as
	// an outline, which lectern lab reads in full.
	if _, errOut, code := run(t, dir, "", []string{"LECTERN_LESSONS="}, "list"); code != 0 {
		t.Fatalf("list: exit %d %s", code, errOut)
	}
	out, url, done := startLab(t, dir, "serverless", "--max-requests", "2")
	first, second := get(t, url+"/api/greet?who=Ada"), get(t, url+"/api/greet?who=Ada")
	if first.StatusCode != 200 || first.Header.Get("X-Lectern-Cold-Start") != "true" || first.Header.Get("X-Lectern-Instance") != "1" {
		t.Fatalf("first: %d %v", first.StatusCode, first.Header)
	}
	if second.Header.Get("X-Lectern-Cold-Start") != "false" || second.Header.Get("X-Lectern-Init-Ms") != "0.00" {
		t.Fatalf("second: %v", second.Header)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit %d:\n%s", code, out)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("lectern lab did not stop after --max-requests 2:\n%s", out)
	}
	s := out.String()
	file := filepath.Join(dir, "data", "lectern", "workspace", "lab", "serverless", "experiment", "handler.go")
	for _, want := range []string{"Created " + file + " from the lab's starter handler.", "deployed v1", "Listening on http://127.0.0.1:",
		"curl -i '" + url + "/api/greet?who=Ada'", "instance 1 started (v1)",
		"GET /api/greet?who=Ada → 200 · instance 1 (v1) · cold start", "GET /api/greet?who=Ada → 200 · instance 1 (v1) · warm",
		"Init Duration: ", "Memory Size: 128 MB Max Memory Used: ", "COST $", "instance 1 shut down (lab stopped)", "Stopped: every instance is shut down."} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, "\nREPORT RequestId: "); n != 2 {
		t.Errorf("%d REPORT lines, want 2:\n%s", n, s)
	}
	if data, err := os.ReadFile(file); err != nil || !strings.Contains(string(data), "func Handler(") {
		t.Fatalf("the workspace handler: %v", err)
	}
}

func TestLabCommandFlagsAndAFileOfYourOwn(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "mine.go", "package handler\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintln(w, \"mine\")\n}\n")
	out, url, done := startLab(t, dir, file, "--provisioned", "1", "--init-delay", "20ms", "--max-requests", "1", "--idle-timeout", "1s")
	// The provisioned instance is started ahead: the request is warm.
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), "instance 1 started") {
		if time.Now().After(deadline) {
			t.Fatalf("no provisioned instance:\n%s", out)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if r := get(t, url+"/"); r.StatusCode != 200 || r.Header.Get("X-Lectern-Cold-Start") != "false" {
		t.Fatalf("%d %v", r.StatusCode, r.Header)
	}
	if code := <-done; code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	s := out.String()
	for _, want := range []string{"Deploying " + file, "Idle instances shut down after 1s; provisioned: 1; at most 10 at once.",
		"(and 20.00 ms of simulated init delay, --init-delay)", "warm (provisioned)"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}

func TestLabCommandUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		env  []string
		want string
	}{
		{[]string{"lab", "alpha"}, nil, "lesson alpha has no lab step"},
		{[]string{"lab", "serverless", "--port", "70000"}, []string{"LECTERN_LESSONS="}, "--port 70000 is not a port"},
		{[]string{"lab", "serverless", "nowhere.go"}, []string{"LECTERN_LESSONS="}, "nowhere.go: not a handler file"},
		{[]string{"lab", "serverless", "--step", "9"}, []string{"LECTERN_LESSONS="}, `lesson serverless has no lab step "9"`},
		{[]string{"lab", "serverless", "a.go", "b.go"}, []string{"LECTERN_LESSONS="}, "too many arguments"},
	} {
		_, errOut, code := run(t, t.TempDir(), "", c.env, c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, errOut, c.want)
		}
	}
}

// The TUI's lab service runs the step's lab, and stops every instance when
// closed.
func TestLabServiceForTheTUI(t *testing.T) {
	dir := t.TempDir()
	app := newApp(&IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, func(k string) string {
		return map[string]string{"XDG_DATA_HOME": filepath.Join(dir, "data"), "XDG_STATE_HOME": filepath.Join(dir, "state"), "HOME": dir}[k]
	})
	l, err := app.FullLesson("serverless", "")
	if err != nil {
		t.Fatal(err)
	}
	step, err := labStepOf(l, "")
	if err != nil {
		t.Fatal(err)
	}
	svc := newLabSvc(app)
	sess, err := svc.Open(l.ID, step.ID, step.Lab)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(sess.URL(), "http://127.0.0.1:") || !strings.HasSuffix(sess.File(), filepath.Join("serverless", "experiment", "handler.go")) {
		t.Fatalf("session %s %s", sess.URL(), sess.File())
	}
	x := sess.Send("GET", "/api/greet?who=Ada", "", "")
	if x.Status != 200 || x.RequestID == "" || x.Err != "" {
		t.Fatalf("exchange %+v", x)
	}
	snap := sess.Snapshot()
	if snap.Version != 1 || !snap.DeployOK || len(snap.Records) != 1 || !snap.Records[0].Cold || snap.Records[0].ID != x.RequestID ||
		!strings.HasPrefix(snap.Records[0].Report, "REPORT RequestId: ") || len(snap.Instances) != 1 || snap.Instances[0].State != tui.LabIdle ||
		!strings.Contains(snap.Source, "func Handler(") || snap.IdleTimeout != step.Lab.IdleTimeout {
		t.Fatalf("snapshot %+v", snap)
	}
	sess.SetProvisioned(2)
	var pids []int
	deadline := time.Now().Add(30 * time.Second)
	for len(pids) < 2 {
		pids = pids[:0]
		for _, in := range sess.(*labSession).lab.Snapshot().Instances {
			if in.Pid > 0 && in.State == lab.Idle {
				pids = append(pids, in.Pid)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no provisioned instances: %+v", sess.Snapshot().Instances)
		}
		time.Sleep(10 * time.Millisecond)
	}
	svc.Close()
	for _, pid := range pids {
		if err := syscall.Kill(-pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("process group %d is left after the service closed (%v)", pid, err)
		}
	}
}

// The TUI names the lab's states and stop reasons by the lab's own words.
func TestLabWordsAgree(t *testing.T) {
	for _, c := range [][2]string{{tui.LabStarting, string(lab.Starting)}, {tui.LabIdle, string(lab.Idle)}, {tui.LabBusy, string(lab.Busy)},
		{tui.LabStopped, string(lab.Stopped)}, {tui.LabIdledOut, lab.StopIdle}} {
		if c[0] != c[1] {
			t.Errorf("tui says %q, lab %q", c[0], c[1])
		}
	}
}
