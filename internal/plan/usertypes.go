package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// Domains and composite types. Each is created before what uses it (the
// tables whose columns have it, the domains over it, the composite types
// with a field of it: they require its typeKey) and dropped after them.
// A domain changes in place wherever ALTER DOMAIN can (default, NOT NULL,
// CHECKs, comment); a new CHECK is added NOT VALID and validated by a
// statement of its own, whose hazard says that a value breaking it fails
// the migration. A change of its base type drops and creates it again
// when nothing uses it, and is refused (a TypeChangeError) when something
// does: retyping the columns through the base type is left to the user,
// in two steps (docs/hcl.md, Domains). A composite type changes
// its fields in place with ADD, DROP and ALTER ATTRIBUTE.

func (b *builder) diffUserTypes() {
	for _, s := range b.desired.Schemas {
		for _, d := range s.Domains {
			if cur := b.current.Domain(d.Schema, d.Name); cur == nil {
				b.createDomain(d, b.createAction(models.ImportDomain, d.Schema, d.Name))
			} else {
				b.alterDomain(cur, d)
			}
		}
		for _, ct := range s.Composites {
			if cur := b.current.Composite(ct.Schema, ct.Name); cur == nil {
				b.createComposite(ct, b.createAction(models.ImportComposite, ct.Schema, ct.Name))
			} else {
				b.alterComposite(cur, ct)
			}
		}
	}
	for _, s := range b.current.Schemas {
		for _, d := range s.Domains {
			if b.desired.Domain(d.Schema, d.Name) == nil {
				b.dropDomain(d, ActionDelete)
			}
		}
		for _, ct := range s.Composites {
			if b.desired.Composite(ct.Schema, ct.Name) == nil {
				b.dropComposite(ct, ActionDelete)
			}
		}
	}
}

func domainAddress(d *models.Domain) string { return addressOf(KindDomain, d.Schema, d.Name) }

func compositeAddress(c *models.Composite) string {
	return addressOf(KindComposite, c.Schema, c.Name)
}

// domainTypeText is a domain's base type with its collation.
func domainTypeText(d *models.Domain) string {
	if d.Collation != "" {
		return d.Type.String() + " COLLATE " + d.Collation
	}
	return d.Type.String()
}

// domainSummary is a domain's definition for a plan's details.
func domainSummary(d *models.Domain) string {
	s := domainTypeText(d)
	if d.Default != "" {
		s += " DEFAULT " + d.Default
	}
	if !d.Nullable {
		s += " NOT NULL"
	}
	return s
}

func (b *builder) createDomain(d *models.Domain, action Action) *Statement {
	c := b.change(KindDomain, domainAddress(d), action)
	c.Items = append(c.Items, created("domain "+displayName(d.Schema, d.Name), domainSummary(d)))
	for _, ck := range d.Checks {
		c.Items = append(c.Items, created("check "+ck.Name, "("+ck.Expr+")"))
	}
	s := b.emit(c, &Statement{
		SQL:      ddl.CreateDomain(d, true) + ";",
		creates:  []string{typeKey(d.Schema, d.Name)},
		requires: append([]string{schemaKey(d.Schema)}, typeRequires(d.Type)...),
	})
	if d.Comment != "" {
		b.userTypeComment(c, "DOMAIN", d.Schema, d.Name, "", d.Comment)
	}
	return s
}

func (b *builder) dropDomain(d *models.Domain, action Action) *Statement {
	addr := domainAddress(d)
	c := b.change(KindDomain, addr, action)
	if action == ActionDelete {
		c.markDestroy(addr)
	}
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP DOMAIN %s;", models.QualifiedName(d.Schema, d.Name)),
		drops:    []string{typeKey(d.Schema, d.Name)},
		dropDeps: append([]string{schemaKey(d.Schema)}, typeRequires(d.Type)...),
	})
}

func (b *builder) userTypeComment(c *Change, what, schema, name, old, comment string) {
	text := "NULL"
	if comment != "" {
		text = models.QuoteLiteral(comment)
	}
	if old != "" || comment != "" {
		c.Items = append(c.Items, updated(strings.ToLower(what)+" "+displayName(schema, name), "comment", orNone(old), orNone(comment)))
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("COMMENT ON %s %s IS %s;", what, models.QualifiedName(schema, name), text),
		requires: []string{typeKey(schema, name)},
	})
}

