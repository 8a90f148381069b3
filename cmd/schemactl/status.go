package main

import (
	"context"
	"fmt"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/views"
)

// runStatus is `schemactl status`. Exit status: 1 when apply would refuse
// for a reason status can see (a checksum or history problem, a state file
// it cannot read) or on an error; with --detailed-exitcode, 2 when files are pending or the schema
// drifted; 0 otherwise.
func runStatus(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "status", "status --database-url URL [--format text|json] [--detailed-exitcode] [--lock-timeout 5s] [--migrations-table schema.name]")
	format := fs.String("format", "text", "output format: text or json")
	detailed := fs.Bool("detailed-exitcode", false, "exit 2 when migrations are pending or the schema drifted")
	table := fs.String("migrations-table", history.DefaultTable, "table recording applied migrations (schema.name)")
	bounds := readBoundsFlags(fs)
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("status", fs.Args())
	}
	if err := checkBounds(bounds); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("--format %q: want text or json", *format)
	}
	conn, err := common.connect(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	rep, err := apply.Status(ctx, conn, migrations.NewLocalDir(common.Migrations), *table, *bounds)
	if err != nil {
		return err
	}
	if *format == "json" {
		js, err := views.StatusJSON(rep)
		if err == nil {
			_, err = env.Stdout.Write(js)
		}
		if err != nil {
			return fmt.Errorf("writing the status: %w", err)
		}
	} else if err := views.StatusText(env.Stdout, rep); err != nil {
		return fmt.Errorf("writing the status: %w", err)
	}
	switch {
	case len(rep.Problems) > 0:
		return errReported // the report lists them
	case *detailed && (rep.Pending() > 0 || (rep.DriftChecked && !rep.Drift.Matches())):
		return exitStatus(exitChanges)
	}
	return nil
}
