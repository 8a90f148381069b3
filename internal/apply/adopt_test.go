package apply

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
)

// tableShapeCase is an existing relation named as the migrations table.
// Its SQL creates it in schema S (written %[1]s) as %[1]s.m; a table named
// %[1]s.other is there to be referenced. want are fragments of the
// refusal, none when the table must be adopted.
type tableShapeCase struct {
	name string
	sql  string
	want []string
}

var refusedShapes = []tableShapeCase{
	{"a data table", `CREATE TABLE %[1]s.m (id int PRIMARY KEY, secret text); INSERT INTO %[1]s.m VALUES (1, 'x')`,
		[]string{`neither a "name" nor a "version" column`, `column "secret"`}},
	{"a data table with a name column", `CREATE TABLE %[1]s.m (id serial PRIMARY KEY, name text NOT NULL, price numeric); INSERT INTO %[1]s.m (name) VALUES ('widget')`,
		[]string{`column "price" is not one a migrations table keeps`}},
	{"referenced by another table", `CREATE TABLE %[1]s.m (id serial PRIMARY KEY, name text); ALTER TABLE %[1]s.other ADD COLUMN m_id int REFERENCES %[1]s.m (id)`,
		[]string{"other_m_id_fkey", "references it"}},
	{"referencing another table", `CREATE TABLE %[1]s.m (id int REFERENCES %[1]s.other (id), name text)`,
		[]string{"m_id_fkey", "refers to"}},
	{"an extra NOT NULL column without a default", `CREATE TABLE %[1]s.m (id serial PRIMARY KEY, name text NOT NULL, batch integer NOT NULL)`,
		[]string{`column "batch" is NOT NULL without a default`}},
	{"a NOT NULL state column", `CREATE TABLE %[1]s.m (version integer PRIMARY KEY, name text, state jsonb NOT NULL)`,
		[]string{`column "state" is NOT NULL`}},
	{"a text version", `CREATE TABLE %[1]s.m (version text PRIMARY KEY, name text)`,
		[]string{`column "version" has type text`}},
	{"a version schemactl cannot write", `CREATE TABLE %[1]s.m (version integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text)`,
		[]string{`column "version" is generated`}},
	{"duplicate versions", `CREATE TABLE %[1]s.m (version integer, name text); INSERT INTO %[1]s.m VALUES (1, 'a'), (1, 'b')`,
		[]string{"version 1 is recorded twice"}},
	{"the version index's name taken", `CREATE TABLE %[1]s.m (version integer, name text); CREATE INDEX m_version_key ON %[1]s.other (id)`,
		[]string{`m_version_key`, "is taken by an index"}},
	{"a view", `CREATE VIEW %[1]s.m AS SELECT 1 AS version`, []string{"is a view, not a table"}},
	{"a materialized view", `CREATE MATERIALIZED VIEW %[1]s.m AS SELECT 1 AS version`, []string{"is a materialized view"}},
	{"a sequence", `CREATE SEQUENCE %[1]s.m`, []string{"is a sequence"}},
	{"an index", `CREATE INDEX m ON %[1]s.other (id)`, []string{"is an index"}},
	{"a partitioned table", `CREATE TABLE %[1]s.m (version integer, name text) PARTITION BY RANGE (version)`, []string{"is a partitioned table"}},
	{"a foreign table", `CREATE FOREIGN TABLE %[1]s.m (version integer, name text) SERVER migtable_srv`, []string{"is a foreign table"}},
	{"a composite type", `CREATE TYPE %[1]s.m AS (version integer)`, []string{"is a composite type"}},
	{"an enum type", `CREATE TYPE %[1]s.m AS ENUM ('a')`, []string{"is an enum type"}},
}

