package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

func (b *builder) diffColumns(c *Change, cur, t *models.Table) {
	for _, col := range t.Columns {
		if old := cur.Column(col.Name); old == nil {
			b.addColumn(c, t, col)
		} else {
			b.alterColumn(c, t, old, col)
		}
	}
	// Generated columns go first: a column a generation expression
	// reads cannot be dropped while the generated column is there (a
	// generated column reads no other generated column).
	for _, generated := range []bool{true, false} {
		for _, old := range cur.Columns {
			if t.Column(old.Name) == nil && (old.Generated != "") == generated {
				b.dropColumn(c, t, old)
			}
		}
	}
}

func (b *builder) addColumn(c *Change, t *models.Table, col *models.Column) {
	c.Items = append(c.Items, created("column "+col.Name, columnSummary(col)))
	s := &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s;", t.QualifiedName(), columnDefinition(col)),
		creates:  []string{columnsKey(t.Schema, t.Name)},
		requires: append([]string{tableKey(t.Schema, t.Name)}, typeRequires(col.Type)...),
	}
	name := displayName(t.Schema, t.Name)
	if !col.Nullable && col.Default == "" && col.Identity == nil && !col.Serial && col.Generated == "" {
		s.Hazards = append(s.Hazards, Hazard{HazardTableScan, fmt.Sprintf("column %s is NOT NULL without a default: adding it fails if %s has rows", col.Name, name)})
	}
	if col.Identity != nil {
		s.Hazards = append(s.Hazards, Hazard{HazardTableRewrite, fmt.Sprintf("adding identity column %s rewrites %s under an ACCESS EXCLUSIVE lock", col.Name, name)})
	}
	if col.Serial {
		s.Hazards = append(s.Hazards, Hazard{HazardTableRewrite, fmt.Sprintf("adding serial column %s rewrites %s under an ACCESS EXCLUSIVE lock, numbering its rows", col.Name, name)})
	}
	if col.Generated != "" {
		s.Hazards = append(s.Hazards, Hazard{HazardTableRewrite, fmt.Sprintf("adding generated column %s rewrites %s under an ACCESS EXCLUSIVE lock, computing it for every row", col.Name, name)})
		s.afterDrops = afterColumnAlters(t)
	}
	if strings.Contains(strings.ToLower(col.Default), "nextval(") {
		s.Hazards = append(s.Hazards, Hazard{HazardTableRewrite, fmt.Sprintf("adding column %s with a nextval default rewrites %s under an ACCESS EXCLUSIVE lock, numbering its rows", col.Name, name)})
	}
	b.emit(c, s)
	if col.Comment != "" {
		b.emit(c, &Statement{
			SQL:      fmt.Sprintf("COMMENT ON COLUMN %s.%s IS %s;", t.QualifiedName(), models.QuoteIdent(col.Name), commentLiteral(col.Comment)),
			requires: []string{columnsKey(t.Schema, t.Name)},
		})
	}
}

func (b *builder) dropColumn(c *Change, t *models.Table, col *models.Column) {
	c.Items = append(c.Items, dropped("column "+col.Name, ""))
	c.markDestroy(fmt.Sprintf("column %s.%s", displayName(t.Schema, t.Name), col.Name))
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s;", t.QualifiedName(), models.QuoteIdent(col.Name)),
		drops:    []string{columnsKey(t.Schema, t.Name)},
		dropDeps: typeRequires(col.Type),
		Hazards:  []Hazard{{HazardDataLoss, fmt.Sprintf("column %s.%s and its values are dropped", displayName(t.Schema, t.Name), col.Name)}},
	})
}

// alterStatement is an in-place column change: it both drops and creates
// the table's columns key, so constraint drops come before it and
// constraint creations after.
func (b *builder) alterStatement(c *Change, t *models.Table, sql string, hazards ...Hazard) *Statement {
	k := columnsKey(t.Schema, t.Name)
	return b.emit(c, &Statement{
		SQL:      sql,
		creates:  []string{k},
		drops:    []string{k},
		requires: []string{tableKey(t.Schema, t.Name)},
		Hazards:  hazards,
	})
}

