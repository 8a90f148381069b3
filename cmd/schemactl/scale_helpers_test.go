package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
)

// scaleRealm is n tables in the shape of issue 12's measurements: eleven
// columns (an identity key, a uuid, an enum), a primary key, two or three
// CHECKs, two indexes (one partial, one on an expression), a foreign key
// to the table before and, for every fifth table, one to a table further
// on (so that the plan must hold a foreign key back until its target
// exists), row-level security and a policy.
func scaleRealm(n int) *models.Realm {
	s := &models.Schema{Name: "public", Enums: []*models.Enum{{Schema: "public", Name: "scale_status", Values: []string{"new", "active", "closed"}}}}
	for i := range n {
		s.Tables = append(s.Tables, scaleTable(i, n))
	}
	return (&models.Realm{Schemas: []*models.Schema{s}}).Normalize()
}

func scaleTableName(i int) string { return fmt.Sprintf("scale_%05d", i) }

func scaleTable(i, n int) *models.Table {
	name := scaleTableName(i)
	t := &models.Table{
		Schema: "public", Name: name, Comment: fmt.Sprintf("generated table %d", i),
		Columns: []*models.Column{
			{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityByDefault}},
			{Name: "ref", Type: models.Type{Name: "uuid"}, Default: "gen_random_uuid()"},
			{Name: "parent_id", Type: models.Type{Name: "bigint"}, Nullable: true},
			{Name: "other_id", Type: models.Type{Name: "bigint"}, Nullable: true},
			{Name: "name", Type: models.Type{Name: "character varying", Modifiers: []int{200}}},
			{Name: "status", Type: models.Type{Name: "scale_status", EnumSchema: "public"}, Default: "'new'::scale_status"},
			{Name: "amount", Type: models.Type{Name: "numeric", Modifiers: []int{12, 2}}, Default: "0"},
			{Name: "tags", Type: models.Type{Name: "text", Array: true}, Default: "'{}'::text[]"},
			{Name: "payload", Type: models.Type{Name: "jsonb"}, Nullable: true},
			{Name: "enabled", Type: models.Type{Name: "boolean"}, Default: "true"},
			{Name: "created_at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()"},
		},
		PrimaryKey: &models.PrimaryKey{Name: name + "_pkey", Columns: []string{"id"}},
		Checks: []*models.Check{
			{Name: name + "_amount_check", Expr: "amount >= (0)::numeric"},
			{Name: name + "_name_check", Expr: "length((name)::text) > 0"},
		},
		Indexes: []*models.Index{
			{Name: name + "_name_idx", Method: models.IndexBTree, Parts: []models.IndexPart{{Expr: "lower((name)::text)"}}},
			{Name: name + "_created_idx", Method: models.IndexBTree, Parts: []models.IndexPart{{Column: "created_at", Desc: true, NullsFirst: true}}, Where: "enabled"},
		},
		RowSecurity: models.RowSecurity{Enabled: true},
		Policies: []*models.Policy{{Name: name + "_read", Command: models.PolicySelect, As: models.PolicyPermissive,
			Roles: []string{"authenticated"}, Using: "enabled"}},
	}
	if i%3 == 0 {
		t.Checks = append(t.Checks, &models.Check{Name: name + "_tags_check", Expr: "cardinality(tags) < 100"})
	}
	if i > 0 {
		t.ForeignKeys = append(t.ForeignKeys, &models.ForeignKey{Name: name + "_parent_fkey", Columns: []string{"parent_id"}, RefSchema: "public",
			RefTable: scaleTableName(i - 1), RefColumns: []string{"id"}, OnDelete: models.ActionSetNull, OnUpdate: models.ActionNoAction})
	}
	if j := (i*7 + n/2) % n; i%5 == 0 && j > i {
		t.ForeignKeys = append(t.ForeignKeys, &models.ForeignKey{Name: name + "_other_fkey", Columns: []string{"other_id"}, RefSchema: "public",
			RefTable: scaleTableName(j), RefColumns: []string{"id"}, OnDelete: models.ActionNoAction, OnUpdate: models.ActionNoAction})
	}
	return t
}

// writeScaleProject writes the HCL of scaleRealm(n) into a new project
// directory with an empty migrations directory, and returns the schema
// and migrations paths.
func writeScaleProject(t testing.TB, n int) (string, string) {
	t.Helper()
	root := t.TempDir()
	schema, migs := filepath.Join(root, "schema"), filepath.Join(root, "migrations")
	for _, d := range []string{schema, migs} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(schema, "schema.hcl"), hclschema.Write(scaleRealm(n)), 0o644); err != nil {
		t.Fatal(err)
	}
	return schema, migs
}
