package main

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/escape"
	"github.com/schemactl/schemactl/internal/hostile"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestHostileCorpus drives validate, plan (offline and live), apply and
// status over the hostile-input corpus of testdata/hostile (names,
// expressions, migrations directories; URLs carry the passwords), under
// every pgx exec mode where a connection is involved, against a database
// holding a victim table with rows (issue 9, "Done when"):
//
//   - the victim, its columns and its rows survive every command;
//   - no output (stdout, stderr, the header of a written migration) holds
//     a raw control character, or the password of the URL;
//   - every exit status is the documented one (0, 1 or 2, never a crash),
//     and a command that exits 1 changes nothing;
//   - what is valid HCL but not one expression is refused at validate,
//     pointing at the attribute; names with control characters load, are
//     quoted in SQL, and print escaped in every rendering.
func TestHostileCorpus(t *testing.T) {
	t.Parallel()
	corpus := loadHostileCorpus(t)
	t.Run("offline", func(t *testing.T) {
		for _, c := range corpus.schemaCases() {
			t.Run(c.label, func(t *testing.T) { checkSchemaCaseOffline(t, c) })
		}
	})
	testdb.EachExecMode(t, testdb.ServerURL(), func(t *testing.T, serverModeURL string) {
		// The modes run side by side, each on a database of its own:
		// much of a command is waiting for the server.
		t.Parallel()
		h := newHostileRun(t, corpus, serverModeURL)
		t.Run("names and expressions", func(t *testing.T) { h.with(t).liveBatch(corpus) })
		t.Run("refused at validate", func(t *testing.T) { h.with(t).liveRefused(corpus) })
		t.Run("rejected live", func(t *testing.T) { h.with(t).liveRejected(corpus) })
		t.Run("directories", func(t *testing.T) {
			for _, c := range corpus.dirs {
				t.Run(c.Name, func(t *testing.T) { h.with(t).liveDir(c) })
			}
		})
	})
}

// newHostileRun creates the database of one exec mode (the mode of
// serverModeURL). Each mode connects with another URL of the corpus,
// password and all (trust auth takes any): no output may show it.
func newHostileRun(t *testing.T, corpus hostileCorpus, serverModeURL string) *hostileRun {
	m, err := url.Parse(serverModeURL)
	if err != nil {
		t.Fatal(err)
	}
	mode := m.Query().Get("default_query_exec_mode")
	pw := corpus.urls[slices.Index(testdb.ExecModes, mode)]
	dbURL := testdb.New(t)
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	return &hostileRun{t: t, plainURL: dbURL, conn: testdb.Connect(t, dbURL), pw: pw,
		url: withExecMode(pw.WithDatabase(strings.TrimPrefix(u.Path, "/")), mode)}
}

// hostileCorpus is testdata/hostile, read.
type hostileCorpus struct {
	names []hostile.NameCase
	exprs []hostile.ExprCase
	dirs  []hostile.DirCase
	// urls are the well-formed URLs of the corpus that connect to the
	// test server at once (no refused first host).
	urls []hostile.URLCase
}

func loadHostileCorpus(t *testing.T) hostileCorpus {
	t.Helper()
	var c hostileCorpus
	var err error
	if c.names, err = hostile.Names(); err != nil {
		t.Fatal(err)
	}
	if c.exprs, err = hostile.Expressions(); err != nil {
		t.Fatal(err)
	}
	if c.dirs, err = hostile.Dirs(); err != nil {
		t.Fatal(err)
	}
	urls, err := hostile.URLs()
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range urls {
		if !u.Refused && strings.Contains(u.URL, "127.0.0.1:5432/{db}") && !strings.Contains(u.URL, ":1,") {
			c.urls = append(c.urls, u)
		}
	}
	if len(c.names) == 0 || len(c.exprs) == 0 || len(c.dirs) == 0 || len(c.urls) < len(testdb.ExecModes) {
		t.Fatalf("corpus: %d names, %d expressions, %d directories, %d URLs", len(c.names), len(c.exprs), len(c.dirs), len(c.urls))
	}
	return c
}

