package sqllex

import "testing"

func TestReplaceIdentifier(t *testing.T) {
	for _, c := range []struct {
		expr, name, repl string
		relations        bool
		want             string
	}{
		{"(old > 0)", "old", "new", false, "(new > 0)"},
		{`("old" > 0 AND 'old' <> old_x)`, "old", "new", false, `(new > 0 AND 'old' <> old_x)`},
		{"(OLD = x)", "old", `"New"`, false, `("New" = x)`},
		{"lower(name) = 'x' -- name\n", "name", "full_name", false, "lower(full_name) = 'x' -- name\n"},
		{"EXISTS (SELECT 1 FROM users u WHERE u.users = users.id)", "users", "customers", true,
			"EXISTS (SELECT 1 FROM customers u WHERE u.users = customers.id)"},
		{"EXISTS (SELECT 1 FROM public.users)", "users", "customers", true, "EXISTS (SELECT 1 FROM public.customers)"},
		{"users > 0", "users", "customers", true, "users > 0"},
	} {
		got, ok := ReplaceIdentifier(c.expr, c.name, c.repl, c.relations)
		if !ok || got != c.want {
			t.Errorf("ReplaceIdentifier(%q, %q, %q, %v) = %q, %v; want %q", c.expr, c.name, c.repl, c.relations, got, ok, c.want)
		}
	}
	if got, ok := ReplaceIdentifier("'unterminated", "x", "y", false); ok || got != "'unterminated" {
		t.Errorf("unreadable text: got %q, %v", got, ok)
	}
}

func TestBareIdentifier(t *testing.T) {
	for name, want := range map[string]bool{"full_name": true, "a1$": true, "_x": true, "Name": false, "1a": false,
		"my col": false, "": false, "café": false} {
		if got := BareIdentifier(name); got != want {
			t.Errorf("BareIdentifier(%q) = %v, want %v", name, got, want)
		}
	}
}
