package migrations

import (
	"errors"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
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

// readDirectives reads the directives of a file: the line comments that
// start with "-- schemactl:" among the comments and white space before its
// first statement (the same text after it belongs to a statement, and is
// not a directive). NoTransactionDirective and ImportDirective are only
// valid as the first line; ExpectDirective lines only in an import file,
// which must have at least one. Trailing spaces, tabs and carriage
// returns are ignored.
func readDirectives(fileName string, content []byte) (directives, error) {
	var d directives
	src := string(content)
	lex := sqllex.NewLexer(src)
	for {
		tok, ok := lex.Next()
		if !ok || !tok.IsTrivia() {
			break // the end, or the first statement
		}
		line := strings.TrimRight(tok.Text, " \t\r")
		if tok.Kind != sqllex.Comment || !strings.HasPrefix(line, directivePrefix) {
			continue
		}
		n := strings.Count(src[:tok.Start], "\n") + 1
		col, err := d.add(line, n)
		if err != nil {
			return directives{}, &DirectiveError{FileName: fileName, Line: n, Column: col, Reason: err.Error()}
		}
	}
	if d.importFile && d.expect == nil {
		return directives{}, &DirectiveError{FileName: fileName, Line: 1,
			Reason: fmt.Sprintf("an import file names what it imports in %q lines after its first line; this one has none", ExpectDirective)}
	}
	if d.expect != nil {
		d.expect.Normalize()
	}
	return d, nil
}

// add reads the directive line, line n of its file. On an error it
// returns the column at fault (0 for the whole line).
func (d *directives) add(line string, n int) (int, error) {
	switch {
	case line == NoTransactionDirective || line == ImportDirective:
		if n != 1 {
			return 0, fmt.Errorf("%q must be the file's first line", line)
		}
		d.noTransaction, d.importFile = line == NoTransactionDirective, line == ImportDirective
		return 0, nil
	case !strings.HasPrefix(line, ExpectDirective+" "):
		return 0, fmt.Errorf("unknown directive %q (directives are %q, %q and %q)", line, NoTransactionDirective, ImportDirective, ExpectDirective)
	case !d.importFile:
		return 0, fmt.Errorf("%q lines belong to an import file, whose first line is %q", ExpectDirective, ImportDirective)
	}
	col := len(ExpectDirective) + 2 // where the JSON starts
	obj, err := decodeExpectation([]byte(line[col-1:]))
	if err != nil {
		var de *statefile.DecodeError
		if errors.As(err, &de) && de.Line == 1 && de.Column > 0 {
			return col - 1 + de.Column, fmt.Errorf("the expectation does not decode: %s", decodeReason(de))
		}
		return col, fmt.Errorf("the expectation does not decode: %w", err)
	}
	if d.expect == nil {
		d.expect = &models.Realm{}
	}
	if err := mergeExpectation(d.expect, obj); err != nil {
		return col, err
	}
	return 0, nil
}

// decodeExpectation reads the JSON of one expectation line: a state (in
// package statefile's format) holding tables, enums, domains and
// composite types only.
func decodeExpectation(data []byte) (*models.Realm, error) {
	realm, err := statefile.Decode("", data)
	if err != nil {
		return nil, err
	}
	if len(realm.Schemas) == 0 {
		return nil, errors.New("it holds no table, enum, domain or composite type")
	}
	for _, s := range realm.Schemas {
		if s.Exclusive {
			return nil, fmt.Errorf("schema %s is exclusive: an import takes over single objects, never a whole schema", s.Name)
		}
		if len(s.Tables)+len(s.Enums)+len(s.Domains)+len(s.Composites) == 0 {
			return nil, fmt.Errorf("schema %s holds no table, enum, domain or composite type", s.Name)
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
		for _, d := range s.Domains {
			if all.Domain(d.Schema, d.Name) != nil {
				return fmt.Errorf("domain %s is expected twice", qualified(d.Schema, d.Name))
			}
			into.Domains = append(into.Domains, d)
		}
		for _, c := range s.Composites {
			if all.Composite(c.Schema, c.Name) != nil {
				return fmt.Errorf("composite type %s is expected twice", qualified(c.Schema, c.Name))
			}
			into.Composites = append(into.Composites, c)
		}
	}
	return nil
}

// expectationLines renders the objects of imported as ExpectDirective
// lines, one object (an enum, a table with its policies, a domain, a
// composite type) a line, in
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
		for _, d := range s.Domains {
			objects = append(objects, &models.Realm{Schemas: []*models.Schema{{Name: s.Name, Domains: []*models.Domain{d}}}})
		}
		for _, c := range s.Composites {
			objects = append(objects, &models.Realm{Schemas: []*models.Schema{{Name: s.Name, Composites: []*models.Composite{c}}}})
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

// countObjects counts the tables, enums, domains and composite types of
// r.
func countObjects(r *models.Realm) int {
	n := 0
	if r != nil {
		for _, s := range r.Schemas {
			n += len(s.Tables) + len(s.Enums) + len(s.Domains) + len(s.Composites)
		}
	}
	return n
}

// qualified is schema.name for messages.
func qualified(schema, name string) string { return schema + "." + name }
