package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/testdb"
)

// TestReadsGiveUpBehindALock (issue 9, point 7): with a managed table
// locked ACCESS EXCLUSIVE by another session's open transaction, inspect,
// a live plan and status each give up after --lock-timeout (not the 5s
// default, nor never), exit 1, say it was a lock timeout, and change
// nothing; each names the session holding the lock (its pid and
// application_name) and the table. Under every exec mode.
func TestReadsGiveUpBehindALock(t *testing.T) {
	t.Parallel()
	dbURL := testdb.New(t)
	p := newPlanProject(t, planV1)
	if status, _, errOut := p.plan(map[string]string{}, "--write", "init"); status != exitOK {
		t.Fatalf("--write init: exit %d\n%s", status, errOut)
	}
	if status, out, errOut := runApplyCLI(t, dbURL, "apply", "--migrations", p.path("migrations")); status != exitOK {
		t.Fatalf("apply: exit %d\n%s%s", status, out, errOut)
	}
	h := &hostileRun{t: t, plainURL: dbURL, conn: testdb.Connect(t, dbURL)}
	before := h.fingerprint() // before the lock, which it would wait for
	ctx := context.Background()
	holder := testdb.Connect(t, dbURL+"&application_name=hostile-lock-holder")
	var pid int
	if err := holder.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "LOCK TABLE public.probes IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	named := []string{fmt.Sprintf("pid %d", pid), `"hostile-lock-holder"`, "AccessExclusiveLock on public.probes"}
	testdb.EachExecMode(t, dbURL, func(t *testing.T, modeURL string) {
		for _, c := range []struct {
			args []string
			want []string
		}{
			{[]string{"inspect"}, named},
			{[]string{"plan", "--schema", p.path("schema"), "--migrations", p.path("migrations")}, named},
			{[]string{"status", "--migrations", p.path("migrations")}, named},
		} {
			start := time.Now()
			status, out, errOut := runApplyCLI(t, modeURL, append(c.args, "--lock-timeout", "200ms")...)
			took := time.Since(start)
			want := append([]string{"gave up after waiting 200ms (lock timeout)", "Nothing was changed"}, c.want...)
			if status != exitError || took > 3*time.Second || !containsAll(errOut, want) {
				t.Errorf("%s behind a lock: exit %d after %s, want 1 within about 200ms and %q:\n%s%s", c.args[0], status, took, want, out, errOut)
			}
		}
	})
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	h.unchanged(before, "the reads behind a lock")
}

// TestCostlyExpressionIsCutByStatementTimeout (issue 9, point 7): an
// index whose where clause costs seconds of server CPU to render (the
// server folds the constant while building the index it renders it on)
// makes a live plan give up after --statement-timeout, exit 1, saying so
// and what to do, changing nothing. Under every exec mode.
func TestCostlyExpressionIsCutByStatementTimeout(t *testing.T) {
	t.Parallel()
	dbURL := testdb.New(t)
	p := newPlanProject(t, `schema "public" {}
table "probes" {
  schema = schema.public
  column "id" { type = integer }
  column "note" { type = text }
  index "probes_costly" {
    columns = [column.id]
    where   = "md5(repeat('x', 100000000)) <> ''"
  }
}
`)
	h := &hostileRun{t: t, plainURL: dbURL, conn: testdb.Connect(t, dbURL)}
	before := h.fingerprint()
	testdb.EachExecMode(t, dbURL, func(t *testing.T, modeURL string) {
		start := time.Now()
		status, out, errOut := p.plan(map[string]string{"DATABASE_URL": modeURL}, "--statement-timeout", "300ms")
		took := time.Since(start)
		want := []string{"cancelled after 300ms (statement timeout)", "Nothing was changed; raise --statement-timeout"}
		if status != exitError || out != "" || took > 5*time.Second || !containsAll(errOut, want) {
			t.Errorf("costly live plan: exit %d after %s, want 1 and %q:\n%s%s", status, took, want, out, errOut)
		}
	})
	h.unchanged(before, "the costly live plan")
}

// TestBadPolicyExpressionNamesThePolicy (issue 9, point 9): the live plan
// of a policy whose expression the server rejects names the policy; the
// error used to be pinned on its table ("table public.t is not valid").
// Under every exec mode.
func TestBadPolicyExpressionNamesThePolicy(t *testing.T) {
	t.Parallel()
	dbURL := testdb.New(t)
	p := newPlanProject(t, `schema "public" {}
table "t" {
  schema = schema.public
  column "id" { type = integer }
  row_security { enabled = true }
}
policy "t_owner_only" {
  on    = table.t
  for   = SELECT
  to    = ["PUBLIC"]
  using = "owner_id = current_user"
}
`)
	testdb.EachExecMode(t, dbURL, func(t *testing.T, modeURL string) {
		status, out, errOut := p.plan(map[string]string{"DATABASE_URL": modeURL})
		if status != exitError || !strings.Contains(errOut, "policy t_owner_only on table public.t is not valid") ||
			!strings.Contains(errOut, `column "owner_id" does not exist`) || strings.Contains(errOut, "Error: table public.t") {
			t.Errorf("plan of a bad policy expression: exit %d, want 1 naming the policy:\n%s%s", status, out, errOut)
		}
	})
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
