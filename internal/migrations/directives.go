package migrations

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/statefile"
)

// directivePrefix starts every directive line; a comment line of a file's
// leading comments that starts with it and is not a directive is refused,
// so a misspelt directive never silently changes how a file runs.
const directivePrefix = "-- schemactl:"

// DirectiveError is a directive line of a migration file that cannot be
// read: misplaced, unknown, or an expectation that does not decode.
type DirectiveError struct {
	FileName string
	Line     int // 1-based
	Column   int // 1-based, in bytes; 0 when the whole line is at fault
	Reason   string
}

func (e *DirectiveError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("migration file %s:%d:%d: %s", e.FileName, e.Line, e.Column, e.Reason)
	}
	return fmt.Sprintf("migration file %s:%d: %s", e.FileName, e.Line, e.Reason)
}

// directives is what the leading comment lines of a file say.
type directives struct {
	noTransaction bool
	importFile    bool
	expect        *models.Realm // nil unless importFile
}

// readDirectives reads the directives of a file: the lines starting with
// "-- schemactl:" among its leading comment and blank lines (a directive
// after the first statement is text of that statement, not a directive).
// NoTransactionDirective and ImportDirective are only valid as the first
// line; ExpectDirective lines only in an import file, which must have at
// least one. Trailing spaces, tabs and carriage returns are ignored.
func readDirectives(fileName string, content []byte) (directives, error) {
	var d directives
	fail := func(line, col int, format string, args ...any) (directives, error) {
		return directives{}, &DirectiveError{FileName: fileName, Line: line, Column: col, Reason: fmt.Sprintf(format, args...)}
	}
	rest := content
	for n := 1; len(rest) > 0; n++ {
		var raw []byte
		raw, rest, _ = bytes.Cut(rest, []byte("\n"))
		line := strings.TrimRight(string(raw), " \t\r")
		if line != "" && !strings.HasPrefix(line, "--") {
			break // the first statement
		}
		if !strings.HasPrefix(line, directivePrefix) {
			continue
		}
		switch {
		case line == NoTransactionDirective || line == ImportDirective:
			if n != 1 {
				return fail(n, 0, "%q must be the file's first line", line)
			}
			d.noTransaction, d.importFile = line == NoTransactionDirective, line == ImportDirective
		case strings.HasPrefix(line, ExpectDirective+" "):
			if !d.importFile {
				return fail(n, 0, "%q lines belong to an import file, whose first line is %q", ExpectDirective, ImportDirective)
			}
			col := len(ExpectDirective) + 2
			obj, err := decodeExpectation([]byte(line[col-1:]))
			if err != nil {
				var de *statefile.DecodeError
				if errors.As(err, &de) && de.Line == 1 && de.Column > 0 {
					return fail(n, col-1+de.Column, "the expectation does not decode: %s", decodeReason(de))
				}
				return fail(n, col, "the expectation does not decode: %v", err)
			}
			if d.expect == nil {
				d.expect = &models.Realm{}
			}
			if err := mergeExpectation(d.expect, obj); err != nil {
				return fail(n, col, "%v", err)
			}
		default:
			return fail(n, 0, "unknown directive %q (directives are %q, %q and %q)", line, NoTransactionDirective, ImportDirective, ExpectDirective)
		}
	}
	if d.importFile && d.expect == nil {
		return fail(1, 0, "an import file names what it imports in %q lines after its first line; this one has none", ExpectDirective)
	}
	if d.expect != nil {
		d.expect.Normalize()
	}
	return d, nil
}

// decodeExpectation reads the JSON of one expectation line: a state (in
// package statefile's format) holding tables and enums only.
func decodeExpectation(data []byte) (*models.Realm, error) {
	realm, err := statefile.Decode("", data)
	if err != nil {
		return nil, err
	}
	if len(realm.Schemas) == 0 {
		return nil, errors.New("it holds no table and no enum")
	}
	for _, s := range realm.Schemas {
		if s.Exclusive {
			return nil, fmt.Errorf("schema %s is exclusive: an import takes over single objects, never a whole schema", s.Name)
		}
		if len(s.Tables)+len(s.Enums) == 0 {
			return nil, fmt.Errorf("schema %s holds no table and no enum", s.Name)
		}
	}
	return realm, nil
}

// decodeReason is a DecodeError without its position, which the
// directive error gives in file terms.
func decodeReason(de *statefile.DecodeError) string {
	if de.Path != "" {
		return de.Path + ": " + de.Err.Error()
	}
	return de.Err.Error()
}

// mergeExpectation adds the objects of one expectation line to all:
// each object is expected once.
func mergeExpectation(all, obj *models.Realm) error {
	for _, s := range obj.Schemas {
		into := all.Schema(s.Name)
		if into == nil {
			into = &models.Schema{Name: s.Name}
			all.Schemas = append(all.Schemas, into)
		}
		for _, e := range s.Enums {
			if all.Enum(e.Schema, e.Name) != nil {
				return fmt.Errorf("enum %s is expected twice", qualified(e.Schema, e.Name))
			}
			into.Enums = append(into.Enums, e)
		}
		for _, t := range s.Tables {
			if all.Table(t.Schema, t.Name) != nil {
				return fmt.Errorf("table %s is expected twice", qualified(t.Schema, t.Name))
			}
			into.Tables = append(into.Tables, t)
		}
	}
	return nil
}

// expectationLines renders the objects of imported as ExpectDirective
// lines, one object (an enum, or a table with its policies) a line, in
// the realm's canonical order. The JSON is statefile's compact layout:
// encoding/json escapes every control character, so a line never breaks.
func expectationLines(imported *models.Realm) (string, error) {
	var b strings.Builder
	for _, s := range imported.Clone().Normalize().Schemas {
		var objects []*models.Realm
		for _, e := range s.Enums {
			objects = append(objects, &models.Realm{Schemas: []*models.Schema{{Name: s.Name, Enums: []*models.Enum{e}}}})
		}
		for _, t := range s.Tables {
			objects = append(objects, &models.Realm{Schemas: []*models.Schema{{Name: s.Name, Tables: []*models.Table{t}}}})
		}
		for _, obj := range objects {
			data, err := statefile.EncodeCompact(statefile.Recorded(obj))
			if err != nil {
				return "", fmt.Errorf("encoding the expectation of the import file: %w", err)
			}
			b.WriteString(ExpectDirective + " ")
			b.Write(data)
			b.WriteString("\n")
		}
	}
	return b.String(), nil
}

// countObjects counts the tables and enums of r.
func countObjects(r *models.Realm) int {
	n := 0
	if r != nil {
		for _, s := range r.Schemas {
			n += len(s.Tables) + len(s.Enums)
		}
	}
	return n
}

// qualified is schema.name for messages.
func qualified(schema, name string) string { return schema + "." + name }
