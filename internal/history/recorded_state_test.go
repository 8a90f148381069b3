package history

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestRecordedStateKeepsItsFormat: the migrations table's state column
// is written in the state format, with its format_version, and states
// recorded before it had one (by earlier releases) still read, in every
// exec mode (a jsonb parameter travels as text in simple-protocol mode).
func TestRecordedStateKeepsItsFormat(t *testing.T) {
	fileJSON, err := os.ReadFile("../../testdata/state/v1/monitoring.state.json")
	if err != nil {
		t.Fatal(err)
	}
	legacyJSON, err := os.ReadFile("../../testdata/state/v1/monitoring.column.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := migrations.DecodeState(fileJSON)
	if err != nil {
		t.Fatal(err)
	}
	url := testdb.New(t)
	testdb.EachExecMode(t, url, func(t *testing.T, url string) {
		ctx := testCtx(t)
		conn := testdb.Connect(t, url)
		table := Table{Schema: "public", Name: "migrations"}
		testdb.Exec(t, url, "DROP TABLE IF EXISTS public.migrations")
		for _, sql := range CreateTableSQL(table) {
			if _, err := conn.Exec(ctx, sql); err != nil {
				t.Fatal(err)
			}
		}
		// Version 1 as an earlier release recorded it, version 2 as this one does.
		if _, err := conn.Exec(ctx, `INSERT INTO public.migrations (version, name, checksum, state) VALUES (1, '0001_a.sql', 'h1:x', $1::text::jsonb)`, string(legacyJSON)); err != nil {
			t.Fatal(err)
		}
		if err := InsertRecord(ctx, conn, table, Record{Version: 2, Name: "0002_b.sql", Checksum: "h1:y", State: want}); err != nil {
			t.Fatal(err)
		}
		var version string
		if err := conn.QueryRow(ctx, `SELECT state->>'format_version' FROM public.migrations WHERE version = 2`).Scan(&version); err != nil {
			t.Fatal(err)
		}
		if version != "1" {
			t.Fatalf("recorded format_version = %q, want 1", version)
		}
		records, err := ReadRecords(ctx, conn, table)
		if err != nil {
			t.Fatal(err)
		}
		if len(records) != 2 {
			t.Fatalf("read %d records, want 2", len(records))
		}
		for _, r := range records {
			if !reflect.DeepEqual(r.State, want) {
				t.Fatalf("the state recorded for version %d reads differently from the state file", r.Version)
			}
		}
	})
}

// TestBrokenRecordedStateSaysWhere: a state in the migrations table that
// does not decode names the row, the position in the jsonb text and the
// path to the fault.
func TestBrokenRecordedStateSaysWhere(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := testdb.Connect(t, url)
	table := Table{Schema: "public", Name: "migrations"}
	for _, sql := range CreateTableSQL(table) {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
	}
	testdb.Exec(t, url, `INSERT INTO public.migrations (version, name, checksum, state)
		VALUES (1, '0001_a.sql', 'h1:x', '{"schemas": [{"name": "public", "tables": [{"nmae": "t"}]}]}')`)
	_, err := ReadRecords(ctx, conn, table)
	want := `reading the state recorded for version 0001 in public.migrations: line 1, column 45: schemas[0].tables[0]: unknown field "nmae"`
	if err == nil || err.Error() != want {
		t.Fatalf("error %v\nwant  %s", err, want)
	}
	testdb.Exec(t, url, `UPDATE public.migrations SET state = '{"format_version": 9, "schemas": []}'`)
	_, err = ReadRecords(ctx, conn, table)
	if err == nil || !strings.Contains(err.Error(), "version 0001 in public.migrations: format_version 9 is newer than this schemactl reads (1 to 3): the state was written by a newer schemactl; upgrade schemactl") {
		t.Fatalf("error %v; want the version and what to do", err)
	}
}
