package plan

import (
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// Modifier changes are classified as PostgreSQL's length and precision
// coercions carry them out (checked against pg_relation_filenode by the
// convergence fixtures type_precision_widen and type_precision_narrow).
func TestClassifyModifierChanges(t *testing.T) {
	cases := []struct {
		old, new string
		want     typeChange
	}{
		{"timestamp", "timestamp(6)", typeChange{}},
		{"timestamp(3)", "timestamp(6)", typeChange{}},
		{"timestamp(6)", "timestamp", typeChange{}},
		{"timestamp", "timestamp(3)", typeChange{rewrite: true, narrowing: true}},
		{"timestamptz(6)", "timestamptz(0)", typeChange{rewrite: true, narrowing: true}},
		{"time(3)", "time(6)", typeChange{}},
		{"interval", "interval(6)", typeChange{}},
		{"interval", "interval(0)", typeChange{rewrite: true, narrowing: true}},
		{"interval year", "interval", typeChange{}},
		{"interval day to second(3)", "interval", typeChange{}},
		{"numeric", "numeric(10,2)", typeChange{rewrite: true, narrowing: true}},
		{"numeric(10,2)", "numeric", typeChange{}},
		{"numeric(10,2)", "numeric(12,2)", typeChange{}},
		{"varchar", "varchar(20)", typeChange{rewrite: true, narrowing: true}},
		{"varchar(20)", "varchar", typeChange{}},
		{"varbit(4)", "varbit(8)", typeChange{}},
		{"bit(4)", "bit(8)", typeChange{using: true, rewrite: true, narrowing: true, padded: true}},
		{"char(3)", "bpchar", typeChange{}},
		{"bpchar", "char(3)", typeChange{rewrite: true, narrowing: true}},
		{"char(3)", "char(5)", typeChange{rewrite: true}},
	}
	for _, c := range cases {
		old, err := models.ParseType(c.old)
		if err != nil {
			t.Fatal(err)
		}
		new, err := models.ParseType(c.new)
		if err != nil {
			t.Fatal(err)
		}
		if got := classifyTypeChange(old, new); got != c.want {
			t.Errorf("%s -> %s: %+v, want %+v", c.old, c.new, got, c.want)
		}
	}
}
