// Package linear is lectern's screen-reader mode (lectern --screen-reader,
// or LECTERN_ACCESSIBLE=1): every feature of the full-screen app — the
// lesson, the glossary, the diagram and its tour, the quiz, grading a
// challenge — as plain lines in the terminal's normal scrollback. Nothing
// is drawn with box characters, nothing is repainted: each screen is
// printed once, and each event is announced in one line ("Test 3 of 21
// failed: …"). The learner types a command and presses enter; commands
// come from standard input, so the mode works through a pipe and from a
// script too.
//
// A step kind shows its text (tui.StepText, in render.Linear) and, through
// its entry in kinds, what it adds: the diagram's tour stop by stop, the
// quiz, the challenge's grading. A kind with no entry is shown as its page;
// a kind with live parts (the planned lab) adds an entry here with its own
// commands.
package linear

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/lectern-dev/lectern/diagram"
	"github.com/lectern-dev/lectern/internal/text"
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/render"
	"github.com/lectern-dev/lectern/tui"
)

// Session is one run of the screen-reader mode.
type Session struct {
	In  io.Reader
	Out io.Writer
	// Echo writes each command back after the prompt, for a transcript
	// when the input is not a terminal.
	Echo bool
	// Width wraps text (80 through a pipe).
	Width   int
	Lessons []*lessons.Lesson
	State   *progress.State
	// Save applies a change to progress (and writes it); nil keeps it in
	// memory only.
	Save func(change func(*progress.State)) error
	// Challenges grades code; nil leaves challenges as pages.
	Challenges tui.ChallengeService
	// Edit opens the learner's file in their own editor (nil: none set);
	// it returns when the editor closes.
	Edit func(path string) error
	Now  func() time.Time
	// Seed fixes the quiz's shuffles (0: from the clock).
	Seed uint64
	// Notice is said once at the start (progress not saved, a damaged
	// file set aside).
	Notice string

	in     *bufio.Reader
	lesson *lessons.Lesson
	step   int
	// tour is the next tour stop to say, per diagram step.
	tour map[string]int
}

// command is one thing the learner can type.
type command struct {
	names []string
	help  string
	run   func(s *Session, arg string) error
}

// kind is what a step kind adds in this mode: said after the step's text,
// and the commands it takes while it is the current step.
type kind struct {
	show     func(s *Session, st lessons.Step) error
	commands []command
}

// kinds are the step kinds that add to their page here. A new kind with
// more than a page (the lab) adds its entry.
var kinds = map[string]kind{
	lessons.KindDiagram:   diagramKind,
	lessons.KindQuiz:      quizKind,
	lessons.KindChallenge: challengeKind,
}

// errQuit ends the session; errEnd is the input ending inside a question.
var (
	errQuit = errors.New("quit")
	errEnd  = errors.New("end of input")
)

// Run runs the session until the learner quits or the input ends.
func (s *Session) Run() error {
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.Width <= 0 {
		s.Width = 80
	}
	if s.State == nil {
		s.State = &progress.State{Version: progress.FormatVersion}
	}
	s.in = bufio.NewReader(s.In)
	s.tour = map[string]int{}
	s.say("Lectern, screen-reader mode. Each screen is printed once, as plain text. Type a command and press enter; h lists the commands, q quits.")
	if s.Notice != "" {
		s.say("Note: %s", s.Notice)
	}
	if len(s.Lessons) == 1 {
		if err := s.open(s.Lessons[0]); err != nil {
			return s.end(err)
		}
	} else {
		s.listLessons()
	}
	for {
		line, ok := s.ask()
		if !ok {
			s.say("End of input: goodbye.")
			return nil
		}
		if err := s.do(line); err != nil {
			return s.end(err)
		}
	}
}

func (s *Session) end(err error) error {
	switch {
	case errors.Is(err, errQuit):
		s.say("Goodbye. Your progress is kept.")
		return nil
	case errors.Is(err, errEnd):
		return nil
	}
	return err
}

// announce prints an event as one line, never wrapped: a screen reader
// reads it as one.
func (s *Session) announce(line string) { fmt.Fprintln(s.Out, oneLine(line)) }

// say prints a paragraph, wrapped.
func (s *Session) say(format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	fmt.Fprintln(s.Out, wrap(msg, s.Width))
}

func wrap(msg string, width int) string {
	var out []string
	for _, para := range strings.Split(msg, "\n") {
		out = append(out, strings.Join(quiz.Wrap("", para, width), "\n"))
	}
	return strings.Join(out, "\n")
}

