package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// createAction is the action of a change that creates kind schema.name:
// an import when an import block takes the object over and neither the
// database nor the recorded state has it yet, a create otherwise.
func (b *builder) createAction(kind, schema, name string) Action {
	if !b.desired.Imported(kind, schema, name) {
		return ActionCreate
	}
	switch kind {
	case models.ImportTable:
		if b.scope.state.Table(schema, name) != nil || b.current.Table(schema, name) != nil {
			return ActionCreate
		}
	case models.ImportEnum:
		if b.scope.state.Enum(schema, name) != nil || b.current.Enum(schema, name) != nil {
			return ActionCreate
		}
	case models.ImportSequence:
		if b.scope.state.Sequence(schema, name) != nil || b.current.Sequence(schema, name) != nil {
			return ActionCreate
		}
	case models.ImportDomain:
		if b.scope.state.Domain(schema, name) != nil || b.current.Domain(schema, name) != nil {
			return ActionCreate
		}
	case models.ImportComposite:
		if b.scope.state.Composite(schema, name) != nil || b.current.Composite(schema, name) != nil {
			return ActionCreate
		}
	}
	return ActionImport
}

// importsFirst marks the statements of import changes, and the schema
// creations they need, as Import, and moves them before all others,
// keeping the order of each part: the migration writer puts them in an
// import file of their own, which apply runs or checks first. An import
// statement that needs an object a statement outside the import creates
// (a new enum, a new table its foreign key points at) cannot go first: the
// plan is refused, naming both.
func importsFirst(sorted []*Statement, changes map[string]*Change) ([]*Statement, error) {
	owner := map[*Statement]*Change{}
	for _, c := range changes {
		for _, s := range c.Statements {
			owner[s] = c
			s.Import = c.Action == ActionImport
		}
	}
	creators := map[string]*Statement{}
	for _, s := range sorted {
		for _, k := range s.creates {
			creators[k] = s
		}
	}
	for i := len(sorted) - 1; i >= 0; i-- { // requirements come earlier
		s := sorted[i]
		if !s.Import {
			continue
		}
		for _, k := range s.requires {
			c := creators[k]
			if c == nil || c.Import {
				continue
			}
			if strings.HasPrefix(k, "schema\x1f") && len(c.creates) == 1 {
				c.Import = true // CREATE SCHEMA IF NOT EXISTS: harmless where the schema exists
				continue
			}
			return nil, fmt.Errorf("%s is imported, but on a fresh database it needs %s, which this plan creates outside the import: "+
				"import that too, or create it in a migration of its own first", owner[s].Address, describeKey(k))
		}
	}
	out := make([]*Statement, 0, len(sorted))
	for _, s := range sorted {
		if s.Import {
			out = append(out, s)
		}
	}
	for _, s := range sorted {
		if !s.Import {
			out = append(out, s)
		}
	}
	return out, nil
}

// describeKey names the object of a graph key for messages:
// "enum public.level".
func describeKey(k string) string {
	parts := strings.Split(k, "\x1f")
	if len(parts) < 2 {
		return k
	}
	return parts[0] + " " + strings.Join(parts[1:], ".")
}
