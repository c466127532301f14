// Package progress keeps what a learner has done — steps finished, where they
// left off, quiz scores, challenge attempts — in one small JSON file under the
// XDG state directory. Every change is made under a file lock on the freshest
// copy from disk and written atomically, so two lectern processes open at
// once never lose each other's updates.
package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/gofrs/flock"
)

// FormatVersion is the version of the file layout written by this code.
// A file with a higher version was written by a newer lectern: it is left
// untouched and progress is not saved, rather than silently downgraded.
const FormatVersion = 1

// State is everything remembered about one learner.
type State struct {
	Version    int                   `json:"version"`
	Lessons    map[string]*Lesson    `json:"lessons,omitempty"`
	Challenges map[string]*Challenge `json:"challenges,omitempty"`
}

// Lesson is the learner's place in one lesson.
type Lesson struct {
	// ContentVersion is the lesson's `version` when this record was last
	// written; a different value means the lesson changed since.
	ContentVersion int                  `json:"content_version"`
	CurrentStep    string               `json:"current_step,omitempty"`
	StepsDone      map[string]time.Time `json:"steps_done,omitempty"`
	LastOpened     time.Time            `json:"last_opened,omitzero"`
	// Quiz is the record of the lesson's first quiz step, kept where
	// lectern has always kept a lesson's quiz so that older progress files
	// keep their meaning; Quizzes holds the records of any further quiz
	// steps, by step id. Read and write them through QuizOf and QuizRecord.
	Quiz    *Quiz            `json:"quiz,omitempty"`
	Quizzes map[string]*Quiz `json:"quizzes,omitempty"`
	// Labs holds, for each lab step (by id), when each of its tasks was
	// first observed done (see lab.go).
	Labs map[string]map[string]time.Time `json:"labs,omitempty"`
	// Places is where the learner was inside each step they left (the
	// scroll position, the tour stop), by step id, so coming back — in
	// this run or the next — puts them there again.
	Places map[string]Place `json:"places,omitempty"`
}

// Place is a position inside a step. The zero value is the top of the
// step, before the first tour stop.
type Place struct {
	// Scroll is the first line on screen.
	Scroll int `json:"scroll,omitempty"`
	// Stop is the tour stop plus one (0: the tour not started); Mode is
	// the tour's mode (0 the tour, i > 0 the replay of path i).
	Stop int `json:"stop,omitempty"`
	Mode int `json:"mode,omitempty"`
}

// PlaceOf is where the learner was in step (the zero Place if nowhere).
func (l *Lesson) PlaceOf(step string) Place {
	if l == nil {
		return Place{}
	}
	return l.Places[step]
}

// SetPlace records where the learner is in step.
func (l *Lesson) SetPlace(step string, p Place) {
	if p == (Place{}) {
		delete(l.Places, step)
		return
	}
	if l.Places == nil {
		l.Places = map[string]Place{}
	}
	l.Places[step] = p
}

// QuizOf returns the record of the quiz step with id step (nil before its
// first finished attempt); primary says it is the lesson's first quiz step.
func (l *Lesson) QuizOf(step string, primary bool) *Quiz {
	switch {
	case l == nil:
		return nil
	case primary:
		return l.Quiz
	}
	return l.Quizzes[step]
}

// QuizRecord is QuizOf, creating the record when there is none.
func (l *Lesson) QuizRecord(step string, primary bool) *Quiz {
	if q := l.QuizOf(step, primary); q != nil {
		return q
	}
	q := &Quiz{}
	if primary {
		l.Quiz = q
		return q
	}
	if l.Quizzes == nil {
		l.Quizzes = map[string]*Quiz{}
	}
	l.Quizzes[step] = q
	return q
}

// Quiz is the record of one quiz step.
type Quiz struct {
	Attempts   int       `json:"attempts"`
	BestScore  int       `json:"best_score"`
	BestTotal  int       `json:"best_total"`
	Passed     bool      `json:"passed"`
	LastMissed []string  `json:"last_missed,omitempty"`
	LastAt     time.Time `json:"last_at,omitzero"`
}

// Challenge is the record of one coding challenge.
type Challenge struct {
	Attempts      []Attempt `json:"attempts,omitempty"`
	HintsRevealed int       `json:"hints_revealed,omitempty"`
	Passed        bool      `json:"passed,omitempty"`
	PassedAt      time.Time `json:"passed_at,omitzero"`
	GaveUp        bool      `json:"gave_up,omitempty"`
}

// Attempt is one grading of a challenge.
type Attempt struct {
	At      time.Time `json:"at"`
	Verdict string    `json:"verdict"`          // pass | fail | error
	Reason  string    `json:"reason,omitempty"` // compile | timeout | memory | crash (errors only)
	Passed  int       `json:"passed"`
	Total   int       `json:"total"`
}

// MaxAttempts bounds the attempt history kept per challenge; older ones are
// dropped first. The count of passes is kept in Passed either way.
const MaxAttempts = 200

