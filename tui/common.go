// This file holds what every component shares: Common, with the one
// Styles and the one KeyMap. The package's rules are in doc.go.
package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/internal/text"
	"github.com/lectern-dev/lectern/render"
)

// Minimum terminal size for the full interface; below it a message asks
// for a larger window instead of drawing a broken layout.
const (
	MinWidth  = 40
	MinHeight = 12
)

// Common is shared by every component.
type Common struct {
	Styles *Styles
	Keys   *KeyMap
	// Width and Height are the size given to the component.
	Width, Height int
	// Colour is false under NO_COLOR, TERM=dumb or without a terminal.
	Colour bool
	// Dark reports a dark terminal background.
	Dark bool
	// Render renders Markdown (nil: render.Default; tests count renders
	// with their own).
	Render *render.Renderers
}

func (c *Common) renderers() *render.Renderers {
	if c.Render != nil {
		return c.Render
	}
	return render.Default
}

// MarkdownStyle is the render style matching the terminal.
func (c *Common) MarkdownStyle() render.Style {
	switch {
	case !c.Colour:
		return render.Plain
	case c.Dark:
		return render.Dark
	}
	return render.Light
}

// Styles is every style the interface uses, chosen once for the terminal's
// background and colour support.
type Styles struct {
	App          lipgloss.Style
	Title        lipgloss.Style
	Subtitle     lipgloss.Style
	Muted        lipgloss.Style
	Accent       lipgloss.Style
	Success      lipgloss.Style
	Error        lipgloss.Style
	Warning      lipgloss.Style
	Selected     lipgloss.Style
	Card         lipgloss.Style
	CardSelected lipgloss.Style
	StepDone     lipgloss.Style
	StepCurrent  lipgloss.Style
	StepTodo     lipgloss.Style
	HelpKey      lipgloss.Style
	HelpDesc     lipgloss.Style
	BarFull      lipgloss.Style
	BarEmpty     lipgloss.Style
	Narration    lipgloss.Style
	Code         lipgloss.Style
	// Syntax colouring in the editor.
	CodeKeyword, CodeString, CodeComment, CodeNumber, CodeBuiltin lipgloss.Style
	// Diagram roles.
	DiagramFocus lipgloss.Style
	DiagramTrail lipgloss.Style
	DiagramLabel lipgloss.Style
	DiagramDim   lipgloss.Style
}

// NewStyles builds the styles for a dark or light background; without
// colour every style is plain text (emphasis then comes from symbols and
// borders, never from colour alone).
func NewStyles(colour, dark bool) *Styles {
	if !colour {
		p := lipgloss.NewStyle()
		border := p.Border(lipgloss.NormalBorder())
		return &Styles{App: p, Title: p, Subtitle: p, Muted: p, Accent: p, Success: p, Error: p, Warning: p,
			Selected: p, Card: border.Padding(0, 1), CardSelected: p.Border(lipgloss.DoubleBorder()).Padding(0, 1),
			StepDone: p, StepCurrent: p, StepTodo: p, HelpKey: p, HelpDesc: p, BarFull: p, BarEmpty: p,
			Narration: p, Code: p, DiagramFocus: p, DiagramTrail: p, DiagramLabel: p, DiagramDim: p,
			CodeKeyword: p, CodeString: p, CodeComment: p, CodeNumber: p, CodeBuiltin: p}
	}
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	accent := c("#5A3FD9", "#A594FF")
	green := c("#1B7F3B", "#5FD38D")
	red := c("#B3261E", "#FF7B72")
	amber := c("#8A5A00", "#E3B341")
	muted := c("#6B6B76", "#8B8B99")
	text := c("#1F1F24", "#E6E6EA")
	s := lipgloss.NewStyle()
	return &Styles{
		App:          s.Foreground(text),
		Title:        s.Bold(true).Foreground(accent),
		Subtitle:     s.Foreground(muted),
		Muted:        s.Foreground(muted),
		Accent:       s.Foreground(accent),
		Success:      s.Foreground(green),
		Error:        s.Foreground(red),
		Warning:      s.Foreground(amber),
		Selected:     s.Bold(true).Foreground(accent),
		Card:         s.Border(lipgloss.RoundedBorder()).BorderForeground(muted).Padding(0, 1),
		CardSelected: s.Border(lipgloss.DoubleBorder()).BorderForeground(accent).Padding(0, 1),
		StepDone:     s.Foreground(green),
		StepCurrent:  s.Bold(true).Foreground(accent),
		StepTodo:     s.Foreground(muted),
		HelpKey:      s.Foreground(accent),
		HelpDesc:     s.Foreground(muted),
		BarFull:      s.Foreground(accent),
		BarEmpty:     s.Foreground(muted),
		Narration:    s.Foreground(text),
		Code:         s.Foreground(amber),
		CodeKeyword:  s.Bold(true).Foreground(accent),
		CodeString:   s.Foreground(green),
		CodeComment:  s.Foreground(muted).Italic(true),
		CodeNumber:   s.Foreground(amber),
		CodeBuiltin:  s.Foreground(c("#0B6E99", "#6CC6F0")),
		DiagramFocus: s.Bold(true).Foreground(accent),
		DiagramTrail: s.Foreground(green),
		DiagramLabel: s.Foreground(amber),
		DiagramDim:   s.Foreground(muted),
	}
}

