package plan

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

const viewTables = `
schema "public" {}
table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "amount" { type = integer }
}
`

// Offline, views are ordered from the names their queries hold: a view
// is created after the table and the view it reads, whatever their
// names' order, and dropped before them.
func TestViewOrderOffline(t *testing.T) {
	desired := loadHCL(t, "v.hcl", viewTables+`
view "a_big" {
  schema = schema.public
  as     = "SELECT id FROM z_amounts WHERE amount > 10"
}
view "z_amounts" {
  schema = schema.public
  as     = "SELECT id, amount FROM orders"
}
`)
	p, err := Offline(desired, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := planSQL(p)
	orders, amounts, big := strings.Index(got, `CREATE TABLE "public"."orders"`), strings.Index(got, `VIEW "public"."z_amounts"`), strings.Index(got, `VIEW "public"."a_big"`)
	if orders < 0 || amounts < orders || big < amounts {
		t.Fatalf("creation order wrong:\n%s", got)
	}
	p, err = Offline(loadHCL(t, "t.hcl", `schema "public" {}`), desired, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	got = planSQL(p)
	orders, amounts, big = strings.Index(got, `DROP TABLE "public"."orders"`), strings.Index(got, `DROP VIEW "public"."z_amounts"`), strings.Index(got, `DROP VIEW "public"."a_big"`)
	if big < 0 || amounts < big || orders < amounts {
		t.Fatalf("drop order wrong:\n%s", got)
	}
}

// Dropping a view the HCL no longer declares is a destroy.
func TestViewDropNeedsAllowDestroy(t *testing.T) {
	with := loadHCL(t, "v.hcl", viewTables+`
view "v" {
  schema = schema.public
  as     = "SELECT id FROM orders"
}
`)
	_, err := Offline(loadHCL(t, "t.hcl", viewTables), with, Options{})
	var de *DestroyError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "view.public.v") {
		t.Fatalf("err = %v, want a destroy refusal naming view.public.v", err)
	}
}

// A column retyped under a view drops the view before and creates it
// after; a view stacked on it goes and comes back too; a view reading
// other columns stays.
func TestViewColumnRetyped(t *testing.T) {
	views := `
view "amounts" {
  schema = schema.public
  as     = "SELECT id, amount FROM orders"
}
view "big" {
  schema = schema.public
  as     = "SELECT id FROM amounts WHERE amount > 10"
}
view "ids" {
  schema = schema.public
  as     = "SELECT id FROM orders"
}
`
	a := loadHCL(t, "a.hcl", viewTables+views)
	b := loadHCL(t, "b.hcl", strings.Replace(viewTables, `column "amount" { type = integer }`, `column "amount" { type = bigint }`, 1)+views)
	p, err := Offline(b, a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := planSQL(p)
	order := []string{`DROP VIEW "public"."big"`, `DROP VIEW "public"."amounts"`, `ALTER TABLE "public"."orders" ALTER COLUMN "amount" TYPE bigint`,
		`CREATE VIEW "public"."amounts"`, `CREATE VIEW "public"."big"`}
	last := -1
	for _, s := range order {
		i := strings.Index(got, s)
		if i < last {
			t.Fatalf("%q missing or out of order:\n%s", s, got)
		}
		last = i
	}
	if strings.Contains(got, `"ids"`) {
		t.Fatalf("a view not reading the column is rebuilt:\n%s", got)
	}
	if hz := p.Hazards(); !containsCode(hz, HazardViewReplaced) {
		t.Fatalf("hazards %v lack %s", hz, HazardViewReplaced)
	}
}

func containsCode(hz []Hazard, code HazardCode) bool {
	for _, h := range hz {
		if h.Code == code {
			return true
		}
	}
	return false
}

// A declared view whose name an unmanaged table holds is an error, not
// a CREATE VIEW that fails; an existing view of the declared name is
// taken over (compared like any managed view).
func TestViewTakeover(t *testing.T) {
	desired := loadHCL(t, "v.hcl", viewTables+`
view "v" {
  schema = schema.public
  as     = "SELECT id FROM orders"
}
`)
	live := loadHCL(t, "live.hcl", viewTables+`
table "v" {
  schema = schema.public
  column "id" { type = integer }
}
`)
	_, err := Build(live, desired, nil, Options{})
	var ce *RelationClashError
	if !errors.As(err, &ce) || ce.Existing != "table public.v" {
		t.Fatalf("err = %v, want a RelationClashError naming table public.v", err)
	}
	state := loadHCL(t, "state.hcl", viewTables) // the table is managed, the view never was
	live = desired.Clone()
	p, err := Build(live, desired, state, Options{})
	if err != nil || !p.Empty() {
		t.Fatalf("an existing equal view is not simply taken over: %v\n%v", err, p.Lines())
	}
	live.Views()[0].Definition = "SELECT id, amount FROM orders"
	live.Views()[0].Columns = []*models.ViewColumn{{Name: "id", Type: models.Type{Name: "integer"}}, {Name: "amount", Type: models.Type{Name: "integer"}}}
	p, err = Build(live, desired, state, Options{})
	if err != nil || !strings.Contains(planSQL(p), `DROP VIEW "public"."v"`) {
		t.Fatalf("an existing different view is not replaced: %v\n%s", err, planSQL(p))
	}
}

// An undeclared view reading a column the plan retypes is named as a
// difference no plan can make (PostgreSQL would refuse the ALTER, and
// the view is not schemactl's to drop); one reading other columns is not.
func TestUnmanagedViewReadsRetyped(t *testing.T) {
	a := loadHCL(t, "a.hcl", viewTables)
	b := loadHCL(t, "b.hcl", strings.Replace(viewTables, `column "amount" { type = integer }`, `column "amount" { type = bigint }`, 1))
	live := a.Clone()
	live.Schemas[0].Views = []*models.View{
		{Schema: "public", Name: "theirs", Definition: "SELECT amount FROM orders",
			DependsOn: []models.ViewDependency{{Schema: "public", Name: "orders", Columns: []string{"amount"}}}},
		{Schema: "public", Name: "ids", Definition: "SELECT id FROM orders",
			DependsOn: []models.ViewDependency{{Schema: "public", Name: "orders", Columns: []string{"id"}}}},
	}
	p, err := Build(live, b, a, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Unresolved) != 1 || !strings.Contains(p.Unresolved[0].Line(), "view theirs") {
		t.Fatalf("unresolved = %v, want view theirs only", p.Unresolved)
	}
}

// An undeclared view is managed like an undeclared sequence: dropped in
// an exclusive schema, never touched in a shared one.
func TestUndeclaredViews(t *testing.T) {
	live := &models.Realm{Schemas: []*models.Schema{{Name: "public", Views: []*models.View{{Schema: "public", Name: "theirs", Definition: "SELECT 1"}}}}}
	p, err := Build(live, loadHCL(t, "shared.hcl", `schema "public" {}`), nil, Options{AllowDestroy: true})
	if err != nil || !p.Empty() {
		t.Fatalf("a shared schema's undeclared view is planned: %v\n%v", err, p.Lines())
	}
	p, err = Build(live, loadHCL(t, "owned.hcl", `schema "public" { exclusive = true }`), nil, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := planSQL(p); got != "DROP VIEW \"public\".\"theirs\";\n" {
		t.Fatalf("exclusive schema: plan\n%s", got)
	}
}
