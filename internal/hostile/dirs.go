package hostile

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// DirCase is one folder of testdata/hostile/dirs: a migrations directory
// with something wrong in it (see the README there), and what each
// command must do with it.
type DirCase struct {
	Name string
	// Path is the case's folder: schema.hcl, migrations/, case.txt.
	Path string
	// Schema is the schema the case's objects live in.
	Schema string
	// Setup is SQL run on the database first.
	Setup []string
	// Applied is a folder of the case applied before the commands run.
	Applied string
	// Files are written into the copy of migrations/ at run time.
	Files []DirFile
	// Flags are added to plan, apply and status.
	Flags []string
	// Expect maps a command (plan, plan-live, apply, status) to what it
	// must do.
	Expect map[string]Expectation
}

// DirFile is a file a case writes into its migrations directory.
type DirFile struct {
	Name    string
	Content string
}

// Expectation is a command's exit status and text its output holds.
type Expectation struct {
	Status int
	Text   string
}

// MigrationsTable is the table the case's commands name, unless Flags
// name another.
func (c DirCase) MigrationsTable() string { return c.Schema + ".migrations" }

// Dirs reads every case under testdata/hostile/dirs of the repository
// that holds the working directory.
func Dirs() ([]DirCase, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	base := filepath.Join(root, "testdata", "hostile", "dirs")
	entries, err := os.ReadDir(base)
	if err != nil {
		return nil, fmt.Errorf("reading the directory corpus: %w", err)
	}
	var out []DirCase
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c, err := readDirCase(filepath.Join(base, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func readDirCase(dir string) (DirCase, error) {
	c := DirCase{Name: filepath.Base(dir), Path: dir, Expect: map[string]Expectation{}}
	path := filepath.Join(dir, "case.txt")
	f, err := os.Open(path)
	if err != nil {
		return c, fmt.Errorf("reading a directory case: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ": ")
		if !ok {
			return c, fmt.Errorf("%s:%d: want KEY: VALUE", path, n)
		}
		if err := c.set(key, value); err != nil {
			return c, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("reading %s: %w", path, err)
	}
	if c.Schema == "" || len(c.Expect) != 4 {
		return c, fmt.Errorf("%s: want a schema and an expectation for each of plan, plan-live, apply and status", path)
	}
	return c, nil
}

// set takes one directive of case.txt.
func (c *DirCase) set(key, value string) error {
	switch {
	case key == "schema":
		c.Schema = value
	case key == "setup":
		c.Setup = append(c.Setup, value)
	case key == "applied":
		c.Applied = filepath.Join(c.Path, value)
	case key == "flags":
		c.Flags = append(c.Flags, strings.Fields(value)...)
	case key == "file":
		name, content, err := twoStrings(value)
		if err != nil {
			return fmt.Errorf("file: %w", err)
		}
		c.Files = append(c.Files, DirFile{Name: name, Content: content})
	case strings.HasPrefix(key, "expect "):
		cmd := strings.TrimPrefix(key, "expect ")
		if cmd != "plan" && cmd != "plan-live" && cmd != "apply" && cmd != "status" {
			return fmt.Errorf("expect %s: want plan, plan-live, apply or status", cmd)
		}
		status, text, _ := strings.Cut(value, " ")
		n, err := strconv.Atoi(status)
		if err != nil || n < 0 || n > 2 {
			return fmt.Errorf("expect %s: want an exit status 0, 1 or 2 first, got %q", cmd, status)
		}
		c.Expect[cmd] = Expectation{Status: n, Text: text}
	default:
		return fmt.Errorf("unknown directive %q", key)
	}
	return nil
}

// twoStrings reads two Go string literals separated by a space.
func twoStrings(s string) (string, string, error) {
	first, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", "", fmt.Errorf("want two Go string literals: %w", err)
	}
	a, _ := strconv.Unquote(first)
	b, err := strconv.Unquote(strings.TrimPrefix(s[len(first):], " "))
	if err != nil {
		return "", "", fmt.Errorf("want two Go string literals: %w", err)
	}
	return a, b, nil
}
