package apply

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/history"
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
	// Import marks an import file (see migrations.ImportDirective).
	Import bool `json:"import,omitempty"`
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
	table, err := history.ParseTable(migrationsTable)
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
	rep := &StatusReport{MigrationsTable: table.String(), Files: []FileStatus{}}
	files, problems := history.ReadDirectory(dir)
	h, err := history.Read(ctx, tx, table, files)
	if err != nil {
		return nil, err
	}
	rep.fill(h, problems)
	switch {
	case h.Expected != nil:
		rep.DriftChecked = true
		ignore, err := history.PendingIndexes(ctx, tx, h.Pending)
		if err != nil {
			return nil, err
		}
		if rep.Drift, _, err = liveDrift(ctx, tx, h.Expected, h.Rendered, table, ignore); err != nil {
			return nil, fmt.Errorf("checking for drift: %w", err)
		}
	case rep.TableRefused:
		rep.DriftNote = "the migrations table cannot be used, so no file counts as applied"
	case len(h.Applied) == 0:
		rep.DriftNote = "nothing applied yet: no recorded state to compare with"
	default:
		rep.DriftNote = "the last applied migration has no recorded state (applied by an earlier migrator, or an apply stopped before its end): drift is checked again after the next complete apply"
	}
	return rep, nil
}

// fill sets the report's table, files, legacy rows and problems from the
// history.
func (rep *StatusReport) fill(h *history.History, problems []string) {
	rep.TableExists, rep.TableRefused = h.Exists, h.Refused != nil
	rep.Problems = history.AddProblems(problems, h)
	if rep.Problems == nil {
		rep.Problems = []string{}
	}
	for _, f := range h.Files {
		rep.Files = append(rep.Files, fileStatus(f, h))
	}
	for _, r := range h.Legacy {
		row := LegacyRow{Name: r.Name}
		if !r.AppliedAt.IsZero() {
			at := r.AppliedAt
			row.AppliedAt = &at
		}
		rep.Legacy = append(rep.Legacy, row)
	}
}

func fileStatus(f migrations.File, h *history.History) FileStatus {
	fs := FileStatus{Version: f.Version, FileName: f.FileName, Checksum: f.Checksum, Import: f.Import}
	if r, ok := h.Applied[f.Version]; ok {
		fs.Applied, fs.Adopted = true, h.Adopted[f.Version]
		if !r.AppliedAt.IsZero() {
			at := r.AppliedAt
			fs.AppliedAt = &at
		}
		fs.ExecutionMS, fs.AppliedBy = r.ExecutionMS, r.AppliedBy
	}
	return fs
}
