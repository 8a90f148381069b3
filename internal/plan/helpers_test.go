package plan

import (
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
)

// loadHCL loads HCL source text, failing the test on any error.
func loadHCL(t testing.TB, name, src string) *models.Realm {
	t.Helper()
	r, diags := hclschema.LoadFiles(map[string][]byte{name: []byte(src)})
	if diags.HasErrors() {
		t.Fatalf("loading %s: %s", name, diags.Error())
	}
	return r
}
