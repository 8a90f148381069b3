package fuzzgen

import (
	"slices"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
)

// load writes r as HCL and loads it back: the loader must accept it
// and give r again.
func load(t *testing.T, what string, r *models.Realm) *models.Realm {
	t.Helper()
	src := hclschema.Write(r)
	back, diags := hclschema.LoadFiles(map[string][]byte{"main.hcl": src})
	if diags.HasErrors() {
		t.Fatalf("%s: the loader refuses the generated HCL: %s\n%s", what, diags.Error(), src)
	}
	for i := range back.Moves {
		back.Moves[i].Source = "" // where the block is, not what it says
	}
	if d := models.Differences(back, r); len(d) > 0 {
		t.Fatalf("%s: the loaded HCL differs from the generated model:\n  %s\n%s", what, strings.Join(d, "\n  "), src)
	}
	return back
}

// TestGeneratedModelsLoad draws many realms and changes and requires
// each to be valid HCL that loads into the model drawn.
func TestGeneratedModelsLoad(t *testing.T) {
	for seed := range uint64(400) {
		a := load(t, "A", Generate(seed))
		load(t, "B", Mutate(seed, a))
	}
}

// TestDrawsAreSeeded: the same seed draws the same realm, change and
// rows; another seed draws another.
func TestDrawsAreSeeded(t *testing.T) {
	a1, a2 := Generate(7), Generate(7)
	if !models.Equal(a1, a2) {
		t.Fatal("Generate(7) drew two realms")
	}
	if !models.Equal(Mutate(7, a1), Mutate(7, a2)) || Rows(7, a1) != Rows(7, a2) {
		t.Fatal("Mutate or Rows drew differently from one seed")
	}
	if models.Equal(Generate(7), Generate(8)) {
		t.Fatal("seeds 7 and 8 drew the same realm")
	}
}

// TestKindsAreDrawn: across a few seeds every kind of object the model
// holds appears, so none is silently left out.
func TestKindsAreDrawn(t *testing.T) {
	seen := map[string]bool{}
	for seed := range uint64(200) {
		r := Generate(seed)
		for _, s := range r.Schemas {
			seen["enum"] = seen["enum"] || len(s.Enums) > 0
			seen["exclusive"] = seen["exclusive"] || s.Exclusive
			seen["sequence"] = seen["sequence"] || len(s.Sequences) > 0
			seen["domain"] = seen["domain"] || len(s.Domains) > 0
			seen["composite"] = seen["composite"] || len(s.Composites) > 0
			seen["function"] = seen["function"] || len(s.Functions) > 0
			for _, v := range s.Views {
				seen["view"] = seen["view"] || !v.Materialized
				seen["materialized view"] = seen["materialized view"] || v.Materialized
			}
		}
		seen["extension"] = seen["extension"] || len(r.Extensions) > 0
		for _, m := range Mutate(seed, r).Moves {
			seen["moved "+m.Kind] = true
		}
		for _, tb := range r.Tables() {
			kinds(tb, seen)
		}
	}
	for _, k := range []string{"enum", "exclusive", "identity", "serial", "default", "pk", "composite pk", "unique", "check",
		"fk", "multi-column fk", "gin", "brin", "gist", "hash", "desc", "partial", "expression", "include", "comment",
		"row security", "policy", "restrictive", "odd name", "63-byte name",
		"sequence", "nextval default", "generated", "identity options", "collation", "storage parameters", "replica identity",
		"unlogged", "nulls not distinct", "no inherit", "match full", "index parameters", "partitioned", "partition",
		"moved table", "moved column",
		"domain", "composite", "extension", "grant", "view", "materialized view", "function", "trigger", "policy calling a function"} {
		if !seen[k] {
			t.Errorf("no seed of 200 drew a %s", k)
		}
	}
}

