package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

func (b *builder) diffPrimaryKey(c *Change, cur, t *models.Table) {
	old, pk := cur.PrimaryKey, t.PrimaryKey
	if old != nil && pk != nil && old.Name == pk.Name && slices.Equal(old.Columns, pk.Columns) {
		return
	}
	if old != nil {
		b.dropKeyConstraint(c, t, old.Name, "primary key")
	}
	if pk != nil {
		b.addKeyConstraint(c, t, pk.Name, "PRIMARY KEY", pk.Columns, "primary key")
	}
}

func (b *builder) diffUniques(c *Change, cur, t *models.Table) {
	for _, u := range t.Uniques {
		old := cur.Unique(u.Name)
		if old != nil && slices.Equal(old.Columns, u.Columns) {
			continue
		}
		if old != nil {
			b.dropKeyConstraint(c, t, old.Name, "unique")
		}
		b.addKeyConstraint(c, t, u.Name, "UNIQUE", u.Columns, "unique")
	}
	for _, old := range cur.Uniques {
		if t.Unique(old.Name) == nil {
			b.dropKeyConstraint(c, t, old.Name, "unique")
		}
	}
}

func (b *builder) dropKeyConstraint(c *Change, t *models.Table, name, what string) {
	c.Items = append(c.Items, dropped(what+" "+name, ""))
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(name)),
		drops:    []string{uniqueKeyKey(t.Schema, t.Name, name), constraintKey(t.Schema, t.Name, name)},
		dropDeps: []string{columnsKey(t.Schema, t.Name)},
	})
}

func (b *builder) addKeyConstraint(c *Change, t *models.Table, name, kind string, columns []string, what string) {
	c.Items = append(c.Items, created(what+" "+name, "("+strings.Join(columns, ", ")+")"))
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s (%s);", t.QualifiedName(), models.QuoteIdent(name), kind, quoteList(columns)),
		creates:  []string{uniqueKeyKey(t.Schema, t.Name, name), constraintKey(t.Schema, t.Name, name)},
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
		Hazards: []Hazard{{HazardIndexBuild, fmt.Sprintf("the index of %s %s is built on %s under an ACCESS EXCLUSIVE lock, blocking reads and writes",
			what, name, displayName(t.Schema, t.Name))}},
	})
}

func (b *builder) diffChecks(c *Change, cur, t *models.Table) {
	for _, ck := range t.Checks {
		old := cur.Check(ck.Name)
		if old != nil && old.Expr == ck.Expr && !namesAny(b.enumConverted[tableKey(t.Schema, t.Name)], old.Expr) {
			if old.NotValid {
				b.validateLeftover(c, t, "check", ck.Name)
			}
			continue
		}
		if old != nil {
			b.dropCheck(c, t, old, ActionReplace)
		}
		b.addCheck(c, t, ck)
	}
	for _, old := range cur.Checks {
		if t.Check(old.Name) == nil {
			b.dropCheck(c, t, old, ActionDelete)
		}
	}
}

func (b *builder) dropCheck(c *Change, t *models.Table, ck *models.Check, a Action) {
	if a == ActionDelete {
		c.Items = append(c.Items, dropped("check "+ck.Name, ""))
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(ck.Name)),
		drops:    []string{constraintKey(t.Schema, t.Name, ck.Name)},
		dropDeps: []string{columnsKey(t.Schema, t.Name)},
	})
}

// addCheck adds a CHECK to an existing table without blocking it for the
// scan: NOT VALID first, committed with the other transactional
// statements, then VALIDATE outside that transaction (see validate).
func (b *builder) addCheck(c *Change, t *models.Table, ck *models.Check) {
	action := ActionCreate
	if c.Action != ActionCreate && b.current.Table(t.Schema, t.Name).Check(ck.Name) != nil {
		action = ActionReplace
	}
	c.Items = append(c.Items, Item{Action: action, Object: "check " + ck.Name, New: "(" + ck.Expr + ")"})
	qt, qn := t.QualifiedName(), models.QuoteIdent(ck.Name)
	add := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s) NOT VALID;", qt, qn, ck.Expr),
		creates:  []string{constraintKey(t.Schema, t.Name, ck.Name)},
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
	})
	b.validate(c, t, ck.Name, add, Hazard{HazardTableScan, fmt.Sprintf(
		"%s is scanned to validate check %s in its own autocommit step after the NOT VALID constraint is committed, "+
			"under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue; a violating row fails that step and apply reruns it once the row is fixed",
		displayName(t.Schema, t.Name), ck.Name)})
}

