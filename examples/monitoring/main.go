// Command monitoring is a small service over the generated models of
// schema/monitoring.hcl (package generated/monitoring), with no SQL of
// its own: it records a probe of a service (raising or resolving an
// alert in the same transaction), prints the service's recent checks and
// the active alerts, and purges what is older than 30 days.
//
//	go run ./examples/monitoring -database-url postgres://... -service billing -latency-ms -1
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/schemactl/schemactl/generated/monitoring"
	"github.com/schemactl/schemactl/internal/dbconn"
)

func main() {
	url := flag.String("database-url", os.Getenv("DATABASE_URL"), "PostgreSQL URL (default $DATABASE_URL)")
	service := flag.String("service", "billing", "name of the probed service")
	latency := flag.Int("latency-ms", -1, "probe latency in milliseconds; negative means the probe timed out (service down)")
	purge := flag.Bool("purge", false, "also delete checks and alerts older than 30 days")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	conn, err := dbconn.Connect(ctx, *url)
	if err != nil {
		fmt.Fprintln(os.Stderr, "monitoring:", err)
		os.Exit(1)
	}
	defer conn.Close(context.Background())
	probe := Probe{Service: *service}
	if *latency >= 0 {
		ms := int32(*latency)
		probe.LatencyMs = &ms
	}
	s := &Service{DB: conn, Now: time.Now}
	if err := Run(ctx, s, probe, *purge, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "monitoring:", dbconn.Scrub(err.Error(), *url))
		os.Exit(1)
	}
}

// Run records the probe and prints what happened, the service's checks
// of the last hour and the active alerts.
func Run(ctx context.Context, s *Service, p Probe, purge bool, out io.Writer) error {
	rec, err := s.Record(ctx, p)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "health check %s: %s is %s\n", rec.Check.ID, rec.Check.ServiceName, rec.Check.Status)
	if rec.Raised != nil {
		fmt.Fprintf(out, "raised alert %s (%s)\n", rec.Raised.ID, rec.Raised.AlertType)
	}
	for _, a := range rec.Resolved {
		fmt.Fprintf(out, "resolved alert %s\n", a.ID)
	}
	checks, err := s.RecentChecks(ctx, p.Service, s.Now().Add(-time.Hour), monitoring.Page[monitoring.ServiceHealthCheck]{Limit: 10})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d checks of %s in the last hour\n", len(checks), p.Service)
	alerts, err := s.ActiveAlerts(ctx, monitoring.Page[monitoring.AlertEvent]{})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%d active alerts\n", len(alerts))
	for _, a := range alerts {
		fmt.Fprintf(out, "  %s  %-16s %s\n", a.CreatedAt.UTC().Format("2006-01-02 15:04:05"), a.AlertType, a.Message)
	}
	if purge {
		n, err := s.Purge(ctx, 1000)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "purged %d checks and %d alerts\n", n.Checks, n.Alerts)
	}
	return nil
}