var adoptedShapes = []tableShapeCase{
	// db-migrate and node-pg-migrate: run_on is NOT NULL without a default.
	{"db-migrate", `CREATE TABLE %[1]s.m (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
		INSERT INTO %[1]s.m (name, run_on) VALUES ('20230101-init', '2023-01-01 10:00')`, nil},
	{"executed_at", `CREATE TABLE %[1]s.m (id serial PRIMARY KEY, name text NOT NULL, executed_at timestamptz DEFAULT now());
		INSERT INTO %[1]s.m (name, executed_at) VALUES ('Migration20230101', '2023-01-01 10:00+00')`, nil},
	{"knex", `CREATE TABLE %[1]s.m (id serial PRIMARY KEY, name varchar(255), batch integer, migration_time timestamptz);
		INSERT INTO %[1]s.m (name, batch, migration_time) VALUES ('20230101_init.js', 1, '2023-01-01 10:00+00')`, nil},
	{"sequelize", `CREATE TABLE %[1]s.m (name varchar(255) PRIMARY KEY); INSERT INTO %[1]s.m VALUES ('20230101-init.js')`, nil},
	{"versions and names", `CREATE TABLE %[1]s.m (version integer PRIMARY KEY, name text NOT NULL)`, nil},
	{"identity id", `CREATE TABLE %[1]s.m (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`, nil},
}

// TestMigrationsTableIsAdoptedOnlyWhenItLooksLikeOne: an existing relation
// named as the migrations table is used only when it is a table that looks
// like one (the rule in the package doc); otherwise apply refuses naming
// what disqualifies it and changes nothing, and status reports it.
func TestMigrationsTableIsAdoptedOnlyWhenItLooksLikeOne(t *testing.T) {
	t.Parallel()
	eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
		ctx := testCtx(t)
		testdb.Exec(t, plainURL, `CREATE FOREIGN DATA WRAPPER migtable_fdw; CREATE SERVER migtable_srv FOREIGN DATA WRAPPER migtable_fdw`)
		conn := connect(t, modeURL)
		for i, tc := range refusedShapes {
			schema := fmt.Sprintf("r%d", i)
			d := shapeFixture(t, plainURL, schema, tc)
			before := catalogSnapshot(t, ctx, plainURL)
			_, err := Apply(ctx, conn, Options{Dir: d, MigrationsTable: schema + ".m"})
			wantErr[*history.MigrationsTableError](t, err, append([]string{schema + ".m", "--migrations-table"}, tc.want...)...)
			assertSame(t, before, catalogSnapshot(t, ctx, plainURL), tc.name)
			rep, err := Status(ctx, conn, d, schema+".m", session.Bounds{})
			if err != nil || !rep.TableRefused || len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0], tc.want[0]) || rep.Pending() != 1 {
				t.Errorf("%s: status = %+v, %v", tc.name, rep, err)
			}
		}
		for i, tc := range adoptedShapes {
			schema := fmt.Sprintf("a%d", i)
			d := shapeFixture(t, plainURL, schema, tc)
			table := history.Table{Schema: schema, Name: "m"}
			legacy := legacyRows(t, ctx, conn, table)
			unadopted := catalogSnapshot(t, ctx, plainURL)
			res, err := Apply(ctx, conn, Options{Dir: d, MigrationsTable: table.String()})
			if err != nil || appliedNames(res) != "0001_marker.sql" {
				t.Fatalf("%s: %+v, %v", tc.name, res, err)
			}
			if catalogSnapshot(t, ctx, plainURL) == unadopted {
				t.Fatalf("%s: the snapshot does not see an apply", tc.name)
			}
			if got := legacyRows(t, ctx, conn, table); got != legacy {
				t.Errorf("%s: the earlier migrator's rows changed:\n%s\nwant:\n%s", tc.name, got, legacy)
			}
			before := catalogSnapshot(t, ctx, plainURL)
			if res, err := Apply(ctx, conn, Options{Dir: d, MigrationsTable: table.String()}); err != nil || len(res.Applied) != 0 {
				t.Fatalf("%s: second apply %+v, %v", tc.name, res, err)
			}
			assertSame(t, before, catalogSnapshot(t, ctx, plainURL), tc.name+": the second apply")
			rep, err := Status(ctx, conn, d, table.String(), session.Bounds{})
			if err != nil || !rep.TableExists || len(rep.Problems) != 0 || rep.Pending() != 0 {
				t.Errorf("%s: status = %+v, %v", tc.name, rep, err)
			}
		}
	})
}

