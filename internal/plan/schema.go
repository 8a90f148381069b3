package plan

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// diffSchemas creates declared schemas and drops managed ones that are no
// longer declared. CREATE SCHEMA IF NOT EXISTS keeps a first migration
// valid on a database that already has the schema (public always exists).
func (b *builder) diffSchemas() {
	for _, s := range b.desired.Schemas {
		if cur := b.current.Schema(s.Name); cur != nil {
			b.diffSchemaComment(s, cur.Comment)
			continue
		}
		c := b.change(KindSchema, addressOf(KindSchema, s.Name), ActionCreate)
		c.Items = append(c.Items, created("schema "+s.Name, ""))
		b.emit(c, &Statement{
			SQL:     fmt.Sprintf("CREATE SCHEMA IF NOT EXISTS %s;", models.QuoteIdent(s.Name)),
			creates: []string{schemaKey(s.Name)},
		})
		b.diffSchemaComment(s, "")
	}
	for _, s := range b.current.Schemas {
		if b.desired.Schema(s.Name) != nil {
			continue
		}
		addr := addressOf(KindSchema, s.Name)
		c := b.change(KindSchema, addr, ActionDelete)
		c.markDestroy(addr)
		b.emit(c, &Statement{
			SQL:     fmt.Sprintf("DROP SCHEMA %s;", models.QuoteIdent(s.Name)),
			drops:   []string{schemaKey(s.Name)},
			Hazards: []Hazard{{HazardDataLoss, fmt.Sprintf("schema %s is dropped", s.Name)}},
		})
	}
}
