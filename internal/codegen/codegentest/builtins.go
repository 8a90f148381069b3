package codegentest

import "github.com/schemactl/schemactl/internal/models"

// builtinTypes are the built-in types the generator maps to pgx's types
// (and oid to uint32, macaddr to net.HardwareAddr), by column suffix.
var builtinTypes = []struct{ name, typ string }{
	{"oid", "oid"}, {"bit", "bit(8)"}, {"varbit", "bit varying(16)"},
	{"macaddr", "macaddr"}, {"macaddr8", "macaddr8"},
	{"point", "point"}, {"line", "line"}, {"lseg", "lseg"}, {"box", "box"},
	{"path", "path"}, {"polygon", "polygon"}, {"circle", "circle"},
	{"int4range", "int4range"}, {"int8range", "int8range"}, {"numrange", "numrange"},
	{"daterange", "daterange"}, {"tsrange", "tsrange"}, {"tstzrange", "tstzrange"},
	{"int4multirange", "int4multirange"}, {"int8multirange", "int8multirange"},
	{"nummultirange", "nummultirange"}, {"datemultirange", "datemultirange"},
	{"tsmultirange", "tsmultirange"}, {"tstzmultirange", "tstzmultirange"},
	{"money", "money"}, {"xml", "xml"}, {"tsvector", "tsvector"}, {"tsquery", "tsquery"},
}

// Builtins is the realm of the builtins fixture: table builtin_values
// has a NOT NULL and a nullable column of each type of builtinTypes, and
// arrays of some; table builtin_copyable has those that COPY carries (no
// type pgx knows only as text), for CopyFrom.
func Builtins() *models.Realm {
	cols := []*models.Column{{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityAlways}}}
	var copyable []*models.Column
	copyable = append(copyable, &models.Column{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityAlways}})
	for _, ty := range builtinTypes {
		cols = append(cols, col("c_"+ty.name, ty.typ, false), col("n_"+ty.name, ty.typ, true))
		switch ty.name {
		case "money", "xml", "tsvector", "tsquery":
		default:
			copyable = append(copyable, col("c_"+ty.name, ty.typ, false), col("n_"+ty.name, ty.typ, true))
		}
	}
	arrays := []*models.Column{
		col("a_oid", "oid[]", true), col("a_bit", "bit(8)[]", true), col("a_macaddr", "macaddr[]", true),
		col("a_point", "point[]", true), col("a_int4range", "int4range[]", true),
	}
	cols = append(cols, arrays...)
	copyable = append(copyable, arrays...)
	return (&models.Realm{Schemas: []*models.Schema{{
		Name: "public",
		Tables: []*models.Table{
			{Name: "builtin_values", Columns: cols, PrimaryKey: &models.PrimaryKey{Name: "builtin_values_pkey", Columns: []string{"id"}}},
			{Name: "builtin_copyable", Columns: copyable, PrimaryKey: &models.PrimaryKey{Name: "builtin_copyable_pkey", Columns: []string{"id"}}},
		},
	}}}).Normalize()
}
