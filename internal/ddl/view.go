package ddl

import (
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// CreateView is the CREATE VIEW (CREATE OR REPLACE VIEW with orReplace)
// or CREATE MATERIALIZED VIEW statement of v. The query was checked to be
// one query statement (sqllex.CheckQuery) when it was loaded, and stands
// on lines of its own after AS.
func CreateView(v *models.View, orReplace bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if orReplace && !v.Materialized {
		b.WriteString("OR REPLACE ")
	}
	if v.Materialized {
		b.WriteString("MATERIALIZED ")
	}
	b.WriteString("VIEW " + v.QualifiedName())
	var opts []string
	if v.SecurityBarrier {
		opts = append(opts, "security_barrier = true")
	}
	if v.SecurityInvoker {
		opts = append(opts, "security_invoker = true")
	}
	if len(opts) > 0 {
		b.WriteString(" WITH (" + strings.Join(opts, ", ") + ")")
	}
	b.WriteString(" AS\n" + v.Definition)
	if v.CheckOption != "" {
		b.WriteString("\nWITH " + v.CheckOption + " CHECK OPTION")
	}
	if v.Materialized && v.WithNoData {
		b.WriteString("\nWITH NO DATA")
	}
	b.WriteString(";")
	return b.String()
}

// DropView is the DROP statement of v.
func DropView(v *models.View) string {
	if v.Materialized {
		return "DROP MATERIALIZED VIEW " + v.QualifiedName() + ";"
	}
	return "DROP VIEW " + v.QualifiedName() + ";"
}
