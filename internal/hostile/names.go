package hostile

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// NameCase is one line of testdata/hostile/names.txt: a name a hostile
// schema file gives an object, the place it goes, and what schemactl
// must do with it.
type NameCase struct {
	Line    int
	Outcome Outcome // Loads or Refused
	// Place is where the name goes: a key of namePlaces.
	Place string
	Name  string
	// Expect is, for a refused name, text its diagnostic holds.
	Expect string
}

// namePlaces are the places of names.txt (see its header).
const namePlaces = "schema table column index unique primary_key check foreign_key policy enum value comment default schema_comment policy_comment"

func placeSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, p := range strings.Fields(list) {
		set[p] = true
	}
	return set
}

// Names reads testdata/hostile/names.txt of the repository that holds
// the working directory.
func Names() ([]NameCase, error) {
	raw, err := readSchemaCases("names.txt", []Outcome{Loads, Refused}, placeSet(namePlaces))
	if err != nil {
		return nil, err
	}
	out := make([]NameCase, len(raw))
	for i, c := range raw {
		out[i] = NameCase{Line: c.Line, Outcome: c.Outcome, Place: c.Place, Name: c.Text, Expect: c.Expect}
	}
	return out, nil
}

// Label names the case in subtests and messages, without the name
// itself (which may hold anything).
func (c NameCase) Label() string { return fmt.Sprintf("names.txt:%d:%s", c.Line, c.Place) }

// SchemaName is the schema the case's objects are in: the name itself
// for the place "schema", else one named after the line.
func (c NameCase) SchemaName() string {
	if c.Place == "schema" {
		return c.Name
	}
	return fmt.Sprintf("n%d", c.Line)
}

// TableName is the case's table: the name itself for the place
// "table", else "t".
func (c NameCase) TableName() string {
	if c.Place == "table" {
		return c.Name
	}
	return "t"
}

// HCL is the case's schema blocks: a schema of its own holding a table
// (with an integer column id) and whatever carries the name. Blocks of
// several cases go into one file together: no two share a schema.
func (c NameCase) HCL() string {
	q := HCLString(c.Name)
	s, t := c.SchemaName(), c.TableName()
	var b strings.Builder
	if c.Place == "schema_comment" {
		fmt.Fprintf(&b, "schema %s {\n  comment = %s\n}\n\n", HCLString(s), q)
	} else {
		fmt.Fprintf(&b, "schema %s {}\n\n", HCLString(s))
	}
	fmt.Fprintf(&b, "table %s %s {\n  schema = %s\n  column \"id\" { type = integer }\n", HCLString(s), HCLString(t), hclRef("schema", s))
	switch c.Place {
	case "column":
		fmt.Fprintf(&b, "  column %s { type = integer }\n", q)
	case "index", "unique", "primary_key":
		fmt.Fprintf(&b, "  %s %s { columns = [column.id] }\n", c.Place, q)
	case "check":
		fmt.Fprintf(&b, "  check %s {\n    expr = \"id > 0\"\n  }\n", q)
	case "foreign_key":
		fmt.Fprintf(&b, "  column \"ref\" {\n    type = integer\n    null = true\n  }\n  primary_key { columns = [column.id] }\n")
		fmt.Fprintf(&b, "  foreign_key %s {\n    columns     = [column.ref]\n    ref_columns = [%s.column.id]\n  }\n", q, hclRef("table", s, t))
	case "comment":
		fmt.Fprintf(&b, "  comment = %s\n", q)
	case "default":
		fmt.Fprintf(&b, "  column \"d\" {\n    type    = text\n    null    = true\n    default = %s\n  }\n", q)
	}
	b.WriteString("}\n")
	switch c.Place {
	case "policy":
		fmt.Fprintf(&b, "\npolicy %s {\n  on    = %s\n  for   = ALL\n  to    = [\"PUBLIC\"]\n  using = \"true\"\n}\n", q, hclRef("table", s, t))
	case "policy_comment":
		fmt.Fprintf(&b, "\npolicy \"p\" {\n  on      = %s\n  to      = [PUBLIC]\n  using   = \"true\"\n  comment = %s\n}\n", hclRef("table", s, t), q)
	case "enum":
		fmt.Fprintf(&b, "\nenum %s {\n  schema = %s\n  values = [\"a\"]\n}\n", q, hclRef("schema", s))
	case "value":
		fmt.Fprintf(&b, "\nenum \"e\" {\n  schema = %s\n  values = [%s, \"b\"]\n}\n", hclRef("schema", s), q)
	}
	return b.String()
}

// DriftSQL is what a person could run by hand on a database holding the
// case's objects so that the drift it makes names the case's name:
// dropping or changing the object that carries it.
func (c NameCase) DriftSQL() string {
	table := models.QualifiedName(c.SchemaName(), c.TableName())
	n := models.QuoteIdent(c.Name)
	switch c.Place {
	case "schema":
		return "DROP TABLE " + table
	case "table":
		return "ALTER TABLE " + table + " ADD COLUMN drift integer"
	case "column":
		return "ALTER TABLE " + table + " DROP COLUMN " + n
	case "index":
		return "DROP INDEX " + models.QualifiedName(c.SchemaName(), c.Name)
	case "unique", "primary_key", "check", "foreign_key":
		return "ALTER TABLE " + table + " DROP CONSTRAINT " + n
	case "policy":
		return "DROP POLICY " + n + " ON " + table
	case "enum":
		return "ALTER TYPE " + models.QualifiedName(c.SchemaName(), c.Name) + " ADD VALUE 'drift'"
	case "value":
		return "ALTER TYPE " + models.QualifiedName(c.SchemaName(), "e") + " RENAME VALUE " + models.QuoteLiteral(c.Name) + " TO 'drift'"
	case "comment":
		return "COMMENT ON TABLE " + table + " IS NULL"
	case "schema_comment":
		return "COMMENT ON SCHEMA " + models.QuoteIdent(c.SchemaName()) + " IS NULL"
	case "policy_comment":
		return `COMMENT ON POLICY "p" ON ` + table + " IS NULL"
	case "default":
		return "ALTER TABLE " + table + ` ALTER COLUMN "d" DROP DEFAULT`
	}
	panic("hostile: no drift for place " + c.Place)
}
