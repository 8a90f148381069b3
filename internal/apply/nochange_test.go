package apply

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
)

// legacyTableSQL is an earlier migrator's table, as in
// testdata/existing_app.sql.
const legacyTableSQL = `CREATE TABLE public.migrations (id serial PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
INSERT INTO public.migrations (name, applied_at) VALUES ('20230101_init', '2023-01-01 10:00+00'), ('20230215_more', '2023-02-15 09:30+00');`

// refusalCase sets up a database and a directory whose apply must refuse
// (or have nothing to do); check looks at Apply's answer. hold, when set,
// takes locks for the duration of one apply and returns their release:
// pg_dump would wait for them too.
type refusalCase struct {
	name  string
	setup func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options
	hold  func(t *testing.T, ctx context.Context, plainURL string) (release func())
	check func(t *testing.T, res *Result, err error)
}

func wantErr[E error](t *testing.T, err error, fragments ...string) {
	t.Helper()
	var target E
	if !errors.As(err, &target) {
		t.Fatalf("err = %v, want a %T", err, target)
	}
	for _, f := range fragments {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error does not say %q:\n%v", f, err)
		}
	}
}

func nothingToDo(t *testing.T, res *Result, err error) {
	t.Helper()
	if err != nil || len(res.Applied) != 0 || len(res.Pending) != 0 {
		t.Fatalf("want a no-op, got %+v, %v", res, err)
	}
}

// applyInit applies hclV1 as 0001 through a connection of its own.
func applyInit(t *testing.T, ctx context.Context, modeURL string, d *migrations.MemDir) {
	t.Helper()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, connect(t, modeURL), Options{Dir: d})
}

var hclV3NoConcurrently = strings.Replace(hclV3, "concurrently = true", "", 1)

