package codegen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/schemactl/schemactl/internal/models"
)

// Options tune Generate.
type Options struct {
	// Package is the Go package name. Required.
	Package string
	// NoFinders leaves out the functions derived from the declared
	// indexes and unique constraints (List…, Get…By…, Delete…Before).
	NoFinders bool
	// Types maps a PostgreSQL type name (any spelling the schema language
	// accepts: "uuid", "numeric", "timestamptz") to the Go type that
	// carries it, written "import/path.Name" ("github.com/shopspring/decimal.Decimal")
	// or a predeclared Go type ("string").
	Types map[string]string
	// Columns maps "table.column" (or "schema.table.column") to the Go
	// type of that column, in the same form. It wins over Types; on a json
	// or jsonb column it maps the document to a Go struct.
	Columns map[string]string
}

// optionsMarker starts the line of db.go that records the options a
// package was generated with (as JSON, so that any column name survives),
// so that CheckDir (and with it `plan --check`) regenerates the package
// the same way.
const optionsMarker = "//schemactl:options "

// recordedOptions is the JSON form of the options db.go records.
type recordedOptions struct {
	NoFinders bool              `json:"no_finders,omitempty"`
	Types     map[string]string `json:"types,omitempty"`
	Columns   map[string]string `json:"columns,omitempty"`
}

// record is the options line of db.go, "" when o holds only defaults.
func (o Options) record() string {
	if !o.NoFinders && len(o.Types) == 0 && len(o.Columns) == 0 {
		return ""
	}
	b, err := json.Marshal(recordedOptions{o.NoFinders, o.Types, o.Columns})
	if err != nil {
		panic(fmt.Sprintf("codegen: encoding options: %v", err)) // maps of strings always encode
	}
	return optionsMarker + string(b)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// OptionsForDir is the options the package in dir was generated with:
// its package name (PackageNameForDir) and the options db.go records.
func OptionsForDir(dir string) (Options, error) {
	o := Options{Package: PackageNameForDir(dir)}
	src, err := os.ReadFile(filepath.Join(dir, "db.go"))
	if err != nil || !isGenerated(src) {
		return o, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "package ") {
			break
		}
		if rest, ok := strings.CutPrefix(line, optionsMarker); ok {
			var rec recordedOptions
			if err := json.Unmarshal([]byte(rest), &rec); err != nil {
				return o, fmt.Errorf("reading the options recorded in %s: %w", filepath.Join(dir, "db.go"), err)
			}
			o.NoFinders, o.Types, o.Columns = rec.NoFinders, rec.Types, rec.Columns
			return o, nil
		}
	}
	return o, nil
}

// goTypeRef is a Go type named by an option: an import path (empty for
// a predeclared type) and a type name.
type goTypeRef struct {
	path, name string
}

// parseGoType reads "import/path.Name" or a predeclared type name.
func parseGoType(spec string) (goTypeRef, error) {
	if token.IsIdentifier(spec) && predeclared[spec] {
		return goTypeRef{name: spec}, nil
	}
	slash := strings.LastIndex(spec, "/")
	dot := strings.LastIndex(spec, ".")
	if dot <= slash || dot == len(spec)-1 {
		return goTypeRef{}, fmt.Errorf("type %q: want import/path.TypeName or a predeclared type", spec)
	}
	ref := goTypeRef{path: spec[:dot], name: spec[dot+1:]}
	if !token.IsIdentifier(ref.name) || !token.IsExported(ref.name) {
		return goTypeRef{}, fmt.Errorf("type %q: %q is not an exported identifier", spec, ref.name)
	}
	for _, part := range strings.Split(ref.path, "/") {
		if part == "" || strings.IndexFunc(part, notInImportPath) >= 0 {
			return goTypeRef{}, fmt.Errorf("type %q: %q is not an import path", spec, ref.path)
		}
	}
	return ref, nil
}

// notInImportPath reports a character no import path holds: only
// letters, digits and -._~+ may appear between the slashes.
func notInImportPath(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-._~+", r)
}

var predeclared = map[string]bool{
	"string": true, "bool": true, "int": true, "int16": true, "int32": true, "int64": true,
	"float32": true, "float64": true, "any": true,
}

// overrides are the resolved type options of one generation.
type overrides struct {
	types   map[string]goTypeRef // by canonical type name
	columns map[columnKey]goTypeRef
}

type columnKey struct{ schema, table, column string }

// resolveOverrides checks the type options against r: every type name
// must be one the schema language knows and every column must exist.
func resolveOverrides(r *models.Realm, opts Options) (*overrides, error) {
	ov := &overrides{types: map[string]goTypeRef{}, columns: map[columnKey]goTypeRef{}}
	for _, k := range sortedKeys(opts.Types) {
		canon, ok := models.CanonicalTypeName(k)
		if !ok {
			canon = k // an extension type or an enum, by its own name
		}
		ref, err := parseGoType(opts.Types[k])
		if err != nil {
			return nil, fmt.Errorf("--type %s: %w", k, err)
		}
		ov.types[canon] = ref
	}
	for _, k := range sortedKeys(opts.Columns) {
		key, err := findColumn(r, k)
		if err != nil {
			return nil, fmt.Errorf("--column %s: %w", k, err)
		}
		ref, err := parseGoType(opts.Columns[k])
		if err != nil {
			return nil, fmt.Errorf("--column %s: %w", k, err)
		}
		ov.columns[key] = ref
	}
	return ov, nil
}

// findColumn resolves "table.column" (in the primary schema, else the
// only table of that name) or "schema.table.column".
func findColumn(r *models.Realm, spec string) (columnKey, error) {
	parts := strings.Split(spec, ".")
	var candidates []*models.Table
	switch len(parts) {
	case 2:
		for _, t := range r.Tables() {
			if t.Name == parts[0] {
				candidates = append(candidates, t)
			}
		}
		if len(candidates) > 1 {
			if t := r.Table(primarySchema(r), parts[0]); t != nil {
				candidates = []*models.Table{t}
			}
		}
	case 3:
		if t := r.Table(parts[0], parts[1]); t != nil {
			candidates = append(candidates, t)
		}
		parts = parts[1:]
	default:
		return columnKey{}, fmt.Errorf("want table.column or schema.table.column")
	}
	if len(candidates) == 0 {
		return columnKey{}, fmt.Errorf("no table %q", parts[0])
	}
	if len(candidates) > 1 {
		return columnKey{}, fmt.Errorf("table %q is in several schemas: write schema.table.column", parts[0])
	}
	t := candidates[0]
	if t.Column(parts[1]) == nil {
		return columnKey{}, fmt.Errorf("table %s.%s has no column %q", t.Schema, t.Name, parts[1])
	}
	return columnKey{t.Schema, t.Name, parts[1]}, nil
}

// forColumn is the override of column c of table t, if any.
func (ov *overrides) forColumn(t *models.Table, c *models.Column) (goTypeRef, bool) {
	if ref, ok := ov.columns[columnKey{t.Schema, t.Name, c.Name}]; ok {
		return ref, true
	}
	if c.Type.IsEnum() {
		return goTypeRef{}, false
	}
	ref, ok := ov.types[c.Type.Name]
	return ref, ok
}
