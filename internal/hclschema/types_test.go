package hclschema

import (
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// sql("...") types naming a declared enum resolve to it however the name
// is written: quoted, qualified, with array brackets or ARRAY.
func TestSQLTypeResolvesEnums(t *testing.T) {
	src := `schema "public" {}
enum "Mood" {
  schema = schema.public
  values = ["ok"]
}
enum "state" {
  schema = schema.public
  values = ["on"]
}
table "t" {
  schema = schema.public
  column "a" { type = sql("\"Mood\"[]") }
  column "b" { type = sql("public.STATE ARRAY") }
  column "c" { type = sql("\"public\" . \"Mood\"") }
  column "d" { type = sql("state[3]") }
  column "e" { type = sql("\"mood\"") }
}
`
	r, diags := LoadFiles(map[string][]byte{"a.hcl": []byte(src)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	tbl := r.Table("public", "t")
	want := map[string]models.Type{
		"a": {Name: "Mood", EnumSchema: "public", Array: true},
		"b": {Name: "state", EnumSchema: "public", Array: true},
		"c": {Name: "Mood", EnumSchema: "public"},
		"d": {Name: "state", EnumSchema: "public", Array: true},
		"e": {Name: `"mood"`}, // no enum "mood": kept as written
	}
	for col, w := range want {
		if got := tbl.Column(col).Type; !got.Equal(w) {
			t.Errorf("column %s: type %+v, want %+v", col, got, w)
		}
	}
}

// SQL text that is one expression, name or type loads, whatever its
// literals and quoted names hold.
func TestSQLAttributesAccept(t *testing.T) {
	src := `schema "public" {}
table "t" {
  schema = schema.public
  column "note" {
    type    = text
    default = sql("'it''s; -- not a comment'::text")
  }
  column "doc" { type = sql("tsvector") }
  column "tags" { type = sql("character varying(20) ARRAY") }
  column "at" { type = sql("timestamp(3) with time zone") }
  check "c1" { expr = "note <> ');' AND note !~ E'\\\\$'" }
  index "t_doc" {
    type = GIST
    on {
      column = column.doc
      ops    = "tsvector_ops(siglen=8)"
    }
  }
  index "t_note" {
    on {
      expr = "lower(note || $$)$$)"
      ops  = "\"public\".text_pattern_ops"
    }
    where = "note IS NOT NULL AND \"note\" <> 'x'"
  }
  row_security { enabled = true }
}
policy "p" {
  on    = table.t
  to    = ["anon"]
  using = "coalesce(note, '') = current_setting('app.note', true)"
  check = "true"
}
`
	if _, diags := LoadFiles(map[string][]byte{"a.hcl": []byte(src)}); len(diags) > 0 {
		t.Fatal(diags)
	}
}
