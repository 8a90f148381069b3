package plan

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

const metricsHCL = `
schema "public" {}
table "performance_metrics" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = text }
  primary_key { columns = [column.id] }
  index "performance_metrics_name_idx" { columns = [column.name] }
  row_security { enabled = true }
}
policy "metrics_read" {
  on    = table.performance_metrics
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
`

func withImport(t *testing.T, src string) *models.Realm {
	r := loadHCL(t, "m.hcl", src)
	r.Imports = []models.Import{{Kind: models.ImportTable, Schema: "public", Name: "performance_metrics"}}
	return r
}

// TestExistingTableNeedsImport: a declared table the database has but no
// migration made is neither created (it would fail) nor silently taken
// over: the plan fails and names the import block to write.
func TestExistingTableNeedsImport(t *testing.T) {
	live := loadHCL(t, "live.hcl", metricsHCL)
	_, err := Build(live, loadHCL(t, "m.hcl", metricsHCL), nil, Options{})
	var ee *ExistsError
	if !errors.As(err, &ee) || len(ee.Addresses) != 1 || ee.Addresses[0] != "table.public.performance_metrics" {
		t.Fatalf("err = %v, want an ExistsError for table.public.performance_metrics", err)
	}
	if !strings.Contains(err.Error(), "to = table.performance_metrics") {
		t.Errorf("error does not show the import block: %v", err)
	}
}

// TestImportOfAnEqualTable: with an import block, an existing table that
// equals its declaration (policies included) is one import change with no
// statement, counted apart.
func TestImportOfAnEqualTable(t *testing.T) {
	live := loadHCL(t, "live.hcl", metricsHCL)
	p, err := Build(live, withImport(t, metricsHCL), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Changes) != 2 || p.Changes[0].Action != ActionImport || p.Changes[1].Action != ActionImport || len(p.Statements) != 0 {
		t.Fatalf("plan = %v (%d statements), want the table and its policy imported and no SQL", p.Addresses(), len(p.Statements))
	}
	if s := p.Summary(); s.Import != 2 || s.Add+s.Change+s.Destroy != 0 {
		t.Fatalf("summary = %+v", s)
	}
}

// TestImportOfADifferentTable: each kind of difference between the
// database and the declaration fails the import, naming it.
func TestImportOfADifferentTable(t *testing.T) {
	cases := map[string]struct{ from, to, want string }{
		"column type":  {`column "name" { type = text }`, `column "name" { type = varchar(10) }`, "column name type"},
		"nullability":  {`column "name" { type = text }`, "column \"name\" {\n type = text\n null = true\n }", "NOT NULL -> NULL"},
		"default":      {`column "name" { type = text }`, "column \"name\" {\n type = text\n default = \"x\"\n }", "default"},
		"check":        {`primary_key { columns = [column.id] }`, "primary_key { columns = [column.id] }\n check \"c\" { expr = \"id > 0\" }", "check c"},
		"index":        {`index "performance_metrics_name_idx" { columns = [column.name] }`, "", "index performance_metrics_name_idx"},
		"policy":       {`using = "true"`, `using = "false"`, "using"},
		"row security": {`row_security { enabled = true }`, `row_security { enabled = false }`, "row level security"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			live := loadHCL(t, "live.hcl", metricsHCL)
			declared := strings.Replace(metricsHCL, tc.from, tc.to, 1)
			if name == "row security" {
				declared = strings.Replace(declared, "policy \"metrics_read\"", "policy \"metrics_read\"", 1)
			}
			_, err := Build(live, withImport(t, declared), nil, Options{})
			var ie *ImportError
			if !errors.As(err, &ie) || ie.Address != "table.public.performance_metrics" {
				t.Fatalf("err = %v, want an ImportError", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error does not name the %s difference (%q): %v", name, tc.want, err)
			}
		})
	}
}

