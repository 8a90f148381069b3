package hclschema

import (
	"strings"
	"testing"
)

// nulBase declares one of everything that has a name or a text; each case
// of TestNULByteIsRefusedAtLoad puts a NUL into one of them.
const nulBase = `schema "S" {
  comment = "SC"
}
enum "E" {
  schema = schema.S
  values = ["EV"]
}
table "T" {
  schema  = schema.S
  comment = "TC"
  column "C" {
    type    = text
    default = "CD"
    comment = "CC"
  }
  column "D" {
    type    = sql("text")
    default = sql("'SD'")
  }
  primary_key "PK" {
    columns = [column.C]
  }
  unique "UQ" {
    columns = [column.D]
  }
  check "CK" {
    expr = "CE <> ''"
  }
  index "IX" {
    on {
      expr = "lower(IE)"
      ops  = "OP"
    }
    where = "IW"
  }
  foreign_key "FK" {
    columns     = [column.C]
    ref_columns = [column.C]
  }
  row_security {
    enabled = true
  }
}
policy "P" {
  on    = table.T
  to    = ["R"]
  using = "PU"
  check = "PC"
}
`

// TestNULByteIsRefusedAtLoad: a NUL byte in a name or a text passed
// validate and failed apply with a protocol error half-way through a
// migration. Each is now one ranged diagnostic at load, whether written
// as an escape or as a raw byte.
func TestNULByteIsRefusedAtLoad(t *testing.T) {
	if _, diags := LoadFiles(map[string][]byte{"base.hcl": []byte(nulBase)}); diags.HasErrors() {
		t.Fatalf("the base schema does not load:\n%s", printedFiles(t, diags, map[string][]byte{"base.hcl": []byte(nulBase)}))
	}
	for _, where := range []string{
		`"S"`, `"E"`, `"EV"`, `"T"`, `"C"`, `"D"`, `"PK"`, `"UQ"`, `"CK"`, `"IX"`, `"FK"`, `"P"`, `"R"`,
		`"SC"`, `"TC"`, `"CC"`, `"CD"`, `"'SD'"`, `"text"`, `"CE <> ''"`, `"lower(IE)"`, `"OP"`, `"IW"`, `"PU"`, `"PC"`,
	} {
		for _, nul := range []string{`\u0000`, "\x00"} {
			inner := strings.Trim(where, `"`)
			bad := `"` + inner[:1] + nul + inner[1:] + `"`
			src := strings.Replace(nulBase, where, bad, 1)
			// References to a renamed object name the new name.
			if ref, ok := map[string]string{`"S"`: "schema", `"T"`: "table", `"C"`: "column", `"D"`: "column"}[where]; ok {
				src = strings.ReplaceAll(src, ref+"."+inner, ref+`["`+inner+nul+`"]`)
			}
			files := map[string][]byte{"nul.hcl": []byte(src)}
			_, diags := LoadFiles(files)
			line := 1 + strings.Count(src[:strings.Index(src, bad)], "\n")
			if len(diags) != 1 || diags[0].Summary != "Invalid character" || diags[0].Subject == nil || diags[0].Subject.Start.Line != line {
				t.Errorf("a NUL (%q) in %s: want one Invalid character error on line %d, got:\n%s", nul, where, line, printedFiles(t, diags, files))
			}
		}
	}
}
