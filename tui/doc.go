// Package tui is lectern's full-screen interface (Bubble Tea v2).
//
// The house:
//
//   - Model (model.go) is the root: the pages (home, lesson), the one
//     progress queue, the footer with help, and the "terminal too small"
//     screen. lectern quiz uses the same root, opened on one step (Focus).
//   - lessonModel (lesson.go) keeps navigation, the step list, the progress
//     bar and the glossary overlay. It knows no step kind.
//   - A step kind is one file, step_<kind>.go, implementing Step (step.go),
//     made by the kind's entry in stepKinds. The kind itself is one
//     constant in package lessons, which the loader accepts. page.go holds
//     what the kinds build on (Markdown rendered off the loop, a scrolling
//     body); quiz.go and tour.go are the running quiz and the diagram tour
//     that the quiz and diagram steps hold; editor.go is lectern's editor,
//     a component any step can host (the challenge step does); summary.go
//     is the screen after a lesson's last step. A step may implement the
//     optional interfaces in lesson.go: todoer (what is left before it is
//     done, shown by the bar), placer (a place inside it, kept across
//     runs), guard (work quitting would lose: the root asks first) and
//     cursorer (where the terminal's cursor goes).
//   - Common (common.go) is shared by every component: one Styles, one
//     KeyMap, the size, colour and background.
//
// The rules:
//
//   - View is pure. Update does no I/O: rendering Markdown, grading,
//     reading the learner's file and writing progress happen in tea.Cmds
//     whose results come back as messages addressed to the component that
//     asked (a pointer in the message), since every non-key message reaches
//     every step.
//   - A component changes progress only through the save function it was
//     given (StepEnv.Save): the change is applied in memory at once and
//     queued for the file in the same Update, so quitting right after
//     cannot lose it. The root writes the queue in order.
//   - A component asks anything of its host in one way: a command that
//     sends closeMsg{from: itself}. Keys go down: to the overlay, else the
//     step on screen (Update reports whether it took the key), else the
//     lesson, else nothing; Capturing says when a step takes the lesson's
//     or the app's keys too. The lesson tells its steps which one is on
//     screen with shownMsg, so a live step (a lab, a clock) can stop.
//   - Rendering never blocks: a page renders in tea.Cmds, a batch of
//     pieces at a time (the first a screen and more), only for the width
//     and style on screen and only while its step is shown (shownMsg); a
//     render no longer wanted is cancelled and its result dropped. A lesson
//     knows its size before its first step opens.
//   - The footer keeps what to press next: keys carry priorities and the
//     least important go first when the line is narrow. Notices wrap; they
//     are never cut.
//   - Every width is clamped to the terminal; below MinWidth×MinHeight the
//     root asks for a larger window instead.
//   - The TUI never imports the grader or the challenges: it reaches them
//     through ChallengeService, which cmd/lectern implements.
package tui
