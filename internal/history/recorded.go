package history

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// ReadDirectory reads the migration files and checks them against the sum
// and the state file, returning what apply would refuse.
func ReadDirectory(dir migrations.Dir) ([]migrations.File, []string) {
	var problems []string
	files, err := migrations.ReadFiles(dir)
	if err != nil {
		// Without a readable directory nothing can be matched; say why.
		problems = append(problems, err.Error())
	} else if err := migrations.VerifySum(dir, files); err != nil {
		problems = append(problems, err.Error())
	}
	// Apply reads the state file first and refuses one it cannot read
	// (and plan plans from it): say so, with the position.
	if _, err := migrations.ReadState(dir); err != nil {
		problems = append(problems, err.Error())
	}
	return files, problems
}

// Read reads the migrations table t through q and matches it with files,
// writing nothing. A relation of that name that cannot be used (not a
// table, or not one that looks like a migrations table) is
// History.Refused, and its rows are not read: they are not a history.
func Read(ctx context.Context, q Querier, t Table, files []migrations.File) (*History, error) {
	shape, err := ReadShape(ctx, q, t)
	if err != nil {
		return nil, err
	}
	var records []Record
	_, refused := shape.Setup()
	if refused == nil {
		if records, err = ReadRecords(ctx, q, t); err != nil {
			return nil, err
		}
	}
	h := Match(files, records)
	h.Exists, h.Refused = shape.Exists, refused
	return h, nil
}

// Recorded is what the migrations table says about the directory, for a
// live comparison: which files are pending, what would make apply refuse,
// and the state the applied migrations left.
type Recorded struct {
	// Pending names the files not applied yet, in order.
	Pending []string
	// Problems are what would make apply refuse (sum, history, an
	// unusable migrations table), each once.
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
func ReadRecorded(ctx context.Context, q Querier, dir migrations.Dir, migrationsTable string) (*Recorded, error) {
	table, err := ParseTable(migrationsTable)
	if err != nil {
		return nil, err
	}
	files, problems := ReadDirectory(dir)
	h, err := Read(ctx, q, table, files)
	if err != nil {
		return nil, fmt.Errorf("reading the migrations history: %w", err)
	}
	rec := &Recorded{Problems: AddProblems(problems, h), Expected: h.Expected, Rendered: h.Rendered}
	for _, f := range h.Pending {
		rec.Pending = append(rec.Pending, f.FileName)
	}
	if rec.PendingIndexes, err = PendingIndexes(ctx, q, h.Pending); err != nil {
		return nil, err
	}
	return rec, nil
}

// AddProblems is problems with the history's own (an unusable table,
// applied files that changed or went, history out of order) after them,
// each said once: an edited file fails both the sum and its recorded
// checksum, with the same message.
func AddProblems(problems []string, h *History) []string {
	add := func(msg string) {
		if !slices.Contains(problems, msg) {
			problems = append(problems, msg)
		}
	}
	if h.Refused != nil {
		add(h.Refused.Error())
	}
	for _, p := range h.Problems {
		add(p.Error())
	}
	return problems
}

// PendingIndexes names the indexes that the CREATE INDEX CONCURRENTLY
// statements of pending no-transaction files create, with the schema of
// their table.
func PendingIndexes(ctx context.Context, q Querier, pending []migrations.File) (map[[2]string]bool, error) {
	out := map[[2]string]bool{}
	for _, f := range pending {
		if !f.NoTransaction {
			continue
		}
		for _, s := range migrations.SplitStatements(string(f.Content)) {
			index, table, ok := migrations.ConcurrentIndex(s)
			if !ok {
				continue
			}
			var schema *string
			if err := q.QueryRow(ctx, `SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE c.oid = to_regclass($1)`, table).Scan(&schema); err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return nil, fmt.Errorf("%s: resolving table %s: %w", f.FileName, table, err)
			}
			if schema != nil {
				out[[2]string{*schema, index}] = true
			}
		}
	}
	return out, nil
}
