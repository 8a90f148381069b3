package hclschema

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// roundTrip checks Load(Write(r)) == r and that Write's output is already
// in fmt layout.
func roundTrip(t *testing.T, r *models.Realm) []byte {
	t.Helper()
	out := Write(r)
	back, diags := LoadFiles(map[string][]byte{"written.hcl": out})
	if diags.HasErrors() {
		t.Fatalf("Load(Write(r)) fails:\n%s\n--- written:\n%s", printedFiles(t, diags, map[string][]byte{"written.hcl": out}), out)
	}
	if d := models.Differences(back, r); len(d) > 0 {
		t.Fatalf("Load(Write(r)) != r:\n%s\n--- written:\n%s", strings.Join(d, "\n"), out)
	}
	if formatted := Format(out); string(formatted) != string(out) {
		t.Fatalf("Write output is not in fmt layout:\n--- written:\n%s\n--- formatted:\n%s", out, formatted)
	}
	return out
}

func TestWriteRoundTripMonitoring(t *testing.T) {
	roundTrip(t, mustLoad(t, "../../schema"))
}

func TestWriteRoundTripSpecExample(t *testing.T) {
	roundTrip(t, mustLoad(t, "../../testdata/hcl/spec"))
}

// A realm built in Go with names only quoting can carry, and every
// feature the writer has a special case for, survives Load(Write(m)).
func TestWriteRoundTripOddIdentifiers(t *testing.T) {
	long := strings.Repeat("x", models.MaxIdentifierLength)
	names := []string{`we"ird`, "with space", "ünïcödé", long, "select", "1st", "a-b", "${x}", `back\slash`, "%{if}"}
	var cols []*models.Column
	for _, n := range names {
		cols = append(cols, &models.Column{Name: n, Type: models.Type{Name: "text"}, Nullable: true,
			Default: models.QuoteLiteral(n), Comment: "comment of " + n})
	}
	cols = append(cols,
		&models.Column{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityByDefault}},
		&models.Column{Name: "mood", Type: models.Type{Name: "Mood Ring", EnumSchema: "odd schema"}, Default: "'ok'::\"odd schema\".\"Mood Ring\""},
		&models.Column{Name: "moods", Type: models.Type{Name: "Mood Ring", EnumSchema: "odd schema", Array: true}, Nullable: true},
		&models.Column{Name: "v", Type: models.Type{Name: "vector", Modifiers: []int{3}}, Nullable: true},
		&models.Column{Name: "n", Type: models.Type{Name: "numeric", Modifiers: []int{12, 2}}, Default: "0.25"},
		&models.Column{Name: "flag", Type: models.Type{Name: "boolean"}, Default: "false"},
	)
	table := &models.Table{
		Schema: "odd schema", Name: "Table \"One\"", Comment: "line one\nline two",
		Columns:    cols,
		PrimaryKey: &models.PrimaryKey{Name: "custom pk", Columns: []string{"id"}},
		Uniques:    []*models.Unique{{Name: "u " + long[:61], Columns: []string{"select", "1st"}}},
		Checks:     []*models.Check{{Name: "chk", Expr: `"select" <> '${x}'`}},
		ForeignKeys: []*models.ForeignKey{{Name: "self fk", Columns: []string{"id"}, RefSchema: "odd schema", RefTable: "Table \"One\"",
			RefColumns: []string{"id"}, OnDelete: models.ActionCascade, OnUpdate: models.ActionSetDefault, Deferrable: true, InitiallyDeferred: true}},
		Indexes: []*models.Index{
			{Name: "ix expr", Method: models.IndexBTree, Parts: []models.IndexPart{{Expr: "lower(\"with space\")", Desc: true}, {Column: "a-b", NullsFirst: true, OpClass: "ext.my_ops", Collation: "C"}},
				Where: "id > 0", Include: []string{"we\"ird"}, Concurrently: true, Unique: true},
			{Name: "ix gin", Method: models.IndexGIN, Parts: []models.IndexPart{{Column: "moods"}}},
		},
		RowSecurity: models.RowSecurity{Enabled: true, Forced: true},
		Policies: []*models.Policy{{Name: "p ü", Command: models.PolicyUpdate, As: models.PolicyRestrictive,
			Roles: []string{models.RolePublic, "role with space"}, Using: "true", Check: "id > 0"}},
		Lifecycle: models.Lifecycle{PreventDestroy: true},
	}
	// The same table name in a second schema forces two-label tables and
	// table.SCHEMA.NAME references.
	twin := &models.Table{Schema: "public", Name: "Table \"One\"",
		Columns:    []*models.Column{{Name: "id", Type: models.Type{Name: "bigint"}}, {Name: "other", Type: models.Type{Name: "bigint"}}},
		PrimaryKey: &models.PrimaryKey{Name: "twin_pkey", Columns: []string{"id"}},
		ForeignKeys: []*models.ForeignKey{{Name: "to odd", Columns: []string{"other"}, RefSchema: "odd schema", RefTable: "Table \"One\"",
			RefColumns: []string{"id"}}},
	}
	r := &models.Realm{Schemas: []*models.Schema{
		{Name: "odd schema", Exclusive: true, Tables: []*models.Table{table},
			Enums: []*models.Enum{{Schema: "odd schema", Name: "Mood Ring", Values: []string{"ok", "it's", long}}}},
		{Name: "public", Tables: []*models.Table{twin}},
	}}
	out := roundTrip(t, r)
	if !strings.Contains(string(out), `table "public" "Table \"One\""`) {
		t.Errorf("twin tables must be written with two labels:\n%s", out)
	}
}

func TestWriteEmptyRealm(t *testing.T) {
	if out := Write(&models.Realm{}); len(out) != 0 {
		t.Fatalf("Write(empty) = %q", out)
	}
	roundTrip(t, &models.Realm{Schemas: []*models.Schema{{Name: "public"}}})
}
