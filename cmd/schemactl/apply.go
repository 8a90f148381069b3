package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/dbconn"
	"github.com/schemactl/schemactl/internal/migrations"
)

// runApply is `schemactl apply`: wiring only; internal/apply does the work.
func runApply(ctx context.Context, env *Env, args []string) int {
	fs, common := newFlagSet(env, "apply", "apply --database-url URL [--dry-run] [--lock-timeout 5s] [--allow-drift] [--migrations-table schema.name]")
	dryRun := fs.Bool("dry-run", false, "print the pending files and their SQL; change nothing")
	lockTimeout := fs.Duration("lock-timeout", apply.DefaultLockTimeout, "how long to wait for the migrations lock, and for each table lock a statement needs")
	allowDrift := fs.Bool("allow-drift", false, "apply even when the managed schema drifted from its recorded state")
	table := fs.String("migrations-table", apply.DefaultMigrationsTable, "table recording applied migrations (schema.name)")
	if ok, status := parseFlags(env, fs, common, args); !ok {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "Error: %v\n", argumentsError("apply", fs.Args()))
		return exitError
	}
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "Error: %s\n", dbconn.Scrub(err.Error(), common.DatabaseURL))
		return exitError
	}
	conn, err := common.connect(ctx)
	if err != nil {
		return fail(err)
	}
	defer conn.Close(context.WithoutCancel(ctx))

	res, err := apply.Apply(ctx, conn, apply.Options{
		Dir:             migrations.NewLocalDir(common.Migrations),
		MigrationsTable: *table,
		LockTimeout:     *lockTimeout,
		AllowDrift:      *allowDrift,
		DryRun:          *dryRun,
		Progress:        func(ev apply.Event) { printApplyEvent(env.Stdout, ev) },
	})
	if err != nil {
		return fail(err)
	}
	if *dryRun {
		printDryRun(env.Stdout, res)
		return exitOK
	}
	if n := len(res.Applied); n == 0 {
		fmt.Fprintln(env.Stdout, "No migrations to apply.")
	} else {
		fmt.Fprintf(env.Stdout, "Apply complete! %s applied.\n", countMigrations(n))
	}
	return exitOK
}

// countMigrations is "1 migration", "2 migrations".
func countMigrations(n int) string {
	if n == 1 {
		return "1 migration"
	}
	return fmt.Sprintf("%d migrations", n)
}

func printApplyEvent(w io.Writer, ev apply.Event) {
	switch ev.Kind {
	case apply.EventFileStarted:
		fmt.Fprintf(w, "Applying %s ...\n", ev.File.FileName)
	case apply.EventFileApplied:
		fmt.Fprintf(w, "  %s applied in %s\n", ev.File.FileName, ev.Duration.Round(time.Millisecond))
	case apply.EventInvalidIndexDropped:
		fmt.Fprintf(w, "  dropped invalid index %s left by an interrupted CREATE INDEX CONCURRENTLY\n", ev.Detail)
	case apply.EventTableAdopted:
		fmt.Fprintf(w, "Note: %s\n", ev.Detail)
	case apply.EventDriftAllowed:
		fmt.Fprintln(w, "Warning: the managed schema drifted from its recorded state; applying anyway (--allow-drift):")
		for _, d := range ev.Drift {
			fmt.Fprintf(w, "  %s\n", d)
		}
	}
}

func printDryRun(w io.Writer, res *apply.Result) {
	if len(res.Pending) == 0 {
		fmt.Fprintln(w, "No migrations to apply.")
		return
	}
	for _, d := range res.Drift {
		fmt.Fprintf(w, "Drift (allowed): %s\n", d)
	}
	for _, f := range res.Pending {
		mode := ""
		if f.NoTransaction {
			mode = " (outside a transaction)"
		}
		fmt.Fprintf(w, "-- %s%s\n%s", f.FileName, mode, f.Content)
		if n := len(f.Content); n == 0 || f.Content[n-1] != '\n' {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Dry run: %s would be applied; nothing was changed.\n", countMigrations(len(res.Pending)))
}
