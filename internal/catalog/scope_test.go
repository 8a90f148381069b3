package catalog

import (
	"context"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// scopeSQL has, besides the user's own tables, everything Inspect must not
// read: extension objects (types, opclasses, functions, and a table and an
// enum made extension members), the migrations table, a table partitioned
// by an expression and its partition, and a second schema; and a view,
// which it reads as one.
const scopeSQL = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA other;
CREATE TABLE public.migrations (version integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.people (
    id integer NOT NULL PRIMARY KEY,
    email citext NOT NULL,
    name text NOT NULL
);
CREATE INDEX people_name_trgm_idx ON people USING gin (name gin_trgm_ops);
CREATE TABLE public.ext_member_table (id integer);
CREATE TYPE public.ext_member_enum AS ENUM ('a');
ALTER EXTENSION citext ADD TABLE public.ext_member_table;
ALTER EXTENSION citext ADD TYPE public.ext_member_enum;
CREATE SEQUENCE public.ext_member_seq;
ALTER EXTENSION citext ADD SEQUENCE public.ext_member_seq;
CREATE TABLE public.measurements (taken_at date NOT NULL, v integer) PARTITION BY RANGE ((date_part('year', taken_at)));
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM (2024) TO (2025);
CREATE VIEW public.people_view AS SELECT id, name FROM people;
CREATE TABLE other.people (id integer NOT NULL);
CREATE TYPE other.color AS ENUM ('red');
`

func TestInspectScope(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, scopeSQL)
	conn := testdb.Connect(t, url)
	ctx := context.Background()

	got, err := Inspect(ctx, conn, Options{Schemas: []string{"public"}, Exclude: []string{"public.migrations"}})
	if err != nil {
		t.Fatal(err)
	}
	want := (&models.Realm{Schemas: []*models.Schema{{
		Name: "public",
		Tables: []*models.Table{{
			Schema: "public",
			Name:   "people",
			Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "integer"}},
				{Name: "email", Type: models.Type{Name: "citext"}},
				{Name: "name", Type: models.Type{Name: "text"}},
			},
			PrimaryKey: &models.PrimaryKey{Name: "people_pkey", Columns: []string{"id"}},
			Indexes: []*models.Index{{
				Name:   "people_name_trgm_idx",
				Method: models.IndexGIN,
				Parts:  []models.IndexPart{{Column: "name", OpClass: "gin_trgm_ops"}},
			}},
		}},
		Views: []*models.View{{
			Schema: "public", Name: "people_view", Definition: "SELECT people.id,\n    people.name\n   FROM people",
			Columns:   []*models.ViewColumn{{Name: "id", Type: models.Type{Name: "integer"}}, {Name: "name", Type: models.Type{Name: "text"}}},
			DependsOn: []models.ViewDependency{{Schema: "public", Name: "people", Columns: []string{"id", "name"}}},
		}},
	}},
		// Never read as tables, never silent: what the model cannot hold
		// is listed (but not what an extension owns).
		Unsupported: []models.Object{
			{Kind: "partition", Schema: "public", Name: "measurements_2024", Detail: "PARTITION OF public.measurements FOR VALUES FROM ('2024') TO ('2025')"},
			{Kind: "partitioned table", Schema: "public", Name: "measurements", Detail: "PARTITION BY RANGE (date_part('year'::text, taken_at)), 1 partition(s)"},
		},
	}).Normalize()
	// The extensions are read (their members are not): in the schema,
	// with the version the server installed.
	var exts []string
	for _, e := range got.Extensions {
		exts = append(exts, e.Name+" "+e.Schema)
		if e.Version == "" {
			t.Errorf("extension %s read without its version", e.Name)
		}
	}
	if strings.Join(exts, ", ") != "citext public, pg_trgm public" {
		t.Errorf("extensions read: %v, want citext and pg_trgm in public", exts)
	}
	got.Extensions = nil
	if d := models.Differences(got, want); len(d) != 0 {
		t.Fatalf("inspected realm differs from the expected one:\n%s", strings.Join(d, "\n"))
	}

	// Without a schema list every user schema is read, still without
	// extension objects; without Exclude the migrations table is read.
	all, err := Inspect(ctx, conn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range all.Schemas {
		for _, e := range s.Enums {
			names = append(names, "enum "+s.Name+"."+e.Name)
		}
		for _, tb := range s.Tables {
			names = append(names, "table "+s.Name+"."+tb.Name)
		}
	}
	if got, want := strings.Join(names, ", "), "enum other.color, table other.people, table public.migrations, table public.people"; got != want {
		t.Fatalf("objects read without options:\n got %s\nwant %s", got, want)
	}
}

func TestInspectTableFilter(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, scopeSQL+`
CREATE TYPE other.size AS ENUM ('s', 'm', 'l');
CREATE TABLE public.orders (id integer NOT NULL, size other.size, sizes other.size[]);
`)
	conn := testdb.Connect(t, url)
	ctx := context.Background()

	cases := []struct {
		name string
		opts Options
		want string
	}{
		{"unqualified name matches every schema", Options{Tables: []string{"people"}},
			"schema other: table people; schema public: table people"},
		{"qualified name", Options{Tables: []string{"other.people"}},
			"schema other: table people"},
		{"schema list and table filter", Options{Schemas: []string{"public"}, Tables: []string{"people"}},
			"schema public: table people"},
		{"enum of another schema comes along", Options{Tables: []string{"public.orders"}},
			"schema other: enum size; schema public: table orders"},
		{"exclusion wins over filter", Options{Tables: []string{"people", "orders"}, Exclude: []string{"public.people", "other.people"}},
			"schema other: enum size; schema public: table orders"},
		{"unknown table reads nothing", Options{Tables: []string{"nope"}}, ""},
		{"named empty schema is listed", Options{Schemas: []string{"public", "missing"}, Tables: []string{"nope"}},
			"schema public:"},
	}
	for _, c := range cases {
		got, err := Inspect(ctx, conn, c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if s := summarize(got); s != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, s, c.want)
		}
	}

	orders := mustInspect(t, conn, Options{Tables: []string{"orders"}}).Table("public", "orders")
	if ty := orders.Column("sizes").Type; !ty.Equal(models.Type{Name: "size", EnumSchema: "other", Array: true}) {
		t.Errorf("enum array column read as %+v", ty)
	}
}

func mustInspect(t *testing.T, q Querier, opts Options) *models.Realm {
	t.Helper()
	r, err := Inspect(context.Background(), q, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// summarize lists a realm's schemas with their enums and tables on one
// line: "schema a: enum e, table t; schema b: ...".
func summarize(r *models.Realm) string {
	var parts []string
	for _, s := range r.Schemas {
		var objs []string
		for _, e := range s.Enums {
			objs = append(objs, "enum "+e.Name)
		}
		for _, tb := range s.Tables {
			objs = append(objs, "table "+tb.Name)
		}
		parts = append(parts, strings.TrimSpace("schema "+s.Name+": "+strings.Join(objs, ", ")))
	}
	return strings.Join(parts, "; ")
}
