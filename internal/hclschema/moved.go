package hclschema

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// Moved blocks, Terraform's: moved { from = table.t.column.old  to =
// table.t.column.new } says that what the HCL declares as to was called
// from, so a plan renames it instead of dropping one and creating the
// other. They are decoded last, once every table's columns, constraints
// and indexes are declared: to must name one of them, from none.

var movedSpec = bodySpec{
	what:  "a moved block",
	attrs: []attrSpec{{name: "from", required: true}, {name: "to", required: true}},
}

// movedKinds are the kinds of object a moved block may rename, by the
// name a reference gives them after table.NAME.
var movedKinds = []string{models.MoveColumn, models.MoveIndex, models.MoveCheck, models.MoveUnique,
	models.MoveForeignKey, models.MovePrimaryKey}

// moveRef is one end of a moved block: a table (names are NAME or
// SCHEMA, NAME) or an object of a kind on it.
type moveRef struct {
	ref
	kind   string   // models.Move constants
	names  []string // the table: [NAME] or [SCHEMA, NAME]
	object string   // the object's name; empty for a table
}

// key identifies the reference for matching the ends of moved blocks
// with each other: the schema is left out, since one end may give it and
// the other not, and an object's table is named by its new name when a
// moved block renames it (renamed maps old table names to new ones).
func (r moveRef) key(renamed map[string]string) string {
	table := r.names[len(r.names)-1]
	if n, ok := renamed[table]; ok && r.kind != models.MoveTable {
		table = n
	}
	return strings.Join([]string{r.kind, table, r.object}, "\x00")
}

// movedDecl is a moved block with both ends read.
type movedDecl struct {
	block          *hclsyntax.Block
	from, to       moveRef
	fromKey, toKey string
}

// decodeMoved reads every moved block and adds the moves to the realm.
// Chains (a to b, b to c) are followed to the declared end: each old name
// gets its own move to it.
func (l *loader) decodeMoved(blocks []*hclsyntax.Block) {
	var read []*movedDecl
	renamed := map[string]string{}
	for _, b := range blocks {
		if d, ok := l.readMoved(b); ok {
			read = append(read, d)
			if d.to.kind == models.MoveTable {
				renamed[d.from.names[len(d.from.names)-1]] = d.to.names[len(d.to.names)-1]
			}
		}
	}
	var decls []*movedDecl
	byFrom := map[string]*movedDecl{}
	byTo := map[string]*movedDecl{}
	for _, d := range read {
		d.fromKey, d.toKey = d.from.key(renamed), d.to.key(renamed)
		if prev := byFrom[d.fromKey]; prev != nil {
			l.add(errorf(d.from.rng, "Ambiguous move statements",
				"%s is already moved to %s by the moved block at %s; an object can move to one place only.",
				d.from.ref, prev.to.ref, rangeText(blockHeader(prev.block))))
			continue
		}
		if prev := byTo[d.toKey]; prev != nil {
			l.add(errorf(d.to.rng, "Ambiguous move statements",
				"%s is already the destination of the moved block at %s (from %s); two objects cannot both become one.",
				d.to.ref, rangeText(blockHeader(prev.block)), prev.from.ref))
			continue
		}
		if d.fromKey == d.toKey {
			l.add(errorf(d.from.rng, "Redundant moved block", "from and to both name %s: nothing moves.", d.to.ref))
			continue
		}
		byFrom[d.fromKey], byTo[d.toKey] = d, d
		decls = append(decls, d)
	}
	var tableMoves []models.Move
	cyclic := map[*movedDecl]bool{}
	for _, d := range decls {
		if d.to.kind == models.MoveTable {
			if m, ok := l.resolveMove(d, byFrom, nil, cyclic); ok {
				tableMoves = append(tableMoves, m)
				l.realm.Moves = append(l.realm.Moves, m)
			}
		}
	}
	for _, d := range decls {
		if d.to.kind != models.MoveTable {
			if m, ok := l.resolveMove(d, byFrom, tableMoves, cyclic); ok {
				l.realm.Moves = append(l.realm.Moves, m)
			}
		}
	}
}

