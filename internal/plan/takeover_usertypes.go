package plan

import (
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// takeoverUserTypes is takeover for the declared domains and composite
// types: one the database has that no migration made needs an import
// block (an ExistsError otherwise), and is taken over when it equals its
// declaration (an ImportError naming the differences otherwise). It
// returns the import changes and the realm of the verified types, to
// record in the state.
func takeoverUserTypes(current, desired, state *models.Realm, sc scope, exists *ExistsError) ([]*Change, *models.Realm, []error) {
	var imports []*Change
	var differ []error
	verified := &models.Realm{}
	schema := func(name string) *models.Schema {
		if s := verified.Schema(name); s != nil {
			return s
		}
		s := &models.Schema{Name: name}
		verified.Schemas = append(verified.Schemas, s)
		return s
	}
	check := func(kind Kind, importKind, schemaName, name string, have, want *models.Realm, record func(*models.Schema)) {
		addr := addressOf(kind, schemaName, name)
		if !desired.Imported(importKind, schemaName, name) {
			exists.add(addr, string(kind), schemaName, name)
			return
		}
		if d := models.Differences(have, want); len(d) > 0 {
			for i, l := range d {
				d[i] = trimRealmPath(l) + " (database != declared)"
			}
			differ = append(differ, &ImportError{Address: addr, Differences: d})
			return
		}
		imports = append(imports, importChange(kind, addr))
		record(schema(schemaName))
	}
	for _, s := range desired.Schemas {
		if sc.exclusive(s.Name) {
			continue
		}
		for _, d := range s.Domains {
			cur := current.Domain(d.Schema, d.Name)
			if cur == nil || state.Domain(d.Schema, d.Name) != nil {
				continue
			}
			check(KindDomain, models.ImportDomain, d.Schema, d.Name, domainRealm(cur), domainRealm(d),
				func(s *models.Schema) { s.Domains = append(s.Domains, d) })
		}
		for _, c := range s.Composites {
			cur := current.Composite(c.Schema, c.Name)
			if cur == nil || state.Composite(c.Schema, c.Name) != nil {
				continue
			}
			check(KindComposite, models.ImportComposite, c.Schema, c.Name, compositeRealm(cur), compositeRealm(c),
				func(s *models.Schema) { s.Composites = append(s.Composites, c) })
		}
	}
	return imports, verified, differ
}

func domainRealm(d *models.Domain) *models.Realm {
	return (&models.Realm{Schemas: []*models.Schema{{Name: d.Schema, Domains: []*models.Domain{d}}}}).Clone().Normalize()
}

func compositeRealm(c *models.Composite) *models.Realm {
	return (&models.Realm{Schemas: []*models.Schema{{Name: c.Schema, Composites: []*models.Composite{c}}}}).Clone().Normalize()
}

// trimRealmPath drops the realm.Schemas["s"]. prefix of a difference.
func trimRealmPath(line string) string {
	if i := strings.Index(line, "]."); i >= 0 && strings.HasPrefix(line, "realm.Schemas[") {
		return line[i+2:]
	}
	return line
}

// addVerified adds to state the verified domains and composite types.
func addVerified(state, verified *models.Realm) *models.Realm {
	out := state.Clone()
	for _, s := range verified.Schemas {
		os := out.Schema(s.Name)
		if os == nil {
			os = &models.Schema{Name: s.Name}
			out.Schemas = append(out.Schemas, os)
		}
		os.Domains = append(os.Domains, s.Domains...)
		os.Composites = append(os.Composites, s.Composites...)
	}
	return out.Clone().Normalize()
}
