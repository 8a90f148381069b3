package plan

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

func twoTables(t *testing.T, preventDestroy bool) *models.Realm {
	return loadHCL(t, "two.hcl", `
schema "public" {}
table "kept" {
  schema = schema.public
  column "id" { type = integer }
}
table "doomed" {
  schema = schema.public
  column "id" { type = integer }
  lifecycle { prevent_destroy = `+map[bool]string{true: "true", false: "false"}[preventDestroy]+` }
}
`)
}

func oneTable(t *testing.T) *models.Realm {
	return loadHCL(t, "one.hcl", `
schema "public" {}
table "kept" {
  schema = schema.public
  column "id" { type = integer }
}
`)
}

// TestDestroyNeedsAllowDestroy: removing a declared table is refused
// without AllowDestroy, with a typed error naming it.
func TestDestroyNeedsAllowDestroy(t *testing.T) {
	state := twoTables(t, false)
	_, err := Build(state, oneTable(t), state, Options{})
	var de *DestroyError
	if !errors.As(err, &de) || len(de.Refused) != 1 || de.Refused[0] != "table.public.doomed" {
		t.Fatalf("err = %v, want a DestroyError refusing table.public.doomed", err)
	}
	if !strings.Contains(err.Error(), "--allow-destroy") {
		t.Errorf("error %q does not say how to allow it", err)
	}
	p, err := Build(state, oneTable(t), state, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	if s := p.Summary(); s.Destroy != 1 || len(p.Statements) != 1 || p.Statements[0].SQL != `DROP TABLE "public"."doomed";` {
		t.Fatalf("plan = %v", p.Statements)
	}
}

// TestPreventDestroy: prevent_destroy refuses even with AllowDestroy, and
// the state remembers it after the block is deleted; setting it to false
// first (recorded in the state) lets the removal through.
func TestPreventDestroy(t *testing.T) {
	state := twoTables(t, true)
	for _, opts := range []Options{{}, {AllowDestroy: true}} {
		_, err := Build(state, oneTable(t), state, opts)
		var de *DestroyError
		if !errors.As(err, &de) || len(de.Prevented) != 1 || de.Prevented[0] != "table.public.doomed" {
			t.Fatalf("AllowDestroy=%v: err = %v, want prevent_destroy refusal", opts.AllowDestroy, err)
		}
		if !strings.Contains(err.Error(), "prevent_destroy") {
			t.Errorf("error %q does not name prevent_destroy", err)
		}
	}
	// Turning the flag off is an ordinary (empty) change; once recorded,
	// removal is a plain destroy.
	unprotected := twoTables(t, false)
	p, err := Build(state, unprotected, state, Options{})
	if err != nil || !p.Empty() {
		t.Fatalf("setting prevent_destroy = false: plan %v, err %v; want empty", p, err)
	}
	if _, err := Build(unprotected, oneTable(t), unprotected, Options{AllowDestroy: true}); err != nil {
		t.Fatalf("removing after the flag was recorded false: %v", err)
	}
}

// TestUnmanagedObjectsIgnored: objects neither declared nor recorded are
// not in the plan, even in a declared schema; in an exclusive schema they
// are dropped.
func TestUnmanagedObjectsIgnored(t *testing.T) {
	current := twoTables(t, false)
	p, err := Build(current, oneTable(t), oneTable(t), Options{})
	if err != nil || !p.Empty() {
		t.Fatalf("unmanaged table: plan %v, err %v; want empty", p, err)
	}
	exclusive := oneTable(t)
	exclusive.Schemas[0].Exclusive = true
	_, err = Build(current, exclusive, nil, Options{})
	var de *DestroyError
	if !errors.As(err, &de) || len(de.Refused) != 1 {
		t.Fatalf("exclusive schema: err = %v, want the undeclared table refused as a destroy", err)
	}
}
