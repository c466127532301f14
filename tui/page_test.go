package tui

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// longPage is a Markdown page of about n lines.
func longPage(n int) string {
	var b strings.Builder
	for i := 0; b.Len() == 0 || strings.Count(b.String(), "\n") < n; i++ {
		fmt.Fprintf(&b, "## Part %d\n\nParagraph %d of a very long page, with **some** words in it to wrap.\n\n- an item\n- another item\n\n", i, i)
	}
	return b.String()
}

// pieceLog records the pieces a Renderers renders.
type pieceLog struct {
	mu     sync.Mutex
	widths map[int]int
	docs   map[*render.Doc]int
}

func newPieceLog() (*pieceLog, *render.Renderers) {
	l := &pieceLog{widths: map[int]int{}, docs: map[*render.Doc]int{}}
	return l, &render.Renderers{OnPiece: func(d *render.Doc, i int, _ render.Style, width int) {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.widths[width]++
		l.docs[d]++
	}}
}

// Opening a lesson renders its first step once, at the width it is shown
// at — not first at the narrowest width and then again.
func TestOpeningALessonRendersItsStepOnce(t *testing.T) {
	log, rs := newPieceLog()
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: fixture(t), Store: store, Now: time.Now, Renderers: rs, Width: 80, Height: 24})
	h := &harness{t: t, m: m, store: store}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.key("enter")
	if !strings.Contains(h.screen(), "Why This Matters") {
		t.Fatalf("lesson:\n%s", h.screen())
	}
	if len(log.widths) != 1 {
		t.Fatalf("step 1 was rendered at widths %v, want one", log.widths)
	}
	for d, n := range log.docs {
		if n != d.Len() {
			t.Fatalf("%d pieces rendered for a text of %d", n, d.Len())
		}
	}
}

// A long page renders a batch at a time: the first batch is a screen and
// more, the rest follows; leaving the step stops its render, coming back
// goes on from where it stopped, and resizing cancels the old width's.
func TestLongPageRendersInBatches(t *testing.T) {
	c := &Common{Styles: NewStyles(false, true), Keys: DefaultKeyMap(), Render: &render.Renderers{}}
	text := longPage(3000)
	md := newMarkdown(c, text)
	page, done, cmd := md.page(70)
	if done || cmd == nil || !strings.Contains(page, "Rendering") {
		t.Fatalf("before the first batch: done %v, cmd %v, %q", done, cmd != nil, page)
	}
	if !md.update(cmd()) {
		t.Fatal("the first batch was not taken")
	}
	page, done, cmd = md.page(70)
	if done || cmd == nil {
		t.Fatalf("the first batch finished a 3000-line page (done %v)", done)
	}
	if n := strings.Count(page, "\n"); n < firstLines || !strings.Contains(page, "Part 0") || !strings.Contains(page, "Rendering the rest of this page") {
		t.Fatalf("after the first batch (%d lines):\n%s", n, page[:min(len(page), 400)])
	}
	// Left: the batch in flight is cancelled and its result dropped.
	md.setShown(false)
	before := md.out[md.key(70)].next
	md.update(cmd())
	if _, _, again := md.page(70); again != nil || md.out[md.key(70)].next != before {
		t.Fatal("a step not shown went on rendering")
	}
	// Back: it goes on from where it was.
	md.setShown(true)
	_, _, cmd = md.page(70)
	if cmd == nil {
		t.Fatal("coming back did not resume the render")
	}
	msg := cmd().(renderedMsg)
	if msg.from != before {
		t.Fatalf("resumed at piece %d, want %d", msg.from, before)
	}
	// A resize cancels the old width's render.
	_, _, other := md.page(60)
	if md.out[md.key(70)] != nil || other == nil {
		t.Fatal("the old width's unfinished render was kept")
	}
	md.update(msg) // for width 70: dropped
	for !done {
		md.update(other())
		page, done, other = md.page(60)
	}
	whole, err := render.Default.Markdown(text, render.Plain, 60)
	if err != nil {
		t.Fatal(err)
	}
	if page != whole {
		t.Fatal("the page rendered in batches differs from the page rendered whole")
	}
}

// While a long step is still rendering, another step renders at once, and
// the long one stops. Through Bubble Tea's real loop, with the long page's
// second batch held up until step 2 is on screen: step 2 cannot be waiting
// for it.
func TestOtherStepsDoNotWaitForALongOne(t *testing.T) {
	ls := fixture(t)
	ls[0].Steps[0].Markdown = longPage(3000)
	var mu sync.Mutex
	var long *render.Doc
	longPieces, moved := 0, false
	hold, other := make(chan struct{}), make(chan struct{}, 100)
	rs := &render.Renderers{OnPiece: func(d *render.Doc, i int, _ render.Style, _ int) {
		mu.Lock()
		if long == nil && d.Len() > 20 {
			long = d
		}
		isLong := d == long
		if isLong {
			longPieces++
		} else if moved {
			other <- struct{}{}
		}
		mu.Unlock()
		if isLong && i > 10 {
			<-hold // the long page's later batches wait for the test
		}
	}}
	m := New(Options{Lessons: ls, Now: time.Now, Renderers: rs})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(10*time.Second))
	}
	waitFor("TESTING")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("Part 0")
	mu.Lock()
	moved = true
	mu.Unlock()
	tm.Send(tea.KeyPressMsg{Code: 'n', Text: "n"})
	select {
	case <-other: // step 2's page, rendered while the long page is held up
	case <-time.After(10 * time.Second):
		t.Fatal("step 2 was not rendered while the long page was")
	}
	mu.Lock()
	held := longPieces
	mu.Unlock()
	if long == nil || held >= long.Len() {
		t.Fatalf("the long page was finished (%d pieces) before step 2 showed", held)
	}
	close(hold)
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	after := longPieces
	mu.Unlock()
	if after > held+1 {
		t.Fatalf("the long page went on rendering off screen: %d pieces, then %d", held, after)
	}
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