// alterDomain changes a domain in place, or replaces it when its base
// type changes.
func (b *builder) alterDomain(cur, d *models.Domain) {
	if !cur.Type.Equal(d.Type) || cur.Collation != d.Collation {
		b.replaceDomain(cur, d)
		return
	}
	addr := domainAddress(d)
	q := models.QualifiedName(d.Schema, d.Name)
	obj := "domain " + displayName(d.Schema, d.Name)
	var c *Change
	emit := func(item Item, s *Statement) {
		if c == nil {
			c = b.change(KindDomain, addr, ActionUpdate)
		}
		c.Items = append(c.Items, item)
		s.requires = append(s.requires, typeKey(d.Schema, d.Name))
		b.emit(c, s)
	}
	if cur.Default != d.Default {
		sql := fmt.Sprintf("ALTER DOMAIN %s DROP DEFAULT;", q)
		if d.Default != "" {
			sql = fmt.Sprintf("ALTER DOMAIN %s SET DEFAULT %s;", q, defaultSQL(d.Default))
		}
		emit(updated(obj, "default", orNone(cur.Default), orNone(d.Default)), &Statement{SQL: sql})
	}
	if cur.Nullable != d.Nullable {
		if d.Nullable {
			emit(updated(obj, "null", "NOT NULL", "NULL"), &Statement{SQL: fmt.Sprintf("ALTER DOMAIN %s DROP NOT NULL;", q)})
		} else {
			emit(updated(obj, "null", "NULL", "NOT NULL"), &Statement{SQL: fmt.Sprintf("ALTER DOMAIN %s SET NOT NULL;", q),
				Hazards: []Hazard{{HazardTableScan, fmt.Sprintf("every column of domain %s is scanned: a NULL in one (or in a composite field of the domain) makes SET NOT NULL fail", displayName(d.Schema, d.Name))}}})
		}
	}
	b.alterDomainChecks(cur, d, emit)
	if cur.Comment != d.Comment {
		if c == nil {
			c = b.change(KindDomain, addr, ActionUpdate)
		}
		b.userTypeComment(c, "DOMAIN", d.Schema, d.Name, cur.Comment, d.Comment)
	}
}

// alterDomainChecks drops the CHECKs that go or change, adds the new ones
// NOT VALID and validates them (and those left NOT VALID).
func (b *builder) alterDomainChecks(cur, d *models.Domain, emit func(Item, *Statement)) {
	q := models.QualifiedName(d.Schema, d.Name)
	var drops []*Statement
	for _, old := range cur.Checks {
		if n := d.Check(old.Name); n == nil || n.Expr != old.Expr {
			s := &Statement{SQL: fmt.Sprintf("ALTER DOMAIN %s DROP CONSTRAINT %s;", q, models.QuoteIdent(old.Name))}
			drops = append(drops, s)
			item := dropped("check "+old.Name, "("+old.Expr+")")
			if n != nil {
				item = updated("check "+old.Name, "expr", old.Expr, n.Expr)
			}
			emit(item, s)
		}
	}
	for _, ck := range d.Checks {
		old := cur.Check(ck.Name)
		validate := &Statement{
			SQL: fmt.Sprintf("ALTER DOMAIN %s VALIDATE CONSTRAINT %s;", q, models.QuoteIdent(ck.Name)),
			Hazards: []Hazard{{HazardTableScan, fmt.Sprintf("every column of domain %s is scanned: a value that breaks check %s makes the validation fail (the constraint stays NOT VALID)",
				displayName(d.Schema, d.Name), ck.Name)}},
		}
		switch {
		case old == nil || old.Expr != ck.Expr:
			add := &Statement{SQL: fmt.Sprintf("ALTER DOMAIN %s ADD CONSTRAINT %s CHECK (%s) NOT VALID;", q, models.QuoteIdent(ck.Name), ck.Expr), after: drops}
			if old == nil {
				emit(created("check "+ck.Name, "("+ck.Expr+")"), add)
			} else {
				b.emit(b.changes[domainAddress(d)], add)
			}
			validate.after = []*Statement{add}
			b.emit(b.changes[domainAddress(d)], validate)
		case old.NotValid:
			emit(updated("check "+ck.Name, "validation", "NOT VALID", "VALID"), validate)
		}
	}
}

