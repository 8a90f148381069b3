package plan

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// constraintComments plans COMMENT ON CONSTRAINT and COMMENT ON INDEX for
// the constraints and indexes of t whose comment differs from cur's (nil
// for a new table). One this plan creates or replaces has no comment yet,
// whatever cur says: its comment is written after it.
func (b *builder) constraintComments(c *Change, cur, t *models.Table) {
	type commented struct {
		name, comment, old string
		index              bool
	}
	var all []commented
	isNew := cur == nil
	fresh := func(k string) bool { return isNew || b.created[k] }
	constraint := func(name, comment, old string) {
		if fresh(constraintKey(t.Schema, t.Name, name)) {
			old = ""
		}
		all = append(all, commented{name: name, comment: comment, old: old})
	}
	if pk := t.PrimaryKey; pk != nil {
		old := ""
		if !isNew && cur.PrimaryKey != nil && cur.PrimaryKey.Name == pk.Name {
			old = cur.PrimaryKey.Comment
		}
		constraint(pk.Name, pk.Comment, old)
	}
	if cur == nil {
		cur = &models.Table{}
	}
	for _, u := range t.Uniques {
		constraint(u.Name, u.Comment, commentOf(cur.Unique(u.Name), func(u *models.Unique) string { return u.Comment }))
	}
	for _, ck := range t.Checks {
		constraint(ck.Name, ck.Comment, commentOf(cur.Check(ck.Name), func(c *models.Check) string { return c.Comment }))
	}
	for _, fk := range t.ForeignKeys {
		constraint(fk.Name, fk.Comment, commentOf(cur.ForeignKey(fk.Name), func(fk *models.ForeignKey) string { return fk.Comment }))
	}
	for _, x := range t.Exclusions {
		constraint(x.Name, x.Comment, commentOf(cur.Exclusion(x.Name), func(x *models.Exclusion) string { return x.Comment }))
	}
	for _, ix := range t.Indexes {
		old := commentOf(cur.Index(ix.Name), func(ix *models.Index) string { return ix.Comment })
		if fresh(indexKey(t.Schema, ix.Name)) {
			old = ""
		}
		all = append(all, commented{name: ix.Name, comment: ix.Comment, old: old, index: true})
	}
	for _, o := range all {
		if o.comment == o.old {
			continue
		}
		if actionFor(c) == ActionCreate {
			c.Items = append(c.Items, created(o.name+" comment", commentText(o.comment)))
		} else {
			c.Items = append(c.Items, updated(o.name, "comment", commentText(o.old), commentText(o.comment)))
		}
		if o.index {
			b.emit(c, &Statement{
				SQL:      fmt.Sprintf("COMMENT ON INDEX %s IS %s;", models.QualifiedName(t.Schema, o.name), commentLiteral(o.comment)),
				requires: []string{indexKey(t.Schema, o.name)},
			})
			continue
		}
		b.emit(c, &Statement{
			SQL:      fmt.Sprintf("COMMENT ON CONSTRAINT %s ON %s IS %s;", models.QuoteIdent(o.name), t.QualifiedName(), commentLiteral(o.comment)),
			requires: []string{constraintKey(t.Schema, t.Name, o.name), tableKey(t.Schema, t.Name)},
		})
	}
}

// commentOf is the comment get reads from a constraint or index, "" for
// nil.
func commentOf[T any](x *T, get func(*T) string) string {
	if x == nil {
		return ""
	}
	return get(x)
}
