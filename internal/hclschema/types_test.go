package hclschema

import (
	"strings"
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

// Atlas's spellings load as the canonical type, and a typo still gets a
// suggestion (int, accepted now, is no longer "Did you mean inet?").
func TestTypeKeywordsLoad(t *testing.T) {
	cases := map[string]string{
		"int": "integer", "int4": "integer", "int8": "bigint", "int2": "smallint", "bool": "boolean",
		"float4": "real", "float8": "double precision", "float(24)": "real", "float(25)": "double precision",
		"decimal": "numeric", "decimal(10, 2)": "numeric(10,2)", "numeric": "numeric", "numeric(8)": "numeric(8,0)",
		"character_varying": "character varying", "character_varying(9)": "character varying(9)", "varchar": "character varying",
		"character(3)": "character(3)", "char": "character(1)", "bpchar": "bpchar",
		"timestamp(6)": "timestamp(6) without time zone", "timestamptz(0)": "timestamp(0) with time zone",
		"time(3)": "time(3) without time zone", "timetz": "time with time zone", "timetz(2)": "time(2) with time zone",
		"interval(4)": "interval(4)", "day_to_second(2)": "interval day to second(2)", "year_to_month": "interval year to month",
		"bit": "bit(1)", "bit(8)": "bit(8)", "bit_varying(5)": "bit varying(5)", "varbit": "bit varying",
		"tsvector": "tsvector", "int4multirange": "int4multirange", "macaddr8": "macaddr8", "circle": "circle", "oid": "oid",
	}
	for spelling, want := range cases {
		src := "schema \"public\" {}\ntable \"t\" {\n  schema = schema.public\n  column \"c\" { type = " + spelling + " }\n}\n"
		r, diags := LoadFiles(map[string][]byte{"a.hcl": []byte(src)})
		if diags.HasErrors() {
			t.Errorf("%s: %s", spelling, diags.Error())
			continue
		}
		if got := r.Table("public", "t").Column("c").Type.SQL(); got != want {
			t.Errorf("%s loads as %s, want %s", spelling, got, want)
		}
	}
}

func TestTypeKeywordDiagnostics(t *testing.T) {
	cases := map[string]string{
		"integr":         "Did you mean integer?",
		"timestamptx":    "Did you mean timestamptz?",
		"varchr(10)":     "Did you mean varchar?",
		"text(3)":        "text takes no arguments",
		"timestamp(7)":   "the precision of timestamp() must be",
		"float(54)":      "the precision of float()",
		"numeric(1,2,3)": "numeric() takes one or two arguments",
		"bit(0)":         "the length of bit()",
	}
	for spelling, want := range cases {
		src := "schema \"public\" {}\ntable \"t\" {\n  schema = schema.public\n  column \"c\" { type = " + spelling + " }\n}\n"
		_, diags := LoadFiles(map[string][]byte{"a.hcl": []byte(src)})
		if !diags.HasErrors() || !strings.Contains(diags.Error(), want) {
			t.Errorf("%s: %v, want an error saying %q", spelling, diags, want)
		}
		if strings.Contains(diags.Error(), "inet") {
			t.Errorf("%s: suggests inet: %v", spelling, diags)
		}
	}
}