// ask prompts and reads one line; false at the end of the input.
func (s *Session) ask() (string, bool) {
	fmt.Fprint(s.Out, "> ")
	line, err := s.in.ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(s.Out)
		return "", false
	}
	line = strings.TrimRight(line, "\r\n")
	if s.Echo {
		fmt.Fprintln(s.Out, line)
	}
	return strings.TrimSpace(line), true
}

// globals are the commands that work everywhere.
func (s *Session) globals() []command {
	return []command{
		{[]string{"n", "next"}, "the next step", func(s *Session, _ string) error { return s.move(1) }},
		{[]string{"p", "previous", "back"}, "the step before", func(s *Session, _ string) error { return s.move(-1) }},
		{[]string{"r", "repeat"}, "say the step again", func(s *Session, _ string) error { return s.show() }},
		{[]string{"s", "steps"}, "the lesson's steps, done or not", func(s *Session, _ string) error { s.listSteps(); return nil }},
		{[]string{"go"}, "go N: go to step N", func(s *Session, arg string) error { return s.goTo(arg) }},
		{[]string{"g", "glossary"}, "the glossary; g WORD: one term", func(s *Session, arg string) error { s.glossary(arg); return nil }},
		{[]string{"l", "lessons"}, "the lessons, to open another", func(s *Session, _ string) error { s.listLessons(); return nil }},
		{[]string{"h", "help", "?"}, "this list", func(s *Session, _ string) error { s.help(); return nil }},
		{[]string{"q", "quit", "exit"}, "leave (progress is kept)", func(*Session, string) error { return errQuit }},
	}
}

// commands are the current step's own, then the globals.
func (s *Session) commands() []command {
	var out []command
	if s.lesson != nil {
		out = append(out, kinds[s.current().Kind].commands...)
	}
	return append(out, s.globals()...)
}

func (s *Session) do(line string) error {
	if line == "" {
		return nil
	}
	name, arg, _ := strings.Cut(line, " ")
	name = strings.ToLower(name)
	if s.lesson == nil {
		if n, err := strconv.Atoi(name); err == nil && n >= 1 && n <= len(s.Lessons) {
			return s.open(s.Lessons[n-1])
		}
	}
	for _, c := range s.commands() {
		for _, n := range c.names {
			if n == name {
				if s.lesson == nil && !isAny(name, "l", "lessons", "h", "help", "?", "q", "quit", "exit") {
					s.say("Open a lesson first: type its number.")
					return nil
				}
				return c.run(s, strings.TrimSpace(arg))
			}
		}
	}
	s.say("%q is not a command here. h lists the commands.", line)
	return nil
}

func isAny(s string, of ...string) bool {
	for _, o := range of {
		if s == o {
			return true
		}
	}
	return false
}

func (s *Session) help() {
	s.say("Commands:")
	for _, c := range s.commands() {
		s.say("  %s: %s", strings.Join(c.names, " or "), c.help)
	}
}

func (s *Session) listLessons() {
	s.lesson = nil
	s.say("Lessons:")
	for i, l := range s.Lessons {
		done, state := s.State.Lessons[l.ID].Summary(l.StepIDs())
		s.say("  %d. %s (%s), %d minutes, %d of %d steps done, %s.", i+1, l.Title, l.Track, l.Minutes, done, len(l.Steps), strings.ToLower(state))
	}
	s.say("Type a lesson's number to open it.")
}

// open opens a lesson where the learner left it.
func (s *Session) open(l *lessons.Lesson) error {
	// The pack's lessons may be outlines (from its index): read this one
	// in full.
	full, err := l.Full()
	if err != nil {
		s.say("%s cannot be opened: %v", l.Title, err)
		return nil
	}
	l = full
	s.lesson, s.step = l, 0
	if lp := s.State.Lessons[l.ID]; lp != nil {
		if i := l.StepIndex(lp.CurrentStep); i >= 0 {
			s.step = i
		}
	}
	done, _ := s.State.Lessons[l.ID].Summary(l.StepIDs())
	s.say("%s: %d steps, %d done. %s", l.Title, len(l.Steps), done, l.Summary)
	now := s.Now()
	s.save(func(st *progress.State) {
		p := st.Lesson(l.ID)
		p.ContentVersion = l.Version
		p.LastOpened = now
	})
	return s.show()
}

