package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// exclusionSummary is an exclusion constraint's definition for a plan's
// details, after its name.
func exclusionSummary(x *models.Exclusion) string {
	parts := make([]string, len(x.Elements))
	for i, e := range x.Elements {
		s := e.Column
		if e.Expr != "" {
			s = "(" + e.Expr + ")"
		}
		parts[i] = s + " WITH " + e.Op
	}
	s := "USING " + x.Method + " (" + strings.Join(parts, ", ") + ")"
	if x.Where != "" {
		s += " WHERE " + x.Where
	}
	return s
}

// exclusionExprs lists the expressions of an exclusion constraint.
func exclusionExprs(x *models.Exclusion) []string {
	out := []string{x.Where}
	for _, e := range x.Elements {
		out = append(out, e.Expr)
	}
	return out
}

// diffExclusions adds, replaces and drops exclusion constraints.
// PostgreSQL cannot alter one but for the storage parameters of its
// index (ALTER INDEX ... SET) and its comment: any other change drops it
// and adds it again.
func (b *builder) diffExclusions(c *Change, cur, t *models.Table) {
	for _, x := range t.Exclusions {
		old := cur.Exclusion(x.Name)
		if old != nil && old.SameDefinition(x) && !namesAny(b.enumConverted[tableKey(t.Schema, t.Name)], exclusionExprs(old)...) {
			b.alterIndexParameters(c, t, "exclusion constraint", x.Name, old.StorageParameters, x.StorageParameters)
			continue
		}
		if old != nil {
			b.dropExclusion(c, t, old, false)
		}
		b.addExclusion(c, t, x, old != nil)
	}
	for _, old := range cur.Exclusions {
		if t.Exclusion(old.Name) == nil {
			b.dropExclusion(c, t, old, true)
		}
	}
}

func (b *builder) dropExclusion(c *Change, t *models.Table, x *models.Exclusion, deleted bool) {
	if deleted {
		c.Items = append(c.Items, dropped("exclusion constraint "+x.Name, ""))
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s;", t.QualifiedName(), models.QuoteIdent(x.Name)),
		drops:    []string{constraintKey(t.Schema, t.Name, x.Name), indexKey(t.Schema, x.Name)},
		dropDeps: []string{columnsKey(t.Schema, t.Name)},
	})
}

// addExclusion adds an exclusion constraint to an existing table: its
// index is built, and every row checked, under an ACCESS EXCLUSIVE lock
// (an exclusion constraint cannot be added NOT VALID).
func (b *builder) addExclusion(c *Change, t *models.Table, x *models.Exclusion, replaced bool) {
	action := ActionCreate
	if replaced {
		action = ActionReplace
	}
	c.Items = append(c.Items, Item{Action: action, Object: "exclusion constraint " + x.Name, New: exclusionSummary(x)})
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s;", t.QualifiedName(), models.QuoteIdent(x.Name), ddl.Exclusion(x)),
		creates:  []string{constraintKey(t.Schema, t.Name, x.Name), indexKey(t.Schema, x.Name)},
		requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
		Hazards: []Hazard{{HazardIndexBuild, fmt.Sprintf(
			"the index of exclusion constraint %s is built on %s under an ACCESS EXCLUSIVE lock, blocking reads and writes; rows that conflict fail the statement",
			x.Name, displayName(t.Schema, t.Name))}},
	})
}

// alterIndexParameters changes the storage parameters of index name (of
// what: "index", "exclusion constraint") in place: SET what is new or changed, RESET what is gone. The index is not
// rebuilt; pages already written keep their old layout until it is.
func (b *builder) alterIndexParameters(c *Change, t *models.Table, what, name string, from, to []models.IndexParameter) {
	var set, reset []models.IndexParameter
	for _, p := range to {
		if v, ok := paramValue(from, p.Name); !ok || v != p.Value {
			set = append(set, p)
		}
	}
	for _, p := range from {
		if _, ok := paramValue(to, p.Name); !ok {
			reset = append(reset, p)
		}
	}
	qi := models.QualifiedName(t.Schema, name)
	req := []string{indexKey(t.Schema, name)}
	if len(set) > 0 {
		c.Items = append(c.Items, updated(what+" "+name, "storage parameters", paramText(from), paramText(to)))
		b.emit(c, &Statement{SQL: fmt.Sprintf("ALTER INDEX %s SET (%s);", qi, ddl.StorageParameters(set)), requires: req})
	}
	if len(reset) > 0 {
		if len(set) == 0 {
			c.Items = append(c.Items, updated(what+" "+name, "storage parameters", paramText(from), paramText(to)))
		}
		b.emit(c, &Statement{SQL: fmt.Sprintf("ALTER INDEX %s RESET (%s);", qi, ddl.ParameterNames(reset)), requires: req})
	}
}

func paramValue(ps []models.IndexParameter, name string) (string, bool) {
	for _, p := range ps {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

func paramText(ps []models.IndexParameter) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name + "=" + p.Value
	}
	return strings.Join(out, ", ")
}
