package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/generated/monitoring"
	"github.com/schemactl/schemactl/internal/codegen/codegentest"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/testdb"
)

// monitoringDB is a database holding schema/monitoring.hcl's tables,
// indexes and foreign key.
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

// clock is a Now that the test moves.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

func ms(v int32) *int32 { return &v }

// The service the monitoring tables exist for, end to end, in every
// query mode: record probes, read recent checks, raise, acknowledge and
// resolve alerts, list the active ones, purge what is older than 30
// days.
func TestServiceEndToEnd(t *testing.T) {
	url := monitoringDB(t)
	testdb.EachExecMode(t, url, func(t *testing.T, url string) {
		ctx := context.Background()
		conn := testdb.Connect(t, url)
		if _, err := monitoring.DeleteAlertEventsCreatedAtBefore(ctx, conn, time.Now().Add(time.Hour), 0); err != nil {
			t.Fatal(err)
		}
		if _, err := monitoring.DeleteServiceHealthChecksCreatedAtBefore(ctx, conn, time.Now().Add(time.Hour), 0); err != nil {
			t.Fatal(err)
		}
		c := &clock{now: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)}
		s := &Service{DB: conn, Now: c.Now}
		scenario(t, ctx, s, c)
	})
}

func scenario(t *testing.T, ctx context.Context, s *Service, c *clock) {
	down, err := s.Record(ctx, Probe{Service: "billing"})
	if err != nil {
		t.Fatal(err)
	}
	if down.Raised == nil || down.Raised.Status != monitoring.AlertEventStatusActive || *down.Raised.HealthCheckID != down.Check.ID || down.Check.LatencyMs != nil {
		t.Fatalf("a timed-out probe: %+v", down)
	}
	// A second failure does not raise a second alert.
	c.now = c.now.Add(time.Minute)
	if again, err := s.Record(ctx, Probe{Service: "billing"}); err != nil || again.Raised != nil {
		t.Fatalf("second failure: %+v, %v", again, err)
	}
	slow, err := s.Record(ctx, Probe{Service: "search", LatencyMs: ms(4000)})
	if err != nil || slow.Raised == nil || slow.Raised.AlertType != monitoring.AlertEventAlertTypeServiceDegraded {
		t.Fatalf("slow probe: %+v, %v", slow, err)
	}
	// A probe of latency 0 is stored as 0, not as NULL or a default.
	zero, err := s.Record(ctx, Probe{Service: "cache", LatencyMs: ms(0)})
	if err != nil || zero.Check.LatencyMs == nil || *zero.Check.LatencyMs != 0 || zero.Raised != nil {
		t.Fatalf("zero latency: %+v, %v", zero, err)
	}
	active, err := s.ActiveAlerts(ctx, monitoring.Page[monitoring.AlertEvent]{})
	if err != nil || len(active) != 2 || active[0].ServiceName != "billing" || active[1].ServiceName != "search" {
		t.Fatalf("active alerts: %+v, %v", active, err)
	}
	recent, err := s.RecentChecks(ctx, "billing", c.now.Add(-time.Hour), monitoring.Page[monitoring.ServiceHealthCheck]{Limit: 1})
	if err != nil || len(recent) != 1 || !recent[0].CreatedAt.Equal(c.now) {
		t.Fatalf("recent checks, page 1: %+v, %v", recent, err)
	}
	older, err := s.RecentChecks(ctx, "billing", c.now.Add(-time.Hour), monitoring.Page[monitoring.ServiceHealthCheck]{Limit: 1, After: &recent[0]})
	if err != nil || len(older) != 1 || older[0].ID != down.Check.ID {
		t.Fatalf("recent checks, page 2: %+v, %v", older, err)
	}

	// Two operators acknowledge the same alert: the second is told.
	if _, err := s.Acknowledge(ctx, down.Raised.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Acknowledge(ctx, down.Raised.ID); !errors.Is(err, ErrNotOpen) {
		t.Fatalf("second acknowledge: %v", err)
	}
	// Resolving keeps everything else as it was.
	resolved, err := s.Resolve(ctx, slow.Raised.ID)
	if err != nil || resolved.Status != monitoring.AlertEventStatusResolved || resolved.Message != slow.Raised.Message || !resolved.CreatedAt.Equal(slow.Raised.CreatedAt) {
		t.Fatalf("resolve: %+v, %v", resolved, err)
	}
	if _, err := s.Resolve(ctx, slow.Raised.ID); !errors.Is(err, ErrNotOpen) {
		t.Fatalf("second resolve: %v", err)
	}
	// Billing recovers: its acknowledged alert is resolved in the same
	// transaction as the check.
	c.now = c.now.Add(time.Minute)
	up, err := s.Record(ctx, Probe{Service: "billing", LatencyMs: ms(20)})
	if err != nil || len(up.Resolved) != 0 {
		t.Fatalf("recovery with an acknowledged (not active) alert: %+v, %v", up, err)
	}
	if _, err := s.Resolve(ctx, down.Raised.ID); err != nil {
		t.Fatal(err)
	}
	purge(t, ctx, s, c)
}

// purge: 31 days later a new check stays and everything before it goes.
func purge(t *testing.T, ctx context.Context, s *Service, c *clock) {
	c.now = c.now.Add(31 * 24 * time.Hour)
	if _, err := s.Record(ctx, Probe{Service: "billing"}); err != nil {
		t.Fatal(err)
	}
	p, err := s.Purge(ctx, 2)
	if err != nil || p.Checks != 5 || p.Alerts != 2 {
		t.Fatalf("purge: %+v, %v", p, err)
	}
	active, err := s.ActiveAlerts(ctx, monitoring.Page[monitoring.AlertEvent]{})
	if err != nil || len(active) != 1 || !active[0].CreatedAt.Equal(c.now) {
		t.Fatalf("after the purge: %+v, %v", active, err)
	}
}

func TestRunPrintsWhatHappened(t *testing.T) {
	ctx := context.Background()
	conn := testdb.Connect(t, monitoringDB(t))
	s := &Service{DB: conn, Now: time.Now}
	var out bytes.Buffer
	if err := Run(ctx, s, Probe{Service: "billing"}, true, &out); err != nil {
		t.Fatal(err)
	}
	if err := Run(ctx, s, Probe{Service: "billing", LatencyMs: ms(5)}, false, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"billing is down", "raised alert", "1 active alerts", "purged 0 checks and 0 alerts", "billing is healthy", "resolved alert", "0 active alerts", "2 checks of billing"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// A bogus alert fails Validate naming the field and never reaches the
// database; the transaction Record runs in leaves nothing behind.
func TestBogusAlertNeverReachesDatabase(t *testing.T) {
	ctx := context.Background()
	conn := testdb.Connect(t, monitoringDB(t))
	_, err := monitoring.InsertAlertEvent(ctx, conn, monitoring.NewAlertEvent{
		ServiceName: "billing",
		AlertType:   monitoring.AlertEventAlertTypeServiceDown,
		Status:      monitoring.Some[monitoring.AlertEventStatus]("bogus"),
		Message:     "billing is down",
	})
	var ve *monitoring.ValidationError
	if !errors.As(err, &ve) || ve.Field != "NewAlertEvent.Status" || ve.Constraint != monitoring.AlertEventsStatusCheckConstraint {
		t.Fatalf("Insert() = %v, want the validation error of AlertEvent.Status", err)
	}
	s := &Service{DB: conn, Now: time.Now}
	if _, err := s.Record(ctx, Probe{Service: "bad\x00name"}); !errors.Is(err, monitoring.ErrValidation) {
		t.Fatalf("Record with a NUL in the name: %v", err)
	}
	rows, err := monitoring.ListAlertEvents(ctx, conn, monitoring.Page[monitoring.AlertEvent]{})
	checks, err2 := monitoring.ListServiceHealthChecks(ctx, conn, monitoring.Page[monitoring.ServiceHealthCheck]{})
	if err := errors.Join(err, err2); err != nil || len(rows) != 0 || len(checks) != 0 {
		t.Fatalf("%d alerts and %d checks reached the database (%v)", len(rows), len(checks), err)
	}
}
