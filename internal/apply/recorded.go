package apply

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// Recorded is what the migrations table says about the directory, for a
// live comparison: which files are pending, what would make apply refuse,
// and the state the applied migrations left.
type Recorded struct {
	// Pending names the files not applied yet, in order.
	Pending []string
	// Problems are what would make apply refuse (sum, history).
	Problems []string
	// Expected is the state recorded with the highest applied version;
	// nil when there is none to check drift against.
	Expected *models.Realm
	// PendingIndexes are the indexes pending no-transaction files create
	// (see live.Options).
	PendingIndexes map[[2]string]bool
}

// ReadRecorded reads the migrations table and matches it with the
// directory, without writing anything and without changing the session.
func ReadRecorded(ctx context.Context, conn *pgx.Conn, dir migrations.Dir, migrationsTable string) (*Recorded, error) {
	table, err := ParseTable(migrationsTable)
	if err != nil {
		return nil, err
	}
	rec := &Recorded{}
	files, err := migrations.ReadFiles(dir)
	if err == nil {
		err = migrations.VerifySum(dir, files)
	}
	if err != nil {
		rec.Problems = append(rec.Problems, err.Error())
	}
	records, err := readRecords(ctx, conn, table)
	if err != nil {
		return nil, fmt.Errorf("reading the migrations history: %w", err)
	}
	h := matchHistory(files, records)
	for _, p := range h.problems {
		rec.Problems = append(rec.Problems, p.Error())
	}
	for _, f := range h.pending {
		rec.Pending = append(rec.Pending, f.FileName)
	}
	rec.Expected = h.expected
	if rec.PendingIndexes, err = pendingIndexes(ctx, conn, h.pending); err != nil {
		return nil, err
	}
	return rec, nil
}