func (s *Session) current() lessons.Step { return s.lesson.Steps[s.step] }

func (s *Session) save(change func(*progress.State)) {
	change(s.State)
	if s.Save != nil {
		if err := s.Save(change); err != nil {
			s.say("Progress was not saved: %v", err)
		}
	}
}

func (s *Session) done(st lessons.Step) bool { return s.State.Lessons[s.lesson.ID].Done(st.ID) }

// markDone records a step done and says so, once.
func (s *Session) markDone(st lessons.Step) {
	if s.done(st) {
		return
	}
	id, lessonID, now := st.ID, s.lesson.ID, s.Now()
	s.save(func(p *progress.State) { p.Lesson(lessonID).MarkDone(id, now) })
	done, _ := s.State.Lessons[s.lesson.ID].Summary(s.lesson.StepIDs())
	s.announce(fmt.Sprintf("Step %d is done: %d of %d steps done.", s.step+1, done, len(s.lesson.Steps)))
}

// show says the current step: its heading, its text, what its kind adds.
func (s *Session) show() error {
	st := s.current()
	id, lessonID := st.ID, s.lesson.ID
	s.save(func(p *progress.State) { p.Lesson(lessonID).CurrentStep = id })
	state := "not done yet"
	if s.done(st) {
		state = "done"
	}
	s.say("")
	s.say("Step %d of %d: %s (%s).", s.step+1, len(s.lesson.Steps), st.Title, state)
	out, err := tui.StepText(s.lesson, s.step, tui.TextOptions{Width: s.Width, Style: render.Linear, Challenges: s.Challenges, Headed: true})
	if err != nil {
		return err
	}
	fmt.Fprintln(s.Out, out)
	k, ok := kinds[st.Kind]
	if !ok || k.show == nil {
		// The whole page has been printed: it is read.
		s.say("End of step %d.", s.step+1)
		s.markDone(st)
		s.nextHint()
		return nil
	}
	return k.show(s, st)
}

// nextHint says what to type to go on.
func (s *Session) nextHint() {
	if s.step == len(s.lesson.Steps)-1 {
		s.say("That is the last step. n sums up the lesson.")
		return
	}
	s.say("n goes to step %d, %s. h lists the commands.", s.step+2, s.lesson.Steps[s.step+1].Title)
}

func (s *Session) move(d int) error {
	switch i := s.step + d; {
	case i < 0:
		s.say("This is the first step.")
		return nil
	case i >= len(s.lesson.Steps):
		s.summary()
		return nil
	default:
		s.step = i
	}
	return s.show()
}

func (s *Session) goTo(arg string) error {
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 || n > len(s.lesson.Steps) {
		s.say("go takes a step number, 1 to %d.", len(s.lesson.Steps))
		return nil
	}
	s.step = n - 1
	return s.show()
}

func (s *Session) listSteps() {
	done, _ := s.State.Lessons[s.lesson.ID].Summary(s.lesson.StepIDs())
	s.say("%s: %d of %d steps done.", s.lesson.Title, done, len(s.lesson.Steps))
	for i, st := range s.lesson.Steps {
		state := "not done"
		if s.done(st) {
			state = "done"
		}
		here := ""
		if i == s.step {
			here = ", you are here"
		}
		s.say("  %d. %s: %s%s.", i+1, st.Title, state, here)
	}
}

// summary is the end of the lesson: what was done and what is left.
func (s *Session) summary() {
	done, _ := s.State.Lessons[s.lesson.ID].Summary(s.lesson.StepIDs())
	if done == len(s.lesson.Steps) {
		s.say("Lesson complete: %s. Every one of its %d steps is done.", s.lesson.Title, done)
	} else {
		s.say("End of %s: %d of %d steps done.", s.lesson.Title, done, len(s.lesson.Steps))
	}
	for i, st := range s.lesson.Steps {
		if !s.done(st) {
			s.say("  Step %d, %s, is not done yet.", i+1, st.Title)
		}
		if q := s.State.Lessons[s.lesson.ID].QuizOf(st.ID, s.lesson.PrimaryQuiz(st.ID)); st.Kind == lessons.KindQuiz && q != nil && q.Attempts > 0 {
			s.say("  Quiz of step %d: best score %d of %d.", i+1, q.BestScore, q.BestTotal)
		}
	}
	s.say("go N goes back to a step; l lists the lessons; q quits.")
}

