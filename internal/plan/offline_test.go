package plan

import (
	"slices"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

func TestOfflineTakesPublicAsExisting(t *testing.T) {
	desired := &models.Realm{Schemas: []*models.Schema{
		{Name: "public", Tables: []*models.Table{{Name: "t", Columns: []*models.Column{{Name: "id", Type: models.Type{Name: "integer"}}}}}},
		{Name: "app"},
	}}
	p, err := Offline(desired, &models.Realm{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	addrs := p.Addresses()
	if slices.Contains(addrs, "schema.public") || !slices.Contains(addrs, "schema.app") || !slices.Contains(addrs, "table.public.t") {
		t.Fatalf("addresses = %v, want schema.app and table.public.t but not schema.public", addrs)
	}
	for _, s := range p.Statements {
		if strings.Contains(s.SQL, `SCHEMA IF NOT EXISTS "public"`) {
			t.Fatalf("first migration creates public: %s", s.SQL)
		}
	}

	// A desired realm without public plans nothing for it: assuming it
	// exists must not turn into dropping it.
	noPublic := &models.Realm{Schemas: []*models.Schema{{Name: "app"}}}
	p, err = Offline(noPublic, &models.Realm{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Addresses(); !slices.Equal(got, []string{"schema.app"}) {
		t.Fatalf("addresses = %v, want [schema.app]", got)
	}
}