// TestImportOnAFreshDatabase: offline (the state stands for the
// database), the import creates the table: its statements, its policy's
// and the creation of its new schema are marked Import and run first.
func TestImportOnAFreshDatabase(t *testing.T) {
	src := strings.Replace(metricsHCL, `schema "public" {}`, "schema \"public\" {}\nschema \"app\" {}\ntable \"later\" {\n schema = schema.public\n column \"m\" { type = bigint }\n}", 1)
	src = strings.Replace(src, `table "performance_metrics" {
  schema = schema.public`, `table "performance_metrics" {
  schema = schema.app`, 1)
	desired := loadHCL(t, "m.hcl", src)
	desired.Imports = []models.Import{{Kind: models.ImportTable, Schema: "app", Name: "performance_metrics"}}
	p, err := Offline(desired, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := p.Summary(); s.Import != 2 || s.Add != 2 { // the table and its policy; schema app and table later
		t.Fatalf("summary = %+v, want 2 to import and 2 to add:\n%v", s, p.Addresses())
	}
	seenOther := false
	for _, s := range p.Statements {
		if !s.Import {
			seenOther = true
			continue
		}
		if seenOther {
			t.Fatalf("import statement %q after a statement outside the import", s.SQL)
		}
	}
	if !p.Statements[0].Import || !strings.Contains(p.Statements[0].SQL, `CREATE SCHEMA IF NOT EXISTS "app"`) {
		t.Fatalf("first statement %q: want the import's schema creation", p.Statements[0].SQL)
	}
}

// TestImportNeedingANewEnumIsRefused: an imported table cannot depend on
// an object the same plan creates outside the import.
func TestImportNeedingANewEnumIsRefused(t *testing.T) {
	src := strings.Replace(metricsHCL, `column "name" { type = text }`, `column "name" { type = enum.level }`, 1) +
		"enum \"level\" {\n schema = schema.public\n values = [\"a\"]\n}\n"
	_, err := Offline(withImport(t, src), nil, Options{})
	if err == nil || !strings.Contains(err.Error(), "enum public.level") {
		t.Fatalf("err = %v, want a refusal naming enum public.level", err)
	}
}

// TestManagedTableOwnsEverythingOnIt: undeclared policies, triggers,
// exclusion constraints and rules on a managed table are destroys; what
// the model cannot hold is unresolved, so the plan never says it matches.
func TestManagedTableOwnsEverythingOnIt(t *testing.T) {
	declared := loadHCL(t, "m.hcl", metricsHCL)
	live := declared.Clone()
	tb := live.Table("public", "performance_metrics")
	tb.Policies = append(tb.Policies, &models.Policy{Name: "rogue_all", Command: "ALL", As: "PERMISSIVE", Roles: []string{"anon"}, Using: "true"})
	tb.Objects = []*models.TableObject{
		{Kind: models.ObjectTrigger, Name: "trg", Definition: "CREATE TRIGGER trg ..."},
		{Kind: models.ObjectExclusion, Name: "ex", Definition: "EXCLUDE USING gist (id WITH =)"},
		{Kind: models.ObjectRule, Name: "r", Definition: "CREATE RULE r ..."},
	}
	tb.Unmodeled = []models.Attribute{{Object: "index performance_metrics_name_idx", Name: "nulls not distinct", Value: "NULLS NOT DISTINCT"}}
	_, err := Build(live, declared, declared, Options{})
	var de *DestroyError
	if !errors.As(err, &de) || len(de.Refused) != 4 {
		t.Fatalf("err = %v, want the policy, trigger, exclusion constraint and rule refused as destroys", err)
	}
	p, err := Build(live, declared, declared, Options{AllowDestroy: true})
	if err != nil {
		t.Fatal(err)
	}
	var sql []string
	for _, s := range p.Statements {
		sql = append(sql, s.SQL)
	}
	for _, want := range []string{`DROP POLICY "rogue_all"`, `DROP TRIGGER "trg"`, `DROP CONSTRAINT "ex"`, `DROP RULE "r"`} {
		if !strings.Contains(strings.Join(sql, "\n"), want) {
			t.Errorf("plan does not %s:\n%s", want, strings.Join(sql, "\n"))
		}
	}
	if len(p.Unresolved) != 1 || p.Matches() {
		t.Fatalf("unresolved = %v; want the NULLS NOT DISTINCT index, and no match", p.Unresolved)
	}
	onlyUnmodeled := declared.Clone()
	onlyUnmodeled.Table("public", "performance_metrics").Unmodeled = tb.Unmodeled
	p, err = Build(onlyUnmodeled, declared, declared, Options{})
	if err != nil || !p.Empty() || p.Matches() {
		t.Fatalf("plan of an unmodeled difference: empty %v, matches %v, err %v; want empty but not matching", p.Empty(), p.Matches(), err)
	}
}

// TestExclusiveSchemaNamesWhatItCannotDrop: in an exclusive schema, an
// object the model cannot hold (a view, a function) is undeclared, and no
// plan can drop it: the plan says so instead of matching.
func TestExclusiveSchemaNamesWhatItCannotDrop(t *testing.T) {
	declared := loadHCL(t, "m.hcl", strings.Replace(metricsHCL, `schema "public" {}`, `schema "public" { exclusive = true }`, 1))
	live := declared.Clone()
	live.Unsupported = []models.Object{{Kind: "view", Schema: "public", Name: "v"}, {Kind: "function", Schema: "other", Name: "f"}}
	p, err := Build(live, declared, declared, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Unresolved) != 1 || p.Unresolved[0].Object != "view v" || p.Matches() {
		t.Fatalf("unresolved = %v, want the view of the exclusive schema only", p.Unresolved)
	}
}