func (s *Session) glossary(word string) {
	terms := s.lesson.Glossary
	if len(terms) == 0 {
		s.say("This lesson has no glossary.")
		return
	}
	if word != "" {
		for _, t := range terms {
			if strings.EqualFold(t.Term, word) || strings.Contains(strings.ToLower(t.Term), strings.ToLower(word)) {
				s.term(t)
				return
			}
		}
		s.say("No term %q in the glossary. g alone lists every term.", word)
		return
	}
	sorted := append([]lessons.Term(nil), terms...)
	sort.SliceStable(sorted, func(i, j int) bool { return strings.ToLower(sorted[i].Term) < strings.ToLower(sorted[j].Term) })
	s.say("Glossary, %d terms:", len(sorted))
	for _, t := range sorted {
		s.term(t)
	}
}

func (s *Session) term(t lessons.Term) {
	msg := t.Term + ": " + strings.TrimSpace(t.Definition)
	if len(t.See) > 0 {
		msg += " See also: " + strings.Join(t.See, ", ") + "."
	}
	s.say("%s", msg)
}

// The diagram: its outline was printed with the step's text; the tour is
// said one stop at a time (t), or all at once (all).
var diagramKind = kind{
	show: func(s *Session, st lessons.Step) error {
		// The outline and every stop of the tour have been said.
		s.say("End of step %d.", s.step+1)
		s.markDone(st)
		if d := st.Diagram; d != nil {
			s.say("t goes through the tour again one stop at a time; replay N follows path N (%s).", pathNames(d))
		}
		s.nextHint()
		return nil
	},
	commands: []command{
		{[]string{"t", "tour"}, "the tour's next stop", func(s *Session, _ string) error { s.tourStop(); return nil }},
		{[]string{"replay"}, "replay N: follow path N of the diagram", func(s *Session, arg string) error { s.replay(arg); return nil }},
	},
}

func pathNames(d *lessons.Diagram) string {
	var names []string
	for i, p := range d.Paths {
		names = append(names, fmt.Sprintf("%d, %s", i+1, p.Name))
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "; ")
}

func (s *Session) tourStop() {
	st := s.current()
	d := st.Diagram
	if d == nil || len(d.Tour) == 0 {
		s.say("This step's diagram has no tour.")
		return
	}
	i := s.tour[st.ID]
	if i >= len(d.Tour) {
		i = 0 // round again
	}
	stop := d.Tour[i]
	s.say("Stop %d of %d: %s. %s", i+1, len(d.Tour), diagram.StopName(d, stop), text.KeepUnits(strings.TrimSpace(stop.Text)))
	s.tour[st.ID] = i + 1
	if i+1 == len(d.Tour) {
		s.say("End of the tour.")
	}
}

func (s *Session) replay(arg string) {
	d := s.current().Diagram
	if d == nil {
		s.say("This step has no diagram.")
		return
	}
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 || n > len(d.Paths) {
		s.say("replay takes a path number: %s.", pathNames(d))
		return
	}
	p := d.Paths[n-1]
	var names []string
	for _, id := range p.Nodes {
		names = append(names, diagram.StopName(d, lessons.TourStop{Node: id, Edge: -1}))
	}
	s.say("%s, %d boxes: %s.", p.Name, len(p.Nodes), strings.Join(names, ", then "))
}

// The quiz: taken with the plain runner, one answer per line.
var quizKind = kind{
	show: func(s *Session, st lessons.Step) error {
		if st.Quiz == nil {
			return nil
		}
		q := s.State.Lessons[s.lesson.ID].QuizOf(st.ID, s.lesson.PrimaryQuiz(st.ID))
		msg := fmt.Sprintf("The quiz has %d questions; %d%% passes. quiz starts it.", len(st.Quiz.Questions), st.Quiz.PassPercent)
		if q != nil && q.Attempts > 0 {
			msg += fmt.Sprintf(" Best so far: %d of %d.", q.BestScore, q.BestTotal)
			if len(q.LastMissed) > 0 {
				msg += " retry asks only the ones you missed."
			}
		}
		s.say("%s", msg)
		return nil
	},
	commands: []command{
		{[]string{"quiz", "start"}, "take the quiz", func(s *Session, _ string) error { return s.takeQuiz(false) }},
		{[]string{"retry"}, "only the questions missed last time", func(s *Session, _ string) error { return s.takeQuiz(true) }},
	},
}