// validate emits VALIDATE CONSTRAINT for a constraint that add created
// NOT VALID. It is a no-transaction statement: were it in the
// transaction of the ADD, the ACCESS EXCLUSIVE lock the ADD (or any other
// ALTER TABLE of that file) took would be held for the whole scan. On
// its own it takes a SHARE UPDATE EXCLUSIVE lock, which lets reads and
// writes go on, and running it again after a failure is harmless (an
// already valid constraint is left as it is).
func (b *builder) validate(c *Change, t *models.Table, name string, add *Statement, hazards ...Hazard) *Statement {
	s := &Statement{
		SQL:           fmt.Sprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(name)),
		NoTransaction: true,
		requires:      []string{tableKey(t.Schema, t.Name), constraintKey(t.Schema, t.Name, name)},
		Hazards:       hazards,
	}
	if add != nil {
		s.after = []*Statement{add}
	}
	return b.emit(c, s)
}

// validateLeftover validates a declared constraint that the database holds
// NOT VALID (a VALIDATE step that failed and was never rerun, or a
// constraint added by hand): its rows were never checked, so the database
// does not yet enforce what the HCL declares for them.
func (b *builder) validateLeftover(c *Change, t *models.Table, what, name string) {
	c.Items = append(c.Items, updated(what+" "+name+":", "validation", "NOT VALID", "validated"))
	b.validate(c, t, name, nil, Hazard{HazardTableScan, fmt.Sprintf(
		"%s is scanned to validate %s %s, which the database holds NOT VALID, in its own autocommit step under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue; a violating row fails that step",
		displayName(t.Schema, t.Name), what, name)})
}

// refKey finds the primary key, UNIQUE constraint or unique index of
// table ref whose columns are exactly cols: what a foreign key points at.
func refKey(ref *models.Table, cols []string) string {
	if ref == nil {
		return ""
	}
	same := func(a []string) bool {
		if len(a) != len(cols) {
			return false
		}
		for _, x := range a {
			if !slices.Contains(cols, x) {
				return false
			}
		}
		return true
	}
	if ref.PrimaryKey != nil && same(ref.PrimaryKey.Columns) {
		return uniqueKeyKey(ref.Schema, ref.Name, ref.PrimaryKey.Name)
	}
	for _, u := range ref.Uniques {
		if same(u.Columns) {
			return uniqueKeyKey(ref.Schema, ref.Name, u.Name)
		}
	}
	for _, ix := range ref.Indexes {
		if !ix.Unique || ix.Where != "" {
			continue
		}
		var ixCols []string
		for _, p := range ix.Parts {
			ixCols = append(ixCols, p.Column)
		}
		if same(ixCols) {
			return uniqueKeyKey(ref.Schema, ref.Name, ix.Name)
		}
	}
	return ""
}

func foreignKeyEqual(a, b *models.ForeignKey) bool {
	return slices.Equal(a.Columns, b.Columns) && a.RefSchema == b.RefSchema && a.RefTable == b.RefTable &&
		slices.Equal(a.RefColumns, b.RefColumns) && a.OnDelete == b.OnDelete && a.OnUpdate == b.OnUpdate &&
		a.Deferrable == b.Deferrable && a.InitiallyDeferred == b.InitiallyDeferred
}

