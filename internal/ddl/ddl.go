package ddl

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// QuoteList quotes each identifier and joins them with ", ".
func QuoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = models.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}

// EnumValues is an enum's value list as CREATE TYPE writes it.
func EnumValues(values []string) string {
	q := make([]string, len(values))
	for i, v := range values {
		q[i] = models.QuoteLiteral(v)
	}
	return strings.Join(q, ", ")
}

// PolicyRoles renders a policy's TO list.
func PolicyRoles(roles []string) string {
	q := make([]string, len(roles))
	for i, r := range roles {
		if r == models.RolePublic {
			q[i] = "PUBLIC"
		} else {
			q[i] = models.QuoteIdent(r)
		}
	}
	return strings.Join(q, ", ")
}

// CreatePolicy is CREATE POLICY p ON table (the quoted, qualified name
// qualifiedTable), without the terminating semicolon.
func CreatePolicy(qualifiedTable string, p *models.Policy) string {
	sql := fmt.Sprintf("CREATE POLICY %s ON %s AS %s FOR %s TO %s", models.QuoteIdent(p.Name), qualifiedTable, p.As, p.Command, PolicyRoles(p.Roles))
	if p.Using != "" {
		sql += " USING (" + p.Using + ")"
	}
	if p.Check != "" {
		sql += " WITH CHECK (" + p.Check + ")"
	}
	return sql
}

// CreateIndex is a CREATE INDEX statement on schema.table, ending with a
// semicolon. concurrently builds it CONCURRENTLY IF NOT EXISTS: outside a
// transaction the statement must be safe to run again (apply drops an
// invalid index an interrupted build left behind, and IF NOT EXISTS skips
// one that was built).
func CreateIndex(schema, table string, ix *models.Index, concurrently bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if ix.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX ")
	if concurrently {
		b.WriteString("CONCURRENTLY IF NOT EXISTS ")
	}
	fmt.Fprintf(&b, "%s ON %s", models.QuoteIdent(ix.Name), models.QualifiedName(schema, table))
	if ix.Method != "" && ix.Method != models.IndexBTree {
		fmt.Fprintf(&b, " USING %s", ix.Method)
	}
	parts := make([]string, len(ix.Parts))
	for i, p := range ix.Parts {
		parts[i] = indexPart(p)
	}
	fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	if len(ix.Include) > 0 {
		fmt.Fprintf(&b, " INCLUDE (%s)", QuoteList(ix.Include))
	}
	if ix.NullsNotDistinct {
		b.WriteString(" NULLS NOT DISTINCT")
	}
	if len(ix.StorageParameters) > 0 {
		fmt.Fprintf(&b, " WITH (%s)", StorageParameters(ix.StorageParameters))
	}
	if ix.Where != "" {
		fmt.Fprintf(&b, " WHERE (%s)", ix.Where)
	}
	b.WriteString(";")
	return b.String()
}

// indexPart is one key of an index: column or (expression), operator
// class, direction and null ordering (only where it is not the default).
func indexPart(p models.IndexPart) string {
	s := models.QuoteIdent(p.Column)
	if p.Expr != "" {
		s = "(" + p.Expr + ")"
	}
	if p.Collation != "" {
		s += " COLLATE " + models.QuoteIdent(p.Collation)
	}
	if p.OpClass != "" {
		s += " " + p.OpClass
	}
	if p.Desc {
		s += " DESC"
		if !p.NullsFirst {
			s += " NULLS LAST"
		}
	} else if p.NullsFirst {
		s += " NULLS FIRST"
	}
	return s
}
