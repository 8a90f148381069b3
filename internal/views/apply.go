package views

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/schemactl/schemactl/internal/apply"
)

// ApplyEvent prints one step of an apply as it happens.
func ApplyEvent(w io.Writer, ev apply.Event) {
	switch ev.Kind {
	case apply.EventFileStarted:
		fmt.Fprintf(w, "Applying %s ...\n", ev.File.FileName)
	case apply.EventFileApplied:
		switch ev.Import {
		case apply.ImportCreates:
			fmt.Fprintf(w, "  %s applied in %s: the objects it imports did not exist, so it created them\n", ev.File.FileName, ev.Duration.Round(time.Millisecond))
		case apply.ImportVerifies:
			fmt.Fprintf(w, "  %s recorded in %s: the objects it imports exist and match their declaration, so none of its statements ran\n", ev.File.FileName, ev.Duration.Round(time.Millisecond))
		default:
			fmt.Fprintf(w, "  %s applied in %s\n", ev.File.FileName, ev.Duration.Round(time.Millisecond))
		}
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
	imports := map[string]apply.ImportCheck{}
	for _, ic := range res.Imports {
		imports[ic.FileName] = ic
	}
	for _, f := range res.Pending {
		mode := ""
		switch {
		case f.NoTransaction:
			mode = " (outside a transaction)"
		case f.Import:
			mode = " " + importMode(imports[f.FileName])
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

// importMode says how a dry run expects an import file to go: its
// statements run, or nothing runs and its objects are checked.
func importMode(ic apply.ImportCheck) string {
	now := ""
	if ic.AfterOthers {
		now = ", as the database is now (the files before it run first)"
	}
	switch {
	case ic.Err != nil:
		return fmt.Sprintf("(import file: would fail%s:\n--   %s)", now, strings.ReplaceAll(Block(ic.Err.Error()), "\n", "\n--   "))
	case ic.Way == apply.ImportVerifies:
		return fmt.Sprintf("(import file: its objects exist and match their declaration%s, so none of its statements would run)", now)
	case ic.Way == apply.ImportCreates:
		return fmt.Sprintf("(import file: its objects do not exist%s, so its statements would create them)", now)
	}
	return "(import file)"
}

// countMigrations is "1 migration", "2 migrations".
func countMigrations(n int) string {
	if n == 1 {
		return "1 migration"
	}
	return fmt.Sprintf("%d migrations", n)
}
