package hclschema

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/models"
)

// mustLoad loads files and fails the test on any error diagnostic.
func mustLoad(t *testing.T, path string) *models.Realm {
	t.Helper()
	r, diags := Load(path)
	if diags.HasErrors() {
		t.Fatalf("Load(%s):\n%s", path, printed(t, diags))
	}
	return r
}

func printed(t *testing.T, diags hcl.Diagnostics) string {
	t.Helper()
	var buf bytes.Buffer
	if err := PrintDiagnostics(&buf, diags, false); err != nil {
		t.Fatalf("printing diagnostics: %v", err)
	}
	return buf.String()
}

func assertRealm(t *testing.T, got, want *models.Realm) {
	t.Helper()
	if d := models.Differences(got, want); len(d) > 0 {
		t.Fatalf("realm differs (got != want):\n%s", strings.Join(d, "\n"))
	}
}

func monitoringRealm() *models.Realm {
	uuidType := models.Type{Name: "uuid"}
	text := models.Type{Name: "text"}
	tstz := models.Type{Name: "timestamp with time zone"}
	jsonb := models.Type{Name: "jsonb"}
	policy := func(table string) []*models.Policy {
		return []*models.Policy{{Name: table + "_service_role_all", Command: models.PolicyAll, As: models.PolicyPermissive,
			Roles: []string{"service_role"}, Using: "true", Check: "true"}}
	}
	checks := &models.Table{
		Schema: "public", Name: "service_health_checks",
		Comment: "One row per probe of a service by the health prober",
		Columns: []*models.Column{
			{Name: "id", Type: uuidType, Default: "gen_random_uuid()"},
			{Name: "service_name", Type: text, Comment: "Name of the probed service, as the prober knows it"},
			{Name: "status", Type: text, Comment: "healthy, degraded or down"},
			{Name: "latency_ms", Type: models.Type{Name: "integer"}, Nullable: true, Comment: "Round-trip time of the probe in milliseconds; null when the probe timed out"},
			{Name: "error_message", Type: text, Nullable: true},
			{Name: "probe_details", Type: jsonb, Nullable: true, Comment: "Raw probe output, for debugging"},
			{Name: "checked_at", Type: tstz, Default: "now()", Comment: "When the probe ran"},
			{Name: "created_at", Type: tstz, Default: "now()"},
		},
		PrimaryKey: &models.PrimaryKey{Name: "service_health_checks_pkey", Columns: []string{"id"}},
		Checks: []*models.Check{
			{Name: "service_health_checks_status_check", Expr: "status IN ('healthy', 'degraded', 'down')"},
			{Name: "service_health_checks_latency_ms_check", Expr: "latency_ms >= 0"},
		},
		Indexes: []*models.Index{
			{Name: "idx_service_health_checks_created_at", Method: models.IndexBTree, Parts: []models.IndexPart{{Column: "created_at"}}},
			{Name: "idx_service_health_checks_service_created", Method: models.IndexBTree, Parts: []models.IndexPart{
				{Column: "service_name"}, {Column: "created_at", Desc: true, NullsFirst: true}}},
		},
		RowSecurity: models.RowSecurity{Enabled: true},
		Policies:    policy("service_health_checks"),
		Lifecycle:   models.Lifecycle{PreventDestroy: true},
	}
	alerts := &models.Table{
		Schema: "public", Name: "alert_events",
		Comment: "One row per alert raised by the health prober",
		Columns: []*models.Column{
			{Name: "id", Type: uuidType, Default: "gen_random_uuid()"},
			{Name: "service_name", Type: text},
			{Name: "alert_type", Type: text, Comment: "service_down, service_degraded or recovery"},
			{Name: "status", Type: text, Default: "'active'", Comment: "active, acknowledged or resolved"},
			{Name: "message", Type: text},
			{Name: "details", Type: jsonb, Nullable: true},
			{Name: "health_check_id", Type: uuidType, Nullable: true, Comment: "The health check that raised the alert; null once that check is deleted"},
			{Name: "created_at", Type: tstz, Default: "now()"},
			{Name: "acknowledged_at", Type: tstz, Nullable: true},
			{Name: "resolved_at", Type: tstz, Nullable: true},
		},
		PrimaryKey: &models.PrimaryKey{Name: "alert_events_pkey", Columns: []string{"id"}},
		Checks: []*models.Check{
			{Name: "alert_events_alert_type_check", Expr: "alert_type IN ('service_down', 'service_degraded', 'recovery')"},
			{Name: "alert_events_status_check", Expr: "status IN ('active', 'acknowledged', 'resolved')"},
		},
		ForeignKeys: []*models.ForeignKey{{Name: "alert_events_health_check_id_fkey", Columns: []string{"health_check_id"},
			RefSchema: "public", RefTable: "service_health_checks", RefColumns: []string{"id"},
			OnDelete: models.ActionSetNull, OnUpdate: models.ActionNoAction}},
		Indexes: []*models.Index{
			{Name: "idx_alert_events_created_at", Method: models.IndexBTree, Parts: []models.IndexPart{{Column: "created_at"}}},
			{Name: "idx_alert_events_service_created", Method: models.IndexBTree, Parts: []models.IndexPart{
				{Column: "service_name"}, {Column: "created_at", Desc: true, NullsFirst: true}}},
			{Name: "idx_alert_events_active", Method: models.IndexBTree, Parts: []models.IndexPart{{Column: "service_name"}}, Where: "status = 'active'"},
		},
		RowSecurity: models.RowSecurity{Enabled: true},
		Policies:    policy("alert_events"),
		Lifecycle:   models.Lifecycle{PreventDestroy: true},
	}
	// Supabase's API roles keep the grants its default privileges give.
	return &models.Realm{Schemas: []*models.Schema{{Name: "public", Tables: []*models.Table{checks, alerts},
		IgnoreGrantsTo: []string{"anon", "authenticated", "service_role"}}}}
}

