package project

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/views"
)

// WriteMigration writes p as the next migration(s) of dir, named name,
// and records desired as the state they lead to. It returns the files
// written.
func WriteMigration(dir migrations.Dir, name string, p *plan.Plan, desired *models.Realm) ([]migrations.File, error) {
	stmts := make([]migrations.Statement, len(p.Statements))
	for i, s := range p.Statements {
		stmts[i] = migrations.Statement{SQL: s.SQL, NoTransaction: s.NoTransaction}
	}
	written, err := migrations.Write(dir, migrations.NewMigration{
		Name:       name,
		Header:     views.MigrationHeader(name, p),
		Statements: stmts,
		State:      desired,
	})
	if err != nil {
		return nil, fmt.Errorf("writing the migration: %w", err)
	}
	return written, nil
}
