package plan

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// An extension installed but never declared is never dropped: outside an
// exclusive schema it is unmanaged and silent, in one it is reported.
func TestUndeclaredExtension(t *testing.T) {
	current := &models.Realm{
		Schemas:    []*models.Schema{{Name: "app"}, {Name: "public"}},
		Extensions: []*models.Extension{{Name: "citext", Schema: "app", Version: "1.6"}, {Name: "hstore", Schema: "public", Version: "1.8"}},
	}
	desired := loadHCL(t, "d.hcl", `
schema "app" {
  exclusive = true
}
schema "public" {}
`)
	p, err := Build(current, desired, nil, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Changes) != 0 {
		t.Fatalf("an undeclared extension is planned: %v", p.Lines())
	}
	if len(p.Unresolved) != 1 || p.Unresolved[0].Object != "extension citext" || p.Unresolved[0].Address != "schema.app" {
		t.Fatalf("unresolved: %+v, want citext in the exclusive schema app alone", p.Unresolved)
	}
}

// A declared extension recorded in the state and removed from the HCL is
// dropped after everything else, with a DATA_LOSS hazard, as a destroy.
func TestExtensionDropOrder(t *testing.T) {
	declared := loadHCL(t, "a.hcl", `
schema "public" {}
extension "citext" {}
table "t" {
  schema = schema.public
  column "c" { type = sql("citext") }
}
`)
	desired := loadHCL(t, "b.hcl", `schema "public" {}`)
	if _, err := Build(declared, desired, declared, Options{}); err == nil || !strings.Contains(err.Error(), "extension.citext") {
		t.Fatalf("dropping an extension without --allow-destroy: %v", err)
	}
	p, err := Build(declared, desired, declared, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	last := p.Statements[len(p.Statements)-1]
	if last.SQL != `DROP EXTENSION "citext";` || len(last.Hazards) != 1 || last.Hazards[0].Code != HazardDataLoss {
		t.Fatalf("the last statement is %q %v, want the extension's drop with DATA_LOSS", last.SQL, last.Hazards)
	}
}

// A moved block's rename and a new extension in one plan: renames run
// first, the extension before the rest, and nothing is a cycle.
func TestExtensionWithRename(t *testing.T) {
	current := loadHCL(t, "a.hcl", `
schema "public" {}
table "users" {
  schema = schema.public
  column "id" { type = integer }
}
`)
	desired := loadHCL(t, "b.hcl", `
schema "public" {}
extension "citext" {}
table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "email" {
    type = sql("citext")
    null = true
  }
}
moved {
  from = table.users
  to   = table.people
}
`)
	p, err := Build(current, desired, current, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, s := range p.Statements {
		order = append(order, strings.SplitN(s.SQL, " ", 3)[0]+" "+strings.SplitN(s.SQL, " ", 3)[1])
	}
	if got := strings.Join(order, ", "); got != "ALTER TABLE, CREATE EXTENSION, ALTER TABLE" {
		t.Fatalf("statements: %s\n%s", got, strings.Join(p.Lines(), "\n"))
	}
}
