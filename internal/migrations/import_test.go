package migrations

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/statefile"
)

func imp(sql string) Statement { return Statement{SQL: sql, Import: true} }

// importedRealm is a table with a policy and an enum, as project hands
// them to Write for an import.
func importedRealm() *models.Realm {
	return &models.Realm{Schemas: []*models.Schema{{
		Name:  "public",
		Enums: []*models.Enum{{Schema: "public", Name: "level", Values: []string{"low", "high"}}},
		Tables: []*models.Table{{
			Schema:  "public",
			Name:    "metrics",
			Comment: "line one\nline two -- not a comment end",
			Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "integer"}, Serial: true},
				{Name: "level", Type: models.Type{Name: "level", EnumSchema: "public"}},
			},
			PrimaryKey:  &models.PrimaryKey{Name: "metrics_pkey", Columns: []string{"id"}},
			RowSecurity: models.RowSecurity{Enabled: true},
			Policies:    []*models.Policy{{Name: "read", Command: "SELECT", As: "PERMISSIVE", Roles: []string{"authenticated"}, Using: "true"}},
		}},
	}}}
}

// TestWriteImportFile: the import statements go into a file of their own,
// first line ImportDirective, then one expectation line per object, then
// the header and the statements; ReadFiles reads the same declaration
// back, and the sum covers the expectation lines like any other.
func TestWriteImportFile(t *testing.T) {
	d := NewMemDir()
	mustWrite(t, d, NewMigration{Name: "init", Statements: []Statement{tx("CREATE TABLE other (x int)")}})
	files := mustWrite(t, d, NewMigration{
		Name:   "take_over",
		Header: "Plan: 2 to import, 0 to add, 1 to change, 0 to destroy.",
		Statements: []Statement{
			imp("CREATE TYPE level AS ENUM ('low', 'high')"),
			imp("CREATE TABLE metrics (id serial PRIMARY KEY, level level NOT NULL)"),
			tx("ALTER TABLE other ADD COLUMN y int"),
		},
		Imported: importedRealm(),
	})
	if got := fileNames(files); !reflect.DeepEqual(got, []string{"0002_take_over.sql", "0003_take_over_2.sql"}) {
		t.Fatalf("written = %v", got)
	}
	lines := strings.Split(string(files[0].Content), "\n")
	if lines[0] != ImportDirective {
		t.Fatalf("first line = %q, want %q", lines[0], ImportDirective)
	}
	for i, kind := range []string{`"enums":[{"schema":"public","name":"level"`, `"tables":[{"schema":"public","name":"metrics"`} {
		line := lines[1+i]
		if !strings.HasPrefix(line, ExpectDirective+` {"format_version":`) || !strings.Contains(line, kind) {
			t.Fatalf("line %d = %q, want an expectation holding %s", i+2, line, kind)
		}
	}
	if lines[3] != "-- Plan: 2 to import, 0 to add, 1 to change, 0 to destroy." || !strings.HasPrefix(lines[5], "CREATE TYPE") {
		t.Fatalf("header or statements out of place:\n%s", files[0].Content)
	}
	if files[1].Import || files[1].Expect != nil || strings.Contains(string(files[1].Content), "schemactl:") {
		t.Fatalf("the ordinary file carries import directives:\n%s", files[1].Content)
	}

	all, err := ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	got := all[1]
	if !got.Import || got.NoTransaction || all[0].Import || all[2].Import {
		t.Fatalf("flags read back: %+v", got)
	}
	want := statefile.Recorded(importedRealm()).Normalize()
	if !reflect.DeepEqual(got.Expect, want) {
		t.Fatalf("expectation read back:\n%+v\nwant\n%+v", got.Expect.Tables()[0], want.Tables()[0])
	}
	if !reflect.DeepEqual(files[0].Expect, got.Expect) {
		t.Fatal("Write returned another expectation than ReadFiles reads")
	}
	if stmts := SplitStatements(string(got.Content)); len(stmts) != 2 {
		t.Fatalf("statements of the import file: %q", stmts)
	}

	// An edited expectation is an edited file.
	edited := strings.Replace(string(got.Content), `"high"`, `"higher"`, 1)
	d.WriteFile(got.FileName, []byte(edited))
	var mismatch *ChecksumMismatchError
	if err := verify(t, d); !errors.As(err, &mismatch) || mismatch.FileName != got.FileName {
		t.Fatalf("VerifySum after editing the expectation: %v", err)
	}
}

