package live

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestLiveLockTimeout: a managed table locked by another session's open
// transaction makes Live give up after its lock timeout with an error
// naming the table, instead of hanging on the catalog read.
func TestLiveLockTimeout(t *testing.T) {
	ctx := testContext(t)
	url := testdb.New(t)
	desired := loadHCL(t, "locked.hcl", `
schema "public" {}

table "busy" {
  schema = schema.public
  column "id" { type = integer }
  column "state" {
    type    = text
    default = "new"
  }
  check "busy_state_check" { expr = "state <> ''" }
}
`)
	conn := testdb.Connect(t, url)
	first, err := plan.Build(nil, desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	execPlan(t, ctx, conn, first)

	holder := testdb.Connect(t, url)
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `LOCK TABLE public.busy IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	_, err = Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations", Bounds: session.Bounds{LockTimeout: 300 * time.Millisecond}})
	elapsed := time.Since(start)
	var lt *session.TimeoutError
	if !errors.As(err, &lt) || !lt.Lock {
		t.Fatalf("Plan on a locked table: got %v, want a lock *session.TimeoutError", err)
	}
	if elapsed > 10*time.Second {
		t.Errorf("Live took %s to give up; the lock timeout was 300ms", elapsed)
	}
	if len(lt.Holders) == 0 || lt.Holders[0].Object != "public.busy" || lt.Holders[0].Mode != "AccessExclusiveLock" {
		t.Errorf("holders = %v, want the session holding public.busy first", lt.Holders)
	}
	if msg := err.Error(); !strings.Contains(msg, "public.busy") || !strings.Contains(msg, "300ms") {
		t.Errorf("error %q does not name the table and the timeout", msg)
	}

	// Without an option, a lock_timeout the session already has (apply
	// sets its --lock-timeout) is kept.
	if _, err := conn.Exec(ctx, "SET lock_timeout = '200ms'"); err != nil {
		t.Fatal(err)
	}
	_, err = Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations"})
	if !errors.As(err, &lt) || lt.Waited != 200*time.Millisecond {
		t.Fatalf("Plan with the session's lock_timeout of 200ms: got %v, want a *session.TimeoutError after 200ms", err)
	}

	// Once the lock is gone, the same connection plans normally.
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatalf("planning after the lock was released: %v", err)
	}
	if !p.Empty() {
		t.Fatalf("plan after the lock was released is not empty:\n%s", planText(p))
	}
}
