package codegen

// pgtypeScalars maps the built-in types pgx has a Go type for, beyond the
// ones of scalars, by canonical name: the geometric types, bit strings,
// ranges and multiranges as pgx's pgtype types (registered by default,
// so every query mode and COPY carry them), macaddr as
// net.HardwareAddr, oid as uint32. A pgtype value with Valid false is
// NULL: Validate refuses it in a NOT NULL column.
var pgtypeScalars = map[string]scalar{
	"oid":            {base: "uint32", kind: kindOther},
	"bit":            {base: "pgtype.Bits", kind: kindOther, valid: true},
	"bit varying":    {base: "pgtype.Bits", kind: kindOther, valid: true},
	"macaddr":        {base: "net.HardwareAddr", kind: kindOther, nilable: true},
	"macaddr8":       {base: "net.HardwareAddr", kind: kindOther, nilable: true},
	"point":          {base: "pgtype.Point", kind: kindOther, valid: true},
	"line":           {base: "pgtype.Line", kind: kindOther, valid: true},
	"lseg":           {base: "pgtype.Lseg", kind: kindOther, valid: true},
	"box":            {base: "pgtype.Box", kind: kindOther, valid: true},
	"path":           {base: "pgtype.Path", kind: kindOther, valid: true},
	"polygon":        {base: "pgtype.Polygon", kind: kindOther, valid: true},
	"circle":         {base: "pgtype.Circle", kind: kindOther, valid: true},
	"int4range":      {base: "pgtype.Range[pgtype.Int4]", kind: kindOther, valid: true},
	"int8range":      {base: "pgtype.Range[pgtype.Int8]", kind: kindOther, valid: true},
	"numrange":       {base: "pgtype.Range[pgtype.Numeric]", kind: kindOther, valid: true},
	"daterange":      {base: "pgtype.Range[pgtype.Date]", kind: kindOther, valid: true},
	"tsrange":        {base: "pgtype.Range[pgtype.Timestamp]", kind: kindOther, valid: true},
	"tstzrange":      {base: "pgtype.Range[pgtype.Timestamptz]", kind: kindOther, valid: true},
	"int4multirange": {base: "pgtype.Multirange[pgtype.Range[pgtype.Int4]]", kind: kindOther, nilable: true},
	"int8multirange": {base: "pgtype.Multirange[pgtype.Range[pgtype.Int8]]", kind: kindOther, nilable: true},
	"nummultirange":  {base: "pgtype.Multirange[pgtype.Range[pgtype.Numeric]]", kind: kindOther, nilable: true},
	"datemultirange": {base: "pgtype.Multirange[pgtype.Range[pgtype.Date]]", kind: kindOther, nilable: true},
	"tsmultirange":   {base: "pgtype.Multirange[pgtype.Range[pgtype.Timestamp]]", kind: kindOther, nilable: true},
	"tstzmultirange": {base: "pgtype.Multirange[pgtype.Range[pgtype.Timestamptz]]", kind: kindOther, nilable: true},
}

// builtinScalar is how Go carries the built-in type named canonical,
// if schemactl maps it to a Go type of its own.
func builtinScalar(canonical string) (scalar, bool) {
	if s, ok := scalars[canonical]; ok {
		return s, true
	}
	s, ok := pgtypeScalars[canonical]
	return s, ok
}
