// Package yamlx decodes the YAML files that lesson authors write and reports
// every problem as "file:line: what is wrong", so an author who is not a Go
// programmer can find and fix it.
package yamlx

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Problem is one thing wrong with a content file.
type Problem struct {
	File string
	Line int // 0 when the problem is about the file as a whole
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems collects the problems found in a set of content files. Its Error
// lists them one per line, in the order they were found.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Add records a problem; line 0 means the file as a whole.
func (ps *Problems) Add(file string, line int, format string, args ...any) {
	*ps = append(*ps, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// Err returns nil when nothing was recorded, so callers can `return ps.Err()`.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Doc is a decoded YAML file that still knows where each value came from.
// Its node tree is built when a line is first asked for: a file without
// problems is parsed once, into the value.
type Doc struct {
	File string
	data []byte
	once sync.Once
	root *yaml.Node // the top-level mapping; nil for an empty file
}

var lineRE = regexp.MustCompile(`line (\d+): (.*)`)

// Decode reads data strictly into out: unknown keys, wrong types and syntax
// errors become Problems that carry the file name and line. The Doc it
// returns points later checks at the line of any value.
func Decode(file string, data []byte, out any) (*Doc, error) {
	doc := &Doc{File: file, data: data}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	// Decoded through a pointer to out, which a document that is no
	// mapping (null, ~, a lone ---) sets to nil.
	holder := reflect.New(reflect.TypeOf(out))
	holder.Elem().Set(reflect.ValueOf(out))
	err := dec.Decode(holder.Interface())
	if err == nil && !holder.Elem().IsNil() {
		return doc, nil
	}
	// Say what is wrong from the node tree where it can.
	var root yaml.Node
	if perr := yaml.Unmarshal(data, &root); perr != nil {
		return doc, convert(file, perr)
	}
	if len(root.Content) == 0 {
		var ps Problems
		ps.Add(file, 0, "the file is empty")
		return doc, ps
	}
	if top := root.Content[0]; top.Kind != yaml.MappingNode {
		var ps Problems
		ps.Add(file, top.Line, "expected a mapping of keys to values at the top of the file")
		return doc, ps
	}
	if err == nil {
		return doc, nil
	}
	return doc, convert(file, err)
}

// top is the file's top-level mapping, parsed on first use (nil for an
// empty or unparsable file).
func (d *Doc) top() *yaml.Node {
	d.once.Do(func() {
		var root yaml.Node
		if yaml.Unmarshal(d.data, &root) == nil && len(root.Content) > 0 {
			d.root = root.Content[0]
		}
	})
	return d.root
}

// convert turns the yaml package's messages ("yaml: line 3: ...",
// "yaml: unmarshal errors:\n  line 5: ...") into file:line problems.
func convert(file string, err error) Problems {
	var ps Problems
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		if sm := lineRE.FindStringSubmatch(m); sm != nil {
			n, _ := strconv.Atoi(sm[1])
			msg := sm[2]
			if strings.HasPrefix(msg, "did not find expected") {
				// The parser reports these at the line before the list or
				// mapping it was reading (a 0-based line), not at the
				// mistake, which is somewhere inside that block.
				n++
				msg = "the list or mapping starting here is malformed (" + msg + "): check the indentation and brackets of its lines"
			}
			ps.Add(file, n, "%s", friendly(msg))
			continue
		}
		ps.Add(file, 0, "%s", friendly(m))
	}
	return ps
}

var typeRE = regexp.MustCompile("cannot unmarshal !!(\\w+) `(.*)` into (\\S+)")
var fieldRE = regexp.MustCompile(`field (\S+) not found in type \S+`)

// friendly rewrites the decoder's Go-flavoured wording for authors.
func friendly(m string) string {
	if sm := fieldRE.FindStringSubmatch(m); sm != nil {
		return fmt.Sprintf("unknown key %q", sm[1])
	}
	if sm := typeRE.FindStringSubmatch(m); sm != nil {
		want := sm[3]
		switch {
		case strings.HasPrefix(want, "[]"):
			want = "a list"
		case strings.HasPrefix(want, "map["), strings.Contains(want, "."):
			want = "a mapping of keys to values"
		case strings.HasPrefix(want, "int"), strings.HasPrefix(want, "uint"):
			want = "a whole number"
		case strings.HasPrefix(want, "float"):
			want = "a number"
		case want == "bool":
			want = "true or false"
		}
		return fmt.Sprintf("expected %s, found %s %q", want, kindName(sm[1]), sm[2])
	}
	return m
}

func kindName(tag string) string {
	switch tag {
	case "str":
		return "text"
	case "seq":
		return "a list"
	case "map":
		return "a mapping"
	case "int", "float":
		return "the number"
	case "bool":
		return "the boolean"
	}
	return tag
}

// Line returns the line of the value found by following path from the root:
// strings select mapping keys, ints select list items. When the path runs
// out early it returns the line of the deepest value it reached, so a
// message about a missing key still points near the right place.
func (d *Doc) Line(path ...any) int {
	if d == nil || d.top() == nil {
		return 0
	}
	n := d.top()
	for _, p := range path {
		next := step(n, p)
		if next == nil {
			break
		}
		n = next
	}
	return n.Line
}

// KeyLine is like Line but, for a final string element, returns the line of
// the key itself rather than its value (useful for "duplicate id" messages).
func (d *Doc) KeyLine(path ...any) int {
	if len(path) == 0 {
		return d.Line()
	}
	parentLine := d.Line(path[:len(path)-1]...)
	key, ok := path[len(path)-1].(string)
	if !ok || d == nil || d.top() == nil {
		return d.Line(path...)
	}
	n := d.top()
	for _, p := range path[:len(path)-1] {
		if n = step(n, p); n == nil {
			return parentLine
		}
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i].Line
			}
		}
	}
	return parentLine
}

func step(n *yaml.Node, p any) *yaml.Node {
	switch p := p.(type) {
	case string:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == p {
				return n.Content[i+1]
			}
		}
	case int:
		if n.Kind != yaml.SequenceNode || p < 0 || p >= len(n.Content) {
			return nil
		}
		return n.Content[p]
	}
	return nil
}
