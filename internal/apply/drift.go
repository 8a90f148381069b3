package apply

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// pgxDB is what the live comparison reads through: *pgx.Conn, or the
// pgx.Tx of the last file so the check sees its uncommitted changes.
type pgxDB = live.DB

// Drift is one managed object whose live shape differs from the expected
// state: what the planner would do to bring it back, and why.
type Drift struct {
	Address string   `json:"address"` // table.public.alert_events
	Action  string   `json:"action"`  // create, update, delete, replace
	Details []string `json:"details,omitempty"`
}

func (d Drift) String() string {
	s := d.Action + " " + d.Address
	if len(d.Details) > 0 {
		s += " (" + strings.Join(d.Details, "; ") + ")"
	}
	return s
}

// liveDrift compares the managed part of the live catalog with expected,
// through the planner: the plan from live to expected, with expected as
// the recorded state (so it defines what is managed), must be empty.
// Unmanaged objects never show, nor does the migrations table.
//
// ignore names indexes (schema, name) that a pending no-transaction file
// creates: a run of that file that stopped half way may have built some of
// them already, which is not drift but progress the rerun completes (its
// statements say IF NOT EXISTS). They are taken out of the live model
// before the planner compares, unless expected has them too.
func liveDrift(ctx context.Context, db pgxDB, expected *models.Realm, table Table, ignore map[[2]string]bool) ([]Drift, error) {
	res, err := live.Compare(ctx, db, live.Inputs{Expected: expected}, live.Options{MigrationsTable: table.String(), PendingIndexes: ignore})
	if err != nil {
		return nil, fmt.Errorf("comparing the live schema with the expected state: %w", err)
	}
	var out []Drift
	for _, c := range res.Drift.Changes {
		d := Drift{Address: c.Address, Action: c.Action.String()}
		for _, it := range c.Items {
			d.Details = append(d.Details, it.Action.Symbol()+" "+it.Description)
		}
		out = append(out, d)
	}
	for _, u := range res.Drift.Unresolved {
		out = append(out, Drift{Address: u.Address, Action: "unresolved", Details: []string{fmt.Sprintf("%s has %s %s, which the HCL cannot declare", u.Object, u.Name, u.Value)}})
	}
	return out, nil
}

// pendingIndexes names the indexes that the CREATE INDEX CONCURRENTLY
// statements of pending no-transaction files create, with the schema of
// their table.
func pendingIndexes(ctx context.Context, conn *pgx.Conn, pending []migrations.File) (map[[2]string]bool, error) {
	out := map[[2]string]bool{}
	for _, f := range pending {
		if !f.NoTransaction {
			continue
		}
		for _, s := range migrations.SplitStatements(string(f.Content)) {
			index, table, ok := concurrentIndex(s)
			if !ok {
				continue
			}
			var schema *string
			if err := conn.QueryRow(ctx, `SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
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

// withoutDrift drops from diff the objects that had already drifted
// before the run (with --allow-drift, they are known and accepted).
func withoutDrift(diff, before []Drift) []Drift {
	var out []Drift
	for _, d := range diff {
		if !slices.ContainsFunc(before, func(b Drift) bool { return b.Address == d.Address }) {
			out = append(out, d)
		}
	}
	return out
}

func listDrift(drift []Drift) string {
	var b strings.Builder
	for _, d := range drift {
		b.WriteString("\n  ")
		b.WriteString(d.String())
	}
	return b.String()
}

// tableNames lists the realm's table names, for matching lock holders.
func tableNames(r *models.Realm) string {
	var names []string
	for _, t := range r.Tables() {
		names = append(names, t.Name)
	}
	return strings.Join(names, " ")
}
