package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/generated/monitoring"
)

// Retention is how long health checks and alerts are kept.
const Retention = 30 * 24 * time.Hour

// SlowMs is the latency above which a service counts as degraded.
const SlowMs = 1000

// Probe is the outcome of one health probe.
type Probe struct {
	Service string
	// LatencyMs is nil when the probe timed out: the service is down.
	LatencyMs *int32
	// Details is the prober's raw output, kept for debugging.
	Details json.RawMessage
}

// Recorded is what Record wrote.
type Recorded struct {
	Check *monitoring.ServiceHealthCheck
	// Raised is the alert Record raised, nil when the service is healthy
	// or an alert for it is already open.
	Raised *monitoring.AlertEvent
	// Resolved are the open alerts a healthy probe closed.
	Resolved []monitoring.AlertEvent
}

// ErrNotOpen is Acknowledge or Resolve on an alert that is not open (any
// more): someone else got there first.
var ErrNotOpen = errors.New("the alert is not open")

// Service is the monitoring service: every statement it runs is one the
// generated package writes.
type Service struct {
	DB  monitoring.DBTX
	Now func() time.Time
}

// Record stores a probe as a health check and, in the same transaction,
// raises an alert when the service is down or slow and none is open for
// it, or resolves its open alerts when it is healthy again.
func (s *Service) Record(ctx context.Context, p Probe) (*Recorded, error) {
	var rec *Recorded
	err := pgx.BeginFunc(ctx, s.DB, func(tx pgx.Tx) error {
		var err error
		rec, err = s.record(ctx, tx, p)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("recording a probe of %s: %w", p.Service, err)
	}
	return rec, nil
}

func (s *Service) record(ctx context.Context, tx pgx.Tx, p Probe) (*Recorded, error) {
	check := monitoring.NewServiceHealthCheck{
		ServiceName:  p.Service,
		Status:       monitoring.ServiceHealthCheckStatusHealthy,
		LatencyMs:    p.LatencyMs,
		ProbeDetails: p.Details,
		CheckedAt:    monitoring.Some(s.Now()),
		CreatedAt:    monitoring.Some(s.Now()),
	}
	alertType := monitoring.AlertEventAlertTypeRecovery
	switch {
	case p.LatencyMs == nil:
		check.Status, alertType = monitoring.ServiceHealthCheckStatusDown, monitoring.AlertEventAlertTypeServiceDown
		msg := "probe timed out"
		check.ErrorMessage = &msg
	case *p.LatencyMs > SlowMs:
		check.Status, alertType = monitoring.ServiceHealthCheckStatusDegraded, monitoring.AlertEventAlertTypeServiceDegraded
	}
	stored, err := monitoring.InsertServiceHealthCheck(ctx, tx, check)
	if err != nil {
		return nil, err
	}
	rec := &Recorded{Check: stored}
	open, err := monitoring.ListActiveAlertEventsByServiceName(ctx, tx, monitoring.Range[string]{Equal: monitoring.Some(p.Service)}, monitoring.Page[monitoring.AlertEvent]{})
	if err != nil {
		return nil, err
	}
	if stored.Status == monitoring.ServiceHealthCheckStatusHealthy {
		for _, a := range open {
			resolved, err := s.resolve(ctx, tx, a.ID)
			if err != nil {
				return nil, err
			}
			rec.Resolved = append(rec.Resolved, *resolved)
		}
		return rec, nil
	}
	if len(open) > 0 {
		return rec, nil
	}
	details, err := json.Marshal(map[string]any{"status": stored.Status, "latency_ms": stored.LatencyMs})
	if err != nil {
		return nil, err
	}
	rec.Raised, err = monitoring.InsertAlertEvent(ctx, tx, monitoring.NewAlertEvent{
		ServiceName:   p.Service,
		AlertType:     alertType,
		Message:       fmt.Sprintf("%s is %s", p.Service, stored.Status),
		Details:       details,
		HealthCheckID: &stored.ID,
		CreatedAt:     monitoring.Some(s.Now()),
		// Status is left unset: the column default ('active') applies.
	})
	return rec, err
}

// RecentChecks lists the health checks of a service since a time, newest
// first, a page at a time.
func (s *Service) RecentChecks(ctx context.Context, service string, since time.Time, page monitoring.Page[monitoring.ServiceHealthCheck]) ([]monitoring.ServiceHealthCheck, error) {
	return monitoring.ListServiceHealthChecksByServiceNameAndCreatedAt(ctx, s.DB, service, monitoring.Range[time.Time]{From: monitoring.Some(since)}, page)
}

// ActiveAlerts lists the active alerts by service name, a page at a time.
func (s *Service) ActiveAlerts(ctx context.Context, page monitoring.Page[monitoring.AlertEvent]) ([]monitoring.AlertEvent, error) {
	return monitoring.ListActiveAlertEventsByServiceName(ctx, s.DB, monitoring.Range[string]{}, page)
}

// Acknowledge marks an active alert acknowledged; an alert that is not
// active (any more) is ErrNotOpen.
func (s *Service) Acknowledge(ctx context.Context, id uuid.UUID) (*monitoring.AlertEvent, error) {
	now := s.Now()
	a, err := monitoring.UpdateAlertEventIf(ctx, s.DB, id,
		monitoring.AlertEventPatch{Status: monitoring.Some(monitoring.AlertEventStatusActive)},
		monitoring.AlertEventPatch{Status: monitoring.Some(monitoring.AlertEventStatusAcknowledged), AcknowledgedAt: monitoring.Some(&now)})
	if errors.Is(err, monitoring.ErrConflict) {
		return nil, fmt.Errorf("acknowledging alert %s: %w", id, ErrNotOpen)
	}
	return a, err
}

// Resolve resolves an alert that is not resolved yet; a resolved one is
// ErrNotOpen.
func (s *Service) Resolve(ctx context.Context, id uuid.UUID) (*monitoring.AlertEvent, error) {
	return s.resolve(ctx, s.DB, id)
}

func (s *Service) resolve(ctx context.Context, db monitoring.DBTX, id uuid.UUID) (*monitoring.AlertEvent, error) {
	now := s.Now()
	a, err := monitoring.UpdateAlertEventIf(ctx, db, id,
		monitoring.AlertEventPatch{ResolvedAt: monitoring.Null[time.Time]()},
		monitoring.AlertEventPatch{Status: monitoring.Some(monitoring.AlertEventStatusResolved), ResolvedAt: monitoring.Some(&now)})
	if errors.Is(err, monitoring.ErrConflict) {
		return nil, fmt.Errorf("resolving alert %s: %w", id, ErrNotOpen)
	}
	return a, err
}

// Purged is what Purge deleted.
type Purged struct{ Checks, Alerts int64 }

// Purge deletes the health checks and alerts older than Retention, in
// one transaction, in batches of at most batch rows (0: all at once).
func (s *Service) Purge(ctx context.Context, batch int) (Purged, error) {
	cutoff := s.Now().Add(-Retention)
	var p Purged
	err := pgx.BeginFunc(ctx, s.DB, func(tx pgx.Tx) error {
		for {
			alerts, err := monitoring.DeleteAlertEventsCreatedAtBefore(ctx, tx, cutoff, batch)
			if err != nil {
				return err
			}
			checks, err := monitoring.DeleteServiceHealthChecksCreatedAtBefore(ctx, tx, cutoff, batch)
			if err != nil {
				return err
			}
			p.Alerts, p.Checks = p.Alerts+alerts, p.Checks+checks
			if batch <= 0 || alerts+checks == 0 {
				return nil
			}
		}
	})
	if err != nil {
		return Purged{}, fmt.Errorf("purging rows older than %s: %w", cutoff.Format(time.RFC3339), err)
	}
	return p, nil
}