func kinds(tb *models.Table, seen map[string]bool) {
	mark := func(k string, ok bool) { seen[k] = seen[k] || ok }
	mark("comment", tb.Comment != "")
	mark("row security", tb.RowSecurity.Enabled)
	mark("odd name", strings.ContainsAny(tb.Name, ` "'.`))
	mark("63-byte name", len(tb.Name) == models.MaxIdentifierLength)
	mark("storage parameters", len(tb.StorageParameters) > 0)
	mark("grant", len(tb.Grants) > 0)
	mark("trigger", len(tb.Triggers) > 0)
	mark("replica identity", tb.ReplicaIdentity != "")
	mark("unlogged", tb.Unlogged)
	mark("partitioned", tb.Partition != nil)
	mark("partition", tb.PartitionOf != nil)
	for _, c := range tb.Columns {
		mark("nextval default", strings.HasPrefix(c.Default, "nextval("))
		mark("generated", c.Generated != "")
		mark("identity options", c.Identity != nil && (c.Identity.Start != 0 || c.Identity.Increment != 0))
		mark("collation", c.Collation != "")
		mark("identity", c.Identity != nil)
		mark("serial", c.Serial)
		mark("default", c.Default != "")
	}
	if pk := tb.PrimaryKey; pk != nil {
		mark("pk", true)
		mark("composite pk", len(pk.Columns) > 1)
	}
	mark("unique", len(tb.Uniques) > 0)
	for _, u := range tb.Uniques {
		mark("nulls not distinct", u.NullsNotDistinct)
	}
	for _, c := range tb.Checks {
		mark("no inherit", c.NoInherit)
	}
	mark("check", len(tb.Checks) > 0)
	for _, fk := range tb.ForeignKeys {
		mark("fk", true)
		mark("multi-column fk", len(fk.Columns) > 1)
		mark("match full", fk.MatchFull)
	}
	for _, ix := range tb.Indexes {
		mark(ix.Method, true)
		mark("partial", ix.Where != "")
		mark("include", len(ix.Include) > 0)
		mark("index parameters", len(ix.StorageParameters) > 0)
		for _, p := range ix.Parts {
			mark("desc", p.Desc)
			mark("expression", p.Expr != "")
		}
	}
	for _, p := range tb.Policies {
		mark("policy", true)
		mark("policy calling a function", strings.Contains(p.Using+p.Check, "(1) > 0"))
		mark("restrictive", p.As == models.PolicyRestrictive)
	}
}

// TestRowsKeepNullsNotDistinctKeysUnique: a unique key with NULLS NOT
// DISTINCT counts NULLs as equal, so the rows never hold NULL in its
// columns (seed 626268 drew two rows with NULL in such a key, and the
// fuzzer's INSERT failed before B was planned).
func TestRowsKeepNullsNotDistinctKeysUnique(t *testing.T) {
	seen := 0
	for _, seed := range append([]uint64{626268}, seedRange(0, 400)...) {
		g := newGen(seed, 3, Generate(seed).Normalize())
		for _, tb := range g.realm.Tables() {
			for _, u := range tb.Uniques {
				if !u.NullsNotDistinct {
					continue
				}
				seen++
				for _, row := range g.rowValues(tb, tb.Columns, 6) {
					for j, c := range tb.Columns {
						if slices.Contains(u.Columns, c.Name) && row[j] == "NULL" {
							t.Fatalf("seed %d: table %s: a row holds NULL in %s, a column of NULLS NOT DISTINCT key %s", seed, tb.Name, c.Name, u.Name)
						}
					}
				}
			}
		}
	}
	if seen == 0 {
		t.Fatal("no seed drew a NULLS NOT DISTINCT key: the test checks nothing")
	}
}

func seedRange(from, to uint64) []uint64 {
	var out []uint64
	for s := from; s < to; s++ {
		out = append(out, s)
	}
	return out
}

