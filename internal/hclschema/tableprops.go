package hclschema

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// The table properties that are not columns, keys or policies: unlogged,
// storage_parameters and replica_identity (docs/hcl.md, "Table
// properties"), and a column's collate.

// decodeTableProperties reads unlogged, storage_parameters and
// replica_identity. It runs after the table's keys and indexes are
// decoded: replica_identity may name one of them.
func (l *loader) decodeTableProperties(td *tableDecl) {
	t, c := td.table, td.content
	if a := c.attr("unlogged"); a != nil {
		v, _, d := boolValue(a.Expr, "unlogged")
		l.add(d...)
		t.Unlogged = v
	}
	if a := c.attr("storage_parameters"); a != nil {
		t.StorageParameters = l.storageParameters(a.Expr)
	}
	if a := c.attr("replica_identity"); a != nil {
		l.replicaIdentity(td, a.Expr)
	}
}

// storageParameterName is what a storage parameter's name may be: a
// lower-case identifier, with toast. before it for the TOAST table's.
var storageParameterName = regexp.MustCompile(`^(toast\.)?[a-z][a-z0-9_]*$`)

// tableStorageParameters are the storage parameters PostgreSQL 12 to 18
// take for tables; a name outside the list is a warning, since a newer
// server may know it (the server checks every name when the migration
// runs).
var tableStorageParameters = []string{
	"fillfactor", "toast_tuple_target", "parallel_workers", "user_catalog_table",
	"autovacuum_enabled", "vacuum_index_cleanup", "vacuum_truncate",
	"autovacuum_vacuum_threshold", "autovacuum_vacuum_max_threshold", "autovacuum_vacuum_scale_factor",
	"autovacuum_vacuum_insert_threshold", "autovacuum_vacuum_insert_scale_factor",
	"autovacuum_analyze_threshold", "autovacuum_analyze_scale_factor",
	"autovacuum_vacuum_cost_delay", "autovacuum_vacuum_cost_limit",
	"autovacuum_freeze_min_age", "autovacuum_freeze_max_age", "autovacuum_freeze_table_age",
	"autovacuum_multixact_freeze_min_age", "autovacuum_multixact_freeze_max_age", "autovacuum_multixact_freeze_table_age",
	"log_autovacuum_min_duration",
	"toast.autovacuum_enabled", "toast.vacuum_index_cleanup", "toast.vacuum_truncate",
	"toast.autovacuum_vacuum_threshold", "toast.autovacuum_vacuum_max_threshold", "toast.autovacuum_vacuum_scale_factor",
	"toast.autovacuum_vacuum_insert_threshold", "toast.autovacuum_vacuum_insert_scale_factor",
	"toast.autovacuum_vacuum_cost_delay", "toast.autovacuum_vacuum_cost_limit",
	"toast.autovacuum_freeze_min_age", "toast.autovacuum_freeze_max_age", "toast.autovacuum_freeze_table_age",
	"toast.autovacuum_multixact_freeze_min_age", "toast.autovacuum_multixact_freeze_max_age", "toast.autovacuum_multixact_freeze_table_age",
	"toast.log_autovacuum_min_duration",
}

// storageParameters reads storage_parameters = { fillfactor = 70,
// "toast.autovacuum_enabled" = false }: names checked, values kept as
// the text reloptions will hold (numbers as written, true and false,
// strings as they are).
func (l *loader) storageParameters(expr hclsyntax.Expression) []models.StorageParameter {
	obj, ok := expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		l.add(errorf(expr.Range(), "Invalid storage parameters",
			"The value of storage_parameters must be an object, such as { fillfactor = 70, autovacuum_enabled = false }."))
		return nil
	}
	var out []models.StorageParameter
	seen := map[string]bool{}
	for _, item := range obj.Items {
		name, ok := l.storageParameterName(item.KeyExpr)
		if !ok {
			continue
		}
		if seen[name] {
			l.add(errorf(item.KeyExpr.Range(), "Duplicate storage parameter", "The storage parameter %s is set more than once.", name))
			continue
		}
		seen[name] = true
		value, ok := l.storageParameterValue(item.ValueExpr, name)
		if ok {
			out = append(out, models.StorageParameter{Name: name, Value: value})
		}
	}
	return out
}