var refusalCases = []refusalCase{{
	name: "no-op after an apply",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		applyInit(t, ctx, modeURL, d)
		return Options{Dir: d}
	},
	check: nothingToDo,
}, {
	name: "no-op on an earlier migrator's table",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		files := writeFromHCL(t, d, "init", hclV1)
		testdb.Exec(t, plainURL, legacyTableSQL+string(files[0].Content)+
			`;INSERT INTO public.migrations (name) VALUES ('0001_init')`)
		return Options{Dir: d}
	},
	check: nothingToDo,
}, {
	name: "edited applied file",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		applyInit(t, ctx, modeURL, d)
		writeFromHCL(t, d, "alerts", hclV3NoConcurrently)
		old, _ := d.ReadFile("0001_init.sql")
		d.WriteFile("0001_init.sql", append(old, '\n'))
		files, err := migrations.ReadFiles(d)
		if err != nil {
			t.Fatal(err)
		}
		d.WriteFile(migrations.SumFileName, migrations.EncodeSum(files))
		return Options{Dir: d}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*migrations.ChecksumMismatchError](t, err, "0001_init.sql")
	},
}, {
	name: "drift",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		applyInit(t, ctx, modeURL, d)
		writeFromHCL(t, d, "alerts", hclV3NoConcurrently)
		testdb.Exec(t, plainURL, `ALTER TABLE public.checks ADD COLUMN extra text`)
		return Options{Dir: d}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*DriftError](t, err, "table.public.checks", "extra")
	},
}, {
	name: "a data table as the migrations table",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		writeFromHCL(t, d, "init", hclV1)
		testdb.Exec(t, plainURL, `CREATE TABLE public.victim (id int PRIMARY KEY, secret text);
			INSERT INTO public.victim VALUES (1, 'a'), (2, 'b')`)
		return Options{Dir: d, MigrationsTable: "public.victim"}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*history.MigrationsTableError](t, err, "public.victim", `"secret"`, "--migrations-table")
	},
}, {
	name: "an earlier migrator's table with a NOT NULL column schemactl cannot fill",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		writeFromHCL(t, d, "init", hclV1)
		testdb.Exec(t, plainURL, `CREATE TABLE public.migrations (id serial PRIMARY KEY, name text NOT NULL, batch integer NOT NULL);
			INSERT INTO public.migrations (name, batch) VALUES ('20230101_init', 1)`)
		return Options{Dir: d}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*history.MigrationsTableError](t, err, `"batch"`, "NOT NULL")
	},
}, {
	name: "a view named migrations",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		writeFromHCL(t, d, "init", hclV1)
		testdb.Exec(t, plainURL, `CREATE VIEW public.migrations AS SELECT 1 AS version, 'x'::text AS name`)
		return Options{Dir: d}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*history.MigrationsTableError](t, err, "public.migrations is a view", "--migrations-table")
	},
}, {
	name: "migrations lock held by another session",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		applyInit(t, ctx, modeURL, d)
		writeFromHCL(t, d, "alerts", hclV3NoConcurrently)
		return Options{Dir: d, LockTimeout: 200 * time.Millisecond}
	},
	hold: func(t *testing.T, ctx context.Context, plainURL string) func() {
		other := connect(t, plainURL)
		key := lockKey(history.Table{Schema: "public", Name: "migrations"})
		if _, err := other.Exec(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
			t.Fatal(err)
		}
		return func() {
			if _, err := other.Exec(ctx, "SELECT pg_advisory_unlock($1)", key); err != nil {
				t.Fatal(err)
			}
		}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*session.TimeoutError](t, err, "migrations lock")
	},
}, {
	name: "lock timeout in the first file while adopting an earlier migrator's table",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		testdb.Exec(t, plainURL, legacyTableSQL+`CREATE TABLE public.legacy_jobs (id int)`)
		writeRaw(t, d, "jobs_note", "", migrations.Statement{SQL: `ALTER TABLE "public"."legacy_jobs" ADD COLUMN "note" text`})
		return Options{Dir: d, LockTimeout: 200 * time.Millisecond}
	},
	hold: func(t *testing.T, ctx context.Context, plainURL string) func() {
		_, release := holdLock(t, plainURL, "public.legacy_jobs")
		return release
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*StatementError](t, err, "lock timeout", "legacy_jobs")
	},
}, {
	name: "end state differs while adopting an earlier migrator's table",
	setup: func(t *testing.T, ctx context.Context, plainURL, modeURL string, d *migrations.MemDir) Options {
		testdb.Exec(t, plainURL, legacyTableSQL)
		writeRaw(t, d, "init", hclV1, migrations.Statement{SQL: `CREATE TABLE "public"."checks" (
			"id" bigint NOT NULL, "service" text NOT NULL, "status" text NOT NULL DEFAULT 'ok',
			CONSTRAINT "checks_pkey" PRIMARY KEY ("id"))`})
		return Options{Dir: d}
	},
	check: func(t *testing.T, res *Result, err error) {
		wantErr[*EndStateError](t, err, "checks_status_check")
	},
}}

// TestRefusedOrNoOpApplyChangesNothing: checks first, changes after. For
// each kind of refusal, and for an apply with nothing to do, the catalog
// and every row (catalogSnapshot) are the same before and after; the CLI
// tests compare whole pg_dumps for some of these.
func TestRefusedOrNoOpApplyChangesNothing(t *testing.T) {
	t.Parallel()
	for _, tc := range refusalCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
				ctx := testCtx(t)
				d := migrations.NewMemDir()
				opts := tc.setup(t, ctx, plainURL, modeURL, d)
				before := catalogSnapshot(t, ctx, plainURL)
				release := func() {}
				if tc.hold != nil {
					release = tc.hold(t, ctx, plainURL)
				}
				res, err := Apply(ctx, connect(t, modeURL), opts)
				release()
				tc.check(t, res, err)
				assertSame(t, before, catalogSnapshot(t, ctx, plainURL), "the apply")
			})
		})
	}
}
