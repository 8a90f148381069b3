package project

import (
	"flag"
	"os"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

var update = flag.Bool("update", false, "rewrite the example files of the docs")

// exampleImportHCL is the table of docs/formats.md's import file example;
// an import block takes it over.
const exampleImportHCL = `
schema "public" {}
table "performance_metrics" {
  schema = schema.public
  column "id" { type = serial }
  column "name" { type = text }
  column "value" { type = double_precision }
  column "recorded_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  index "performance_metrics_name_idx" { columns = [column.name, column.recorded_at] }
  row_security { enabled = true }
}
policy "metrics_read" {
  on    = table.performance_metrics
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
`

// exampleImportFile is shown by docs/formats.md (a file marker there
// makes the docs test compare the two).
const exampleImportFile = "../../testdata/docs/imports/0001_take_over.sql"

// TestImportFileExample writes the import file of the docs' example as
// `plan --write take_over` does, and requires the bytes the docs show
// (go test -update rewrites them).
func TestImportFileExample(t *testing.T) {
	desired, diags := hclschema.LoadFiles(map[string][]byte{"schema.hcl": []byte(exampleImportHCL)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	desired.Imports = []models.Import{{Kind: models.ImportTable, Schema: "public", Name: "performance_metrics"}}
	p, err := plan.Offline(desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := migrations.NewMemDir()
	files, err := WriteMigration(dir, "take_over", p, desired, plan.LockBudget(nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || !files[0].Import {
		t.Fatalf("want one import file, got %d files", len(files))
	}
	got := files[0].Content
	if *update {
		if err := os.WriteFile(exampleImportFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(exampleImportFile)
	if err != nil {
		t.Fatalf("reading %s (go test -update writes it): %v", exampleImportFile, err)
	}
	if string(got) != string(want) {
		t.Fatalf("%s is stale (go test -update rewrites it):\n--- written ---\n%s\n--- on disk ---\n%s", exampleImportFile, got, want)
	}
}
