package project

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/sqllex"
	"github.com/schemactl/schemactl/internal/views"
)

// WriteMigration writes p as the next migration(s) of dir, named name,
// and records desired as the state they lead to. The statements that
// create imported objects go into an import file, which carries those
// objects' declarations (ImportedObjects) so that apply can check them
// where they exist. A plan whose transaction would take more than
// lockBudget locks (plan.LockBudget) is cut into several files, each its
// own transaction (plan.Plan.Transactions); lockBudget ≤ 0 never cuts.
// It returns the files written.
func WriteMigration(dir migrations.Dir, name string, p *plan.Plan, desired *models.Realm, lockBudget int) ([]migrations.File, error) {
	parts := p.Transactions(lockBudget)
	change := changeLabels(p)
	var stmts []migrations.Statement
	for i, part := range parts {
		for j, s := range part {
			// A name or literal holding a control character is
			// written with it as an escape: the file a reviewer reads
			// is what runs.
			sql, err := sqllex.EscapeControls(s.SQL)
			if err != nil {
				return nil, fmt.Errorf("writing the migration: %w", err)
			}
			stmts = append(stmts, migrations.Statement{SQL: sql, NoTransaction: s.NoTransaction, Import: s.Import,
				NewFile: i > 0 && j == 0, Change: change[s]})
		}
	}
	header := views.MigrationHeader(name, p)
	if len(parts) > 1 {
		// Each file lists its own changes (migrations.Statement.Change).
		header = views.MigrationHeaderSummary(name, p)
	}
	written, err := migrations.Write(dir, migrations.NewMigration{
		Name:       name,
		Header:     header,
		Statements: stmts,
		Imported:   ImportedObjects(p, desired),
		State:      desired,
		LockBudget: lockBudget,
	})
	if err != nil {
		return nil, fmt.Errorf("writing the migration: %w", err)
	}
	return written, nil
}

// changeLabels names, for each statement of p, its change as a
// migration's header lists it.
func changeLabels(p *plan.Plan) map[*plan.Statement]string {
	out := make(map[*plan.Statement]string, len(p.Statements))
	for _, c := range p.Changes {
		label := views.HeaderLine(c)
		for _, s := range c.Statements {
			out[s] = label
		}
	}
	return out
}

// ImportedObjects is the declaration, in desired, of every table (with its
// policies) and enum that p imports: those of desired's import blocks
// whose change in p is an import. nil when p imports nothing.
func ImportedObjects(p *plan.Plan, desired *models.Realm) *models.Realm {
	imported := map[string]bool{}
	for _, c := range p.Changes {
		if c.Action == plan.ActionImport {
			imported[c.Address] = true
		}
	}
	var out *models.Realm
	add := func(schemaName string, put func(*models.Schema)) {
		if out == nil {
			out = &models.Realm{}
		}
		s := out.Schema(schemaName)
		if s == nil {
			s = &models.Schema{Name: schemaName}
			out.Schemas = append(out.Schemas, s)
		}
		put(s)
	}
	for _, im := range desired.Imports {
		// A change's address is its kind, schema and name joined by
		// dots: "table.public.performance_metrics".
		if !imported[im.Kind+"."+im.Schema+"."+im.Name] {
			continue
		}
		switch im.Kind {
		case models.ImportTable:
			if t := desired.Table(im.Schema, im.Name); t != nil {
				add(im.Schema, func(s *models.Schema) { s.Tables = append(s.Tables, t.Clone()) })
			}
		case models.ImportSequence:
			if q := desired.Sequence(im.Schema, im.Name); q != nil {
				add(im.Schema, func(s *models.Schema) { s.Sequences = append(s.Sequences, q.Normalized()) })
			}
		case models.ImportDomain:
			if d := desired.Domain(im.Schema, im.Name); d != nil {
				add(im.Schema, func(s *models.Schema) { s.Domains = append(s.Domains, d) })
			}
		case models.ImportComposite:
			if c := desired.Composite(im.Schema, im.Name); c != nil {
				add(im.Schema, func(s *models.Schema) { s.Composites = append(s.Composites, c) })
			}
		case models.ImportEnum:
			if e := desired.Enum(im.Schema, im.Name); e != nil {
				ne := *e
				ne.Values = slices.Clone(e.Values)
				add(im.Schema, func(s *models.Schema) { s.Enums = append(s.Enums, &ne) })
			}
		}
	}
	return out.Normalize()
}