func (b *builder) alterColumn(c *Change, t *models.Table, old, col *models.Column) {
	if replacesColumn(old, col) {
		b.replaceColumn(c, t, old, col)
		return
	}
	if old.Generated != "" && col.Generated == "" {
		b.dropExpression(c, t, old, col)
	}
	b.diffSerialBefore(c, t, old, col)
	defaultDone := false
	if !old.Type.Equal(col.Type) {
		b.alterType(c, t, old, col)
		defaultDone = true
	} else if old.Collation != col.Collation {
		b.alterCollation(c, t, old, col)
	}
	if old.Identity != nil && col.Identity == nil {
		c.Items = append(c.Items, Item{Action: ActionDelete, Object: "column " + col.Name, Attribute: "identity", Old: strings.TrimSpace(identitySQL(old.Identity))})
		b.alterStatement(c, t, alterColumnSQL(t, col)+" DROP IDENTITY;")
	}
	if !defaultDone && old.Default != col.Default {
		b.alterDefault(c, t, old, col)
	}
	if old.Nullable != col.Nullable {
		if col.Nullable {
			c.Items = append(c.Items, updated("column "+col.Name, "null", "NOT NULL", "NULL"))
			b.alterStatement(c, t, alterColumnSQL(t, col)+" DROP NOT NULL;")
		} else {
			c.Items = append(c.Items, updated("column "+col.Name, "null", "NULL", "NOT NULL"))
			b.setNotNullFor(c, t, old, col)
		}
	}
	b.alterIdentity(c, t, old, col)
	b.diffSerialAfter(c, t, old, col)
	if old.Comment != col.Comment {
		c.Items = append(c.Items, updated("column "+col.Name, "comment", commentText(old.Comment), commentText(col.Comment)))
		b.emit(c, &Statement{
			SQL:      fmt.Sprintf("COMMENT ON COLUMN %s.%s IS %s;", t.QualifiedName(), models.QuoteIdent(col.Name), commentLiteral(col.Comment)),
			requires: []string{columnsKey(t.Schema, t.Name)},
		})
	}
}

// alterColumnSQL is "ALTER TABLE t ALTER COLUMN c", to which a column
// alteration adds its clause.
func alterColumnSQL(t *models.Table, col *models.Column) string {
	return fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s", t.QualifiedName(), models.QuoteIdent(col.Name))
}

// alterType changes a column's type: its default goes first and comes
// back after (the old one may not convert), with USING where PostgreSQL
// needs it, and hazards for a rewrite or values that may not fit.
func (b *builder) alterType(c *Change, t *models.Table, old, col *models.Column) {
	name, prefix := displayName(t.Schema, t.Name), alterColumnSQL(t, col)
	b.noteRetyped(t, col.Name, false)
	c.Items = append(c.Items, updated("column "+col.Name, "type", old.Type.String(), col.Type.String()))
	if old.Default != "" {
		b.alterStatement(c, t, prefix+" DROP DEFAULT;")
	}
	tc := classifyTypeChange(old.Type, col.Type)
	if old.Collation != col.Collation {
		c.Items = append(c.Items, updated("column "+col.Name, "collate", old.Collation, col.Collation))
	}
	sql := fmt.Sprintf("%s TYPE %s%s", prefix, col.Type.SQL(), collationSQL(col))
	if tc.using {
		sql += " USING " + usingExpr(models.QuoteIdent(col.Name), old.Type, col.Type)
	}
	from, to := old.Type.String(), col.Type.String()
	var hz []Hazard
	if tc.rewrite {
		hz = append(hz, Hazard{HazardTableRewrite, fmt.Sprintf("changing %s.%s from %s to %s rewrites the table and its indexes under an ACCESS EXCLUSIVE lock", name, col.Name, from, to)})
	}
	switch {
	case old.Type.Array && !col.Type.Array:
		hz = append(hz, Hazard{HazardDataLoss, fmt.Sprintf("%s.%s changes from the array %s to %s: only the first element of each array is kept", name, col.Name, from, to)})
	case tc.padded:
		hz = append(hz, Hazard{HazardDataLoss, fmt.Sprintf("%s.%s changes from %s to %s: every value is padded with zeros on the right or truncated to the new length", name, col.Name, from, to)})
	case tc.narrowing:
		hz = append(hz, Hazard{HazardDataLoss, fmt.Sprintf("%s.%s narrows from %s to %s: values that do not fit fail the migration or lose precision", name, col.Name, from, to)})
	}
	s := b.alterStatement(c, t, sql+";", hz...)
	s.requires = append(s.requires, typeRequires(col.Type)...)
	s.dropDeps = append(s.dropDeps, typeRequires(old.Type)...)
	if col.Default != "" {
		b.alterStatement(c, t, fmt.Sprintf("%s SET DEFAULT %s;", prefix, defaultSQL(col.Default)))
	}
}

