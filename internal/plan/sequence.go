package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Standalone sequences (models.Sequence). A sequence is created before
// the tables whose defaults call nextval on it and dropped after them;
// its owner (OWNED BY) is set by a statement of its own after the owning
// column exists, so that a table may both use and own its sequence.
// Whether a default uses a sequence is read from its text: the sequence's
// name in it orders the statements, which costs nothing when it is a
// coincidence.

func sequenceKey(schema, name string) string { return key("sequence", schema, name) }

func sequenceAddress(q *models.Sequence) string { return addressOf(KindSequence, q.Schema, q.Name) }

// diffSequences runs after the tables are diffed: it orders their
// statements against the sequences' creation and drop.
func (b *builder) diffSequences() {
	for _, s := range b.desired.Schemas {
		for _, q := range s.Sequences {
			if cur := b.current.Sequence(q.Schema, q.Name); cur == nil {
				b.createSequence(q)
			} else {
				b.alterSequence(cur, q)
			}
		}
	}
	for _, s := range b.current.Schemas {
		for _, q := range s.Sequences {
			if b.desired.Sequence(q.Schema, q.Name) == nil {
				b.dropSequence(q)
			}
		}
	}
}

func (b *builder) createSequence(q *models.Sequence) {
	c := b.change(KindSequence, sequenceAddress(q), b.createAction(models.ImportSequence, q.Schema, q.Name))
	c.Items = append(c.Items, created("sequence "+displayName(q.Schema, q.Name), q.Options()))
	k := sequenceKey(q.Schema, q.Name)
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("CREATE SEQUENCE %s %s;", q.QualifiedName(), q.Options()),
		creates:  []string{k},
		requires: []string{schemaKey(q.Schema)},
	})
	b.usedBy(q, b.desired, func(s *Statement) { s.requires = append(s.requires, k) })
	if q.OwnedBy != nil {
		b.setOwner(c, q)
	}
	if q.Comment != "" {
		b.sequenceComment(c, q)
	}
}

// usedBy calls f with every statement that creates or changes a table of
// realm whose column defaults name q.
func (b *builder) usedBy(q *models.Sequence, realm *models.Realm, f func(*Statement)) {
	var keys []string
	for _, t := range realm.Tables() {
		for _, col := range t.Columns {
			if callsSequence(col.Default, q.Name) {
				keys = append(keys, tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name))
				break
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	for _, s := range b.g.stmts {
		for _, k := range append(slices.Clone(s.creates), s.drops...) {
			if slices.Contains(keys, k) {
				f(s)
				break
			}
		}
	}
}

func (b *builder) setOwner(c *Change, q *models.Sequence) {
	owner := "NONE"
	var requires []string
	if q.OwnedBy != nil {
		owner = models.QualifiedName(q.Schema, q.OwnedBy.Table) + "." + models.QuoteIdent(q.OwnedBy.Column)
		requires = []string{columnsKey(q.Schema, q.OwnedBy.Table)}
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER SEQUENCE %s OWNED BY %s;", q.QualifiedName(), owner),
		requires: append(requires, sequenceKey(q.Schema, q.Name)),
	})
}

func (b *builder) sequenceComment(c *Change, q *models.Sequence) {
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("COMMENT ON SEQUENCE %s IS %s;", q.QualifiedName(), commentLiteral(q.Comment)),
		requires: []string{sequenceKey(q.Schema, q.Name)},
	})
}

// alterSequence changes a sequence in place. A new start is START WITH,
// which RESTART would go back to but which leaves the next value alone.
func (b *builder) alterSequence(cur, q *models.Sequence) {
	var clauses []string
	var items []Item
	obj := "sequence " + displayName(q.Schema, q.Name)
	num := func(attr string, o, n int64, clause string) {
		if o != n {
			items = append(items, updated(obj, attr, fmt.Sprint(o), fmt.Sprint(n)))
			clauses = append(clauses, clause)
		}
	}
	if cur.Type != q.Type {
		items = append(items, updated(obj, "type", cur.Type, q.Type))
		clauses = append(clauses, "AS "+q.Type)
	}
	num("increment", cur.IncrementValue(), q.IncrementValue(), fmt.Sprintf("INCREMENT BY %d", q.IncrementValue()))
	num("min_value", cur.MinValueOf(), q.MinValueOf(), boundClause("MINVALUE", q.MinValue))
	num("max_value", cur.MaxValueOf(), q.MaxValueOf(), boundClause("MAXVALUE", q.MaxValue))
	num("start", cur.StartValue(), q.StartValue(), fmt.Sprintf("START WITH %d", q.StartValue()))
	num("cache", cur.CacheValue(), q.CacheValue(), fmt.Sprintf("CACHE %d", q.CacheValue()))
	if cur.Cycle != q.Cycle {
		items = append(items, updated(obj, "cycle", fmt.Sprint(cur.Cycle), fmt.Sprint(q.Cycle)))
		clauses = append(clauses, map[bool]string{true: "CYCLE", false: "NO CYCLE"}[q.Cycle])
	}
	owner := !equalOwner(cur.OwnedBy, q.OwnedBy)
	if owner {
		items = append(items, updated(obj, "owner", ownerText(cur.OwnedBy), ownerText(q.OwnedBy)))
	}
	comment := cur.Comment != q.Comment
	if comment {
		items = append(items, updated(obj, "comment", commentText(cur.Comment), commentText(q.Comment)))
	}
	if len(items) == 0 {
		return
	}
	c := b.change(KindSequence, sequenceAddress(q), ActionUpdate)
	c.Items = append(c.Items, items...)
	if len(clauses) > 0 {
		b.emit(c, &Statement{
			SQL:      alterSequenceSQL(cur, q, clauses),
			requires: []string{sequenceKey(q.Schema, q.Name)},
		})
	}
	if owner {
		b.releaseOwner(c, cur)
		b.setOwner(c, q)
	}
	if comment {
		b.sequenceComment(c, q)
	}
}

