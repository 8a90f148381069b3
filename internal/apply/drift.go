package apply

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

// pgxDB is what the live comparison reads through: *pgx.Conn, or the
// pgx.Tx of the last file so the check sees its uncommitted changes.
type pgxDB interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

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
func liveDrift(ctx context.Context, db pgxDB, expected *models.Realm, table Table) ([]Drift, error) {
	p, err := plan.Live(ctx, db, expected, expected, plan.LiveOptions{
		// Nothing is applied from this plan; a destroy in it is drift to
		// report, not a refusal.
		Options:         plan.Options{AllowDestroy: true},
		MigrationsTable: table.String(),
	})
	if err != nil {
		return nil, fmt.Errorf("comparing the live schema with the expected state: %w", err)
	}
	var out []Drift
	for _, c := range p.Changes {
		d := Drift{Address: c.Address, Action: c.Action.String()}
		for _, it := range c.Items {
			d.Details = append(d.Details, it.Action.Symbol()+" "+it.Description)
		}
		out = append(out, d)
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
