package sqllex

import (
	"context"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// controlValues are names and values holding every kind of character
// EscapeControls must not leave raw, beside quotes and backslashes.
var controlValues = []string{
	"esc\x1b[8mhidden",
	"cr\rlf\nbel\a",
	"del\x7f and c1 \u0085\u009b",
	"bidi \u202eevil\u202c \u2066x\u2069 \u200f",
	"sep\u2028\u2029",
	`quote ' "double" back\slash \x41`,
	"\x01",
}

func TestEscapeControlsLeavesNoneRaw(t *testing.T) {
	for _, v := range controlValues {
		for _, sql := range []string{
			"SELECT " + EscapeLiteral(v) + " AS x",
			`CREATE TABLE "` + strings.ReplaceAll(v, `"`, `""`) + `" (c text DEFAULT '` + strings.ReplaceAll(v, "'", "''") + `')`,
			"SELECT $tag$" + v + "$tag$ -- note " + strings.NewReplacer("\r", "", "\n", "").Replace(v) + "\n",
		} {
			out, err := EscapeControls(sql)
			if err != nil {
				t.Fatalf("EscapeControls(%q): %v", sql, err)
			}
			if i := strings.IndexFunc(out, IsControl); i >= 0 {
				t.Errorf("EscapeControls(%q) = %q: raw control at %d", sql, out, i)
			}
			if !hasControl(sql) && out != sql {
				t.Errorf("EscapeControls changed %q without a control character: %q", sql, out)
			}
		}
	}
}

// TestEscapeControlsMeansTheSame: the server reads the escaped text as
// the raw one — the same names created, the same values returned, the
// same statements (a \r after a line comment ends it, so it must not
// become a space that glues the next line into the comment).
func TestEscapeControlsMeansTheSame(t *testing.T) {
	ctx := context.Background()
	conn := testdb.Connect(t, testdb.New(t))
	for i, v := range controlValues {
		ident := `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		raw := "CREATE TABLE " + ident + " (" + ident + " text DEFAULT '" + strings.ReplaceAll(v, "'", "''") + "') -- c\r" +
			"; COMMENT ON TABLE " + ident + " IS $$" + v + "$$"
		escaped, err := EscapeControls(raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, stmt := range SplitStatements(escaped) {
			if _, err := conn.Exec(ctx, stmt); err != nil {
				t.Fatalf("value %d: %v\n%s", i, err, stmt)
			}
		}
		var name, def, comment string
		err = conn.QueryRow(ctx, `SELECT c.relname, a.attname, obj_description(c.oid, 'pg_class')
			FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1
			WHERE c.relname = $1`, v).Scan(&name, &def, &comment)
		if err != nil || name != v || def != v || comment != v {
			t.Fatalf("value %d: %v: table %q, column %q, comment %q; want %q", i, err, name, def, comment, v)
		}
		var got string
		lit, _ := EscapeControls("SELECT '" + strings.ReplaceAll(v, "'", "''") + "'")
		if err := conn.QueryRow(ctx, lit).Scan(&got); err != nil || got != v {
			t.Fatalf("value %d: %s = %q (%v), want %q", i, lit, got, err, v)
		}
		if _, err := conn.Exec(ctx, "DROP TABLE "+UnicodeIdentifier(v)); err != nil {
			t.Fatalf("value %d: dropping by UnicodeIdentifier: %v", i, err)
		}
	}
}

func TestEscapeControlsRefusesWhatItCannotRespell(t *testing.T) {
	for _, sql := range []string{"SELECT N'a\x1bb'", "SELECT U&'a\x1b!0041' UESCAPE '!'"} {
		if out, err := EscapeControls(sql); err == nil {
			t.Errorf("EscapeControls(%q) = %q, want an error", sql, out)
		}
	}
}
