package migrations

import "testing"

func TestConcurrentIndex(t *testing.T) {
	cases := []struct {
		sql          string
		index, table string
		ok           bool
	}{
		{"CREATE INDEX CONCURRENTLY IF NOT EXISTS \"i_y\" ON \"public\".\"t\" (y)", "i_y", `"public"."t"`, true},
		{"create unique index concurrently Idx on only t (y)", "idx", "t", true},
		{"CREATE INDEX CONCURRENTLY \"Mixed\"\"Q\" ON t (y)", `Mixed"Q`, "t", true},
		{"-- note\nCREATE /* c */ INDEX CONCURRENTLY i ON s.t USING gin (y)", "i", "s.t", true},
		{"CREATE INDEX CONCURRENTLY ON t (y)", "", "", false},
		{"CREATE INDEX i ON t (y)", "", "", false},
		{"CREATE INDEX CONCURRENTLY s.i ON t (y)", "", "", false},
		{"SELECT 1", "", "", false},
		{"", "", "", false},
		// What the byte scanner got wrong: nested comments, a comment
		// ended by a carriage return, non-ASCII letters (the server folds
		// ASCII only) and space around a dot.
		{"/* a /* b */ c */ CREATE INDEX CONCURRENTLY i ON t (y)", "i", "t", true},
		{"CREATE -- x\rINDEX CONCURRENTLY i ON t (y)", "i", "t", true},
		{"CREATE INDEX CONCURRENTLY ÍNDICE ON t (y)", "Índice", "t", true},
		{"CREATE INDEX CONCURRENTLY i ON public . t (y)", "i", "public.t", true},
	}
	for _, c := range cases {
		index, table, ok := ConcurrentIndex(c.sql)
		if index != c.index || table != c.table || ok != c.ok {
			t.Errorf("ConcurrentIndex(%q) = %q, %q, %v; want %q, %q, %v", c.sql, index, table, ok, c.index, c.table, c.ok)
		}
	}
}
