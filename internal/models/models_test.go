package models

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseTypeCanonical(t *testing.T) {
	cases := map[string]string{
		"int4":                        "integer",
		"int":                         "integer",
		"INTEGER":                     "integer",
		"int8":                        "bigint",
		"serial":                      "integer",
		"bool":                        "boolean",
		"varchar(500)":                "character varying(500)",
		"character varying(500)":      "character varying(500)",
		"numeric(12, 2)":              "numeric(12,2)",
		"decimal(12,2)":               "numeric(12,2)",
		"timestamptz":                 "timestamp with time zone",
		"timestamp(3) with time zone": "timestamp(3) with time zone",
		"timestamptz(3)":              "timestamp(3) with time zone",
		"time":                        "time without time zone",
		"text[]":                      "text[]",
		"_int4":                       "integer[]",
		"integer[][]":                 "integer[]",
		"int[3]":                      "integer[]",
		"double_precision":            "double precision",
		"float8":                      "double precision",
		"char(2)":                     "character(2)",
		"bpchar":                      "bpchar",
		"char":                        "character(1)",
		"character":                   "character(1)",
		"bit":                         "bit(1)",
		"varbit":                      "bit varying",
		"float(24)":                   "real",
		"float(25)":                   "double precision",
		"float":                       "double precision",
		"_bpchar":                     "bpchar[]",
		"_varchar":                    "character varying[]",
		"interval day to second(3)":   "interval day to second(3)",
		"time(3) with time zone":      "time(3) with time zone",
		"character varying":           "character varying",
		"vector(3)":                   "vector(3)",
		"timestamp without time zone": "timestamp without time zone",
		"character varying(20)[]":     "character varying(20)[]",
		"interval":                    "interval",
	}
	for in, want := range cases {
		got, err := ParseType(in)
		if err != nil {
			t.Errorf("ParseType(%q): %v", in, err)
			continue
		}
		if got.SQL() != want {
			t.Errorf("ParseType(%q).SQL() = %q, want %q", in, got.SQL(), want)
		}
	}
	for _, bad := range []string{"", "numeric(a)", "text[", "varchar(1"} {
		if _, err := ParseType(bad); err == nil {
			t.Errorf("ParseType(%q): want error", bad)
		}
	}
}

