package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The user's reference (README.md and docs/*.md) shows examples that a
// test checks, so the reference cannot drift from the tool:
//
//   - a fenced block right after <!-- file: PATH --> is the exact content
//     of PATH (a path from the repository root); every ```hcl block must
//     be one, so no HCL example goes unchecked;
//   - a fenced block right after <!-- run --> starts with a line
//     "$ schemactl ARGS"; the rest is the output (stdout and stderr, as a
//     terminal shows them) of running exactly that from the repository
//     root, without a database and without color. Options: exit=N (the
//     exit status, default 0) and excerpt (the block shows parts of the
//     output, in order, separated by lines "...").
//
// Every .hcl file under testdata/docs is shown by a file marker or named by
// a run marker; those outside testdata/docs/diagnostics validate without
// any diagnostic and are in fmt's canonical layout.

// referenceDocs are the files of the user's reference, from the root.
func referenceDocs(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob("docs/*.md")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no docs/*.md (from %s): %v", mustGetwd(t), err)
	}
	return append([]string{"README.md"}, docs...)
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

// fence is one fenced code block of a Markdown file.
type fence struct {
	doc     string
	line    int    // of the opening fence, 1-based
	info    string // the info string: "hcl", "text", ...
	content string // the lines inside, each ending in "\n"
	marker  string // the <!-- ... --> comment right before it, trimmed; "" if none
}

func (f fence) where() string { return fmt.Sprintf("%s:%d", f.doc, f.line) }

var markerPattern = regexp.MustCompile(`^<!--\s*(.*?)\s*-->$`)

// fences lists the fenced blocks of a Markdown file (``` or ~~~, any
// length, indented or not), each with the marker comment that precedes
// it with only blank lines between.
func fences(t *testing.T, doc string) []fence {
	t.Helper()
	src, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	var out []fence
	marker := ""
	for i := 0; i < len(lines); i++ {
		trimmed := strings.TrimLeft(lines[i], " ")
		indent := len(lines[i]) - len(trimmed)
		open := fenceRun(trimmed)
		if open == "" {
			if m := markerPattern.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
				marker = m[1]
			} else if strings.TrimSpace(lines[i]) != "" {
				marker = ""
			}
			continue
		}
		f := fence{doc: doc, line: i + 1, info: strings.TrimSpace(trimmed[len(open):]), marker: marker}
		marker = ""
		var b strings.Builder
		for i++; i < len(lines); i++ {
			inner := strings.TrimLeft(lines[i], " ")
			if run := fenceRun(inner); run != "" && run[0] == open[0] && len(run) >= len(open) && strings.TrimSpace(inner[len(run):]) == "" {
				break
			}
			line := lines[i]
			if lead := len(line) - len(strings.TrimLeft(line, " ")); lead >= indent {
				line = line[indent:]
			} else {
				line = strings.TrimLeft(line, " ")
			}
			b.WriteString(line + "\n")
		}
		if i == len(lines) {
			t.Fatalf("%s: fence not closed", f.where())
		}
		f.content = b.String()
		out = append(out, f)
	}
	return out
}

// fenceRun is the run of backticks or tildes (three or more) that opens
// or closes a fence at the start of s, or "".
func fenceRun(s string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(s) && s[n] == c {
			n++
		}
		if n >= 3 {
			return s[:n]
		}
	}
	return ""
}

// TestReferenceExamples checks every marked block of the reference (see
// the comment at the top of this file) and that no example file under
// testdata/docs is left unshown or invalid.
func TestReferenceExamples(t *testing.T) {
	t.Chdir("../..")
	shown := map[string]bool{}
	for _, doc := range referenceDocs(t) {
		for _, f := range fences(t, doc) {
			kind, rest, _ := strings.Cut(f.marker, ":")
			switch {
			case kind == "file":
				path := strings.TrimSpace(rest)
				shown[filepath.ToSlash(path)] = true
				checkFileBlock(t, f, path)
			case strings.HasPrefix(f.marker, "run"):
				for _, arg := range checkRunBlock(t, f) {
					shown[filepath.ToSlash(arg)] = true
				}
			case f.info == "hcl":
				t.Errorf("%s: an hcl block without <!-- file: testdata/docs/NAME.hcl -->: examples must be checked", f.where())
			}
		}
	}
	checkExampleFiles(t, shown)
}

func checkFileBlock(t *testing.T, f fence, path string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v", f.where(), err)
		return
	}
	if f.content != string(want) {
		t.Errorf("%s: the block differs from %s:\n--- block\n%s--- file\n%s", f.where(), path, f.content, want)
	}
}

// checkRunBlock runs the command a run block shows and compares its
// output; it returns the command's arguments.
func checkRunBlock(t *testing.T, f fence) []string {
	t.Helper()
	wantStatus, excerpt := 0, false
	for _, opt := range strings.Fields(f.marker)[1:] {
		switch {
		case opt == "excerpt":
			excerpt = true
		case strings.HasPrefix(opt, "exit="):
			n, err := strconv.Atoi(strings.TrimPrefix(opt, "exit="))
			if err != nil {
				t.Fatalf("%s: bad option %q", f.where(), opt)
			}
			wantStatus = n
		default:
			t.Fatalf("%s: unknown run option %q", f.where(), opt)
		}
	}
	command, want, _ := strings.Cut(f.content, "\n")
	rest, ok := strings.CutPrefix(command, "$ schemactl ")
	if !ok || strings.ContainsAny(rest, `"'\$*`) {
		t.Fatalf("%s: a run block starts with \"$ schemactl ARGS\" (no quotes or shell syntax), not %q", f.where(), command)
	}
	args := strings.Fields(rest)
	status, got := runCombined(t, args)
	if status != wantStatus {
		t.Errorf("%s: %s exited %d, the reference says %d:\n%s", f.where(), command, status, wantStatus, got)
	}
	if excerpt {
		checkExcerpt(t, f, command, want, got)
	} else if strings.TrimRight(want, "\n") != strings.TrimRight(got, "\n") {
		t.Errorf("%s: %s prints something else:\n--- reference\n%s\n--- output\n%s", f.where(), command, want, got)
	}
	return args
}

// checkExcerpt requires the parts of want (separated by "..." lines) to
// appear in got, in order.
func checkExcerpt(t *testing.T, f fence, command, want, got string) {
	t.Helper()
	rest := got
	for _, part := range strings.Split("\n"+want, "\n...\n") {
		part = strings.Trim(part, "\n")
		if part == "" {
			continue
		}
		i := strings.Index(rest, part)
		if i < 0 {
			t.Errorf("%s: the output of %s does not contain, in this order:\n%s\n--- output\n%s", f.where(), command, part, got)
			return
		}
		rest = rest[i+len(part):]
	}
}

// runCombined runs schemactl in-process with no environment (so no
// DATABASE_URL and no color), stdout and stderr into one buffer as a
// terminal would interleave them.
func runCombined(t *testing.T, args []string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}
	return run(ctx, args, env), out.String()
}

// checkExampleFiles: every .hcl file under testdata/docs is shown, and
// every one outside diagnostics/ is valid and canonically laid out.
func checkExampleFiles(t *testing.T, shown map[string]bool) {
	t.Helper()
	var files []string
	err := filepath.WalkDir("testdata/docs", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".hcl") {
			files = append(files, filepath.ToSlash(path))
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples under testdata/docs: %v", err)
	}
	for _, path := range files {
		if !shown[path] {
			t.Errorf("%s is not shown or run by README.md or docs/*.md: show it or remove it", path)
		}
		if strings.HasPrefix(path, "testdata/docs/diagnostics/") {
			continue
		}
		if status, out := runCombined(t, []string{"validate", "--schema", path}); status != exitOK || !strings.HasPrefix(out, "The schema is valid") || strings.Count(out, "\n") != 1 {
			t.Errorf("validate %s: exit %d, want 0 and no diagnostics:\n%s", path, status, out)
		}
		if status, out := runCombined(t, []string{"fmt", "--check", "--schema", path}); status != exitOK || out != "" {
			t.Errorf("fmt --check %s: exit %d, want 0 (canonical layout):\n%s", path, status, out)
		}
	}
}

// TestReferenceProjectIsWhatPlanWrites: the migrations directories of
// testdata/docs/project, which docs/formats.md shows, are exactly what
// `plan --write` writes: create_jobs from schema.hcl into an empty
// directory (migrations/), then add_priority from next.hcl
// (migrations-next/).
func TestReferenceProjectIsWhatPlanWrites(t *testing.T) {
	t.Parallel()
	project := "../../testdata/docs/project"
	dir := t.TempDir()
	for _, step := range []struct{ name, schema, want string }{
		{"create_jobs", "schema.hcl", "migrations"},
		{"add_priority", "next.hcl", "migrations-next"},
	} {
		status, out, errOut := runCLI(t, nil, "plan", "--write", step.name, "--schema", filepath.Join(project, step.schema), "--migrations", dir)
		if status != exitOK {
			t.Fatalf("plan --write %s: exit %d\n%s%s", step.name, status, out, errOut)
		}
		sameFiles(t, dir, filepath.Join(project, step.want))
	}
}

// sameFiles requires the directories got and want to hold the same files
// with the same bytes.
func sameFiles(t *testing.T, got, want string) {
	t.Helper()
	list := func(dir string) []string {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	if g, w := list(got), list(want); !slices.Equal(g, w) {
		t.Fatalf("plan --write wrote %v; %s holds %v", g, want, w)
	}
	for _, name := range list(want) {
		g, err := os.ReadFile(filepath.Join(got, name))
		if err != nil {
			t.Fatal(err)
		}
		w, err := os.ReadFile(filepath.Join(want, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(g, w) {
			t.Errorf("%s differs from what plan --write writes:\n--- written\n%s--- committed\n%s", filepath.Join(want, name), g, w)
		}
	}
}
