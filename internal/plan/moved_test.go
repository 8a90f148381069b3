package plan

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

const movedBefore = `schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  column "age" { type = integer }
  primary_key { columns = [column.id] }
  index "users_name_idx" { columns = [column.name] }
  check "users_name_check" { expr = "name <> ''" }
  row_security { enabled = true }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "author" { type = integer }
  foreign_key "posts_author_fkey" {
    columns     = [column.author]
    ref_columns = [table.users.column.id]
  }
}

policy "users_named" {
  on    = table.users
  using = "name IS NOT NULL"
}
`

// movedAfter renames the table users, two of its columns (one of them
// retyped too), its index, check and primary key, and the foreign key of
// posts that references it.
const movedAfter = `schema "public" {}

table "customers" {
  schema = schema.public
  column "id" { type = integer }
  column "full_name" { type = text }
  column "age_years" { type = bigint }
  primary_key "customers_pkey" { columns = [column.id] }
  index "customers_full_name_idx" { columns = [column.full_name] }
  check "customers_full_name_check" { expr = "full_name <> ''" }
  row_security { enabled = true }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "author" { type = integer }
  foreign_key "posts_customer_fkey" {
    columns     = [column.author]
    ref_columns = [table.customers.column.id]
  }
}

policy "users_named" {
  on    = table.customers
  using = "full_name IS NOT NULL"
}

moved {
  from = table.users
  to   = table.customers
}
moved {
  from = table.users.column.name
  to   = table.customers.column.full_name
}
moved {
  from = table.customers.column.age
  to   = table.customers.column.age_years
}
moved {
  from = table.customers.index.users_name_idx
  to   = table.customers.index.customers_full_name_idx
}
moved {
  from = table.customers.check.users_name_check
  to   = table.customers.check.customers_full_name_check
}
moved {
  from = table.customers.primary_key.users_pkey
  to   = table.customers.primary_key.customers_pkey
}
moved {
  from = table.posts.foreign_key.posts_author_fkey
  to   = table.posts.foreign_key.posts_customer_fkey
}
`

