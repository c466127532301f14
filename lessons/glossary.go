package lessons

import (
	"strings"

	"github.com/lectern-dev/lectern/internal/yamlx"
)

type glossaryFile struct {
	Terms []struct {
		Term       string   `yaml:"term"`
		Definition string   `yaml:"definition"`
		See        []string `yaml:"see"`
	} `yaml:"terms"`
}

func loadGlossary(file string, data []byte, ps *yamlx.Problems) []Term {
	var gf glossaryFile
	doc, err := yamlx.Decode(file, data, &gf)
	if err != nil {
		addErr(ps, err)
		return nil
	}
	if len(gf.Terms) == 0 {
		ps.Add(file, doc.Line(), "no terms: list them under terms:")
	}
	seen := map[string]bool{}
	var terms []Term
	for i, t := range gf.Terms {
		term := Term{Term: strings.TrimSpace(t.Term), Definition: strings.TrimSpace(t.Definition), See: t.See}
		key := strings.ToLower(term.Term)
		switch {
		case term.Term == "":
			ps.Add(file, doc.Line("terms", i), "term %d has no name", i+1)
		case seen[key]:
			ps.Add(file, doc.Line("terms", i, "term"), "duplicate term %q", term.Term)
		}
		seen[key] = true
		if term.Definition == "" {
			ps.Add(file, doc.Line("terms", i), "term %q has no definition", term.Term)
		}
		terms = append(terms, term)
	}
	for i, t := range terms {
		for j, ref := range t.See {
			if !seen[strings.ToLower(strings.TrimSpace(ref))] {
				ps.Add(file, doc.Line("terms", i, "see", j), "term %q refers to unknown term %q", t.Term, ref)
			} else if strings.EqualFold(strings.TrimSpace(ref), t.Term) {
				ps.Add(file, doc.Line("terms", i, "see", j), "term %q refers to itself", t.Term)
			}
		}
	}
	return terms
}

// addErr appends the problems in err (or err itself, file-less).
func addErr(ps *yamlx.Problems, err error) {
	if p, ok := err.(yamlx.Problems); ok {
		*ps = append(*ps, p...)
		return
	}
	ps.Add("", 0, "%v", err)
}

// GlossaryMarkdown lists terms as Markdown, one paragraph each: the term
// in bold and a colon (so that it stands apart in plain text too), its
// definition, and its cross-references.
func GlossaryMarkdown(terms []Term) string {
	var b strings.Builder
	for _, t := range terms {
		b.WriteString("**" + t.Term + "**: " + strings.TrimSpace(t.Definition))
		if len(t.See) > 0 {
			b.WriteString(" *See also: " + strings.Join(t.See, ", ") + ".*")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}
