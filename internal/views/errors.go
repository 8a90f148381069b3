package views

import (
	"errors"
	"strings"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/plan"
)

// ApplyError is the message of an error of apply as the CLI prints it.
// An error that lists a drift (the managed schema differing from its
// recorded state before apply, or from the state file after it) is
// printed as status prints drift: its first line, then one escaped line
// per object. The error's own text joins the objects' raw names, and a
// name holding a newline or a tab would split or shift a line of the
// list. Other errors print as they are (the CLI escapes every message
// it prints).
func ApplyError(err error) string {
	var (
		drift    *apply.DriftError
		endState *apply.EndStateError
		listed   *plan.Plan
	)
	switch {
	case errors.As(err, &drift):
		listed = drift.Drift
	case errors.As(err, &endState):
		listed = endState.Differences
	default:
		return err.Error()
	}
	head, _, _ := strings.Cut(err.Error(), "\n")
	var b strings.Builder
	b.WriteString(head)
	for _, l := range DriftLines(listed) {
		b.WriteString("\n  ")
		b.WriteString(l)
	}
	return b.String()
}
