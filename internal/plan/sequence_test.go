package plan

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// planSQL is the plan's SQL, one statement a line.
func planSQL(p *Plan) string { return strings.Join(statementsOf(p), "\n") + "\n" }

// An undeclared sequence is managed like an undeclared enum: dropped in
// an exclusive schema, never touched in a shared one.
func TestUndeclaredSequences(t *testing.T) {
	live := &models.Realm{Schemas: []*models.Schema{{Name: "public", Sequences: []*models.Sequence{{Schema: "public", Name: "theirs"}}}}}
	shared := loadHCL(t, "shared.hcl", `schema "public" {}`)
	p, err := Build(live, shared, nil, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Empty() {
		t.Fatalf("a shared schema's undeclared sequence is planned:\n%s", planSQL(p))
	}
	owned := loadHCL(t, "owned.hcl", `schema "public" { exclusive = true }`)
	p, err = Build(live, owned, nil, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := planSQL(p); got != "DROP SEQUENCE \"public\".\"theirs\";\n" {
		t.Fatalf("exclusive schema: plan\n%s", got)
	}
}

// A sequence is created before the table whose default calls it, and its
// owner is set after the table: CREATE SEQUENCE cannot name a column that
// does not exist yet, nor can the table's default a sequence.
func TestSequenceOrder(t *testing.T) {
	desired := loadHCL(t, "s.hcl", `
schema "public" {}
sequence "n" {
  schema = schema.public
  owner  = table.t.column.id
}
table "t" {
  schema = schema.public
  column "id" {
    type    = bigint
    default = sql("nextval('n')")
  }
}
`)
	p, err := Build(nil, desired, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := planSQL(p)
	seq, table, owner := strings.Index(got, "CREATE SEQUENCE"), strings.Index(got, "CREATE TABLE"), strings.Index(got, "OWNED BY")
	if seq < 0 || !(seq < table && table < owner) {
		t.Fatalf("want CREATE SEQUENCE, CREATE TABLE, OWNED BY in that order:\n%s", got)
	}
	// Dropped together: the table first (its default uses the sequence,
	// and its column owns it), then the sequence if the drop left it.
	p, err = Build(desired, loadHCL(t, "e.hcl", `schema "public" {}`), desired, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	got = planSQL(p)
	if want := "DROP TABLE \"public\".\"t\";\nDROP SEQUENCE IF EXISTS \"public\".\"n\";\n"; got != want {
		t.Fatalf("drop:\n%s\nwant:\n%s", got, want)
	}
}

// A declared sequence that exists, in no state: without an import block
// the plan refuses (creating it could not run); with one it is taken
// over when it matches, and refused naming the difference when not.
func TestSequenceTakeover(t *testing.T) {
	live := &models.Realm{Schemas: []*models.Schema{{Name: "public", Sequences: []*models.Sequence{
		{Schema: "public", Name: "n", Type: "integer", Increment: 5}}}}}
	decl := func(extra string) *models.Realm {
		return loadHCL(t, "s.hcl", `
schema "public" {}
sequence "n" {
  schema    = schema.public
  type      = integer
  increment = `+extra+`
}
import {
  to = sequence.n
}
`)
	}
	noImport := loadHCL(t, "s.hcl", `
schema "public" {}
sequence "n" {
  schema    = schema.public
  type      = integer
  increment = 5
}
`)
	var ee *ExistsError
	if _, err := Build(live, noImport, nil, Options{}); !errors.As(err, &ee) || !strings.Contains(err.Error(), "sequence.n") {
		t.Fatalf("without import: err = %v, want an ExistsError naming sequence.n", err)
	}
	p, err := Build(live, decl("5"), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := p.Summary(); s.Import != 1 || len(p.Statements) != 0 {
		t.Fatalf("matching import: summary %+v, statements %v", s, statementsOf(p))
	}
	var ie *ImportError
	if _, err := Build(live, decl("6"), nil, Options{}); !errors.As(err, &ie) || !strings.Contains(err.Error(), "Increment") {
		t.Fatalf("differing import: err = %v, want an ImportError naming the increment", err)
	}
}

// TestCallsSequenceFindsEscapedNames: a default names a sequence as the
// loader and the catalog write it, plain, quoted, in a string literal and
// in an E” literal (a backslash in the name); the fuzzer found a table
// created before its sequence when only the E” form named it.
func TestCallsSequenceFindsEscapedNames(t *testing.T) {
	for _, c := range []struct {
		def, name string
		want      bool
	}{
		{`nextval('orders_seq'::regclass)`, "orders_seq", true},
		{`nextval('"Odd Seq"'::regclass)`, "Odd Seq", true},
		{`nextval('"it''s"'::regclass)`, "it's", true},
		{`nextval(E'"public"."back\\slash''seq14"'::regclass)`, `back\slash'seq14`, true},
		{`nextval('other_seq'::regclass)`, "orders_seq", false},
		{`now()`, "orders_seq", false},
	} {
		if got := callsSequence(c.def, c.name); got != c.want {
			t.Errorf("callsSequence(%q, %q) = %v, want %v", c.def, c.name, got, c.want)
		}
	}
}

// A higher MINVALUE for an ascending sequence (a lower MAXVALUE for a
// descending one) restarts the sequence when it stands before the new
// bound, which PostgreSQL requires (an unused sequence stands at its old
// start: found by the fuzzer, seed 663513362); the DO block's quote tag
// is one the names do not hold.
func TestSequenceBoundPastItsPosition(t *testing.T) {
	five, minus5 := int64(5), int64(-5)
	cases := []struct {
		cur, q *models.Sequence
		want   string
	}{
		{&models.Sequence{Schema: "s", Name: "up"}, &models.Sequence{Schema: "s", Name: "up", MinValue: &five},
			`DO $schemactl$ BEGIN IF (SELECT last_value < 5 FROM "s"."up") THEN EXECUTE 'ALTER SEQUENCE "s"."up" MINVALUE 5 START WITH 5 RESTART'; ELSE EXECUTE 'ALTER SEQUENCE "s"."up" MINVALUE 5 START WITH 5'; END IF; END $schemactl$;`},
		{&models.Sequence{Schema: "s", Name: "down", Increment: -1}, &models.Sequence{Schema: "s", Name: "down", Increment: -1, MaxValue: &minus5},
			`DO $schemactl$ BEGIN IF (SELECT last_value > -5 FROM "s"."down") THEN EXECUTE 'ALTER SEQUENCE "s"."down" MAXVALUE -5 START WITH -5 RESTART'; ELSE EXECUTE 'ALTER SEQUENCE "s"."down" MAXVALUE -5 START WITH -5'; END IF; END $schemactl$;`},
		{&models.Sequence{Schema: "s", Name: "x$schemactl$y"}, &models.Sequence{Schema: "s", Name: "x$schemactl$y", MinValue: &five},
			`DO $schemactl1$ BEGIN IF (SELECT last_value < 5 FROM "s"."x$schemactl$y") THEN EXECUTE 'ALTER SEQUENCE "s"."x$schemactl$y" MINVALUE 5 START WITH 5 RESTART'; ELSE EXECUTE 'ALTER SEQUENCE "s"."x$schemactl$y" MINVALUE 5 START WITH 5'; END IF; END $schemactl1$;`},
		{&models.Sequence{Schema: "s", Name: "lower", MinValue: &five}, &models.Sequence{Schema: "s", Name: "lower"},
			`ALTER SEQUENCE "s"."lower" NO MINVALUE START WITH 1;`},
	}
	for _, c := range cases {
		live := &models.Realm{Schemas: []*models.Schema{{Name: "s", Sequences: []*models.Sequence{c.cur}}}}
		desired := &models.Realm{Schemas: []*models.Schema{{Name: "s", Sequences: []*models.Sequence{c.q}}}}
		p, err := Build(live.Normalize(), desired.Normalize(), live.Normalize(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := planSQL(p); got != c.want+"\n" {
			t.Errorf("sequence %s: plan\n%s\nwant\n%s", c.q.Name, got, c.want)
		}
	}
}
