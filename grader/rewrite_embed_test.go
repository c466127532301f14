package grader

import (
	"strings"
	"testing"
)

// A struct that embeds an interface — of the learner's package or of the
// standard library — gets the interface's methods, satisfies the
// interface, and keeps a method of its own over the promoted one; where
// no method can be declared (a type inside a function) the construct is
// named as Lectern's limitation, never graded as a failure.
func TestEmbeddedInterfaces(t *testing.T) {
	tests := File{Name: "shout_test.go", Source: []byte(`package shout

import (
	"bytes"
	"fmt"
	"io"
	"testing"
)

func TestLoud(t *testing.T) {
	var b bytes.Buffer
	var w io.Writer = Loud{Writer: &b}
	if n, err := w.Write([]byte("hi")); n != 2 || err != nil || b.String() != "HI" {
		t.Fatalf("Write: %d %v %q", n, err, b.String())
	}
	var plainOut bytes.Buffer
	fmt.Fprintf(Tee{&plainOut}, "%d-%s", 7, "x") // Write promoted from the embedded io.Writer
	if plainOut.String() != "7-x" {
		t.Fatalf("Tee: %q", plainOut.String())
	}
	var s Sayer = Polite{Sayer: plain{}}
	if got := s.Say("x") + "|" + s.Name(); got != "please x|plain" {
		t.Fatalf("got %q", got)
	}
}

type plain struct{}

func (plain) Say(s string) string { return s }
func (plain) Name() string        { return "plain" }
`)}
	task := &Task{ID: "shout", ImportPath: "example.com/shout", Tests: []File{tests}, TimeLimit: 5e9}
	const solution = `package shout

import (
	"io"
	"strings"
)

// Loud writes through the io.Writer it embeds, in capitals.
type Loud struct {
	io.Writer
}

func (l Loud) Write(p []byte) (int, error) {
	return l.Writer.Write([]byte(strings.ToUpper(string(p))))
}

// Tee writes through the io.Writer it embeds, as it is.
type Tee struct {
	io.Writer
}

// Sayer says things.
type Sayer interface {
	Say(s string) string
	Name() string
}

// Polite is a Sayer that asks nicely: Name is the embedded one's.
type Polite struct {
	Sayer
}

func (p Polite) Say(s string) string { return "please " + p.Sayer.Say(s) }
`
	if v, text := gradeText(t, task, solution); v.Status != Pass {
		t.Fatalf("embedded interfaces: %s\n%s", v.Status, text)
	}
	local := strings.Replace(solution, "// Polite is a Sayer", "func local() int {\n\ttype inner struct{ Sayer }\n\treturn len(inner{}.Name())\n}\n\n// Polite is a Sayer", 1)
	if v, text := gradeText(t, task, local); v.Status == Fail || !v.Unsupported || !strings.Contains(text, "embeds the interface Sayer") {
		t.Fatalf("a struct type inside a function: %s unsupported %v\n%s", v.Status, v.Unsupported, text)
	}
}
