package live

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

// repoRoot is where testdata and schema live, relative to this package.
const repoRoot = "../.."

func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// loadHCL loads HCL source text, failing the test on any error.
func loadHCL(t testing.TB, name, src string) *models.Realm {
	t.Helper()
	r, diags := hclschema.LoadFiles(map[string][]byte{name: []byte(src)})
	if diags.HasErrors() {
		t.Fatalf("loading %s: %s", name, diags.Error())
	}
	return r
}

func loadHCLFile(t testing.TB, path string) *models.Realm {
	t.Helper()
	r, diags := hclschema.Load(path)
	if diags.HasErrors() {
		t.Fatalf("loading %s: %s", path, diags.Error())
	}
	return r
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// execPlan runs p on conn the way its migration files would run:
// consecutive transactional statements in one transaction (one file),
// each no-transaction statement (CREATE INDEX CONCURRENTLY, ALTER TYPE
// ... ADD VALUE) on its own. So a statement that needs an earlier one
// committed first (a new enum value used in a CHECK) fails here as it
// would in `apply`.
func execPlan(t testing.TB, ctx context.Context, conn *pgx.Conn, p *plan.Plan) {
	t.Helper()
	if err := runPlan(ctx, conn, p); err != nil {
		t.Fatal(err)
	}
}

// runPlan is execPlan returning its error, for plans run on another
// goroutine than the test's.
func runPlan(ctx context.Context, conn *pgx.Conn, p *plan.Plan) error {
	var tx pgx.Tx
	commit := func() error {
		if tx == nil {
			return nil
		}
		err := tx.Commit(ctx)
		tx = nil
		if err != nil {
			return fmt.Errorf("committing plan statements: %w\nwhole plan:\n%s", err, planSQL(p))
		}
		return nil
	}
	for _, s := range p.Statements {
		var err error
		if s.NoTransaction {
			if err := commit(); err != nil {
				return err
			}
			_, err = conn.Exec(ctx, s.SQL)
		} else {
			if tx == nil {
				if tx, err = conn.Begin(ctx); err != nil {
					return err
				}
			}
			_, err = tx.Exec(ctx, s.SQL)
		}
		if err != nil {
			if tx != nil {
				_ = tx.Rollback(ctx)
			}
			return fmt.Errorf("executing plan statement:\n%s\nerror: %w\nwhole plan:\n%s", s.SQL, err, planSQL(p))
		}
	}
	return commit()
}

func planSQL(p *plan.Plan) string {
	var b strings.Builder
	for _, s := range p.Statements {
		if s.NoTransaction {
			b.WriteString("-- no transaction:\n")
		}
		b.WriteString(s.SQL)
		b.WriteString("\n")
	}
	return b.String()
}

// declarationsOnly clears what the catalog never reports (schemactl's own
// declarations), so a live model and a desired one can be compared.
func declarationsOnly(r *models.Realm) *models.Realm {
	r = r.Clone()
	r.Moves = nil // how the plan got there, not what it made
	for _, d := range r.Data {
		d.Columns = nil // checked apart (checkData); the triggers on it are managed
	}
	for _, s := range r.Schemas {
		s.Exclusive, s.IgnoreGrantsTo = false, nil
		for _, t := range s.Tables {
			t.Lifecycle = models.Lifecycle{}
			for _, ix := range t.Indexes {
				ix.Concurrently = false
			}
		}
	}
	return r.Normalize()
}

// requireConverged checks that the live managed schema equals desired
// (both through the same normalisation) and that a second live plan is
// empty.
func requireConverged(t testing.TB, ctx context.Context, conn *pgx.Conn, desired *models.Realm, stage string) {
	t.Helper()
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	current, err := inspectManaged(ctx, tx, "public.migrations", desired, desired)
	if err != nil {
		t.Fatalf("%s: inspecting: %v", stage, err)
	}
	normalized, err := NormalizeExpressions(ctx, tx, current, desired)
	if err != nil {
		t.Fatalf("%s: normalising: %v", stage, err)
	}
	if diff := models.Differences(declarationsOnly(plan.Managed(current, desired, desired)), declarationsOnly(normalized)); len(diff) > 0 {
		t.Fatalf("%s: live schema differs from the desired model:\n  %s", stage, strings.Join(diff, "\n  "))
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	again, err := Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatalf("%s: re-planning: %v", stage, err)
	}
	if !again.Matches() {
		t.Fatalf("%s: re-planning is not empty:\n%s", stage, planText(again))
	}
}

// planText is the plan's changes and statements, for failure messages.
// (The views package imports apply, which imports this package.)
func planText(p *plan.Plan) string {
	return strings.Join(p.Lines(), "\n") + "\n" + planSQL(p)
}
