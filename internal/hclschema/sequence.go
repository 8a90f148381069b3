package hclschema

import (
	"math"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// sequenceSpec is Atlas's sequence block. owned_by is read as a synonym
// of Atlas's owner.
var sequenceSpec = bodySpec{
	what: "a sequence block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "type"}, {name: "start"}, {name: "increment"},
		{name: "min_value"}, {name: "max_value"}, {name: "cache"}, {name: "cycle"}, {name: "owner"}, {name: "owned_by"},
		{name: "comment"}},
	hints: map[string]string{
		"minvalue":     "The lower bound is min_value.",
		"maxvalue":     "The upper bound is max_value.",
		"as":           "The sequence's integer type is type = smallint | integer | bigint.",
		"restart":      "A sequence is declared with its start; schemactl never restarts one.",
		"owned":        "The owning column is owner = table.NAME.column.NAME.",
		"increment_by": "The step is increment.",
	},
}

// decodeSequence reads a sequence block: a standalone sequence, created
// before the tables (whose defaults may call nextval on it).
func (l *loader) decodeSequence(b *hclsyntax.Block) {
	name := b.Labels[0]
	l.identifier(name, b.LabelRanges[0], "a sequence")
	c, diags := bodyContent(b.Body, sequenceSpec, blockHeader(b))
	l.add(diags...)
	a := c.attr("schema")
	if a == nil {
		return
	}
	s, ok := l.schemaRef(a)
	if !ok {
		return
	}
	q := &models.Sequence{Schema: s.Name, Name: name, Type: "bigint"}
	if a := c.attr("type"); a != nil {
		ty, _, d := l.decodeType(a.Expr, s.Name)
		l.add(d...)
		switch {
		case d.HasErrors():
		case ty.Array || len(ty.Modifiers) > 0 || !isIntegerType(ty.Name):
			l.add(errorf(a.Expr.Range(), "Invalid sequence type", "Sequence %q has type %s; a sequence is smallint, integer or bigint.", name, ty))
		default:
			q.Type = ty.Name
		}
	}
	l.sequenceNumbers(q, c)
	if a := c.attr("cycle"); a != nil {
		v, _, d := boolValue(a.Expr, "cycle")
		l.add(d...)
		q.Cycle = v
	}
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		q.Comment = v
	}
	l.sequenceOwner(q, c)
	if s.Sequence(name) != nil {
		l.add(errorf(b.LabelRanges[0], "Duplicate sequence", "A sequence named %q is already declared in schema %q.", name, s.Name))
		return
	}
	s.Sequences = append(s.Sequences, q)
	l.names = append(l.names, nameEntry{schema: s.Name, name: name, kind: "sequence", space: spaceRelation, rng: b.LabelRanges[0]})
}

// sequenceNumbers reads start, increment, min_value, max_value and
// cache, and checks them as CREATE SEQUENCE would, so that a mistake is
// a diagnostic at its line rather than a failed migration.
func (l *loader) sequenceNumbers(q *models.Sequence, c content) {
	num := func(name string) (int64, *hclsyntax.Attribute, bool) {
		a := c.attr(name)
		if a == nil {
			return 0, nil, false
		}
		v, ok, d := intValue(a.Expr, name, math.MinInt64, math.MaxInt64)
		l.add(d...)
		return int64(v), a, ok
	}
	if v, a, ok := num("increment"); ok {
		if v == 0 {
			l.add(errorf(a.Expr.Range(), "Invalid number", "The value of increment cannot be 0: a sequence must move."))
		} else {
			q.Increment = v
		}
	}
	if v, a, ok := num("cache"); ok {
		if v < 1 {
			l.add(errorf(a.Expr.Range(), "Invalid number", "The value of cache must be at least 1."))
		} else {
			q.Cache = v
		}
	}
	if v, _, ok := num("min_value"); ok {
		q.MinValue = models.Int64(v)
	}
	if v, _, ok := num("max_value"); ok {
		q.MaxValue = models.Int64(v)
	}
	if v, _, ok := num("start"); ok {
		q.Start = models.Int64(v)
	}
	lo, hi := q.MinValueOf(), q.MaxValueOf()
	if tl, th := integerRange(q.Type); lo < tl || hi > th {
		l.add(errorf(c.rangeOf("min_value", "max_value"), "Invalid sequence bounds", "Sequence %q: min_value %d and max_value %d must be within the range of %s.", q.Name, lo, hi, q.Type))
		return
	}
	if lo >= hi {
		l.add(errorf(c.rangeOf("min_value", "max_value"), "Invalid sequence bounds", "Sequence %q: min_value %d must be less than max_value %d.", q.Name, lo, hi))
		return
	}
	if st := q.StartValue(); st < lo || st > hi {
		l.add(errorf(c.rangeOf("start", "min_value", "max_value"), "Invalid sequence start", "Sequence %q: start %d must be between min_value %d and max_value %d.", q.Name, st, lo, hi))
	}
}

