package apply

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
)

// ImportWay is how an import file goes on a database (see
// migrations.ImportDirective).
type ImportWay int

const (
	// ImportCreates: none of the file's objects exist, so its statements
	// run and create them (a fresh database).
	ImportCreates ImportWay = iota + 1
	// ImportVerifies: all of them exist and equal the declaration the
	// file carries, so none of its statements run; the file is recorded.
	ImportVerifies
)

// String says what the way does, for messages.
func (w ImportWay) String() string {
	switch w {
	case ImportCreates:
		return "creates its objects, which do not exist"
	case ImportVerifies:
		return "runs nothing: its objects exist and match their declaration"
	}
	return fmt.Sprintf("ImportWay(%d)", int(w))
}

// ImportCheck is what a dry run found for a pending import file, on the
// database as it is now.
type ImportCheck struct {
	FileName string
	// Way is how the file would go; 0 when it would fail (Err).
	Way ImportWay
	// Err is the *ImportError the file would fail with.
	Err error
	// AfterOthers is set when pending files that are not import files run
	// before it: what it finds then may differ from what is there now.
	AfterOthers bool
}

// ImportError is an import file that can go neither way: some of its
// objects exist and some do not, or all exist and differ from their
// declaration. Nothing of the file ran.
type ImportError struct {
	FileName string
	// Existing and Missing name the objects ("table public.x") when some
	// exist and some do not.
	Existing, Missing []string
	// Differences say, one a line, how the existing objects differ from
	// the declaration: each is what would make the database match it.
	Differences []string
}

func (e *ImportError) Error() string {
	if len(e.Missing) > 0 {
		return fmt.Sprintf("refusing to apply %s: of the objects it imports, %s exist(s) but %s do(es) not; an import file runs where all of its objects exist (it checks them) or none does (it creates them); nothing was changed",
			e.FileName, strings.Join(e.Existing, ", "), strings.Join(e.Missing, ", "))
	}
	return fmt.Sprintf("refusing to apply %s: the objects it imports exist but differ from their declaration (each line says what would make the database match it); nothing was changed:\n  %s",
		e.FileName, strings.Join(e.Differences, "\n  "))
}

