package main

import (
	"context"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/views"
)

// runApply is `schemactl apply`: wiring only; internal/apply does the work.
func runApply(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "apply", "apply --database-url URL [--dry-run] [--lock-timeout 5s] [--allow-drift] [--migrations-table schema.name]")
	dryRun := fs.Bool("dry-run", false, "print the pending files and their SQL; change nothing")
	lockTimeout := fs.Duration("lock-timeout", apply.DefaultLockTimeout, "how long to wait for the migrations lock, and for each table lock a statement needs")
	allowDrift := fs.Bool("allow-drift", false, "apply even when the managed schema drifted from its recorded state")
	table := fs.String("migrations-table", history.DefaultTable, "table recording applied migrations (schema.name)")
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("apply", fs.Args())
	}
	fail := func(err error) error {
		return &renderedError{text: views.ApplyError(err), err: err}
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
		Progress:        func(ev apply.Event) { views.ApplyEvent(env.Stdout, ev) },
	})
	if err != nil {
		return fail(err)
	}
	if *dryRun {
		views.DryRun(env.Stdout, res)
		return nil
	}
	views.ApplyDone(env.Stdout, res)
	return nil
}