func (l *loader) storageParameterName(expr hclsyntax.Expression) (string, bool) {
	name := hcl.ExprAsKeyword(expr)
	if name == "" {
		s, ok, d := stringValue(expr, "a storage parameter name")
		l.add(d...)
		if !ok {
			return "", false
		}
		name = s
	}
	if !storageParameterName.MatchString(name) || len(name) > len("toast.")+models.MaxIdentifierLength {
		l.add(errorf(expr.Range(), "Invalid storage parameter",
			"%q is not a storage parameter name: a lower-case name such as fillfactor, or toast. and a name (quoted: \"toast.autovacuum_enabled\").", name))
		return "", false
	}
	if !contains(tableStorageParameters, name) {
		detail := fmt.Sprintf("%q is not a table storage parameter of PostgreSQL 12 to 18; the server checks it when the migration runs.", name)
		if s := suggest(name, tableStorageParameters); s != "" {
			detail += fmt.Sprintf(" Did you mean %s?", s)
		}
		l.add(warnf(expr.Range(), "Unknown storage parameter", "%s", detail))
	}
	return name, true
}

func (l *loader) storageParameterValue(expr hclsyntax.Expression, name string) (string, bool) {
	v, d := constValue(expr)
	l.add(d...)
	if d.HasErrors() {
		return "", false
	}
	var text string
	switch v.Type() {
	case cty.Bool:
		text = "false"
		if v.True() {
			text = "true"
		}
	case cty.Number:
		text = numberText(v.AsBigFloat())
	case cty.String:
		text = v.AsString()
		if dn := nulByte(text, expr.Range(), "The value of storage parameter ", name); dn != nil {
			l.add(dn)
			return "", false
		}
	default:
		l.add(errorf(expr.Range(), "Incorrect attribute value type",
			"The value of storage parameter %s must be a number, true or false, or a string, not %s.", name, typeName(v)))
		return "", false
	}
	if strings.TrimSpace(text) == "" {
		l.add(errorf(expr.Range(), "Empty storage parameter", "The value of storage parameter %s must not be empty.", name))
		return "", false
	}
	return text, true
}

var replicaIdentities = []string{"DEFAULT", models.ReplicaIdentityFull, models.ReplicaIdentityNothing}

// replicaIdentity reads replica_identity = DEFAULT, FULL, NOTHING or
// index.NAME, where NAME is a unique index, unique constraint or the
// primary key of the table, with no predicate or expression and only NOT
// NULL columns (PostgreSQL's rules for USING INDEX).
func (l *loader) replicaIdentity(td *tableDecl, expr hclsyntax.Expression) {
	t := td.table
	if e, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok && e.Traversal.RootName() == "index" {
		r, ok, d := reference(expr, "replica_identity")
		l.add(d...)
		if !ok {
			return
		}
		if len(r.parts) != 2 {
			l.add(errorf(r.rng, "Invalid reference", "The index of replica_identity is a reference to an index of this table, such as index.users_email_key, not %s.", r))
			return
		}
		if l.replicaIndexOK(t, r.parts[1], r.rng) {
			t.ReplicaIdentity, t.ReplicaIdentityIndex = models.ReplicaIdentityIndex, r.parts[1]
		}
		return
	}
	v, ok, d := keyword(expr, "replica_identity", replicaIdentities)
	if !ok && len(d) > 0 {
		d[0].Detail += " An index is given as index.NAME."
	}
	l.add(d...)
	if ok && v != "DEFAULT" {
		t.ReplicaIdentity = v
	}
}

