package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// dropUndeclared drops what the catalog found on the managed table cur
// that the schema language cannot declare (triggers, rules): a managed table owns everything on it (docs/hcl.md,
// "What a declaration manages"), so
// an undeclared object is drift and a destroy. Before the columns change,
// since a trigger or rule may name them.
func (b *builder) dropUndeclared(c *Change, cur, t *models.Table) {
	for _, o := range cur.Objects {
		if declaresObject(t, o) {
			continue
		}
		name := displayName(t.Schema, t.Name)
		c.Items = append(c.Items, dropped(o.Kind+" "+o.Name, "(not declared: "+o.Definition+")"))
		c.markDestroy(fmt.Sprintf("%s %s on table %s", o.Kind, o.Name, name))
		b.emit(c, &Statement{
			SQL:      dropObjectSQL(t, o),
			dropDeps: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
			Hazards: []Hazard{{HazardUndeclaredDropped, fmt.Sprintf(
				"%s %s on %s is not declared in the HCL, which cannot declare %s yet: a managed table owns everything on it, so it is dropped", o.Kind, o.Name, name, article(o.Kind))}},
		})
	}
}

func declaresObject(t *models.Table, o *models.TableObject) bool {
	for _, d := range t.Objects {
		if d.Kind == o.Kind && d.Name == o.Name && d.Definition == o.Definition {
			return true
		}
	}
	return false
}

func dropObjectSQL(t *models.Table, o *models.TableObject) string {
	switch o.Kind {
	case models.ObjectTrigger:
		return fmt.Sprintf("DROP TRIGGER %s ON %s;", models.QuoteIdent(o.Name), t.QualifiedName())
	case models.ObjectRule:
		return fmt.Sprintf("DROP RULE %s ON %s;", models.QuoteIdent(o.Name), t.QualifiedName())
	}
	return fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(o.Name))
}

// noteUnresolved records what the live table cur has that its
// declaration t has not and no statement can change: the model cannot
// hold it, so the plan must say so rather than call the tables equal.
func (b *builder) noteUnresolved(cur, t *models.Table) {
	for _, a := range cur.Unmodeled {
		if declaresAttribute(t, a) {
			continue
		}
		b.unresolved = append(b.unresolved, Unresolved{Address: tableAddress(t), Attribute: a})
	}
}

func declaresAttribute(t *models.Table, a models.Attribute) bool {
	for _, d := range t.Unmodeled {
		if d == a {
			return true
		}
	}
	return false
}

// article is a noun with "a" or "an" before it.
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
