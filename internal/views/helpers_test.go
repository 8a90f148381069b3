package views

import (
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
)

// repoRoot is where testdata lives, relative to this package.
const repoRoot = "../.."

func loadHCLFile(t testing.TB, path string) *models.Realm {
	t.Helper()
	r, diags := hclschema.Load(path)
	if diags.HasErrors() {
		t.Fatalf("loading %s: %s", path, diags.Error())
	}
	return r
}