// TestViewColumnsFollowRetypedColumns: a view's column blocks give the
// types its query returns, so when B changes the type of a column a view
// selects, B's view declares the new type (seeds 663513122 and 663513150
// kept the old one and the plan rightly refused the view).
func TestViewColumnsFollowRetypedColumns(t *testing.T) {
	checked := 0
	for _, seed := range append([]uint64{663513122, 663513150}, seedRange(0, 400)...) {
		b := Mutate(seed, Generate(seed))
		for _, v := range b.Views() {
			for _, tb := range b.Tables() {
				if !strings.HasSuffix(v.Definition, " FROM "+tb.QualifiedName()) && !strings.Contains(v.Definition, " FROM "+tb.QualifiedName()+" WHERE ") {
					continue
				}
				for _, vc := range v.Columns {
					if c := tb.Column(vc.Name); c != nil {
						checked++
						if !vc.Type.Equal(c.Type) {
							t.Fatalf("seed %d: view %s declares column %s as %s, but %s's column is %s", seed, v.Name, vc.Name, vc.Type.SQL(), tb.Name, c.Type.SQL())
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no view column was checked")
	}
}

// TestCollationChangesSpareWhatPostgreSQLCannotRecheck: PostgreSQL
// refuses to change the collation of a column a generated column or a
// policy reads, so B never does (seed 1282519619 did).
func TestCollationChangesSpareWhatPostgreSQLCannotRecheck(t *testing.T) {
	changed := 0
	for _, seed := range append([]uint64{1282519619}, seedRange(0, 2000)...) {
		a := Generate(seed)
		b := Mutate(seed, a)
		for _, ta := range a.Tables() {
			tb := b.Table(ta.Schema, ta.Name)
			for _, m := range b.Moves {
				if m.Kind == models.MoveTable && m.Schema == ta.Schema && m.From == ta.Name {
					tb = b.Table(m.Schema, m.To)
				}
			}
			if tb == nil {
				continue
			}
			for _, ca := range ta.Columns {
				cb := tb.Column(ca.Name)
				if cb == nil || cb.Collation == ca.Collation || !cb.Type.Equal(ca.Type) {
					continue
				}
				changed++
				for _, o := range ta.Columns {
					if mentions(o.Generated, ca.Name) {
						t.Fatalf("seed %d: %s.%s changes collation but generated column %s reads it", seed, ta.Name, ca.Name, o.Name)
					}
				}
				for _, p := range ta.Policies {
					if mentions(p.Using, ca.Name) || mentions(p.Check, ca.Name) {
						t.Fatalf("seed %d: %s.%s changes collation but policy %s reads it", seed, ta.Name, ca.Name, p.Name)
					}
				}
			}
		}
	}
	if changed == 0 {
		t.Fatal("no seed changed a collation: the test checks nothing")
	}
}

// TestDrawsDoNotPanic draws many realms, changes and rows without a
// database: a panic in the generator would end a whole fuzz run (seed
// 1488 did, in Mutate).
func TestDrawsDoNotPanic(t *testing.T) {
	n := uint64(3000)
	if testing.Short() {
		n = 300
	}
	for seed := range n {
		a := Generate(seed)
		Rows(seed, a)
		Mutate(seed, a)
	}
}

// TestPreventDestroyIsKept: a table A protects with prevent_destroy is in
// B, under its name or the one a moved block gives it (seed 1282519786
// lifted the flag and dropped the table in one change, which the plan
// rightly refuses).
func TestPreventDestroyIsKept(t *testing.T) {
	protected := 0
	for _, seed := range append([]uint64{1282519786}, seedRange(0, 2000)...) {
		a := Generate(seed)
		b := Mutate(seed, a)
		for _, ta := range a.Tables() {
			if !ta.Lifecycle.PreventDestroy {
				continue
			}
			protected++
			name := ta.Name
			for _, m := range b.Moves {
				if m.Kind == models.MoveTable && m.Schema == ta.Schema && m.From == ta.Name {
					name = m.To
				}
			}
			if b.Table(ta.Schema, name) == nil {
				t.Fatalf("seed %d: B drops %s.%s, which A protects with prevent_destroy", seed, ta.Schema, ta.Name)
			}
		}
	}
	if protected == 0 {
		t.Fatal("no table was protected: the test checks nothing")
	}
}