// readMoved reads the two ends of a moved block and checks that they
// name the same kind of object.
func (l *loader) readMoved(b *hclsyntax.Block) (*movedDecl, bool) {
	c, diags := bodyContent(b.Body, movedSpec, blockHeader(b))
	l.add(diags...)
	fromAttr, toAttr := c.attr("from"), c.attr("to")
	if fromAttr == nil || toAttr == nil {
		return nil, false
	}
	from, fromOK := l.moveRef(fromAttr.Expr, "from")
	to, toOK := l.moveRef(toAttr.Expr, "to")
	if !fromOK || !toOK {
		return nil, false
	}
	if from.kind != to.kind {
		l.add(errorf(from.rng, "Moved object kinds differ",
			"A moved block renames an object; it cannot make %s (%s) into %s (%s).",
			from.ref, kindText(from.kind), to.ref, kindText(to.kind)))
		return nil, false
	}
	return &movedDecl{block: b, from: from, to: to}, true
}

// moveRef reads one end of a moved block: table.NAME, table.SCHEMA.NAME,
// or either followed by .KIND.NAME for a column, index or constraint.
func (l *loader) moveRef(expr hclsyntax.Expression, what string) (moveRef, bool) {
	r, ok, d := reference(expr, what)
	l.add(d...)
	if !ok {
		return moveRef{}, false
	}
	p := r.parts
	if p[0] == "table" {
		switch len(p) {
		case 2, 3:
			return moveRef{ref: r, kind: models.MoveTable, names: p[1:]}, true
		case 4, 5:
			kind := p[len(p)-2]
			if slices.Contains(movedKinds, kind) {
				return moveRef{ref: r, kind: kind, names: p[1 : len(p)-2], object: p[len(p)-1]}, true
			}
		}
	}
	l.add(errorf(r.rng, "Invalid moved block",
		"The %s of a moved block is a table or an object on one: table.NAME (or table.SCHEMA.NAME), or table.NAME.KIND.NAME where KIND is one of %s; not %s.",
		what, strings.Join(movedKinds, ", "), r))
	return moveRef{}, false
}

// kindText is a move kind as prose: "foreign key", "primary key".
func kindText(kind string) string { return strings.ReplaceAll(kind, "_", " ") }

// resolveMove follows d's destination through chains to the declared
// object and checks both ends: the destination must be declared, the
// source must not be, and both must be on one table (or the source on
// the table's old name, by one of tableMoves). Errors are reported; a
// cycle once, for the first of its blocks (cyclic holds the others).
func (l *loader) resolveMove(d *movedDecl, byFrom map[string]*movedDecl, tableMoves []models.Move, cyclic map[*movedDecl]bool) (models.Move, bool) {
	if cyclic[d] {
		return models.Move{}, false
	}
	to, toKey := d.to, d.toKey
	seen := map[*movedDecl]bool{d: true}
	for {
		next := byFrom[toKey]
		if next == nil || l.declaredTarget(to) {
			break
		}
		if seen[next] {
			for c := range seen {
				cyclic[c] = true
			}
			l.add(errorf(d.to.rng, "Cyclic move statements",
				"The moved blocks from %s lead back to it without reaching a declared object.", d.from.ref))
			return models.Move{}, false
		}
		seen[next] = true
		to, toKey = next.to, next.toKey
	}
	td, ok := l.tableRef(to.names, to.rng, "")
	if !ok {
		return models.Move{}, false
	}
	if to.kind != models.MoveTable && !l.declaresObject(td, to.kind, to.object) {
		hint := ""
		if l.declaresObject(td, d.from.kind, d.from.object) {
			hint = fmt.Sprintf(" It still declares %q: rename that block to %q.", d.from.object, to.object)
		}
		l.add(errorf(to.rng, "Moved object not declared",
			"Table %s.%s declares no %s named %q: the to of a moved block is the object's new name, declared in the HCL.%s",
			td.table.Schema, td.table.Name, kindText(to.kind), to.object, hint))
		return models.Move{}, false
	}
	fromName := d.from.object
	if d.from.kind == models.MoveTable {
		fromName = d.from.names[len(d.from.names)-1]
	}
	// The old name goes into a RENAME statement: it is checked as the
	// declared names are.
	if !l.identifier(fromName, d.from.rng, "the from of a moved block") {
		return models.Move{}, false
	}
	m := models.Move{Kind: to.kind, Schema: td.table.Schema, Source: rangeText(blockHeader(d.block))}
	m.From, m.To = fromName, td.table.Name
	if to.kind != models.MoveTable {
		m.Table, m.To = td.table.Name, to.object
	}
	if !l.checkMoveSource(d.from, td, tableMoves) {
		return models.Move{}, false
	}
	return m, true
}

