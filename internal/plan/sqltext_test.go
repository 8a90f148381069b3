package plan

import "testing"

func TestMentionsColumn(t *testing.T) {
	cases := []struct {
		expr, col string
		want      bool
	}{
		{"state <> 'draft'::state", "state", true},
		{"(owner_id)::text = CURRENT_USER", "owner_id", true},
		{"owner_ids = 1", "owner_id", false},
		{"'state' = label", "state", false},
		{"E'it\\'s state' = label", "state", false},
		{`"Status" <> 'x'`, "Status", true},
		{`"Status" <> 'x'`, "status", false},
		{"Status <> 'x'", "status", true},
		{"Status <> 'x'", "Status", false},
		{`"a""b" > 0`, `a"b`, true},
		{"naïve IS NULL", "naïve", true},
		{"t.score > 0", "score", true},
		{"'it''s' || note", "s", false},
	}
	for _, c := range cases {
		if got := mentionsColumn(c.expr, c.col); got != c.want {
			t.Errorf("mentionsColumn(%q, %q) = %v, want %v", c.expr, c.col, got, c.want)
		}
	}
}
