package tui

import (
	"os/exec"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func editorFor(t *testing.T, colour bool, text string) *editorModel {
	t.Helper()
	c := &Common{Keys: DefaultKeyMap(), Styles: NewStyles(colour, true), Colour: colour}
	e := newEditor(c, "/work/adder/solution.go", text)
	e.setSize(60, 12)
	return e
}

// typeIn sends each key (named as keyMsg names them, or ctrl+x, or
// plain text) to the editor.
func typeIn(e *editorModel, keys ...string) editorAction {
	var last editorAction
	for _, k := range keys {
		switch {
		case strings.HasPrefix(k, "ctrl+") && len(k) == 6:
			last = e.Update(tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl})
		case k == "backspace":
			last = e.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
		case k == "up":
			last = e.Update(tea.KeyPressMsg{Code: tea.KeyUp})
		case k == "home":
			last = e.Update(tea.KeyPressMsg{Code: tea.KeyHome})
		case k == "shift+tab" || k == "tab" || k == "enter" || k == "esc" || k == "end" || k == "left" || k == "right" || k == "down" || k == "space":
			last = e.Update(keyMsg(k))
		default:
			for _, r := range k {
				last = e.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	return last
}

// Enter keeps the indentation, goes one level deeper after an opening
// bracket, and puts a closing bracket typed next to it on its own line;
// tab is a tab; a closing brace typed on an indented line outdents it.
func TestEditorIndents(t *testing.T) {
	e := editorFor(t, false, "package main\n\nfunc f() {}")
	typeIn(e, "down", "down", "end", "left", "enter", "return 1", "enter", "if true {", "enter", "x := 1", "enter", "}")
	want := "package main\n\nfunc f() {\n\treturn 1\n\tif true {\n\t\tx := 1\n\t}\n}\n"
	if got := e.content(); got != want {
		t.Fatalf("content:\n%q\nwant\n%q", got, want)
	}
	typeIn(e, "enter", "tab", "y", "shift+tab")
	if got := e.content(); !strings.Contains(got, "\t}\n\ty\n}") {
		t.Fatalf("tab and shift+tab:\n%q", got)
	}
}

func TestEditorUndoRedo(t *testing.T) {
	e := editorFor(t, false, "a")
	typeIn(e, "end", "bcd", "enter", "efg")
	if e.content() != "abcd\nefg\n" {
		t.Fatalf("typed: %q", e.content())
	}
	typeIn(e, "ctrl+z")
	if e.content() != "abcd\n\n" {
		t.Fatalf("one undo takes back the word typed: %q", e.content())
	}
	typeIn(e, "ctrl+z", "ctrl+z")
	if e.content() != "a\n" {
		t.Fatalf("undo to the start: %q", e.content())
	}
	typeIn(e, "ctrl+y")
	if e.content() != "abcd\n" {
		t.Fatalf("redo: %q", e.content())
	}
	if !e.modified() {
		t.Fatal("an edited text is not modified")
	}
}

func TestEditorPasteAndDelete(t *testing.T) {
	e := editorFor(t, false, "x")
	e.Update(tea.PasteMsg{Content: "one\r\ntwo\n"})
	if e.content() != "one\ntwo\nx\n" || e.row != 2 || e.col != 0 {
		t.Fatalf("paste: %q at %d:%d", e.content(), e.row, e.col)
	}
	typeIn(e, "backspace", "backspace")
	if e.content() != "one\ntwx\n" {
		t.Fatalf("backspace over a line break: %q", e.content())
	}
	typeIn(e, "ctrl+k")
	if e.content() != "one\n" {
		t.Fatalf("ctrl+k: %q", e.content())
	}
}

// Long lines scroll sideways (marked), never wrap or widen the screen;
// tabs are drawn as four columns; the cursor is where the text is.
func TestEditorScrollsSideways(t *testing.T) {
	long := "func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {"
	e := editorFor(t, false, "package main\n\n"+long+"\n\treturn 0\n}")
	for i, l := range strings.Split(e.view(), "\n") {
		if ansi.StringWidth(l) > 60 {
			t.Fatalf("line %d is wider than the editor: %q", i, l)
		}
	}
	if !strings.Contains(e.view(), "→") {
		t.Fatalf("a cut line is not marked:\n%s", e.view())
	}
	typeIn(e, "down", "down", "end")
	v := e.view()
	if !strings.Contains(v, "float64 {") || !strings.Contains(v, "←") {
		t.Fatalf("at the end of the long line:\n%s", v)
	}
	typeIn(e, "down", "home")
	c := e.cursor()
	if c.Y != 4 || c.X != e.gutterWidth()+4 {
		t.Fatalf("cursor at %d,%d, want after the tab on line 4", c.X, c.Y)
	}
}

func TestEditorColoursGo(t *testing.T) {
	e := editorFor(t, true, "package main\n\n// a comment\nfunc f() string { return \"s\" + string(rune(1)) }")
	v := e.view()
	if !strings.ContainsRune(v, 0x1b) {
		t.Fatal("no colour in a colour terminal")
	}
	plain := editorFor(t, false, "package main\n\nfunc f() {}")
	if strings.ContainsRune(plain.view(), 0x1b) {
		t.Fatal("colour without a colour terminal")
	}
	spans := e.syntax()
	if kindAt(spans[0], 0) != synKeyword || kindAt(spans[2], 3) != synComment || kindAt(spans[3], 26) != synString {
		t.Fatalf("spans: %v", spans)
	}
}

// esc with unsaved changes asks: y leaves, s saves first, anything else
// keeps editing.
func TestEditorAsksBeforeLosingChanges(t *testing.T) {
	e := editorFor(t, false, "a")
	if typeIn(e, "esc") != editorLeave {
		t.Fatal("esc with nothing changed does not leave")
	}
	typeIn(e, "b")
	if typeIn(e, "esc") != editorNone || !strings.Contains(e.view(), "Leave without saving?") {
		t.Fatalf("esc with changes:\n%s", e.view())
	}
	if typeIn(e, "x") != editorNone || e.content() != "ba\n" {
		t.Fatalf("another key did not keep editing: %q", e.content())
	}
	typeIn(e, "esc")
	if typeIn(e, "s") != editorSave {
		t.Fatal("s does not save")
	}
	typeIn(e, "esc")
	if typeIn(e, "y") != editorLeave {
		t.Fatal("y does not leave")
	}
}

func TestEditorJumpsToTheProblem(t *testing.T) {
	e := editorFor(t, false, "package main\n\nfunc f() {\n\tx := oops\n}")
	e.setProblems([]editorProblem{{Line: 4, Col: 7, Message: "undefined: oops"}, {Line: 4, Col: 2, Message: "declared and not used: x"}})
	if e.row != 3 || e.col != 6 {
		t.Fatalf("cursor at %d:%d, want line 4, the o of oops", e.row+1, e.col)
	}
	v := e.view()
	if !strings.Contains(v, "✗ line 4: undefined: oops (and 1 more)") || !strings.Contains(v, "✗ 4") {
		t.Fatalf("the problem is not shown:\n%s", v)
	}
}

// In the app, with no editor of the learner's own: e opens lectern's
// editor; ctrl+s saves and grades; the verdict shows in the editor; a
// compile error puts the cursor on its line; esc goes back.
func TestChallengeInTheAppEditor(t *testing.T) {
	f := &fakeChallenges{}
	h := challengeHarnessWith(t, f)
	h.key("enter", "n", "n", "n", "n")
	if s := h.screen(); !strings.Contains(s, "e: edit here (ctrl+s saves and grades)") || !strings.Contains(footer(h), "e edit") {
		t.Fatalf("challenge step:\n%s", s)
	}
	h.key("e")
	if s := h.screen(); !strings.Contains(s, "solution.go · line 1 of 3") || !strings.Contains(s, "func adder() {}") || !strings.Contains(footer(h), "ctrl+s save & grade") {
		t.Fatalf("the editor did not open:\n%s", s)
	}
	if c := h.m.View().Cursor; c == nil || c.Y != 2 {
		t.Fatalf("no terminal cursor on the first line: %+v", c)
	}
	step := h.m.lesson.steps[4].(*challengeStep)
	typeIn(step.editor, "down", "down", "end", "left", "enter", "return oops")
	h.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if !strings.Contains(f.code["adder"], "\treturn oops\n") {
		t.Fatalf("ctrl+s did not save: %q", f.code["adder"])
	}
	s := h.screen()
	if !strings.Contains(s, "✗ line 4: undefined: oops") || step.editor.row != 3 || step.editor.col != 8 {
		t.Fatalf("compile error: cursor %d:%d\n%s", step.editor.row+1, step.editor.col, s)
	}
	typeIn(step.editor, "ctrl+d", "ctrl+d", "ctrl+d", "ctrl+d", "1")
	h.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if s := h.screen(); !strings.Contains(flat(s), "✗ 1 passed, 1 failed. The first to fail: TestA/paid: CalculateCost(4000000, 200, 1024) = 0, want 6.67") {
		t.Fatalf("a failing grade in the editor:\n%s", s)
	}
	h.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if s := h.screen(); !strings.Contains(s, "✓ All 2 tests pass.") {
		t.Fatalf("a passing grade in the editor:\n%s", s)
	}
	if f.code["adder"] != "package main\n\nfunc adder() {\n\treturn 1\n}\n" {
		t.Fatalf("the file is not an ordinary Go file: %q", f.code["adder"])
	}
	h.key("esc")
	if s := h.screen(); !strings.Contains(s, "All 2 tests pass") || !strings.Contains(s, "return 1") || !strings.Contains(footer(h), "→/n next") {
		t.Fatalf("back from the editor:\n%s", s)
	}
	if !h.disk().Lessons["alpha"].Done("add") {
		t.Fatal("passing in the editor did not complete the step")
	}
}

// Unsaved edits make quitting ask.
func TestQuitWithUnsavedEditsAsks(t *testing.T) {
	h := challengeHarness(t)
	h.key("enter", "n", "n", "n", "n", "e", "x")
	h.send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if s := h.screen(); !strings.Contains(s, "Quit? Your changes to solution.go are not saved.") || h.m.quitting {
		t.Fatalf("ctrl+c with unsaved edits:\n%s", s)
	}
	h.key("n")
	h.send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	h.send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if !h.m.quitting {
		t.Fatal("a second ctrl+c did not quit")
	}
}

// With $EDITOR set, e is that editor and E lectern's; an editor that
// does not start says so and grades nothing; one that exits badly grades.
func TestExternalEditor(t *testing.T) {
	f := &fakeChallenges{editor: "vim", configured: true}
	h := challengeHarnessWith(t, f)
	h.key("enter", "n", "n", "n", "n")
	if s := h.screen(); !strings.Contains(s, "e: edit in vim (graded when you close it) · E: edit here") ||
		!strings.Contains(footer(h), "e edit in vim") {
		t.Fatalf("with $EDITOR set:\n%s", s)
	}
	step := h.m.lesson.steps[4].(*challengeStep)
	h.send(editorDoneMsg{to: step, id: "adder", name: "vim", err: &exec.Error{Name: "vim", Err: exec.ErrNotFound}})
	if s := h.screen(); !strings.Contains(s, "Could not start vim") || strings.Contains(s, "Grading") || f.grades["adder"] != 0 {
		t.Fatalf("an editor that did not start:\n%s", s)
	}
	failing := exec.Command("sh", "-c", "exit 3")
	h.send(editorDoneMsg{to: step, id: "adder", name: "vim", err: failing.Run()})
	if s := h.screen(); !strings.Contains(s, "vim exited with status 3") || f.grades["adder"] != 1 {
		t.Fatalf("an editor that exited badly:\n%s", s)
	}
	h.key("E")
	if step.editor == nil {
		t.Fatal("E does not open lectern's editor")
	}
}

// After all the hints, h says so; hints come after the results.
func TestLastHintIsSaid(t *testing.T) {
	h := challengeHarness(t)
	h.key("enter", "n", "n", "n", "n", "enter", "h", "h", "h")
	s := h.screen()
	if i, j := strings.Index(s, "✗ 1 passed, 1 failed"), strings.Index(s, "Hint 1/3"); i < 0 || j < 0 || j < i {
		t.Fatalf("hints before the verdict:\n%s", s)
	}
	h.key("h")
	if s := h.screen(); !strings.Contains(strings.Join(strings.Fields(s), " "), "That was the last hint (3 of 3)") {
		t.Fatalf("a fourth h is silent:\n%s", s)
	}
}

// After passing, c compares the learner's code with the reference: side
// by side on a wide screen, as a diff on a narrow one.
func TestCompareWithTheReference(t *testing.T) {
	h := challengeHarness(t)
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.key("enter", "n", "n", "n", "n", "c")
	if strings.Contains(h.screen(), "Reference") {
		t.Fatal("the reference is shown before passing")
	}
	h.key("enter", "enter", "c")
	s := h.screen()
	if !strings.Contains(s, "Yours") || !strings.Contains(s, "Reference") || !strings.Contains(s, "≠") || !strings.Contains(s, "// The reference.") {
		t.Fatalf("side by side:\n%s", s)
	}
	h.key("esc")
	h.send(tea.WindowSizeMsg{Width: 60, Height: 24})
	h.key("c")
	if s := h.screen(); !strings.Contains(s, "+ // The reference.") || !strings.Contains(s, "  func adder() {}") {
		t.Fatalf("as a diff:\n%s", s)
	}
	h.key("c")
	if s := h.screen(); strings.Contains(s, "+ // The reference.") {
		t.Fatalf("c does not close the comparison:\n%s", s)
	}
}

// The learner's code is wrapped, never cut.
func TestCodeListingWraps(t *testing.T) {
	long := "func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 {"
	f := &fakeChallenges{code: map[string]string{"adder": "package main\n\n" + long + "\n\treturn 0\n}\n"}}
	h := challengeHarnessWith(t, f)
	h.send(tea.WindowSizeMsg{Width: 50, Height: 40})
	h.key("enter", "n", "n", "n", "n", "end")
	s := h.screen()
	if strings.Contains(s, "…") || !strings.Contains(flat(s), "↪ avgDurationMs float64, memorySizeMB int) ↪ float64 {") {
		t.Fatalf("a long line of code:\n%s", s)
	}
}

func TestDiffLines(t *testing.T) {
	ops := diffLines([]string{"a", "b", "c"}, []string{"a", "x", "c", "d"})
	var got []string
	for _, op := range ops {
		got = append(got, string(op.kind)+op.text)
	}
	if strings.Join(got, ",") != " a,-b,+x, c,+d" {
		t.Fatalf("diff: %v", got)
	}
	rows := sideBySide(ops)
	if len(rows) != 4 || !rows[1].changed || rows[1].left != "b" || rows[1].right != "x" || rows[3].left != "" || rows[3].right != "d" {
		t.Fatalf("side by side: %+v", rows)
	}
}

// flat is the screen's words in one line, with the step list's rule and
// the sidebar's marks taken out, to look for text that wraps.
func flat(s string) string {
	var words []string
	for _, w := range strings.Fields(s) {
		if w = strings.ReplaceAll(w, "│", ""); w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// Passing one challenge of a step that holds two says, in the editor, that
// another is left (the step is not done yet); passing the second says the
// step is done.
func TestEditorSaysWhatIsLeftInAStepOfTwoChallenges(t *testing.T) {
	f := &fakeChallenges{}
	h := challengeHarnessWith(t, f)
	h.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.key("enter", "n", "n", "n", "n", "n", "n", "n", "e")
	ctrlS := tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	h.send(ctrlS) // greet fails
	h.send(ctrlS) // greet passes
	if s := flat(h.screen()); !strings.Contains(s, "One more challenge in this step") || strings.Contains(s, "Step done") {
		t.Fatalf("greet passed, shout not yet:\n%s", h.screen())
	}
	h.key("esc", "tab", "e")
	h.send(ctrlS) // shout fails
	h.send(ctrlS) // shout passes
	if s := flat(h.screen()); !strings.Contains(s, "Step done") {
		t.Fatalf("both passed:\n%s", h.screen())
	}
}
