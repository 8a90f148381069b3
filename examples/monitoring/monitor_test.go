package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/generated/monitoring"
	"github.com/schemactl/schemactl/internal/codegen/codegentest"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/testdb"
)

func monitoringDB(t *testing.T) string {
	t.Helper()
	realm, diags := hclschema.Load("../../schema/monitoring.hcl")
	if diags.HasErrors() {
		t.Fatalf("loading schema: %v", diags)
	}
	url := testdb.New(t)
	testdb.Exec(t, url, codegentest.DDL(realm))
	return url
}

func TestRunRecordsChecksAndAlerts(t *testing.T) {
	ctx := context.Background()
	conn := testdb.Connect(t, monitoringDB(t))

	var out bytes.Buffer
	if err := Run(ctx, conn, Probe{Service: "billing"}, &out); err != nil {
		t.Fatalf("Run (down): %v", err)
	}
	fast := int32(12)
	if err := Run(ctx, conn, Probe{Service: "search", LatencyMs: &fast}, &out); err != nil {
		t.Fatalf("Run (healthy): %v", err)
	}
	slow := int32(4000)
	if err := Run(ctx, conn, Probe{Service: "search", LatencyMs: &slow}, &out); err != nil {
		t.Fatalf("Run (degraded): %v", err)
	}
	text := out.String()
	for _, want := range []string{"billing is down", "raised alert", "search is healthy", "2 active alerts", "service_degraded"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	alerts, err := ActiveAlerts(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	if len(alerts) != 2 || alerts[0].ServiceName != "billing" || alerts[0].Status != monitoring.AlertEventStatusActive || alerts[0].HealthCheckID == nil {
		t.Fatalf("active alerts: %+v", alerts)
	}
	check, err := monitoring.GetServiceHealthCheck(ctx, conn, *alerts[0].HealthCheckID)
	if err != nil {
		t.Fatal(err)
	}
	if check.Status != monitoring.ServiceHealthCheckStatusDown || check.LatencyMs != nil {
		t.Fatalf("health check of the alert: %+v", check)
	}

	// Resolving an alert with Update takes it off the list.
	a := alerts[0]
	a.Status = monitoring.AlertEventStatusResolved
	now := a.CreatedAt
	a.ResolvedAt = &now
	if err := a.Update(ctx, conn); err != nil {
		t.Fatal(err)
	}
	if alerts, err = ActiveAlerts(ctx, conn); err != nil || len(alerts) != 1 {
		t.Fatalf("after resolving: %d alerts, %v", len(alerts), err)
	}
}

// An AlertEvent with status "bogus" fails Validate naming the field, and
// never reaches the database.
func TestBogusAlertNeverReachesDatabase(t *testing.T) {
	ctx := context.Background()
	conn := testdb.Connect(t, monitoringDB(t))
	alert := monitoring.AlertEvent{
		ServiceName: "billing",
		AlertType:   monitoring.AlertEventAlertTypeServiceDown,
		Status:      "bogus",
		Message:     "billing is down",
	}
	err := alert.Validate()
	if err == nil || !strings.Contains(err.Error(), "AlertEvent.Status") {
		t.Fatalf("Validate() = %v, want an error naming AlertEvent.Status", err)
	}
	if err := alert.Insert(ctx, conn); err == nil || !strings.Contains(err.Error(), "AlertEvent.Status") {
		t.Fatalf("Insert() = %v, want the validation error", err)
	}
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM alert_events").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Fatalf("%d rows reached alert_events", n)
	}
}
