package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

func (b *builder) diffPrimaryKey(c *Change, cur, t *models.Table) {
	old, pk := cur.PrimaryKey, t.PrimaryKey
	if old != nil && pk != nil && old.SameDefinition(pk) {
		return
	}
	var drop *Statement
	if old != nil {
		drop = b.dropKeyConstraint(c, t, old.Name, "primary key")
	}
	if pk != nil {
		add := b.addKeyConstraint(c, t, pk.Name, ddl.PrimaryKey(pk), pk.Columns, "primary key")
		if drop != nil {
			// One primary key at a time: the old one's drop may wait
			// for foreign keys to go, and the new one waits for it.
			add.after = append(add.after, drop)
		}
	}
}

func (b *builder) diffUniques(c *Change, cur, t *models.Table) {
	for _, u := range t.Uniques {
		old := cur.Unique(u.Name)
		if old != nil && old.SameDefinition(u) {
			continue
		}
		if old != nil {
			b.dropKeyConstraint(c, t, old.Name, "unique")
		}
		b.addKeyConstraint(c, t, u.Name, ddl.Unique(u), u.Columns, "unique")
	}
	for _, old := range cur.Uniques {
		if t.Unique(old.Name) == nil {
			b.dropKeyConstraint(c, t, old.Name, "unique")
		}
	}
}

func (b *builder) dropKeyConstraint(c *Change, t *models.Table, name, what string) *Statement {
	c.Items = append(c.Items, dropped(what+" "+name, ""))
	drops := []string{uniqueKeyKey(t.Schema, t.Name, name), constraintKey(t.Schema, t.Name, name)}
	if what == "primary key" {
		drops = append(drops, primaryKeyKey(t.Schema, t.Name))
	}
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(name)),
		drops:    drops,
		dropDeps: []string{columnsKey(t.Schema, t.Name)},
	})
}

// addKeyConstraint adds a primary key or UNIQUE constraint; def is its
// definition (ddl.PrimaryKey, ddl.Unique).
func (b *builder) addKeyConstraint(c *Change, t *models.Table, name, def string, columns []string, what string) *Statement {
	c.Items = append(c.Items, created(what+" "+name, "("+strings.Join(columns, ", ")+")"))
	creates := []string{uniqueKeyKey(t.Schema, t.Name, name), constraintKey(t.Schema, t.Name, name)}
	if what == "primary key" {
		creates = append(creates, primaryKeyKey(t.Schema, t.Name))
	}
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s;", t.QualifiedName(), models.QuoteIdent(name), def),
		creates:  creates,
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
		Hazards: []Hazard{{HazardIndexBuild, fmt.Sprintf("the index of %s %s is built on %s under an ACCESS EXCLUSIVE lock, blocking reads and writes",
			what, name, displayName(t.Schema, t.Name))}},
	})
}

