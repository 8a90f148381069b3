package models

import (
	"strings"
	"testing"
)

// Every keyword names the type its SQL spelling names, and the keyword
// inspect writes for a type loads back as that type.
func TestTypeKeywordsMatchSQL(t *testing.T) {
	for _, name := range TypeKeywordNames() {
		k, _ := LookupTypeKeyword(name)
		got := k.Type(nil)
		sqlName := name
		if _, field := intervalFields()[name]; field || strings.Contains(name, "_") && name != "pg_lsn" && name != "txid_snapshot" && name != "pg_snapshot" {
			sqlName = k.Canonical // Atlas's spelling, not SQL's
		}
		want, err := ParseType(sqlName)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !got.Equal(want) {
			t.Errorf("keyword %s is %s, SQL %q is %s", name, got.SQL(), sqlName, want.SQL())
		}
		kw, mods, ok := KeywordFor(got)
		if !ok {
			t.Errorf("type %s (from %s) has no keyword", got.SQL(), name)
			continue
		}
		kk, _ := LookupTypeKeyword(kw)
		if back := kk.Type(mods); !back.Equal(got) {
			t.Errorf("type %s writes as %s%v, which loads as %s", got.SQL(), kw, mods, back.SQL())
		}
	}
}

func TestKeywordFor(t *testing.T) {
	cases := map[string]string{
		"timestamp(6) without time zone": "timestamp(6)",
		"character varying":              "varchar",
		"character varying(20)":          "varchar(20)",
		"time(3) without time zone":      "time(3)",
		"time(2) with time zone":         "timetz(2)",
		"bit(8)":                         "bit(8)",
		"bit varying(4)":                 "bit_varying(4)",
		"numeric":                        "numeric",
		"numeric(10,2)":                  "numeric(10, 2)",
		"bpchar":                         "bpchar",
		"character(1)":                   "char(1)",
		"interval(3)":                    "interval(3)",
		"interval day to second(2)":      "day_to_second(2)",
		"interval year":                  "year",
		"int4multirange":                 "int4multirange",
		"macaddr8":                       "macaddr8",
	}
	for in, want := range cases {
		ty, err := ParseType(in)
		if err != nil {
			t.Fatal(err)
		}
		got, err := KeywordString(ty)
		if err != nil || got != want {
			t.Errorf("KeywordString(%s) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, none := range []string{"text[]", "vector(3)", "interval year(2)", "public.box", "timestamp(7) without time zone"} {
		ty, err := ParseType(none)
		if err != nil {
			t.Fatal(err)
		}
		if kw, _, ok := KeywordFor(ty); ok {
			t.Errorf("KeywordFor(%s) = %s, want none", none, kw)
		}
	}
}

func TestFloatPrecisionPicksType(t *testing.T) {
	k, _ := LookupTypeKeyword("float")
	for p, want := range map[int]string{1: "real", 24: "real", 25: "double precision", 53: "double precision"} {
		if got := k.Type([]int{p}); got.SQL() != want {
			t.Errorf("float(%d) = %s, want %s", p, got.SQL(), want)
		}
	}
	if got := k.Type(nil); got.SQL() != "double precision" {
		t.Errorf("float = %s", got.SQL())
	}
}

// A type whose modifiers are words (PostGIS's geometry(Point,4326)) is
// kept whole, as format_type prints it, so that inspect can write it in
// sql("...") and it loads back as the same type.
func TestParseTypeWordModifiers(t *testing.T) {
	cases := map[string]string{
		"geometry(Point,4326)":     "geometry(Point,4326)",
		"geometry(Point, 4326)":    "geometry(Point,4326)",
		"public.geography(PointZ)": "public.geography(PointZ)",
		"geometry(Point,4326)[]":   "geometry(Point,4326)[]",
	}
	for in, want := range cases {
		ty, err := ParseType(in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if ty.SQL() != want {
			t.Errorf("ParseType(%q).SQL() = %q, want %q", in, ty.SQL(), want)
		}
		back, err := ParseType(ty.SQL())
		if err != nil || !back.Equal(ty) {
			t.Errorf("%s does not parse back: %+v, %v", ty.SQL(), back, err)
		}
	}
	for _, bad := range []string{"geometry(Point,)", "geometry(Point 4326)", "geometry(,Point)"} {
		if _, err := ParseType(bad); err == nil {
			t.Errorf("ParseType(%q): want an error", bad)
		}
	}
}