// alterDefault sets, changes or drops a column's default.
func (b *builder) alterDefault(c *Change, t *models.Table, old, col *models.Column) {
	c.Items = append(c.Items, updated("column "+col.Name, "default", old.Default, col.Default))
	if col.Default == "" {
		b.alterStatement(c, t, alterColumnSQL(t, col)+" DROP DEFAULT;")
		return
	}
	s := b.alterStatement(c, t, fmt.Sprintf("%s SET DEFAULT %s;", alterColumnSQL(t, col), defaultSQL(col.Default)))
	s.requires = append(s.requires, typeRequires(col.Type)...)
}

// alterIdentity makes a column an identity column, or changes how its
// identity generates values. A new start is SET START WITH, which
// RESTART would use but which leaves the next value alone: the values
// the sequence gave are in rows already.
func (b *builder) alterIdentity(c *Change, t *models.Table, old, col *models.Column) {
	switch {
	case old.Identity == nil && col.Identity != nil:
		b.addIdentity(c, t, col)
	case old.Identity != nil && col.Identity != nil:
		var clauses []string
		if old.Identity.Generated != col.Identity.Generated {
			c.Items = append(c.Items, updated("column "+col.Name, "identity", old.Identity.Generated, col.Identity.Generated))
			clauses = append(clauses, "SET GENERATED "+col.Identity.Generated)
		}
		if o, n := old.Identity.StartValue(), col.Identity.StartValue(); o != n {
			c.Items = append(c.Items, updated("column "+col.Name, "identity start", fmt.Sprint(o), fmt.Sprint(n)))
			clauses = append(clauses, fmt.Sprintf("SET START WITH %d", n))
		}
		if o, n := old.Identity.IncrementValue(), col.Identity.IncrementValue(); o != n {
			c.Items = append(c.Items, updated("column "+col.Name, "identity increment", fmt.Sprint(o), fmt.Sprint(n)))
			clauses = append(clauses, fmt.Sprintf("SET INCREMENT BY %d", n))
		}
		if len(clauses) > 0 {
			b.alterStatement(c, t, fmt.Sprintf("%s %s;", alterColumnSQL(t, col), strings.Join(clauses, " ")))
		}
	}
}

// addIdentity adds identity to an existing column, its sequence started
// past the values the rows hold.
func (b *builder) addIdentity(c *Change, t *models.Table, col *models.Column) {
	qt, qc, name := t.QualifiedName(), models.QuoteIdent(col.Name), displayName(t.Schema, t.Name)
	c.Items = append(c.Items, Item{Action: ActionCreate, Object: "column " + col.Name, Attribute: "identity", New: strings.TrimSpace(identitySQL(col.Identity))})
	add := b.alterStatement(c, t, fmt.Sprintf("%s ADD%s;", alterColumnSQL(t, col), identitySQL(col.Identity)),
		Hazard{HazardAccessExclusiveLock, fmt.Sprintf("adding identity to %s.%s takes an ACCESS EXCLUSIVE lock, held while max(%s) is read to start the sequence past the existing values (a scan unless an index leads with %s)",
			name, col.Name, col.Name, col.Name)})
	// The new sequence starts at its start, so on a table with rows the
	// next insert could collide with them: start it past the largest
	// value (the smallest, descending), never before its declared start,
	// in the same transaction (no insert can take a value in between).
	// pg_get_serial_sequence parses its first argument as a (quoted) name
	// and takes the second literally.
	next := fmt.Sprintf("greatest(coalesce(max(%s) + 1, %[2]d), %[2]d)", qc, col.Identity.StartValue())
	if col.Identity.IncrementValue() < 0 {
		next = fmt.Sprintf("least(coalesce(min(%s) - 1, %[2]d), %[2]d)", qc, col.Identity.StartValue())
	}
	b.emit(c, &Statement{
		SQL: fmt.Sprintf("SELECT setval(pg_get_serial_sequence(%s, %s), %s, false) FROM %s;",
			models.QuoteLiteral(qt), models.QuoteLiteral(col.Name), next, qt),
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
		after:    []*Statement{add},
	})
}