// Lesson returns the record for id, creating it when missing.
func (s *State) Lesson(id string) *Lesson {
	if s.Lessons == nil {
		s.Lessons = map[string]*Lesson{}
	}
	l := s.Lessons[id]
	if l == nil {
		l = &Lesson{}
		s.Lessons[id] = l
	}
	if l.StepsDone == nil {
		l.StepsDone = map[string]time.Time{}
	}
	return l
}

// Challenge returns the record for id, creating it when missing.
func (s *State) Challenge(id string) *Challenge {
	if s.Challenges == nil {
		s.Challenges = map[string]*Challenge{}
	}
	c := s.Challenges[id]
	if c == nil {
		c = &Challenge{}
		s.Challenges[id] = c
	}
	return c
}

// MarkDone records that a step was finished (the first time counts).
func (l *Lesson) MarkDone(step string, at time.Time) {
	if l.StepsDone == nil {
		l.StepsDone = map[string]time.Time{}
	}
	if _, ok := l.StepsDone[step]; !ok {
		l.StepsDone[step] = at
	}
}

// Done reports whether a step was finished.
func (l *Lesson) Done(step string) bool {
	if l == nil {
		return false
	}
	_, ok := l.StepsDone[step]
	return ok
}

// AddAttempt appends an attempt, keeping at most MaxAttempts.
func (c *Challenge) AddAttempt(a Attempt) {
	c.Attempts = append(c.Attempts, a)
	if len(c.Attempts) > MaxAttempts {
		c.Attempts = append([]Attempt(nil), c.Attempts[len(c.Attempts)-MaxAttempts:]...)
	}
	if a.Verdict == "pass" && !c.Passed {
		c.Passed = true
		c.PassedAt = a.At
	}
}

// RevealHint counts one more hint seen, of total, and returns how many
// have been revealed.
func (c *Challenge) RevealHint(total int) int {
	c.HintsRevealed = min(c.HintsRevealed+1, total)
	return c.HintsRevealed
}

// ChallengeStep is a lesson step that holds coding challenges; it is done
// once every one of them has passed.
type ChallengeStep struct {
	Lesson, Step string
	Challenges   []string
}

// RecordAttempt saves one grading of a challenge. A pass also marks done
// each of holders (the steps that hold the challenge) whose challenges have
// now all passed. It is the one place an attempt meets progress, for the
// TUI and lectern check alike.
func (s *State) RecordAttempt(challenge string, a Attempt, holders []ChallengeStep) {
	s.Challenge(challenge).AddAttempt(a)
	if a.Verdict != "pass" {
		return
	}
	for _, h := range holders {
		if s.AllPassed(h.Challenges) {
			s.Lesson(h.Lesson).MarkDone(h.Step, a.At)
		}
	}
}

// AllPassed reports whether every one of the challenges has passed.
func (s *State) AllPassed(challenges []string) bool {
	for _, id := range challenges {
		if c := s.Challenges[id]; c == nil || !c.Passed {
			return false
		}
	}
	return len(challenges) > 0
}

// Store is the progress file on disk.
type Store struct {
	path string
}

// FileName is the name of the progress file inside its directory.
const FileName = "progress.json"

// Open returns the store kept in dir (created on the first write).
func Open(dir string) *Store {
	return &Store{path: filepath.Join(dir, FileName)}
}

// Path is the progress file's location.
func (s *Store) Path() string { return s.path }

// Notice explains something the learner should know about their progress
// file; it is not an error: lectern carries on.
type Notice struct {
	Msg    string
	Backup string // where a damaged file was copied, if it was
}

// ErrNewerFormat means the file was written by a newer lectern.
var ErrNewerFormat = errors.New("progress file was written by a newer version of lectern")

// Load reads the state. A missing file is an empty state. A damaged file
// is moved aside (progress.json.corrupt-<time>, so the learner's data is
// never deleted and the warning is given once) and replaced by an empty
// state, with a Notice saying so.
func (s *Store) Load() (*State, *Notice, error) {
	lock := flock.New(s.path + ".lock")
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err == nil {
		// Exclusive: moving a damaged file aside must not race another
		// lectern doing the same.
		if err := lock.Lock(); err == nil {
			defer lock.Unlock()
		}
	}
	return s.read()
}