func TestWriteRefusesBrokenImports(t *testing.T) {
	cases := map[string]NewMigration{
		"import outside a transaction": {Statements: []Statement{{SQL: "CREATE INDEX CONCURRENTLY i ON t (x)", Import: true, NoTransaction: true}}, Imported: importedRealm()},
		"two runs":                     {Statements: []Statement{imp("CREATE TABLE a (x int)"), tx("SELECT 1"), imp("CREATE TABLE b (x int)")}, Imported: importedRealm()},
		"no declaration":               {Statements: []Statement{imp("CREATE TABLE a (x int)")}},
		"declaration, no statement":    {Statements: []Statement{tx("SELECT 1")}, Imported: importedRealm()},
	}
	for name, m := range cases {
		t.Run(name, func(t *testing.T) {
			d := NewMemDir()
			m.Name = "x"
			_, err := Write(d, m)
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an ImportError", err)
			}
			if names, _ := d.List(); len(names) != 0 {
				t.Fatalf("a refused write left %v", names)
			}
		})
	}
}

// TestReadFilesRefusesBadDirectives: a directive that is misplaced,
// unknown, or whose expectation does not decode stops ReadFiles, naming
// the file and the line (and the column, for JSON).
func TestReadFilesRefusesBadDirectives(t *testing.T) {
	good := `{"format_version":1,"schemas":[{"name":"public","tables":[{"schema":"public","name":"t","row_security":{},"lifecycle":{}}]}]}`
	exp := ExpectDirective + " "
	broken := `{"format_version":1,"schemas":[{"name":"public",}]}`
	misspelt := strings.Replace(good, `"row_security"`, `"row_securty"`, 1)
	cases := []struct {
		name, content string
		line, column  int
		want          string
	}{
		{"import not first", "-- header\n" + ImportDirective + "\n" + exp + good + "\nSELECT 1;\n", 2, 0, "must be the file's first line"},
		{"no-transaction not first", "-- header\n" + NoTransactionDirective + "\nSELECT 1;\n", 2, 0, "must be the file's first line"},
		{"expect without import", "-- header\n" + exp + good + "\nSELECT 1;\n", 2, 0, "belong to an import file"},
		{"expect in a no-transaction file", NoTransactionDirective + "\n" + exp + good + "\nSELECT 1;\n", 2, 0, "belong to an import file"},
		{"unknown directive", "-- schemactl:no_transaction\nSELECT 1;\n", 1, 0, "unknown directive"},
		{"expect without JSON", ImportDirective + "\n" + ExpectDirective + "\nSELECT 1;\n", 2, 0, "unknown directive"},
		{"no expectation", ImportDirective + "\n-- header\nSELECT 1;\n", 1, 0, "has none"},
		{"broken JSON", ImportDirective + "\n" + exp + broken + "\nSELECT 1;\n", 2, len(exp) + strings.Index(broken, ",}") + 2, "invalid character"},
		{"cut JSON", ImportDirective + "\n" + exp + good[:40] + "\nSELECT 1;\n", 2, len(exp) + 41, "unexpected end"},
		{"unknown field", ImportDirective + "\n" + exp + misspelt + "\nSELECT 1;\n", 2, len(exp) + strings.Index(misspelt, `"row_securty"`) + 1, `unknown field "row_securty"`},
		{"no format_version", ImportDirective + "\n" + exp + `{"schemas":[]}` + "\nSELECT 1;\n", 2, len(exp) + 1, "no format_version"},
		{"empty", ImportDirective + "\n" + exp + `{"format_version":1}` + "\nSELECT 1;\n", 2, len(exp) + 1, "holds no table, enum, domain or composite type"},
		{"exclusive", ImportDirective + "\n" + exp + strings.Replace(good, `"name":"public",`, `"name":"public","exclusive":true,`, 1) + "\nSELECT 1;\n", 2, len(exp) + 1, "exclusive"},
		{"twice", ImportDirective + "\n" + exp + good + "\n" + exp + good + "\nSELECT 1;\n", 3, len(exp) + 1, "table public.t is expected twice"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := NewMemDir()
			d.WriteFile("0001_init.sql", []byte("SELECT 0;\n"))
			d.WriteFile("0002_bad.sql", []byte(tc.content))
			_, err := ReadFiles(d)
			var de *DirectiveError
			if !errors.As(err, &de) {
				t.Fatalf("err = %v, want a DirectiveError", err)
			}
			if de.FileName != "0002_bad.sql" || de.Line != tc.line || de.Column != tc.column || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v (line %d, column %d), want 0002_bad.sql line %d column %d saying %q", err, de.Line, de.Column, tc.line, tc.column, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "migration file 0002_bad.sql:") {
				t.Fatalf("message does not start with the file and line: %v", err)
			}
		})
	}
}

// TestDirectivesAfterTheFirstStatementAreText: only the leading comments
// hold directives; the same text later in a file is SQL's business.
func TestDirectivesAfterTheFirstStatementAreText(t *testing.T) {
	d := NewMemDir()
	d.WriteFile("0001_init.sql", []byte("-- header\n\nSELECT 1;\n-- schemactl:import\n-- schemactl:whatever\nSELECT '\n-- schemactl:expect x';\n"))
	files, err := ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	if files[0].Import || files[0].NoTransaction || files[0].Expect != nil {
		t.Fatalf("read directives from the body: %+v", files[0])
	}
}