// replaceDomain handles a change of base type or collation: ALTER
// DOMAIN cannot make it, so the domain is dropped and created again,
// which only works while nothing uses it.
func (b *builder) replaceDomain(cur, d *models.Domain) {
	if users := b.typeUsers(models.TypeDomain, cur.Schema, cur.Name); len(users) > 0 {
		b.typeRefusals = append(b.typeRefusals, fmt.Sprintf("domain %s changes from %s to %s, which PostgreSQL cannot do in place, and a domain in use (by %s) cannot be dropped and created again: "+
			"move those to another type (a new domain, or the base type) and apply first, then change or drop this domain",
			oneLine(displayName(d.Schema, d.Name)), domainTypeText(cur), domainTypeText(d), strings.Join(users, ", ")))
		return
	}
	drop := b.dropDomain(cur, ActionReplace)
	c := b.changes[domainAddress(d)]
	c.Items = append(c.Items, Item{Action: ActionReplace, Object: "domain " + displayName(d.Schema, d.Name), Attribute: "type", Old: domainTypeText(cur), New: domainTypeText(d)})
	create := b.createDomain(d, ActionReplace)
	create.after = append(create.after, drop)
	create.Hazards = append(create.Hazards, Hazard{HazardDataLoss, fmt.Sprintf("domain %s is dropped and created again as %s (nothing uses it)", displayName(d.Schema, d.Name), domainTypeText(d))})
}

// typeUsers names what in current uses the domain or composite type
// schema.name, which keeps it from being dropped: the columns of the
// tables, the domains over it and the composite types with a field of it.
func (b *builder) typeUsers(kind, schema, name string) []string {
	uses := func(t models.Type) bool { return t.Kind == kind && t.EnumSchema == schema && t.Name == name }
	var out []string
	for _, t := range b.current.Tables() {
		for _, col := range t.Columns {
			if uses(col.Type) {
				out = append(out, fmt.Sprintf("column %s of table %s", col.Name, displayName(t.Schema, t.Name)))
			}
		}
	}
	for _, s := range b.current.Schemas {
		for _, o := range s.Domains {
			if uses(o.Type) {
				out = append(out, "domain "+displayName(o.Schema, o.Name))
			}
		}
		for _, ct := range s.Composites {
			for _, f := range ct.Fields {
				if uses(f.Type) {
					out = append(out, fmt.Sprintf("field %s of composite %s", f.Name, displayName(ct.Schema, ct.Name)))
				}
			}
		}
	}
	return out
}

func compositeRequires(ct *models.Composite) []string {
	var out []string
	for _, f := range ct.Fields {
		out = append(out, typeRequires(f.Type)...)
	}
	return out
}

func (b *builder) createComposite(ct *models.Composite, action Action) *Statement {
	c := b.change(KindComposite, compositeAddress(ct), action)
	for _, f := range ct.Fields {
		c.Items = append(c.Items, created("field "+f.Name, fieldText(f)))
	}
	s := b.emit(c, &Statement{
		SQL:      ddl.CreateComposite(ct) + ";",
		creates:  []string{typeKey(ct.Schema, ct.Name)},
		requires: append([]string{schemaKey(ct.Schema)}, compositeRequires(ct)...),
	})
	if ct.Comment != "" {
		b.userTypeComment(c, "TYPE", ct.Schema, ct.Name, "", ct.Comment)
	}
	return s
}

func (b *builder) dropComposite(ct *models.Composite, action Action) *Statement {
	addr := compositeAddress(ct)
	c := b.change(KindComposite, addr, action)
	if action == ActionDelete {
		c.markDestroy(addr)
	}
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP TYPE %s;", models.QualifiedName(ct.Schema, ct.Name)),
		drops:    []string{typeKey(ct.Schema, ct.Name)},
		dropDeps: append([]string{schemaKey(ct.Schema)}, compositeRequires(ct)...),
	})
}

