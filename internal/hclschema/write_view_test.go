package hclschema

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// A view's query is written as a heredoc where it reads back exactly, as
// a quoted string otherwise, and loads back as it was either way.
func TestWriteViewQuery(t *testing.T) {
	queries := map[string]bool{ // query -> written as a heredoc
		"SELECT 1 AS a":                           false,
		"SELECT t.a,\n    t.b\n   FROM t":         true,
		"SELECT '${x}' AS a,\n    2 AS b":         false,
		"SELECT 1 AS a,\n\n    2 AS b":            false,
		"SELECT 'é' AS a,\n    2 AS b":            false,
		"SELECT 1 AS a,\nSQL\n    2 AS b":         false,
		"SELECT 'a\tb' AS a,\n    2 AS b":         false,
		"SELECT '%{ if }' AS a,\n    2 AS b":      false,
		"SELECT \"q\"\"x\" AS a,\n    2 AS \"b\"": true,
	}
	r := &models.Realm{Schemas: []*models.Schema{{Name: "public"}}}
	i := 0
	for q := range queries {
		r.Schemas[0].Views = append(r.Schemas[0].Views, &models.View{Schema: "public", Name: "v" + string(rune('a'+i)), Definition: q})
		i++
	}
	src := Write(r)
	back, diags := LoadFiles(map[string][]byte{"v.hcl": src})
	if diags.HasErrors() {
		t.Fatalf("%s\n%s", diags.Error(), src)
	}
	for _, v := range r.Schemas[0].Views {
		got := back.View("public", v.Name)
		if got == nil || got.Definition != v.Definition {
			t.Errorf("view %s: %q came back as %+v\n%s", v.Name, v.Definition, got, src)
		}
		block := string(src[strings.Index(string(src), `view "`+v.Name+`"`):])
		block = block[:strings.Index(block, "\n}\n")]
		if heredoc := strings.Contains(block, "<<-SQL"); heredoc != queries[v.Definition] {
			t.Errorf("view %s (%q): heredoc = %v, want %v:\n%s", v.Name, v.Definition, heredoc, queries[v.Definition], block)
		}
	}
}
