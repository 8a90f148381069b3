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
// where they exist. It returns the files written.
func WriteMigration(dir migrations.Dir, name string, p *plan.Plan, desired *models.Realm) ([]migrations.File, error) {
	stmts := make([]migrations.Statement, len(p.Statements))
	for i, s := range p.Statements {
		// A name or literal holding a control character is written
		// with it as an escape: the file a reviewer reads is what runs.
		sql, err := sqllex.EscapeControls(s.SQL)
		if err != nil {
			return nil, fmt.Errorf("writing statement %d of the migration: %w", i+1, err)
		}
		stmts[i] = migrations.Statement{SQL: sql, NoTransaction: s.NoTransaction, Import: s.Import}
	}
	written, err := migrations.Write(dir, migrations.NewMigration{
		Name:       name,
		Header:     views.MigrationHeader(name, p),
		Statements: stmts,
		Imported:   ImportedObjects(p, desired),
		State:      desired,
	})
	if err != nil {
		return nil, fmt.Errorf("writing the migration: %w", err)
	}
	return written, nil
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
