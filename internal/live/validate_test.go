package live

import (
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

const validateBase = `
schema "public" {}
table "teams" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}
table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "team_id" {
    type = integer
    null = true
  }
  column "age" {
    type = integer
    null = true
  }
}
`

// TestValidationRunsAfterTheAddIsCommitted: a CHECK or foreign key added
// to an existing table, and SET NOT NULL through a helper check, are added
// NOT VALID in a transactional file, and validated in a later
// no-transaction file, so that the ACCESS EXCLUSIVE lock of the ADD (and
// of every other ALTER TABLE of that file) is released before the scan.
// Every statement of the no-transaction file can run again after a
// failure half way.
func TestValidationRunsAfterTheAddIsCommitted(t *testing.T) {
	cases := []struct {
		name, desired string
		add           string   // the statement of the transactional file
		finish        []string // the no-transaction file, in order
	}{{
		name: "check",
		desired: strings.Replace(validateBase, `  column "age" {`, `  check "people_age_check" { expr = "age > 0" }
  column "age" {`, 1),
		add:    `ALTER TABLE "public"."people" ADD CONSTRAINT "people_age_check" CHECK (age > 0) NOT VALID;`,
		finish: []string{`ALTER TABLE "public"."people" VALIDATE CONSTRAINT "people_age_check";`},
	}, {
		name: "foreign_key",
		desired: strings.Replace(validateBase, `  column "age" {`, `  foreign_key "people_team_fk" {
    columns     = [column.team_id]
    ref_columns = [table.teams.column.id]
  }
  column "age" {`, 1),
		add:    `ALTER TABLE "public"."people" ADD CONSTRAINT "people_team_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams" ("id") NOT VALID;`,
		finish: []string{`ALTER TABLE "public"."people" VALIDATE CONSTRAINT "people_team_fk";`},
	}, {
		name: "not_null",
		desired: strings.Replace(validateBase, `  column "age" {
    type = integer
    null = true
  }`, `  column "age" { type = integer }`, 1),
		add: `ALTER TABLE "public"."people" ADD CONSTRAINT "people_age_not_null" CHECK ("age" IS NOT NULL) NOT VALID;`,
		finish: []string{
			// Skipped once the helper is gone: a rerun of this file after a
			// later step failed starts over.
			`DO $validate$ BEGIN IF EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = '"public"."people"'::regclass AND conname = 'people_age_not_null') ` +
				`THEN ALTER TABLE "public"."people" VALIDATE CONSTRAINT "people_age_not_null"; END IF; END $validate$;`,
			`ALTER TABLE "public"."people" ALTER COLUMN "age" SET NOT NULL;`,
			`ALTER TABLE "public"."people" DROP CONSTRAINT IF EXISTS "people_age_not_null";`,
		},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			current := loadHCL(t, "current.hcl", validateBase)
			desired := loadHCL(t, "desired.hcl", tc.desired)
			p, err := plan.Build(current, desired, current, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			d := migrations.NewMemDir()
			stmts := make([]migrations.Statement, len(p.Statements))
			for i, s := range p.Statements {
				stmts[i] = migrations.Statement{SQL: s.SQL, NoTransaction: s.NoTransaction}
			}
			files, err := migrations.Write(d, migrations.NewMigration{Name: tc.name, Statements: stmts, State: desired})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range files {
				got = append(got, withoutHeader(string(f.Content)))
			}
			want := []string{
				tc.add + "\n",
				migrations.NoTransactionDirective + "\n" + strings.Join(tc.finish, "\n\n") + "\n",
			}
			if strings.Join(got, "----\n") != strings.Join(want, "----\n") {
				t.Fatalf("migration files:\n%s\nwant:\n%s", strings.Join(got, "----\n"), strings.Join(want, "----\n"))
			}
			for _, s := range p.Statements {
				if strings.Contains(s.SQL, "VALIDATE") && !strings.Contains(strings.Join(hazardMessages(s), " "), "own autocommit step") {
					t.Errorf("hazard of %s does not say the validation runs on its own: %v", s.SQL, s.Hazards)
				}
			}
		})
	}
}

func hazardMessages(s *plan.Statement) []string {
	var out []string
	for _, h := range s.Hazards {
		out = append(out, h.Message)
	}
	return out
}

// TestValidateLetsWritesContinue runs a plan the way apply runs its files
// while a slow CHECK (one call of a sleeping function per row) is
// validated: the validating session must hold no ACCESS EXCLUSIVE lock on
// the table at that moment, neither from the ADD ... NOT VALID nor from
// the other ALTER TABLEs of the plan, and another session's INSERT with a
// short lock_timeout goes through.
func TestValidateLetsWritesContinue(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	url := testdb.New(t)
	testdb.Exec(t, url, `CREATE FUNCTION public.slow_positive(x integer) RETURNS boolean LANGUAGE sql
		AS $$ SELECT pg_sleep(0.4) IS NOT NULL AND x > 0 $$;`)
	a := loadHCL(t, "a.hcl", validateBase)
	b := loadHCL(t, "b.hcl", strings.Replace(validateBase, `  column "age" {
    type = integer
    null = true
  }`, `  column "age" { type = integer }
  column "nickname" {
    type = text
    null = true
  }
  check "people_age_slow" { expr = "slow_positive(age)" }`, 1))
	conn := testdb.Connect(t, url)
	first, err := plan.Build(nil, a, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	execPlan(t, ctx, conn, first)
	testdb.Exec(t, url, `INSERT INTO public.people (id, age) SELECT g, 30 FROM generate_series(1, 5) g`)

	second, err := Plan(ctx, conn, b, a, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	var pid int
	if err := conn.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	watcher := testdb.Connect(t, url)
	done := make(chan error, 1)
	go func() { done <- runPlan(ctx, conn, second) }()
	finished := false
	defer func() {
		if !finished {
			<-done // the database is dropped after the test: let the plan end first
		}
	}()

	deadline := time.Now().Add(30 * time.Second)
	seen := false
	for !seen && time.Now().Before(deadline) {
		select {
		case err := <-done:
			finished = true
			t.Fatalf("the plan finished (error %v) before its VALIDATE was seen running", err)
		default:
		}
		if err := watcher.QueryRow(ctx, `SELECT count(*) > 0 FROM pg_stat_activity
			WHERE pid = $1 AND state = 'active' AND query LIKE '%VALIDATE CONSTRAINT "people_age_slow"%'`, pid).Scan(&seen); err != nil {
			t.Fatal(err)
		}
		if !seen {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if !seen {
		t.Fatal("never saw the VALIDATE of people_age_slow running")
	}
	var modes []string
	rows, err := watcher.Query(ctx, `SELECT mode FROM pg_locks
		WHERE pid = $1 AND granted AND relation = 'public.people'::regclass ORDER BY mode`, pid)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			t.Fatal(err)
		}
		modes = append(modes, m)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, m := range modes {
		if m == "AccessExclusiveLock" {
			t.Fatalf("the session validating people_age_slow holds %v on public.people: writes are blocked during the scan", modes)
		}
	}
	if _, err := watcher.Exec(ctx, "SET lock_timeout = '200ms'"); err != nil {
		t.Fatal(err)
	}
	if _, err := watcher.Exec(ctx, "INSERT INTO public.people (id, age) VALUES (100, 1)"); err != nil {
		t.Fatalf("an INSERT during the VALIDATE failed: %v", err)
	}
	finished = true
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	requireConverged(t, ctx, conn, b, "after b")
}

// TestFilesStartTransactional: when two orders make as many files, the
// plan starts with a transactional one. A no-transaction file that stops
// half way then follows a recorded file without a state, so the rerun
// does not take its finished steps (an added enum value) for drift; and
// the last file is transactional, so apply's end-state check can still
// roll it back.
func TestFilesStartTransactional(t *testing.T) {
	const a = `
schema "public" {}
enum "level" {
  schema = schema.public
  values = ["low", "high"]
}
table "jobs" {
  schema = schema.public
  column "level" {
    type    = enum.level
    default = "low"
  }
}
table "probes" {
  schema = schema.public
  column "score" { type = integer }
}
`
	b := strings.Replace(strings.Replace(a, `"low", "high"`, `"low", "mid", "high"`, 1), `default = "low"`, `default = "mid"`, 1)
	b = strings.Replace(b, `  column "score" { type = integer }`, `  column "score" { type = integer }
  check "probes_score_check" { expr = "score >= 0" }`, 1)
	current := loadHCL(t, "a.hcl", a)
	desired := loadHCL(t, "b.hcl", b)
	p, err := plan.Build(current, desired, current, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := planSQL(p)
	want := `ALTER TABLE "public"."probes" ADD CONSTRAINT "probes_score_check" CHECK (score >= 0) NOT VALID;
-- no transaction:
ALTER TYPE "public"."level" ADD VALUE IF NOT EXISTS 'mid' AFTER 'low';
-- no transaction:
ALTER TABLE "public"."probes" VALIDATE CONSTRAINT "probes_score_check";
ALTER TABLE "public"."jobs" ALTER COLUMN "level" SET DEFAULT ('mid');
`
	if got != want {
		t.Fatalf("plan:\n%s\nwant:\n%s", got, want)
	}
}

// withoutHeader drops the header comment of a written migration (the
// lines after the no-transaction directive, if any, up to the first blank
// line).
func withoutHeader(content string) string {
	directive := ""
	if rest, ok := strings.CutPrefix(content, migrations.NoTransactionDirective+"\n"); ok {
		directive, content = migrations.NoTransactionDirective+"\n", rest
	}
	if _, body, ok := strings.Cut(content, "\n\n"); ok && strings.HasPrefix(content, "-- ") {
		content = body
	}
	return directive + content
}
