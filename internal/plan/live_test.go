package plan

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

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
	first, err := Build(nil, desired, nil, Options{})
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
	_, err = Live(ctx, conn, desired, desired, LiveOptions{MigrationsTable: "public.migrations", LockTimeout: 300 * time.Millisecond})
	elapsed := time.Since(start)
	var lt *LockTimeoutError
	if !errors.As(err, &lt) {
		t.Fatalf("Live on a locked table: got %v, want a *LockTimeoutError", err)
	}
	if elapsed > 10*time.Second {
		t.Errorf("Live took %s to give up; the lock timeout was 300ms", elapsed)
	}
	if len(lt.Tables) != 1 || lt.Tables[0] != "public.busy" {
		t.Errorf("locked tables = %v, want [public.busy]", lt.Tables)
	}
	if msg := err.Error(); !strings.Contains(msg, "public.busy") || !strings.Contains(msg, "300ms") {
		t.Errorf("error %q does not name the table and the timeout", msg)
	}

	// Without an option, a lock_timeout the session already has (apply
	// sets its --lock-timeout) is kept.
	if _, err := conn.Exec(ctx, "SET lock_timeout = '200ms'"); err != nil {
		t.Fatal(err)
	}
	_, err = Live(ctx, conn, desired, desired, LiveOptions{MigrationsTable: "public.migrations"})
	if !errors.As(err, &lt) || lt.LockTimeout != 200*time.Millisecond {
		t.Fatalf("Live with the session's lock_timeout of 200ms: got %v, want a *LockTimeoutError after 200ms", err)
	}

	// Once the lock is gone, the same connection plans normally.
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := Live(ctx, conn, desired, desired, LiveOptions{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatalf("planning after the lock was released: %v", err)
	}
	if !p.Empty() {
		t.Fatalf("plan after the lock was released is not empty:\n%s", RenderText(p, false))
	}
}
