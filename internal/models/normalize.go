package models

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Normalize puts r in canonical form in place (see the package doc) and
// returns it, so it can be chained.
func (r *Realm) Normalize() *Realm {
	if r == nil {
		return r
	}
	for _, s := range r.Schemas {
		s.normalize()
	}
	slices.SortFunc(r.Schemas, func(a, b *Schema) int { return cmp.Compare(a.Name, b.Name) })
	r.Schemas = nilIfEmpty(r.Schemas)
	slices.SortFunc(r.Imports, func(a, b Import) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name))
	})
	r.Imports = nilIfEmpty(slices.Compact(r.Imports))
	sortMoves(r.Moves)
	r.Moves = nilIfEmpty(r.Moves)
	for _, d := range r.Data {
		for _, c := range d.Columns {
			c.Type = c.Type.Canonical()
			c.Type.Modifiers = nilIfEmpty(c.Type.Modifiers)
		}
		d.Columns = nilIfEmpty(d.Columns)
		d.Triggers = normalizeTriggers(d.Triggers)
	}
	slices.SortFunc(r.Data, func(a, b *DataTable) int {
		return cmp.Or(cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Label, b.Label))
	})
	r.Data = nilIfEmpty(r.Data)
	r.normalizeExtensions()
	slices.SortFunc(r.Unsupported, func(a, b Object) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Detail, b.Detail))
	})
	r.Unsupported = nilIfEmpty(r.Unsupported)
	return r
}

