package hostile

import (
	"bufio"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// URLCase is one line of testdata/hostile/urls.txt: a connection string
// and the password it holds.
type URLCase struct {
	Line     int
	Password string
	// URL is the string as a user gives it; {db} stands for a database
	// name (WithDatabase).
	URL string
	// Refused: schemactl must refuse the string before connecting and
	// show it as "(unparseable database URL)".
	Refused bool
}

// WithDatabase returns the case's URL with {db} replaced by name.
func (c URLCase) WithDatabase(name string) string {
	return strings.ReplaceAll(c.URL, "{db}", name)
}

// Name is a short label for subtests and messages; it never holds the
// password.
func (c URLCase) Name() string {
	return fmt.Sprintf("urls.txt:%d", c.Line)
}

// delimiters are what URLs and settings split on: a password holding one
// may be cut there, and a piece of it shown.
const delimiters = "@:/?#&=' "

// Fragments are the texts no output may contain: the password, its
// pieces of 4 bytes or more between delimiters, and all of those
// percent-encoded.
func (c URLCase) Fragments() []string {
	pieces := []string{c.Password}
	for _, p := range strings.FieldsFunc(c.Password, func(r rune) bool { return strings.ContainsRune(delimiters, r) }) {
		if len(p) >= 4 {
			pieces = append(pieces, p)
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range pieces {
		for _, f := range []string{p, url.QueryEscape(p), url.PathEscape(p)} {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// Leak returns the first fragment output contains, or "".
func (c URLCase) Leak(output string) string {
	for _, f := range c.Fragments() {
		if strings.Contains(output, f) {
			return f
		}
	}
	return ""
}

// URLs reads testdata/hostile/urls.txt of the repository that holds the
// working directory.
func URLs() ([]URLCase, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(root, "testdata", "hostile", "urls.txt")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading the URL corpus: %w", err)
	}
	defer f.Close()
	var (
		out     []URLCase
		refused bool
		group   bool
	)
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case line == "## well formed", line == "## refused":
			refused, group = line == "## refused", true
			continue
		case line == "", strings.HasPrefix(line, "#"):
			continue
		}
		password, raw, ok := strings.Cut(line, "\t")
		if !ok || password == "" || !group {
			return nil, fmt.Errorf("%s:%d: want PASSWORD<TAB>URL after a ## group line", path, n)
		}
		out = append(out, URLCase{Line: n, Password: password, URL: raw, Refused: refused})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// repoRoot is the nearest directory above the working directory holding
// go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the repository: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("finding the repository: no go.mod above the working directory")
		}
		dir = parent
	}
}
