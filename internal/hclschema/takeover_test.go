package hclschema

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// The takeover fixture loads into the model the planner and the live
// check read: imports by kind, schema and name; data tables with their
// columns; foreign keys resolved to the data tables' schema and name.
func TestLoadTakeover(t *testing.T) {
	r := mustLoad(t, "../../testdata/hcl/takeover/takeover.hcl")
	want := []models.Import{
		{Kind: models.ImportEnum, Schema: "public", Name: "metric_kind"},
		{Kind: models.ImportTable, Schema: "public", Name: "performance_metrics"},
		{Kind: models.ImportTable, Schema: "reporting", Name: "daily totals"},
	}
	if len(r.Imports) != len(want) {
		t.Fatalf("imports %+v, want %+v", r.Imports, want)
	}
	for i := range want {
		if r.Imports[i] != want[i] {
			t.Fatalf("imports %+v, want %+v", r.Imports, want)
		}
	}
	users := r.DataTable("auth", "users")
	if users == nil || users.Label != "auth_users" || len(users.Columns) != 1 || users.Columns[0].Type.Name != "uuid" || users.Columns[0].Nullable {
		t.Fatalf("data table auth.users: %+v", users)
	}
	docs := r.DataTable("public", "documents")
	if docs == nil || docs.Label != "documents" || docs.Column("id").Type.Name != "integer" || docs.Column("id").Serial ||
		!docs.Column("tenant").Nullable || docs.Column("tenant").Type.SQL() != "character varying(40)" {
		t.Fatalf("data table public.documents: %+v", docs)
	}
	if orders := r.DataTable("legacy", "Orders"); orders == nil || orders.Label != "legacy orders: a label may be longer than the 63 bytes of an identifier" || orders.Column("order no") == nil {
		t.Fatalf("data table legacy.Orders: %+v", orders)
	}
	pm := r.Table("public", "performance_metrics")
	for name, ref := range map[string]string{
		"performance_metrics_document_fkey": "public.documents(id,tenant)",
		"performance_metrics_user_id_fkey":  "auth.users(id)",
	} {
		fk := pm.ForeignKey(name)
		if got := fk.RefSchema + "." + fk.RefTable + "(" + strings.Join(fk.RefColumns, ",") + ")"; got != ref {
			t.Errorf("%s references %s, want %s", name, got, ref)
		}
	}
	if fk := r.Table("reporting", "daily totals").ForeignKey("daily_totals_order_fkey"); fk.RefSchema != "legacy" || fk.RefTable != "Orders" {
		t.Errorf("daily_totals_order_fkey: %+v", fk)
	}
	if len(r.Schemas) != 2 {
		t.Errorf("data tables declare no schema: got schemas %+v", r.Schemas)
	}
}

// A file written for a project leaves out the schema blocks the project
// declares and names the project's tables, data tables and enums so that
// they resolve there: the project's files and the written one load
// together into both realms.
func TestWriteForProject(t *testing.T) {
	project := map[string][]byte{"schema/app.hcl": []byte(`schema "public" {}

schema "audit" {}

enum "level" {
  schema = schema.public
  values = ["low", "high"]
}

enum "level" {
  schema = schema.audit
  values = ["info"]
}

table "documents" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  primary_key {
    columns = [column.id]
  }
}

table "events" {
  schema = schema.audit
  column "id" {
    type = bigint
  }
  primary_key {
    columns = [column.id]
  }
}

data "table" "users" {
  schema = "auth"
  column "id" {
    type = uuid
  }
}
`)}
	projectRealm, diags := LoadFiles(project)
	if diags.HasErrors() {
		t.Fatal(printedFiles(t, diags, project))
	}
	text := models.Type{Name: "text"}
	added := &models.Realm{
		Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{{
			Schema: "public", Name: "events",
			Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "bigint"}},
				{Name: "document_id", Type: models.Type{Name: "bigint"}},
				{Name: "audit_id", Type: models.Type{Name: "bigint"}},
				{Name: "user_id", Type: models.Type{Name: "uuid"}},
				{Name: "level", Type: models.Type{Name: "level", EnumSchema: "audit"}},
				{Name: "note", Type: text, Nullable: true},
			},
			PrimaryKey: &models.PrimaryKey{Name: "events_pkey", Columns: []string{"id"}},
			ForeignKeys: []*models.ForeignKey{
				{Name: "events_document_fkey", Columns: []string{"document_id"}, RefSchema: "public", RefTable: "documents", RefColumns: []string{"id"}},
				{Name: "events_audit_fkey", Columns: []string{"audit_id"}, RefSchema: "audit", RefTable: "events", RefColumns: []string{"id"}},
				{Name: "events_user_fkey", Columns: []string{"user_id"}, RefSchema: "auth", RefTable: "users", RefColumns: []string{"id"}},
			},
		}}}},
		Imports: []models.Import{{Kind: models.ImportTable, Schema: "public", Name: "events"}},
	}
	out := WriteForProject(added, projectRealm)
	if strings.Contains(string(out), `schema "public"`) {
		t.Fatalf("the project declares schema public; the file must not:\n%s", out)
	}
	for _, ref := range []string{`table "public" "events"`, "table.public.documents.column.id", "table.audit.events.column.id",
		"data.table.users.column.id", "enum.audit.level", "to = table.public.events"} {
		if !strings.Contains(string(out), ref) {
			t.Errorf("the written file lacks %s:\n%s", ref, out)
		}
	}
	both := map[string][]byte{"schema/app.hcl": project["schema/app.hcl"], "schema/events.hcl": out}
	got, diags := LoadFiles(both)
	if len(diags) > 0 {
		t.Fatalf("the project with the written file:\n%s\n%s", printedFiles(t, diags, both), out)
	}
	want := projectRealm.Clone()
	want.Schema("public").Tables = append(want.Schema("public").Tables, added.Tables()[0])
	want.Imports = added.Imports
	assertRealm(t, got, want.Normalize())
}

// fmt lays out import and data blocks like any other, keeping comments.
func TestFormatTakeoverBlocks(t *testing.T) {
	src := []byte(`import {
to=table.events # taken over in 2025
}
data "table"   "auth_users"{
schema="auth"
  name = "users"
column "id" { type = uuid }
}
`)
	want := `import {
  to = table.events # taken over in 2025
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" { type = uuid }
}
`
	got, diags := FormatFile("takeover.hcl", src)
	if diags.HasErrors() || string(got) != want {
		t.Fatalf("formatted (%v):\n%s\nwant:\n%s", diags, got, want)
	}
}