// alterSequenceSQL is the ALTER SEQUENCE of clauses. When the change
// moves the bound the sequence starts from past where it may stand (a
// higher MINVALUE for an ascending one, a lower MAXVALUE for a
// descending one: a sequence never used stands at its old start),
// PostgreSQL refuses the bound unless the sequence restarts, so a
// sequence that stands before the new bound restarts at its start, ahead
// of every value it gave; one that is past it is altered as it is.
func alterSequenceSQL(cur, q *models.Sequence, clauses []string) string {
	alter := fmt.Sprintf("ALTER SEQUENCE %s %s", q.QualifiedName(), strings.Join(clauses, " "))
	var behind string
	switch {
	case q.IncrementValue() > 0 && q.MinValueOf() > cur.MinValueOf():
		behind = fmt.Sprintf("last_value < %d", q.MinValueOf())
	case q.IncrementValue() < 0 && q.MaxValueOf() < cur.MaxValueOf():
		behind = fmt.Sprintf("last_value > %d", q.MaxValueOf())
	default:
		return alter + ";"
	}
	return doBlock(fmt.Sprintf("IF (SELECT %s FROM %s) THEN EXECUTE %s; ELSE EXECUTE %s; END IF;",
		behind, q.QualifiedName(), models.QuoteLiteral(alter+" RESTART"), models.QuoteLiteral(alter)))
}

// releaseOwner sets a sequence that keeps living free of its owning
// column before this plan drops that column or its table, which would
// drop the sequence with it.
func (b *builder) releaseOwner(c *Change, cur *models.Sequence) {
	o := cur.OwnedBy
	if o == nil {
		return
	}
	if t := b.desired.Table(cur.Schema, o.Table); t != nil && t.Column(o.Column) != nil {
		return
	}
	release := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER SEQUENCE %s OWNED BY NONE;", cur.QualifiedName()),
		requires: []string{sequenceKey(cur.Schema, cur.Name)},
	})
	for _, s := range b.g.stmts {
		if slices.Contains(s.drops, columnsKey(cur.Schema, o.Table)) || slices.Contains(s.drops, tableKey(cur.Schema, o.Table)) {
			s.after = append(s.after, release)
		}
	}
}

func boundClause(word string, v *int64) string {
	if v == nil {
		return "NO " + word
	}
	return fmt.Sprintf("%s %d", word, *v)
}

func equalOwner(a, b *models.SequenceOwner) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func ownerText(o *models.SequenceOwner) string {
	if o == nil {
		return "(none)"
	}
	return o.Table + "." + o.Column
}

// dropSequence drops a sequence after the tables and defaults that use
// it. One whose owning column goes in this plan goes with it: the DROP
// says IF EXISTS.
func (b *builder) dropSequence(q *models.Sequence) {
	addr := sequenceAddress(q)
	c := b.change(KindSequence, addr, ActionDelete)
	c.markDestroy(addr)
	k := sequenceKey(q.Schema, q.Name)
	ifExists := ""
	if o := q.OwnedBy; o != nil {
		if t := b.desired.Table(q.Schema, o.Table); t == nil || t.Column(o.Column) == nil {
			ifExists = "IF EXISTS "
		}
	}
	b.usedBy(q, b.current, func(s *Statement) { s.dropDeps = append(s.dropDeps, k) })
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP SEQUENCE %s%s;", ifExists, q.QualifiedName()),
		drops:    []string{k},
		dropDeps: []string{schemaKey(q.Schema)},
		Hazards:  []Hazard{{HazardDataLoss, fmt.Sprintf("sequence %s is dropped: the next value it would have given is forgotten", displayName(q.Schema, q.Name))}},
	})
	if q.OwnedBy != nil && ifExists != "" {
		// The owning column's drop takes the sequence with it: run it
		// first, so that IF EXISTS finds nothing left to do.
		for _, s := range b.g.stmts {
			if slices.Contains(s.drops, columnsKey(q.Schema, q.OwnedBy.Table)) {
				s.dropDeps = append(s.dropDeps, k)
			}
		}
	}
}

// callsSequence reports whether a default may call nextval (or currval,
// setval) on the sequence name: it names a sequence function and holds
// the name. A coincidence costs an ordering edge, nothing more.
func callsSequence(def, name string) bool {
	lower := strings.ToLower(def)
	if !strings.Contains(lower, "nextval") && !strings.Contains(lower, "currval") && !strings.Contains(lower, "setval") {
		return false
	}
	// As written or quoted, each as is, inside a string literal ('
	// doubled) and inside an E'' literal (\ doubled too).
	for _, n := range []string{name, models.QuoteIdent(name)} {
		inString := strings.ReplaceAll(n, "'", "''")
		if strings.Contains(def, n) || strings.Contains(def, inString) || strings.Contains(def, strings.ReplaceAll(inString, `\`, `\\`)) {
			return true
		}
	}
	return false
}
