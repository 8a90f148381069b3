package views

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/plan"
)

// TestApplyErrorListsDriftOneEscapedLinePerObject: a table whose name
// holds a newline, a tab and an ESC sequence, drifted, is one line of
// the apply error, escaped; the error's own text would split it.
func TestApplyErrorListsDriftOneEscapedLinePerObject(t *testing.T) {
	drift := &plan.Plan{Changes: []*plan.Change{
		{Kind: plan.KindTable, Address: "table.public.nl\nDROP TABLE victim;", Action: plan.ActionUpdate},
		{Kind: plan.KindTable, Address: "table.public.t\x1b[2K\tx", Action: plan.ActionDelete},
	}}
	for _, err := range []error{
		&apply.DriftError{Drift: drift},
		fmt.Errorf("applying: %w", &apply.EndStateError{Differences: drift}),
	} {
		got := ApplyError(err)
		lines := strings.Split(got, "\n")
		head, _, _ := strings.Cut(err.Error(), "\n")
		want := []string{head, `  update table.public.nl\nDROP TABLE victim;`, `  delete table.public.t\x1b[2K\tx`}
		if strings.Join(lines, "\n") != strings.Join(want, "\n") {
			t.Errorf("ApplyError(%T) =\n%s\nwant\n%s", errors.Unwrap(err), got, strings.Join(want, "\n"))
		}
	}
	if other := errors.New("connecting: refused"); ApplyError(other) != other.Error() {
		t.Errorf("ApplyError changed a plain error: %q", ApplyError(other))
	}
}
