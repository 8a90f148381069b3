package live

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestDataTablesAreCheckedLive: a data table is never created, but a live
// plan checks that it exists with the declared columns and types and that
// what a foreign key references is a key, and says precisely what is not.
func TestDataTablesAreCheckedLive(t *testing.T) {
	url := testdb.New(t)
	testdb.Exec(t, url, `CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text, code integer);`)
	ctx := testContext(t)
	conn := testdb.Connect(t, url)
	declare := func(refCol string, cols ...*models.Column) *models.Realm {
		r := &models.Realm{
			Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{{
				Schema: "public", Name: "subscriptions",
				Columns: []*models.Column{{Name: "user_id", Type: models.Type{Name: "uuid"}}},
				ForeignKeys: []*models.ForeignKey{{Name: "subscriptions_user_fkey", Columns: []string{"user_id"},
					RefSchema: "auth", RefTable: "users", RefColumns: []string{refCol}}},
			}}}},
			Data: []*models.DataTable{{Label: "auth_users", Schema: "auth", Name: "users", Columns: cols}},
		}
		return r.Normalize()
	}
	uuidCol := func(name string) *models.Column { return &models.Column{Name: name, Type: models.Type{Name: "uuid"}} }

	p, err := Plan(ctx, conn, declare("id", uuidCol("id")), nil, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Changes {
		if strings.Contains(c.Address, "auth") {
			t.Fatalf("the plan touches the data table: %s", c.Address)
		}
	}
	if sql := strings.Join(p.Changes[0].SQL(), "\n"); !strings.Contains(sql, `REFERENCES "auth"."users" ("id")`) {
		t.Fatalf("the foreign key to the data table is not created:\n%s", sql)
	}

	for name, tc := range map[string]struct {
		realm *models.Realm
		want  string
	}{
		"missing column": {declare("id", uuidCol("id"), uuidCol("nope")), "has no column nope"},
		"wrong type":     {declare("id", uuidCol("id"), uuidCol("code")), "column code is integer in the database, uuid declared"},
		"not a key":      {declare("email", uuidCol("id")), "no primary key or unique constraint"},
	} {
		_, err := Plan(ctx, conn, tc.realm, nil, Options{MigrationsTable: "public.migrations"})
		var de *DataTableError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want a DataTableError saying %q", name, err, tc.want)
		}
	}
	missing := declare("id", uuidCol("id"))
	missing.Data[0].Name = "nobody"
	missing.Schemas[0].Tables[0].ForeignKeys[0].RefTable = "nobody"
	if _, err := Plan(ctx, conn, missing, nil, Options{MigrationsTable: "public.migrations"}); err == nil || !strings.Contains(err.Error(), "auth.nobody does not exist") {
		t.Errorf("missing data table: err = %v", err)
	}
}