// alterComposite changes a composite type's fields in place: ALTER TYPE
// ... DROP ATTRIBUTE for a field that goes, ADD ATTRIBUTE for a new one
// and ALTER ATTRIBUTE ... TYPE for one whose type changes. PostgreSQL
// refuses the last two while a table column uses the type (it cannot
// rewrite stored row values), which the migration reports.
func (b *builder) alterComposite(cur, ct *models.Composite) {
	if b.compositeReplaced(cur, ct) {
		return
	}
	addr := compositeAddress(ct)
	q := models.QualifiedName(ct.Schema, ct.Name)
	var c *Change
	emit := func(item Item, s *Statement) {
		if c == nil {
			c = b.change(KindComposite, addr, ActionUpdate)
		}
		c.Items = append(c.Items, item)
		s.requires = append(s.requires, typeKey(ct.Schema, ct.Name))
		b.emit(c, s)
	}
	var prev []*Statement
	for _, f := range cur.Fields {
		if ct.Field(f.Name) == nil {
			s := &Statement{SQL: fmt.Sprintf("ALTER TYPE %s DROP ATTRIBUTE %s;", q, models.QuoteIdent(f.Name)),
				dropDeps: typeRequires(f.Type),
				Hazards:  []Hazard{{HazardDataLoss, fmt.Sprintf("field %s of composite %s is dropped, with its values in every column of the type", f.Name, displayName(ct.Schema, ct.Name))}}}
			emit(dropped("field "+f.Name, f.Type.String()), s)
			c.markDestroy(fmt.Sprintf("%s (field %s)", addr, f.Name))
			prev = append(prev, s)
		}
	}
	for _, f := range ct.Fields {
		old := cur.Field(f.Name)
		switch {
		case old == nil:
			s := &Statement{SQL: fmt.Sprintf("ALTER TYPE %s ADD ATTRIBUTE %s;", q, ddl.FieldDefinition(f)),
				requires: typeRequires(f.Type), after: prev}
			emit(created("field "+f.Name, fieldText(f)), s)
			prev = []*Statement{s}
		case !sameField(old, f):
			collate := ""
			if f.Collation != "" {
				collate = " COLLATE " + models.QuoteIdent(f.Collation)
			}
			s := &Statement{SQL: fmt.Sprintf("ALTER TYPE %s ALTER ATTRIBUTE %s TYPE %s%s;", q, models.QuoteIdent(f.Name), f.Type.SQL(), collate),
				requires: typeRequires(f.Type), dropDeps: typeRequires(old.Type), after: prev}
			emit(updated("field "+f.Name, "type", fieldText(old), fieldText(f)), s)
			prev = []*Statement{s}
		}
	}
	if cur.Comment != ct.Comment {
		if c == nil {
			c = b.change(KindComposite, addr, ActionUpdate)
		}
		b.userTypeComment(c, "TYPE", ct.Schema, ct.Name, cur.Comment, ct.Comment)
	}
}

// compositeReplaced handles the changes of a composite type ALTER TYPE
// cannot make, and reports whether it did: fields in another order (ADD
// ATTRIBUTE appends), or a field's type changed while a column uses the
// type (PostgreSQL cannot rewrite stored row values). An unused type is
// dropped and created again; for a used one the plan is refused.
func (b *builder) compositeReplaced(cur, ct *models.Composite) bool {
	var kept, want []string
	retyped := false
	for _, f := range cur.Fields {
		if nf := ct.Field(f.Name); nf != nil {
			kept = append(kept, f.Name)
			retyped = retyped || !sameField(nf, f)
		}
	}
	for _, f := range ct.Fields {
		if cur.Field(f.Name) != nil {
			want = append(want, f.Name)
		}
	}
	reordered := !slices.Equal(kept, want) || !newFieldsLast(cur, ct)
	users := b.typeUsers(models.TypeComposite, cur.Schema, cur.Name)
	if !reordered && (!retyped || len(users) == 0) {
		return false
	}
	if len(users) > 0 {
		b.typeRefusals = append(b.typeRefusals, fmt.Sprintf("composite type %s changes its fields from (%s) to (%s), but ALTER TYPE can only drop fields, append new ones and retype those of a type nothing uses, and this one is used (by %s): "+
			"add and drop fields only, or move those to another type and apply first",
			oneLine(displayName(ct.Schema, ct.Name)), fieldList(cur), fieldList(ct), strings.Join(users, ", ")))
		return true
	}
	drop := b.dropComposite(cur, ActionReplace)
	c := b.changes[compositeAddress(ct)]
	c.Items = append(c.Items, Item{Action: ActionReplace, Object: "composite " + displayName(ct.Schema, ct.Name), Attribute: "fields", Old: "(" + fieldList(cur) + ")", New: "(" + fieldList(ct) + ")"})
	create := b.createComposite(ct, ActionReplace)
	create.after = append(create.after, drop)
	return true
}

// newFieldsLast reports whether the fields ct adds to cur come after all
// the fields it keeps, where ADD ATTRIBUTE puts them.
func newFieldsLast(cur, ct *models.Composite) bool {
	seenNew := false
	for _, f := range ct.Fields {
		isNew := cur.Field(f.Name) == nil
		if !isNew && seenNew {
			return false
		}
		seenNew = seenNew || isNew
	}
	return true
}

func sameField(a, b *models.CompositeField) bool {
	return a.Type.Equal(b.Type) && a.Collation == b.Collation
}

func fieldText(f *models.CompositeField) string {
	if f.Collation != "" {
		return f.Type.String() + " COLLATE " + f.Collation
	}
	return f.Type.String()
}

func fieldList(ct *models.Composite) string {
	parts := make([]string, len(ct.Fields))
	for i, f := range ct.Fields {
		parts[i] = f.Name + " " + fieldText(f)
	}
	return strings.Join(parts, ", ")
}
