package hclschema

import (
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// TestFunctionBodiesRoundTrip: whatever a body holds, the writer writes
// it (as a heredoc where the loader reads that back exactly, else as a
// quoted string) so that loading gives the same body, and the text is in
// Format's layout.
func TestFunctionBodiesRoundTrip(t *testing.T) {
	bodies := []string{
		"SELECT 1",
		"\nBEGIN\n  RETURN NEW;\nEND\n",
		"BEGIN\n\n\tRETURN NEW;\nEND\n",
		"  indented\n  all\n",
		"a\n   \nb\n",
		"SELECT '${x}'\n",
		"SELECT %{x}\n",
		"x\nSQL\ny\n",
		"x\r\ny\n",
		" BEGIN RAISE EXCEPTION 'not allowed'; END ",
		"SELECT $$a\"b$$ || '\\\\'\n",
	}
	for _, body := range bodies {
		r := &models.Realm{Schemas: []*models.Schema{{Name: "public", Functions: []*models.Function{{
			Name: "f", Language: "plpgsql", Body: body, Returns: &models.FunctionReturn{Type: models.Type{Name: "trigger"}},
		}}}}}
		text := Write(r)
		back, diags := LoadFiles(map[string][]byte{"f.hcl": text})
		if diags.HasErrors() {
			t.Errorf("body %q: %v\n%s", body, diags, text)
			continue
		}
		if got := back.Schemas[0].Functions[0].Body; got != body {
			t.Errorf("body %q came back as %q:\n%s", body, got, text)
		}
		if formatted := Format(text); string(formatted) != string(text) {
			t.Errorf("body %q: not in Format's layout:\n%s\nFormat:\n%s", body, text, formatted)
		}
	}
}