// schemaCase is a name or an expression case, as the offline checks see
// it.
type schemaCase struct {
	label   string
	outcome hostile.Outcome
	hcl     string
	expect  string
	// attribute begins the line a refused expression's diagnostic shows;
	// empty for names.
	attribute string
	// shown are the forms of which a text plan holds one: a name or a
	// literal, escaped; empty for expressions.
	shown []string
}

func (c hostileCorpus) schemaCases() []schemaCase {
	var out []schemaCase
	for _, n := range c.names {
		out = append(out, schemaCase{label: n.Label(), outcome: n.Outcome, hcl: n.HCL(), expect: n.Expect,
			shown: []string{escape.Line(n.Name), escape.Block(n.Name), escape.Line(models.QuoteLiteral(n.Name)), escape.Block(models.QuoteLiteral(n.Name))}})
	}
	for _, e := range c.exprs {
		out = append(out, schemaCase{label: e.Label(), outcome: e.Outcome, hcl: e.HCL(), expect: e.Expect, attribute: e.Attribute()})
	}
	return out
}

// checkSchemaCaseOffline runs validate, plan in the three formats and
// plan --write on one case without a database; a refused case also meets
// plan with a database URL, which must refuse before connecting.
func checkSchemaCaseOffline(t *testing.T, c schemaCase) {
	p := newPlanProject(t, c.hcl)
	status, out, errOut := runCLI(t, nil, "validate", "--schema", p.path("schema"))
	checkHostileOutput(t, nil, "validate", status, out, errOut)
	if c.outcome == hostile.Refused {
		checkRefusedDiagnostic(t, c, "validate", status, out, errOut)
		status, out, errOut = p.plan(nil)
		checkRefusedDiagnostic(t, c, "plan", status, out, errOut)
		status, out, errOut = p.plan(map[string]string{"DATABASE_URL": "postgres://nobody:Never-Used-99@127.0.0.1:1/none?connect_timeout=1"})
		checkRefusedDiagnostic(t, c, "plan (live)", status, out, errOut)
		if strings.Contains(errOut, "connect") {
			t.Errorf("plan of a refused schema tried to connect:\n%s", errOut)
		}
		return
	}
	if status != exitOK {
		t.Fatalf("validate: exit %d, want 0:\n%s%s", status, out, errOut)
	}
	for _, format := range []string{"text", "markdown", "json"} {
		status, out, errOut := p.plan(nil, "--format", format)
		checkHostileOutput(t, nil, "plan --format "+format, status, out, errOut)
		if status != exitOK {
			t.Fatalf("plan --format %s: exit %d:\n%s%s", format, status, out, errOut)
		}
		if format == "json" && !json.Valid([]byte(out)) {
			t.Fatalf("plan --format json is not JSON:\n%s", out)
		}
		if format == "text" && len(c.shown) > 0 && !containsAny(out, c.shown) {
			t.Errorf("the text plan does not show the name as %q:\n%s", c.shown[0], out)
		}
	}
	status, out, errOut = p.plan(nil, "--write", "hostile")
	checkHostileOutput(t, nil, "plan --write", status, out, errOut)
	if status != exitOK {
		t.Fatalf("plan --write: exit %d:\n%s%s", status, out, errOut)
	}
	checkMigrationHeaders(t, p.path("migrations"))
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// checkRefusedDiagnostic: exit 1, nothing on stdout, and a diagnostic
// holding the case's text, pointing at the attribute's line.
func checkRefusedDiagnostic(t *testing.T, c schemaCase, cmd string, status int, out, errOut string) {
	t.Helper()
	checkHostileOutput(t, nil, cmd, status, out, errOut)
	if status != exitError || out != "" || !strings.Contains(errOut, c.expect) {
		t.Fatalf("%s: exit %d, want 1, no output, and a diagnostic holding %q:\n%s%s", cmd, status, c.expect, out, errOut)
	}
	if c.attribute == "" {
		return
	}
	if !regexp.MustCompile(`(?m)^ +\d+: +` + regexp.QuoteMeta(c.attribute) + ` *= `).MatchString(errOut) {
		t.Fatalf("%s: the diagnostic does not point at the %s attribute:\n%s", cmd, c.attribute, errOut)
	}
}

// checkHostileOutput: a documented exit status, no raw control
// character, and (pw given) no piece of the password, in what a command
// printed.
func checkHostileOutput(t *testing.T, pw *hostile.URLCase, cmd string, status int, out, errOut string) {
	t.Helper()
	if status != exitOK && status != exitError && status != exitChanges {
		t.Errorf("%s: exit %d, not 0, 1 or 2", cmd, status)
	}
	if strings.Contains(errOut, "crashed") {
		t.Errorf("%s crashed:\n%s", cmd, errOut)
	}
	for stream, text := range map[string]string{"stdout": out, "stderr": errOut} {
		if i, r := hostile.RawControl(text); i >= 0 {
			t.Errorf("%s: %s holds a raw %U at byte %d:\n%q", cmd, stream, r, i, text[max(i-80, 0):min(i+80, len(text))])
		}
		if pw != nil {
			if leak := pw.Leak(text); leak != "" {
				t.Errorf("%s: %s shows %q of the password of %s", cmd, stream, leak, pw.Name())
			}
		}
	}
}

// checkMigrationHeaders: the comment that heads each written migration
// (what it changes, one object a line) and the statements under it hold
// no raw control character: names and literals that have one are written
// with it as an escape.
func checkMigrationHeaders(t *testing.T, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no migration written in %s (%v)", dir, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		header, _, _ := strings.Cut(string(data), "\n\n")
		if !strings.HasPrefix(header, "-- ") {
			t.Fatalf("%s does not begin with its header:\n%s", filepath.Base(f), data)
		}
		if i, r := hostile.RawControl(header); i >= 0 {
			t.Errorf("the header of %s holds a raw %U:\n%q", filepath.Base(f), r, header)
		}
		if i, r := hostile.RawControl(string(data)); i >= 0 {
			t.Errorf("%s holds a raw %U at byte %d:\n%q", filepath.Base(f), r, i, data[max(i-80, 0):min(i+80, len(data))])
		}
	}
}

