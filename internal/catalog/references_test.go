package catalog

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

func TestInspectWithReferences(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, `
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA auth;
CREATE TYPE auth.factor AS ENUM ('totp', 'webauthn');
CREATE TABLE auth.users (id uuid PRIMARY KEY, factor auth.factor UNIQUE, email text, "Org" integer, UNIQUE ("Org", email));
CREATE TABLE public.c (id integer PRIMARY KEY);
CREATE TABLE public.b (id integer PRIMARY KEY, c_id integer REFERENCES public.c);
CREATE TABLE public.a (id integer PRIMARY KEY, b_id integer REFERENCES public.b, user_id uuid REFERENCES auth.users,
    org integer, email text, FOREIGN KEY (email, org) REFERENCES auth.users (email, "Org"));
CREATE TABLE public.lookup (code text PRIMARY KEY);
ALTER EXTENSION citext ADD TABLE public.lookup;
CREATE TABLE public.uses_lookup (code text REFERENCES public.lookup, factor auth.factor REFERENCES auth.users (factor));
CREATE TABLE public.parted (id integer PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE public.parted_low PARTITION OF public.parted FOR VALUES FROM (0) TO (100);
CREATE TABLE public.migrations (version integer PRIMARY KEY);
CREATE TABLE public.readings (p integer REFERENCES public.parted, q integer REFERENCES public.parted_low, m integer REFERENCES public.migrations);
`)
	conn := testdb.Connect(t, url)
	ctx := context.Background()

	// Targets outside the selection are data tables with the referenced
	// columns, in table order, however many foreign keys name them; what
	// they reference in turn is not followed.
	realm, dangling, err := InspectWithReferences(ctx, conn, Options{Tables: []string{"a"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summarize(realm), "schema public: table a"; got != want || len(dangling) != 0 {
		t.Fatalf("realm %s (want %s), dangling %+v", got, want, dangling)
	}
	if got, want := dataSummary(realm), "auth_users=auth.users(id uuid, email text NULL, Org integer NULL) b=public.b(id integer)"; got != want {
		t.Fatalf("data tables:\n got %s\nwant %s", got, want)
	}
	requireRoundTrip(t, realm)

	// A target that cannot be a data table takes its foreign key out of
	// the realm, with the reason. A key column of an enum type is data:
	// the realm holds the enum, since the referencing column has its type.
	realm, dangling, err = InspectWithReferences(ctx, conn, Options{Tables: []string{"uses_lookup", "readings"}, Exclude: []string{"public.migrations"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range dangling {
		got = append(got, fmt.Sprintf("%s.%s %s -> %s: %s", d.Schema, d.Table, d.ForeignKey, d.Target, d.Reason))
	}
	want := []string{
		"public.readings readings_m_fkey -> public.migrations: a table the inspection excludes (the migrations table)",
		"public.readings readings_q_fkey -> public.parted_low: a partition of public.parted (FOR VALUES FROM (0) TO (100)), whose columns the HCL declares on public.parted only: reference that table instead",
		"public.uses_lookup uses_lookup_code_fkey -> public.lookup: a table an extension owns or in a system schema, which schemactl does not read",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("dangling:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, tb := range realm.Tables() {
		if tb.Name == "readings" && (len(tb.ForeignKeys) != 1 || tb.ForeignKeys[0].Name != "readings_p_fkey") {
			t.Fatalf("readings keeps its foreign key into the partitioned table only: %+v", tb.ForeignKeys)
		}
		if tb.Name != "uses_lookup" && tb.Name != "readings" && len(tb.ForeignKeys) != 0 {
			t.Fatalf("dangling foreign keys stay out of the realm: %+v", tb.ForeignKeys)
		}
	}
	if fks := realm.Table("public", "uses_lookup").ForeignKeys; len(fks) != 1 || fks[0].Name != "uses_lookup_factor_fkey" {
		t.Fatalf("uses_lookup's foreign keys: %+v", fks)
	}
	// A partitioned table is a data table like any other.
	if got, want := dataSummary(realm), `auth_users=auth.users(factor "auth"."factor" NULL) parted=public.parted(id integer)`; got != want || realm.Enum("auth", "factor") == nil {
		t.Fatalf("data tables:\n got %s\nwant %s (and the enum auth.factor)", got, want)
	}
	requireRoundTrip(t, realm)

	// Nothing to add when the selection is closed.
	realm, dangling, err = InspectWithReferences(ctx, conn, Options{Schemas: []string{"auth"}})
	if err != nil || len(dangling) != 0 || len(realm.Data) != 0 {
		t.Fatalf("data %+v, dangling %+v, err %v", realm.Data, dangling, err)
	}
}

// dataSummary lists the data tables as label=schema.name(columns).
func dataSummary(r *models.Realm) string {
	var parts []string
	for _, d := range r.Data {
		var cols []string
		for _, c := range d.Columns {
			col := c.Name + " " + c.Type.SQL()
			if c.Nullable {
				col += " NULL"
			}
			cols = append(cols, col)
		}
		parts = append(parts, fmt.Sprintf("%s=%s.%s(%s)", d.Label, d.Schema, d.Name, strings.Join(cols, ", ")))
	}
	return strings.Join(parts, " ")
}
