package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// A user has only the repository: the reference carries the language,
// the commands and the formats, and nothing in the repository sends the
// reader to a document outside it.

// outsideReferences are the ways files have pointed at the contract the
// project was built from, which lives outside the repository. They are
// spelled in two halves so that this file does not match them itself
// once .go files are checked too.
var outsideReferences = []string{"../" + "shared", "SPEC" + ".md", "SPEC" + " §"}

// TestNothingPointsOutsideTheRepository fails when a tracked file, code
// and comments included, mentions a document outside the repository.
func TestNothingPointsOutsideTheRepository(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("git", "ls-files", "-z")
	cmd.Dir = root
	listing, err := cmd.Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	files := strings.Split(strings.TrimRight(string(listing), "\x00"), "\x00")
	if len(files) < 50 {
		t.Fatalf("git ls-files lists only %d files", len(files))
	}
	for _, name := range files {
		src, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			if os.IsNotExist(err) {
				continue // deleted in the work tree, not yet committed
			}
			t.Fatal(err)
		}
		for i, line := range bytes.Split(src, []byte("\n")) {
			for _, ref := range outsideReferences {
				if bytes.Contains(line, []byte(ref)) {
					t.Errorf("%s:%d mentions %q, outside the repository: point into docs/ instead\n\t%s", name, i+1, ref, bytes.TrimSpace(line))
				}
			}
		}
	}
}

var linkPattern = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// TestReferenceLinks: every relative link of README.md and docs/*.md
// names a file of the repository, and every #anchor a heading of it.
func TestReferenceLinks(t *testing.T) {
	t.Chdir("../..")
	root := mustGetwd(t)
	anchors := map[string]map[string]bool{}
	for _, doc := range referenceDocs(t) {
		for _, link := range docLinks(t, doc) {
			if strings.Contains(link.target, "://") || strings.HasPrefix(link.target, "mailto:") {
				continue
			}
			path, anchor, _ := strings.Cut(link.target, "#")
			target := doc
			if path != "" {
				target = filepath.Join(filepath.Dir(doc), path)
			}
			abs, err := filepath.Abs(target)
			if err != nil {
				t.Fatal(err)
			}
			if rel, err := filepath.Rel(root, abs); err != nil || strings.HasPrefix(rel, "..") {
				t.Errorf("%s:%d links to %s, outside the repository", doc, link.line, link.target)
				continue
			}
			if _, err := os.Stat(target); err != nil {
				t.Errorf("%s:%d links to %s, which does not exist", doc, link.line, link.target)
				continue
			}
			if anchor == "" {
				continue
			}
			if anchors[target] == nil {
				anchors[target] = headingAnchors(t, target)
			}
			if !anchors[target][anchor] {
				t.Errorf("%s:%d links to %s, but %s has no heading with the anchor #%s", doc, link.line, link.target, target, anchor)
			}
		}
	}
}

type docLink struct {
	line   int
	target string
}

// docLinks lists the Markdown links of doc outside fenced blocks and code
// spans.
func docLinks(t *testing.T, doc string) []docLink {
	t.Helper()
	var out []docLink
	for i, line := range proseLines(t, doc) {
		for _, m := range linkPattern.FindAllStringSubmatch(withoutCodeSpans(line), -1) {
			out = append(out, docLink{line: i + 1, target: m[1]})
		}
	}
	return out
}

// proseLines is doc's lines with those inside fenced blocks blanked, so
// that line numbers stay true.
func proseLines(t *testing.T, doc string) []string {
	t.Helper()
	src, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	open := ""
	for i, line := range lines {
		run := fenceRun(strings.TrimLeft(line, " "))
		switch {
		case open == "" && run != "":
			open, lines[i] = run, ""
		case open != "":
			if run != "" && run[0] == open[0] && len(run) >= len(open) {
				open = ""
			}
			lines[i] = ""
		}
	}
	return lines
}

var codeSpanPattern = regexp.MustCompile("`+[^`]*`+")

func withoutCodeSpans(line string) string { return codeSpanPattern.ReplaceAllString(line, "``") }

// headingAnchors are the anchors GitHub gives the headings of a Markdown
// file: lower case, without punctuation other than - and _, spaces as
// hyphens, and -1, -2, ... after repeats.
func headingAnchors(t *testing.T, doc string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	seen := map[string]int{}
	for _, line := range proseLines(t, doc) {
		text, ok := strings.CutPrefix(strings.TrimLeft(line, "#"), " ")
		if !ok || !strings.HasPrefix(line, "#") {
			continue
		}
		var b strings.Builder
		for _, r := range strings.ToLower(strings.TrimSpace(text)) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		anchor := b.String()
		if n := seen[anchor]; n > 0 {
			out[anchor+"-"+strconv.Itoa(n)] = true
		} else {
			out[anchor] = true
		}
		seen[anchor]++
	}
	return out
}