func (s *Session) takeQuiz(retry bool) error {
	st, l := s.current(), s.lesson
	if st.Quiz == nil {
		s.say("This step has no quiz.")
		return nil
	}
	seed := s.Seed
	if seed == 0 {
		seed = uint64(s.Now().UnixNano())
	}
	rng := quiz.NewRand(seed)
	a := quiz.NewAttempt(st.Quiz, rng)
	if retry {
		var missed []string
		if q := s.State.Lessons[l.ID].QuizOf(st.ID, l.PrimaryQuiz(st.ID)); q != nil {
			missed = q.LastMissed
		}
		if a = quiz.NewRetry(st.Quiz, missed, rng); a.Len() == 0 {
			s.say("Nothing to retry: no question was missed last time.")
			return nil
		}
	}
	p := quiz.Plain{In: s.in, Out: s.Out, Echo: s.Echo, Width: s.Width, Title: l.Title, Quiz: st.Title,
		Review: func(id string) string {
			return quiz.StepLabel(id, l.StepIndex(id), func(i int) string { return l.Steps[i].Title })
		},
		Record: func(o quiz.Outcome) string {
			if !o.Complete() {
				return quiz.Record(&progress.Lesson{}, quiz.Step{}, o, s.Now())
			}
			note := ""
			qs := quiz.Step{ID: st.ID, Title: st.Title, Primary: l.PrimaryQuiz(st.ID)}
			now := s.Now()
			s.save(func(ps *progress.State) {
				pl := ps.Lesson(l.ID)
				if pl.ContentVersion == 0 {
					pl.ContentVersion = l.Version
				}
				note = quiz.Record(pl, qs, o, now)
			})
			return note
		}}
	o := p.Run(a)
	if !o.Complete() {
		return errEnd // the input ended in the middle of the quiz
	}
	if o.Passed {
		s.nextHint()
	}
	return nil
}

// The challenge: check grades the learner's file and announces each
// failing test in one line.
var challengeKind = kind{
	show: func(s *Session, st lessons.Step) error {
		if s.Challenges == nil {
			return nil
		}
		for _, id := range st.Challenges {
			path, _, err := s.Challenges.Workspace(id)
			if err != nil {
				s.say("Your file for %s could not be opened: %v", id, err)
				continue
			}
			state := "not passed yet"
			if c := s.State.Challenges[id]; c != nil && c.Passed {
				state = "passed"
			}
			s.say("Challenge %s (%s). Your code is the file %s.", id, state, path)
		}
		edit := "Edit it in your editor, then type check."
		if s.Edit != nil {
			edit = "edit opens it in your editor; check grades it when you are done."
		}
		s.say("%s hint shows the next hint, code reads your file out, compare shows the reference once you have passed.", edit)
		return nil
	},
	commands: []command{
		{[]string{"check", "c", "grade"}, "grade your code (check ID when the step has several)", func(s *Session, arg string) error { return s.check(arg) }},
		{[]string{"hint"}, "the next hint", func(s *Session, arg string) error { s.hint(arg); return nil }},
		{[]string{"edit", "e"}, "open your file in your editor", func(s *Session, arg string) error { return s.edit(arg) }},
		{[]string{"code"}, "read your file out, with line numbers", func(s *Session, arg string) error { s.code(arg); return nil }},
		{[]string{"compare"}, "your code and the reference, line by line, after passing", func(s *Session, arg string) error { s.compare(arg); return nil }},
	},
}

// challenge picks the step's challenge named (or its first not passed).
func (s *Session) challenge(arg string) (string, bool) {
	ids := s.current().Challenges
	if s.Challenges == nil || len(ids) == 0 {
		s.say("This step has no challenge to grade.")
		return "", false
	}
	if arg != "" {
		for _, id := range ids {
			if id == arg {
				return id, true
			}
		}
		s.say("This step's challenges are: %s.", strings.Join(ids, ", "))
		return "", false
	}
	for _, id := range ids {
		if c := s.State.Challenges[id]; c == nil || !c.Passed {
			return id, true
		}
	}
	return ids[0], true
}

func (s *Session) check(arg string) error {
	id, ok := s.challenge(arg)
	if !ok {
		return nil
	}
	s.say("Grading %s…", id)
	r := s.Challenges.Grade(context.Background(), id)
	a, holders := r.Attempt(s.Now()), lessons.Holders(s.Lessons, id)
	s.save(func(st *progress.State) { st.RecordAttempt(id, a, holders) })
	for _, line := range Announcements(r) {
		s.announce(line)
	}
	if r.Status == "pass" && s.done(s.current()) {
		s.say("Step %d is done.", s.step+1)
		s.nextHint()
	}
	return nil
}

