package ddl

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// CreateDomain is the CREATE DOMAIN of d, without the final semicolon:
// its base type, default, NOT NULL and, with checks, its CHECKs (a
// domain being replaced gets them, a scratch copy made only to exist
// does not need them).
func CreateDomain(d *models.Domain, checks bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE DOMAIN %s AS %s", models.QualifiedName(d.Schema, d.Name), d.Type.SQL())
	if d.Collation != "" {
		b.WriteString(" COLLATE " + models.QuoteIdent(d.Collation))
	}
	if d.Default != "" {
		b.WriteString(" DEFAULT (" + d.Default + ")")
	}
	if !d.Nullable {
		b.WriteString(" NOT NULL")
	}
	if checks {
		for _, c := range d.Checks {
			fmt.Fprintf(&b, " CONSTRAINT %s CHECK (%s)", models.QuoteIdent(c.Name), c.Expr)
		}
	}
	return b.String()
}

// CreateComposite is the CREATE TYPE ... AS (...) of c, without the final
// semicolon.
func CreateComposite(c *models.Composite) string {
	fields := make([]string, len(c.Fields))
	for i, f := range c.Fields {
		fields[i] = FieldDefinition(f)
	}
	return fmt.Sprintf("CREATE TYPE %s AS (%s)", models.QualifiedName(c.Schema, c.Name), strings.Join(fields, ", "))
}

// FieldDefinition is a composite type's field as CREATE TYPE and ALTER
// TYPE ... ADD ATTRIBUTE write it: name, type and collation.
func FieldDefinition(f *models.CompositeField) string {
	def := models.QuoteIdent(f.Name) + " " + f.Type.SQL()
	if f.Collation != "" {
		def += " COLLATE " + models.QuoteIdent(f.Collation)
	}
	return def
}
