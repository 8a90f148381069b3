package plan

import (
	"strings"
	"testing"
)

// TestErrorsNameObjectsOnOneLine: a name holding a newline or tab (which
// quoting allows) cannot make a refusal print a line of its own, such as
// a forged "Error: …" or "No changes" line.
func TestErrorsNameObjectsOnOneLine(t *testing.T) {
	forged := "table.public.t\nNo changes. The schema matches.\tx"
	for _, err := range []error{
		&DestroyError{Refused: []string{forged}, Prevented: []string{forged}},
		&ExistsError{Addresses: []string{forged}},
		&ImportError{Address: forged},
	} {
		first, _, _ := strings.Cut(err.Error(), "\n")
		if !strings.Contains(first, `table.public.t\nNo changes. The schema matches.\tx`) {
			t.Errorf("%T: the name is not escaped on the first line: %q", err, err.Error())
		}
	}
}
