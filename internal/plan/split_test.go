package plan

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// splitSchemaHCL is n tables that each point at the table before and,
// every third one, at a table further on; each has an index, row security
// and a policy. Tables "ring_a" and "ring_b" point at each other, and
// each one's policy reads the other table.
func splitSchemaHCL(n int) string {
	var b strings.Builder
	b.WriteString("schema \"public\" {}\nenum \"mood\" {\n  schema = schema.public\n  values = [\"ok\", \"meh\"]\n}\n")
	for i := range n {
		fmt.Fprintf(&b, `table "t%03[1]d" {
  schema = schema.public
  column "id" {
    type = bigserial
  }
  column "prev" {
    type = bigint
    null = true
  }
  column "far" {
    type = bigint
    null = true
  }
  column "mood" {
    type = enum.mood
  }
  primary_key {
    columns = [column.id]
  }
  index "t%03[1]d_prev_idx" {
    columns = [column.prev]
  }
  row_security {
    enabled = true
  }
`, i)
		if i > 0 {
			fmt.Fprintf(&b, "  foreign_key \"t%03[1]d_prev_fkey\" {\n    columns = [column.prev]\n    ref_columns = [table.t%03[2]d.column.id]\n  }\n", i, i-1)
		}
		if j := (i*7 + n/2) % n; i%3 == 0 && j > i {
			fmt.Fprintf(&b, "  foreign_key \"t%03[1]d_far_fkey\" {\n    columns = [column.far]\n    ref_columns = [table.t%03[2]d.column.id]\n  }\n", i, j)
		}
		fmt.Fprintf(&b, "}\npolicy \"t%03[1]d_read\" {\n  on = table.t%03[1]d\n  for = SELECT\n  to = [\"authenticated\"]\n  using = \"prev IS NOT NULL\"\n}\n", i)
	}
	for _, pair := range [][2]string{{"ring_a", "ring_b"}, {"ring_b", "ring_a"}} {
		fmt.Fprintf(&b, `table %[1]q {
  schema = schema.public
  column "id" {
    type = integer
  }
  column "other" {
    type = integer
    null = true
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "%[1]s_other_fkey" {
    columns = [column.other]
    ref_columns = [table.%[2]s.column.id]
  }
  row_security {
    enabled = true
  }
}
policy "%[1]s_read" {
  on = table.%[1]s
  for = SELECT
  to = ["authenticated"]
  using = "other IN (SELECT id FROM %[2]s)"
}
`, pair[0], pair[1])
	}
	return b.String()
}

