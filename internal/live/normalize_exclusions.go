package live

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// Exclusion constraints hold expressions (elements and a predicate) that
// the server respells, as an index's: each one whose definition differs
// from the live one's is added to the target's copy and read back.

// collectExclusions notes the exclusion constraints of the target's table
// with an expression whose definition differs from the live one's.
func (tg *target) collectExclusions() {
	for _, x := range tg.table.Exclusions {
		hasExpr := x.Where != ""
		for _, e := range x.Elements {
			hasExpr = hasExpr || e.Expr != ""
		}
		if !hasExpr {
			continue
		}
		if cx := tg.current.Exclusion(x.Name); cx == nil || !cx.SameDefinition(x) {
			tg.exclusionOrder = append(tg.exclusionOrder, x.Name)
		}
	}
}

// prepareExclusions adds the target's exclusion constraints to its copy
// qt (the i-th target); on a scratch copy under names of their own, since
// their indexes share the scratch schema.
func (n *normalizer) prepareExclusions(i int, tg *target, qt, what string) {
	for j, name := range tg.exclusionOrder {
		x := *tg.table.Exclusion(name)
		if !tg.isNew {
			x.Name = fmt.Sprintf("t%d_x%d", i+1, j+1)
		}
		tg.exclusions[name] = x.Name
		n.add(fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", qt, models.QuoteIdent(x.Name), ddl.Exclusion(&x)),
			"exclusion constraint "+name+what)
	}
}

// applyExclusions copies the rendered elements and predicates from r.
func (tg *target) applyExclusions(r *models.Table) {
	for _, name := range tg.exclusionOrder {
		rx := r.Exclusion(tg.exclusions[name])
		if rx == nil {
			continue
		}
		x := tg.table.Exclusion(name)
		x.Elements, x.Where = rx.Elements, rx.Where
	}
}

// sameExclusionNames reports whether two tables have exclusion
// constraints of the same names in the same order.
func sameExclusionNames(a, b *models.Table) bool {
	if len(a.Exclusions) != len(b.Exclusions) {
		return false
	}
	for i := range a.Exclusions {
		if a.Exclusions[i].Name != b.Exclusions[i].Name {
			return false
		}
	}
	return true
}

// sameExclusions reports whether two tables have the same exclusion
// constraints.
func sameExclusions(a, b *models.Table) bool {
	if len(a.Exclusions) != len(b.Exclusions) {
		return false
	}
	for i, x := range a.Exclusions {
		if !x.SameDefinition(b.Exclusions[i]) {
			return false
		}
	}
	return true
}
