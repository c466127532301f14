package lessons

import (
	"github.com/lectern-dev/lectern/internal/yamlx"
	"github.com/lectern-dev/lectern/quiz"
)

// Quiz is a lesson's quick quiz (see package quiz).
type Quiz = quiz.Quiz

func loadQuiz(file string, data []byte, stepIDs []string, ps *yamlx.Problems) *Quiz {
	q, err := quiz.Parse(file, data, stepIDs)
	if err != nil {
		addErr(ps, err)
		return nil
	}
	return q
}