// integerRange is the range of an integer type.
func integerRange(name string) (int64, int64) {
	switch name {
	case "smallint":
		return math.MinInt16, math.MaxInt16
	case "integer":
		return math.MinInt32, math.MaxInt32
	}
	return math.MinInt64, math.MaxInt64
}

// sequenceOwner reads owner (or owned_by) = table.NAME.column.NAME: a
// column of a table of the sequence's schema, as PostgreSQL requires.
func (l *loader) sequenceOwner(q *models.Sequence, c content) {
	a := c.attr("owner")
	if a == nil {
		a = c.attr("owned_by")
	} else if o := c.attr("owned_by"); o != nil {
		l.add(errorf(o.NameRange, "Duplicate owner", "Sequence %q gives its owner twice: owner and owned_by are one attribute.", q.Name))
	}
	if a == nil {
		return
	}
	r, ok, d := reference(a.Expr, a.Name)
	l.add(d...)
	if !ok {
		return
	}
	n := len(r.parts)
	if n < 4 || n > 5 || r.parts[0] != "table" || r.parts[n-2] != "column" {
		l.add(errorf(r.rng, "Invalid reference", "The owner of a sequence is a column: table.NAME.column.NAME (or table.SCHEMA.NAME.column.NAME)."))
		return
	}
	td, found := l.tableRef(r.parts[1:n-2], r.rng, q.Schema)
	if !found {
		return
	}
	col := r.parts[n-1]
	switch {
	case td.table.Schema != q.Schema:
		l.add(errorf(r.rng, "Invalid sequence owner", "Sequence %q is in schema %q, but table %q is in schema %q: PostgreSQL requires the owning table in the sequence's schema.", q.Name, q.Schema, td.table.Name, td.table.Schema))
	case td.table.Column(col) == nil:
		l.add(errorf(r.rng, "Reference to undeclared column", "Table %q has no column named %q.", td.table.Name, col))
	default:
		q.OwnedBy = &models.SequenceOwner{Table: td.table.Name, Column: col}
	}
}

// rangeOf is the range of the first of the attributes that is set, else
// of the first attribute of the body.
func (c content) rangeOf(names ...string) hcl.Range {
	for _, n := range names {
		if a := c.attr(n); a != nil {
			return a.Expr.Range()
		}
	}
	if len(c.attrs) > 0 {
		return c.attrs[0].SrcRange
	}
	return hcl.Range{}
}

// importSequence resolves the to of an import block naming a sequence:
// sequence.NAME (the one sequence of that name) or sequence.SCHEMA.NAME.
func (l *loader) importSequence(names []string, r ref) (models.Import, bool) {
	var found []*models.Sequence
	for _, s := range l.realm.Schemas {
		if len(names) == 2 && s.Name != names[0] {
			continue
		}
		if q := s.Sequence(names[len(names)-1]); q != nil {
			found = append(found, q)
		}
	}
	switch len(found) {
	case 1:
		return models.Import{Kind: models.ImportSequence, Schema: found[0].Schema, Name: found[0].Name}, true
	case 0:
		l.add(errorf(r.rng, "Reference to undeclared sequence", "No sequence %s is declared.", r))
	default:
		l.add(errorf(r.rng, "Ambiguous sequence reference", "Sequences named %q exist in several schemas; write sequence.SCHEMA.%s.", names[0], names[0]))
	}
	return models.Import{}, false
}