func (s *Schema) normalize() {
	if s.Name == "public" && s.Comment == PublicSchemaComment {
		s.Comment = ""
	}
	for _, e := range s.Enums {
		if e.Schema == "" {
			e.Schema = s.Name
		}
	}
	for _, t := range s.Tables {
		if t.Schema == "" {
			t.Schema = s.Name
		}
		t.normalize()
	}
	for _, q := range s.Sequences {
		if q.Schema == "" {
			q.Schema = s.Name
		}
		q.normalize()
	}
	for i, r := range s.IgnoreGrantsTo {
		if strings.EqualFold(r, RolePublic) {
			s.IgnoreGrantsTo[i] = RolePublic
		}
	}
	slices.Sort(s.IgnoreGrantsTo)
	s.IgnoreGrantsTo = nilIfEmpty(slices.Compact(s.IgnoreGrantsTo))
	for _, f := range s.Functions {
		if f.Schema == "" {
			f.Schema = s.Name
		}
		f.normalize()
	}
	sortFunctions(s.Functions)
	s.Functions = nilIfEmpty(s.Functions)
	slices.SortFunc(s.Sequences, func(a, b *Sequence) int { return cmp.Compare(a.Name, b.Name) })
	for _, v := range s.Views {
		if v.Schema == "" {
			v.Schema = s.Name
		}
		v.normalize()
	}
	slices.SortFunc(s.Views, func(a, b *View) int { return cmp.Compare(a.Name, b.Name) })
	s.Views = nilIfEmpty(s.Views)
	s.Sequences = nilIfEmpty(s.Sequences)
	s.normalizeUserTypes()
	slices.SortFunc(s.Enums, func(a, b *Enum) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(s.Tables, func(a, b *Table) int { return cmp.Compare(a.Name, b.Name) })
	s.Enums = nilIfEmpty(s.Enums)
	s.Tables = nilIfEmpty(s.Tables)
}

func (t *Table) normalize() {
	for _, c := range t.Columns {
		c.Type = c.Type.Canonical()
		c.Type.Modifiers = nilIfEmpty(c.Type.Modifiers)
		if c.Identity != nil {
			c.Nullable = false
			c.Identity.normalize()
		}
		if c.Collation == DefaultCollation {
			c.Collation = ""
		}
	}
	t.normalizeProperties()
	t.normalizePartition()
	t.normalizeConstraints()
	t.normalizeIndexesAndPolicies()
	t.normalizeGrants()
	t.sortAndTrim()
}

// normalizeConstraints fills the defaults of keys, foreign keys and
// exclusion constraints.
func (t *Table) normalizeConstraints() {
	for _, fk := range t.ForeignKeys {
		if fk.OnDelete == "" {
			fk.OnDelete = ActionNoAction
		}
		if fk.OnUpdate == "" {
			fk.OnUpdate = ActionNoAction
		}
		if fk.RefSchema == "" {
			fk.RefSchema = t.Schema
		}
		if !fk.Deferrable {
			fk.InitiallyDeferred = false
		}
	}
	if pk := t.PrimaryKey; pk != nil {
		pk.Timing = pk.Timing.normalized()
		pk.Include = nilIfEmpty(pk.Include)
	}
	for _, u := range t.Uniques {
		u.Timing = u.Timing.normalized()
		u.Include = nilIfEmpty(u.Include)
	}
	for _, x := range t.Exclusions {
		if x.Method == "" {
			x.Method = IndexGiST
		}
		x.Method = strings.ToLower(x.Method)
		x.Timing = x.Timing.normalized()
		x.Include = nilIfEmpty(x.Include)
		x.StorageParameters = normalizeStorageParameters(x.StorageParameters)
		x.Elements = nilIfEmpty(x.Elements)
	}
}

// normalizeIndexesAndPolicies fills the defaults of indexes and policies.
func (t *Table) normalizeIndexesAndPolicies() {
	for _, ix := range t.Indexes {
		if ix.Method == "" {
			ix.Method = IndexBTree
		}
		ix.Method = strings.ToLower(ix.Method)
		ix.Include = nilIfEmpty(ix.Include)
		ix.Parts = nilIfEmpty(ix.Parts)
		ix.StorageParameters = normalizeStorageParameters(ix.StorageParameters)
	}
	for _, p := range t.Policies {
		if p.Command == "" {
			p.Command = PolicyAll
		}
		if p.As == "" {
			p.As = PolicyPermissive
		}
		for i, r := range p.Roles {
			if strings.EqualFold(r, RolePublic) {
				p.Roles[i] = RolePublic
			}
		}
		if len(p.Roles) == 0 {
			p.Roles = []string{RolePublic}
		}
		slices.Sort(p.Roles)
		p.Roles = slices.Compact(p.Roles)
	}
}

// sortAndTrim sorts what a table holds by name and makes empty lists nil,
// so that two equal tables compare equal.
func (t *Table) sortAndTrim() {
	slices.SortFunc(t.Uniques, func(a, b *Unique) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(t.Checks, func(a, b *Check) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(t.ForeignKeys, func(a, b *ForeignKey) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(t.Exclusions, func(a, b *Exclusion) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(t.Indexes, func(a, b *Index) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(t.Policies, func(a, b *Policy) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(t.Objects, func(a, b *TableObject) int { return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name)) })
	slices.SortFunc(t.Unmodeled, func(a, b Attribute) int {
		return cmp.Or(cmp.Compare(a.Object, b.Object), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Value, b.Value))
	})
	t.Columns = nilIfEmpty(t.Columns)
	t.Uniques = nilIfEmpty(t.Uniques)
	t.Checks = nilIfEmpty(t.Checks)
	t.ForeignKeys = nilIfEmpty(t.ForeignKeys)
	t.Exclusions = nilIfEmpty(t.Exclusions)
	t.Indexes = nilIfEmpty(t.Indexes)
	t.Policies = nilIfEmpty(t.Policies)
	t.Triggers = normalizeTriggers(t.Triggers)
	t.Objects = nilIfEmpty(t.Objects)
	t.Unmodeled = nilIfEmpty(t.Unmodeled)
}

// normalized clears InitiallyDeferred of a constraint that is not
// deferrable (PostgreSQL refuses the pair; the catalog never has it).
func (tm Timing) normalized() Timing {
	if !tm.Deferrable {
		tm.InitiallyDeferred = false
	}
	return tm
}

// normalizeStorageParameters sorts storage parameters by name and folds the names
// to lower case, as PostgreSQL stores them.
func normalizeStorageParameters(ps []IndexParameter) []IndexParameter {
	for i := range ps {
		ps[i].Name = strings.ToLower(ps[i].Name)
	}
	slices.SortFunc(ps, func(a, b IndexParameter) int { return cmp.Compare(a.Name, b.Name) })
	return nilIfEmpty(ps)
}

func nilIfEmpty[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return s
}

// Equal reports whether a and b describe the same schema once both are
// normalised. Neither argument is modified.
func Equal(a, b *Realm) bool {
	return len(Differences(a, b)) == 0
}

// Differences lists, one line each, where a and b differ once both are
// normalised, as "path: a-value != b-value". It serves test failures and
// drift messages; the planner has its own typed diff.
func Differences(a, b *Realm) []string {
	if a == nil {
		a = &Realm{}
	}
	if b == nil {
		b = &Realm{}
	}
	na, nb := a.Clone().Normalize(), b.Clone().Normalize()
	var out []string
	diffValue("realm", reflect.ValueOf(na).Elem(), reflect.ValueOf(nb).Elem(), &out)
	return out
}

// diffValue walks two values of the same type. Slices of named objects are
// matched by name, so one missing table is one line, not a cascade.
func diffValue(path string, a, b reflect.Value, out *[]string) {
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: %s != %s", path, describe(a), describe(b)))
			}
			return
		}
		diffValue(path, a.Elem(), b.Elem(), out)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if a.Type().Field(i).Tag.Get("diff") == "-" {
				continue // derived, not compared (View.Columns)
			}
			name := a.Type().Field(i).Name
			diffValue(path+"."+name, a.Field(i), b.Field(i), out)
		}
	case reflect.Slice:
		if named(a.Type().Elem()) {
			diffNamed(path, a, b, out)
			if a.Type().Elem() == reflect.TypeOf(&Column{}) {
				if na, nb := names(a), names(b); !slices.Equal(na, nb) {
					*out = append(*out, fmt.Sprintf("%s order: %v != %v", path, na, nb))
				}
			}
			return
		}
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			*out = append(*out, fmt.Sprintf("%s: %v != %v", path, a.Interface(), b.Interface()))
		}
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			*out = append(*out, fmt.Sprintf("%s: %q != %q", path, fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface())))
		}
	}
}

