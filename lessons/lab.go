package lessons

import (
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/lectern-dev/lectern/internal/yamlx"
)

// Lab is a lab step's local serverless platform: the handler the learner
// starts from, and what the step shows beside the figures it measures.
type Lab struct {
	// Handler is the starter handler file (Go source declaring
	// func Handler(w http.ResponseWriter, r *http.Request)); HandlerFile
	// its path, for messages.
	Handler, HandlerFile string
	// Path is where the step's keys send their requests ("/api/greet").
	Path string
	// IdleTimeout is the step's idle timeout (0: the lab's default).
	IdleTimeout time.Duration
	// RealWorld are cold starts as the lesson quotes them, shown next to
	// the ones measured.
	RealWorld []Figure
}

// Figure is one platform's cold start, as the lesson quotes it.
type Figure struct {
	Platform, ColdStart, Note string
}

type labFile struct {
	Handler     string `yaml:"handler"`
	Path        string `yaml:"path"`
	IdleTimeout string `yaml:"idle_timeout"`
	RealWorld   []struct {
		Platform  string `yaml:"platform"`
		ColdStart string `yaml:"cold_start"`
		Note      string `yaml:"note"`
	} `yaml:"real_world"`
}

// loadLab reads a lab file (file, as shown in messages) of the lesson in
// folder dir, and the handler it names (relative to the lesson's folder).
func loadLab(fsys fs.FS, dir, file, shown string, data []byte, ps *yamlx.Problems) *Lab {
	var lf labFile
	doc, err := yamlx.Decode(shown, data, &lf)
	if err != nil {
		addErr(ps, err)
		return nil
	}
	lab := &Lab{Path: strings.TrimSpace(lf.Path)}
	switch {
	case lab.Path == "":
		lab.Path = "/"
	case !strings.HasPrefix(lab.Path, "/"):
		ps.Add(shown, doc.Line("path"), "path %q must start with /", lf.Path)
	}
	if lf.IdleTimeout != "" {
		d, err := time.ParseDuration(lf.IdleTimeout)
		if err != nil || d <= 0 {
			ps.Add(shown, doc.Line("idle_timeout"), "idle_timeout %q is not a duration like 5s or 1m", lf.IdleTimeout)
		}
		lab.IdleTimeout = d
	}
	if lf.Handler == "" {
		ps.Add(shown, doc.Line(), "no handler: name the Go file the learner starts from under handler:")
	} else {
		lab.HandlerFile = path.Join(path.Dir(shown), lf.Handler)
		src, problem := readText(fsys, path.Join(dir, lf.Handler))
		switch {
		case problem != "":
			ps.Add(shown, doc.Line("handler"), "handler %s: %s", lf.Handler, problem)
		case !strings.Contains(src, "func Handler("):
			ps.Add(shown, doc.Line("handler"), "handler %s declares no func Handler(w http.ResponseWriter, r *http.Request)", lf.Handler)
		}
		lab.Handler = src
	}
	for i, f := range lf.RealWorld {
		fig := Figure{Platform: strings.TrimSpace(f.Platform), ColdStart: strings.TrimSpace(f.ColdStart), Note: strings.TrimSpace(f.Note)}
		if fig.Platform == "" || fig.ColdStart == "" {
			ps.Add(shown, doc.Line("real_world", i), "real_world entry %d needs a platform: and a cold_start:", i+1)
		}
		lab.RealWorld = append(lab.RealWorld, fig)
	}
	return lab
}
