package lessons

import (
	"io/fs"
	"path"

	"github.com/lectern-dev/lectern/internal/yamlx"
	"github.com/lectern-dev/lectern/quiz"
)

// Quiz is a lesson's quick quiz (see package quiz).
type Quiz = quiz.Quiz

func loadQuiz(fsys fs.FS, dir, rel, file string, stepIDs []string, ps *yamlx.Problems, refLine int, metaName string) *Quiz {
	data, err := fs.ReadFile(fsys, path.Join(dir, rel))
	if err != nil {
		ps.Add(metaName, refLine, "quiz %s: %v", rel, unwrapPathError(err))
		return nil
	}
	q, err := quiz.Parse(file, data, stepIDs)
	if err != nil {
		addErr(ps, err)
		return nil
	}
	return q
}
