package statefile

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

const fileName = "schemactl.state.json"

// head is the first five lines of a state file, up to the first table.
const head = "{\n  \"format_version\": 1,\n  \"schemas\": [\n    {\n      \"name\": \"public\",\n      \"tables\": [\n        "

// withTable is a state file whose one table is line 7.
func withTable(table string) string {
	return head + table + "\n      ]\n    }\n  ]\n}\n"
}

// TestDecodeErrorsSayWhere: every way a state can be broken gives the
// file, line and column, and the path to the value at fault.
func TestDecodeErrorsSayWhere(t *testing.T) {
	const column = `{"schema":"public","name":"t","columns":[{"name":"x","type":{"name":"text"}` // 7:43 is "type"
	for _, tc := range []struct {
		name, data, want string
	}{
		{"empty file", "", fileName + ":1:1: unexpected end of JSON input"},
		{"cut in a table", withTable(column)[:len(head)+30],
			fileName + ":7:39: schemas[0].tables[0]: unexpected end of JSON input"},
		{"cut after a line", head[:len(head)-8], fileName + ":7:1: schemas[0].tables: unexpected end of JSON input"},
		{"not JSON", "not json", fileName + ":1:2: invalid character 'o' in literal null (expecting 'u')"},
		{"merge conflict", strings.Replace(withTable(column+`}]}`), "        {", "<<<<<<< HEAD\n        {", 1),
			fileName + ":7:1: schemas[0].tables[0]: invalid character '<' looking for beginning of value"},
		{"data after the document", withTable(column+`}]}`) + "}\n", fileName + ":12:1: invalid character '}' after top-level value"},
		{"unknown field", withTable(column + `,"nulable":true}]}`),
			fileName + `:7:85: schemas[0].tables[0].columns[0]: unknown field "nulable"`},
		{"unknown field at the top", `{"format_version": 1, "tables": []}`, fileName + `:1:23: unknown field "tables"`},
		{"wrong type", withTable(column + `,"nullable":"yes"}]}`),
			fileName + `:7:96: schemas[0].tables[0].columns[0].nullable: want true or false, got the string "yes"`},
		{"fraction for a whole number", withTable(`{"schema":"public","name":"t","columns":[{"name":"x","type":{"name":"numeric","modifiers":[12,2.5]}}]}`),
			fileName + `:7:103: schemas[0].tables[0].columns[0].type.modifiers[1]: want a whole number, got the number 2.5`},
		{"object for a list", `{"format_version": 1, "schemas": {}}`, fileName + `:1:34: schemas: want a list, got an object`},
		{"list for the document", `[]`, fileName + `:1:1: want an object, got a list`},
		{"null table", withTable(`null`), fileName + `:7:9: schemas[0].tables[0]: null where an object is expected`},
		{"string version", `{"format_version": "1"}`, fileName + `:1:20: format_version: want a whole number, got the string "1"`},
		{"raw control character", withTable(`{"schema":"public","name":"t` + "\x1b[2K" + `"}`),
			fileName + `:7:37: schemas[0].tables[0].name: invalid character '\x1b' in string literal`},
		{"escaped control characters in a key", withTable(`{"schema":"public","name":"t","\u001b[2K":1}`),
			fileName + `:7:39: schemas[0].tables[0]: unknown field "\x1b[2K"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(fileName, []byte(tc.data))
			if err == nil {
				t.Fatalf("decoded:\n%s", tc.data)
			}
			if err.Error() != tc.want {
				t.Fatalf("error\n  %s\nwant\n  %s", err, tc.want)
			}
			var de *DecodeError
			if !errors.As(err, &de) || de.Line == 0 {
				t.Fatalf("%T %+v: want a *DecodeError with a position", err, err)
			}
		})
	}
}

// TestVersionErrorsSayWhatToDo: a newer state is refused with "upgrade",
// even when it holds fields this release does not know (which would
// otherwise be the error); a state without a version is refused with
// "restore".
func TestVersionErrorsSayWhatToDo(t *testing.T) {
	for _, tc := range []struct {
		data, want string
	}{
		{`{"format_version": 4, "schemas": [], "views": [{"name": "s"}]}`,
			fileName + ": format_version 4 is newer than this schemactl reads (1 to 3): the state was written by a newer schemactl; upgrade schemactl to read it"},
		{`{"format_version": 4, "schemas": []}`, "upgrade schemactl"},
		{`{"schemas": []}`, fileName + ": no format_version: schemactl did not write this state; restore it from version control (git checkout -- the file)"},
		{`{"format_version": 0, "schemas": []}`, "no format_version"},
		{`{"format_version": -1}`, fileName + ": format_version -1 is not a version schemactl writes; restore"},
		{`null`, "no format_version"},
	} {
		_, err := Decode(fileName, []byte(tc.data))
		var ve *VersionError
		if !errors.As(err, &ve) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Decode(%s) = %v; want a *VersionError containing %q", tc.data, err, tc.want)
		}
	}
	// The migrations table: no version is version 1, a newer one is not.
	if _, err := DecodeRecorded([]byte(`{"schemas": []}`)); err != nil {
		t.Errorf("DecodeRecorded without format_version: %v", err)
	}
	_, err := DecodeRecorded([]byte(`{"format_version": 4, "schemas": []}`))
	if want := "format_version 4 is newer than this schemactl reads"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("DecodeRecorded of version 4: %v; want %q", err, want)
	}
}

// TestRecordedErrorsHaveNoFileName: a state from the database has no file
// to point an editor at; the position is in words and the caller names
// the row.
func TestRecordedErrorsHaveNoFileName(t *testing.T) {
	_, err := DecodeRecorded([]byte(`{"schemas": [{"name": "public", "tables": [{"nmae": "t"}]}]}`))
	if want := `line 1, column 45: schemas[0].tables[0]: unknown field "nmae"`; err == nil || err.Error() != want {
		t.Fatalf("error %v; want %s", err, want)
	}
}

// TestEveryCutIsAnErrorWithItsPosition cuts a real state file at every
// byte: each cut is refused, at the end of what is left, never with a
// panic and never silently.
func TestEveryCutIsAnErrorWithItsPosition(t *testing.T) {
	data := readFixture(t, "v1/monitoring.state.json")
	last := bytes.LastIndexByte(data, '}')
	for n := 0; n <= last; n++ {
		cut := data[:n]
		_, err := Decode(fileName, cut)
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Fatalf("cut at %d: %v; want a *DecodeError", n, err)
		}
		line, col := position(cut, int64(n))
		if de.Line != line || de.Column != col || !errors.Is(err, de.Err) || !strings.HasSuffix(err.Error(), "unexpected end of JSON input") {
			t.Fatalf("cut at %d (%d:%d): %v", n, line, col, err)
		}
	}
}

// FuzzDecode: whatever the bytes, Decode returns a realm or an error with
// a position (or a version error), never panics, and what it returns
// encodes and decodes to itself.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"v1/monitoring.state.json", "v1/full.state.json", "v1/full.column.json"} {
		data, err := readFixtureFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(withTable(`{"schema":"public","name":"t","columns":[{"name":"x","type":{"name":"numeric","modifiers":[1]}}]}`)))
	f.Add([]byte(`{"format_version":1,"schemas":[{"name":"s","tables":[null]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		realm, err := Decode(fileName, data)
		if err != nil {
			var de *DecodeError
			var ve *VersionError
			switch {
			case errors.As(err, &ve):
			case errors.As(err, &de) && de.Line > 0:
			default:
				t.Fatalf("error without a position: %v\n%q", err, data)
			}
			return
		}
		again, err := Encode(realm)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(fileName, again)
		if err != nil {
			t.Fatalf("re-encoded state does not decode: %v\n%s", err, again)
		}
		if d := firstDifference(reflect.ValueOf(realm), reflect.ValueOf(back), "realm"); d != "" {
			t.Fatalf("re-encoding changes the realm: %s", d)
		}
	})
}
