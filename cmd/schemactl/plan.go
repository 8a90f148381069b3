package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/project"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/views"
)

// planFlags are the flags of `schemactl plan` beyond the common ones.
type planFlags struct {
	write            string
	check            bool
	format           string
	allowDestroy     bool
	detailedExitcode bool
	migrationsTable  string
	generated        string
	bounds           *session.Bounds
}

// runPlan is `schemactl plan`: it diffs the HCL against the live catalog
// (with a database URL) or the recorded state (without), prints the plan,
// and with --write emits the next migration; --check proves HCL,
// migrations and generated code agree.
func runPlan(ctx context.Context, env *Env, args []string) error {
	fs, common := newFlagSet(env, "plan", "plan [--schema DIR] [--migrations DIR] [--database-url URL] [--write NAME] [--check] [--format text|json|markdown] [--allow-destroy] [--detailed-exitcode] [--lock-timeout 5s]")
	var f planFlags
	fs.StringVar(&f.write, "write", "", "write the plan as the next migration file NNNN_NAME.sql (updates the sum and state files)")
	fs.BoolVar(&f.check, "check", false, "exit 1 when the HCL, the migrations directory and generated code disagree")
	fs.StringVar(&f.format, "format", "text", "output format: text, json or markdown")
	fs.BoolVar(&f.allowDestroy, "allow-destroy", false, "allow dropping declared objects and data")
	fs.BoolVar(&f.detailedExitcode, "detailed-exitcode", false, "exit 2 when the plan has changes, 0 when it has none")
	fs.StringVar(&f.migrationsTable, "migrations-table", history.DefaultTable, "the migrations table (schema.name), never part of a plan")
	fs.StringVar(&f.generated, "generated", "generated", "root of the generated Go packages that --check compares")
	f.bounds = readBoundsFlags(fs)
	if err := parseFlags(env, fs, common, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return argumentsError("plan", fs.Args())
	}
	if err := f.validate(); err != nil {
		return err
	}
	logger := common.logger

	dir := migrations.NewLocalDir(common.Migrations)
	in, diags, dirErr := project.Load(common.Schema, dir)
	if err := hclschema.PrintDiagnostics(env.diagnosticsWriter(), diags, common.Color(env)); err != nil {
		return fmt.Errorf("printing diagnostics: %w", err)
	}
	if diags.HasErrors() {
		return errReported // nothing reaches a database while the schema has an error
	}
	desired, state := in.Desired, in.State

	if f.check {
		return planCheck(env, desired, dir, f.generated, f.format)
	}
	if dirErr != nil {
		return dirErr
	}
	opts := plan.Options{AllowDestroy: f.allowDestroy}

	var (
		out views.PlanOutput
		err error
	)
	// Without a database, files are cut for a server with default
	// settings; with one, for the smaller of the two (plan.LockBudget).
	lockBudget := plan.LockBudget(nil)
	if common.DatabaseURL == "" {
		logger.DebugContext(ctx, "planning offline against the state file", "migrations", common.Migrations)
		if f.write == "" { // --write refuses such a directory itself
			warnUnsummedFiles(env, dir)
		}
		out.Plan, err = plan.Offline(desired, state, opts)
	} else {
		out, lockBudget, err = planLive(ctx, env, common, desired, state, f, opts)
	}
	if roles := (*live.RoleError)(nil); errors.As(err, &roles) {
		return missingRoles(env, common, roles)
	}
	if err != nil {
		return err
	}
	p := out.Plan

	if f.write != "" {
		if err := writePlan(env, common.Migrations, dir, f.write, out, desired, lockBudget); err != nil {
			return err
		}
	}

	if err := printPlan(env, out, f.format, common.Color(env)); err != nil {
		return err
	}
	if f.detailedExitcode && !p.Matches() && f.write == "" {
		return exitStatus(exitChanges)
	}
	return nil
}

// missingRoles shows a live plan's grants to roles the server lacks as
// diagnostics at the grants, as validate shows the HCL's own mistakes.
func missingRoles(env *Env, common *commonFlags, e *live.RoleError) error {
	files, _ := hclschema.ReadSources(common.Schema)
	var names []string
	for _, m := range e.Missing {
		names = append(names, m.Role)
	}
	diags := hclschema.MissingRoleDiagnostics(files, names)
	if len(diags) == 0 {
		return e
	}
	if err := hclschema.PrintDiagnostics(env.diagnosticsWriter(), diags, common.Color(env)); err != nil {
		return fmt.Errorf("printing diagnostics: %w", err)
	}
	return errReported
}

// validate refuses flags that contradict each other or name nothing.
func (f planFlags) validate() error {
	if f.format != "text" && f.format != "json" && f.format != "markdown" {
		return fmt.Errorf("--format %q: want text, json or markdown", f.format)
	}
	if err := checkBounds(f.bounds); err != nil {
		return err
	}
	if f.check && f.write != "" {
		return errors.New("--check and --write cannot be combined")
	}
	if f.write != "" && !migrations.ValidName(f.write) {
		return &migrations.InvalidNameError{Name: f.write}
	}
	return nil
}