func (b *builder) diffChecks(c *Change, cur, t *models.Table) {
	for _, ck := range t.Checks {
		old := cur.Check(ck.Name)
		if old != nil && old.Expr == ck.Expr && old.NoInherit == ck.NoInherit && !namesAny(b.enumConverted[tableKey(t.Schema, t.Name)], old.Expr) &&
			!b.callsReplacedFunction(old.Expr) {
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
		SQL:      fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s NOT VALID;", qt, qn, ddl.Check(ck)),
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

// refKeys lists the primary key, UNIQUE constraints and unique indexes
// of table ref whose columns are exactly cols (in any order): what a
// foreign key onto cols may point at. PostgreSQL ties the foreign key to
// one of them (the oldest usable index), which the model cannot tell, so
// a foreign key is ordered against all of them: dropped before any goes,
// added after all are there.
func refKeys(ref *models.Table, cols []string) []string {
	if ref == nil {
		return nil
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
	var out []string
	if ref.PrimaryKey != nil && same(ref.PrimaryKey.Columns) {
		out = append(out, uniqueKeyKey(ref.Schema, ref.Name, ref.PrimaryKey.Name))
	}
	for _, u := range ref.Uniques {
		if same(u.Columns) {
			out = append(out, uniqueKeyKey(ref.Schema, ref.Name, u.Name))
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
			out = append(out, uniqueKeyKey(ref.Schema, ref.Name, ix.Name))
		}
	}
	return out
}

// timingOf is a foreign key's timing.
func timingOf(fk *models.ForeignKey) models.Timing {
	return models.Timing{Deferrable: fk.Deferrable, InitiallyDeferred: fk.InitiallyDeferred}
}

// foreignKeyEqualBut reports whether a and b are equal once a takes the
// timing tm.
func foreignKeyEqualBut(a, b *models.ForeignKey, tm models.Timing) bool {
	x := *a
	x.Deferrable, x.InitiallyDeferred = tm.Deferrable, tm.InitiallyDeferred
	return foreignKeyEqual(&x, b)
}

// alterForeignKeyTiming changes when a foreign key is checked in place
// (ALTER CONSTRAINT): PostgreSQL can for foreign keys, not for other
// constraints.
func (b *builder) alterForeignKeyTiming(c *Change, t *models.Table, old, fk *models.ForeignKey) {
	timing := func(tm models.Timing) string {
		if s := strings.TrimSpace(ddl.Timing(tm)); s != "" {
			return s
		}
		return "NOT DEFERRABLE"
	}
	to := timing(timingOf(fk))
	if fk.Deferrable && !fk.InitiallyDeferred {
		to += " INITIALLY IMMEDIATE"
	}
	c.Items = append(c.Items, updated("foreign key "+fk.Name, "timing", timing(timingOf(old)), timing(timingOf(fk))))
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ALTER CONSTRAINT %s %s;", t.QualifiedName(), models.QuoteIdent(fk.Name), to),
		requires: []string{constraintKey(t.Schema, t.Name, fk.Name), tableKey(t.Schema, t.Name)},
	})
}

func foreignKeyEqual(a, b *models.ForeignKey) bool {
	return slices.Equal(a.Columns, b.Columns) && a.RefSchema == b.RefSchema && a.RefTable == b.RefTable &&
		slices.Equal(a.RefColumns, b.RefColumns) && a.OnDelete == b.OnDelete && a.OnUpdate == b.OnUpdate &&
		a.Deferrable == b.Deferrable && a.InitiallyDeferred == b.InitiallyDeferred && a.MatchFull == b.MatchFull
}

// targetReplaced reports whether a key a current foreign key may point at
// (refKeys) is dropped or replaced by this plan: the foreign key must
// then be dropped before it and added again after, or PostgreSQL refuses
// the drop ("other objects depend on it").
func (b *builder) targetReplaced(fk *models.ForeignKey) bool {
	cur := b.current.Table(fk.RefSchema, fk.RefTable)
	if cur == nil {
		return false
	}
	des := b.desired.Table(fk.RefSchema, fk.RefTable)
	if des == nil {
		return true
	}
	if pk := cur.PrimaryKey; pk != nil && slices.Contains(refKeys(cur, fk.RefColumns), uniqueKeyKey(cur.Schema, cur.Name, pk.Name)) {
		if des.PrimaryKey == nil || !des.PrimaryKey.SameDefinition(pk) {
			return true
		}
	}
	for _, u := range cur.Uniques {
		if slices.Contains(refKeys(cur, fk.RefColumns), uniqueKeyKey(cur.Schema, cur.Name, u.Name)) {
			if du := des.Unique(u.Name); du == nil || !du.SameDefinition(u) {
				return true
			}
		}
	}
	for _, ix := range cur.Indexes {
		if slices.Contains(refKeys(cur, fk.RefColumns), uniqueKeyKey(cur.Schema, cur.Name, ix.Name)) {
			if di := des.Index(ix.Name); di == nil || !di.SameDefinition(ix) {
				return true
			}
		}
	}
	return false
}

func (b *builder) diffForeignKeys(c *Change, cur, t *models.Table) {
	for _, fk := range t.ForeignKeys {
		old := cur.ForeignKey(fk.Name)
		if old != nil && !b.targetReplaced(old) && foreignKeyEqualBut(old, fk, timingOf(fk)) {
			if !foreignKeyEqual(old, fk) {
				b.alterForeignKeyTiming(c, t, old, fk)
			}
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
	deps = append(deps, refKeys(b.current.Table(fk.RefSchema, fk.RefTable), fk.RefColumns)...)
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
	req = append(req, refKeys(b.desired.Table(fk.RefSchema, fk.RefTable), fk.RefColumns)...)
	// PostgreSQL binds a foreign key to the first unique index on the
	// referenced columns; the keys it could bind to now must be gone
	// first when the plan drops them (another key on those columns stays).
	gone := refKeys(b.current.Table(fk.RefSchema, fk.RefTable), fk.RefColumns)
	qt, qn := t.QualifiedName(), models.QuoteIdent(fk.Name)
	sql := fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", qt, qn, foreignKeyDefinition(fk))
	if newTable {
		b.emit(c, &Statement{SQL: sql + ";", creates: []string{constraintKey(t.Schema, t.Name, fk.Name)}, requires: req, afterDrops: gone, loose: true})
		return
	}
	if t.Partition != nil {
		// PostgreSQL refuses NOT VALID foreign keys on partitioned tables.
		b.emit(c, &Statement{SQL: sql + ";", creates: []string{constraintKey(t.Schema, t.Name, fk.Name)}, requires: req, afterDrops: gone, loose: true,
			Hazards: []Hazard{{HazardTableScan, fmt.Sprintf("every partition of %s is scanned to validate foreign key %s while the statement holds its locks (a partitioned table takes no NOT VALID foreign key)",
				displayName(t.Schema, t.Name), fk.Name)}}})
		return
	}
	add := b.emit(c, &Statement{SQL: sql + " NOT VALID;", creates: []string{constraintKey(t.Schema, t.Name, fk.Name)}, requires: req, afterDrops: gone, loose: true})
	b.validate(c, t, fk.Name, add, Hazard{HazardTableScan, fmt.Sprintf(
		"%s is scanned to validate foreign key %s in its own autocommit step after the NOT VALID constraint is committed, "+
			"under a SHARE UPDATE EXCLUSIVE lock (ROW SHARE on %s): reads and writes continue; a row without a match fails that step and apply reruns it once the row is fixed",
		displayName(t.Schema, t.Name), fk.Name, displayName(fk.RefSchema, fk.RefTable))})
}
