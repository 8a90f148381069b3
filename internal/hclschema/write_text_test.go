package hclschema

import (
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// The text writer lays out what hclwrite's Format would: "=" aligned in
// runs of attributes (object entries with names hclwrite measures in
// grapheme clusters, e+combining accent being one), blank lines only
// between sections, escapes where a string needs them.
func TestWriteTextLayoutIsFormats(t *testing.T) {
	table := &models.Table{
		Schema: "public", Name: "t", Comment: "tab\there \"quoted\" ${x} %{y} \u0007 e\u0301",
		StorageParameters: []models.StorageParameter{
			{Name: "fillfactor", Value: "70"},
			{Name: "e\u0301\u0301x", Value: "on"},
			{Name: "a.b", Value: "-1.5"},
		},
		Columns: []*models.Column{{Name: "id", Type: models.Type{Name: "integer"}, Comment: "é"}},
		Indexes: []*models.Index{{Name: "i", Parts: []models.IndexPart{{Column: "id"}},
			StorageParameters: []models.IndexParameter{{Name: "fillfactor", Value: "80"}, {Name: "deduplicate_items", Value: "false"}}}},
	}
	r := &models.Realm{Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{table}}}}
	out := Write(r)
	if formatted := Format(out); string(formatted) != string(out) {
		t.Fatalf("Write output is not in fmt layout:\n--- written:\n%s\n--- formatted:\n%s", out, formatted)
	}
}
