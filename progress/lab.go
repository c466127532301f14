package progress

import "time"

// LabTaskDone records that a lab step's task was observed done (the first
// time counts).
func (l *Lesson) LabTaskDone(step, task string, at time.Time) {
	if l.Labs == nil {
		l.Labs = map[string]map[string]time.Time{}
	}
	if l.Labs[step] == nil {
		l.Labs[step] = map[string]time.Time{}
	}
	if _, ok := l.Labs[step][task]; !ok {
		l.Labs[step][task] = at
	}
}

// LabTask reports whether a lab step's task was observed done.
func (l *Lesson) LabTask(step, task string) bool {
	if l == nil {
		return false
	}
	_, ok := l.Labs[step][task]
	return ok
}
