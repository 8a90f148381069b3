package codegen

import (
	"context"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/codegen/codegentest"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

func checkEnvFor(t *testing.T, table *models.Table, r *models.Realm) *checkEnv {
	t.Helper()
	m, err := buildPackageModel(r, Options{Package: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, td := range m.tables {
		if td.Name == table.Name {
			return td.checkEnv(rowView)
		}
	}
	t.Fatalf("table %s not in the package model", table.Name)
	return nil
}

// TestCatalogSpellingTranslatesLikeHCL creates the fixture's CHECKs,
// reads them back as PostgreSQL prints them, and requires each to
// translate to exactly the Go condition of the spelling the user wrote.
func TestCatalogSpellingTranslatesLikeHCL(t *testing.T) {
	r := codegentest.AllTypes()
	url := testdb.New(t)
	testdb.Exec(t, url, codegentest.DDL(r))
	conn := testdb.Connect(t, url)
	table := r.Table("public", "checked")
	env := checkEnvFor(t, table, r)
	for _, c := range table.Checks {
		var def string
		err := conn.QueryRow(context.Background(),
			`SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = $1 AND conrelid = 'public.checked'::regclass`, c.Name).Scan(&def)
		if err != nil {
			t.Fatalf("reading %s: %v", c.Name, err)
		}
		catalog := strings.TrimSuffix(strings.TrimPrefix(def, "CHECK "), "")
		hcl, err := translateCheck(env, c.Expr)
		if err != nil {
			t.Errorf("%s: HCL spelling %q not translated: %v", c.Name, c.Expr, err)
			continue
		}
		cat, err := translateCheck(env, catalog)
		if err != nil {
			t.Errorf("%s: catalog spelling %q not translated: %v", c.Name, catalog, err)
			continue
		}
		if hcl.violated != cat.violated {
			t.Errorf("%s: spellings translate differently\n  %q → %s\n  %q → %s", c.Name, c.Expr, hcl.violated, catalog, cat.violated)
		}
	}
}

func TestTranslateCheck(t *testing.T) {
	r := codegentest.AllTypes()
	table := r.Table("public", "checked")
	env := checkEnvFor(t, table, r)
	cases := []struct{ expr, violated string }{
		{"status IN ('active', 'resolved')", `!oneOf(string(m.Status), "active", "resolved")`},
		{"(status = ANY (ARRAY['active'::text, 'resolved'::text]))", `!oneOf(string(m.Status), "active", "resolved")`},
		{"status <> ALL ('{a,b}'::text[])", `oneOf(string(m.Status), "a", "b")`},
		{"latency_ms >= 0", `m.LatencyMs != nil && int64(*m.LatencyMs) < 0`},
		{"0 <= latency_ms", `m.LatencyMs != nil && int64(*m.LatencyMs) < 0`},
		{"(latency_ms > '-1'::integer)", `m.LatencyMs != nil && int64(*m.LatencyMs) <= -1`},
		{"latency_ms > -1", `m.LatencyMs != nil && int64(*m.LatencyMs) <= -1`},
		{"latency_ms IS NOT NULL", `m.LatencyMs == nil`},
		{"NOT (latency_ms IS NULL)", `m.LatencyMs == nil`},
		{"priority IS NULL", `true`},
		{"flag", `!m.Flag`},
		{"NOT flag", `m.Flag`},
		{"latency_ms IS NULL OR latency_ms < 5", `(m.LatencyMs != nil) && (m.LatencyMs != nil && int64(*m.LatencyMs) >= 5)`},
		{"mood = 'happy'::mood", `m.Mood != nil && string(*m.Mood) != "happy"`},
		{"initials = 'ab '", `m.Initials != nil && bpcharValue(*m.Initials) != "ab"`},
		{"octet_length(name) < 10", `len(m.Name) >= 10`},
		{"score NOT BETWEEN 3 AND 4", `(m.Score != nil && int64(*m.Score) >= 3) && (m.Score != nil && int64(*m.Score) <= 4)`},
		// Comments are white space to the server, and so to the lexer.
		{"flag /* why */ -- and more", `!m.Flag`},
		{"latency_ms >=-1", `m.LatencyMs != nil && int64(*m.LatencyMs) < -1`},
	}
	for _, c := range cases {
		res, err := translateCheck(env, c.expr)
		if err != nil {
			t.Errorf("%q: %v", c.expr, err)
			continue
		}
		if res.violated != c.violated {
			t.Errorf("%q:\n got  %s\n want %s", c.expr, res.violated, c.violated)
		}
	}
	for _, expr := range []string{
		"name ~ '^a'",        // regular expression
		"name < 'm'",         // collation-dependent
		"lower(name) = name", // function
		"latency_ms + 1 > 0", // arithmetic
		"latency_ms > 0.5",   // integer against a fraction
		"missing_column > 0", // not a column
		"status = E'a\\n'",   // escape string
		"latency_ms !=-1",    // the server reads the operator !=-, which does not exist
		"status = $$a$$",     // dollar-quoted string
		"latency_ms > 0x10",  // not a decimal number
		"score BETWEEN SYMMETRIC 1 AND 2",
		"starts_at > now()",
		"octet_length('abc') > 1", // a function of a constant, not of a column
	} {
		if res, err := translateCheck(env, expr); err == nil {
			t.Errorf("%q translated to %s; want it left to the database", expr, res.violated)
		}
	}
}
