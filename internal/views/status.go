package views

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schemactl/schemactl/internal/apply"
)

// StatusText prints what `schemactl status` reports: the migrations table,
// each file applied or pending, the problems that make apply refuse, and
// drift.
func StatusText(w io.Writer, rep *apply.StatusReport) error {
	fmt.Fprintf(w, "Migrations table: %s", Line(rep.MigrationsTable))
	switch {
	case rep.TableRefused:
		fmt.Fprint(w, " (cannot be used; see the problems below)")
	case !rep.TableExists:
		fmt.Fprint(w, " (not created yet)")
	}
	fmt.Fprintln(w)
	if len(rep.Files) == 0 {
		fmt.Fprintln(w, "No migration files.")
	}
	if err := writeFiles(w, rep.Files); err != nil {
		return err
	}
	if len(rep.Legacy) > 0 {
		fmt.Fprintf(w, "%d rows of an earlier migrator match no file; they are kept and ignored.\n", len(rep.Legacy))
	}
	fmt.Fprintf(w, "%d applied, %d pending.\n", len(rep.Files)-rep.Pending(), rep.Pending())
	if len(rep.Problems) > 0 {
		fmt.Fprintln(w, "Problems (apply will refuse):")
		for _, p := range rep.Problems {
			fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(Block(p), "\n", "\n  "))
		}
	}
	_, err := fmt.Fprint(w, statusDrift(rep))
	return err
}

func writeFiles(w io.Writer, files []apply.FileStatus) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, f := range files {
		name := f.FileName
		if f.Import {
			name += " (import)"
		}
		switch {
		case f.Applied && f.AppliedAt != nil:
			note := ""
			if f.Adopted {
				note = ", recorded by an earlier migrator"
			} else if f.AppliedBy != "" {
				note = fmt.Sprintf(", %dms, by %s", f.ExecutionMS, Line(f.AppliedBy))
			}
			fmt.Fprintf(tw, "  applied\t%s\t%s%s\n", name, f.AppliedAt.Local().Format(time.RFC3339), note)
		case f.Applied:
			fmt.Fprintf(tw, "  applied\t%s\t(recorded by an earlier migrator)\n", name)
		default:
			fmt.Fprintf(tw, "  pending\t%s\t\n", name)
		}
	}
	return tw.Flush()
}

// statusDrift is the report's last lines: whether drift was checked, and
// what it found.
func statusDrift(rep *apply.StatusReport) string {
	switch {
	case !rep.DriftChecked:
		return fmt.Sprintf("Drift: not checked: %s.\n", rep.DriftNote)
	case rep.Drift.Matches():
		return "Drift: none; the managed schema matches its recorded state.\n"
	}
	var b strings.Builder
	b.WriteString("Drift: the managed schema differs from the state the applied migrations left:\n")
	for _, l := range DriftLines(rep.Drift) {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	return b.String()
}

// StatusFormatVersion is the version of `status --format json`.
const StatusFormatVersion = 1

type statusJSON struct {
	FormatVersion int `json:"format_version"`
	*apply.StatusReport
	Drift   []jsonDrift `json:"drift"`
	Pending int         `json:"pending"`
}

// StatusJSON is the status report as JSON: the report's fields, drift as
// in the JSON plan, and the number of pending files.
func StatusJSON(rep *apply.StatusReport) ([]byte, error) {
	return encodeJSON(statusJSON{FormatVersion: StatusFormatVersion, StatusReport: rep, Drift: driftJSON(rep.Drift), Pending: rep.Pending()})
}
