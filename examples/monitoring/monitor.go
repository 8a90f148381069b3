package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/schemactl/schemactl/generated/monitoring"
)

// Probe is the outcome of one health probe.
type Probe struct {
	Service string
	// LatencyMs is nil when the probe timed out: the service is down.
	LatencyMs *int32
}

// Run records the probe as a health check, raises an alert when the
// service is down or slow, and prints the active alerts.
func Run(ctx context.Context, db monitoring.DBTX, p Probe, out io.Writer) error {
	check := monitoring.ServiceHealthCheck{
		ServiceName: p.Service,
		Status:      monitoring.ServiceHealthCheckStatusHealthy,
		LatencyMs:   p.LatencyMs,
	}
	switch {
	case p.LatencyMs == nil:
		check.Status = monitoring.ServiceHealthCheckStatusDown
		msg := "probe timed out"
		check.ErrorMessage = &msg
	case *p.LatencyMs > 1000:
		check.Status = monitoring.ServiceHealthCheckStatusDegraded
	}
	// ID and CheckedAt are left zero: the database fills them and Insert
	// reads them back.
	if err := check.Insert(ctx, db); err != nil {
		return fmt.Errorf("recording health check: %w", err)
	}
	fmt.Fprintf(out, "health check %s: %s is %s\n", check.ID, check.ServiceName, check.Status)

	if check.Status != monitoring.ServiceHealthCheckStatusHealthy {
		alertType := monitoring.AlertEventAlertTypeServiceDown
		if check.Status == monitoring.ServiceHealthCheckStatusDegraded {
			alertType = monitoring.AlertEventAlertTypeServiceDegraded
		}
		details, err := json.Marshal(map[string]any{"status": check.Status, "latency_ms": check.LatencyMs})
		if err != nil {
			return fmt.Errorf("encoding alert details: %w", err)
		}
		alert := monitoring.AlertEvent{
			ServiceName:   p.Service,
			AlertType:     alertType,
			Message:       fmt.Sprintf("%s is %s", p.Service, check.Status),
			Details:       details,
			HealthCheckID: &check.ID,
			// Status is left "": the column default ('active') applies.
		}
		if err := alert.Insert(ctx, db); err != nil {
			return fmt.Errorf("raising alert: %w", err)
		}
		fmt.Fprintf(out, "raised alert %s (%s)\n", alert.ID, alert.Status)
	}

	alerts, err := ActiveAlerts(ctx, db)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d active alerts\n", len(alerts))
	for _, a := range alerts {
		fmt.Fprintf(out, "  %s  %-16s %s\n", a.CreatedAt.UTC().Format("2006-01-02 15:04:05"), a.AlertType, a.Message)
	}
	return nil
}

// ActiveAlerts lists the active alerts, oldest first. The query is
// written with the generated table and column constants; each row is
// read with the generated Get.
func ActiveAlerts(ctx context.Context, db monitoring.DBTX) ([]*monitoring.AlertEvent, error) {
	query := fmt.Sprintf(`SELECT %q FROM %q WHERE %q = $1 ORDER BY %q, %q`,
		monitoring.AlertEventIDColumn, monitoring.AlertEventsTable,
		monitoring.AlertEventStatusColumn, monitoring.AlertEventCreatedAtColumn, monitoring.AlertEventIDColumn)
	rows, err := db.Query(ctx, query, monitoring.AlertEventStatusActive)
	if err != nil {
		return nil, fmt.Errorf("listing active alerts: %w", err)
	}
	var ids []monitoring.UUID
	for rows.Next() {
		var id monitoring.UUID
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, fmt.Errorf("listing active alerts: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing active alerts: %w", err)
	}
	alerts := make([]*monitoring.AlertEvent, 0, len(ids))
	for _, id := range ids {
		a, err := monitoring.GetAlertEvent(ctx, db, id)
		if err != nil {
			return nil, err
		}
		alerts = append(alerts, a)
	}
	return alerts, nil
}