func TestTransactionsKeepsAPlanThatFitsAsItIs(t *testing.T) {
	p, err := Offline(loadHCL(t, "s.hcl", splitSchemaHCL(20)), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	parts := p.Transactions(LockBudget(nil))
	if len(parts) != 1 || !slices.Equal(parts[0], p.Statements) {
		t.Fatalf("a plan of 20 tables was cut into %d parts, or reordered", len(parts))
	}
	if n := p.EstimateLocks(p.Statements); n < FileBaseLocks+20*8 || n > LockBudget(nil) {
		t.Fatalf("estimate %d for 20 tables", n)
	}
	if parts := p.Transactions(0); len(parts) != 1 {
		t.Fatalf("budget 0 cut the plan into %d parts", len(parts))
	}
}

// TestTransactionsCutsInDependencyOrder: a plan over budget comes back as
// parts within budget that hold every statement once, in an order that
// keeps every dependency, each table's statements but its foreign keys in
// one part with its policies, and tables whose policies read each other
// together.
func TestTransactionsCutsInDependencyOrder(t *testing.T) {
	p, err := Offline(loadHCL(t, "s.hcl", splitSchemaHCL(120)), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const budget = 400
	parts := p.Transactions(budget)
	if len(parts) < 4 {
		t.Fatalf("%d parts for a plan estimated at %d locks and a budget of %d", len(parts), p.EstimateLocks(p.Statements), budget)
	}
	var flat []*Statement
	partOf := map[*Statement]int{}
	for i, part := range parts {
		if n := p.EstimateLocks(part); n > budget {
			t.Errorf("part %d is estimated at %d locks, over the budget of %d", i+1, n, budget)
		}
		for _, s := range part {
			partOf[s] = i
		}
		flat = append(flat, part...)
	}
	if len(flat) != len(p.Statements) || len(partOf) != len(p.Statements) {
		t.Fatalf("parts hold %d statements (%d distinct), the plan %d", len(flat), len(partOf), len(p.Statements))
	}
	at := map[int]int{}
	for i, s := range flat {
		at[s.seq] = i
	}
	out, _ := p.graph.edges()
	for _, s := range flat {
		for to := range out[s.seq] {
			if at[to] < at[s.seq] {
				t.Errorf("%q runs after %q, which needs it", firstLine(s.SQL), firstLine(p.graph.stmts[to].SQL))
			}
		}
	}
	// Each table's unit (all but its foreign keys, with its policies).
	unitPart := map[string]int{}
	for _, s := range flat {
		owner, shared := unitOwner(s)
		if !shared {
			continue
		}
		if i, ok := unitPart[owner]; ok && i != partOf[s] {
			t.Errorf("%q is in part %d, the rest of its table in part %d", firstLine(s.SQL), partOf[s]+1, i+1)
		}
		unitPart[owner] = partOf[s]
	}
	if unitPart[tableKey("public", "ring_a")] != unitPart[tableKey("public", "ring_b")] {
		t.Error("ring_a and ring_b, whose policies read each other, are in different parts")
	}
}

func TestTransactionsNeverCutsNoTransactionOrImportRuns(t *testing.T) {
	desired := loadHCL(t, "s.hcl", splitSchemaHCL(30))
	current := desired.Clone()
	for _, tb := range desired.Tables() {
		for _, ix := range tb.Indexes {
			ix.Concurrently = true
			ix.Name += "_2"
		}
	}
	p, err := Build(current, desired, current, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Statements) < 60 || !p.Statements[0].NoTransaction && !p.Statements[len(p.Statements)-1].NoTransaction {
		t.Fatalf("expected a plan of concurrent index builds, got %d statements", len(p.Statements))
	}
	parts := p.Transactions(100)
	var noTx int
	for _, part := range parts {
		for _, s := range part {
			if s.NoTransaction {
				noTx++
			}
		}
	}
	for i, part := range parts[1:] {
		if part[0].NoTransaction && parts[i][len(parts[i])-1].NoTransaction {
			t.Errorf("a run of no-transaction statements was cut before %q", firstLine(part[0].SQL))
		}
	}
	if noTx == 0 {
		t.Fatal("no no-transaction statement in the parts")
	}
}

func TestLockBudgetIsTheSmallerOfTheServersAndADefaultServers(t *testing.T) {
	def := DefaultServerLocks()
	if def.TableSize() != 6400 || LockBudget(nil) != 3200 {
		t.Fatalf("default server: lock table %d, budget %d; want 6400 and 3200", def.TableSize(), LockBudget(nil))
	}
	small := ServerLocks{MaxLocksPerTransaction: 32, MaxConnections: 20, MaxPreparedTransactions: 5}
	if got := LockBudget(&small); got != 32*25/2 {
		t.Errorf("a small server's budget is %d, want %d", got, 32*25/2)
	}
	large := ServerLocks{MaxLocksPerTransaction: 1024, MaxConnections: 500}
	if got := LockBudget(&large); got != LockBudget(nil) {
		t.Errorf("a large server raised the budget to %d: files must apply on a default server too", got)
	}
	if got := LockBudget(&ServerLocks{}); got != LockBudget(nil) {
		t.Errorf("unknown settings give a budget of %d", got)
	}
}
