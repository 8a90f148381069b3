package main

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// runInspectCLI runs `schemactl inspect args...` in-process with the given
// environment and returns the exit status, stdout and stderr.
func runInspectCLI(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	return runCLI(t, env, append([]string{"inspect"}, args...)...)
}

const inspectCLISQL = `
CREATE SCHEMA reporting;
CREATE TYPE alert_severity AS ENUM ('info', 'warning', 'critical');
CREATE TABLE public.migrations (version integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.performance_metrics (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_name text NOT NULL,
    latency_ms integer CHECK (latency_ms >= 0),
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX performance_metrics_service_idx ON performance_metrics (service_name, recorded_at DESC);
CREATE TABLE public.alert_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    severity alert_severity NOT NULL,
    metric_id bigint REFERENCES performance_metrics (id) ON DELETE SET NULL
);
ALTER TABLE alert_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY alert_events_read ON alert_events FOR SELECT TO authenticated USING (true);
CREATE TABLE reporting.daily (day date PRIMARY KEY);
`

func TestInspectCommand(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, inspectCLISQL)

	t.Run("whole database through DATABASE_URL", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, map[string]string{"DATABASE_URL": url})
		if status != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", status, errOut)
		}
		realm := loadInspected(t, out)
		if got := tableNames(realm); got != "public.alert_events public.performance_metrics reporting.daily" {
			t.Fatalf("tables %q; the migrations table must be left out\n%s", got, out)
		}
		if realm.Enum("public", "alert_severity") == nil {
			t.Fatalf("enum alert_severity missing:\n%s", out)
		}
		pm := realm.Table("public", "performance_metrics")
		if pm.Column("id").Identity == nil || len(pm.Checks) != 1 || pm.Checks[0].Expr != "latency_ms >= 0" {
			t.Fatalf("performance_metrics read wrongly: %+v", pm)
		}
		if p := realm.Table("public", "alert_events").Policy("alert_events_read"); p == nil || p.Command != models.PolicySelect {
			t.Fatalf("policy missing or wrong: %+v\n%s", p, out)
		}
	})

	t.Run("--tables narrows and pulls in the enums it uses", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, nil, "--database-url", url, "--tables", "alert_events,public.performance_metrics")
		if status != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", status, errOut)
		}
		realm := loadInspected(t, out)
		if got := tableNames(realm); got != "public.alert_events public.performance_metrics" {
			t.Fatalf("tables %q\n%s", got, out)
		}
		if realm.Schema("reporting") != nil || realm.Enum("public", "alert_severity") == nil {
			t.Fatalf("want no reporting schema and the enum:\n%s", out)
		}
	})

	t.Run("--tables prints the tables its foreign keys reference as data blocks", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, nil, "--database-url", url, "--tables", "alert_events")
		if status != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", status, errOut)
		}
		realm := loadInspected(t, out)
		if got := tableNames(realm); got != "public.alert_events" {
			t.Fatalf("tables %q\n%s", got, out)
		}
		d := realm.DataTable("public", "performance_metrics")
		if d == nil || len(d.Columns) != 1 || d.Columns[0].Name != "id" || d.Columns[0].Type.Name != "bigint" {
			t.Fatalf("want a data block for performance_metrics with its id column:\n%s", out)
		}
		if fk := realm.Table("public", "alert_events").ForeignKeys; len(fk) != 1 || fk[0].RefTable != "performance_metrics" {
			t.Fatalf("the foreign key must reference the data table: %+v\n%s", fk, out)
		}
		if !strings.Contains(errOut, "Note: 1 table outside the selection that foreign keys reference is printed as a data block") ||
			!strings.Contains(errOut, ": public.performance_metrics\n") {
			t.Fatalf("stderr %q", errOut)
		}
	})

	t.Run("--schemas", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, nil, "--database-url", url, "--schemas", "reporting")
		if status != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", status, errOut)
		}
		if got := tableNames(loadInspected(t, out)); got != "reporting.daily" {
			t.Fatalf("tables %q\n%s", got, out)
		}
	})

	t.Run("another migrations table is excluded instead", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, nil, "--database-url", url, "--schemas", "public", "--migrations-table", "public.alert_events")
		if status != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", status, errOut)
		}
		if got := tableNames(loadInspected(t, out)); got != "public.migrations public.performance_metrics" {
			t.Fatalf("tables %q\n%s", got, out)
		}
	})

	t.Run("no database URL", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, nil)
		if status != exitError || out != "" || !strings.Contains(errOut, "no database URL") {
			t.Fatalf("exit %d, stdout %q, stderr %q", status, out, errOut)
		}
	})

	t.Run("stray argument", func(t *testing.T) {
		status, _, errOut := runInspectCLI(t, nil, "--database-url", url, "extra")
		if status != exitError || !strings.Contains(errOut, "extra") {
			t.Fatalf("exit %d, stderr %q", status, errOut)
		}
	})
}

func TestInspectCommandUnreachableHidesPassword(t *testing.T) {
	t.Parallel()
	const password = "s3cr3t-Pa55word"
	// Port 1 on localhost refuses connections at once.
	url := "postgres://admin:" + password + "@127.0.0.1:1/app?sslmode=disable&connect_timeout=5"
	status, out, errOut := runInspectCLI(t, nil, "--database-url", url)
	if status != exitError {
		t.Fatalf("exit %d, want %d", status, exitError)
	}
	if out != "" {
		t.Fatalf("stdout %q, want nothing", out)
	}
	if strings.Contains(errOut, password) || strings.Contains(out, password) {
		t.Fatalf("password leaked: %s", errOut)
	}
	if !strings.Contains(errOut, "127.0.0.1") {
		t.Fatalf("the error should name the server: %s", errOut)
	}
}

// loadInspected loads inspect's output and fails on any diagnostic.
func loadInspected(t *testing.T, out string) *models.Realm {
	t.Helper()
	realm, diags := hclschema.LoadFiles(map[string][]byte{"inspected.hcl": []byte(out)})
	if len(diags) > 0 {
		t.Fatalf("inspect output does not load: %s\n%s", diags.Error(), out)
	}
	return realm
}

func tableNames(r *models.Realm) string {
	var names []string
	for _, t := range r.Tables() {
		names = append(names, t.Schema+"."+t.Name)
	}
	return strings.Join(names, " ")
}
