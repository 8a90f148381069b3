package codegen

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// TestGeneratedMonitoringUpToDate: the committed generated/monitoring
// package matches schema/monitoring.hcl (regenerate with
// `go run ./cmd/schemactl generate --out generated/monitoring`).
func TestGeneratedMonitoringUpToDate(t *testing.T) {
	realm, diags := hclschema.Load("../../schema/monitoring.hcl")
	if diags.HasErrors() {
		t.Fatalf("loading schema: %v", diags)
	}
	diffs, err := CheckDir(realm, "../../generated/monitoring")
	if err != nil {
		t.Fatal(err)
	}
	if diffs != nil {
		t.Fatalf("generated/monitoring is out of date:\n%s", strings.Join(diffs, "\n"))
	}
	if !IsGeneratedDir("../../generated/monitoring") || PackageNameForDir("../../generated/monitoring") != "monitoring" {
		t.Fatalf("generated/monitoring not recognised as package monitoring")
	}
}
