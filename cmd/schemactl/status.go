package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/dbconn"
	"github.com/schemactl/schemactl/internal/migrations"
)

// runStatus is `schemactl status`. Exit status: 1 when apply would refuse
// for a reason status can see (a checksum or history problem) or on an
// error; with --detailed-exitcode, 2 when files are pending or the schema
// drifted; 0 otherwise.
func runStatus(ctx context.Context, env *Env, args []string) int {
	fs, common := newFlagSet(env, "status", "status --database-url URL [--format text|json] [--detailed-exitcode] [--lock-timeout 5s] [--migrations-table schema.name]")
	format := fs.String("format", "text", "output format: text or json")
	detailed := fs.Bool("detailed-exitcode", false, "exit 2 when migrations are pending or the schema drifted")
	table := fs.String("migrations-table", apply.DefaultMigrationsTable, "table recording applied migrations (schema.name)")
	lockTimeout := fs.Duration("lock-timeout", apply.DefaultLockTimeout, "how long to wait for a table lock while reading the catalog")
	if ok, status := parseFlags(env, fs, common, args); !ok {
		return status
	}
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "Error: %s\n", dbconn.Scrub(err.Error(), common.DatabaseURL))
		return exitError
	}
	if fs.NArg() > 0 {
		return fail(argumentsError("status", fs.Args()))
	}
	if *format != "text" && *format != "json" {
		return fail(fmt.Errorf("--format %q: want text or json", *format))
	}
	conn, err := common.connect(ctx)
	if err != nil {
		return fail(err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	rep, err := apply.Status(ctx, conn, migrations.NewLocalDir(common.Migrations), *table, *lockTimeout)
	if err != nil {
		return fail(err)
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(statusJSON{FormatVersion: 1, StatusReport: rep, Pending: rep.Pending()}); err != nil {
			return fail(err)
		}
	} else {
		printStatus(env.Stdout, rep)
	}
	switch {
	case len(rep.Problems) > 0:
		return exitError
	case *detailed && (rep.Pending() > 0 || len(rep.Drift) > 0):
		return exitChanges
	}
	return exitOK
}

type statusJSON struct {
	FormatVersion int `json:"format_version"`
	*apply.StatusReport
	Pending int `json:"pending"`
}

func printStatus(w io.Writer, rep *apply.StatusReport) {
	fmt.Fprintf(w, "Migrations table: %s", rep.MigrationsTable)
	if !rep.TableExists {
		fmt.Fprint(w, " (not created yet)")
	}
	fmt.Fprintln(w)
	if len(rep.Files) == 0 {
		fmt.Fprintln(w, "No migration files.")
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, f := range rep.Files {
		switch {
		case f.Applied && f.AppliedAt != nil:
			note := ""
			if f.Adopted {
				note = ", recorded by an earlier migrator"
			} else if f.AppliedBy != "" {
				note = fmt.Sprintf(", %dms, by %s", f.ExecutionMS, f.AppliedBy)
			}
			fmt.Fprintf(tw, "  applied\t%s\t%s%s\n", f.FileName, f.AppliedAt.Local().Format(time.RFC3339), note)
		case f.Applied:
			fmt.Fprintf(tw, "  applied\t%s\t(recorded by an earlier migrator)\n", f.FileName)
		default:
			fmt.Fprintf(tw, "  pending\t%s\t\n", f.FileName)
		}
	}
	tw.Flush()
	if len(rep.Legacy) > 0 {
		fmt.Fprintf(w, "%d rows of an earlier migrator match no file; they are kept and ignored.\n", len(rep.Legacy))
	}
	fmt.Fprintf(w, "%d applied, %d pending.\n", len(rep.Files)-rep.Pending(), rep.Pending())
	if len(rep.Problems) > 0 {
		fmt.Fprintln(w, "Problems (apply will refuse):")
		for _, p := range rep.Problems {
			fmt.Fprintf(w, "  %s\n", p)
		}
	}
	switch {
	case !rep.DriftChecked:
		fmt.Fprintf(w, "Drift: not checked: %s.\n", rep.DriftNote)
	case len(rep.Drift) == 0:
		fmt.Fprintln(w, "Drift: none; the managed schema matches its recorded state.")
	default:
		fmt.Fprintln(w, "Drift: the managed schema differs from the state the applied migrations left:")
		for _, d := range rep.Drift {
			fmt.Fprintf(w, "  %s\n", d)
		}
	}
}