// Quoted names keep what they hold, brackets and parentheses included,
// which a scan for "(" and "[" used to take for modifiers and arrays.
func TestParseTypeQuotedNames(t *testing.T) {
	cases := map[string]Type{
		`"my(type"`:                    {Name: `"my(type"`},
		`"a[b]"[]`:                     {Name: `"a[b]"`, Array: true},
		`public."My Type"(3)`:          {Name: `public."My Type"`, Modifiers: []int{3}},
		`"app" . "priority"[]`:         {Name: `"app"."priority"`, Array: true},
		"Public.Vector(3)":             {Name: "public.vector", Modifiers: []int{3}},
		"numeric(5, -2)":               {Name: "numeric", Modifiers: []int{5, -2}},
		"integer ARRAY[4]":             {Name: "integer", Array: true},
		"ÜBER_TYPE":                    {Name: "Über_type"},
		"timestamp (3) WITH time zone": {Name: "timestamp with time zone", Modifiers: []int{3}},
	}
	for in, want := range cases {
		got, err := ParseType(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseType(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, bad := range []string{`"unterminated`, "text[]]", "int[x]", "numeric(1,)", "text; DROP TABLE x", "a b(1)(2)"} {
		if got, err := ParseType(bad); err == nil {
			t.Errorf("ParseType(%q) = %+v, want an error", bad, got)
		}
	}
}

func TestEnumTypeSQLIsQualified(t *testing.T) {
	ty := Type{Name: "Alert Severity", EnumSchema: "public", Array: true}
	if got, want := ty.SQL(), `"public"."Alert Severity"[]`; got != want {
		t.Fatalf("SQL() = %q, want %q", got, want)
	}
	if !ty.IsEnum() || ty.Element().Array {
		t.Fatalf("IsEnum/Element wrong for %+v", ty)
	}
}

func sampleRealm() *Realm {
	return &Realm{Schemas: []*Schema{{
		Name: "public",
		Tables: []*Table{
			{Name: "b", Columns: []*Column{{Name: "id", Type: Type{Name: "uuid"}}}},
			{Name: "a",
				Columns:     []*Column{{Name: "x", Type: Type{Name: "integer"}}, {Name: "y", Type: Type{Name: "text"}, Nullable: true}},
				Checks:      []*Check{{Name: "z", Expr: "x > 0"}, {Name: "c", Expr: "x < 10"}},
				Policies:    []*Policy{{Name: "p", Roles: []string{"service_role", "anon", "public"}}},
				ForeignKeys: []*ForeignKey{{Name: "fk", Columns: []string{"x"}, RefTable: "b", RefColumns: []string{"id"}}},
				Indexes:     []*Index{{Name: "i", Parts: []IndexPart{{Column: "x"}}}},
				Uniques:     []*Unique{},
			},
		},
	}}}
}

func TestNormalizeSortsAndFillsDefaults(t *testing.T) {
	r := sampleRealm().Normalize()
	s := r.Schema("public")
	if s.Tables[0].Name != "a" || s.Tables[1].Name != "b" {
		t.Fatalf("tables not sorted: %s, %s", s.Tables[0].Name, s.Tables[1].Name)
	}
	a := r.Table("public", "a")
	if a.Schema != "public" || a.Checks[0].Name != "c" {
		t.Fatalf("table not normalised: schema %q, first check %q", a.Schema, a.Checks[0].Name)
	}
	if a.Uniques != nil {
		t.Fatalf("empty slice kept: %#v", a.Uniques)
	}
	p := a.Policy("p")
	if strings.Join(p.Roles, ",") != "PUBLIC,anon,service_role" || p.Command != PolicyAll || p.As != PolicyPermissive {
		t.Fatalf("policy not normalised: %+v", p)
	}
	fk := a.ForeignKey("fk")
	if fk.OnDelete != ActionNoAction || fk.OnUpdate != ActionNoAction || fk.RefSchema != "public" {
		t.Fatalf("fk not normalised: %+v", fk)
	}
	if a.Index("i").Method != IndexBTree {
		t.Fatalf("index method not filled: %+v", a.Index("i"))
	}
	if a.Columns[0].Name != "x" || a.Columns[1].Name != "y" {
		t.Fatalf("column order changed")
	}
}

func TestDifferences(t *testing.T) {
	a, b := sampleRealm(), sampleRealm()
	if d := Differences(a, b); len(d) != 0 {
		t.Fatalf("equal realms differ: %v", d)
	}
	b.Schemas[0].Tables[1].Checks[0].Expr = "x > 1"
	b.Schemas[0].Tables[0].Columns = append(b.Schemas[0].Tables[0].Columns, &Column{Name: "extra", Type: Type{Name: "text"}})
	d := Differences(a, b)
	joined := strings.Join(d, "\n")
	if len(d) != 3 || !strings.Contains(joined, `Checks["z"].Expr`) || !strings.Contains(joined, `Columns["extra"]: missing != present`) || !strings.Contains(joined, "Columns order") {
		t.Fatalf("unexpected differences:\n%s", joined)
	}
	if Equal(a, b) {
		t.Fatal("Equal reported different realms equal")
	}
	// Column order alone is a difference.
	c := sampleRealm()
	cols := c.Schemas[0].Tables[1].Columns
	cols[0], cols[1] = cols[1], cols[0]
	if Equal(sampleRealm(), c) {
		t.Fatal("column order ignored")
	}
}

func TestCloneAndJSONRoundTrip(t *testing.T) {
	r := sampleRealm().Normalize()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Realm
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if d := Differences(r, &back); len(d) != 0 {
		t.Fatalf("JSON round trip differs: %v", d)
	}
	c := r.Clone()
	c.Schemas[0].Name = "other"
	if r.Schemas[0].Name != "public" {
		t.Fatal("Clone shares memory")
	}
}

func TestDefaultConstraintName(t *testing.T) {
	if got := DefaultConstraintName("alert_events", nil, "pkey"); got != "alert_events_pkey" {
		t.Fatalf("got %q", got)
	}
	long := strings.Repeat("t", 63)
	got := DefaultConstraintName(long, nil, "pkey")
	if len(got) != 63 || got != strings.Repeat("t", 58)+"_pkey" {
		t.Fatalf("long name: got %q (%d bytes)", got, len(got))
	}
	if got := DefaultConstraintName("users", []string{"email"}, "key"); got != "users_email_key" {
		t.Fatalf("got %q", got)
	}
}

func TestQuote(t *testing.T) {
	if got := QualifiedName("public", `we"ird`); got != `"public"."we""ird"` {
		t.Fatalf("got %s", got)
	}
	if got := QuoteLiteral("it's"); got != `'it''s'` {
		t.Fatalf("got %s", got)
	}
}

func TestLookupSortedAndUnsorted(t *testing.T) {
	var tables []*Table
	for _, n := range []string{"d", "b", "a", "c"} {
		tables = append(tables, &Table{Name: n})
	}
	s := &Schema{Name: "public", Tables: tables}
	for _, n := range []string{"a", "b", "c", "d"} {
		if got := s.Table(n); got == nil || got.Name != n {
			t.Fatalf("unsorted: Table(%q) = %v", n, got)
		}
	}
	r := (&Realm{Schemas: []*Schema{s}}).Normalize()
	for _, n := range []string{"a", "b", "c", "d"} {
		if got := r.Table("public", n); got == nil || got.Name != n {
			t.Fatalf("sorted: Table(%q) = %v", n, got)
		}
	}
	if r.Table("public", "e") != nil || r.Table("other", "a") != nil || (*Schema)(nil).Table("a") != nil {
		t.Fatal("found a table that does not exist")
	}
}