// declaredTarget reports whether the destination r names a declared
// object; no diagnostics.
func (l *loader) declaredTarget(r moveRef) bool {
	td := l.lookupTable(r.names)
	if td == nil {
		return false
	}
	return r.kind == models.MoveTable || l.declaresObject(td, r.kind, r.object)
}

// lookupTable is the declared table names ([NAME] or [SCHEMA, NAME])
// resolve to, or nil; no diagnostics.
func (l *loader) lookupTable(names []string) *tableDecl {
	if len(names) == 2 {
		return l.tables[qname{names[0], names[1]}]
	}
	if found := l.tablesByName[names[0]]; len(found) == 1 {
		return found[0]
	}
	return nil
}

// declaresObject reports whether table td declares an object of kind
// named name.
func (l *loader) declaresObject(td *tableDecl, kind, name string) bool {
	t := td.table
	switch kind {
	case models.MoveColumn:
		return t.Column(name) != nil
	case models.MoveIndex:
		return t.Index(name) != nil
	case models.MoveCheck:
		return t.Check(name) != nil
	case models.MoveUnique:
		return t.Unique(name) != nil
	case models.MoveForeignKey:
		return t.ForeignKey(name) != nil
	case models.MovePrimaryKey:
		return t.PrimaryKey != nil && t.PrimaryKey.Name == name
	}
	return false
}

// checkMoveSource checks the from of a move whose destination is on (or
// is) the declared table td: it is no longer declared, and it is in td's
// schema and, for an object, on td (by its name or its old one).
func (l *loader) checkMoveSource(from moveRef, td *tableDecl, tableMoves []models.Move) bool {
	t := td.table
	if len(from.names) == 2 && from.names[0] != t.Schema {
		l.add(errorf(from.rng, "Invalid moved block",
			"%s is in schema %q and its destination in %q: a moved block renames within a schema (moving a table to another schema is not supported).",
			from.ref, from.names[0], t.Schema))
		return false
	}
	name := from.names[len(from.names)-1]
	if from.kind == models.MoveTable {
		if prev := l.tables[qname{t.Schema, name}]; prev != nil {
			l.add(errorf(from.rng, "Moved object still declared",
				"Table %s.%s is still declared, at %s: the from of a moved block is the old name, which the HCL no longer declares. Remove the declaration or the moved block.",
				t.Schema, name, rangeText(blockHeader(prev.block))))
			return false
		}
		return true
	}
	onTable := name == t.Name || slices.ContainsFunc(tableMoves, func(m models.Move) bool {
		return m.Schema == t.Schema && m.From == name && m.To == t.Name
	})
	if !onTable {
		l.add(errorf(from.rng, "Invalid moved block",
			"%s is on table %s and its destination on %s.%s: a moved block renames an object within its table.",
			from.ref, name, t.Schema, t.Name))
		return false
	}
	if l.declaresObject(td, from.kind, from.object) {
		l.add(errorf(from.rng, "Moved object still declared",
			"Table %s.%s still declares the %s %q: the from of a moved block is the old name, which the HCL no longer declares. Remove the declaration or the moved block.",
			t.Schema, t.Name, kindText(from.kind), from.object))
		return false
	}
	return true
}