// Writable reports why progress can't be saved, or nil when it can.
func (s *Store) Writable() error {
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return fmt.Errorf("progress won't be saved: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(s.path), ".probe-*")
	if err != nil {
		return fmt.Errorf("progress won't be saved: %w", err)
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}

func (s *Store) read() (*State, *Notice, error) {
	data, err := os.ReadFile(s.path)
	return s.decodeRead(data, err)
}

// decodeRead is read's work on the file's data as os.ReadFile returned it.
func (s *Store) decodeRead(data []byte, err error) (*State, *Notice, error) {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		// Nothing saved yet (or nothing can be saved there; Update says so).
		return newState(), nil, nil
	}
	if err != nil {
		return newState(), nil, fmt.Errorf("reading progress: %w", err)
	}
	st, perr := decode(data)
	if perr == nil {
		return st, nil, nil
	}
	if errors.Is(perr, ErrNewerFormat) {
		return newState(), nil, fmt.Errorf("%s: %w", s.path, perr)
	}
	backup := fmt.Sprintf("%s.corrupt-%s", s.path, time.Now().UTC().Format("20060102T150405.000000000"))
	if err := os.Rename(s.path, backup); err != nil {
		return newState(), &Notice{Msg: fmt.Sprintf("Started fresh: progress file %s is unreadable (%v) and could not be moved aside (%v)", s.path, perr, err)}, nil
	}
	return newState(), &Notice{Backup: backup,
		Msg: fmt.Sprintf("Started fresh: the progress file was unreadable (%v); it was kept as %s", perr, backup)}, nil
}

func newState() *State { return &State{Version: FormatVersion} }

func decode(data []byte) (*State, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("the file is empty")
	}
	// One parse into the state; the version alone is read again only
	// when that fails, to tell a newer lectern's file from a damaged one.
	st := newState()
	st.Version = 0
	if err := json.Unmarshal(data, st); err != nil {
		var probe struct {
			Version int `json:"version"`
		}
		switch {
		case json.Unmarshal(data, &probe) != nil:
			return nil, errors.New("not valid JSON")
		case probe.Version > FormatVersion:
			return nil, ErrNewerFormat
		}
		return nil, fmt.Errorf("unexpected layout: %v", err)
	}
	switch {
	case st.Version > FormatVersion:
		return nil, ErrNewerFormat
	case st.Version < 1:
		return nil, errors.New("no format version")
	}
	st.Version = FormatVersion
	return st, nil
}

// Update applies change to the freshest state on disk and saves the result,
// all under an exclusive lock, so concurrent processes never overwrite each
// other's changes. It returns the state as saved. When change returns an
// error nothing is written.
func (s *Store) Update(change func(*State) error) (*State, *Notice, error) {
	return s.UpdateAhead(nil, change)
}

// ReadAhead is the progress file read and decoded ahead of an update,
// without the lock (see Store.ReadAhead).
type ReadAhead struct {
	done chan struct{}
	data []byte
	st   *State
}

// ReadAhead reads and decodes the file on a goroutine of its own, for an
// UpdateAhead that comes later (lectern check reads the learner's history
// while the code is graded: decoding a long one takes milliseconds).
func (s *Store) ReadAhead() *ReadAhead {
	ra := &ReadAhead{done: make(chan struct{})}
	go func() {
		defer close(ra.done)
		if data, err := os.ReadFile(s.path); err == nil {
			if st, err := decode(data); err == nil {
				ra.data, ra.st = data, st
			}
		}
	}()
	return ra
}

// UpdateAhead is Update starting from what ra decoded when the file, read
// again under the lock, still holds the same bytes (reading is cheap,
// decoding is not); else, or with a nil ra, from the file as read now.
// A ReadAhead serves one update.
func (s *Store) UpdateAhead(ra *ReadAhead, change func(*State) error) (*State, *Notice, error) {
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return nil, nil, fmt.Errorf("progress won't be saved: %w", err)
	}
	lock := flock.New(s.path + ".lock")
	if err := lock.Lock(); err != nil {
		return nil, nil, fmt.Errorf("progress won't be saved: locking %s: %w", lock.Path(), err)
	}
	defer lock.Unlock()
	data, err := os.ReadFile(s.path)
	var st *State
	var notice *Notice
	if ra != nil {
		<-ra.done
		if err == nil && ra.st != nil && bytes.Equal(data, ra.data) {
			st, ra.st = ra.st, nil
		}
	}
	if st == nil {
		if st, notice, err = s.decodeRead(data, err); err != nil {
			return nil, notice, err
		}
	}
	if err := change(st); err != nil {
		return st, notice, err
	}
	if err := s.write(st); err != nil {
		return st, notice, fmt.Errorf("progress won't be saved: %w", err)
	}
	return st, notice, nil
}

// write replaces the file atomically: a reader sees the old or the new
// state, never half of one, even if lectern is killed mid-write.
func (s *Store) write(st *State) error {
	st.Version = FormatVersion
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".progress-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), s.path)
}

// Lesson states, as shown to the learner.
const (
	NotStarted = "Not Started"
	InProgress = "In Progress"
	Completed  = "Completed"
)

// Summary counts the steps of stepIDs that are done (records of steps the
// lesson no longer has are ignored) and names the lesson's state.
func (l *Lesson) Summary(stepIDs []string) (done int, state string) {
	for _, id := range stepIDs {
		if l.Done(id) {
			done++
		}
	}
	switch {
	case len(stepIDs) > 0 && done == len(stepIDs):
		return done, Completed
	case done > 0 || (l != nil && l.CurrentStep != ""):
		return done, InProgress
	}
	return done, NotStarted
}
