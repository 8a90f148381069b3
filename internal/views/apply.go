package views

import (
	"fmt"
	"io"
	"time"

	"github.com/schemactl/schemactl/internal/apply"
)

// ApplyEvent prints one step of an apply as it happens.
func ApplyEvent(w io.Writer, ev apply.Event) {
	switch ev.Kind {
	case apply.EventFileStarted:
		fmt.Fprintf(w, "Applying %s ...\n", ev.File.FileName)
	case apply.EventFileApplied:
		fmt.Fprintf(w, "  %s applied in %s\n", ev.File.FileName, ev.Duration.Round(time.Millisecond))
	case apply.EventInvalidIndexDropped:
		fmt.Fprintf(w, "  dropped invalid index %s left by an interrupted CREATE INDEX CONCURRENTLY\n", Line(ev.Detail))
	case apply.EventTableAdopted:
		fmt.Fprintf(w, "Note: %s\n", Line(ev.Detail))
	case apply.EventDriftAllowed:
		fmt.Fprintln(w, "Warning: the managed schema drifted from its recorded state; applying anyway (--allow-drift):")
		for _, l := range DriftLines(ev.Drift) {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}

// ApplyDone prints the last line of an apply that ran.
func ApplyDone(w io.Writer, res *apply.Result) {
	if n := len(res.Applied); n == 0 {
		fmt.Fprintln(w, "No migrations to apply.")
	} else {
		fmt.Fprintf(w, "Apply complete! %s applied.\n", countMigrations(n))
	}
}

// DryRun prints what an apply would run, file by file, and changes
// nothing.
func DryRun(w io.Writer, res *apply.Result) {
	if len(res.Pending) == 0 {
		fmt.Fprintln(w, "No migrations to apply.")
		return
	}
	for _, l := range DriftLines(res.Drift) {
		fmt.Fprintf(w, "Drift (allowed): %s\n", l)
	}
	for _, f := range res.Pending {
		mode := ""
		if f.NoTransaction {
			mode = " (outside a transaction)"
		}
		content := Block(string(f.Content))
		fmt.Fprintf(w, "-- %s%s\n%s", f.FileName, mode, content)
		if n := len(content); n == 0 || content[n-1] != '\n' {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Dry run: %s would be applied; nothing was changed.\n", countMigrations(len(res.Pending)))
}

// countMigrations is "1 migration", "2 migrations".
func countMigrations(n int) string {
	if n == 1 {
		return "1 migration"
	}
	return fmt.Sprintf("%d migrations", n)
}
