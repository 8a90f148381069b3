package migrations

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/models/modelstest"
	"github.com/schemactl/schemactl/internal/statefile"
)

func tx(sql string) Statement   { return Statement{SQL: sql} }
func notx(sql string) Statement { return Statement{SQL: sql, NoTransaction: true} }

func mustWrite(t *testing.T, d Dir, m NewMigration) []File {
	t.Helper()
	files, err := Write(d, m)
	if err != nil {
		t.Fatalf("Write(%s): %v", m.Name, err)
	}
	return files
}

func fileNames(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.FileName)
	}
	return out
}

func TestReadFilesOrderAndDirective(t *testing.T) {
	d := NewMemDir()
	d.WriteFile("0002_add_index.sql", []byte(NoTransactionDirective+"\nCREATE INDEX CONCURRENTLY i ON t (x);\n"))
	d.WriteFile("0001_init.sql", []byte("CREATE TABLE t (x int);\n"))
	d.WriteFile("README.md", []byte("not a migration"))
	d.WriteFile(SumFileName, []byte("ignored by ReadFiles"))
	files, err := ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	if got := fileNames(files); !reflect.DeepEqual(got, []string{"0001_init.sql", "0002_add_index.sql"}) {
		t.Fatalf("files = %v", got)
	}
	if files[0].Version != 1 || files[0].Name != "init" || files[0].NoTransaction {
		t.Fatalf("first file parsed wrong: %+v", files[0])
	}
	if files[1].Version != 2 || files[1].Name != "add_index" || !files[1].NoTransaction {
		t.Fatalf("second file parsed wrong: %+v", files[1])
	}
	if files[0].Checksum != Checksum([]byte("CREATE TABLE t (x int);\n")) || !strings.HasPrefix(files[0].Checksum, "h1:") {
		t.Fatalf("checksum = %q", files[0].Checksum)
	}
}

func TestReadFilesMissingDirectoryIsEmpty(t *testing.T) {
	files, err := ReadFiles(NewLocalDir(filepath.Join(t.TempDir(), "nope")))
	if err != nil || len(files) != 0 {
		t.Fatalf("ReadFiles of a missing dir = %v, %v; want no files, no error", files, err)
	}
	if err := VerifySum(NewLocalDir(filepath.Join(t.TempDir(), "nope")), nil); err != nil {
		t.Fatalf("VerifySum of a missing dir: %v", err)
	}
}

func TestReadFilesBadNames(t *testing.T) {
	for _, name := range []string{"1_init.sql", "0001_Init.sql", "0001-init.sql", "0000_zero.sql", "00001_five.sql", "0001_.sql", "init.sql"} {
		d := NewMemDir()
		d.WriteFile(name, []byte("SELECT 1;"))
		_, err := ReadFiles(d)
		var bad *BadNameError
		if !errors.As(err, &bad) || bad.FileName != name {
			t.Errorf("%s: err = %v, want BadNameError naming it", name, err)
		}
	}
}

func TestReadFilesGapsAndDuplicates(t *testing.T) {
	d := NewMemDir()
	d.WriteFile("0001_a.sql", []byte("SELECT 1;"))
	d.WriteFile("0003_c.sql", []byte("SELECT 3;"))
	_, err := ReadFiles(d)
	var gap *GapError
	if !errors.As(err, &gap) || gap.FileName != "0003_c.sql" || gap.Want != 2 {
		t.Fatalf("err = %v, want GapError at 0003_c.sql wanting 2", err)
	}

	d = NewMemDir()
	d.WriteFile("0002_b.sql", []byte("SELECT 2;"))
	if _, err := ReadFiles(d); !errors.As(err, &gap) || gap.Want != 1 {
		t.Fatalf("directory starting at 0002: err = %v, want GapError wanting 1", err)
	}

	d = NewMemDir()
	d.WriteFile("0001_a.sql", []byte("SELECT 1;"))
	d.WriteFile("0002_b.sql", []byte("SELECT 2;"))
	d.WriteFile("0002_c.sql", []byte("SELECT 3;"))
	_, err = ReadFiles(d)
	var dup *DuplicateVersionError
	if !errors.As(err, &dup) || dup.Version != 2 || !reflect.DeepEqual(dup.FileNames, []string{"0002_b.sql", "0002_c.sql"}) {
		t.Fatalf("err = %v, want DuplicateVersionError for 0002", err)
	}
	if !strings.Contains(dup.Error(), "0002_b.sql, 0002_c.sql") {
		t.Fatalf("message does not name both files: %s", dup.Error())
	}
}

