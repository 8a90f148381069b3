package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// TestApplyVerifiesAfterDroppingADomainCheck: on PostgreSQL 15, a
// transaction whose last statement is ALTER DOMAIN ... DROP CONSTRAINT
// refuses any catalog change in a later subtransaction ("cannot start a
// subtransaction when there are unprocessed inval messages"), and the
// verification after the last file renders expressions in savepoints.
// Found by the fuzzer (seed 663513115): the apply failed and rolled back.
func TestApplyVerifiesAfterDroppingADomainCheck(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	dir := t.TempDir()
	schema, migs := filepath.Join(dir, "schema"), filepath.Join(dir, "migrations")
	if err := os.MkdirAll(schema, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(schema, "main.hcl"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const domain = `schema "public" {}

domain "label" {
  schema  = schema.public
  type    = text
  null    = true
  default = "it's"
%s}

table "items" {
  schema = schema.public
  column "label" {
    type = domain.label
    null = true
  }
}
`
	steps := []struct{ name, check string }{
		{"a", "  check \"label_not_empty\" { expr = \"VALUE <> ''\" }\n"},
		{"b", ""},
	}
	for _, step := range steps {
		write(fmt.Sprintf(domain, step.check))
		if status, out, errOut := runCLI(t, nil, "plan", "--schema", schema, "--migrations", migs, "--allow-destroy", "--write", step.name); status != exitOK {
			t.Fatalf("plan --write %s: exit %d\n%s%s", step.name, status, out, errOut)
		}
		if status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", migs); status != exitOK {
			t.Fatalf("apply of %s: exit %d\n%s%s", step.name, status, out, errOut)
		}
	}
	if status, out, errOut := runApplyCLI(t, url, "plan", "--schema", schema, "--migrations", migs, "--detailed-exitcode"); status != exitOK {
		t.Fatalf("re-plan: exit %d, want no changes\n%s%s", status, out, errOut)
	}
}