// writePlan is --write NAME: the plan as the next migration file(s), the
// sum and the state, unless the database has files pending or there is
// nothing to write. A plan whose locks exceed lockBudget is cut into
// several files.
func writePlan(env *Env, path string, dir *migrations.LocalDir, name string, out views.PlanOutput, desired *models.Realm, lockBudget int) error {
	if len(out.Pending) > 0 {
		return fmt.Errorf("the database has migrations that are not applied yet (%v): apply first, so no change is written twice", out.Pending)
	}
	if out.Plan.Empty() {
		return errors.New("nothing to write: the HCL matches the recorded state")
	}
	written, err := project.WriteMigration(dir, name, out.Plan, desired, lockBudget)
	if err != nil {
		return err
	}
	for _, w := range written {
		fmt.Fprintf(env.Stderr, "Wrote %s/%s\n", path, w.FileName)
	}
	return nil
}

// planLive plans against the database. For --write the migration is the
// diff from the recorded state (so every environment gets the same file);
// the database then validates the HCL's expressions and shows whether
// files are pending. Otherwise the plan is the diff from the live catalog.
// Pending files, history problems and drift come from apply.Status, so
// plan, status and apply always agree on them. For --write it also
// returns the lock budget of each file (plan.LockBudget for this server).
func planLive(ctx context.Context, env *Env, common *commonFlags, desired, state *models.Realm, f planFlags, opts plan.Options) (views.PlanOutput, int, error) {
	out, budget := views.PlanOutput{}, plan.LockBudget(nil)
	conn, err := common.connect(ctx)
	if err != nil {
		return out, budget, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	// One read-only transaction, bounded by --lock-timeout and
	// --statement-timeout, for the migrations table and the catalog.
	tx, err := conn.Begin(ctx)
	if err != nil {
		return out, budget, fmt.Errorf("reading the database: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	if _, err := session.Bound(ctx, tx, *f.bounds); err != nil {
		return out, budget, err
	}
	recorded, err := history.ReadRecorded(ctx, tx, migrations.NewLocalDir(common.Migrations), f.migrationsTable)
	if err != nil {
		return out, budget, err
	}
	for _, problem := range recorded.Problems {
		fmt.Fprintf(env.Stderr, "Warning: %s\n", problem)
	}
	res, err := live.Compare(ctx, tx, live.Inputs{Desired: desired, State: state, Expected: recorded.Expected, ExpectedRendered: recorded.Rendered},
		live.Options{Options: opts, MigrationsTable: f.migrationsTable, Bounds: *f.bounds, PendingIndexes: recorded.PendingIndexes})
	if err != nil {
		return out, budget, err
	}
	out.Plan, out.Drift, out.Pending = res.Plan, res.Drift, recorded.Pending
	if len(res.Unrendered) > 0 {
		fmt.Fprintf(env.Stderr, "Warning: this session may not create the scratch objects that render expressions (a role that may only read, or a replica), "+
			"so %d expression(s) are compared as written and a difference of spelling shows as a change: %s\n",
			len(res.Unrendered), strings.Join(res.Unrendered, ", "))
	}
	if f.write != "" {
		// The file is the diff from the recorded state, so every
		// environment gets the same one; the live read above still
		// checked the HCL's expressions and found pending files and drift.
		if out.Plan, err = plan.Offline(desired, state, opts); err != nil {
			return out, budget, err
		}
		server, err := live.ServerLocks(ctx, tx)
		if err != nil {
			return out, budget, err
		}
		budget = plan.LockBudget(&server)
	}
	return out, budget, nil
}

// warnUnsummedFiles warns, as a live plan does, when the migration files
// do not match schemactl.sum (a file edited, added by hand, removed,
// reordered, or the sum itself broken): apply will refuse the directory.
// The offline plan is the plan of pull-request review, where such an edit
// must not pass as "No changes".
func warnUnsummedFiles(env *Env, dir *migrations.LocalDir) {
	files, err := migrations.ReadFiles(dir)
	if err == nil {
		err = migrations.VerifySum(dir, files)
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "Warning: %v\n", err)
	}
}

func printPlan(env *Env, out views.PlanOutput, format string, color bool) error {
	var text []byte
	switch format {
	case "json":
		js, err := views.PlanJSON(out)
		if err != nil {
			return fmt.Errorf("rendering the plan as JSON: %w", err)
		}
		text = js
	case "markdown":
		text = []byte(views.PlanMarkdown(out))
	default:
		text = []byte(views.PlanText(out, color))
	}
	if _, err := env.Stdout.Write(text); err != nil {
		return fmt.Errorf("writing the plan: %w", err)
	}
	return nil
}

// planCheck is `plan --check`: every problem on stderr and exit 1, or a
// short OK. With --format json the result is a document on stdout (ok
// and the problems) whatever it says, and the exit status tells it too.
func planCheck(env *Env, desired *models.Realm, dir *migrations.LocalDir, generated, format string) error {
	problems, err := project.Check(desired, dir, generated)
	if err != nil {
		return err
	}
	if format == "json" {
		found := make([]views.CheckProblem, len(problems))
		for i, p := range problems {
			found[i] = views.CheckProblem{Kind: p.Kind, Message: p.Message}
		}
		js, err := views.CheckJSON(found)
		if err != nil {
			return fmt.Errorf("rendering the check as JSON: %w", err)
		}
		if _, err := env.Stdout.Write(js); err != nil {
			return fmt.Errorf("writing the check: %w", err)
		}
	}
	if len(problems) > 0 {
		items := make([]string, len(problems))
		for i, p := range problems {
			items[i] = p.String()
		}
		return &problemsError{summary: fmt.Sprintf("plan --check: %d problem(s)", len(problems)), items: items}
	}
	if format != "json" {
		fmt.Fprintln(env.Stdout, "OK: the HCL, the migrations directory and the generated code agree.")
	}
	return nil
}