func TestWriteNumbersAndSplitsNoTransaction(t *testing.T) {
	d := NewMemDir()
	first := mustWrite(t, d, NewMigration{Name: "init", Statements: []Statement{tx("CREATE TABLE t (x int)")}})
	if got := fileNames(first); !reflect.DeepEqual(got, []string{"0001_init.sql"}) {
		t.Fatalf("first write = %v", got)
	}
	files := mustWrite(t, d, NewMigration{
		Name:   "indexes",
		Header: "Plan: 0 to add, 1 to change, 0 to destroy.\n-- already a comment",
		Statements: []Statement{
			tx("ALTER TABLE t ADD COLUMN y int;"),
			tx("ALTER TABLE t ADD COLUMN z int"),
			notx("CREATE INDEX CONCURRENTLY IF NOT EXISTS i_y ON t (y)"),
			notx("CREATE INDEX CONCURRENTLY IF NOT EXISTS i_z ON t (z);"),
			tx("COMMENT ON TABLE t IS 'x;y'"),
		},
	})
	if got := fileNames(files); !reflect.DeepEqual(got, []string{"0002_indexes.sql", "0003_indexes_2.sql", "0004_indexes_3.sql"}) {
		t.Fatalf("written = %v", got)
	}
	want := "-- Plan: 0 to add, 1 to change, 0 to destroy.\n-- already a comment\n\n" +
		"ALTER TABLE t ADD COLUMN y int;\n\nALTER TABLE t ADD COLUMN z int;\n"
	if string(files[0].Content) != want {
		t.Fatalf("0002 content:\n%s\nwant:\n%s", files[0].Content, want)
	}
	want = NoTransactionDirective + "\n-- Plan: 0 to add, 1 to change, 0 to destroy.\n-- already a comment\n\n" +
		"CREATE INDEX CONCURRENTLY IF NOT EXISTS i_y ON t (y);\n\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i_z ON t (z);\n"
	if string(files[1].Content) != want {
		t.Fatalf("0003 content:\n%s\nwant:\n%s", files[1].Content, want)
	}
	if files[0].NoTransaction || !files[1].NoTransaction || files[2].NoTransaction {
		t.Fatalf("NoTransaction flags wrong: %v %v %v", files[0].NoTransaction, files[1].NoTransaction, files[2].NoTransaction)
	}

	all, err := ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || !all[2].NoTransaction || all[3].Checksum != files[2].Checksum {
		t.Fatalf("read back %v", fileNames(all))
	}
	if err := VerifySum(d, all); err != nil {
		t.Fatalf("VerifySum after Write: %v", err)
	}
	if got := SplitStatements(string(all[3].Content)); !reflect.DeepEqual(got, []string{"COMMENT ON TABLE t IS 'x;y'"}) {
		t.Fatalf("statements of 0004 = %q", got)
	}
}

func TestWriteRefuses(t *testing.T) {
	d := NewMemDir()
	for _, name := range []string{"", "Add", "add-col", "add col", "ümlaut"} {
		_, err := Write(d, NewMigration{Name: name, Statements: []Statement{tx("SELECT 1")}})
		var bad *InvalidNameError
		if !errors.As(err, &bad) {
			t.Errorf("name %q: err = %v, want InvalidNameError", name, err)
		}
	}
	if _, err := Write(d, NewMigration{Name: "empty"}); !errors.Is(err, ErrNoStatements) {
		t.Errorf("no statements: err = %v", err)
	}
	if _, err := Write(d, NewMigration{Name: "blank", Statements: []Statement{tx("  ;")}}); !errors.Is(err, ErrNoStatements) {
		t.Errorf("blank statement: err = %v", err)
	}
	if names, _ := d.List(); len(names) != 0 {
		t.Fatalf("refused writes left files: %v", names)
	}

	// A directory that fails verification is not written to.
	mustWrite(t, d, NewMigration{Name: "init", Statements: []Statement{tx("SELECT 1")}})
	d.WriteFile("0002_by_hand.sql", []byte("SELECT 2;"))
	_, err := Write(d, NewMigration{Name: "next", Statements: []Statement{tx("SELECT 3")}})
	var unexpected *UnexpectedFileError
	if !errors.As(err, &unexpected) || unexpected.FileName != "0002_by_hand.sql" {
		t.Fatalf("err = %v, want UnexpectedFileError", err)
	}
	if _, err := d.ReadFile("0003_next.sql"); err == nil {
		t.Fatal("Write wrote into a broken directory")
	}
}

// threeFiles returns a directory written by Write with three migrations.
func threeFiles(t *testing.T) *MemDir {
	d := NewMemDir()
	mustWrite(t, d, NewMigration{Name: "a", Statements: []Statement{tx("CREATE TABLE a (x int)")}})
	mustWrite(t, d, NewMigration{Name: "b", Statements: []Statement{tx("CREATE TABLE b (x int)")}})
	mustWrite(t, d, NewMigration{Name: "c", Statements: []Statement{tx("CREATE TABLE c (x int)")}})
	return d
}

