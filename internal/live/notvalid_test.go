package live

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestNotValidConstraintsAreValidated: a declared CHECK or foreign key the
// database holds NOT VALID (a VALIDATE step that failed and was never
// rerun) is not what the HCL declares; the plan validates it, outside a
// transaction, and then has nothing left to do.
func TestNotValidConstraintsAreValidated(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, `
CREATE TABLE public.parent (id integer PRIMARY KEY);
CREATE TABLE public.child (id integer PRIMARY KEY, n integer NOT NULL, parent_id integer);
INSERT INTO public.parent VALUES (1);
INSERT INTO public.child VALUES (1, 5, 1), (2, 0, NULL);
ALTER TABLE public.child ADD CONSTRAINT child_n_check CHECK (n >= 0) NOT VALID;
ALTER TABLE public.child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.parent (id) NOT VALID;`)
	desired := loadHCL(t, "schema.hcl", `
schema "public" {}
table "parent" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}
table "child" {
  schema = schema.public
  column "id" { type = integer }
  column "n" { type = integer }
  column "parent_id" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  check "child_n_check" { expr = "n >= 0" }
  foreign_key "child_parent_fkey" {
    columns     = [column.parent_id]
    ref_columns = [table.parent.column.id]
  }
}
`)
	ctx := testContext(t)
	conn := testdb.Connect(t, url)
	live, err := catalog.Inspect(ctx, conn, catalog.Options{Schemas: []string{"public"}})
	if err != nil {
		t.Fatal(err)
	}
	child := live.Table("public", "child")
	if !child.Check("child_n_check").NotValid || !child.ForeignKey("child_parent_fkey").NotValid {
		t.Fatalf("the catalog does not report NOT VALID constraints: %+v %+v", child.Check("child_n_check"), child.ForeignKey("child_parent_fkey"))
	}

	p, err := Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	var validates int
	for _, s := range p.Statements {
		if strings.Contains(s.SQL, "VALIDATE CONSTRAINT") {
			validates++
			if !s.NoTransaction || len(s.Hazards) == 0 || s.Hazards[0].Code != plan.HazardTableScan {
				t.Errorf("VALIDATE must run on its own with a table scan hazard: %+v", s)
			}
		} else {
			t.Errorf("unexpected statement %s", s.SQL)
		}
	}
	if validates != 2 || p.Summary().Change != 1 {
		t.Fatalf("want one change validating two constraints:\n%s", planText(p))
	}
	execPlan(t, ctx, conn, p)

	again, err := Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Empty() {
		t.Fatalf("after validating, the plan is not empty:\n%s", planText(again))
	}
}
