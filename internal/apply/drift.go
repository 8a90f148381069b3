package apply

import (
	"context"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

// pgxDB is what the live comparison reads through: *pgx.Conn, or the
// pgx.Tx of the last file so the check sees its uncommitted changes.
type pgxDB = live.DB

// liveDrift compares the managed part of the live catalog with expected
// (the declared state), through the planner: the plan from live to
// expected, with expected as the recorded state (so it defines what is
// managed), is the drift; it matches when there is none. Unmanaged
// objects never show, nor does the migrations table. rendered, when the
// record has it, is expected as the server rendered it: the comparison then
// creates nothing to render expressions. It returns expected rendered, as
// the next record stores it.
//
// ignore names indexes (schema, name) that a pending no-transaction file
// creates: see live.Options.PendingIndexes.
func liveDrift(ctx context.Context, db pgxDB, expected, rendered *models.Realm, table history.Table, ignore map[[2]string]bool) (*plan.Plan, *models.Realm, error) {
	res, err := live.Compare(ctx, db, live.Inputs{Expected: expected, ExpectedRendered: rendered},
		live.Options{MigrationsTable: table.String(), PendingIndexes: ignore})
	if err != nil {
		return nil, nil, fmt.Errorf("comparing the live schema with the expected state: %w", err)
	}
	return res.Drift, res.Rendered, nil
}

// withoutDrift drops from diff the objects that had already drifted
// before the run (with --allow-drift, they are known and accepted).
func withoutDrift(diff, before *plan.Plan) *plan.Plan {
	if diff == nil || before == nil {
		return diff
	}
	known := map[string]bool{}
	for _, c := range before.Changes {
		known[c.Address] = true
	}
	for _, u := range before.Unresolved {
		known[u.Address] = true
	}
	out := &plan.Plan{}
	for _, c := range diff.Changes {
		if !known[c.Address] {
			out.Changes = append(out.Changes, c)
		}
	}
	for _, u := range diff.Unresolved {
		if !known[u.Address] {
			out.Unresolved = append(out.Unresolved, u)
		}
	}
	return out
}

// listDrift is the drift as indented lines, for error messages.
func listDrift(drift *plan.Plan) string {
	var b strings.Builder
	for _, l := range drift.Lines() {
		b.WriteString("\n  ")
		b.WriteString(l)
	}
	return b.String()
}