func verify(t *testing.T, d Dir) error {
	t.Helper()
	files, err := ReadFiles(d)
	if err != nil {
		t.Fatalf("ReadFiles: %v", err)
	}
	return VerifySum(d, files)
}

func TestVerifySumEditedFile(t *testing.T) {
	d := threeFiles(t)
	before, _ := d.ReadFile("0002_b.sql")
	edited := []byte(strings.Replace(string(before), "x int", "y int", 1))
	d.WriteFile("0002_b.sql", edited)
	err := verify(t, d)
	var mismatch *ChecksumMismatchError
	if !errors.As(err, &mismatch) {
		t.Fatalf("err = %v, want ChecksumMismatchError", err)
	}
	if mismatch.FileName != "0002_b.sql" || mismatch.Want != Checksum(before) || mismatch.Got != Checksum(edited) {
		t.Fatalf("mismatch = %+v", mismatch)
	}
	for _, part := range []string{"0002_b.sql", Checksum(before), Checksum(edited)} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("message %q does not contain %q", err.Error(), part)
		}
	}
}

func TestVerifySumRemovedFile(t *testing.T) {
	d := threeFiles(t)
	d.Remove("0003_c.sql")
	var removed *RemovedFileError
	if err := verify(t, d); !errors.As(err, &removed) || removed.FileName != "0003_c.sql" {
		t.Fatalf("err = %v, want RemovedFileError for 0003_c.sql", err)
	}
}

func TestVerifySumHandAddedFile(t *testing.T) {
	d := threeFiles(t)
	d.WriteFile("0004_hotfix.sql", []byte("DROP TABLE a;"))
	var unexpected *UnexpectedFileError
	if err := verify(t, d); !errors.As(err, &unexpected) || unexpected.FileName != "0004_hotfix.sql" {
		t.Fatalf("err = %v, want UnexpectedFileError for 0004_hotfix.sql", err)
	}
}

func TestVerifySumReorderedFiles(t *testing.T) {
	d := threeFiles(t)
	a, _ := d.ReadFile("0001_a.sql")
	b, _ := d.ReadFile("0002_b.sql")
	d.Remove("0001_a.sql")
	d.Remove("0002_b.sql")
	d.WriteFile("0001_b.sql", b)
	d.WriteFile("0002_a.sql", a)
	var reordered *ReorderedError
	if err := verify(t, d); !errors.As(err, &reordered) || reordered.FileName != "0001_b.sql" || reordered.Was != "0002_b.sql" {
		t.Fatalf("err = %v, want ReorderedError 0001_b.sql was 0002_b.sql", err)
	}
}

func TestVerifySumMissingAndCorrupt(t *testing.T) {
	d := threeFiles(t)
	sum, _ := d.ReadFile(SumFileName)
	d.Remove(SumFileName)
	if err := verify(t, d); !errors.Is(err, ErrSumMissing) {
		t.Fatalf("err = %v, want ErrSumMissing", err)
	}

	// A per-file line edited by hand to match an edited file: the total
	// no longer matches.
	d.WriteFile("0002_b.sql", []byte("DROP TABLE a;\n"))
	lines := strings.Split(string(sum), "\n")
	lines[2] = "0002_b.sql " + Checksum([]byte("DROP TABLE a;\n"))
	d.WriteFile(SumFileName, []byte(strings.Join(lines, "\n")))
	var corrupt *SumCorruptError
	if err := verify(t, d); !errors.As(err, &corrupt) || !strings.Contains(err.Error(), "does not match") {
		t.Fatalf("err = %v, want SumCorruptError about the total", err)
	}

	d.WriteFile(SumFileName, []byte("garbage\n"))
	if err := verify(t, d); !errors.As(err, &corrupt) {
		t.Fatalf("err = %v, want SumCorruptError", err)
	}
}

func TestEncodeSumFormat(t *testing.T) {
	files := []File{
		{FileName: "0001_a.sql", Checksum: Checksum([]byte("a"))},
		{FileName: "0002_b.sql", Checksum: Checksum([]byte("b"))},
	}
	got := string(EncodeSum(files))
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "h1:") ||
		lines[1] != "0001_a.sql "+Checksum([]byte("a")) || lines[2] != "0002_b.sql "+Checksum([]byte("b")) {
		t.Fatalf("sum file:\n%s", got)
	}
	// The total chains the files: swapping two lines changes it.
	swapped := string(EncodeSum([]File{files[1], files[0]}))
	if strings.SplitN(swapped, "\n", 2)[0] == lines[0] {
		t.Fatal("total does not depend on order")
	}
}

