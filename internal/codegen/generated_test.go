package codegen

import (
	"regexp"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// A generated column is read, never written: it is a field of the row
// type, and no field of the insert or patch type (PostgreSQL refuses a
// value for it, even its own).
func TestGeneratedColumnsAreReadOnly(t *testing.T) {
	const src = `schema "public" {}

table "lines" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  column "qty" {
    type = integer
  }
  column "price" {
    type = integer
  }
  column "total" {
    type = integer
    as {
      expr = "qty * price"
      type = STORED
    }
  }
  primary_key {
    columns = [column.id]
  }
}
`
	r, diags := hclschema.LoadFiles(map[string][]byte{"s.hcl": []byte(src)})
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	files, err := Generate(r, Options{Package: "app"})
	if err != nil {
		t.Fatal(err)
	}
	code := string(files["lines.go"])
	block := func(typ string) string {
		m := regexp.MustCompile(`(?s)type ` + typ + ` struct \{(.*?)\n\}`).FindStringSubmatch(code)
		if m == nil {
			t.Fatalf("no type %s in lines.go:\n%s", typ, code)
		}
		return m[1]
	}
	total := regexp.MustCompile(`\bTotal\b`)
	if !total.MatchString(block("Line")) {
		t.Errorf("the row type has no Total field:\n%s", block("Line"))
	}
	for _, typ := range []string{"NewLine", "LinePatch"} {
		if b := block(typ); total.MatchString(b) || !regexp.MustCompile(`\bQty\b`).MatchString(b) {
			t.Errorf("%s: want Qty and no Total:\n%s", typ, b)
		}
	}
	if regexp.MustCompile(`INSERT INTO[^"]*"[^"]*total`).MatchString(code) {
		t.Errorf("an INSERT names the generated column:\n%s", code)
	}
}
