package apply

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/session"
)

// FileStatus is one migration file as the database knows it.
type FileStatus struct {
	Version  int    `json:"version"`
	FileName string `json:"file"`
	Checksum string `json:"checksum"`
	Applied  bool   `json:"applied"`
	// Adopted is set when the file counts as applied from a row an earlier
	// migrator wrote (no checksum to compare).
	Adopted     bool       `json:"adopted,omitempty"`
	AppliedAt   *time.Time `json:"applied_at,omitempty"`
	ExecutionMS int64      `json:"execution_ms,omitempty"`
	AppliedBy   string     `json:"applied_by,omitempty"`
}

// LegacyRow is a row of an adopted migrations table that matches no file.
type LegacyRow struct {
	Name      string     `json:"name"`
	AppliedAt *time.Time `json:"applied_at,omitempty"`
}

// StatusReport is what `schemactl status` shows.
type StatusReport struct {
	MigrationsTable string `json:"migrations_table"`
	TableExists     bool   `json:"table_exists"`
	// TableRefused is set when the relation named as the migrations table
	// cannot be used (not a table, or not one that looks like a migrations
	// table); Problems says why, and no file counts as applied.
	TableRefused bool         `json:"table_refused,omitempty"`
	Files        []FileStatus `json:"files"`
	Legacy       []LegacyRow  `json:"legacy_rows,omitempty"`
	// Problems are what makes apply refuse: sum failures, a state file
	// that cannot be read, an unusable migrations table, applied files
	// that changed, history out of order. Each is said once.
	Problems []string `json:"problems"`
	// Drift is the plan that would take the live schema back to the
	// recorded state, when DriftChecked; DriftNote says why not. The JSON
	// of the report is the views package's.
	Drift        *plan.Plan `json:"-"`
	DriftChecked bool       `json:"drift_checked"`
	DriftNote    string     `json:"drift_note,omitempty"`
}

// Pending counts the files not applied yet.
func (r *StatusReport) Pending() int { return len(r.PendingFiles()) }

// PendingFiles names the files not applied yet, in order.
func (r *StatusReport) PendingFiles() []string {
	var out []string
	for _, f := range r.Files {
		if !f.Applied {
			out = append(out, f.FileName)
		}
	}
	return out
}

// Status reports, without writing anything or taking the lock, which
// files are applied and which pending, any problem that would make apply
// refuse, and drift. Every read runs in one transaction that is rolled
// back, within bounds (see internal/session); the session's own settings
// are left as they were.
func Status(ctx context.Context, conn *pgx.Conn, dir migrations.Dir, migrationsTable string, bounds session.Bounds) (*StatusReport, error) {
	table, err := ParseTable(migrationsTable)
	if err != nil {
		return nil, err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the status: beginning a transaction: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := session.Bound(ctx, tx, bounds); err != nil {
		return nil, err
	}
	rep := &StatusReport{MigrationsTable: table.String(), Files: []FileStatus{}, Problems: []string{}}
	files := rep.readDirectory(dir)
	h, err := rep.readHistory(ctx, tx, table, files)
	if err != nil {
		return nil, err
	}
	switch {
	case h.expected != nil:
		rep.DriftChecked = true
		ignore, err := pendingIndexes(ctx, tx, h.pending)
		if err != nil {
			return nil, err
		}
		if rep.Drift, _, err = liveDrift(ctx, tx, h.expected, h.rendered, table, ignore); err != nil {
			return nil, fmt.Errorf("checking for drift: %w", err)
		}
	case rep.TableRefused:
		rep.DriftNote = "the migrations table cannot be used, so no file counts as applied"
	case len(h.applied) == 0:
		rep.DriftNote = "nothing applied yet: no recorded state to compare with"
	default:
		rep.DriftNote = "the last applied migration has no recorded state (applied by an earlier migrator, or an apply stopped before its end): drift is checked again after the next complete apply"
	}
	return rep, nil
}

// readDirectory reads the migration files and checks them against the sum
// and the state file, noting what apply would refuse.
func (rep *StatusReport) readDirectory(dir migrations.Dir) []migrations.File {
	files, err := migrations.ReadFiles(dir)
	if err != nil {
		// Without a readable directory nothing can be matched; say why.
		rep.Problems = append(rep.Problems, err.Error())
	} else if err := migrations.VerifySum(dir, files); err != nil {
		rep.Problems = append(rep.Problems, err.Error())
	}
	// Apply reads the state file first and refuses one it cannot read
	// (and plan plans from it): say so here, with the position.
	if _, err := migrations.ReadState(dir); err != nil {
		rep.Problems = append(rep.Problems, err.Error())
	}
	return files
}

// readHistory reads the migrations table and matches it with the files,
// filling the report's files, legacy rows and problems.
func (rep *StatusReport) readHistory(ctx context.Context, q querier, table Table, files []migrations.File) (*history, error) {
	shape, err := readShape(ctx, q, table)
	if err != nil {
		return nil, err
	}
	rep.TableExists = shape.exists
	var records []Record
	if _, err := shape.setup(); err != nil {
		// Its rows are not a history: reading them would count a data
		// table's rows as applied migrations.
		rep.TableRefused = true
		rep.Problems = append(rep.Problems, err.Error())
	} else if records, err = readRecords(ctx, q, table); err != nil {
		return nil, err
	}
	h := matchHistory(files, records)
	for _, p := range h.problems {
		// An edited file fails both the sum and its recorded checksum,
		// with the same message: say it once.
		if !slices.Contains(rep.Problems, p.Error()) {
			rep.Problems = append(rep.Problems, p.Error())
		}
	}
	for _, f := range files {
		rep.Files = append(rep.Files, fileStatus(f, h))
	}
	for _, r := range h.legacy {
		row := LegacyRow{Name: r.Name}
		if !r.AppliedAt.IsZero() {
			at := r.AppliedAt
			row.AppliedAt = &at
		}
		rep.Legacy = append(rep.Legacy, row)
	}
	return h, nil
}

func fileStatus(f migrations.File, h *history) FileStatus {
	fs := FileStatus{Version: f.Version, FileName: f.FileName, Checksum: f.Checksum}
	if r, ok := h.applied[f.Version]; ok {
		fs.Applied, fs.Adopted = true, h.adopted[f.Version]
		if !r.AppliedAt.IsZero() {
			at := r.AppliedAt
			fs.AppliedAt = &at
		}
		fs.ExecutionMS, fs.AppliedBy = r.ExecutionMS, r.AppliedBy
	}
	return fs
}