// TestMovedPlansRenames: an offline plan renames everything the moved
// blocks name, first, without a drop, a create or a hazard, then retypes
// the renamed column; the table change says where it moved from, and once
// the state holds the new names the blocks do nothing.
func TestMovedPlansRenames(t *testing.T) {
	before, after := loadHCL(t, "a.hcl", movedBefore), loadHCL(t, "b.hcl", movedAfter)
	p, err := Offline(after, before, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`ALTER TABLE "public"."users" RENAME TO "customers";`,
		`ALTER TABLE "public"."customers" RENAME CONSTRAINT "users_name_check" TO "customers_full_name_check";`,
		`ALTER TABLE "public"."customers" RENAME COLUMN "age" TO "age_years";`,
		`ALTER TABLE "public"."customers" RENAME COLUMN "name" TO "full_name";`,
		`ALTER INDEX "public"."users_name_idx" RENAME TO "customers_full_name_idx";`,
		`ALTER TABLE "public"."customers" RENAME CONSTRAINT "users_pkey" TO "customers_pkey";`,
		`ALTER TABLE "public"."posts" RENAME CONSTRAINT "posts_author_fkey" TO "posts_customer_fkey";`,
	}
	var got []string
	for _, s := range p.Statements {
		got = append(got, s.SQL)
	}
	if len(got) != len(want)+1 || !slices.Equal(got[:len(want)], want) || !strings.Contains(got[len(want)], `ALTER COLUMN "age_years" TYPE bigint`) {
		t.Fatalf("statements:\n%s\nwant the renames:\n%s\nthen the retype", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, h := range p.Hazards() {
		if h.Code != HazardTableRewrite && h.Code != HazardAccessExclusiveLock {
			t.Errorf("hazard %s: %s", h.Code, h.Message)
		}
	}
	if s := p.Summary(); s.Add != 0 || s.Destroy != 0 || s.Change != 2 {
		t.Errorf("summary %+v, want 2 changes only", s)
	}
	c := p.Changes[0]
	if c.Address != "table.public.customers" || c.PreviousAddress != "table.public.users" {
		t.Fatalf("first change %s, previously %s", c.Address, c.PreviousAddress)
	}
	if d := c.Items[0].Description(); d != "table public.users -> public.customers (renamed)" {
		t.Errorf("table item %q", d)
	}
	if d := c.Items[2].Description(); d != "column age -> age_years (renamed)" {
		t.Errorf("column item %q", d)
	}

	// Applied: the recorded state now holds the new names, and the blocks,
	// kept, change nothing.
	again, err := Offline(after, after, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Empty() {
		t.Fatalf("moved blocks already applied still plan:\n%s", strings.Join(again.Lines(), "\n"))
	}
}

// TestMovedErrors: two objects for one name are refused with the block's
// position; a move with nothing at either end (a database built from
// nothing) does nothing, and the object is created as declared.
func TestMovedErrors(t *testing.T) {
	before, after := loadHCL(t, "a.hcl", movedBefore), loadHCL(t, "b.hcl", movedAfter)

	fresh, err := Offline(after, &models.Realm{}, Options{})
	if err != nil {
		t.Fatalf("moves over an empty state: %v", err)
	}
	for _, sql := range statementsOf(fresh) {
		if strings.Contains(sql, "RENAME") {
			t.Errorf("a plan from nothing renames: %s", sql)
		}
	}
	if s := fresh.Summary(); s.Add == 0 || s.Change != 0 || s.Destroy != 0 {
		t.Errorf("a plan from nothing: %+v, want creates only", s)
	}
	var me *MoveError

	both := before.Clone()
	both.Schemas[0].Tables = append(both.Schemas[0].Tables, after.Table("public", "customers").Clone())
	both.Normalize()
	_, err = Offline(after, both, Options{})
	if !errors.As(err, &me) || !strings.Contains(err.Error(), "both names exist") {
		t.Fatalf("old and new table both in the state: %v", err)
	}
}

const movedChainBefore = `schema "public" {}

table "t" {
  schema = schema.public
  column "id" { type = integer }
  column "a" { type = text }
  index "t_a_idx" { columns = [column.a] }
}

table "other" {
  schema = schema.public
  column "id" { type = integer }
}
`

// TestMovedChainsAndTakenNames: a chain renames whichever old name
// exists straight to the declared one; an index renamed to a name another
// relation of the schema holds is refused, naming that relation.
func TestMovedChainsAndTakenNames(t *testing.T) {
	before := loadHCL(t, "a.hcl", movedChainBefore)
	after := loadHCL(t, "b.hcl", strings.NewReplacer(`"a"`, `"c"`, `column.a]`, `column.c]`).Replace(movedChainBefore)+`
moved {
  from = table.t.column.a
  to   = table.t.column.b
}
moved {
  from = table.t.column.b
  to   = table.t.column.c
}
`)
	p, err := Offline(after, before, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Statements[0].SQL; len(p.Statements) != 1 || got != `ALTER TABLE "public"."t" RENAME COLUMN "a" TO "c";` {
		t.Fatalf("chain a -> b -> c: %v", p.Lines())
	}

	// The table other goes in this plan, and its name is the index's.
	withoutOther, _, _ := strings.Cut(movedChainBefore, `table "other"`)
	taken := loadHCL(t, "b.hcl", strings.Replace(withoutOther, `index "t_a_idx"`, `index "other"`, 1)+`
moved {
  from = table.t.index.t_a_idx
  to   = table.t.index.other
}
`)
	_, err = Offline(taken, before, Options{})
	if err == nil || !strings.Contains(err.Error(), "taken by table public.other") {
		t.Fatalf("an index renamed to a table's name: %v", err)
	}
}

// TestMovedRenamesOwnedSequences: a renamed table or column renames the
// sequences of its identity and serial columns, which PostgreSQL named
// after the old names, so the database holds what the HCL builds from
// nothing.
func TestMovedRenamesOwnedSequences(t *testing.T) {
	before := loadHCL(t, "a.hcl", `schema "public" {}
table "jobs" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = ALWAYS }
  }
  column "n" { type = serial }
  column "m" { type = serial }
}
`)
	after := loadHCL(t, "b.hcl", `schema "public" {}
table "tasks" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = ALWAYS }
  }
  column "num" { type = serial }
  column "m" { type = serial }
}
moved {
  from = table.jobs
  to   = table.tasks
}
moved {
  from = table.tasks.column.n
  to   = table.tasks.column.num
}
`)
	wantOfflineStatements(t, after, before, Options{},
		`ALTER TABLE "public"."jobs" RENAME TO "tasks";`,
		`ALTER TABLE "public"."tasks" RENAME COLUMN "n" TO "num";`,
		`ALTER SEQUENCE IF EXISTS "public"."jobs_id_seq" RENAME TO "tasks_id_seq";`,
		`ALTER SEQUENCE IF EXISTS "public"."jobs_n_seq" RENAME TO "tasks_num_seq";`,
		`ALTER SEQUENCE IF EXISTS "public"."jobs_m_seq" RENAME TO "tasks_m_seq";`,
	)
}

// A renamed table that gains a column whose default calls a new sequence:
// the sequence is created after the rename and before the column (the
// rename, which "creates" the new name, was made to require the sequence
// while every statement follows the renames: a cycle, found by the
// fuzzer, seed 663513346).
func TestRenamedTableCallsANewSequence(t *testing.T) {
	before := loadHCL(t, "a.hcl", `schema "public" {}
table "jobs" {
  schema = schema.public
  column "id" { type = bigint }
}
`)
	after := loadHCL(t, "b.hcl", `schema "public" {}
sequence "job_numbers" {
  schema = schema.public
}
table "tasks" {
  schema = schema.public
  column "id" { type = bigint }
  column "num" {
    type    = bigint
    default = sql("nextval('public.job_numbers'::regclass)")
  }
}
moved {
  from = table.jobs
  to   = table.tasks
}
`)
	wantOfflineStatements(t, after, before, Options{},
		`ALTER TABLE "public"."jobs" RENAME TO "tasks";`,
		`CREATE SEQUENCE "public"."job_numbers" AS bigint;`,
		`ALTER TABLE "public"."tasks" ADD COLUMN "num" bigint NOT NULL DEFAULT (nextval('public.job_numbers'::regclass));`,
	)
}

// A view over a renamed table, dropped with a column it reads: the view
// goes before the column. The view still named the old table, so its drop
// was not ordered against the renamed table's column drop, which failed
// (found by the fuzzer, seed 1664921861).
func TestViewOverARenamedTableIsDroppedBeforeItsColumn(t *testing.T) {
	before := loadHCL(t, "a.hcl", `schema "public" {}
table "jobs" {
  schema = schema.public
  column "id" { type = bigint }
  column "note" { type = text }
}
view "job_notes" {
  schema = schema.public
  as     = "SELECT note FROM public.jobs"
}
`)
	after := loadHCL(t, "b.hcl", `schema "public" {}
table "tasks" {
  schema = schema.public
  column "id" { type = bigint }
}
moved {
  from = table.jobs
  to   = table.tasks
}
`)
	wantOfflineStatements(t, after, before, Options{AllowDestroy: true},
		`ALTER TABLE "public"."jobs" RENAME TO "tasks";`,
		`DROP VIEW "public"."job_notes";`,
		`ALTER TABLE "public"."tasks" DROP COLUMN "note";`,
	)
}

// wantOfflineStatements plans before → after offline with opts and
// requires exactly the statements want, in order.
func wantOfflineStatements(t *testing.T, after, before *models.Realm, opts Options, want ...string) {
	t.Helper()
	p, err := Offline(after, before, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got := statementsOf(p); !slices.Equal(got, want) {
		t.Fatalf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
