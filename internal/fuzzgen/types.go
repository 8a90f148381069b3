package fuzzgen

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// typeSpec is one column type the generator draws, with what it needs to
// fill and constrain a column of it.
type typeSpec struct {
	typ models.Type
	// key: btree-orderable, and value gives distinct values per row, so
	// the type may be in a primary key, a unique constraint, a foreign
	// key or a btree index.
	key bool
	// value is an SQL expression of the type for row i (1, 2, ...).
	value func(i int) string
	// literal is a literal default (as the loader stores it), expr an
	// expression default; "" when the type has none.
	literal, expr string
	// checks are CHECK expressions on column c that every value holds;
	// breaking is one that the values (not NULL) of rows violate.
	checks   []func(c string) string
	breaking func(c string) string
	// methods are the index access methods besides btree that fit the
	// type on their own (default operator class).
	methods []string
}

func quoted(format string) func(int) string {
	return func(i int) string { return models.QuoteLiteral(fmt.Sprintf(format, i)) }
}

func number(i int) string { return fmt.Sprint(i) }

var intChecks = []func(string) string{
	func(c string) string { return c + " >= 0" },
	func(c string) string { return c + " < 100000" },
	func(c string) string { return "(" + c + " <> -5 OR " + c + " IS NULL)" },
}

func intBreaking(c string) string { return c + " < 0" }

var textChecks = []func(string) string{
	func(c string) string { return "char_length(" + c + ") <= 40" },
	func(c string) string { return c + " <> ''" },
	func(c string) string { return c + " LIKE 'v%'" },
}

func textBreaking(c string) string { return c + " = ''" }

// builtinTypes are the built-in column types the generator draws from;
// enums are added per realm (enumType).
func builtinTypes() []typeSpec {
	text := func(t models.Type) typeSpec {
		return typeSpec{typ: t, key: true, value: quoted("v%d"), literal: models.QuoteLiteral("it's"), expr: "lower('ABC')",
			checks: textChecks, breaking: textBreaking}
	}
	integer := func(name string) typeSpec {
		return typeSpec{typ: models.Type{Name: name}, key: true, value: number, literal: "7", expr: "(1 + 2)",
			checks: intChecks, breaking: intBreaking, methods: []string{models.IndexBRIN, models.IndexHash}}
	}
	tm := func(name, lit, expr, format string) typeSpec {
		return typeSpec{typ: models.Type{Name: name}, key: true, value: quoted(format), literal: models.QuoteLiteral(lit), expr: expr,
			methods: []string{models.IndexBRIN}}
	}
	return []typeSpec{
		integer("smallint"), integer("integer"), integer("bigint"),
		{typ: models.Type{Name: "numeric", Modifiers: []int{10, 2}}, key: true, value: number, literal: "1.5", expr: "(2.5 * 2)",
			checks: intChecks, breaking: intBreaking, methods: []string{models.IndexBRIN}},
		{typ: models.Type{Name: "numeric"}, key: true, value: number, literal: "-1", checks: intChecks, breaking: intBreaking},
		{typ: models.Type{Name: "real"}, value: func(i int) string { return fmt.Sprintf("%d.5", i) }, literal: "1.5", checks: intChecks[:1]},
		{typ: models.Type{Name: "double precision"}, value: func(i int) string { return fmt.Sprintf("%d.25", i) }, literal: "0", expr: "pi()"},
		{typ: models.Type{Name: "boolean"}, value: func(i int) string { return fmt.Sprint(i%2 == 0) }, literal: "true"},
		text(models.Type{Name: "text"}),
		text(models.Type{Name: "character varying", Modifiers: []int{20}}),
		text(models.Type{Name: "character varying"}),
		{typ: models.Type{Name: "character", Modifiers: []int{12}}, key: true, value: quoted("v%d"), literal: models.QuoteLiteral("c")},
		{typ: models.Type{Name: "uuid"}, key: true, value: quoted("00000000-0000-4000-8000-%012d"), expr: "gen_random_uuid()",
			methods: []string{models.IndexHash}},
		{typ: models.Type{Name: "jsonb"}, value: quoted(`{"k": %d}`), literal: models.QuoteLiteral("{}"), expr: "'[]'::jsonb",
			methods: []string{models.IndexGIN}},
		{typ: models.Type{Name: "json"}, value: quoted(`{"k": %d}`), literal: models.QuoteLiteral("{}")},
		{typ: models.Type{Name: "bytea"}, key: true, value: quoted(`\x%02x`), literal: models.QuoteLiteral(`\x00`)},
		tm("date", "2020-01-01", "CURRENT_DATE", "2020-01-%02d"),
		tm("timestamp without time zone", "2020-01-01 00:00:00", "LOCALTIMESTAMP", "2020-01-01 00:00:%02d"),
		tm("timestamp with time zone", "2020-01-01 00:00:00+00", "now()", "2020-01-01 00:00:%02d+00"),
		tm("time without time zone", "12:00:00", "", "12:00:%02d"),
		{typ: models.Type{Name: "time with time zone"}, key: true, value: quoted("12:00:%02d+00")},
		{typ: models.Type{Name: "interval"}, key: true, value: quoted("%d seconds"), literal: models.QuoteLiteral("1 day"), expr: "'1 hour'::interval"},
		{typ: models.Type{Name: "inet"}, key: true, value: quoted("10.0.0.%d"), literal: models.QuoteLiteral("127.0.0.1")},
		{typ: models.Type{Name: "cidr"}, key: true, value: quoted("10.0.%d.0/24")},
		{typ: models.Type{Name: "macaddr"}, key: true, value: quoted("08:00:2b:01:02:%02x")},
		{typ: models.Type{Name: "bit", Modifiers: []int{8}}, key: true, value: func(i int) string { return fmt.Sprintf("B'%08b'", i) }},
		{typ: models.Type{Name: "bit varying", Modifiers: []int{16}}, key: true, value: func(i int) string { return fmt.Sprintf("B'%b'", i) }},
		{typ: models.Type{Name: "money"}, value: number},
		{typ: models.Type{Name: "xml"}, value: quoted("<a>%d</a>")},
		{typ: models.Type{Name: "tsvector"}, value: quoted("w%d"), methods: []string{models.IndexGIN, models.IndexGiST}},
		{typ: models.Type{Name: "tsquery"}, value: quoted("w%d")},
		{typ: models.Type{Name: "point"}, value: quoted("(%d,1)"), methods: []string{models.IndexGiST}},
		{typ: models.Type{Name: "int4range"}, value: func(i int) string { return models.QuoteLiteral(fmt.Sprintf("[%d,%d)", i, i+10)) },
			methods: []string{models.IndexGiST}},
		{typ: models.Type{Name: "tstzrange"}, value: quoted("[2020-01-01,2020-02-%02d)")},
		{typ: models.Type{Name: "daterange"}, value: quoted("[2020-01-01,2020-02-%02d)"), methods: []string{models.IndexGiST}},
		{typ: models.Type{Name: "integer", Array: true}, value: quoted("{%d,2}"), literal: models.QuoteLiteral("{}"),
			methods: []string{models.IndexGIN}},
		{typ: models.Type{Name: "text", Array: true}, value: quoted("{v%d}"), expr: "'{}'::text[]", methods: []string{models.IndexGIN}},
	}
}

// enumType is the spec of a column of enum e.
func enumType(e *models.Enum) typeSpec {
	values := e.Values
	return typeSpec{
		typ:     models.Type{Name: e.Name, EnumSchema: e.Schema},
		value:   func(i int) string { return models.QuoteLiteral(values[i%len(values)]) },
		literal: models.QuoteLiteral(values[0]),
	}
}