func TestLoadMonitoringSchema(t *testing.T) {
	got := mustLoad(t, "../../schema")
	assertRealm(t, got, monitoringRealm())
	if s := got.Schema("public"); s == nil || s.Exclusive {
		t.Fatalf("public must be declared and not exclusive: %+v", s)
	}
}

// The first example of docs/hcl.md, with the table it references in a second
// file that sorts after it.
func TestLoadSpecExample(t *testing.T) {
	r := mustLoad(t, "../../testdata/hcl/spec")
	ae := r.Table("public", "alert_events")
	if ae == nil {
		t.Fatal("alert_events not loaded")
	}
	want := map[string]models.Column{
		"severity":    {Name: "severity", Type: models.Type{Name: "alert_severity", EnumSchema: "public"}},
		"message":     {Name: "message", Type: models.Type{Name: "character varying", Modifiers: []int{500}}},
		"status":      {Name: "status", Type: models.Type{Name: "text"}, Default: "'active'"},
		"resolved_at": {Name: "resolved_at", Type: models.Type{Name: "timestamp with time zone"}, Nullable: true},
	}
	for name, w := range want {
		c := ae.Column(name)
		if c == nil || !c.Type.Equal(w.Type) || c.Nullable != w.Nullable || c.Default != w.Default {
			t.Errorf("column %s = %+v, want %+v", name, c, w)
		}
	}
	if e := r.Enum("public", "alert_severity"); e == nil || strings.Join(e.Values, ",") != "info,warning,critical" {
		t.Errorf("enum alert_severity = %+v", e)
	}
	fk := ae.ForeignKey("alert_events_check_fk")
	if fk == nil || fk.RefTable != "service_health_checks" || fk.OnDelete != models.ActionSetNull || fk.RefColumns[0] != "id" {
		t.Errorf("foreign key = %+v", fk)
	}
	if ae.PrimaryKey == nil || ae.PrimaryKey.Name != "alert_events_pkey" {
		t.Errorf("primary key = %+v", ae.PrimaryKey)
	}
	p := ae.Policy("alert_events_service_role_all")
	if p == nil || p.As != models.PolicyPermissive || p.Command != models.PolicyAll || p.Check != "true" {
		t.Errorf("policy = %+v", p)
	}
	if !ae.RowSecurity.Enabled || ae.RowSecurity.Forced || !ae.Lifecycle.PreventDestroy {
		t.Errorf("row security / lifecycle = %+v %+v", ae.RowSecurity, ae.Lifecycle)
	}
}

func printedFiles(t *testing.T, diags hcl.Diagnostics, files map[string][]byte) string {
	t.Helper()
	var buf bytes.Buffer
	if err := (&Printer{Sources: files}).Print(&buf, diags); err != nil {
		t.Fatalf("printing diagnostics: %v", err)
	}
	return buf.String()
}

func BenchmarkLoadMonitoring(b *testing.B) {
	for b.Loop() {
		if _, diags := Load("../../schema"); diags.HasErrors() {
			b.Fatal(diags)
		}
	}
}

func BenchmarkWriteMonitoring(b *testing.B) {
	r, diags := Load("../../schema")
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	for b.Loop() {
		Write(r)
	}
}