// importDB reads the catalog: *pgx.Conn, or the pgx.Tx of the file.
type importDB interface {
	live.DB
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// checkImport decides how the import file f goes on db: it looks up each
// object f.Expect declares; none there is ImportCreates, all there and
// equal to the declaration (live.Compare finds no drift from it, nothing
// the model cannot hold either) is ImportVerifies, anything else an
// *ImportError. It writes nothing.
func checkImport(ctx context.Context, db importDB, table history.Table, f migrations.File) (ImportWay, error) {
	found, err := importedObjects(ctx, db, f.Expect)
	if err != nil {
		return 0, fmt.Errorf("%s: looking up the objects it imports: %w", f.FileName, err)
	}
	var existing, missing, wrongKind []string
	for _, o := range found {
		switch {
		case o.kind == "":
			missing = append(missing, o.String())
		case o.kind != o.want:
			existing = append(existing, o.String())
			wrongKind = append(wrongKind, fmt.Sprintf("%s is %s in the database, not %s", o.String(), withArticle(o.kind), withArticle(o.want)))
		default:
			existing = append(existing, o.String())
		}
	}
	switch {
	case len(existing) == 0:
		return ImportCreates, nil
	case len(missing) > 0:
		return 0, &ImportError{FileName: f.FileName, Existing: existing, Missing: missing}
	case len(wrongKind) > 0:
		return 0, &ImportError{FileName: f.FileName, Differences: wrongKind}
	}
	res, err := live.Compare(ctx, db, live.Inputs{Expected: f.Expect}, live.Options{MigrationsTable: table.String()})
	if err != nil {
		return 0, fmt.Errorf("%s: comparing the objects it imports with their declaration: %w", f.FileName, err)
	}
	if !res.Drift.Matches() {
		return 0, &ImportError{FileName: f.FileName, Differences: res.Drift.Lines()}
	}
	return ImportVerifies, nil
}

// importedObject is one object of an import file and what the database
// has under its name.
type importedObject struct {
	kind         string // what the database has: "table", "view", "enum", "domain", ...; "" for nothing
	want         string // "table", "enum", "sequence", "domain" or "composite type"
	schema, name string
}

func (o importedObject) String() string { return o.want + " " + o.schema + "." + o.name }

// queryObjectKinds says, for each (kind, schema, name), what the
// database has under that name: the kind of the relation for a table or
// a sequence, of the type for an enum (NULL for nothing).
const queryObjectKinds = `
SELECT CASE WHEN o.kind IN ('table', 'sequence') THEN (SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'v' THEN 'view'
			WHEN 'm' THEN 'materialized view' WHEN 'f' THEN 'foreign table' WHEN 'S' THEN 'sequence'
			WHEN 'i' THEN 'index' WHEN 'I' THEN 'partitioned index' WHEN 'c' THEN 'composite type' ELSE 'relation' END
		FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = o.schema AND c.relname = o.name)
	ELSE (SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type'
			WHEN 'r' THEN 'range type' WHEN 'm' THEN 'multirange type' ELSE 'type' END
		FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
		WHERE n.nspname = o.schema AND t.typname = o.name)
	END
FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS o(kind, schema, name, ord)
ORDER BY o.ord`

// importedObjects looks up every enum, table, sequence, domain and
// composite type expect declares, in its canonical order, in one query.
func importedObjects(ctx context.Context, db importDB, expect *models.Realm) ([]importedObject, error) {
	var objects []importedObject
	for _, s := range expect.Schemas {
		for _, e := range s.Enums {
			objects = append(objects, importedObject{want: models.ImportEnum, schema: e.Schema, name: e.Name})
		}
		for _, t := range s.Tables {
			objects = append(objects, importedObject{want: models.ImportTable, schema: t.Schema, name: t.Name})
		}
		for _, q := range s.Sequences {
			objects = append(objects, importedObject{want: models.ImportSequence, schema: q.Schema, name: q.Name})
		}
		for _, d := range s.Domains {
			objects = append(objects, importedObject{want: "domain", schema: d.Schema, name: d.Name})
		}
		for _, c := range s.Composites {
			objects = append(objects, importedObject{want: "composite type", schema: c.Schema, name: c.Name})
		}
	}
	kinds, schemas, names := make([]string, len(objects)), make([]string, len(objects)), make([]string, len(objects))
	for i, o := range objects {
		kinds[i], schemas[i], names[i] = o.want, o.schema, o.name
	}
	rows, err := db.Query(ctx, queryObjectKinds, kinds, schemas, names)
	if err != nil {
		return nil, err
	}
	found, err := pgx.CollectRows(rows, pgx.RowTo[*string])
	if err != nil {
		return nil, err
	}
	if len(found) != len(objects) {
		return nil, fmt.Errorf("looked up %d objects, got %d answers", len(objects), len(found))
	}
	for i, k := range found {
		if k != nil {
			objects[i].kind = *k
		}
	}
	return objects, nil
}

// checkImportsAhead is the dry run's look at every pending import file,
// on the database as it is now. An import file with only import files
// before it fails in a real apply exactly as it fails here, before any
// file ran, so that is the dry run's error too; a later one is
// reported in res.Imports only, as files before it run first.
func (r *applyRun) checkImportsAhead(ctx context.Context, res *Result) error {
	afterOthers := false
	for _, f := range res.Pending {
		if !f.Import {
			afterOthers = true
			continue
		}
		way, err := checkImport(ctx, r.conn, r.table, f)
		var ie *ImportError
		if err != nil && (!errors.As(err, &ie) || !afterOthers) {
			return err
		}
		res.Imports = append(res.Imports, ImportCheck{FileName: f.FileName, Way: way, Err: err, AfterOthers: afterOthers})
	}
	return nil
}

// withArticle is "a table", "an enum".
func withArticle(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
