package codegen

import (
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// buildWrites fills the insert type (every column but identity ALWAYS
// and generated ones; a column with a default or identity is an Optional, so that a
// zero value is written as given and only an unset field takes the
// default), Insert and CopyFrom, and for a table with a primary key the
// patch type (every column but the key, identity ALWAYS and generated ones, all
// Optional), Get, Update and Delete.
func buildWrites(td *tableData, t *models.Table, names *namer) {
	td.New.Type = names.claim("New" + td.Type)
	for _, f := range td.Fields {
		if f.ReadOnly {
			continue
		}
		td.New.Fields = append(td.New.Fields, newWriteField(f, f.HasDefault))
	}
	td.New.Validations = td.validations(t, writeView("n", td.New.Fields), true)
	td.Insert = names.claim("Insert" + td.Type)
	copyable := true
	for _, f := range td.New.Fields {
		copyable = copyable && !f.Go.NoCopy
	}
	if copyable {
		td.CopyFunc = names.claim("CopyFrom" + td.Plural)
	}
	if len(td.PKFields) == 0 {
		return
	}
	td.GetFunc = names.claim("Get" + td.Type)
	td.DeleteFunc = names.claim("Delete" + td.Type)
	table := t.QualifiedName()
	where := keyCondition(td.PKFields, 1)
	td.SelectSQL = goString("SELECT " + selectList(td) + " FROM " + table + " WHERE " + where)
	td.DeleteSQL = goString("DELETE FROM " + table + " WHERE " + where)
	td.ExistsSQL = goString("SELECT EXISTS (SELECT FROM " + table + " WHERE " + where + ")")
	buildPatch(td, t, names)
}

// buildPatch fills the patch type and Update of a table with a primary
// key, unless every column is in the key (or identity ALWAYS, or
// generated).
func buildPatch(td *tableData, t *models.Table, names *namer) {
	inKey := map[*fieldData]bool{}
	for _, f := range td.PKFields {
		inKey[f] = true
	}
	p := &writeType{Type: names.claim(td.Type + "Patch")}
	for _, f := range td.Fields {
		if inKey[f] || f.ReadOnly {
			continue
		}
		p.Fields = append(p.Fields, newWriteField(f, true))
	}
	if len(p.Fields) == 0 {
		return
	}
	p.Validations = td.validations(t, writeView("p", p.Fields), false)
	td.Patch = p
	td.Update = &updateData{
		Func:   names.claim("Update" + td.Type),
		IfFunc: names.claim("Update" + td.Type + "If"),
		Impl:   names.claim("update" + td.Type),
	}
	for _, w := range p.Fields {
		if w.Column == "updated_at" && w.Go.Kind == kindTime && !w.Go.Array {
			td.Update.UpdatedAt = w
		}
	}
}

func newWriteField(f *fieldData, optional bool) *writeField {
	w := &writeField{fieldData: f, Optional: optional, GoType: f.Go.Field}
	if optional {
		w.GoType = "Optional[" + f.Go.Field + "]"
	}
	return w
}

// writeView reads the fields of a write type with receiver recv.
func writeView(recv string, fields []*writeField) view {
	byField := map[*fieldData]*writeField{}
	for _, w := range fields {
		byField[w.fieldData] = w
	}
	return view{
		recv:     recv,
		present:  func(f *fieldData) bool { return byField[f] != nil },
		optional: func(f *fieldData) bool { return byField[f] != nil && byField[f].Optional },
	}
}

// keyCondition is "k1 = $start AND k2 = $start+1 ...".
func keyCondition(fields []*fieldData, start int) string {
	var conds []string
	for i, f := range fields {
		conds = append(conds, f.QuotedColumn+" = "+f.Placeholder(start+i))
	}
	return strings.Join(conds, " AND ")
}

// selectList is every column with its read cast, in table order.
func selectList(td *tableData) string {
	var sel []string
	for _, f := range td.Fields {
		sel = append(sel, f.Selected())
	}
	return strings.Join(sel, ", ")
}
