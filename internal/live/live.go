package live

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/session"
)

// DB is satisfied by *pgx.Conn and pgx.Tx (where Begin is a savepoint).
type DB interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

// Inputs are the models a comparison holds the live catalog against.
type Inputs struct {
	// Desired is the HCL's model; nil when no plan is wanted (status,
	// apply's checks).
	Desired *models.Realm
	// State is schemactl.state.json: with Desired, it makes the managed
	// scope and remembers prevent_destroy.
	State *models.Realm
	// Expected is the state the applied migrations recorded (or, after
	// apply's last file, the directory's state file); nil when there is
	// nothing to check drift against.
	Expected *models.Realm
	// ExpectedRendered is Expected as the server rendered it when it was
	// recorded (history.Record.Rendered), or nil. With it the drift check
	// sends nothing to the server to be rendered, and Desired's tables
	// that equal Expected's take their renderings from it: a comparison
	// that creates nothing, which a role that may only read can run.
	ExpectedRendered *models.Realm
}

// Options tune Compare.
type Options struct {
	plan.Options
	// MigrationsTable ("schema.name") is never read.
	MigrationsTable string
	// Bounds limit every lock wait and statement of the comparison's
	// reads (see internal/session); zero fields keep the session's own
	// limits or take the defaults.
	session.Bounds
	// PendingIndexes are indexes (schema, name) that pending
	// no-transaction files create: a run of such a file that stopped half
	// way may have built some, which is progress its rerun completes, not
	// drift. They are left out of the live side of the drift check unless
	// Expected holds them.
	PendingIndexes map[[2]string]bool
}

// Result is what a comparison found.
type Result struct {
	// Plan takes the live schema to Desired; nil without Desired.
	Plan *plan.Plan
	// Drift is the plan that would take the live schema back to
	// Expected (drift.Matches() when there is none); nil without
	// Expected.
	Drift *plan.Plan
	// Rendered is Expected with its expressions as the server renders
	// them, for a record to keep (see Inputs.ExpectedRendered); nil when
	// they could not all be rendered.
	Rendered *models.Realm
	// Unrendered names the HCL's expressions that were compared as
	// written: the session may not create the scratch objects that render
	// them (a role that may only read, a replica). A difference of
	// spelling in one of them shows as a change.
	Unrendered []string
}

// Compare reads the managed part of the live catalog once, in one
// transaction that is always rolled back, and compares it with the
// inputs: the plan to Desired and the drift from Expected. Desired and
// Expected expressions are first rendered by the server (see
// NormalizeExpressions), so two spellings of one expression never differ.
// It changes nothing in the database, whatever the models hold.
func Compare(ctx context.Context, db DB, in Inputs, opts Options) (*Result, error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the managed schema: beginning a transaction: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	bounds, err := session.Bound(ctx, tx, opts.Bounds)
	if err != nil {
		return nil, err
	}
	scope := []*models.Realm{realmOrEmpty(in.Desired), realmOrEmpty(in.State), realmOrEmpty(in.Expected)}
	res, err := compare(ctx, tx, in, opts)
	if err != nil {
		return nil, timeoutError(ctx, db, tx, scope, bounds, err)
	}
	return res, nil
}

// compare is Compare inside its bounded transaction.
func compare(ctx context.Context, tx pgx.Tx, in Inputs, opts Options) (*Result, error) {
	current, err := inspectManaged(ctx, tx, opts.MigrationsTable, in.Desired, in.State, in.Expected)
	if err != nil {
		return nil, err
	}
	if err := checkData(current, in.Desired); err != nil {
		return nil, err
	}
	if err := checkRoles(ctx, tx, in.Desired); err != nil {
		return nil, err
	}
	nr, err := normalizeRealms(ctx, tx, current, realmsToRender{desired: in.Desired, expected: in.Expected, expectedRendered: in.ExpectedRendered})
	if err != nil {
		return nil, err
	}
	desired, expected := nr.desired, nr.expected
	res := &Result{Unrendered: nr.unrendered}
	if nr.expectedRendered {
		res.Rendered = expected
	}
	if expected != nil {
		live := withoutPendingIndexes(plan.Managed(current, expected, expected), expected, opts.PendingIndexes)
		// Nothing is applied from this plan: a destroy in it is drift
		// to report, not a refusal.
		if res.Drift, err = plan.BuildOwned(live, expected, in.Expected, plan.Options{AllowDestroy: true}); err != nil {
			return nil, fmt.Errorf("comparing the live schema with the recorded state: %w", err)
		}
	}
	if desired != nil {
		if res.Plan, err = plan.BuildOwned(current, desired, realmOrEmpty(in.State), opts.Options); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// withoutPendingIndexes drops from live (a fresh realm of its own, as
// plan.Managed returns) the indexes a pending no-transaction file
// creates, unless expected has them.
func withoutPendingIndexes(live, expected *models.Realm, pending map[[2]string]bool) *models.Realm {
	if len(pending) == 0 {
		return live
	}
	for _, t := range live.Tables() {
		t.Indexes = slices.DeleteFunc(slices.Clone(t.Indexes), func(ix *models.Index) bool {
			return pending[[2]string{t.Schema, ix.Name}] && expected.Table(t.Schema, t.Name).Index(ix.Name) == nil
		})
	}
	return live
}

// Plan is Compare for a plan alone: the live schema to desired, with state
// as the recorded state.
func Plan(ctx context.Context, db DB, desired, state *models.Realm, opts Options) (*plan.Plan, error) {
	res, err := Compare(ctx, db, Inputs{Desired: realmOrEmpty(desired), State: state}, opts)
	if err != nil {
		return nil, err
	}
	return res.Plan, nil
}

// realmOrEmpty treats nil as an empty realm.
func realmOrEmpty(r *models.Realm) *models.Realm {
	if r == nil {
		return &models.Realm{}
	}
	return r
}

// displayName is schema.name unquoted, for messages.
func displayName(parts ...string) string { return strings.Join(parts, ".") }

// DefaultLockTimeout is how long a comparison waits for a lock unless told.
const DefaultLockTimeout time.Duration = session.DefaultLockTimeout