// replicaIndexOK checks that name is an index PostgreSQL can use as the
// replica identity of t, and returns whether it is.
func (l *loader) replicaIndexOK(t *models.Table, name string, rng hcl.Range) bool {
	var cols []string
	switch {
	case t.PrimaryKey != nil && t.PrimaryKey.Name == name:
		return true
	case t.Unique(name) != nil:
		cols = t.Unique(name).Columns
	case t.Index(name) != nil:
		ix := t.Index(name)
		if !ix.Unique || ix.Where != "" {
			l.add(errorf(rng, "Invalid replica identity", "Index %q cannot be the replica identity of %s.%s: it must be unique and not partial.", name, t.Schema, t.Name))
			return false
		}
		for _, p := range ix.Parts {
			if p.Column == "" {
				l.add(errorf(rng, "Invalid replica identity", "Index %q cannot be the replica identity of %s.%s: it has an expression key.", name, t.Schema, t.Name))
				return false
			}
			cols = append(cols, p.Column)
		}
	default:
		var names []string
		for _, ix := range t.Indexes {
			names = append(names, ix.Name)
		}
		for _, u := range t.Uniques {
			names = append(names, u.Name)
		}
		detail := fmt.Sprintf("Table %s.%s has no unique index, unique constraint or primary key named %q.", t.Schema, t.Name, name)
		if s := suggest(name, names); s != "" {
			detail += fmt.Sprintf(" Did you mean index.%s?", s)
		}
		l.add(errorf(rng, "Reference to undeclared index", "%s", detail))
		return false
	}
	for _, c := range cols {
		if col := t.Column(c); col != nil && col.Nullable {
			l.add(errorf(rng, "Invalid replica identity", "Index %q cannot be the replica identity of %s.%s: its column %q is null = true.", name, t.Schema, t.Name, c))
			return false
		}
	}
	return true
}

// decodeCollation reads a column's collate = "C": the name of one
// collation, which DDL quotes. "default" means the type's own.
func (l *loader) decodeCollation(col *models.Column, a *hclsyntax.Attribute) {
	v, ok, d := stringValue(a.Expr, "collate")
	l.add(d...)
	if !ok || !l.identifier(v, a.Expr.Range(), "a collation") {
		return
	}
	if v == models.DefaultCollation {
		return
	}
	if !collatable(col.Type) {
		l.add(errorf(a.Expr.Range(), "Invalid collation", "Column %q has type %s, which has no collation: only text types (text, varchar, char and their arrays) take collate.", col.Name, col.Type))
		return
	}
	col.Collation = v
}

// collatable reports whether a column of type ty may take a collation:
// text types, and any type given as sql("...") that the loader cannot
// judge (the server checks it).
func collatable(ty models.Type) bool {
	switch ty.Name {
	case "text", "character varying", "character", "name", "citext", "":
		return true
	}
	if ty.IsEnum() || ty.IsComposite() {
		return false
	}
	return !models.HasKeyword(ty.Name)
}

// checkPersistence refuses a foreign key from a logged table to an
// unlogged one, which PostgreSQL refuses too ("constraints on permanent
// tables may reference only permanent tables").
func (l *loader) checkPersistence(td *tableDecl) {
	t := td.table
	if t.Unlogged {
		return
	}
	for _, b := range td.content.blocksOf("foreign_key") {
		fk := t.ForeignKey(b.Labels[0])
		if fk == nil {
			continue
		}
		if ref := l.tables[qname{fk.RefSchema, fk.RefTable}]; ref != nil && ref.table.Unlogged {
			l.add(errorf(b.LabelRanges[0], "Foreign key to an unlogged table",
				"Foreign key %q of %s.%s references the unlogged table %s.%s: a logged table may reference only logged tables. Make %s unlogged too, or %s logged.",
				fk.Name, t.Schema, t.Name, fk.RefSchema, fk.RefTable, t.Name, fk.RefTable))
		}
	}
}