// Announcements are a grade as one line per event: each failing test
// ("Test 3 of 21 failed: name: message"), each compile problem with its
// line, then the count.
func Announcements(r tui.GradeReport) []string {
	var out []string
	switch {
	case r.Unsupported:
		return []string{"Lectern's interpreter can't run this yet; it is not a mistake in your code: " + oneLine(r.Message)}
	case r.Status == "pass":
		return []string{fmt.Sprintf("All %d tests pass.", r.Total)}
	case r.Reason == "compile":
		for _, d := range r.Diagnostics {
			where := ""
			switch {
			case d.Line > 0 && d.Col > 0:
				where = fmt.Sprintf(" at line %d, column %d", d.Line, d.Col)
			case d.Line > 0:
				where = fmt.Sprintf(" at line %d", d.Line)
			}
			out = append(out, fmt.Sprintf("Compile error%s: %s", where, d.Message))
		}
		if len(out) == 0 {
			out = append(out, "Compile error: "+oneLine(r.Message))
		}
		return out
	case r.Status == "fail":
		for i, t := range r.Tests {
			if t.Status == "pass" {
				continue
			}
			msg := ""
			if t.Message != "" {
				msg = ": " + oneLine(t.Message)
			}
			verb := "failed"
			if t.Status == "error" {
				verb = "was not run"
			}
			out = append(out, fmt.Sprintf("Test %d of %d %s: %s%s", i+1, r.Total, verb, t.Name, msg))
		}
		return append(out, fmt.Sprintf("%d of %d tests pass.", r.Passed, r.Total))
	}
	return []string{fmt.Sprintf("Not graded: %s: %s", r.Reason, oneLine(r.Message))}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (s *Session) hint(arg string) {
	id, ok := s.challenge(arg)
	if !ok {
		return
	}
	info, _ := s.Challenges.Challenge(id)
	total := len(info.Hints)
	if total == 0 {
		s.say("This challenge has no hints.")
		return
	}
	shown := 0
	s.save(func(st *progress.State) { shown = st.Challenge(id).RevealHint(total) })
	shown = s.State.Challenges[id].HintsRevealed // as applied here
	s.say("Hint %d of %d: %s", shown, total, info.Hints[shown-1])
	if shown == total {
		s.say("That was the last hint.")
	}
}

func (s *Session) edit(arg string) error {
	id, ok := s.challenge(arg)
	if !ok {
		return nil
	}
	path, _, err := s.Challenges.Workspace(id)
	if err != nil {
		s.say("Your file could not be opened: %v", err)
		return nil
	}
	if s.Edit == nil {
		s.say("No editor is set ($VISUAL or $EDITOR). Your file is %s: edit it there, then type check.", path)
		return nil
	}
	if err := s.Edit(path); err != nil {
		s.say("The editor did not work: %v. Your file is %s.", err, path)
		return nil
	}
	s.say("Back from the editor. check grades your code.")
	return nil
}

func (s *Session) code(arg string) {
	id, ok := s.challenge(arg)
	if !ok {
		return
	}
	path, code, err := s.Challenges.Workspace(id)
	if err != nil {
		s.say("Your file could not be read: %v", err)
		return
	}
	lines := strings.Split(strings.TrimRight(code, "\n"), "\n")
	s.say("%s, %d lines:", path, len(lines))
	for i, l := range lines {
		fmt.Fprintf(s.Out, "%d: %s\n", i+1, l)
	}
}

func (s *Session) compare(arg string) {
	id, ok := s.challenge(arg)
	if !ok {
		return
	}
	if c := s.State.Challenges[id]; c == nil || !c.Passed {
		s.say("The reference is shown once you have passed.")
		return
	}
	ref, ok := s.Challenges.Solution(id)
	if !ok {
		s.say("This challenge has no reference solution.")
		return
	}
	_, mine, _ := s.Challenges.Workspace(id)
	s.say("Your code, then the reference. Yours may differ and be just as right.")
	s.say("Yours:")
	fmt.Fprintln(s.Out, strings.TrimRight(mine, "\n"))
	s.say("The reference:")
	fmt.Fprintln(s.Out, strings.TrimRight(ref, "\n"))
}
