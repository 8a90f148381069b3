package hclschema

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// roundTrip checks Load(Write(r)) == r and that Write's output is already
// in fmt layout.
func roundTrip(t *testing.T, r *models.Realm) []byte {
	t.Helper()
	out := Write(r)
	back, diags := LoadFiles(map[string][]byte{"written.hcl": out})
	if diags.HasErrors() {
		t.Fatalf("Load(Write(r)) fails:\n%s\n--- written:\n%s", printedFiles(t, diags, map[string][]byte{"written.hcl": out}), out)
	}
	if d := models.Differences(back, r); len(d) > 0 {
		t.Fatalf("Load(Write(r)) != r:\n%s\n--- written:\n%s", strings.Join(d, "\n"), out)
	}
	if formatted := Format(out); string(formatted) != string(out) {
		t.Fatalf("Write output is not in fmt layout:\n--- written:\n%s\n--- formatted:\n%s", out, formatted)
	}
	return out
}

func TestWriteRoundTripMonitoring(t *testing.T) {
	roundTrip(t, mustLoad(t, "../../schema"))
}

func TestWriteRoundTripSpecExample(t *testing.T) {
	roundTrip(t, mustLoad(t, "../../testdata/hcl/spec"))
}
