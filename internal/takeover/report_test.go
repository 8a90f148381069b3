package takeover

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/models"
)

// The report groups by kind in a fixed order (objects, objects on tables,
// attributes, foreign keys left out), counts each group, sorts items, and
// escapes control characters a name or definition may hold, so what a
// reader sees is what the catalog holds.
func TestUnexpressibleReport(t *testing.T) {
	r := &models.Realm{
		Unsupported: []models.Object{
			{Kind: "view", Schema: "public", Name: "v2"},
			{Kind: "view", Schema: "public", Name: "v1"},
			{Kind: "domain", Schema: "public", Name: "positive", Detail: "integer"},
		},
		Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{{
			Schema: "public", Name: "t\x1b[31m",
			Objects:   []*models.TableObject{{Kind: models.ObjectRule, Name: "r", Definition: "CREATE RULE r AS\n ON DELETE TO t DO INSTEAD NOTHING"}},
			Unmodeled: []models.Attribute{{Object: "table", Name: "unlogged", Value: "UNLOGGED"}, {Object: "column c", Name: "storage", Value: "PLAIN"}},
		}}}},
	}
	dangling := []catalog.Dangling{{Schema: "public", Table: "t", ForeignKey: "fk", Target: "public.p", Reason: "a partitioned table, which the HCL cannot declare yet"}}
	report := Unexpressible(r, dangling)
	if report.Count() != 7 {
		t.Fatalf("count %d, want 7: %+v", report.Count(), report)
	}
	var b strings.Builder
	if err := report.Write(&b, "Warning"); err != nil {
		t.Fatal(err)
	}
	want := `Warning: the HCL cannot express 7 objects and attributes of the inspected scope, which the output lacks:
  domain (1):
    public.positive (integer)
  view (2):
    public.v1
    public.v2
  rule (1):
    public.t\x1b[31m: r: CREATE RULE r AS\n ON DELETE TO t DO INSTEAD NOTHING
  column: storage (1):
    public.t\x1b[31m: column c: PLAIN
  table: unlogged (1):
    public.t\x1b[31m
  foreign key left out (1):
    public.t: foreign key fk references public.p, a partitioned table, which the HCL cannot declare yet
`
	if got := b.String(); !strings.HasPrefix(got, want) {
		t.Fatalf("report:\n%s\nwant it to start with:\n%s", got, want)
	}
	var empty strings.Builder
	if err := Unexpressible(&models.Realm{}, nil).Write(&empty, "Warning"); err != nil || empty.Len() != 0 {
		t.Fatalf("an empty report writes nothing, got %q (%v)", empty.String(), err)
	}
}