func sampleRealm() *models.Realm {
	return &models.Realm{Schemas: []*models.Schema{{
		Name:  "public",
		Enums: []*models.Enum{{Name: "severity", Values: []string{"info", "warning"}}},
		Tables: []*models.Table{
			{Name: "b", Columns: []*models.Column{{Name: "id", Type: models.Type{Name: "uuid"}}}},
			{Name: "a", Columns: []*models.Column{{Name: "x", Type: models.Type{Name: "integer"}, Default: "0"}},
				Checks: []*models.Check{{Name: "a_x_check", Expr: "x > 0"}}},
		},
	}}}
}

func TestStateRoundTrip(t *testing.T) {
	d := NewMemDir()
	empty, err := ReadState(d)
	if err != nil || empty == nil || len(empty.Schemas) != 0 {
		t.Fatalf("ReadState with no file = %+v, %v; want an empty realm", empty, err)
	}
	mustWrite(t, d, NewMigration{Name: "init", Statements: []Statement{tx("SELECT 1")}, State: sampleRealm()})
	back, err := ReadState(d)
	if err != nil {
		t.Fatal(err)
	}
	if diff := models.Differences(sampleRealm(), back); len(diff) != 0 {
		t.Fatalf("state round trip differs: %v", diff)
	}
	if back.Schemas[0].Tables[0].Name != "a" {
		t.Fatal("state not normalised")
	}
	data, _ := d.ReadFile(StateFileName)
	if !strings.HasPrefix(string(data), "{\n  \"format_version\": 1,\n  \"schemas\": [") || !strings.HasSuffix(string(data), "}\n") {
		t.Fatalf("state file layout:\n%s", data)
	}
	again, err := EncodeState(sampleRealm())
	if err != nil || string(again) != string(data) {
		t.Fatalf("state encoding is not deterministic (err %v)", err)
	}

	for _, bad := range []string{`{"format_version": 4}`, `{"schemas": []}`, `{"format_version": 1, "tables": []}`, `not json`} {
		if _, err := DecodeState([]byte(bad)); err == nil {
			t.Errorf("DecodeState(%s): want error", bad)
		}
	}
}

func TestLocalDirWriteAndRead(t *testing.T) {
	d := NewLocalDir(filepath.Join(t.TempDir(), "migrations"))
	mustWrite(t, d, NewMigration{Name: "init", Statements: []Statement{tx("CREATE TABLE t (x int)")}, State: sampleRealm()})
	mustWrite(t, d, NewMigration{Name: "idx", Statements: []Statement{notx("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (x)")}, State: sampleRealm()})
	names, err := d.List()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(names, []string{"0001_init.sql", "0002_idx.sql", StateFileName, SumFileName}) {
		t.Fatalf("directory holds %v", names)
	}
	if err := verify(t, d); err != nil {
		t.Fatal(err)
	}
}

// A header is comments only, whatever it holds: the server ends a line
// comment at "\r" as well as "\n", so a carriage return in an object's
// name (the header lists addresses) must not end the comment and turn the
// rest of the line into a statement apply would run.
func TestWriteHeaderStaysComments(t *testing.T) {
	d := NewMemDir()
	files := mustWrite(t, d, NewMigration{
		Name:       "init",
		Header:     "+ table.public.x\rDROP TABLE victim; --\n+ y\r\nDROP TABLE victim;\r-- z",
		Statements: []Statement{tx("CREATE TABLE t (x int)")},
	})
	content := string(files[0].Content)
	if got := SplitStatements(content); !reflect.DeepEqual(got, []string{"CREATE TABLE t (x int)"}) {
		t.Fatalf("statements of\n%s\n= %q", content, got)
	}
	want := "-- + table.public.x\n-- DROP TABLE victim; --\n-- + y\n-- DROP TABLE victim;\n-- z\n\nCREATE TABLE t (x int);\n"
	if content != want {
		t.Fatalf("content %q, want %q", content, want)
	}
}

// TestStateEncodesEveryField fills every field of the model by reflection
// and checks the state file gives it back whole: the layout is assembled
// by hand around the schema's lists, so a field added to models.Schema
// must not be lost.
func TestStateEncodesEveryField(t *testing.T) {
	r := statefile.Recorded(modelstest.FilledRealm())
	data, err := EncodeState(r)
	if err != nil {
		t.Fatal(err)
	}
	var generic any
	if err := json.Unmarshal(data, &generic); err != nil {
		t.Fatalf("state file is not JSON: %v\n%s", err, data)
	}
	back, err := DecodeState(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := models.Differences(r, back); len(diff) != 0 {
		t.Fatalf("state round trip loses fields: %v", diff)
	}
	for _, empty := range []*models.Realm{nil, {}, {Schemas: []*models.Schema{{Name: "s"}}}} {
		data, err := EncodeState(empty)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeState(data)
		if err != nil {
			t.Fatalf("%s: %v", data, err)
		}
		if diff := models.Differences(empty, back); len(diff) != 0 {
			t.Fatalf("%s: %v", data, diff)
		}
	}
}
