package fuzzgen

import (
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Sequences of their own (sequence blocks), and column defaults that
// draw from them.

func addSequences(g *gen) {
	for range g.intn(3) {
		g.addSequence()
	}
}

func (g *gen) addSequence() *models.Sequence {
	s := pick(g, g.realm.Schemas)
	seq := &models.Sequence{Schema: s.Name, Name: g.names.name(g, "seq")}
	g.sequenceOptions(seq)
	s.Sequences = append(s.Sequences, seq)
	if t := g.someTable(); t != nil && g.chance(2) {
		// A column whose default draws from the sequence: the sequence
		// must exist before the table and outlive the default.
		t.Columns = append(t.Columns, &models.Column{Name: g.names.name(g, "c"), Type: models.Type{Name: "bigint"}, Nullable: true,
			Default: nextval(seq)})
	}
	return seq
}

// sequenceOptions draws a consistent set of options: bounds inside
// every type's range, the start inside the bounds.
func (g *gen) sequenceOptions(seq *models.Sequence) {
	*seq = models.Sequence{Schema: seq.Schema, Name: seq.Name, Comment: seq.Comment}
	seq.Type = pick(g, []string{"smallint", "integer", "bigint"})
	seq.Increment = pick(g, []int64{1, 1, 2, 10, -1})
	seq.Cache = pick(g, []int64{1, 1, 20})
	seq.Cycle = g.chance(5)
	if seq.Increment < 0 {
		if g.chance(2) {
			seq.Start = ptr(int64(-10))
		}
		return
	}
	if g.chance(2) {
		seq.MinValue = ptr(int64(5))
	}
	if g.chance(2) {
		seq.MaxValue = ptr(int64(30000))
	}
	if g.chance(2) {
		seq.Start = ptr(int64(5 + g.intn(100)))
	}
	if g.chance(4) {
		seq.Comment = g.comment()
	}
}

func ptr[T any](v T) *T { return &v }

// nextval is a column default drawing from seq, as the server prints it.
func nextval(seq *models.Sequence) string {
	return "nextval(" + models.QuoteLiteral(seq.QualifiedName()) + "::regclass)"
}

func (g *gen) someSequence() *models.Sequence {
	var out []*models.Sequence
	for _, s := range g.realm.Schemas {
		out = append(out, s.Sequences...)
	}
	if len(out) == 0 {
		return nil
	}
	return pick(g, out)
}

func mutAddSequence(g *gen) bool {
	g.addSequence()
	return true
}

func mutDropSequence(g *gen) bool {
	seq := g.someSequence()
	if seq == nil {
		return false
	}
	g.dropSequence(seq)
	return true
}

func mutSequenceOptions(g *gen) bool {
	seq := g.someSequence()
	if seq == nil {
		return false
	}
	before := *seq
	g.sequenceOptions(seq)
	if (before.Increment < 0) != (seq.Increment < 0) {
		// Turning a sequence round moves its bounds past its current
		// value, which ALTER SEQUENCE refuses without a RESTART that
		// schemactl does not write (it would hand out used values
		// again): the plan fails at apply, by design.
		*seq = before
		return false
	}
	return true
}

// dropSequence drops seq and the defaults drawing from it.
func (g *gen) dropSequence(seq *models.Sequence) {
	for _, t := range g.realm.Tables() {
		for _, c := range t.Columns {
			if strings.Contains(c.Default, nextval(seq)) {
				c.Default = ""
			}
		}
	}
	s := g.realm.Schema(seq.Schema)
	s.Sequences = slices.DeleteFunc(s.Sequences, func(x *models.Sequence) bool { return x == seq })
}
