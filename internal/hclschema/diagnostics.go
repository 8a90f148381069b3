package hclschema

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"
	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/escape"
)

// sortDiagnostics orders diagnostics by file and offset; those without a
// subject come first, in their original order.
func sortDiagnostics(diags hcl.Diagnostics) {
	slices.SortStableFunc(diags, func(a, b *hcl.Diagnostic) int {
		if a.Subject == nil || b.Subject == nil {
			switch {
			case a.Subject == nil && b.Subject != nil:
				return -1
			case a.Subject != nil && b.Subject == nil:
				return 1
			}
			return 0
		}
		if c := cmp.Compare(a.Subject.Filename, b.Subject.Filename); c != 0 {
			return c
		}
		return cmp.Compare(a.Subject.Start.Byte, b.Subject.Start.Byte)
	})
}

// PrintDiagnostics prints diagnostics the way Terraform does: severity and
// summary, "on FILE line N:", the source line(s) with the subject range
// highlighted, then the detail. The source is read from the files the
// diagnostics name; use a Printer to print diagnostics of in-memory files.
// Everything printed is escaped (package escape): a schema file's control
// characters never reach the terminal raw.
func PrintDiagnostics(w io.Writer, diags hcl.Diagnostics, color bool) error {
	return (&Printer{Color: color}).Print(w, diags)
}

// Printer prints diagnostics. Sources maps file names to their content;
// files missing from it are read from disk when a diagnostic names them.
type Printer struct {
	Sources map[string][]byte
	Color   bool

	// lineStarts caches, per file, the offset at which each line starts,
	// so that printing many diagnostics of a large file does not split it
	// into lines once per diagnostic (a million diagnostics on a 5 MB file
	// took hours).
	lineStarts map[string][]int
}

// Print writes every diagnostic to w.
func (p *Printer) Print(w io.Writer, diags hcl.Diagnostics) error {
	bw := bufio.NewWriter(w)
	styles := newStyles(p.Color)
	for _, d := range diags {
		p.printOne(bw, styles, d)
	}
	return bw.Flush()
}

type styles struct {
	err, warn, bold, highlight *color.Color
}

// newStyles builds colors that are on or off regardless of fatih/color's
// global NoColor, so the caller alone decides.
func newStyles(on bool) styles {
	s := styles{
		err:       color.New(color.FgRed, color.Bold),
		warn:      color.New(color.FgYellow, color.Bold),
		bold:      color.New(color.Bold),
		highlight: color.New(color.Underline, color.Bold),
	}
	for _, c := range []*color.Color{s.err, s.warn, s.bold, s.highlight} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return s
}

func (p *Printer) printOne(w *bufio.Writer, st styles, d *hcl.Diagnostic) {
	switch d.Severity {
	case hcl.DiagWarning:
		fmt.Fprintf(w, "%s %s\n", st.warn.Sprint("Warning:"), st.bold.Sprint(escape.Line(d.Summary)))
	default:
		fmt.Fprintf(w, "%s %s\n", st.err.Sprint("Error:"), st.bold.Sprint(escape.Line(d.Summary)))
	}
	if d.Subject != nil {
		p.printSource(w, st, *d.Subject)
	}
	if d.Detail != "" {
		fmt.Fprintf(w, "\n%s\n", escape.Block(d.Detail))
	}
	fmt.Fprintln(w)
}

// printSource prints the lines of rng, with the range highlighted (or,
// without color, marked with carets under it). The source is hostile
// input: its control characters are printed escaped (a raw ESC sequence
// could move the cursor and hide lines), and the carets follow the
// escaped text.
func (p *Printer) printSource(w *bufio.Writer, st styles, rng hcl.Range) {
	fmt.Fprintf(w, "\n  on %s line %d:\n", escape.Line(rng.Filename), rng.Start.Line)
	src := p.source(rng.Filename)
	if src == nil {
		return
	}
	starts := p.lines(rng.Filename, src)
	last := min(rng.End.Line, rng.Start.Line+2) // at most three lines of context
	width := len(fmt.Sprint(last))
	for n := rng.Start.Line; n >= 1 && n <= last && n <= len(starts); n++ {
		lineStart, lineEnd := starts[n-1], len(src)
		if n < len(starts) {
			lineEnd = starts[n] - 1
		}
		line := strings.TrimRight(string(src[lineStart:lineEnd]), "\r")
		// The highlighted part of this line, in bytes.
		from := max(rng.Start.Byte-lineStart, 0)
		to := min(rng.End.Byte-lineStart, len(line))
		if from > len(line) {
			from = len(line)
		}
		if to < from {
			to = from
		}
		line, from, to = clipLine(line, from, to)
		// Escaped in three parts, so the highlight covers exactly the
		// escaped form of the range. Tabs stay, for the caret padding.
		before, subject, after := escape.Block(line[:from]), escape.Block(line[from:to]), escape.Block(line[to:])
		if p.Color {
			fmt.Fprintf(w, "  %*d: %s%s%s\n", width, n, before, st.highlight.Sprint(subject), after)
			continue
		}
		fmt.Fprintf(w, "  %*d: %s%s%s\n", width, n, before, subject, after)
		if to > from {
			pad := strings.Map(func(r rune) rune {
				if r == '\t' {
					return '\t'
				}
				return ' '
			}, before)
			fmt.Fprintf(w, "  %*s  %s%s\n", width, "", pad, strings.Repeat("^", max(utf8.RuneCountInString(subject), 1)))
		}
	}
}

// maxShownLine is the longest source line a diagnostic shows whole; of a
// longer one (a minified or hostile file) it shows the part around the
// highlighted range.
const maxShownLine = 240

// clipLine cuts a long line to about maxShownLine bytes around from..to,
// marking the cuts with "…", and returns the range within the cut line.
func clipLine(line string, from, to int) (string, int, int) {
	if len(line) <= maxShownLine {
		return line, from, to
	}
	start := max(from-maxShownLine/4, 0)
	end := min(max(to, from+1)+maxShownLine/4, from+3*maxShownLine/4, len(line))
	end = max(end, min(from+1, len(line)))
	for start > 0 && !utf8.RuneStart(line[start]) {
		start--
	}
	for end < len(line) && !utf8.RuneStart(line[end]) {
		end++
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "…"
	}
	if end < len(line) {
		suffix = "…"
	}
	shift := len(prefix) - start
	return prefix + line[start:end] + suffix, from + shift, min(to, end) + shift
}

// lines returns the offsets at which the lines of the file name (content
// src) start.
func (p *Printer) lines(name string, src []byte) []int {
	if starts, ok := p.lineStarts[name]; ok {
		return starts
	}
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	if p.lineStarts == nil {
		p.lineStarts = map[string][]int{}
	}
	p.lineStarts[name] = starts
	return starts
}

func (p *Printer) source(name string) []byte {
	if src, ok := p.Sources[name]; ok {
		return src
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	if p.Sources == nil {
		p.Sources = map[string][]byte{}
	}
	p.Sources[name] = src
	return src
}
