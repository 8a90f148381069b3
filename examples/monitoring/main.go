// Command monitoring is a small program over the generated models of
// schema/monitoring.hcl (package generated/monitoring): it records a
// health check of a service, raises an alert when the service is down,
// and lists the active alerts.
//
//	go run ./examples/monitoring -database-url postgres://... -service billing -latency-ms -1
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/schemactl/schemactl/internal/dbconn"
)

func main() {
	url := flag.String("database-url", os.Getenv("DATABASE_URL"), "PostgreSQL URL (default $DATABASE_URL)")
	service := flag.String("service", "billing", "name of the probed service")
	latency := flag.Int("latency-ms", -1, "probe latency in milliseconds; negative means the probe timed out (service down)")
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
	if err := Run(ctx, conn, probe, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "monitoring:", dbconn.Scrub(err.Error(), *url))
		os.Exit(1)
	}
}
