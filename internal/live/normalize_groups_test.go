package live

import (
	"fmt"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// groupsSchema is n new tables with a check each, the last with a policy
// reading the first: rendered two tables at a time, the policy's group
// does not create the table it reads.
func groupsSchema(n int) string {
	var b strings.Builder
	b.WriteString("schema \"public\" {}\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `table "t%[1]d" {
  schema = schema.public
  column "id" {
    type = bigint
  }
  check "t%[1]d_id" {
    expr = "id>0"
  }
}
`, i)
	}
	fmt.Fprintf(&b, `policy "reads_t1" {
  on    = table.t%d
  for   = SELECT
  to    = ["authenticated"]
  using = "exists (select 1 from t1 where t1.id = id)"
}
`, n)
	return b.String()
}

// TestNormalizeInGroups: rendering in groups (each in a savepoint of its
// own, so their locks are released) gives what rendering at once gives,
// a policy reading a table of another group included.
func TestNormalizeInGroups(t *testing.T) {
	desired := loadHCL(t, "groups.hcl", groupsSchema(5))
	conn := testdb.Connect(t, testdb.New(t))
	ctx := testContext(t)
	render := func(group int) *models.Realm {
		tx, err := conn.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = tx.Rollback(ctx) }()
		out, err := normalizeInGroups(ctx, tx, &models.Realm{}, realmsToRender{desired: desired}, group)
		if err != nil {
			t.Fatalf("rendering %d tables at a time: %v", group, err)
		}
		return out.desired
	}
	whole, grouped := render(renderGroup), render(2)
	if d := models.Differences(whole, grouped); len(d) > 0 {
		t.Fatalf("rendered in groups differs:\n%s", strings.Join(d, "\n"))
	}
	if got := grouped.Table("public", "t3").Check("t3_id").Expr; got != "id > 0" {
		t.Errorf("check rendered %q, want the server's id > 0", got)
	}
	if got := grouped.Table("public", "t5").Policy("reads_t1").Using; !strings.Contains(got, "FROM t1") {
		t.Errorf("policy rendered %q, want the server's rendering", got)
	}
}
