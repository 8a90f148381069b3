package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

func (b *builder) diffEnums() {
	for _, s := range b.desired.Schemas {
		for _, e := range s.Enums {
			if cur := b.current.Enum(e.Schema, e.Name); cur == nil {
				b.createEnum(e)
			} else if !slices.Equal(cur.Values, e.Values) {
				b.alterEnum(cur, e)
			}
		}
	}
	for _, s := range b.current.Schemas {
		for _, e := range s.Enums {
			if b.desired.Enum(e.Schema, e.Name) == nil {
				b.dropEnum(e)
			}
		}
	}
}

func enumValues(values []string) string { return ddl.EnumValues(values) }

func (b *builder) createEnum(e *models.Enum) {
	c := b.change(KindEnum, addressOf(KindEnum, e.Schema, e.Name), b.createAction(models.ImportEnum, e.Schema, e.Name))
	c.Items = append(c.Items, created("enum "+displayName(e.Schema, e.Name), "("+enumValues(e.Values)+")"))
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("CREATE TYPE %s AS ENUM (%s);", models.QualifiedName(e.Schema, e.Name), enumValues(e.Values)),
		creates:  []string{typeKey(e.Schema, e.Name)},
		requires: []string{schemaKey(e.Schema)},
	})
}

func (b *builder) dropEnum(e *models.Enum) {
	addr := addressOf(KindEnum, e.Schema, e.Name)
	c := b.change(KindEnum, addr, ActionDelete)
	c.markDestroy(addr)
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP TYPE %s;", models.QualifiedName(e.Schema, e.Name)),
		drops:    []string{typeKey(e.Schema, e.Name)},
		dropDeps: []string{schemaKey(e.Schema)},
	})
}

// isSubsequence reports whether every element of old appears in values in
// the same order: then the new values can be added in place.
func isSubsequence(old, values []string) bool {
	i := 0
	for _, v := range values {
		if i < len(old) && old[i] == v {
			i++
		}
	}
	return i == len(old)
}

func (b *builder) alterEnum(cur, e *models.Enum) {
	addr := addressOf(KindEnum, e.Schema, e.Name)
	qname := models.QualifiedName(e.Schema, e.Name)
	if isSubsequence(cur.Values, e.Values) {
		c := b.change(KindEnum, addr, ActionUpdate)
		for i, v := range e.Values {
			if slices.Contains(cur.Values, v) {
				continue
			}
			var where string
			if i == 0 {
				where = "BEFORE " + models.QuoteLiteral(cur.Values[0])
			} else {
				where = "AFTER " + models.QuoteLiteral(e.Values[i-1])
			}
			c.Items = append(c.Items, created("value "+models.QuoteLiteral(v), strings.ToLower(where[:strings.IndexByte(where, ' ')])+where[strings.IndexByte(where, ' '):]))
			// PostgreSQL does not let a transaction use an enum value it
			// added (a default, CHECK, policy or conversion naming it
			// fails), so the value is added outside any transaction and
			// is committed before the statements that follow. IF NOT
			// EXISTS lets an interrupted no-transaction file run again.
			b.emit(c, &Statement{
				SQL:           fmt.Sprintf("ALTER TYPE %s ADD VALUE IF NOT EXISTS %s %s;", qname, models.QuoteLiteral(v), where),
				NoTransaction: true,
				creates:       []string{typeKey(e.Schema, e.Name)},
				requires:      []string{schemaKey(e.Schema)},
			})
		}
		return
	}
	if !b.enumInATypeRefused(e) {
		b.replaceEnum(cur, e)
	}
}

// replacedEnumName is what an enum being replaced is renamed to:
// <name>__schemactl_old, the name cut (at a character) so that the whole
// fits in 63 bytes, since PostgreSQL would cut it back to the name.
func replacedEnumName(name string) string {
	return models.DefaultConstraintName(name, nil, "_schemactl_old")
}

