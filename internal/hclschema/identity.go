package hclschema

import (
	"math"

	"github.com/schemactl/schemactl/internal/models"
)

// identityOptions reads an identity block's start and increment (Atlas's
// spelling): whole numbers a bigint sequence can hold; an increment of 0
// is refused, as PostgreSQL refuses it.
func (l *loader) identityOptions(id *models.Identity, ic content) {
	if a := ic.attr("start"); a != nil {
		v, ok, d := intValue(a.Expr, "start", math.MinInt64, math.MaxInt64)
		l.add(d...)
		if ok {
			id.Start = int64(v)
		}
	}
	if a := ic.attr("increment"); a != nil {
		v, ok, d := intValue(a.Expr, "increment", math.MinInt64, math.MaxInt64)
		l.add(d...)
		switch {
		case ok && v == 0:
			l.add(errorf(a.Expr.Range(), "Invalid number", "The value of increment cannot be 0: a sequence must move."))
		case ok:
			id.Increment = int64(v)
		}
	}
}