// hostileRun is one exec mode's database and URL.
type hostileRun struct {
	t *testing.T
	// plainURL is the database, and conn a connection to it, for the
	// test's own queries; url is what schemactl gets: the mode set, and a
	// password of the corpus.
	plainURL, url string
	conn          *pgx.Conn
	pw            hostile.URLCase
}

// with is h for a subtest, on a database holding only the victim.
func (h *hostileRun) with(t *testing.T) *hostileRun {
	c := *h
	c.t = t
	c.resetDatabase()
	return &c
}

// run runs schemactl with the mode's URL in DATABASE_URL (env nil) and
// checks its output.
func (h *hostileRun) run(args ...string) (int, string, string) {
	h.t.Helper()
	status, out, errOut := runCLI(h.t, map[string]string{"DATABASE_URL": h.url}, args...)
	checkHostileOutput(h.t, &h.pw, strings.Join(args[:min(len(args), 1)], " "), status, out, errOut)
	h.checkVictim(args[0])
	return status, out, errOut
}

// offline runs schemactl without a database URL.
func (h *hostileRun) offline(args ...string) (int, string, string) {
	h.t.Helper()
	status, out, errOut := runCLI(h.t, nil, args...)
	checkHostileOutput(h.t, nil, args[0], status, out, errOut)
	return status, out, errOut
}

// exec runs SQL of the test's own (any number of statements).
func (h *hostileRun) exec(sql string) {
	h.t.Helper()
	if _, err := h.conn.Exec(context.Background(), sql); err != nil {
		h.t.Fatalf("%v\n%s", err, sql)
	}
}

// victimSQL creates the victim: a table holding rows that no hostile
// input may drop, alter, empty or take over.
const victimSQL = `CREATE TABLE public.victim (id integer PRIMARY KEY, secret text NOT NULL);
INSERT INTO public.victim SELECT g, md5(g::text) FROM generate_series(1, 100) g;`

// resetDatabase leaves the database with public and the victim only.
func (h *hostileRun) resetDatabase() {
	h.t.Helper()
	h.exec(`DO $$DECLARE s name; BEGIN
		FOR s IN SELECT nspname FROM pg_namespace WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\_%' LOOP
			EXECUTE format('DROP SCHEMA %I CASCADE', s);
		END LOOP;
	END$$; CREATE SCHEMA public; ` + victimSQL)
}

