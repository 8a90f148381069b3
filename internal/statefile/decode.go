package statefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/schemactl/schemactl/internal/models"
)

// Decode reads a state in either layout (Encode's or EncodeCompact's) and
// returns it normalised. name is the file's name for messages
// ("schemactl.state.json"). The state must carry a format_version from 1
// to FormatVersion; anything else it holds must be a field of that
// format. Errors are *VersionError or *DecodeError.
func Decode(name string, data []byte) (*models.Realm, error) {
	return decode(name, data, false)
}

// DecodeRecorded reads a state recorded in the migrations table, as
// Decode does, except that a state without format_version is read as
// version 1: schemactl releases before this package recorded the state
// there without one, in the same layout. Errors have no file name, so
// they give line and column in words; callers say which row.
func DecodeRecorded(data []byte) (*models.Realm, error) {
	return decode("", data, true)
}

func decode(name string, data []byte, unversionedIsV1 bool) (*models.Realm, error) {
	doc, err := decodeStrict(data)
	if err != nil {
		// A newer state may hold fields this release does not know: say
		// so rather than name the first of them.
		if v, ok := peekVersion(data); ok && v > FormatVersion {
			return nil, &VersionError{Name: name, Version: v}
		}
		return nil, diagnose(name, data, err)
	}
	if doc.FormatVersion == 0 && unversionedIsV1 {
		doc.FormatVersion = 1
	}
	if doc.FormatVersion < 1 || doc.FormatVersion > FormatVersion {
		return nil, &VersionError{Name: name, Version: doc.FormatVersion}
	}
	realm, err := realmOf(doc)
	if err != nil {
		return nil, diagnose(name, data, err)
	}
	return realm.Normalize(), nil
}

// decodeStrict decodes data as one document: no field the format does not
// have, nothing after it.
func decodeStrict(data []byte) (*document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc document
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the state")
	}
	return &doc, nil
}

// peekVersion reads format_version alone, whatever else data holds.
func peekVersion(data []byte) (int, bool) {
	var v struct {
		FormatVersion *int `json:"format_version"`
	}
	if json.Unmarshal(data, &v) != nil || v.FormatVersion == nil {
		return 0, false
	}
	return *v.FormatVersion, true
}

func realmOf(doc *document) (realm *models.Realm, err error) {
	defer recoverNull(&err)
	return doc.realm(), nil
}

// diagnose explains why data did not decode, with a position: a cut
// input at its end; other broken JSON where encoding/json's scanner
// stopped; else the first thing findProblem finds. decodeErr is returned,
// without a position, only if none of them finds anything, which would be
// a disagreement between findProblem and encoding/json.
func diagnose(name string, data []byte, decodeErr error) error {
	p, found := findProblem(data)
	var e *DecodeError
	var syntax *json.SyntaxError
	switch {
	case cutShort(data):
		// The scanner's own message here can be "invalid character ' '
		// in literal true": it pads the end with a space.
		e = newDecodeError(name, data, int64(len(data)), errCut)
	case errors.As(json.Unmarshal(data, new(struct{})), &syntax):
		// Offset counts the bytes read, the bad one included.
		e = newDecodeError(name, data, syntax.Offset-1, syntaxError{syntax})
	case found && !p.syntax:
		e = newDecodeError(name, data, p.offset, p.err)
		e.Path = p.path
		return e
	default:
		return &DecodeError{Name: name, Err: decodeErr}
	}
	// A syntax error: findProblem stopped at the same byte, inside the
	// value it names, unless it stopped earlier at another problem.
	if found && p.syntax {
		e.Path = p.path
	}
	return e
}

// errCut is a state that ends before its document does.
var errCut = errors.New("unexpected end of JSON input")

// cutShort reports whether data is the start of a JSON value and no more.
func cutShort(data []byte) bool {
	var raw json.RawMessage
	err := json.NewDecoder(bytes.NewReader(data)).Decode(&raw)
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}

// syntaxError keeps encoding/json's message and drops its offset, which
// DecodeError shows as line and column.
type syntaxError struct{ err *json.SyntaxError }

func (e syntaxError) Error() string { return e.err.Error() }
func (e syntaxError) Unwrap() error { return e.err }

// DecodeError is a state that cannot be read, and where.
type DecodeError struct {
	// Name is the file's name; "" for a state recorded in the database.
	Name string
	// Line and Column are 1-based (Column counts bytes, as Go's tools
	// do); 0 when the position is unknown.
	Line, Column int
	// Path leads to the value at fault: schemas[0].tables[2].columns[1].
	// It is "" at the top level.
	Path string
	Err  error
}

func newDecodeError(name string, data []byte, offset int64, err error) *DecodeError {
	line, col := position(data, offset)
	return &DecodeError{Name: name, Line: line, Column: col, Err: err}
}

// Error is "name:line:column: path: problem", as compilers print it, so
// that editors jump to the place.
func (e *DecodeError) Error() string {
	var b bytes.Buffer
	switch {
	case e.Name != "" && e.Line > 0:
		fmt.Fprintf(&b, "%s:%d:%d: ", e.Name, e.Line, e.Column)
	case e.Name != "":
		b.WriteString(e.Name + ": ")
	case e.Line > 0:
		fmt.Fprintf(&b, "line %d, column %d: ", e.Line, e.Column)
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *DecodeError) Unwrap() error { return e.Err }

// position turns a byte offset into a 1-based line and column.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = len(before) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// VersionError is a state whose format_version this schemactl does not
// read: written by a newer release, or not by schemactl at all.
type VersionError struct {
	Name    string // "" for a state recorded in the database
	Version int    // 0 when there is none
}

func (e *VersionError) Error() string {
	prefix := ""
	if e.Name != "" {
		prefix = e.Name + ": "
	}
	switch {
	case e.Version > FormatVersion:
		return fmt.Sprintf("%sformat_version %d is newer than this schemactl reads (1 to %d): the state was written by a newer schemactl; upgrade schemactl to read it", prefix, e.Version, FormatVersion)
	case e.Version == 0:
		return fmt.Sprintf("%sno format_version: schemactl did not write this state; restore it from version control (git checkout -- the file)", prefix)
	default:
		return fmt.Sprintf("%sformat_version %d is not a version schemactl writes; restore the state from version control (git checkout -- the file)", prefix, e.Version)
	}
}
