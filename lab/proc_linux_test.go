package lab

import (
	"errors"
	"syscall"
	"testing"
)

// After Close, no process of any instance's process group is left: not
// of the idle ones, nor of the busy ones.
func TestCloseLeavesNoProcess(t *testing.T) {
	h := start(t, handler, Config{Provisioned: 3})
	h.waitFor("three provisioned instances", func(s Snapshot) bool {
		n := 0
		for _, in := range s.Instances {
			if in.State == Idle {
				n++
			}
		}
		return n == 3
	})
	// Two requests under way when the lab is stopped, and one provisioned
	// instance idle.
	done := make(chan answer, 2)
	for range 2 {
		go func() { done <- h.do("GET", "/?sleep=10s", "") }()
	}
	s := h.waitFor("two busy instances", func(s Snapshot) bool {
		n := 0
		for _, in := range s.Instances {
			if in.State == Busy && in.Pid > 0 {
				n++
			}
		}
		return n == 2
	})
	var pids []int
	for _, in := range s.Instances {
		if in.Pid > 0 {
			pids = append(pids, in.Pid)
		}
	}
	if len(pids) != 3 {
		t.Fatalf("pids %v", pids)
	}
	for _, pid := range pids {
		if err := syscall.Kill(-pid, 0); err != nil {
			t.Fatalf("process group %d is not there before Close: %v", pid, err)
		}
	}
	h.lab.Close()
	for _, pid := range pids {
		if err := syscall.Kill(-pid, 0); !errors.Is(err, syscall.ESRCH) {
			t.Errorf("process group %d is still there after Close (%v)", pid, err)
		}
	}
	for range 2 {
		if a := <-done; a.status != 503 {
			t.Errorf("a request under way when the lab stopped: %+v", a)
		}
	}
	for _, in := range h.lab.Snapshot().Instances {
		if in.State != Stopped {
			t.Errorf("instance %d is %s after Close", in.ID, in.State)
		}
	}
}
