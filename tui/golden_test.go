package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
)

// The Visual Model step as the learner sees it, colourless, at the sizes
// the issue names (refresh with go test ./tui -update; read the diff):
// every connector of the diagram drawn, the focus visible, the footer
// offering what to press next.
func TestGoldenVisualModel(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {40, 12}} {
		for _, stops := range []int{3, 5} {
			t.Run(fmt.Sprintf("%dx%d-stop%d", size[0], size[1], stops), func(t *testing.T) {
				h := newHarness(t, false, nil)
				h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				h.key("enter", "n", "n")
				for range stops {
					h.key("space")
				}
				s := h.screen()
				for i, l := range strings.Split(s, "\n") {
					if w := len([]rune(l)); w > size[0] {
						t.Errorf("line %d is %d wide", i+1, w)
					}
				}
				golden.RequireEqual(t, []byte(s+"\n"))
			})
		}
	}
}