// KeyMap is every key binding, so help text and behaviour never disagree.
type KeyMap struct {
	Next, Prev         key.Binding
	Up, Down           key.Binding
	PageUp, PageDown   key.Binding
	Top, Bottom        key.Binding
	Open               key.Binding
	Glossary           key.Binding
	Help               key.Binding
	Back               key.Binding
	Quit               key.Binding
	TourNext, TourBack key.Binding
	TourRestart        key.Binding
	TourMode           key.Binding
	Grade              key.Binding
	Edit               key.Binding
	Hint               key.Binding
	// NextChallenge and PrevChallenge switch between the challenges of a
	// step that has several.
	NextChallenge, PrevChallenge key.Binding
}

// wrapProse wraps text for the screen: words whole (a word longer than
// the line is broken), a number kept with its unit.
func wrapProse(s string, width int) string {
	return strings.ReplaceAll(ansi.Wrap(text.KeepUnits(s), max(width, 1), ""), text.NBSP, " ")
}

// wrapIndent wraps text to w columns, its first line after first and
// every other line (its own and those it wraps onto) after rest. Words
// wrap whole; a word longer than the line (a test name) is broken.
func wrapIndent(text string, w int, first, rest string) string {
	avail := max(w-max(ansi.StringWidth(first), ansi.StringWidth(rest)), 10)
	var lines []string
	for _, para := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		lines = append(lines, strings.Split(ansi.Wrap(para, avail, ""), "\n")...)
	}
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// helpItem is a key as the footer shows it, with how much it matters: a
// footer too narrow for every key leaves out the least important first.
type helpItem struct {
	key.Binding
	prio int
}

// helpBindings drops the priorities.
func helpBindings(items []helpItem) []key.Binding {
	out := make([]key.Binding, len(items))
	for i, it := range items {
		out[i] = it.Binding
	}
	return out
}

// DefaultKeyMap is lectern's standard key map.
func DefaultKeyMap() *KeyMap {
	return &KeyMap{
		Next:          key.NewBinding(key.WithKeys("right", "n"), key.WithHelp("→/n", "next")),
		Prev:          key.NewBinding(key.WithKeys("left", "p"), key.WithHelp("←/p", "previous")),
		Up:            key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:          key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll")),
		PageUp:        key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown:      key.NewBinding(key.WithKeys("pgdown", "f"), key.WithHelp("pgdn", "page down")),
		Top:           key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "top")),
		Bottom:        key.NewBinding(key.WithKeys("end"), key.WithHelp("end", "bottom")),
		Open:          key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Glossary:      key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "glossary")),
		Help:          key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys")),
		Back:          key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:          key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		TourNext:      key.NewBinding(key.WithKeys("space", "enter"), key.WithHelp("space", "next stop")),
		TourBack:      key.NewBinding(key.WithKeys("backspace", "shift+space"), key.WithHelp("⌫", "previous stop")),
		TourRestart:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "restart")),
		TourMode:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tour/cold/warm")),
		Grade:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "grade")),
		Edit:          key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit in $EDITOR")),
		Hint:          key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "hint")),
		NextChallenge: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next challenge")),
		PrevChallenge: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous challenge")),
	}
}
