package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// A serial column's sequence is PostgreSQL's: made with the column and
// named by it (table_column_seq, renamed or not since). Statements that
// must name it ask pg_get_serial_sequence at run time, in a DO block,
// rather than guess the name.

// ownedSequenceDO is a DO block running format(command, the sequence of
// column col of t) with EXECUTE.
func ownedSequenceDO(t *models.Table, col, command string) string {
	return doBlock(fmt.Sprintf("EXECUTE format(%s, pg_get_serial_sequence(%s, %s));",
		models.QuoteLiteral(command), models.QuoteLiteral(t.QualifiedName()), models.QuoteLiteral(col)))
}

// doBlock is DO of the PL/pgSQL statements body, dollar-quoted with a
// tag body does not hold (a name may hold "$schemactl$").
func doBlock(body string) string {
	tag := "$schemactl$"
	for i := 1; strings.Contains(body, tag); i++ {
		tag = fmt.Sprintf("$schemactl%d$", i)
	}
	return fmt.Sprintf("DO %s BEGIN %s END %s;", tag, body, tag)
}

// unserial turns the live serial column old into a plain one: its
// default goes, then its sequence (which the default used). The declared
// default, if any, is set afterwards by the default diff, which sees none
// on the live side.
func (b *builder) unserial(c *Change, t *models.Table, old *models.Column) {
	name := displayName(t.Schema, t.Name)
	c.Items = append(c.Items, Item{Action: ActionDelete, Object: "column " + old.Name, Attribute: "serial", Old: "its default and sequence"})
	c.markDestroy(fmt.Sprintf("the sequence of column %s.%s", name, old.Name))
	drop := b.alterStatement(c, t, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT;", t.QualifiedName(), models.QuoteIdent(old.Name)))
	b.emit(c, &Statement{
		SQL:      ownedSequenceDO(t, old.Name, "DROP SEQUENCE %s"),
		requires: []string{tableKey(t.Schema, t.Name)},
		after:    []*Statement{drop},
		Hazards:  []Hazard{{HazardDataLoss, fmt.Sprintf("the sequence of %s.%s is dropped: the next value it would have given is forgotten", name, old.Name)}},
	})
}

// makeSerial gives the live column old of t a sequence of its own and
// makes it the default, as serial would have: started past the largest
// value, in the same transaction, so the next insert does not collide.
func (b *builder) makeSerial(c *Change, t *models.Table, col *models.Column) {
	seq := models.QualifiedName(t.Schema, models.DefaultConstraintName(t.Name, []string{col.Name}, "seq"))
	qt, qc := t.QualifiedName(), models.QuoteIdent(col.Name)
	c.Items = append(c.Items, Item{Action: ActionCreate, Object: "column " + col.Name, Attribute: "serial", New: models.SerialTypeName(col.Type) + " (a sequence of its own as default)"})
	create := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("CREATE SEQUENCE %s AS %s OWNED BY %s.%s;", seq, col.Type.SQL(), qt, qc),
		requires: []string{tableKey(t.Schema, t.Name)},
	})
	set := b.alterStatement(c, t, fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT nextval(%s::regclass);", qt, qc, models.QuoteLiteral(seq)))
	set.after = []*Statement{create}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("SELECT setval(%s, coalesce(max(%s), 0) + 1, false) FROM %s;", models.QuoteLiteral(seq), qc, qt),
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
		after:    []*Statement{set},
	})
}

// retypeSerial follows a serial column's new integer type with its
// sequence's, whose bounds would otherwise stay those of the old type.
func (b *builder) retypeSerial(c *Change, t *models.Table, col *models.Column) {
	b.emit(c, &Statement{
		SQL:      ownedSequenceDO(t, col.Name, "ALTER SEQUENCE %s AS "+col.Type.SQL()),
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
	})
}

// diffSerial handles a column that stops or starts being serial, or
// stays serial with another integer type. before runs first in
// alterColumn, after last.
func (b *builder) diffSerialBefore(c *Change, t *models.Table, old, col *models.Column) {
	if old.Serial && !col.Serial {
		b.unserial(c, t, old)
	}
}

func (b *builder) diffSerialAfter(c *Change, t *models.Table, old, col *models.Column) {
	switch {
	case !old.Serial && col.Serial:
		b.makeSerial(c, t, col)
	case old.Serial && col.Serial && !old.Type.Equal(col.Type):
		b.retypeSerial(c, t, col)
	}
}
