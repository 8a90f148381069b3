package live

import (
	"fmt"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// chunkSchemaHCL is n tables whose expressions the catalog spells
// otherwise, and two tables whose policies read each other.
func chunkSchemaHCL(n int) string {
	var b strings.Builder
	b.WriteString("schema \"public\" {}\n")
	for i := range n {
		fmt.Fprintf(&b, `table "c%[1]d" {
  schema = schema.public
  column "id" {
    type = integer
    default = sql("1+%[1]d")
  }
  column "status" {
    type = text
  }
  check "c%[1]d_status" {
    expr = "status IN ('a', 'b')"
  }
  index "c%[1]d_a" {
    columns = [column.id]
    where = "status = 'a'"
  }
}
policy "c%[1]d_p" {
  on = table.c%[1]d
  for = SELECT
  to = ["authenticated"]
  using = "status <> 'x'"
}
`, i)
	}
	for _, pair := range [][2]string{{"ring_a", "ring_b"}, {"ring_b", "ring_a"}} {
		fmt.Fprintf(&b, `table %[1]q {
  schema = schema.public
  column "id" {
    type = integer
  }
}
policy "%[1]s_p" {
  on = table.%[1]s
  for = SELECT
  to = ["authenticated"]
  using = "id IN (SELECT id FROM %[2]s WHERE id > 0)"
}
`, pair[0], pair[1])
	}
	return b.String()
}

// TestRenderingInChunksRendersAsOneChunk: rendered one target at a time
// (each in a savepoint of its own), the expressions come back as they do
// in one go, for new tables, for scratch copies of existing ones, and for
// new tables whose policies read each other (which must share a chunk).
func TestRenderingInChunksRendersAsOneChunk(t *testing.T) {
	ctx := testContext(t)
	conn := testdb.Connect(t, testdb.New(t))
	desired := loadHCL(t, "s.hcl", chunkSchemaHCL(8))
	// Half the tables exist, with spellings the HCL does not use.
	for i := range 4 {
		testdb.Exec(t, conn.Config().ConnString(), fmt.Sprintf(`CREATE TABLE c%[1]d (id integer NOT NULL DEFAULT 2, status text NOT NULL,
			CONSTRAINT c%[1]d_status CHECK (status = 'a'))`, i))
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	current, err := inspectManaged(ctx, tx, "public.migrations", desired, desired)
	if err != nil {
		t.Fatal(err)
	}
	n := &normalizer{current: current, scratchSchemas: map[string]string{}}
	for _, tb := range desired.Tables() {
		n.collect(tb, false)
	}
	if got := len(n.chunks(1)); got != len(n.targets)-1 {
		t.Fatalf("%d chunks of %d targets; want one per target but the two rings together", got, len(n.targets))
	}
	whole, err := normalizeRealms(ctx, tx, current, realmsToRender{desired: desired})
	if err != nil {
		t.Fatal(err)
	}
	chunked, err := normalizeRealms(ctx, tx, current, realmsToRender{desired: desired, chunkLocks: 1})
	if err != nil {
		t.Fatal(err)
	}
	if diff := models.Differences(whole.desired, chunked.desired); len(diff) > 0 {
		t.Fatalf("rendered in chunks, the expressions differ:\n  %s", strings.Join(diff, "\n  "))
	}
	if whole.desired.Table("public", "c5").Checks[0].Expr == desired.Table("public", "c5").Checks[0].Expr {
		t.Fatal("nothing was rendered")
	}
}