func named(t reflect.Type) bool {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return false
	}
	f, ok := t.Elem().FieldByName("Name")
	return ok && f.Type.Kind() == reflect.String
}

func names(v reflect.Value) []string {
	out := make([]string, v.Len())
	for i := range out {
		out[i] = v.Index(i).Elem().FieldByName("Name").String()
	}
	return out
}

func diffNamed(path string, a, b reflect.Value, out *[]string) {
	index := func(v reflect.Value) map[string]reflect.Value {
		m := make(map[string]reflect.Value, v.Len())
		for i := 0; i < v.Len(); i++ {
			m[v.Index(i).Elem().FieldByName("Name").String()] = v.Index(i)
		}
		return m
	}
	ia, ib := index(a), index(b)
	var names []string
	for n := range ia {
		names = append(names, n)
	}
	for n := range ib {
		if _, ok := ia[n]; !ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		p := fmt.Sprintf("%s[%q]", path, n)
		va, oka := ia[n]
		vb, okb := ib[n]
		switch {
		case !oka:
			*out = append(*out, p+": missing != present")
		case !okb:
			*out = append(*out, p+": present != missing")
		default:
			diffValue(p, va, vb, out)
		}
	}
}

func describe(v reflect.Value) string {
	if v.IsNil() {
		return "nil"
	}
	return fmt.Sprintf("%+v", v.Elem().Interface())
}