// replaceEnum handles removed or reordered values, which PostgreSQL cannot
// do in place: the old type is renamed, the new one created, every managed
// column using it converted through text, and the old type dropped.
func (b *builder) replaceEnum(cur, e *models.Enum) {
	addr := addressOf(KindEnum, e.Schema, e.Name)
	c := b.change(KindEnum, addr, ActionReplace)
	var removed []string
	for _, v := range cur.Values {
		if !slices.Contains(e.Values, v) {
			removed = append(removed, v)
		}
	}
	c.Items = append(c.Items, Item{Action: ActionReplace, Object: "enum " + displayName(e.Schema, e.Name), Attribute: "values", Old: "(" + enumValues(cur.Values) + ")", New: "(" + enumValues(e.Values) + ")"})
	oldName := replacedEnumName(e.Name)
	qname := models.QualifiedName(e.Schema, e.Name)
	lock := Hazard{HazardAccessExclusiveLock, fmt.Sprintf("enum %s is replaced: every table using it is rewritten under an ACCESS EXCLUSIVE lock", displayName(e.Schema, e.Name))}
	rename := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TYPE %s RENAME TO %s;", qname, models.QuoteIdent(oldName)),
		drops:    []string{typeKey(e.Schema, e.Name)},
		requires: []string{schemaKey(e.Schema)},
	})
	create := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("CREATE TYPE %s AS ENUM (%s);", qname, enumValues(e.Values)),
		creates:  []string{typeKey(e.Schema, e.Name)},
		requires: []string{schemaKey(e.Schema)},
		after:    []*Statement{rename},
	})
	var converts []*Statement
	for _, t := range b.current.Tables() {
		for _, col := range t.Columns {
			if col.Type.EnumSchema != e.Schema || col.Type.Name != e.Name {
				continue
			}
			dt := b.desired.Table(t.Schema, t.Name)
			dc := dt.Column(col.Name)
			if dc == nil || !dc.Type.Equal(col.Type) {
				continue // the column diff drops or converts it
			}
			tq := t.QualifiedName()
			cq := models.QuoteIdent(col.Name)
			prev := create
			if col.Default != "" {
				prev = b.emit(c, &Statement{
					SQL:   fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT;", tq, cq),
					after: []*Statement{prev},
				})
			}
			using := cq + "::text::" + qname
			if col.Type.Array {
				using = cq + "::text[]::" + qname + "[]"
			}
			// Like any column alteration it drops and creates the table's
			// columns key: CHECKs, indexes and policies rebuilt around it
			// (see enumConverted) go before and after.
			b.noteRetyped(t, col.Name, true)
			ck := columnsKey(t.Schema, t.Name)
			prev = b.emit(c, &Statement{
				SQL:      fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s TYPE %s USING %s;", tq, cq, dc.Type.SQL(), using),
				after:    []*Statement{prev},
				creates:  []string{ck},
				drops:    []string{ck},
				requires: []string{typeKey(e.Schema, e.Name), tableKey(t.Schema, t.Name)},
				Hazards:  []Hazard{lock, {HazardTableRewrite, fmt.Sprintf("table %s is rewritten to convert column %s", displayName(t.Schema, t.Name), col.Name)}},
			})
			if dc.Default != "" {
				prev = b.emit(c, &Statement{
					SQL:   fmt.Sprintf("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s;", tq, cq, defaultSQL(dc.Default)),
					after: []*Statement{prev},
				})
			}
			converts = append(converts, prev)
		}
	}
	drop := &Statement{
		SQL:   fmt.Sprintf("DROP TYPE %s;", models.QualifiedName(e.Schema, oldName)),
		after: append([]*Statement{create}, converts...),
	}
	if len(removed) > 0 {
		drop.Hazards = append(drop.Hazards, Hazard{HazardDataLoss, fmt.Sprintf("enum %s loses value(s) %s: rows holding them make the conversion fail", displayName(e.Schema, e.Name), enumValues(removed))})
		c.markDestroy(fmt.Sprintf("%s (values %s)", addr, enumValues(removed)))
	}
	b.emit(c, drop)
}

// enumInATypeRefused refuses the replace of enum e when a domain or
// composite type uses it, and reports whether it did: the old type could
// not be dropped after the columns' conversion, the types still having
// it.
func (b *builder) enumInATypeRefused(e *models.Enum) bool {
	var types []string
	for _, u := range b.typeUsers(models.TypeEnum, e.Schema, e.Name) {
		if !strings.HasPrefix(u, "column ") {
			types = append(types, u)
		}
	}
	if len(types) == 0 {
		return false
	}
	b.typeRefusals = append(b.typeRefusals, fmt.Sprintf("enum %s loses or reorders values, which replaces it, but %s use it and would keep the old type: "+
		"only add values, or move those to another type and apply first", oneLine(displayName(e.Schema, e.Name)), strings.Join(types, ", ")))
	return true
}