// targetReplaced reports whether the key a current foreign key points at
// is dropped or replaced by this plan: the foreign key must then be
// dropped before it and added again after.
func (b *builder) targetReplaced(fk *models.ForeignKey) bool {
	cur := b.current.Table(fk.RefSchema, fk.RefTable)
	k := refKey(cur, fk.RefColumns)
	if k == "" {
		return false
	}
	des := b.desired.Table(fk.RefSchema, fk.RefTable)
	if des == nil {
		return true
	}
	if refKey(des, fk.RefColumns) != k {
		return true
	}
	if cur.PrimaryKey != nil && k == uniqueKeyKey(cur.Schema, cur.Name, cur.PrimaryKey.Name) {
		return des.PrimaryKey == nil || !slices.Equal(des.PrimaryKey.Columns, cur.PrimaryKey.Columns)
	}
	for _, u := range cur.Uniques {
		if k == uniqueKeyKey(cur.Schema, cur.Name, u.Name) {
			du := des.Unique(u.Name)
			return du == nil || !slices.Equal(du.Columns, u.Columns)
		}
	}
	for _, ix := range cur.Indexes {
		if k == uniqueKeyKey(cur.Schema, cur.Name, ix.Name) {
			di := des.Index(ix.Name)
			return di == nil || !di.SameDefinition(ix)
		}
	}
	return false
}

func (b *builder) diffForeignKeys(c *Change, cur, t *models.Table) {
	for _, fk := range t.ForeignKeys {
		old := cur.ForeignKey(fk.Name)
		if old != nil && foreignKeyEqual(old, fk) && !b.targetReplaced(old) {
			if old.NotValid {
				b.validateLeftover(c, t, "foreign key", fk.Name)
			}
			continue
		}
		if old != nil {
			b.dropForeignKey(c, t, old)
		}
		b.addForeignKey(c, t, fk, false)
	}
	for _, old := range cur.ForeignKeys {
		if t.ForeignKey(old.Name) == nil {
			b.dropForeignKey(c, t, old)
		}
	}
}

func (b *builder) dropForeignKey(c *Change, t *models.Table, fk *models.ForeignKey) {
	c.Items = append(c.Items, dropped("foreign key "+fk.Name, ""))
	deps := []string{columnsKey(t.Schema, t.Name), tableKey(t.Schema, t.Name), tableKey(fk.RefSchema, fk.RefTable)}
	if k := refKey(b.current.Table(fk.RefSchema, fk.RefTable), fk.RefColumns); k != "" {
		deps = append(deps, k)
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(fk.Name)),
		drops:    []string{constraintKey(t.Schema, t.Name, fk.Name)},
		dropDeps: deps,
		loose:    true,
	})
}

// addForeignKey adds a foreign key. On an existing table it is added NOT
// VALID and validated outside that transaction (see validate), so
// existing rows are checked without blocking writes.
func (b *builder) addForeignKey(c *Change, t *models.Table, fk *models.ForeignKey, newTable bool) {
	c.Items = append(c.Items, created("foreign key "+fk.Name, fmt.Sprintf("(%s) -> %s (%s)",
		strings.Join(fk.Columns, ", "), displayName(fk.RefSchema, fk.RefTable), strings.Join(fk.RefColumns, ", "))))
	req := []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name), tableKey(fk.RefSchema, fk.RefTable), columnsKey(fk.RefSchema, fk.RefTable)}
	if k := refKey(b.desired.Table(fk.RefSchema, fk.RefTable), fk.RefColumns); k != "" {
		req = append(req, k)
	}
	qt, qn := t.QualifiedName(), models.QuoteIdent(fk.Name)
	sql := fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", qt, qn, foreignKeyDefinition(fk))
	if newTable {
		b.emit(c, &Statement{SQL: sql + ";", creates: []string{constraintKey(t.Schema, t.Name, fk.Name)}, requires: req, loose: true})
		return
	}
	add := b.emit(c, &Statement{SQL: sql + " NOT VALID;", creates: []string{constraintKey(t.Schema, t.Name, fk.Name)}, requires: req, loose: true})
	b.validate(c, t, fk.Name, add, Hazard{HazardTableScan, fmt.Sprintf(
		"%s is scanned to validate foreign key %s in its own autocommit step after the NOT VALID constraint is committed, "+
			"under a SHARE UPDATE EXCLUSIVE lock (ROW SHARE on %s): reads and writes continue; a row without a match fails that step and apply reruns it once the row is fixed",
		displayName(t.Schema, t.Name), fk.Name, displayName(fk.RefSchema, fk.RefTable))})
}
