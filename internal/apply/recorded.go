package apply

import (
	"context"
	"fmt"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// Recorded is what the migrations table says about the directory, for a
// live comparison: which files are pending, what would make apply refuse,
// and the state the applied migrations left.
type Recorded struct {
	// Pending names the files not applied yet, in order.
	Pending []string
	// Problems are what would make apply refuse (sum, history, an
	// unusable migrations table).
	Problems []string
	// Expected is the state recorded with the highest applied version;
	// nil when there is none to check drift against. Rendered is it as
	// the server rendered it, when recorded (see live.Inputs).
	Expected, Rendered *models.Realm
	// PendingIndexes are the indexes pending no-transaction files create
	// (see live.Options).
	PendingIndexes map[[2]string]bool
}

// ReadRecorded reads the migrations table through q (a connection or a
// transaction, which the caller bounds) and matches it with the directory,
// without writing anything.
func ReadRecorded(ctx context.Context, q querier, dir migrations.Dir, migrationsTable string) (*Recorded, error) {
	table, err := ParseTable(migrationsTable)
	if err != nil {
		return nil, err
	}
	rep := &StatusReport{}
	files := rep.readDirectory(dir)
	h, err := rep.readHistory(ctx, q, table, files)
	if err != nil {
		return nil, fmt.Errorf("reading the migrations history: %w", err)
	}
	rec := &Recorded{Problems: rep.Problems, Expected: h.expected, Rendered: h.rendered}
	for _, f := range h.pending {
		rec.Pending = append(rec.Pending, f.FileName)
	}
	if rec.PendingIndexes, err = pendingIndexes(ctx, q, h.pending); err != nil {
		return nil, err
	}
	return rec, nil
}