// victimFingerprint is the victim's columns, keys, policies, triggers
// and rows.
const victimFingerprint = `SELECT format('%s rows %s; columns %s; indexes %s; constraints %s; policies %s; triggers %s; rls %s',
	(SELECT count(*) FROM public.victim), (SELECT md5(string_agg(v::text, ',' ORDER BY id)) FROM public.victim v),
	(SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY attnum)
		FROM pg_attribute WHERE attrelid = 'public.victim'::regclass AND attnum > 0 AND NOT attisdropped),
	(SELECT count(*) FROM pg_index WHERE indrelid = 'public.victim'::regclass),
	(SELECT count(*) FROM pg_constraint WHERE conrelid = 'public.victim'::regclass),
	(SELECT count(*) FROM pg_policy WHERE polrelid = 'public.victim'::regclass),
	(SELECT count(*) FROM pg_trigger WHERE tgrelid = 'public.victim'::regclass),
	(SELECT relrowsecurity FROM pg_class WHERE oid = 'public.victim'::regclass))`

// victimWant is the fingerprint of a victim as victimSQL creates it.
const victimWant = "100 rows 7d25a278eca7a042feb0199ae30afd46; columns id integer not null, secret text not null; indexes 1; constraints 1; policies 0; triggers 0; rls f"

// checkVictim fails the test unless the victim is as created.
func (h *hostileRun) checkVictim(after string) {
	h.t.Helper()
	var got string
	if err := h.conn.QueryRow(context.Background(), victimFingerprint).Scan(&got); err != nil {
		h.t.Fatalf("after %s, the victim is gone: %v", after, err)
	}
	if got != victimWant {
		h.t.Fatalf("after %s, the victim changed:\n got %s\nwant %s", after, got, victimWant)
	}
}

// databaseFingerprint lists every schema, relation (with its row count),
// column, type, constraint, policy and trigger outside the system
// schemas: what a command that failed must leave as it was.
const databaseFingerprint = `SELECT coalesce(string_agg(x, E'\n' ORDER BY x), '') FROM (
	SELECT 'schema ' || quote_ident(nspname) FROM pg_namespace WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\_%'
	UNION ALL SELECT format('relation %s.%s %s rows %s', quote_ident(n.nspname), quote_ident(c.relname), c.relkind,
		CASE WHEN c.relkind = 'r' THEN (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text END)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
	UNION ALL SELECT format('column %s.%s %s', a.attrelid::regclass, quote_ident(a.attname), format_type(a.atttypid, a.atttypmod))
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE a.attnum > 0 AND NOT a.attisdropped AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
	UNION ALL SELECT format('type %s', t.oid::regtype) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
		WHERE t.typtype = 'e' AND n.nspname NOT LIKE 'pg\_%'
	UNION ALL SELECT format('constraint %s %s', conrelid::regclass, quote_ident(conname)) FROM pg_constraint WHERE connamespace NOT IN (
		SELECT oid FROM pg_namespace WHERE nspname = 'information_schema' OR nspname LIKE 'pg\_%')
	UNION ALL SELECT format('policy %s %s', polrelid::regclass, quote_ident(polname)) FROM pg_policy
	UNION ALL SELECT format('trigger %s %s', tgrelid::regclass, quote_ident(tgname)) FROM pg_trigger WHERE NOT tgisinternal
) s(x)`

// fingerprint is databaseFingerprint now.
func (h *hostileRun) fingerprint() string {
	h.t.Helper()
	var got string
	if err := h.conn.QueryRow(context.Background(), databaseFingerprint).Scan(&got); err != nil {
		h.t.Fatalf("fingerprinting the database: %v", err)
	}
	return got
}

// unchanged fails the test when the database differs from before.
func (h *hostileRun) unchanged(before, after string) {
	h.t.Helper()
	if got := h.fingerprint(); got != before {
		h.t.Fatalf("%s failed but changed the database:\nbefore:\n%s\nafter:\n%s", after, before, got)
	}
}