// setNotNullFor makes old NOT NULL on its way to col. A column that
// becomes an identity column must be NOT NULL in the transaction of ADD
// GENERATED, so it is set there, scanning under the ACCESS EXCLUSIVE
// lock; any other waits for setNotNull's validated check.
func (b *builder) setNotNullFor(c *Change, t *models.Table, old, col *models.Column) {
	if old.Identity != nil || col.Identity == nil {
		b.setNotNull(c, t, col)
		return
	}
	b.alterStatement(c, t, alterColumnSQL(t, col)+" SET NOT NULL;", Hazard{HazardTableScan, fmt.Sprintf(
		"%s is scanned under an ACCESS EXCLUSIVE lock to prove %s has no NULLs before it becomes an identity column; a NULL fails the migration",
		displayName(t.Schema, t.Name), col.Name)})
}

// setNotNull makes an existing column NOT NULL without holding an ACCESS
// EXCLUSIVE lock during the scan: a NOT VALID check (col IS NOT NULL) is
// added with the other transactional statements; then, in no-transaction
// steps of their own, the check is validated under a SHARE UPDATE
// EXCLUSIVE lock (see validate), SET NOT NULL (PostgreSQL 12+) uses the
// validated check instead of scanning again (a brief ACCESS EXCLUSIVE
// lock), and the helper check is dropped. Each step can run again after a
// failure half way: VALIDATE (skipped once the check is gone, see
// validateIfPresent) and SET NOT NULL leave a done job as it is,
// and the drop says IF EXISTS.
func (b *builder) setNotNull(c *Change, t *models.Table, col *models.Column) {
	qt, qc := t.QualifiedName(), models.QuoteIdent(col.Name)
	tmp := models.DefaultConstraintName(t.Name, []string{col.Name}, "not_null")
	if t.Check(tmp) != nil {
		tmp = models.DefaultConstraintName(t.Name, []string{col.Name}, "not_null_tmp")
	}
	qtmp := models.QuoteIdent(tmp)
	name := displayName(t.Schema, t.Name)
	ck := constraintKey(t.Schema, t.Name, tmp)
	add := b.alterStatement(c, t, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s IS NOT NULL) NOT VALID;", qt, qtmp, qc))
	add.creates = append(add.creates, ck)
	validate := b.validate(c, t, tmp, add, Hazard{HazardTableScan, fmt.Sprintf(
		"%s is scanned to prove %s has no NULLs in its own autocommit step after the NOT VALID check %s is committed, "+
			"under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue; SET NOT NULL then skips the scan (a brief ACCESS EXCLUSIVE lock) "+
			"and the check is dropped; a NULL fails that step and apply reruns it once the row is fixed",
		name, col.Name, tmp)})
	validate.SQL = validateIfPresent(t, tmp)
	set := b.emit(c, &Statement{
		SQL:           fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s SET NOT NULL;", qt, qc),
		NoTransaction: true,
		requires:      []string{tableKey(t.Schema, t.Name), ck},
		after:         []*Statement{validate},
	})
	b.emit(c, &Statement{
		SQL:           fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT IF EXISTS %s;", qt, qtmp),
		NoTransaction: true,
		after:         []*Statement{set},
	})
}

// validateIfPresent is VALIDATE CONSTRAINT name on t, skipped when the
// constraint is gone. A rerun of a no-transaction file starts over, and
// finds a helper check that the first run validated, used and dropped
// before a later step failed.
func validateIfPresent(t *models.Table, name string) string {
	stmt := fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(name))
	cond := fmt.Sprintf("SELECT FROM pg_catalog.pg_constraint WHERE conrelid = %s::regclass AND conname = %s",
		models.QuoteLiteral(t.QualifiedName()), models.QuoteLiteral(name))
	tag := "$validate$"
	for strings.Contains(stmt+cond, tag) {
		tag = tag[:len(tag)-1] + "_$"
	}
	return fmt.Sprintf("DO %s BEGIN IF EXISTS (%s) THEN %s END IF; END %s;", tag, cond, stmt, tag)
}

// usingExpr is the USING expression converting column qc from old to
// new: an enum goes to another enum through text (there is no direct
// cast), a scalar becomes a one-element array, and an array keeps its
// first element.
func usingExpr(qc string, old, new models.Type) string {
	src := qc
	if old.IsEnum() && new.IsEnum() {
		src += "::text"
		if old.Array {
			src += "[]"
		}
	}
	switch {
	case !old.Array && new.Array:
		return "ARRAY[" + src + "]::" + new.SQL()
	case old.Array && !new.Array:
		return "(" + src + ")[1]::" + new.SQL()
	}
	return src + "::" + new.SQL()
}
