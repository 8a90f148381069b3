package catalog

import "testing"

func TestStripOuterParens(t *testing.T) {
	cases := []struct{ in, want string }{
		{"(latency_ms >= 0)", "latency_ms >= 0"},
		{"((a > 0) AND (b > 0))", "(a > 0) AND (b > 0)"},
		{"(a > 0) AND (b > 0)", "(a > 0) AND (b > 0)"},
		{"  (x)  ", "x"},
		{"((x))", "(x)"},
		{"true", "true"},
		{"", ""},
		{"()", ""},
		{"lower(email)", "lower(email)"},
		{"(f(a) = g(b))", "f(a) = g(b)"},
		{"(a) = (b)", "(a) = (b)"},
		{"(note <> ')'::text)", "note <> ')'::text"},
		{"(note <> '('::text) OR (x)", "(note <> '('::text) OR (x)"},
		{"(note = 'it''s (odd'::text)", "note = 'it''s (odd'::text"},
		{`("we)ird" > 0)`, `"we)ird" > 0`},
		{`("a""b)" > 0) AND (c)`, `("a""b)" > 0) AND (c)`},
		{`(s = E'\')x')`, `s = E'\')x'`},
		{`(s = $q$)$q$)`, `s = $q$)$q$`},
		{`(s = $$($$) AND (t)`, `(s = $$($$) AND (t)`},
		{"(a = $1)", "a = $1"},
		{"(x > 0", "(x > 0"},
		{"(x')", "(x')"},
	}
	for _, c := range cases {
		if got := StripOuterParens(c.in); got != c.want {
			t.Errorf("StripOuterParens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
