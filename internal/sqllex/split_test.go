package sqllex

import (
	"context"
	"reflect"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

func TestSplitStatements(t *testing.T) {
	sql := `-- schemactl:no-transaction
-- a comment; with a semicolon
CREATE TABLE "we;ird" (x text DEFAULT 'a;b''c');
/* block; /* nested; */ still */ SELECT E'it\'s;', $1;
CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;
SELECT $$;$$
;
-- trailing comment only`
	want := []string{
		`CREATE TABLE "we;ird" (x text DEFAULT 'a;b''c')`,
		`SELECT E'it\'s;', $1`,
		`CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql`,
		`SELECT $$;$$`,
	}
	if got := SplitStatements(sql); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestSplitStatementsCases(t *testing.T) {
	cases := []struct {
		sql  string
		want []string
	}{
		{"", nil},
		{" ;; -- only\n/* comments */ ;", nil},
		{"SELECT 1", []string{"SELECT 1"}},
		{"SELECT 1 -- kept: it is inside the statement\n;SELECT 2;", []string{"SELECT 1 -- kept: it is inside the statement", "SELECT 2"}},
		{"SELECT 'a'\n';'; SELECT 2", []string{"SELECT 'a'\n';'", "SELECT 2"}},
		{"SELECT E'\\';' ; SELECT 2", []string{"SELECT E'\\';'", "SELECT 2"}},
		{`SELECT "a;""b"; SELECT U&'\003B;'`, []string{`SELECT "a;""b"`, `SELECT U&'\003B;'`}},
		{"SELECT $a$ $b$;$b$ $a$; SELECT 2", []string{"SELECT $a$ $b$;$b$ $a$", "SELECT 2"}},
		{"SELECT a$b; SELECT $1;", []string{"SELECT a$b", "SELECT $1"}},
		// psql's rules: a ";" inside parentheses does not end a statement...
		{"SELECT (1; 2); SELECT 3", []string{"SELECT (1; 2)", "SELECT 3"}},
		// ...nor one inside the BEGIN ... END of a routine body.
		{"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END; SELECT 4",
			[]string{"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END", "SELECT 4"}},
		{"create or replace procedure p() begin atomic select 1; end; BEGIN; END;",
			[]string{"create or replace procedure p() begin atomic select 1; end", "BEGIN", "END"}},
		{"CREATE TABLE function (x int); BEGIN; SELECT 1;", []string{"CREATE TABLE function (x int)", "BEGIN", "SELECT 1"}},
		// Unreadable text is left whole, for the server to refuse.
		{"SELECT 1; SELECT 'unterminated; SELECT 3;", []string{"SELECT 1", "SELECT 'unterminated; SELECT 3;"}},
		{"SELECT 1; /* unterminated; SELECT 2;", []string{"SELECT 1", "/* unterminated; SELECT 2;"}},
		{"SELECT 1;\n\t\f", []string{"SELECT 1"}},
	}
	for _, c := range cases {
		if got := SplitStatements(c.sql); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitStatements(%q)\n got  %q\n want %q", c.sql, got, c.want)
		}
	}
}

// Each statement SplitStatements returns runs on the server on its own,
// and together they do what psql would do with the file.
func TestSplitStatementsRunOnServer(t *testing.T) {
	url := testdb.New(t)
	conn := testdb.Connect(t, url)
	script := `
CREATE TABLE "semi;colon" (note text DEFAULT E'it\'s; fine' CHECK (note <> ';'));
CREATE FUNCTION plus1(i int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN i IS NULL THEN NULL ELSE i + 1 END;
END;
CREATE FUNCTION two() RETURNS int AS $fn$ BEGIN RETURN 2; END; $fn$ LANGUAGE plpgsql;
INSERT INTO "semi;colon" VALUES ('a' -- continued
  'b'), (U&'\0063;');
`
	stmts := SplitStatements(script)
	if len(stmts) != 4 {
		t.Fatalf("%d statements: %q", len(stmts), stmts)
	}
	ctx := context.Background()
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	var notes string
	var n1, n2 int
	err := conn.QueryRow(ctx, `SELECT string_agg(note, ',' ORDER BY note), plus1(1), two() FROM "semi;colon"`).Scan(&notes, &n1, &n2)
	if err != nil || notes != "ab,c;" || n1 != 2 || n2 != 2 {
		t.Fatalf("got %q %d %d, %v", notes, n1, n2, err)
	}
}

func TestLineComments(t *testing.T) {
	cases := map[string]string{
		"a\n-- b\n\nc  ":        "-- a\n-- b\n--\n-- c\n",
		"x\rDROP TABLE v; --":   "-- x\n-- DROP TABLE v; --\n",
		"x\r\ny\n\rz":           "-- x\n-- y\n--\n-- z\n",
		"it's /* unclosed $$ '": "-- it's /* unclosed $$ '\n",
	}
	for text, want := range cases {
		got := LineComments(text)
		if got != want {
			t.Errorf("LineComments(%q) = %q, want %q", text, got, want)
		}
		if stmts := SplitStatements(got + "SELECT 1"); !reflect.DeepEqual(stmts, []string{"SELECT 1"}) {
			t.Errorf("LineComments(%q) leaves SQL: %q", text, stmts)
		}
	}
}

func TestTransactionControl(t *testing.T) {
	for stmt, want := range map[string]string{
		"COMMIT":                       "COMMIT",
		"  commit work":                "COMMIT",
		"/* x */ ROLLBACK":             "ROLLBACK",
		"begin":                        "BEGIN",
		"START TRANSACTION":            "START",
		"end":                          "END",
		"abort":                        "ABORT",
		"SAVEPOINT a":                  "SAVEPOINT",
		"RELEASE SAVEPOINT a":          "RELEASE",
		"PREPARE TRANSACTION 'x'":      "PREPARE",
		"PREPARE q AS SELECT 1":        "",
		"CREATE TABLE commit (id int)": "",
		`SELECT 'COMMIT'`:              "",
		`"commit"`:                     "",
		"CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END": "",
	} {
		got, ok := TransactionControl(stmt)
		if got != want || ok != (want != "") {
			t.Errorf("TransactionControl(%q) = %q, %v; want %q", stmt, got, ok, want)
		}
	}
}
