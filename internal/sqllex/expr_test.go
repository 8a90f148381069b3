package sqllex

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
		{"(a /* ) */ = b)", "a /* ) */ = b"},
		{"(a) -- )", "(a) -- )"},
		{`(s = U&'\0029)')`, `s = U&'\0029)'`},
	}
	for _, c := range cases {
		if got := StripOuterParens(c.in); got != c.want {
			t.Errorf("StripOuterParens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMentionsIdentifier(t *testing.T) {
	cases := []struct {
		expr, name string
		want       bool
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
		// Dollar quotes, comments, continued literals and E'...' escapes
		// hide what they hold.
		{"$$ state $$ = label", "state", false},
		{"$t$ it's $t$ || state", "state", true},
		{"x /* state */ > 0", "state", false},
		{"x -- state\n > 0", "state", false},
		{"'a'\n' state ' = x", "state", false},
		{`E'\\' = state`, "state", true},
		// Unicode identifiers are decoded, with their UESCAPE.
		{`U&"st\0061te" > 0`, "state", true},
		{`U&"st!0061te" UESCAPE '!' > 0`, "state", true},
		{`U&"st!0061te" UESCAPE '!' > 0`, "st!0061te", false},
		// ASCII letters fold, others do not, as on the server.
		{"ÉTAT > 0", "État", true},
		{"ÉTAT > 0", "état", false},
		// Text the lexer cannot read might mention anything.
		{"state = 'unterminated", "other", true},
	}
	for _, c := range cases {
		if got := MentionsIdentifier(c.expr, c.name); got != c.want {
			t.Errorf("MentionsIdentifier(%q, %q) = %v, want %v", c.expr, c.name, got, c.want)
		}
	}
}

// TestIdentifiers: the names of one scan, and "all" where
// MentionsIdentifier says yes to any name.
func TestIdentifiers(t *testing.T) {
	names, all := Identifiers(`EXISTS (SELECT 1 FROM Members m WHERE m.team_id = "Teams".id AND 'x' = note)`)
	if all {
		t.Fatal("a readable expression: all = true")
	}
	for _, want := range []string{"exists", "members", "m", "team_id", "Teams", "id", "note"} {
		if !names[want] {
			t.Errorf("%q missing from %v", want, names)
		}
	}
	for _, absent := range []string{"x", "Members", "teams", "select", "from", "where", "and"} {
		if names[absent] {
			t.Errorf("%q should not be among %v", absent, names)
		}
	}
	for _, expr := range []string{"'unterminated", `U&"st!0061te" UESCAPE 'ab' > 0`} {
		if _, all := Identifiers(expr); !all {
			t.Errorf("Identifiers(%q): all = false, want true (unreadable)", expr)
		}
	}
}

func TestCalledFunctions(t *testing.T) {
	names, all := CalledFunctions(`role_allowed(role) AND public."Has Role"('x') AND id = other AND (SELECT auth.uid()) IS NOT NULL`)
	if all {
		t.Fatal("readable text reported unreadable")
	}
	for _, want := range []string{"role_allowed", "Has Role", "uid"} {
		if !names[want] {
			t.Errorf("%s is called but not found: %v", want, names)
		}
	}
	for _, not := range []string{"role", "id", "other", "auth", "public"} {
		if names[not] {
			t.Errorf("%s is not called but found", not)
		}
	}
	if _, all := CalledFunctions("f('unterminated"); !all {
		t.Error("unreadable text: all should be true")
	}
}
