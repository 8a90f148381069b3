package plan

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// Extensions (models.Extension). An extension's types, functions and
// operators may be used by any table, column, default, index or policy,
// and reading every expression for the names of an extension's members
// would need the server, so the order is coarse and safe: an extension is
// created or altered after the schemas the plan creates and before every
// other statement, and dropped after every other statement but schema
// drops. A created extension says IF NOT EXISTS, as pg_dump does: on a
// database where someone installed it already (Supabase installs
// pgcrypto in extensions) the migration goes on, and apply's end-state
// check still compares its schema and version with the state.

func extensionKey(name string) string { return key("extension", name) }

func extensionAddress(e *models.Extension) string { return addressOf(KindExtension, e.Name) }

// diffExtensions runs last: it orders every statement of the plan
// against the extensions' creation, change and drop.
func (b *builder) diffExtensions() {
	var early, late []*Statement
	for _, e := range b.desired.Extensions {
		cur := b.current.Extension(e.Name)
		if cur == nil {
			early = append(early, b.createExtension(e))
			continue
		}
		early = append(early, b.alterExtension(cur, e)...)
	}
	for _, e := range b.current.Extensions {
		if b.desired.Extension(e.Name) == nil {
			late = append(late, b.dropExtension(e))
		}
	}
	if len(early)+len(late) == 0 {
		return
	}
	for _, s := range b.g.stmts {
		// Renames run first of all (moved.go) and never need an
		// extension: ordering them after one would make a cycle.
		if slices.Contains(early, s) || slices.Contains(late, s) || createsOrDropsSchema(s) || slices.Contains(b.renameStatements, s) {
			continue
		}
		s.after = append(s.after, early...)
		for _, d := range late {
			d.after = append(d.after, s)
		}
	}
}

func createsOrDropsSchema(s *Statement) bool {
	for _, k := range append(slices.Clone(s.creates), s.drops...) {
		if len(k) > len("schema\x1f") && k[:len("schema\x1f")] == "schema\x1f" {
			return true
		}
	}
	return false
}

// extensionOptions is what CREATE EXTENSION says after the name.
func extensionOptions(e *models.Extension) string {
	s := "WITH SCHEMA " + models.QuoteIdent(e.Schema)
	if e.Version != "" {
		s += " VERSION " + models.QuoteLiteral(e.Version)
	}
	return s
}

func (b *builder) createExtension(e *models.Extension) *Statement {
	c := b.change(KindExtension, extensionAddress(e), ActionCreate)
	detail := "schema " + e.Schema
	if e.Version != "" {
		detail += " version " + e.Version
	}
	c.Items = append(c.Items, created("extension "+e.Name, detail))
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("CREATE EXTENSION IF NOT EXISTS %s %s;", models.QuoteIdent(e.Name), extensionOptions(e)),
		creates:  []string{extensionKey(e.Name)},
		requires: []string{schemaKey(e.Schema)},
	})
}

// alterExtension moves an extension to its declared schema and updates
// it to its declared version (none declared: whatever is installed).
func (b *builder) alterExtension(cur, e *models.Extension) []*Statement {
	var out []*Statement
	obj := "extension " + e.Name
	if cur.Schema != e.Schema {
		c := b.change(KindExtension, extensionAddress(e), ActionUpdate)
		c.Items = append(c.Items, updated(obj, "schema", cur.Schema, e.Schema))
		out = append(out, b.emit(c, &Statement{
			SQL:      fmt.Sprintf("ALTER EXTENSION %s SET SCHEMA %s;", models.QuoteIdent(e.Name), models.QuoteIdent(e.Schema)),
			creates:  []string{extensionKey(e.Name)},
			drops:    []string{extensionKey(e.Name)},
			requires: []string{schemaKey(e.Schema)},
			dropDeps: []string{schemaKey(cur.Schema)},
		}))
	}
	if e.Version != "" && cur.Version != e.Version {
		c := b.change(KindExtension, extensionAddress(e), ActionUpdate)
		c.Items = append(c.Items, updated(obj, "version", cur.Version, e.Version))
		out = append(out, b.emit(c, &Statement{
			SQL:     fmt.Sprintf("ALTER EXTENSION %s UPDATE TO %s;", models.QuoteIdent(e.Name), models.QuoteLiteral(e.Version)),
			creates: []string{extensionKey(e.Name)},
			drops:   []string{extensionKey(e.Name)},
			after:   out,
		}))
	}
	return out
}

// dropExtension drops an extension with its member objects (never
// CASCADE: what the user built on it must be gone first, or the drop
// fails).
func (b *builder) dropExtension(e *models.Extension) *Statement {
	addr := extensionAddress(e)
	c := b.change(KindExtension, addr, ActionDelete)
	c.markDestroy(addr)
	c.Items = append(c.Items, dropped("extension "+e.Name, ""))
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP EXTENSION %s;", models.QuoteIdent(e.Name)),
		drops:    []string{extensionKey(e.Name)},
		dropDeps: []string{schemaKey(e.Schema)},
		Hazards: []Hazard{{HazardDataLoss, fmt.Sprintf("extension %s is dropped with its functions, types and tables (schema %s), and whatever data its tables held",
			e.Name, e.Schema)}},
	})
}