// shapeFixture creates schema with its "other" table and the case's
// relation m, and a directory of one file that creates schema.marker.
func shapeFixture(t *testing.T, plainURL, schema string, tc tableShapeCase) *migrations.MemDir {
	t.Helper()
	testdb.Exec(t, plainURL, fmt.Sprintf(`CREATE SCHEMA %[1]s; CREATE TABLE %[1]s.other (id int PRIMARY KEY);`+tc.sql, schema))
	d := migrations.NewMemDir()
	writeRaw(t, d, "marker", "", migrations.Statement{SQL: fmt.Sprintf(`CREATE TABLE %s.marker ()`, schema)})
	return d
}

// legacyRows is every row of t that schemactl did not write, as text.
func legacyRows(t *testing.T, ctx context.Context, conn *pgx.Conn, table history.Table) string {
	t.Helper()
	cols, err := history.TableColumns(ctx, conn, table)
	if err != nil {
		t.Fatal(err)
	}
	where := ""
	if _, ok := cols["checksum"]; ok {
		where = " WHERE checksum IS NULL"
	}
	rows, err := conn.Query(ctx, "SELECT to_jsonb(m)::text FROM "+table.Quoted()+" m"+where+" ORDER BY 1")
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	// Columns schemactl added read as null on the old rows.
	for i, r := range got {
		for _, c := range []string{"version", "checksum", "execution_ms", "applied_by", "state", "rendered", "applied_at"} {
			r = strings.Replace(r, `, "`+c+`": null`, "", 1)
			r = strings.Replace(r, `"`+c+`": null, `, "", 1)
		}
		got[i] = r
	}
	return strings.Join(got, "\n")
}

// TestNoTransactionFirstFileAdoptsTheTableWithItsRow: when the first
// pending file runs outside a transaction, the migrations table is adopted
// in the transaction that records it, so a failed file leaves the table
// as it was.
func TestNoTransactionFirstFileAdoptsTheTableWithItsRow(t *testing.T) {
	t.Parallel()
	eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
		ctx := testCtx(t)
		testdb.Exec(t, plainURL, legacyTableSQL+`CREATE TABLE public.jobs (id int, service text);
			INSERT INTO public.jobs VALUES (1, 'a'), (2, 'a');`)
		d := migrations.NewMemDir()
		files := writeRaw(t, d, "jobs_service", "", migrations.Statement{
			SQL: `CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "jobs_service" ON "public"."jobs" ("service")`, NoTransaction: true})
		if !files[0].NoTransaction {
			t.Fatal("fixture: want a no-transaction file")
		}
		conn := connect(t, modeURL)
		table := history.Table{Schema: "public", Name: "migrations"}
		legacy := legacyRows(t, ctx, conn, table)
		columnsBefore, err := history.TableColumns(ctx, conn, table)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Apply(ctx, conn, Options{Dir: d})
		var se *StatementError
		if !errors.As(err, &se) || se.FileName != "0001_jobs_service.sql" {
			t.Fatalf("err = %v, want the unique build to fail", err)
		}
		if cols, err := history.TableColumns(ctx, conn, table); err != nil || len(cols) != len(columnsBefore) {
			t.Fatalf("the failed file's apply changed the migrations table: %v (%v)", cols, err)
		}

		testdb.Exec(t, plainURL, `DELETE FROM public.jobs WHERE id = 2`)
		var events []string
		res, err := Apply(ctx, conn, Options{Dir: d, Progress: func(ev Event) {
			if ev.Kind == EventTableAdopted || ev.Kind == EventInvalidIndexDropped {
				events = append(events, ev.Detail)
			}
		}})
		if err != nil || appliedNames(res) != "0001_jobs_service.sql" {
			t.Fatalf("rerun: %+v, %v", res, err)
		}
		want := []string{"public.jobs_service", "adopted migrations table public.migrations from an earlier migrator; its 2 rows are kept"}
		if strings.Join(events, "\n") != strings.Join(want, "\n") {
			t.Fatalf("events %q, want %q", events, want)
		}
		if got := legacyRows(t, ctx, conn, table); got != legacy {
			t.Fatalf("legacy rows changed:\n%s\nwant:\n%s", got, legacy)
		}
		if got := versions(t, ctx, conn); len(got) != 1 || got[0] != 1 {
			t.Fatalf("versions %v", got)
		}
	})
}
