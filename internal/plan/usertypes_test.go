package plan

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

const userTypesHCL = `
schema "public" {}
schema "geo" {}
domain "zip" {
  schema = schema.public
  type   = text
  null   = true
  check "zip_digits" { expr = "VALUE ~ '^[0-9]+$'" }
}
domain "zips" {
  schema = schema.geo
  type   = sql("zip[]")
  null   = true
}
composite "address" {
  schema = schema.geo
  field "street" { type = text }
  field "zip" { type = domain.zip }
}
table "t" {
  schema = schema.public
  column "id" { type = integer }
  column "home" {
    type = composite.geo.address
    null = true
  }
  column "codes" {
    type = domain.geo.zips
    null = true
  }
}
`

// A domain and a composite type are created after what they name (the
// schema, the domain a field or base type is) and before the table whose
// columns have them; dropped, in the reverse order.
func TestUserTypeOrder(t *testing.T) {
	desired := loadHCL(t, "s.hcl", userTypesHCL)
	p, err := Build(nil, desired, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := planSQL(p)
	at := func(s string) int {
		i := strings.Index(got, s)
		if i < 0 {
			t.Fatalf("no %q in the plan:\n%s", s, got)
		}
		return i
	}
	schema, zip, zips, address, table := at(`CREATE SCHEMA IF NOT EXISTS "geo"`), at(`CREATE DOMAIN "public"."zip"`), at(`CREATE DOMAIN "geo"."zips"`),
		at(`CREATE TYPE "geo"."address"`), at(`CREATE TABLE "public"."t"`)
	if !(schema < zips && schema < address && zip < zips && zip < address && zips < table && address < table) {
		t.Fatalf("creation order:\n%s", got)
	}
	p, err = Build(desired, loadHCL(t, "e.hcl", `schema "public" {}`), desired, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	got = planSQL(p)
	table, address, zips, zip = at(`DROP TABLE "public"."t"`), at(`DROP TYPE "geo"."address"`), at(`DROP DOMAIN "geo"."zips"`), at(`DROP DOMAIN "public"."zip"`)
	if !(table < address && table < zips && address < zip && zips < zip) {
		t.Fatalf("drop order:\n%s", got)
	}
	if _, err := Build(desired, loadHCL(t, "e.hcl", `schema "public" {}`), desired, Options{}); err == nil || !strings.Contains(err.Error(), "domain.public.zip") {
		t.Fatalf("dropping a domain without --allow-destroy: err = %v, want a refusal naming domain.public.zip", err)
	}
}

// A domain changes in place: a changed check is dropped, added NOT VALID
// and validated with a TABLE_SCAN hazard; a new base type for a domain in
// use refuses the plan, naming what uses it.
func TestDomainChanges(t *testing.T) {
	before := loadHCL(t, "a.hcl", userTypesHCL)
	after := loadHCL(t, "b.hcl", strings.Replace(userTypesHCL, `"VALUE ~ '^[0-9]+$'"`, `"length(VALUE) = 5"`, 1))
	p, err := Build(before, after, before, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `ALTER DOMAIN "public"."zip" DROP CONSTRAINT "zip_digits";
ALTER DOMAIN "public"."zip" ADD CONSTRAINT "zip_digits" CHECK (length(VALUE) = 5) NOT VALID;
ALTER DOMAIN "public"."zip" VALIDATE CONSTRAINT "zip_digits";
`
	if got := planSQL(p); got != want {
		t.Fatalf("check change:\n%s\nwant:\n%s", got, want)
	}
	if h := p.Statements[2].Hazards; len(h) != 1 || h[0].Code != HazardTableScan {
		t.Fatalf("VALIDATE hazards %+v, want one TABLE_SCAN", h)
	}
	retyped := loadHCL(t, "c.hcl", strings.Replace(userTypesHCL, "type   = text\n  null   = true\n  check", "type   = varchar(5)\n  null   = true\n  check", 1))
	var te *TypeChangeError
	if _, err = Build(before, retyped, before, Options{}); !errors.As(err, &te) || !strings.Contains(err.Error(), "field zip of composite geo.address") ||
		!strings.Contains(err.Error(), "domain geo.zips") {
		t.Fatalf("base type change of a domain in use: err = %v, want a TypeChangeError naming its users", err)
	}
}

// A composite type's fields are dropped and added in place; a type in use
// whose fields are reordered refuses the plan; an unused one
// is dropped and created again.
func TestCompositeChanges(t *testing.T) {
	before := loadHCL(t, "a.hcl", userTypesHCL)
	added := loadHCL(t, "b.hcl", strings.Replace(userTypesHCL, `field "zip" { type = domain.zip }`, `field "city" { type = text }`, 1))
	p, err := Build(before, added, before, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	want := `ALTER TYPE "geo"."address" DROP ATTRIBUTE "zip";
ALTER TYPE "geo"."address" ADD ATTRIBUTE "city" text;
`
	if got := planSQL(p); got != want {
		t.Fatalf("fields:\n%s\nwant:\n%s", got, want)
	}
	swapped := strings.Replace(userTypesHCL, "field \"street\" { type = text }\n  field \"zip\" { type = domain.zip }", "field \"zip\" { type = domain.zip }\n  field \"street\" { type = text }", 1)
	var te *TypeChangeError
	if _, err = Build(before, loadHCL(t, "c.hcl", swapped), before, Options{}); !errors.As(err, &te) || !strings.Contains(err.Error(), "column home of table public.t") {
		t.Fatalf("reordered fields of a type in use: err = %v, want a TypeChangeError naming the column", err)
	}
	unused := strings.Replace(swapped, "type = composite.geo.address", "type = text", 1)
	beforeUnused := loadHCL(t, "d.hcl", strings.Replace(userTypesHCL, "type = composite.geo.address", "type = text", 1))
	p, err = Build(beforeUnused, loadHCL(t, "e.hcl", unused), beforeUnused, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = `DROP TYPE "geo"."address";
CREATE TYPE "geo"."address" AS ("zip" "public"."zip", "street" text);
`
	if got := planSQL(p); got != want {
		t.Fatalf("reordered fields of an unused type:\n%s\nwant:\n%s", got, want)
	}
}

// A collation the model cannot hold on a managed domain is a difference
// the plan names (never "No changes"); on an unmanaged one, nothing.
func TestUserTypeUnsupportedCollation(t *testing.T) {
	desired := loadHCL(t, "s.hcl", userTypesHCL)
	live := desired.Clone()
	live.Unsupported = []models.Object{{Kind: "domain collation", Schema: "public", Name: "zip", Detail: "COLLATE public.c_copy"},
		{Kind: "composite type field collation", Schema: "public", Name: "theirs", Detail: `street COLLATE public.c_copy`}}
	p, err := Build(live, desired, desired, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Matches() || len(p.Unresolved) != 1 || p.Unresolved[0].Address != "domain.public.zip" || p.Unresolved[0].Value != "COLLATE public.c_copy" {
		t.Fatalf("unresolved %+v, want the collation of domain.public.zip only", p.Unresolved)
	}
}

// A declared domain or composite type that exists, in no state: without
// an import block the plan refuses (creating it could not run); with one
// it is taken over when it matches, and refused naming the difference
// when not.
func TestUserTypeTakeover(t *testing.T) {
	live := loadHCL(t, "live.hcl", userTypesHCL)
	var ee *ExistsError
	if _, err := Build(live, live, nil, Options{}); !errors.As(err, &ee) || !strings.Contains(err.Error(), "domain.zip") || !strings.Contains(err.Error(), "composite.geo.address") {
		t.Fatalf("without import: err = %v, want an ExistsError naming domain.zip and composite.geo.address", err)
	}
	imports := `
import {
  to = domain.zip
}
import {
  to = domain.geo.zips
}
import {
  to = composite.address
}
import {
  to = table.t
}
`
	p, err := Build(live, loadHCL(t, "s.hcl", userTypesHCL+imports), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := p.Summary(); s.Import != 4 || len(p.Statements) != 0 {
		t.Fatalf("matching import: summary %+v, statements %v", s, statementsOf(p))
	}
	differs := strings.Replace(userTypesHCL, `"VALUE ~ '^[0-9]+$'"`, `"length(VALUE) = 5"`, 1) + imports
	var ie *ImportError
	if _, err := Build(live, loadHCL(t, "d.hcl", differs), nil, Options{}); !errors.As(err, &ie) || !strings.Contains(err.Error(), `Checks["zip_digits"]`) {
		t.Fatalf("differing import: err = %v, want an ImportError naming the check", err)
	}
	// On a fresh database the import creates them.
	p, err = Build(nil, loadHCL(t, "s.hcl", userTypesHCL+imports), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := p.Summary(); s.Import != 4 || !strings.Contains(planSQL(p), "CREATE DOMAIN") {
		t.Fatalf("import on a fresh database: summary %+v\n%s", s, planSQL(p))
	}
}

// An enum that a domain or composite type uses cannot be replaced (its
// old type could not be dropped): the plan is refused, naming them.
func TestEnumReplaceUsedByAType(t *testing.T) {
	src := `
schema "public" {}
enum "mood" {
  schema = schema.public
  values = ["sad", "ok"]
}
domain "feeling" {
  schema = schema.public
  type   = enum.mood
}
`
	before := loadHCL(t, "a.hcl", src)
	after := loadHCL(t, "b.hcl", strings.Replace(src, `["sad", "ok"]`, `["ok", "sad"]`, 1))
	var te *TypeChangeError
	if _, err := Build(before, after, before, Options{}); !errors.As(err, &te) || !strings.Contains(err.Error(), "domain public.feeling") {
		t.Fatalf("err = %v, want a TypeChangeError naming domain public.feeling", err)
	}
	added := loadHCL(t, "c.hcl", strings.Replace(src, `["sad", "ok"]`, `["sad", "ok", "glad"]`, 1))
	if _, err := Build(before, added, before, Options{}); err != nil {
		t.Fatalf("adding a value: %v", err)
	}
}
