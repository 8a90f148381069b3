package apply

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// eachExecModeFresh runs f once per pgx exec mode, each time on a fresh
// database: plainURL is its address as libpq tools take it (pg_dump does
// not know default_query_exec_mode), modeURL the same with the mode set.
func eachExecModeFresh(t *testing.T, f func(t *testing.T, plainURL, modeURL string)) {
	t.Helper()
	testdb.EachExecMode(t, testdb.ServerURL(), func(t *testing.T, serverModeURL string) {
		u, err := url.Parse(serverModeURL)
		if err != nil {
			t.Fatal(err)
		}
		plain := testdb.New(t)
		f(t, plain, testdb.WithExecMode(t, plain, u.Query().Get("default_query_exec_mode")))
	})
}

// assertSame fails when two snapshots differ, showing the first
// differing line.
func assertSame(t *testing.T, before, after, what string) {
	t.Helper()
	if after == before {
		return
	}
	b, a := strings.Split(before, "\n"), strings.Split(after, "\n")
	for i := 0; i < len(b) || i < len(a); i++ {
		var bl, al string
		if i < len(b) {
			bl = b[i]
		}
		if i < len(a) {
			al = a[i]
		}
		if bl != al {
			t.Fatalf("%s changed the database; first difference at line %d:\nbefore: %s\nafter:  %s", what, i+1, bl, al)
		}
	}
}

// catalogSnapshotSQL lists, one line each, every schema, relation,
// column, index, constraint, trigger, policy, comment, non-relation type
// and sequence position of the user's schemas, and every row of every
// table: a cheaper stand-in for pg_dump (a process and a connection per
// snapshot) where a test takes many snapshots.
const catalogSnapshotSQL = `WITH rels AS (
	SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS name
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
)
SELECT coalesce(string_agg(line, E'\n' ORDER BY line), '') FROM (
	SELECT format('relation %s %s', name, relkind) AS line FROM rels
	UNION ALL
	SELECT format('column %s %s %s %s notnull=%s default=%s identity=%s generated=%s', r.name, a.attnum, a.attname,
		format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated)
	FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
	LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
	UNION ALL
	SELECT format('index %s', pg_get_indexdef(i.indexrelid)) FROM rels r JOIN pg_index i ON i.indrelid = r.oid
	UNION ALL
	SELECT format('constraint %s %s %s', r.name, c.conname, pg_get_constraintdef(c.oid)) FROM rels r JOIN pg_constraint c ON c.conrelid = r.oid
	UNION ALL
	SELECT format('type %I.%I %s', n.nspname, t.typname, t.typtype) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
	WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND t.typrelid = 0 AND t.typelem = 0
	UNION ALL
	SELECT format('sequence %I.%I %s', schemaname, sequencename, last_value) FROM pg_sequences
	WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
	UNION ALL
	SELECT format('schema %I', nspname) FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_%'
	UNION ALL
	SELECT format('comment %s %s %s', r.name, d.objsubid, d.description) FROM rels r JOIN pg_description d ON d.objoid = r.oid AND d.classoid = 'pg_class'::regclass
	UNION ALL
	SELECT format('trigger %s', pg_get_triggerdef(g.oid)) FROM rels r JOIN pg_trigger g ON g.tgrelid = r.oid AND NOT g.tgisinternal
	UNION ALL
	SELECT format('policy %I.%I %s %s %s %s %s %s', schemaname, tablename, policyname, permissive, roles, cmd, qual, with_check) FROM pg_policies
	UNION ALL
	SELECT format('rls %s %s %s', name, c.relrowsecurity, c.relforcerowsecurity) FROM rels r JOIN pg_class c ON c.oid = r.oid WHERE r.relkind = 'r'
	UNION ALL
	SELECT format('rows %s %s', name, table_to_xml(oid::regclass, true, false, '')) FROM rels WHERE relkind = 'r'
) lines`

// catalogSnapshot runs catalogSnapshotSQL on a connection of its own.
func catalogSnapshot(t *testing.T, ctx context.Context, plainURL string) string {
	t.Helper()
	conn := connect(t, plainURL)
	defer conn.Close(ctx)
	var s string
	if err := conn.QueryRow(ctx, catalogSnapshotSQL).Scan(&s); err != nil {
		t.Fatalf("catalog snapshot: %v", err)
	}
	return s
}
